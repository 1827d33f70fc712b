import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import raw from '../../../public/data/bundle.json';
import Presenter from './Presenter.svelte';
import { Presenter as PresenterState } from './presenter.svelte.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import { parseBundle } from '../data/load.ts';

const bundle = parseBundle(raw);

function setup() {
  const atlas = new AtlasState(bundle);
  const presenter = new PresenterState(bundle.story, atlas);
  presenter.start(1);
  const onmode = vi.fn();
  render(Presenter, { presenter, count: 27, phrase: 'new partnerships, 1982–1989', mode: 'new', docs: bundle.sources, onmode });
  return { atlas, presenter, onmode };
}

describe('Presenter', () => {
  it('shows the step, its counter, caption and citation by document title', () => {
    setup();
    expect(screen.getByTestId('presenter-position').textContent).toBe(`Step 2 of ${bundle.story.length}`);
    expect(screen.getByTestId('presenter-title').textContent).toBe(bundle.story[1].title);
    expect(screen.getByTestId('presenter-count').textContent).toBe('27');
    expect(screen.getByText(bundle.story[1].caption)).toBeTruthy();
    const source = screen.getByText(/^Source:/).textContent!;
    expect(source).toContain('Kamiński, Skorupska & Szczudlik (2019), §1.3.1, Table 4');
    expect(source).toContain('Table 4');
  });

  it('marks the current step and jumps to a step from its dot', async () => {
    const { presenter, atlas } = setup();
    const dots = screen.getAllByRole('button', { name: /^Step \d+:/ });
    expect(dots).toHaveLength(bundle.story.length);
    expect(dots[1].getAttribute('aria-current')).toBe('step');
    await fireEvent.click(dots[3]);
    expect(presenter.index).toBe(3);
    expect(atlas.view.period).toBe('2000-2007');
  });

  it('Back/Next step; auto-advance and pace bind to the state; the mode choice is reported', async () => {
    const { presenter, onmode } = setup();
    await fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(presenter.index).toBe(0);
    expect((screen.getByRole('button', { name: '← Back' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('presenter-next'));
    expect(presenter.index).toBe(1);
    await fireEvent.click(screen.getByLabelText('Auto-advance'));
    expect(presenter.auto).toBe(true);
    await fireEvent.change(screen.getByLabelText('Seconds per step'), { target: { value: '12' } });
    expect(presenter.pace).toBe(12);
    await fireEvent.change(screen.getByLabelText('Arcs shown per step'), { target: { value: 'cumulative' } });
    expect(onmode).toHaveBeenCalledWith('cumulative');
    await fireEvent.click(screen.getByRole('button', { name: 'Exit (Esc)' }));
    expect(presenter.active).toBe(false);
  });

  it('in portrait docks under the map: the stage gives up the card’s height, the map is framed again, and all is undone when it goes', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('portrait'), addEventListener() {}, removeEventListener() {} }));
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 390, height: 412.5 } as DOMRect);
    try {
      const atlas = new AtlasState(bundle);
      const presenter = new PresenterState(bundle.story, atlas);
      presenter.start(0);
      const container = document.createElement('div');
      const map = { resize: vi.fn(), fitBounds: vi.fn(), getContainer: () => container, isMoving: () => false };
      const stage = document.body.appendChild(document.createElement('div'));
      const { unmount } = render(Presenter, {
        target: stage,
        props: { presenter, count: 7, phrase: 'partnerships', mode: 'new', docs: bundle.sources, onmode: () => {}, map },
      });
      await tick();
      expect(screen.getByTestId('presenter').dataset.dock).toBe('bottom');
      expect(stage.style.marginBottom).toBe('413px');
      expect(map.resize).toHaveBeenCalled();
      // Framed at once on the step's arcs (both ends of every one), measured again first.
      expect(presenter.subject).not.toBeNull();
      expect(map.fitBounds).toHaveBeenCalledWith(presenter.subject, expect.objectContaining({ duration: 0 }));
      expect(map.resize.mock.invocationCallOrder[0]).toBeLessThan(map.fitBounds.mock.invocationCallOrder[0]);
      unmount();
      expect(stage.style.marginBottom).toBe('');
      stage.remove();
    } finally {
      rect.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
