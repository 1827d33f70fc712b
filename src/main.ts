import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registersOffline } from './lib/offline/when.ts';

// MapLibre is not imported here: the first drawing comes before it (issue 16); its worker starts as soon as
// its code has arrived (map/MapView.svelte).

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

/** True in built apps (vite.config.ts `offline()`); false under the dev server, whose hot reload stays as it is. */
declare const __ATLAS_OFFLINE__: boolean;

// The offline copy (a service worker), in built apps only and never in an embed; loaded apart,
// after the page, so the first view never waits for it.
if (__ATLAS_OFFLINE__ && registersOffline(location.search, 'serviceWorker' in navigator)) {
  const start = () => void import('./lib/offline/register.ts').then((m) => m.startOffline());
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

export default mount(App, { target });
