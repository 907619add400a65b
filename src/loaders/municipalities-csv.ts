// Parses content/data/kommuner.csv, the 98 municipalities (copied from shared/data).
import { slugify } from '../lib/slug';
import { ContentError, type ContentProblem } from './content-error';

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

/** Parses the CSV (no quoted fields: names never contain commas) into rows with slug ids. */
export function parseMunicipalitiesCsv(text: string, file: string): MunicipalityRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',');
  if (header?.join(',') !== HEADER.join(',')) {
    throw new ContentError([{ file, line: 1, message: `Første linje skal være "${HEADER.join(',')}".` }]);
  }
  const problems: ContentProblem[] = [];
  const rows: MunicipalityRow[] = [];
  const byId = new Map<string, number>();
  const byCode = new Map<string, number>();
  lines.forEach((line, i) => {
    const lineNo = i + 2;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== HEADER.length) {
      problems.push({ file, line: lineNo, value: line, message: `Linjen skal have ${HEADER.length} felter adskilt af komma.` });
      return;
    }
    const [code, name, officialName, region, regionCode] = cells as [string, string, string, string, string];
    const id = slugify(name);
    for (const [key, seen, label] of [[id, byId, 'id'], [code, byCode, 'kommunekode']] as const) {
      if (seen.has(key)) {
        problems.push({ file, line: lineNo, field: label, value: key, message: `Findes allerede på linje ${seen.get(key)}.` });
      }
      seen.set(key, lineNo);
    }
    rows.push({ id, code, name, officialName, region, regionId: slugify(region), regionCode });
  });
  if (problems.length) throw new ContentError(problems);
  return rows;
}
