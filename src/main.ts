import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registersOffline } from './lib/offline/when.ts';
import { afterMapIdle } from './lib/map/idle-signal.ts';

// MapLibre is not imported here: the first drawing comes before it (issue 16); its worker starts as soon as
// its code has arrived (map/MapView.svelte).

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

/** True in built apps (vite.config.ts `offline()`); false under the dev server, whose hot reload stays as it is. */
declare const __ATLAS_OFFLINE__: boolean;

// The offline copy (a service worker), in built apps only and never in an embed; loaded apart, once the map
// is first idle (or 10 s after the page's load when no map comes), so that its precaching of every file never
// shares the machine with the map's own load (it did: time to map idle 1.35 → 2.11 × the floor, issue 16).
if (__ATLAS_OFFLINE__ && registersOffline(location.search, 'serviceWorker' in navigator)) {
  afterMapIdle(() => void import('./lib/offline/register.ts').then((m) => m.startOffline()), 10_000);
}

export default mount(App, { target });
