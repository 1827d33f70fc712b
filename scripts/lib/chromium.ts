/**
 * Finding and launching the Chromium the end-to-end tests, the screenshot and
 * the benchmark drive. No browser is downloaded: the project uses the system's
 * (Debian: `apt-get install chromium`), or the executable named by CHROME_PATH.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

export class BrowserNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserNotFoundError';
  }
}

/** The Chromium executable: $CHROME_PATH when set (it must exist), else the first common path that exists. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (p: string) => boolean = fs.existsSync,
): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CHROMIUM_CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new BrowserNotFoundError(
    `No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ` +
      'Install it (Debian/Ubuntu: apt-get install -y chromium fonts-noto-core fonts-wqy-microhei) ' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Flags for headless Chromium on a machine without a GPU: WebGL2 through ANGLE
 * on SwiftShader, and no background traffic (nothing may leave 127.0.0.1).
 */
export function chromiumArgs({ webgl = true }: { webgl?: boolean } = {}): string[] {
  const base = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    '--no-default-browser-check',
  ];
  return webgl
    ? [...base, '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
    : [...base, '--disable-webgl', '--disable-3d-apis', '--disable-gpu'];
}

/** A fresh, empty profile directory for one browser run. */
export function freshProfileDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-chromium-'));
}
