/**
 * Presenter mode's state: which step of the story is shown, auto-advance (its
 * timer lives here: one step per `pace` seconds while active and `auto`) and
 * its pace. Moving to a step sets the atlas view from the step's view state
 * (through `atlas.set`); `onchange` tells the page (URL `present` and `step`)
 * where we are.
 */
import type { StoryStep } from '../data/types.ts';
import type { AtlasState } from '../state/atlas.svelte.ts';
import { clampStep, stepView } from './story.ts';

export class Presenter {
  active = $state(false);
  /** 0-based index into the story. */
  index = $state(0);
  #auto = $state(false);
  #pace = $state(8);
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly story: readonly StoryStep[],
    private readonly atlas: AtlasState,
    private readonly onchange: (active: boolean, index: number) => void = () => {},
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

  start(index = 0) {
    if (!this.story.length) return;
    this.atlas.playing = false;
    if (!this.active) {
      this.active = true;
      this.#clock();
    }
    this.go(index);
  }

  go(index: number) {
    if (!this.active) return;
    this.index = clampStep(index, this.story.length);
    this.atlas.set(stepView(this.story[this.index], this.atlas.view.mode, (id) => this.atlas.places.has(id)));
    this.onchange(true, this.index);
  }

  next() {
    if (this.last) this.auto = false;
    else this.go(this.index + 1);
  }

  prev() {
    this.go(this.index - 1);
  }

  exit() {
    if (!this.active) return;
    this.active = false;
    this.auto = false;
    this.#clock();
    this.onchange(false, this.index);
  }

  /** Stops the auto-advance timer for good (the page is leaving). */
  dispose() {
    this.#auto = false;
    this.#clock();
  }
}
