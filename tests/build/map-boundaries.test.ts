/**
 * The map draws disputed areas as content/boundaries.json says the U.S. Government
 * recognizes them, checked on what the browser receives: the built
 * /countries/map.json, decoded by the map's own decoder (map-encoding.ts, as
 * map-layers.ts draws it), not on the source shapes.
 *
 * A reader sees, at each place, the top shape: map-layers.ts draws the assisted countries
 * (from finer shapes) over the grey ones, so near a border a coarse grey neighbour may lie
 * under a blue country unseen (Israel's under Gaza City). Each place must show exactly one
 * shape, the one its row names. Where the build moves an area out of a shape (a row with a
 * `change`), no other shape may hold the place at all, seen or not: Crimea must be gone
 * from Russia, not merely covered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import boundariesJson from '../../content/boundaries.json';
import countriesJson from '../../content/countries.json';
import { BoundarySchema, type PointCheck } from '../../src/schemas/boundary';
import { decodeRing } from '../../src/features/countries/shared/map-encoding';
import type { MapData } from '../../src/features/countries/shared/map-data';
import { polygonContains } from '../../src/features/countries/build/plane';
import { distDir, requireBuild } from '../support/site';

requireBuild();
const boundaries = boundariesJson.map((row) => BoundarySchema.parse(row));
const countryIds = new Set(countriesJson.map((c) => c.id));
const map = JSON.parse(readFileSync(join(distDir, 'countries/map.json'), 'utf8')) as MapData;

/** Every shape the browser draws: an assisted country by its id, a grey one by its position. */
const shapes = [
  ...map.geometry.assisted.flatMap(({ id, polygons }) =>
    polygons.map((polygon) => ({
      shape: id,
      rings: polygon.map((ring) => decodeRing(ring, map.geometry.assistedScale)),
    })),
  ),
  ...map.geometry.others.map((polygon, index) => ({
    shape: `grey shape ${index}`,
    rings: polygon.map((ring) => decodeRing(ring, map.geometry.otherScale)),
  })),
];

/** Every shape that holds a place, assisted ones first (a country drawn as several polygons counts once). */
function shapesAt({ lon, lat }: PointCheck): string[] {
  return [...new Set(shapes.filter(({ rings }) => polygonContains(rings, lon, lat)).map(({ shape }) => shape))];
}

/** The shapes a reader sees at a place: the assisted ones that hold it, else the grey ones. */
function seenAt(check: PointCheck): string[] {
  const all = shapesAt(check);
  const assisted = all.filter((shape) => !shape.startsWith('grey shape'));
  return assisted.length > 0 ? assisted : all;
}

describe('disputed areas on the map, as content/boundaries.json says (dist/countries/map.json)', () => {
  it('covers every area the map must decide, each checked by at least one place', () => {
    const ids = boundaries.map((b) => b.id);
    for (const required of [
      'crimea',
      'northern-cyprus',
      'somaliland',
      'abkhazia',
      'south-ossetia',
      'transnistria',
      'western-sahara',
      'kosovo',
      'taiwan',
      'golan-heights',
      'west-bank-and-gaza',
      'india-china',
      'india-pakistan',
    ]) {
      expect(ids, required).toContain(required);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // A check that names a country not on the list would test nothing.
    const named = boundaries.flatMap((b) => b.checks.flatMap((c) => [c.inCountry, c.outsideCountry]));
    expect(named.filter((id) => id !== undefined && !countryIds.has(id))).toEqual([]);
  });

  for (const row of boundaries) {
    describe(`${row.area}: ${row.drawn}`, () => {
      for (const check of row.checks) {
        it(`${check.place} (${check.lon}, ${check.lat}) lies in one shape${row.change ? ' and no other' : ''}, ${expectation(check)}`, () => {
          const found = row.change ? shapesAt(check) : seenAt(check);
          expect(found, `${check.place} is in ${found.length} shapes: ${found.join(', ') || 'none'}`).toHaveLength(1);
          const [shape] = found;
          if (check.inCountry) expect(shape).toBe(check.inCountry);
          if (check.outsideCountry) expect(shape).not.toBe(check.outsideCountry);
          if (check.withPlace) {
            const other = row.checks.find((c) => c.place === check.withPlace)!;
            expect(shape, `${check.place} and ${other.place} are in different shapes`).toEqual(seenAt(other)[0]);
          }
        });
      }
    });
  }
});

function expectation(check: PointCheck): string {
  if (check.inCountry) return `${check.inCountry}’s`;
  if (check.withPlace) return `the one that holds ${check.withPlace}`;
  return `not ${check.outsideCountry}’s`;
}
