/**
 * Every screen, as a reader meets it (desktops and a 4K projector): nothing scrolls sideways, the map
 * is at least 40% of the first screen, the legend covers at most a quarter of the
 * map, every period label is whole, a tap (or click) on a province selects it,
 * search brings the place's panel on screen, and axe finds nothing serious
 * (screens.ts). ATLAS_UPDATE_SCREENSHOT=1 copies each size's screenshot to docs/screens/.
 */
import { afterEach, describe, it } from 'vitest';
import type { AtlasPage } from './browser.ts';
import { checkScreen, SIZES } from './screens.ts';

describe('every screen: desktops and a 4K projector', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const size of SIZES.filter((s) => !s.touch)) {
    it(`${size.name}: no sideways scroll, the map first, the legend out of its way, labels whole, tap and search`, { timeout: 120_000 }, () =>
      checkScreen(size, (a) => (atlas = a)));
  }
});
