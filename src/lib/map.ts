// Turns the DAGI municipality boundaries (TopoJSON, WGS84) into SVG paths at build time, so the
// map on /kommuner/ needs no client JavaScript and no map tiles from anywhere.
//
// 1. Each municipality's polygons become one MultiPolygon (topojson-client), Christiansø left out.
// 2. Projected with a transverse Mercator centred on 9° E, as UTM zone 32 (the projection Danish
//    maps use, EPSG:25832) (d3-geo). Bornholm gets the same scale, moved into an inset box in the
//    empty north-east corner, so it lies on top of no other municipality.
// 3. A planar topology is built from the projected shapes (topojson-server) and simplified once
//    per shared arc (topojson-simplify), so a border between two neighbours is the same line in
//    both; small detached islands are dropped.
// 4. Written as SVG path data (d3-geo's geoPath) with one decimal.
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapShape {
  code: string;
  d: string;
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DenmarkMapData {
  width: number;
  height: number;
  shapes: MapShape[];
  /** The frame Bornholm is drawn in. */
  inset: MapBox;
}

export const MAP_WIDTH = 600;
const PADDING = 4;
const BORNHOLM = '0400';
const CHRISTIANSOE = '0411'; // not a municipality
/** Points whose triangle with their neighbours is smaller than this (square SVG units) are dropped. */
const MIN_TRIANGLE = 2;
/** Detached islands smaller than this (square SVG units) are left out. */
const MIN_ISLAND = 6;
/** Room around Bornholm inside its frame, in SVG units. */
const INSET_MARGIN = 8;
/** Room for the name below Bornholm inside its frame. */
const INSET_LABEL = 12;

type Properties = { KOMKODE: string; KOMNAVN: string };
type Shape = Feature<Polygon | MultiPolygon, { code: string }>;

/** One feature per municipality in WGS84, its polygons merged. */
function municipalityShapes(source: Topology): Shape[] {
  const object = source.objects['stdin'] as GeometryCollection<Properties>;
  const byCode = new Map<string, GeometryCollection<Properties>['geometries']>();
  for (const g of object.geometries) {
    const code = (g.properties as Properties).KOMKODE;
    if (code === CHRISTIANSOE) continue;
    (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(g);
  }
  return [...byCode.keys()].sort().map((code) => ({
    type: 'Feature',
    properties: { code },
    geometry: {
      type: 'MultiPolygon',
      coordinates: byCode.get(code)!.map((g) => (feature(source, g as never) as unknown as Feature<Polygon>).geometry.coordinates),
    },
  }));
}

/** The shape with every point run through a projection (a planar GeoJSON in SVG units). */
function projectShape(shape: Shape, project: GeoProjection): Shape {
  const ring = (r: Position[]) => r.map((p) => project(p as [number, number])! as Position);
  const g = shape.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
  return { ...shape, geometry };
}

function points(shape: Shape): Position[] {
  const g = shape.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
}

function bounds(shapes: Shape[]): [[number, number], [number, number]] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    x0 = Math.min(x0, p[0]!);
    y0 = Math.min(y0, p[1]!);
    x1 = Math.max(x1, p[0]!);
    y1 = Math.max(y1, p[1]!);
  };
  for (const s of shapes) {
    const g = s.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) for (const r of polygon) r.forEach(visit);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

export function buildMap(topojsonText: string): DenmarkMapData {
  const source = JSON.parse(topojsonText) as Topology;
  const all = municipalityShapes(source);
  const mainland = all.filter((s) => s.properties.code !== BORNHOLM);
  const bornholm = all.filter((s) => s.properties.code === BORNHOLM);

  const projection = geoTransverseMercator()
    .rotate([-9, 0])
    // Fitted to the points, not the polygons: d3-geo reads rings by winding on the sphere, and
    // DAGI's follow the planar GeoJSON convention, which would make a ring cover the globe.
    .fitWidth(MAP_WIDTH - 2 * PADDING, { type: 'MultiPoint', coordinates: mainland.flatMap(points) });
  const projectedMain = mainland.map((s) => projectShape(s, projection));
  const [[mx0, my0], [, my1]] = bounds(projectedMain);
  // Move the mainland so its box starts at the padding.
  const [tx, ty] = projection.translate();
  projection.translate([tx - mx0 + PADDING, ty - my0 + PADDING]);
  const main = mainland.map((s) => projectShape(s, projection));
  const height = Math.ceil(my1 - my0 + 2 * PADDING);

  // Bornholm at the same scale, in a frame at the top right corner.
  const bornholmProjection = geoTransverseMercator().rotate([-9, 0]).scale(projection.scale()).translate(projection.translate());
  const [[bx0, by0], [bx1, by1]] = bounds(bornholm.map((s) => projectShape(s, bornholmProjection)));
  const inset: MapBox = {
    width: Math.ceil(bx1 - bx0 + 2 * INSET_MARGIN),
    height: Math.ceil(by1 - by0 + 2 * INSET_MARGIN + INSET_LABEL),
    x: 0,
    y: PADDING,
  };
  inset.x = MAP_WIDTH - PADDING - inset.width;
  const [btx, bty] = bornholmProjection.translate();
  bornholmProjection.translate([btx - bx0 + inset.x + INSET_MARGIN, bty - by0 + inset.y + INSET_MARGIN]);
  const island = bornholm.map((s) => projectShape(s, bornholmProjection));

  // One planar topology: shared borders become shared arcs, simplified once for both neighbours.
  const planar = topology({ kommuner: { type: 'FeatureCollection', features: [...main, ...island] } as FeatureCollection }, 1e5);
  const simplified = simplify(presimplify(planar as never), MIN_TRIANGLE);
  const filtered = filter(simplified, filterAttachedWeight(simplified, MIN_ISLAND));
  const collection = feature(filtered, filtered.objects['kommuner'] as GeometryCollection<{ code: string }>) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  const path = geoPath().digits(1);
  const shapes = collection.features
    .map((f) => ({ code: f.properties.code, d: path(f) ?? '' }))
    .filter((s) => s.d !== '')
    .sort((a, b) => a.code.localeCompare(b.code));
  return { width: MAP_WIDTH, height, shapes, inset };
}
