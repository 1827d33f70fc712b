/**
 * Presenter mode's state: which step of the story is shown, auto-advance (its
 * timer lives here: one step per `pace` seconds while active and `auto`) and
 * its pace. Moving to a step sets the atlas view from the step's view state
 * (through `atlas.set`); `onchange` tells the page (URL `present` and `step`)
 * where we are. Starting remembers the reader's view and camera; leaving gives
 * them back (restore.ts), and `subject` is what the step frames (frame.ts).
 */
import type { StoryStep } from '../data/types.ts';
import type { AtlasState } from '../state/atlas.svelte.ts';
import type { ViewState } from '../state/url.ts';
import { clampStep, stepView } from './story.ts';
import { arcBounds, bendRoom, placeArcs, type LngLatBounds } from './frame.ts';
import { giveBack, remember, type Before, type Camera } from './restore.ts';

/** Who started the presentation (see `start`). */
export type StartedFrom = 'reader' | 'link' | 'history';

export class Presenter {
  active = $state(false);
  /** 0-based index into the story. */
  index = $state(0);
  #auto = $state(false);
  #pace = $state(8);
  #timer: ReturnType<typeof setInterval> | null = null;
  /** The live map's camera, once there is one (MapStage attaches it). */
  #camera: Camera | null = null;
  /** What the reader had before the presentation; null when it was opened from a link. */
  #before: Before | null = null;

  constructor(
    readonly story: readonly StoryStep[],
    private readonly atlas: AtlasState,
    /** `push`: this change starts the presentation at the reader's request (a history entry of its own). */
    private readonly onchange: (active: boolean, index: number, push: boolean) => void = () => {},
  ) {}

  /** Auto-advance: on, the next step comes every `pace` seconds (until the last). */
  get auto(): boolean {
    return this.#auto;
  }
  set auto(on: boolean) {
    if (on === this.#auto) return;
    this.#auto = on;
    this.#clock();
  }

  /** Seconds per step when auto-advancing. */
  get pace(): number {
    return this.#pace;
  }
  set pace(seconds: number) {
    if (seconds === this.#pace) return;
    this.#pace = seconds;
    this.#clock();
  }

  #clock() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = this.active && this.#auto ? setInterval(() => this.next(), this.#pace * 1000) : null;
  }

  get step(): StoryStep | undefined {
    return this.story[this.index];
  }

  get last(): boolean {
    return this.index >= this.story.length - 1;
  }

  /** The map whose camera a presentation remembers on start and gives back on exit (null: none yet). */
  attach(camera: Camera | null) {
    this.#camera = camera;
  }

  /** The place a step selects, with its arcs in the view (the counter counts those); null when none is. */
  place: { name: string; count: number } | null = $derived.by(() => {
    const id = this.active ? this.atlas.view.select : null;
    const place = id ? this.atlas.places.get(id) : undefined;
    return place && id ? { name: place.name, count: placeArcs(this.atlas.arcs, id).length } : null;
  });

  /** Bounds of the arcs the step shows, whole great circles; null with none. */
  subject: LngLatBounds | null = $derived.by(() => arcBounds(this.atlas.arcs));
  /** How far (px) those arcs are drawn off their great circles (spread and fanned apart): room the framing keeps. */
  bend: number = $derived.by(() => bendRoom(this.atlas.arcs, this.atlas.view.select));

  /**
   * Starts presenting at step `index`. `from`: the reader asked ('reader': the
   * address gets a history entry of its own, so Back leaves the presentation),
   * the page opened on it ('link': `?present&step=…`, no reader's view to give
   * back), or back/forward came to it ('history': the entry is there already).
   */
  start(index = 0, from: StartedFrom = 'reader') {
    if (!this.story.length) return;
    this.atlas.playing = false;
    let push = false;
    if (!this.active) {
      this.#before = from === 'link' ? null : remember(this.atlas.view, this.#camera);
      this.active = true;
      push = from === 'reader';
      this.#clock();
    }
    this.go(index, push);
  }

  go(index: number, push = false) {
    if (!this.active) return;
    this.index = clampStep(index, this.story.length);
    this.atlas.set(stepView(this.story[this.index], this.atlas.view.mode, (id) => this.atlas.places.has(id)));
    this.onchange(true, this.index, push);
  }

  next() {
    if (this.last) this.auto = false;
    else this.go(this.index + 1);
  }

  prev() {
    this.go(this.index - 1);
  }

  /**
   * Leaves the presentation, giving back the reader's view and camera (restore.ts);
   * `view`: the view to show instead (back/forward went to an address of its own).
   */
  exit(view?: ViewState) {
    if (!this.active) return;
    this.active = false;
    this.auto = false;
    this.#clock();
    // The reader's view and camera back before the address is written, so it is theirs again.
    giveBack(this.#before, this.atlas, this.#camera, view);
    this.#before = null;
    this.onchange(false, this.index, false);
  }

  /** Stops the auto-advance timer for good (the page is leaving). */
  dispose() {
    this.#auto = false;
    this.#clock();
  }
}
