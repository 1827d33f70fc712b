/**
 * The web app manifest (vite.config.ts hands it to vite-plugin-pwa, which writes
 * manifest.webmanifest and links it from index.html): what an installed atlas is called,
 * where it starts, and its colours, which are the page's own tokens (src/app.css: --accent
 * for the title bar, --bg behind the splash screen; a test holds them equal).
 */
import { APP_NAME, APP_SUBTITLE } from '../words/core.ts';
import { APP_SHORT_NAME } from '../words/offline.ts';

export const WEB_MANIFEST = {
  name: APP_NAME,
  short_name: APP_SHORT_NAME,
  description: `${APP_SUBTITLE}.`,
  lang: 'en',
  // Relative: the atlas may be served from any folder (Vite's base is './').
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: '#1f4f9a',
  background_color: '#f6f4ef',
  // public/icons: atlas.svg drawn by hand, the PNGs rendered from it (scripts/icons/render.ts); the mark of
  // the 512 px one lies inside the maskable safe zone (the middle 80%), so it serves as the maskable icon too.
  icons: [
    { src: 'icons/atlas.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icons/atlas-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/atlas-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/atlas-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const;
