import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { startMapWorkers } from './lib/map/maplibre.ts';
import { hasWebGL2Api } from './lib/map/webgl.ts';

// The map's worker starts loading at once (a browser without WebGL2 never needs it).
if (hasWebGL2Api()) startMapWorkers();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
