/**
 * Presenter mode's state: which step of the story is shown, auto-advance and
 * its pace. Moving to a step sets the atlas view from the step's view state;
 * `onchange` tells the page (URL `present` and `step`) where we are.
 */
import type { StoryStep } from '../data/types.ts';
import type { AtlasState } from '../state/atlas.svelte.ts';
import { clampStep, stepView } from './story.ts';

export class Presenter {
  active = $state(false);
  /** 0-based index into the story. */
  index = $state(0);
  auto = $state(false);
  /** Seconds per step when auto-advancing. */
  pace = $state(8);

  constructor(
    readonly story: readonly StoryStep[],
    private readonly atlas: AtlasState,
    private readonly onchange: (active: boolean, index: number) => void = () => {},
  ) {}

  get step(): StoryStep | undefined {
    return this.story[this.index];
  }

  get last(): boolean {
    return this.index >= this.story.length - 1;
  }

  start(index = 0) {
    if (!this.story.length) return;
    this.atlas.playing = false;
    this.active = true;
    this.go(index);
  }

  go(index: number) {
    if (!this.active) return;
    this.index = clampStep(index, this.story.length);
    this.atlas.view = stepView(this.story[this.index], this.atlas.view.mode, (id) => this.atlas.places.has(id));
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
    this.onchange(false, this.index);
  }
}
