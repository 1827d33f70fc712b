/** Words of the embed dialog (src/lib/embed). */
import * as m from '../i18n/generated/m/embed.js';

export const EMBED_TITLE = m.embed_title();
export const CLOSE = m.embed_close();
export const EMBED_HINT = m.embed_hint();
export const EMBED_OPTIONS = m.embed_options();
export const OPTION_PLAIN = m.embed_option_plain();
export const OPTION_STATIC = m.embed_option_static();
export const OPTION_TRANSPARENT = m.embed_option_transparent();
export const OPTION_DARK = m.embed_option_dark();
/** The dark setting's choices, in the order offered. */
export const DARK_CHOICE: Record<'false' | 'true' | 'auto', string> = {
  false: m.embed_dark_off(),
  true: m.embed_dark_on(),
  auto: m.embed_dark_auto(),
};
export const INITIAL_HEIGHT = m.embed_initial_height();
/** The unit after the height field. */
export const PIXELS = m.embed_pixels();
export const EMBED_CODE = m.embed_code();
export const COPY_CODE = m.embed_copy_code();
export const COPIED = m.embed_copied();
export const COPY_REFUSED = m.embed_copy_refused();
export const PREVIEW = m.embed_preview();
