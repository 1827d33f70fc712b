/** Shows the update notice (loaded only when a new version is waiting; precached with the rest). */
import { mount } from 'svelte';
import UpdateNotice from './UpdateNotice.svelte';

export function showUpdateNotice(onreload: () => void): void {
  mount(UpdateNotice, { target: document.body.appendChild(document.createElement('div')), props: { onreload } });
}
