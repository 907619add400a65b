// The map's geometry from the real DAGI boundaries: every municipality once, Bornholm inside its
// own frame and clear of every other municipality, and neighbours sharing one simplified border.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMap, type MapBox } from '../../src/lib/map';

const map = buildMap(readFileSync(path.join(import.meta.dirname, '../../src/data/kommuner.topojson'), 'utf8'));

/** The points of a path written by d3-geo's geoPath (absolute M/L commands). */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
const inside = (box: MapBox, [x, y]: [number, number]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

describe('the map of Denmark', () => {
  it('has the 98 municipalities and not Christiansø', () => {
    expect(map.shapes).toHaveLength(98);
    expect(map.shapes.map((s) => s.code)).not.toContain('0411');
  });

  it('draws Bornholm inside its frame, and no other municipality there', () => {
    const bornholm = map.shapes.find((s) => s.code === '0400')!;
    expect(points(bornholm.d).length).toBeGreaterThan(10);
    expect(points(bornholm.d).every((p) => inside(map.inset, p))).toBe(true);
    for (const s of map.shapes.filter((s) => s.code !== '0400')) {
      expect(
        points(s.d).some((p) => inside(map.inset, p)),
        s.code,
      ).toBe(false);
    }
  });

  it('reads the points of every shape (so the checks below have something to check)', () => {
    const empty = map.shapes.filter((s) => points(s.d).length < 3).map((s) => s.code);
    expect(empty).toEqual([]);
  });

  it('stays inside the drawing', () => {
    const outside = map.shapes.filter((s) => points(s.d).some(([x, y]) => x < 0 || y < 0 || x > map.width || y > map.height));
    expect(outside.map((s) => s.code)).toEqual([]);
  });

  it('gives neighbours the same border points (simplified once, not per shape)', () => {
    // Aalborg (0851) and Jammerbugt (0849) share a long border: many points must coincide exactly.
    const key = ([x, y]: [number, number]) => `${x},${y}`;
    const aalborg = new Set(points(map.shapes.find((s) => s.code === '0851')!.d).map(key));
    const shared = points(map.shapes.find((s) => s.code === '0849')!.d).filter((p) => aalborg.has(key(p)));
    expect(shared.length).toBeGreaterThan(10);
  });

  it('stays small enough to inline', () => {
    expect(map.shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(90_000);
  });
});
