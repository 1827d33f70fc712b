import { layoutFor, type Layout } from './screen.ts';

/** The window's width, kept up to date, and the layout it calls for (screen.ts). */
export class Screen {
  width = $state(0);
  readonly layout: Layout = $derived(layoutFor(this.width));

  constructor(win: Pick<Window, 'innerWidth' | 'addEventListener' | 'removeEventListener'>) {
    this.width = win.innerWidth;
    const onresize = () => (this.width = win.innerWidth);
    win.addEventListener('resize', onresize);
    this.stop = () => win.removeEventListener('resize', onresize);
  }

  readonly stop: () => void;
}
