/** The offline copy's words: the notice that a new version of the atlas is ready (src/lib/offline/). */

export const UPDATE_READY = 'A new version of the atlas is ready.';
export const UPDATE_READY_DETAIL = 'This page keeps the version it opened with until you reload.';
export const UPDATE_RELOAD = 'Reload';
export const UPDATE_RELOADING = 'Reloading…';
export const UPDATE_LATER = 'Later';
/** The notice's accessible name. */
export const UPDATE_REGION = 'New version';

/** The installed app's name where space is short (home screen, task bar); the full name is APP_NAME. */
export const APP_SHORT_NAME = 'EU–China Atlas';
