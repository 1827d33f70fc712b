/**
 * The chosen language's messages, handed from the page's start (src/boot.ts, which loads them before the app's
 * code runs) to the compiled English module (generated/m.js), which takes them in place of its own as it is
 * first evaluated. Empty for an English reader.
 */
let loaded: readonly unknown[] | null = null;

export function giveMessages(messages: readonly unknown[]): void {
  loaded = messages;
}

export function takeMessages(): readonly unknown[] | null {
  return loaded;
}
