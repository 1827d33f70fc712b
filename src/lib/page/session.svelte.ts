/**
 * One page's state, opened from the address and kept in step with it: the
 * atlas (view, playback) set to the view the address asks for, its notices,
 * the presenter (started at the asked step), and the one URL writer. The page
 * component only lays these out.
 */
import type { Bundle } from '../data/types.ts';
import type { GeoData } from '../geo/topo.ts';
import { Presenter } from '../present/presenter.svelte.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import { OWN_KEYS, parseQuery, settleQuery, type Query } from '../state/query.ts';
import type { RenderFlags } from '../state/render.ts';
import { UrlSync, type HistoryLike, type LocationLike } from '../state/urlsync.ts';
import type { ViewState } from '../state/url.ts';
import { buildLookups, type Lookups } from './lookups.ts';

/** The window's parts a session uses (a fake in tests). */
export interface SessionWindow extends Pick<Window, 'addEventListener' | 'removeEventListener'> {
  history: HistoryLike;
  location: LocationLike;
}

export interface Session {
  atlas: AtlasState;
  presenter: Presenter;
  lookups: Lookups;
  flags: RenderFlags;
  /** Back/forward came to the address (its `view`, read again when not given): what `follow` listens with. */
  onhistory(view?: ViewState): void;
  /** Keeps the address following the view, and the view following back/forward; call during component setup. */
  follow(): void;
}

export function openSession(bundle: Bundle, geo: GeoData, query: Query, win: SessionWindow): Session {
  const atlas = new AtlasState(bundle);
  const isPlace = (id: string) => atlas.places.has(id);
  // The periods and countries a link may name are the data's own (the report's, or a reader's: issue 18).
  const vocab = { periods: atlas.periodIds, countries: atlas.euColumns };
  const start = settleQuery(query, { isPlace, steps: bundle.story.length, vocab });
  atlas.set(start.view);
  atlas.notices = start.notices;
  const sync = new UrlSync(win.history, win.location, isPlace, OWN_KEYS, undefined, vocab);
  sync.adopt(start.view);
  // Presenting, the address says so and which step (`?present&step=3`), beside the view.
  const presenter = new Presenter(bundle.story, atlas, (active, i, push) =>
    sync.write(atlas.view, { present: active ? '' : null, step: active ? String(i + 1) : null }, push),
  );
  if (start.flags.present) presenter.start((start.flags.step ?? 1) - 1, 'link');
  // Back/forward into a presentation goes to its step; out of one leaves it (the camera comes back too).
  const onhistory = (view: ViewState = sync.read().state) => {
    const { present, step } = parseQuery(win.location.search).flags;
    if (present) presenter.start((step ?? 1) - 1, 'history');
    else if (presenter.active) presenter.exit(view);
    else atlas.set(view);
  };
  return {
    atlas,
    onhistory,
    presenter,
    lookups: buildLookups(bundle, atlas.places, geo),
    flags: start.flags,
    follow() {
      $effect(() => sync.write(atlas.view));
      $effect(() => {
        const stop = sync.listen(win, onhistory);
        return () => {
          stop();
          atlas.dispose();
          presenter.dispose();
        };
      });
    },
  };
}
