/**
 * Every word the atlas shows, in one module: components, exports, notices and
 * the screen-reader summary import from here, never write their own. Split by
 * feature (core: statuses, periods, modes, kinds, titles, the credit line; one
 * file per feature folder for its labels and sentences) and re-exported here.
 * Numbers and names come from the data; this module only words them.
 */
export * from './core.ts';
export * from './page.ts';
export * from './notices.ts';
export * from './map.ts';
export * from './panels.ts';
export * from './controls.ts';
export * from './export.ts';
export * from './embed.ts';
export * from './present.ts';
export * from './layout.ts';
export * from './print.ts';
export * from './sources.ts';
export * from './colours.ts';
export * from './numbers.ts';
export * from './flows.ts';
export * from './download.ts';
export * from './uncertainty.ts';
export * from './offline.ts';
export * from './language.ts';
export * from './cite.ts';
