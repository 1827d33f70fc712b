/**
 * The page's keys applied to the state: presenter keys while presenting, else
 * the period player's (state/keys.ts says which key means what).
 */
import type { AtlasState } from '../state/atlas.svelte.ts';
import type { Presenter } from '../present/presenter.svelte.ts';
import { keyAction, presenterKey, type KeyLike } from '../state/keys.ts';
import { firstPeriod, lastPeriod } from '../state/periods.ts';

export interface KeyContext {
  atlas: AtlasState;
  presenter: Presenter;
  /** False for a static picture (`?static`) or while a dialog has the keys: the player's keys do nothing. */
  interactive: boolean;
  /** Leaves presenter mode (and full screen). */
  leave: () => void;
}

/** Applies one key; true when it was used and the browser's own action should not follow. */
export function applyKey(e: KeyLike, { atlas, presenter, interactive, leave }: KeyContext): boolean {
  if (presenter.active) {
    const p = presenterKey(e);
    if (!p) return false;
    if (p === 'exit') leave();
    else if (p === 'next') presenter.next();
    else if (p === 'prev') presenter.prev();
    else if (p === 'first') presenter.go(0);
    else presenter.go(presenter.story.length - 1);
    return true;
  }
  if (!interactive) return false;
  const action = keyAction(e);
  if (!action) return false;
  if (action === 'clear') {
    // Escape clears the selection and the hover, and leaves the key to whatever else listens.
    if (atlas.view.select || atlas.hoverPlace) {
      atlas.select(null);
      atlas.hoverPlace = null;
    }
    return false;
  }
  if (action === 'prev') atlas.step(-1);
  else if (action === 'next') atlas.step(1);
  else if (action === 'first') atlas.set({ period: firstPeriod(atlas.periodIds) });
  else if (action === 'last') atlas.set({ period: lastPeriod(atlas.periodIds) });
  else atlas.togglePlay();
  return true;
}
