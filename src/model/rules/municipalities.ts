// Rules for content/data/kommuner.csv beyond its syntax: each region code names one region,
// and every municipality has a boundary in the map data (src/data/kommuner.topojson), or it
// would silently vanish from the map. And the official four-digit code, typed where an id
// belongs (`municipality: "0851"`), is recognised and turned into the id.
import type { Problem } from '../problem';
import { problem } from '../problems';

/** Denmark's five regions by official code (DAGI). */
export const REGIONS: Readonly<Record<string, string>> = {
  '1081': 'Region Nordjylland',
  '1082': 'Region Midtjylland',
  '1083': 'Region Syddanmark',
  '1084': 'Region Hovedstaden',
  '1085': 'Region Sjælland',
};

export interface MunicipalityRowLike {
  id: string;
  code: string;
  name: string;
  officialName: string;
  region: string;
  regionCode: string;
  line?: number;
}

/** The municipality codes that have a boundary in the TopoJSON map data (Christiansø, 0411, is no municipality). */
export function boundaryCodes(topojsonText: string): Set<string> {
  const topo = JSON.parse(topojsonText) as { objects: Record<string, { geometries: { properties?: { KOMKODE?: string } }[] }> };
  const codes = new Set<string>();
  for (const object of Object.values(topo.objects)) for (const g of object.geometries) if (g.properties?.KOMKODE) codes.add(g.properties.KOMKODE);
  codes.delete('0411');
  return codes;
}

export function municipalityRowProblems(rows: readonly MunicipalityRowLike[], file: string, boundaries?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const r of rows) {
    const at = { file, ...(r.line !== undefined ? { line: r.line } : {}) };
    const region = REGIONS[r.regionCode];
    if (!region) {
      problems.push(problem('csv-region-code', { ...at, field: 'regionskode', value: r.regionCode }, { regionCode: r.regionCode, regions: REGIONS }));
    } else if (region !== r.region) {
      const named = Object.entries(REGIONS).find(([, n]) => n === r.region)?.[0];
      problems.push(
        problem(
          'csv-region-mismatch',
          { ...at, field: 'region', value: r.region },
          { regionCode: r.regionCode, region, written: r.region, named, officialName: r.officialName },
        ),
      );
    }
    if (boundaries && /^\d{4}$/.test(r.code) && !boundaries.has(r.code)) {
      problems.push(problem('csv-no-boundary', { ...at, field: 'kommunekode', value: r.code }, { code: r.code, name: r.name }));
    }
  }
  return problems;
}

/** When a municipality reference holds an official code (`0851`, or `851`): the code and the municipality it belongs to. */
export function municipalityOfCode(value: unknown, rows: readonly MunicipalityRowLike[]): { code: string; officialName: string; id: string } | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const code = text.padStart(4, '0');
  const row = rows.find((r) => r.code === code);
  if (!row) return undefined;
  return { code, officialName: row.officialName, id: row.id };
}
