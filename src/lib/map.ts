// Turns the DAGI municipality boundaries (TopoJSON) into simplified SVG paths at build time,
// so the map on /kommuner/ needs no client JavaScript and no map tiles from anywhere.
interface Topology {
  arcs: [number, number][][];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { stdin: { geometries: { type: 'Polygon'; arcs: number[][]; properties: { KOMKODE: string; KOMNAVN: string } }[] } };
}

export interface MapShape {
  code: string;
  d: string;
}

export const MAP_WIDTH = 600;
const COS_LAT = Math.cos((56 * Math.PI) / 180);
const BORNHOLM = '0400';
/** Bornholm is drawn as an inset north-west of its true place, as on most maps of Denmark. */
const BORNHOLM_SHIFT: [number, number] = [-2.6, 1.0];
/** Points nearer than this (in SVG units) to the last kept point are dropped. */
const TOLERANCE = 2.5;
/** Islands smaller than this (in square SVG units) are left out, except a municipality's largest. */
const MIN_AREA = 6;

export function buildMap(topojsonText: string): { shapes: MapShape[]; height: number } {
  const topo = JSON.parse(topojsonText) as Topology;
  const { scale, translate } = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
  const geometries = topo.objects.stdin.geometries.filter((g) => g.properties.KOMKODE !== '0411'); // Christiansø is not a municipality
  const shift = (code: string, [lon, lat]: [number, number]): [number, number] =>
    code === BORNHOLM ? [lon + BORNHOLM_SHIFT[0], lat + BORNHOLM_SHIFT[1]] : [lon, lat];

  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const g of geometries) {
    for (const ring of g.arcs) for (const a of ring) for (const p of arcs[a < 0 ? ~a : a]!) {
      const [lon, lat] = shift(g.properties.KOMKODE, p);
      minX = Math.min(minX, lon * COS_LAT); maxX = Math.max(maxX, lon * COS_LAT);
      minY = Math.min(minY, -lat); maxY = Math.max(maxY, -lat);
    }
  }
  const k = MAP_WIDTH / (maxX - minX);
  const project = (code: string, p: [number, number]): [number, number] => {
    const [lon, lat] = shift(code, p);
    return [(lon * COS_LAT - minX) * k, (-lat - minY) * k];
  };

  const byCode = new Map<string, string[]>();
  const largest = new Map<string, [number, number][]>();
  for (const g of geometries) {
    const code = g.properties.KOMKODE;
    const rings = g.arcs.map((ring) => {
      const points: [number, number][] = [];
      for (const a of ring) {
        const arc = a < 0 ? [...arcs[~a]!].reverse() : arcs[a]!;
        arc.forEach((p, i) => {
          if (i === 0 && points.length) return; // shared endpoint
          const q = project(code, p);
          const last = points[points.length - 1];
          const isEnd = i === arc.length - 1;
          if (!last || isEnd || Math.hypot(q[0] - last[0], q[1] - last[1]) >= TOLERANCE) points.push(q);
        });
      }
      return points;
    });
    const d = rings
      .filter((r) => r.length >= 3 && Math.abs(area(r)) >= MIN_AREA)
      .map(toPath)
      .join('');
    largest.set(code, rings.reduce((best, r) => (Math.abs(area(r)) > Math.abs(area(best)) ? r : best), largest.get(code) ?? []));
    if (d) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(d);
  }
  for (const [code, ring] of largest) {
    if (!byCode.has(code) && ring.length >= 3) byCode.set(code, [toPath(ring)]);
  }
  const shapes = [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, ds]) => ({ code, d: ds.join('') }));
  return { shapes, height: Math.ceil((maxY - minY) * k) };
}

/** Relative path commands in whole units: compact, and precise enough at this scale. */
function toPath(ring: [number, number][]): string {
  let [px, py] = [Math.round(ring[0]![0]), Math.round(ring[0]![1])];
  let d = `M${px} ${py}`;
  for (const [x, y] of ring.slice(1)) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === px && ry === py) continue;
    d += `l${rx - px} ${ry - py}`;
    [px, py] = [rx, ry];
  }
  return d + 'z';
}

/** Shoelace area of a ring. */
function area(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
