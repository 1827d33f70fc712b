/**
 * The committed geometry (public/geo) against the foundation's requirements:
 * every required unit exactly once, valid polygons, nothing across the
 * antimeridian, each unit inside its country, reproducible bytes, size budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import centroid from '@turf/centroid';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { topologyToGeo, type RegionProps } from '../src/lib/geo/topo.ts';
import { crossesAntimeridian, lines } from '../scripts/geo/unwrap.ts';
import { serializeGeo } from '../scripts/geo/build.ts';

const dir = path.resolve(import.meta.dirname, '../public/geo');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const geo = topologyToGeo(JSON.parse(read('regions.json')), JSON.parse(read('countries.json')));

const range = (prefix: string, codes: string) => codes.split(' ').map((c) => prefix + c);
/** The units the foundation issue requires, by country. */
const REQUIRED: Record<string, string[]> = {
  FR: ['FR1', ...range('FR', 'B C D E F G H I J K L M')],
  DE: range('DE', '1 2 3 4 5 6 7 8 9 A B C D E F G'),
  ES: range('ES', '11 12 13 21 22 23 24 30 41 42 43 51 52 53 61 62 70'),
  IT: range('IT', 'C1 C2 C3 C4 F1 F2 F3 F4 F5 F6 G1 G2 H1 H2 H3 H4 H5 I1 I2 I3 I4'),
  PL: [...range('PL', '21 22 41 42 43 51 52 61 62 63 71 72 81 82 84'), 'PL9'],
  GB: ['UKM', 'UKL', 'UKN', 'GB-ENG'],
  CZ: ['CZ031'],
  SI: ['SI041'],
  RO: ['RO211'],
  HR: ['HR064', 'HR028'],
  GR: ['EL63'],
  CN: range('CN-', 'AH BJ CQ FJ GD GS GX GZ HA HB HE HI HL HN JL JS JX LN NM NX QH SC SD SH SN SX TJ XJ XZ YN ZJ HK MO'),
};

/** Independent sanity boxes [west, south, east, north] of each country's territory on this map. */
const COUNTRY_BOX: Record<string, [number, number, number, number]> = {
  FR: [-5.2, 41.3, 9.6, 51.1],
  DE: [5.8, 47.2, 15.1, 55.1],
  ES: [-18.2, 27.6, 4.4, 43.8],
  IT: [6.6, 35.4, 18.6, 47.1],
  PL: [14.1, 49.0, 24.2, 54.9],
  GB: [-8.7, 49.8, 1.8, 60.9],
  CZ: [12.0, 48.5, 18.9, 51.1],
  SI: [13.3, 45.4, 16.6, 46.9],
  RO: [20.2, 43.6, 29.8, 48.3],
  HR: [13.4, 42.3, 19.5, 46.6],
  GR: [19.3, 34.8, 28.3, 41.8],
  CN: [73.4, 18.1, 134.8, 53.6],
};

describe('public/geo/regions.json', () => {
  const ids = geo.regions.features.map((f) => f.properties.id);

  it('holds every required unit exactly once, with a name and its country', () => {
    for (const [country, required] of Object.entries(REQUIRED)) {
      for (const id of required) {
        const matches = geo.regions.features.filter((f) => f.properties.id === id);
        expect(matches, id).toHaveLength(1);
        expect(matches[0].properties.country, id).toBe(country);
        expect(matches[0].properties.name, id).toMatch(/\S/);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Only Ceuta and Melilla may come on top of the required list.
    const extra = ids.filter((id) => !Object.values(REQUIRED).flat().includes(id));
    expect(extra.sort()).toEqual(['ES63', 'ES64']);
    expect(REQUIRED.CN).toHaveLength(33);
  });

  it('has valid polygons: closed rings of at least 4 positions, finite coordinates', () => {
    for (const f of geo.regions.features) {
      expect(['Polygon', 'MultiPolygon'], f.properties.id).toContain(f.geometry.type);
      for (const ring of lines(f.geometry)) {
        expect(ring.length, f.properties.id).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.properties.id).toEqual(ring[ring.length - 1]);
        // One assertion per ring (every bad position listed), not two per position: the same check, far faster.
        const bad = ring.filter(([x, y]) => !(Number.isFinite(x) && Number.isFinite(y) && Math.abs(y) <= 90));
        expect(bad, f.properties.id).toEqual([]);
      }
    }
  });

  it('crosses the antimeridian nowhere (units and countries)', () => {
    for (const f of [...geo.regions.features, ...geo.countries.features]) {
      expect(crossesAntimeridian(f.geometry), String(f.properties.id)).toBe(false);
    }
  });

  it("puts each unit's centroid inside its country's box", () => {
    for (const f of geo.regions.features as Feature<Polygon | MultiPolygon, RegionProps>[]) {
      const [x, y] = centroid(f).geometry.coordinates;
      const [w, s, e, n] = COUNTRY_BOX[f.properties.country];
      expect(x >= w && x <= e && y >= s && y <= n, `${f.properties.id} centroid ${x},${y}`).toBe(true);
    }
  });

  it('has one label point per unit, inside its country box', () => {
    expect(geo.labels.features.map((f) => f.properties.id).sort()).toEqual([...ids].sort());
    for (const l of geo.labels.features) {
      const unit = geo.regions.features.find((f) => f.properties.id === l.properties.id)!;
      const [w, s, e, n] = COUNTRY_BOX[unit.properties.country];
      const [x, y] = l.geometry.coordinates;
      expect(x >= w && x <= e && y >= s && y <= n, l.properties.id).toBe(true);
    }
  });
});

describe('public/geo/countries.json', () => {
  it('has the countries of both ends and no Antarctica', () => {
    const names = geo.countries.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['France', 'Germany', 'China', 'Poland', 'Russia']));
    expect(names).not.toContain('Antarctica');
  });
});

describe('npm run geo', () => {
  it('reproduces the committed files byte for byte', () => {
    for (const [name, json] of Object.entries(serializeGeo())) {
      expect(json === read(name), `${name} differs from a fresh npm run geo`).toBe(true);
    }
  });

  it('stays within the 400 kB gzip budget', () => {
    const total = ['regions.json', 'countries.json'].reduce((n, f) => n + zlib.gzipSync(read(f), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(400 * 1024);
  });
});
