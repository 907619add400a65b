// Parses content/data/kommuner.csv, the 98 municipalities (copied from shared/data).
import { slugify } from '../schemas/slug';
import { ContentError, type ContentProblem } from './problem';

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

/** Splits one CSV line on `delimiter`, honouring double quotes ("a ""b""", "x;y"). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads the CSV as editors may save it: UTF-8 with or without BOM, comma or semicolon (Danish
 * Excel), quoted or not, and codes whose leading zero Excel dropped (`851` → `0851`; codes are
 * numbers from 101 to 860, so padding is unambiguous). Rows keep their line numbers.
 */
export function readMunicipalityRows(text: string, file: string): (MunicipalityRow & { line: number })[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  const header = splitCsvLine(first, delimiter).map((h) => h.toLowerCase());
  if (header.join(',') !== HEADER.join(',')) {
    throw new ContentError([
      {
        file,
        line: 1,
        value: first,
        code: 'csv-header',
        message: `Første linje skal være kolonnernes navne: ${HEADER.join(',')}.`,
        hint: 'Ret første linje, eller hent filen igen fra shared/data/kommuner.csv. Komma eller semikolon mellem felterne er begge i orden.',
      },
    ]);
  }
  const problems: ContentProblem[] = [];
  const rows: (MunicipalityRow & { line: number })[] = [];
  const byId = new Map<string, number>();
  const byCode = new Map<string, number>();
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '' || /^[;,\s]*$/.test(line)) return;
    const lineNo = i + 1;
    const cells = splitCsvLine(line, delimiter);
    if (cells.length !== HEADER.length) {
      problems.push({
        file,
        line: lineNo,
        value: line,
        code: 'csv-row',
        message: `Linjen skal have ${HEADER.length} felter adskilt af ${delimiter === ';' ? 'semikolon' : 'komma'}, men har ${cells.length}.`,
        hint: `Felterne er ${HEADER.join(', ')}. Indeholder et navn ${delimiter === ';' ? 'semikolon' : 'komma'}, så sæt det i anførselstegn.`,
      });
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
        problems.push({
          file,
          line: lineNo,
          code: 'duplicate-id',
          field: label,
          value: key,
          message: `Findes allerede på linje ${seen.get(key)}.`,
          hint: 'Hver kommune står én gang i listen. Slet den ene linje.',
        });
      }
      seen.set(key, lineNo);
    }
    rows.push({ id, code, name, officialName, region, regionId: slugify(region), regionCode, line: lineNo });
  });
  if (!rows.length && !problems.length) {
    problems.push({
      file,
      line: 1,
      code: 'csv-empty',
      message: 'Filen har kun overskriftslinjen og ingen kommuner.',
      hint: 'Hent listen over de 98 kommuner igen fra shared/data/kommuner.csv.',
    });
  }
  if (problems.length) throw new ContentError(problems);
  return rows;
}
