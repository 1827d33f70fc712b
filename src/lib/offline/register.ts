/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the offline copy: the service worker vite-plugin-pwa generates at build time
 * (vite.config.ts `offline()`). After one visit every file of this version — code, geometry,
 * bundle — is served from its precache, so the atlas opens with no network.
 *
 * Updates: a new deployment's service worker installs its own complete set beside the old one
 * and waits; the page keeps the version it opened with and shows a notice. "Reload" tells the
 * waiting worker to take over and reloads the page into the new version: code and data always
 * come from one version's set, never a mix. Any other open tab of the atlas reloads when the
 * new version takes over, since its code belongs to the old one.
 */
import { registerSW } from 'virtual:pwa-register';

/** Call only where `registersOffline` (when.ts) says yes. */
export function startOffline(): void {
  // A page the old version served (it had a controller from the start) must not run on under the new one.
  const controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reload();
  });
  let noticeShown = false;
  const update = registerSW({
    onNeedRefresh() {
      if (noticeShown) return;
      noticeShown = true;
      void import('./notice.ts').then((m) => m.showUpdateNotice(() => void update()));
    },
    onNeedReload: reload,
  });
}

