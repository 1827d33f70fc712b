/** Words of the embed dialog (src/lib/embed). */

export const EMBED_TITLE = 'Embed this view';
export const CLOSE = 'Close';
export const EMBED_HINT = 'Paste this code into a web page. The map keeps its period, filters, selection and camera; the frame grows to fit.';
export const EMBED_OPTIONS = 'Options';
export const OPTION_PLAIN = 'Plain (no title)';
export const OPTION_STATIC = 'Static (no interaction)';
export const OPTION_TRANSPARENT = 'Transparent background';
export const OPTION_DARK = 'Dark';
/** The dark setting's choices, in the order offered. */
export const DARK_CHOICE: Record<'false' | 'true' | 'auto', string> = { false: 'off', true: 'on', auto: "follow the reader's system" };
export const INITIAL_HEIGHT = 'Initial height';
/** The unit after the height field. */
export const PIXELS = 'px';
export const EMBED_CODE = 'Embed code';
export const COPY_CODE = 'Copy code';
export const COPIED = 'Copied.';
export const COPY_REFUSED = 'Copying was refused: select the code and copy it by hand.';
export const PREVIEW = 'Preview';
