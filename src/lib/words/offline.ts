/** The offline copy's words: the notice that a new version of the atlas is ready (src/lib/offline/). */
import * as m from '../i18n/generated/m/offline.js';

export const UPDATE_READY = m.offline_update_ready();
export const UPDATE_READY_DETAIL = m.offline_update_ready_detail();
export const UPDATE_RELOAD = m.offline_update_reload();
export const UPDATE_RELOADING = m.offline_update_reloading();
export const UPDATE_LATER = m.offline_update_later();
/** The notice's accessible name. */
export const UPDATE_REGION = m.offline_update_region();

/** The installed app's name where space is short (home screen, task bar); the full name is APP_NAME. */
export const APP_SHORT_NAME = m.offline_app_short_name();
