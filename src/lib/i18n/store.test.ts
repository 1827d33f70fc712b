/** The hand-over of the chosen language's messages (store.ts): a fresh store per test, none left behind (isolate: false). */
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => vi.resetModules());

it('gives an English reader nothing, and a Chinese or Polish reader each module its own messages, counted', async () => {
  vi.resetModules();
  const store = await import('./store.ts');
  expect(store.takeMessages('core', 2)).toBeNull();
  const one = () => 'a';
  const two = () => 'b';
  store.giveMessages({ core: [one, two] });
  expect(store.takeMessages('core', 2)).toEqual([one, two]);
  expect(() => store.takeMessages('core', 3)).toThrow('i18n: core has 2 messages in the chosen language, 3 in English');
  expect(() => store.takeMessages('page', 1)).toThrow('i18n: the chosen language has no messages for page');
});
