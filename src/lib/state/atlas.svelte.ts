/**
 * The app's shared state: the view (what the URL holds), hover, playback and
 * notices, with the derived lists every view reads. One instance per app.
 */
import { ArcCache, buildArcs, type ArcDatum } from '../arcs/arcs.ts';
import { linesOf, type LinesChoice } from '../arcs/flows.ts';
import { atlasData, countByStatus, euColumns, filterPartnerships, inPeriod, countByEuUnit, countByProvince, countryBreakdown, type AtlasData } from '../data/selectors.ts';
import type { Bundle, Country, EuCountry, Partnership, Place, PeriodId } from '../data/types.ts';
import { firstPeriod, stepPeriod } from './periods.ts';
import { DEFAULT_STATE, type ViewState } from './url.ts';
import { exposeState } from '../testing/hooks.ts';

export const SPEEDS = [0.5, 1, 2, 4] as const;
/** Time one period stays on screen during playback at 1×. */
export const STEP_MS = 2400;

export class AtlasState implements AtlasData {
  readonly bundle: Bundle;
  readonly places: ReadonlyMap<string, Place>;
  readonly countries: ReadonlyMap<string, Country>;
  /** The data's periods in order (the report's five, or a reader's grouping). */
  readonly periodIds: readonly PeriodId[];
  /** The data's European countries in column order (selectors.ts euColumns). */
  readonly euColumns: readonly EuCountry[];

  view = $state<ViewState>({ ...DEFAULT_STATE });
  /** Place under the pointer (map, list or search), for a temporary highlight. */
  hoverPlace = $state<string | null>(null);
  loop = $state(true);
  #playing = $state(false);
  #speed = $state<number>(1);
  #timer: ReturnType<typeof setInterval> | null = null;
  /** Plain-text notices (ignored URL parameters…), dismissible. */
  notices = $state<string[]>([]);

  constructor(bundle: Bundle) {
    // The lookups every panel reads, built once (data/selectors.ts atlasData).
    ({ bundle: this.bundle, places: this.places, countries: this.countries } = atlasData(bundle));
    this.periodIds = bundle.periods.map((p) => p.id);
    this.euColumns = euColumns(bundle);
    // window.atlasState, in builds for the end-to-end tests and the benchmark only.
    exposeState(this);
  }

  /** Partnerships of the period and mode, before the filters. */
  private readonly ofPeriod: Partnership[] = $derived.by(() => inPeriod(this.bundle.partnerships, this.view.period, this.view.mode));

  /** How many partnerships the period and mode hold before the filters (an empty view says so). */
  get periodTotal(): number {
    return this.ofPeriod.length;
  }

  /** Partnerships in the current view: period and mode, then country, status and confidence filters. */
  shown: Partnership[] = $derived.by(() =>
    filterPartnerships(this.ofPeriod, {
      countries: new Set(this.view.countries),
      statuses: new Set(this.view.statuses),
      confidences: new Set(this.view.confidences),
    }),
  );

  /** Each partnership's arc and each great circle are worked out once, whatever the view. */
  private readonly arcCache = new ArcCache();
  arcs: ArcDatum[] = $derived.by(() => buildArcs(this.shown, { places: this.places, countries: this.countries }, this.arcCache));

  /** What the map draws: flows (one line per pair of ends) or single arcs; the reader's choice, else the view's default. */
  lines: LinesChoice = $derived(linesOf(this.view));

  /** Partnerships shown per EU country, in the report's order (the counter/legend). */
  byCountry = $derived.by(() => countryBreakdown(this.shown, this.euColumns));

  /** The same before the country filter (status filter kept): what a hidden country holds in this view (the legend). */
  byCountryAvailable = $derived.by(() =>
    countryBreakdown(
      filterPartnerships(this.ofPeriod, { countries: new Set(), statuses: new Set(this.view.statuses), confidences: new Set(this.view.confidences) }),
      this.euColumns,
    ),
  );

  /** Partnerships per status in the view before the status filter (country filter kept): the legend's status keys. */
  byStatusAvailable: Map<string, number> = $derived.by(() =>
    countByStatus(
      filterPartnerships(this.ofPeriod, { countries: new Set(this.view.countries), statuses: new Set(), confidences: new Set(this.view.confidences) }),
    ),
  );

  /** Partnerships shown per map unit (Chinese provinces, European regions): the choropleth. */
  byUnit: Map<string, number> = $derived.by(() => new Map([...countByProvince(this.shown), ...countByEuUnit(this.shown)]));

  /** The place whose arcs are highlighted: the hovered one, else the selected one. */
  focus = $derived(this.hoverPlace ?? this.view.select);

  /** Playing through the periods: one `tick` per STEP_MS / speed while on. */
  get playing(): boolean {
    return this.#playing;
  }
  set playing(on: boolean) {
    if (on === this.#playing) return;
    this.#playing = on;
    this.#clock();
  }

  /** Playback speed, a factor of SPEEDS. */
  get speed(): number {
    return this.#speed;
  }
  set speed(s: number) {
    if (s === this.#speed) return;
    this.#speed = s;
    this.#clock();
  }

  /** Starts or stops playback; playing from *All* starts at the first period. */
  play(on: boolean) {
    if (on && this.view.period === 'all') this.set({ period: firstPeriod(this.periodIds) });
    this.playing = on;
  }

  togglePlay() {
    this.play(!this.playing);
  }

  /** (Re)starts or stops the playback timer to match `playing` and `speed`. */
  #clock() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = this.#playing ? setInterval(() => this.tick(), STEP_MS / this.#speed) : null;
  }

  /** Stops the playback timer for good (the page is leaving). */
  dispose() {
    this.playing = false;
  }

  /** The one way the view changes: the URL, the presenter, the controls and the keys all come here. */
  set(patch: Partial<ViewState>) {
    this.view = { ...this.view, ...patch };
  }

  select(placeId: string | null) {
    this.set({ select: placeId && this.places.has(placeId) ? placeId : null });
  }

  step(delta: number) {
    this.set({ period: stepPeriod(this.view.period, delta, false, this.periodIds) });
  }

  /** One playback tick: the next period, wrapping when looping, stopping at the end otherwise. */
  tick() {
    const next = stepPeriod(this.view.period, 1, this.loop, this.periodIds);
    if (next === this.view.period) this.playing = false;
    else this.set({ period: next });
  }

  toggleCountry(id: string) {
    const has = this.view.countries.includes(id as never);
    const countries = has ? this.view.countries.filter((c) => c !== id) : [...this.view.countries, id as never];
    this.set({ countries });
  }

  dismissNotice(i: number) {
    this.notices = this.notices.filter((_, k) => k !== i);
  }
}
