import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
// MapLibre is not imported here: the first drawing comes before it (issue 16); its worker starts as soon as
// its code has arrived (map/MapView.svelte).

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
