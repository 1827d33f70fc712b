/**
 * Render flags: how the page is drawn, not what it shows. Modelled on
 * Datawrapper's embed parameters, they sit in the query beside the view state:
 *
 *   ?embed&plain&static&dark=auto&transparent   (embedding)
 *   ?present&step=3                               (presenter mode, step 3 of the story)
 *
 * A flag without a value, `1` or `true` switches it on; `0` or `false` off.
 * Anything else is ignored with a plain-text notice.
 */
import { shown } from './url.ts';
import { ignoredDark, ignoredRepeat, ignoredStep, ignoredSwitch } from '../words/notices.ts';

export type DarkSetting = 'auto' | 'true' | 'false';

export interface RenderFlags {
  /** No page chrome (site header, search, export, side panel); title and legend stay. */
  embed: boolean;
  /** No title, subtitle or notes (attribution stays). */
  plain: boolean;
  /** No interaction: the map, period control and legend are a picture of one state. */
  static: boolean;
  dark: DarkSetting;
  /** Page and water unpainted, so the host page's background shows. */
  transparent: boolean;
  /** Presenter mode. */
  present: boolean;
  /** Presenter step, 1-based (null: the first). */
  step: number | null;
}

export const DEFAULT_FLAGS: RenderFlags = {
  embed: false,
  plain: false,
  static: false,
  dark: 'false',
  transparent: false,
  present: false,
  step: null,
};

export const FLAG_KEYS = ['embed', 'plain', 'static', 'dark', 'transparent', 'present', 'step'] as const;

const MAX_STEP = 99;

function bool(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

export interface FlagsResult {
  flags: RenderFlags;
  notices: string[];
}

export function parseRenderFlags(search: string): FlagsResult {
  const params = new URLSearchParams(search);
  const flags: RenderFlags = { ...DEFAULT_FLAGS };
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (!(FLAG_KEYS as readonly string[]).includes(key)) continue;
    if (seen.has(key)) {
      notices.push(ignoredRepeat(key));
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'dark': {
        const v = raw.trim().toLowerCase();
        if (v === 'auto' || v === 'true' || v === 'false') flags.dark = v;
        else if (v === '' || v === '1') flags.dark = 'true';
        else if (v === '0') flags.dark = 'false';
        else notices.push(ignoredDark(shown(raw)));
        break;
      }
      case 'step': {
        const n = /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
        if (n >= 1 && n <= MAX_STEP) flags.step = n;
        else notices.push(ignoredStep(shown(raw)));
        break;
      }
      default: {
        const v = bool(raw);
        if (v === null) notices.push(ignoredSwitch(key, shown(raw)));
        else flags[key as 'embed' | 'plain' | 'static' | 'transparent' | 'present'] = v;
      }
    }
  }
  return { flags, notices };
}

/** The query fragment for a set of flags (defaults left out), e.g. "embed&plain&dark=auto". */
export function serializeRenderFlags(flags: Partial<RenderFlags>): string {
  const parts: string[] = [];
  for (const key of ['embed', 'plain', 'static', 'transparent', 'present'] as const) if (flags[key]) parts.push(key);
  if (flags.dark && flags.dark !== 'false') parts.push(`dark=${flags.dark}`);
  if (flags.step != null) parts.push(`step=${flags.step}`);
  return parts.join('&');
}

/** The theme a dark setting resolves to, given whether the system prefers dark. */
export function resolveTheme(dark: DarkSetting, systemPrefersDark: boolean): 'light' | 'dark' {
  return dark === 'true' || (dark === 'auto' && systemPrefersDark) ? 'dark' : 'light';
}
