import { layoutFor, type Layout } from './screen.ts';

/** The window's size, kept up to date, and the layout it calls for (screen.ts). */
export class Screen {
  width = $state(0);
  height = $state(0);
  readonly layout: Layout = $derived(layoutFor(this.width, this.height));

  constructor(win: Pick<Window, 'innerWidth' | 'innerHeight' | 'addEventListener' | 'removeEventListener'>) {
    this.width = win.innerWidth;
    this.height = win.innerHeight;
    const onresize = () => {
      this.width = win.innerWidth;
      this.height = win.innerHeight;
    };
    win.addEventListener('resize', onresize);
    this.stop = () => win.removeEventListener('resize', onresize);
  }

  readonly stop: () => void;
}
