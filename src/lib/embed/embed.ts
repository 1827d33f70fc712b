/**
 * Embedding: the height message an embedded atlas posts to its host page, and
 * the copy-paste snippet that hosts it. The message follows the AMP iframe
 * resizing convention Datawrapper and others use:
 *   { sentinel: 'amp', type: 'embed-size', height }
 */
export interface EmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** True inside a frame (also when the parent is cross-origin and cannot be read). */
export function inIframe(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

interface Observed {
  observe(el: Element): void;
  disconnect(): void;
}

/**
 * Posts the height of `el` to the parent window whenever it changes (and once
 * at start). Returns a function that stops it.
 */
export function reportHeight(
  parent: Pick<Window, 'postMessage'>,
  el: Element,
  makeObserver: (cb: () => void) => Observed = (cb) => new ResizeObserver(cb),
): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(el.scrollHeight);
    if (height === last || height <= 0) return;
    last = height;
    const msg: EmbedSizeMessage = { sentinel: 'amp', type: 'embed-size', height };
    // The height is not a secret: any host page may read it.
    parent.postMessage(msg, '*');
  };
  const ro = makeObserver(send);
  ro.observe(el);
  send();
  return () => ro.disconnect();
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetOptions {
  /** Absolute URL of the embedded view. */
  src: string;
  title: string;
  /** Initial height in CSS pixels, before the first height message arrives. */
  height: number;
}

/**
 * An iframe at full width with a title, plus a few lines of script that resize
 * it on the height message. The script only touches the iframe that sent it.
 */
export function embedSnippet({ src, title, height }: SnippetOptions): string {
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="width:100%;border:0" scrolling="no"></iframe>`,
    '<script>',
    'window.addEventListener("message", function (e) {',
    '  var d = e.data;',
    '  if (!d || d.sentinel !== "amp" || d.type !== "embed-size" || typeof d.height !== "number") return;',
    '  document.querySelectorAll("iframe").forEach(function (f) {',
    '    if (f.contentWindow === e.source) f.style.height = d.height + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
