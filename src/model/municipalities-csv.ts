// Parses content/data/kommuner.csv, the 98 municipalities (copied from shared/data), with
// csv-parse: the one parse of the file, with each record's line.
import { CsvError, parse } from 'csv-parse/sync';
import { slugify } from '../schemas/slug';
import { ContentError, type Problem } from './problem';
import { problem } from './problems';

const HEADER = ['kommunekode', 'navn', 'officielt_navn', 'region', 'regionskode'];

export interface MunicipalityRow {
  id: string;
  code: string;
  name: string;
  officialName: string;
  region: string;
  regionId: string;
  regionCode: string;
}

/**
 * Reads the CSV as editors may save it: UTF-8 with or without BOM, comma or semicolon (Danish
 * Excel), quoted or not, and codes whose leading zero Excel dropped (`851` → `0851`; codes are
 * numbers from 101 to 860, so padding is unambiguous). Rows keep their line numbers.
 */
export function readMunicipalityRows(text: string, file: string): (MunicipalityRow & { line: number })[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstEnd = body.indexOf('\n');
  const first = (firstEnd < 0 ? body : body.slice(0, firstEnd)).trimEnd();
  // Danish Excel saves with semicolons; others with commas. The header line says which.
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, trim: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    throw new ContentError([problem('csv-syntax', { file, line: (err as CsvError & { lines?: number }).lines ?? 1 })]);
  }
  const header = (records[0]?.record ?? []).map((h) => h.toLowerCase());
  if (header.join(',') !== HEADER.join(',')) {
    throw new ContentError([problem('csv-header', { file, line: 1, value: first }, { header: HEADER })]);
  }
  const problems: Problem[] = [];
  const rows: (MunicipalityRow & { line: number })[] = [];
  const byId = new Map<string, number>();
  const byCode = new Map<string, number>();
  records.forEach(({ record: cells, info }, i) => {
    if (i === 0 || cells.every((c) => c === '')) return;
    const lineNo = info.lines;
    if (cells.length !== HEADER.length) {
      problems.push(problem('csv-row', { file, line: lineNo, value: cells.join(delimiter) }, { header: HEADER, delimiter, cells: cells.length }));
      return;
    }
    const [rawCode, name, officialName, region, regionCode] = cells as [string, string, string, string, string];
    const code = /^\d{1,3}$/.test(rawCode) ? rawCode.padStart(4, '0') : rawCode;
    const id = slugify(name);
    for (const [key, seen, label] of [
      [id, byId, 'id'],
      [code, byCode, 'kommunekode'],
    ] as const) {
      if (seen.has(key)) {
        problems.push(problem('duplicate-id', { file, line: lineNo, field: label, value: key }, { kind: 'csv-row', earlierLine: seen.get(key) }));
      }
      seen.set(key, lineNo);
    }
    rows.push({ id, code, name, officialName, region, regionId: slugify(region), regionCode, line: lineNo });
  });
  if (!rows.length && !problems.length) {
    problems.push(problem('csv-empty', { file, line: 1 }));
  }
  if (problems.length) throw new ContentError(problems);
  return rows;
}
