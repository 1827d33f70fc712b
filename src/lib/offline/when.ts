/**
 * Whether this page registers the offline copy (the service worker). A reader of the atlas
 * itself does, so that it opens with no network after one visit; an embed does not: it sits in
 * someone else's page, and precaching the whole atlas (MapLibre included, about 1.8 MB) behind a
 * picture of one view would cost that page's readers what a static embed is built to spare them.
 */
import { parseRenderFlags } from '../state/render.ts';

export function registersOffline(search: string, hasServiceWorker: boolean): boolean {
  return hasServiceWorker && !parseRenderFlags(search).flags.embed;
}
