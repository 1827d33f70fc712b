/**
 * The chosen language's messages, handed from the page's start (src/boot.ts, which loads them before the app's
 * code runs) to the compiled English modules (generated/m/<module>.js), each of which takes its own in place of
 * the English as it is first evaluated. Nothing for an English reader.
 */
let loaded: Readonly<Record<string, readonly unknown[]>> | null = null;

export function giveMessages(messages: Readonly<Record<string, readonly unknown[]>>): void {
  loaded = messages;
}

/** The chosen language's `count` messages of one word module, in the English module's order; null for English. */
export function takeMessages(module: string, count: number): readonly unknown[] | null {
  if (!loaded) return null;
  const own = loaded[module];
  if (!own) throw new Error(`i18n: the chosen language has no messages for ${module}`);
  if (own.length !== count) throw new Error(`i18n: ${module} has ${own.length} messages in the chosen language, ${count} in English`);
  return own;
}
