import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMunicipalityRows } from '../../src/model/municipalities-csv';
import { ContentError } from '../../src/model/problem';

const HEADER = 'kommunekode,navn,officielt_navn,region,regionskode';

describe('readMunicipalityRows', () => {
  it('reads all 98 municipalities of the real file with unique ids and codes, 29+17+22+19+11 per region', () => {
    const rows = readMunicipalityRows(readFileSync('content/data/kommuner.csv', 'utf8'), 'kommuner.csv');
    expect(rows).toHaveLength(98);
    expect(new Set(rows.map((r) => r.id)).size).toBe(98);
    const perRegion = Object.values(Object.groupBy(rows, (r) => r.region))
      .map((g) => g!.length)
      .sort((a, b) => b - a);
    expect(perRegion).toEqual([29, 22, 19, 17, 11]);
    expect(rows.find((r) => r.code === '0101')).toMatchObject({ id: 'koebenhavn', officialName: 'Københavns Kommune', regionId: 'region-hovedstaden' });
  });

  it.each([
    ['a wrong header', 'kode,navn\n0101,København', /Første linje/],
    ['a short line', `${HEADER}\n0101,København`, /5 felter/],
    ['a duplicate code', `${HEADER}\n0101,A,A Kommune,R,1\n0101,B,B Kommune,R,1`, /kommunekode[\s\S]*Findes allerede på linje 2/],
    ['a duplicate name', `${HEADER}\n0101,A,A Kommune,R,1\n0102,A,A Kommune,R,1`, /id[\s\S]*"a"/],
  ])('rejects %s', (_, csv, message) => {
    expect(() => readMunicipalityRows(csv, 'k.csv')).toThrow(ContentError);
    expect(() => readMunicipalityRows(csv, 'k.csv')).toThrow(message);
  });
});
