import { describe, expect, it } from 'vitest';
import { figures, formatSlow, MAPLIBRE_FILE, summariseSlow, type Transfer } from './slow4g.ts';

const t = (url: string, kB: number, endMs: number): Transfer => ({ url: `http://127.0.0.1:1/${url}`, bytes: kB * 1024, endMs });
const LOAD = [
  t('', 1, 170),
  t('assets/index-abc.js', 60, 1600),
  t('geo/first.json', 50, 1350),
  t('data/bundle.json', 48, 1500),
  t('geo/regions.json', 107, 3700),
  t('assets/maplibre-CBKvwDw_.js', 278, 5300),
  t('assets/maplibre-gl-worker-CZtFQQIV.mjs', 147, 7900),
  t('assets/maplibre-qvkd0SPb.css', 10, 3300),
];

describe('MapLibre’s files', () => {
  it('are its code and its worker, not its stylesheet nor the map component', () => {
    expect(MAPLIBRE_FILE.test('http://h/assets/maplibre-CBKvwDw_.js')).toBe(true);
    expect(MAPLIBRE_FILE.test('http://h/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe(true);
    expect(MAPLIBRE_FILE.test('http://h/assets/maplibre-qvkd0SPb.css')).toBe(false);
    expect(MAPLIBRE_FILE.test('http://h/assets/MapView-x.js')).toBe(false);
  });
});

describe('figures of one load', () => {
  it('counts the bytes that had arrived by the first arcs, and MapLibre’s arrival as its last file’s', () => {
    const f = figures(LOAD, { arcsMs: 2680, idleMs: 17000, lcpMs: 6000 });
    expect(f.bytesBeforeArcs).toBe((1 + 60 + 50 + 48) * 1024);
    expect(f.maplibreMs).toBe(7900);
    expect(f.totalBytes).toBe(LOAD.reduce((n, x) => n + x.bytes, 0));
  });
  it('has no MapLibre arrival when no MapLibre file was asked for, and no bytes before arcs never drawn', () => {
    const f = figures(LOAD.slice(0, 4), { arcsMs: null, idleMs: null, lcpMs: null });
    expect(f.maplibreMs).toBeNull();
    expect(f.bytesBeforeArcs).toBeNull();
  });
});

describe('the slow-4G rows', () => {
  const run = (arcsMs: number, mlMs: number) => figures(LOAD.map((x) => (MAPLIBRE_FILE.test(x.url) ? { ...x, endMs: mlMs } : x)), { arcsMs, idleMs: 9000, lcpMs: 3000 });
  const embed = figures(LOAD.slice(0, 4), { arcsMs: 2000, idleMs: null, lcpMs: 2000 });

  it('takes medians over the loads and gives first arcs over MapLibre’s arrival', () => {
    const x = summariseSlow([run(2000, 8000), run(3000, 6000), run(2500, 7000)], embed);
    expect(x.arcsMs).toBe(2500);
    expect(x.maplibreMs).toBe(7000);
    expect(x.arcsOverMaplibre).toBeCloseTo(2500 / 7000, 9);
    expect(x.staticEmbedBytes).toBe((1 + 60 + 50 + 48) * 1024);
    expect(x.staticEmbedMaplibreFiles).toBe(0);
  });
  it('says pass or miss against the issue’s targets', () => {
    const pass = formatSlow(summariseSlow([run(2000, 8000)], embed));
    expect(pass).toMatch(/first arcs ÷ MapLibre’s arrival\s+\|\s+0\.25 \| ≤ 0\.50 pass/);
    expect(pass).toMatch(/static embed: bytes transferred in all\s+\|\s+159 kB \| ≤ 300 kB pass/);
    const miss = formatSlow(summariseSlow([run(5000, 8000)], figures(LOAD, { arcsMs: 5000, idleMs: 8000, lcpMs: 5000 })));
    expect(miss).toMatch(/0\.63 \| ≤ 0\.50 miss/);
    expect(miss).toMatch(/static embed: MapLibre files asked for\s+\|\s+2 \| 0 miss/);
  });
});
