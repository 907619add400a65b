// Phase 2 of the content check: read each placed file into candidate entries (CSV rows, YAML
// list items, YAML records, MDX/Markdown pages with their front matter), with the lines needed
// to point editors at their mistakes. Nothing is validated here but syntax.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from './problem';
import { readMunicipalityRows } from './municipalities-csv';
import { boundaryCodes, municipalityRowProblems, type MunicipalityRowLike } from './rules/municipalities';
import { parseYamlList, yamlSyntaxProblem } from './yaml-list';
import { loadYaml } from './yaml';
import type { PlacedFile } from './files';
import type { CollectionName, CollectionSpec } from './registry';

export interface Candidate {
  spec: CollectionSpec;
  file: string;
  id: string;
  /** The data as written, before the schema's defaults and coercion. */
  raw: unknown;
  text: string;
  /** 0-based line offset of the data (front matter) in the file. */
  lineOffset: number;
  /** For list items: the index in the list, so lines can be found. */
  index?: number;
  /** Page body, and the body with the front matter blanked out so its lines match the file. */
  body?: string;
  bodyWithLines?: string;
  /** For CSV rows: the row's line. */
  line?: number;
  /** The file could not be read (syntax error): the entry exists, so references to it are not reported. */
  unreadable?: boolean;
}

export interface Reading {
  candidates: Candidate[];
  problems: ContentProblem[];
  /** Data files that could not be read at all: references into them are not reported (the file's own error is). */
  failed: Set<CollectionName>;
  /** The municipality list's rows, for recognising an official code typed where an id belongs. */
  municipalityRows: MunicipalityRowLike[];
}

export interface ReadOptions {
  /** The Astro srcDir: its data/kommuner.topojson holds the map boundaries each municipality needs. */
  srcDir: string;
}

/** Municipality codes with a boundary in the map data, if the file is there. */
function mapBoundaries(srcDir: string): Set<string> | undefined {
  const file = path.join(srcDir, 'data/kommuner.topojson');
  return existsSync(file) ? boundaryCodes(readFileSync(file, 'utf8')) : undefined;
}

const FRONTMATTER = /^(\uFEFF?\s*\n?)---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX/Markdown file into front matter (with its 0-based line offset) and the body, also with the front matter blanked out. */
export function splitFrontmatter(text: string): { yaml?: string; offset: number; body: string; bodyOnly: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { offset: 0, body: text, bodyOnly: text };
  const offset = (m[1] ?? '').split('\n').length; // the line after the opening ---
  const blanked = m[0].replace(/[^\n]/g, '');
  return { yaml: m[2] ?? '', offset, body: blanked + text.slice(m[0].length), bodyOnly: text.slice(m[0].length) };
}

function problemsOf(err: unknown): ContentProblem[] {
  if (err instanceof ContentError) return err.problems;
  throw err;
}

function readCsv(placed: PlacedFile, text: string, out: Reading, options: ReadOptions): void {
  try {
    const rows = readMunicipalityRows(text, placed.file);
    out.municipalityRows.push(...rows);
    out.problems.push(...municipalityRowProblems(rows, placed.file, mapBoundaries(options.srcDir)));
    for (const { id, line, ...row } of rows) out.candidates.push({ spec: placed.spec, file: placed.file, id, raw: row, text, lineOffset: 0, line });
  } catch (err) {
    out.problems.push(...problemsOf(err).map((p) => ({ ...p, target: placed.spec.name })));
    out.failed.add(placed.spec.name as CollectionName);
  }
}

function readList(placed: PlacedFile, text: string, out: Reading): void {
  const { spec, file } = placed;
  try {
    // Lists keep `id` in the schema (themes, sources, questions, synonyms).
    parseYamlList(text, file, loadYaml).forEach((item, index) =>
      out.candidates.push({ spec, file, id: String(item['id']), raw: item, text, lineOffset: 0, index }),
    );
  } catch (err) {
    out.problems.push(...problemsOf(err));
    // Go on with the items that have a unique id, so one duplicate does not make every reference to the list fail.
    let items: unknown;
    try {
      items = loadYaml(text);
    } catch {
      items = undefined;
    }
    if (!Array.isArray(items)) {
      out.failed.add(spec.name as CollectionName);
      return;
    }
    const seen = new Set<string>();
    items.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || seen.has(id)) return;
      seen.add(id);
      out.candidates.push({ spec, file, id, raw: item, text, lineOffset: 0, index });
    });
  }
}

function readEntry(placed: PlacedFile & { id: string }, text: string): { candidate: Candidate; problem?: ContentProblem } {
  const { spec, file, id } = placed;
  const unreadable = (problem: ContentProblem) => ({ candidate: { spec, file, id, raw: {}, text, lineOffset: 0, unreadable: true }, problem });
  let candidate: Candidate;
  if (spec.kind === 'record') {
    try {
      candidate = { spec, file, id, raw: loadYaml(text), text, lineOffset: 0 };
    } catch (err) {
      return unreadable(yamlSyntaxProblem(err, file));
    }
  } else {
    const split = splitFrontmatter(text);
    if (split.yaml === undefined) {
      return unreadable({
        file,
        line: 1,
        code: 'no-frontmatter',
        message: 'Filen mangler frontmatter: sidens felter mellem to linjer med --- øverst i filen.',
        hint: 'Start filen med en linje med ---, så felterne (title: …, summary: … osv.), så en linje med ---, og derefter sidens tekst. Brug `npm run ny` for at få en skabelon.',
      });
    }
    try {
      candidate = { spec, file, id, raw: loadYaml(split.yaml) ?? {}, text, lineOffset: split.offset, body: split.bodyOnly, bodyWithLines: split.body };
    } catch (err) {
      return unreadable(yamlSyntaxProblem(err, file, split.offset));
    }
  }
  const raw = candidate.raw;
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    return unreadable({
      file,
      code: 'not-a-record',
      message: raw == null ? 'Filen er tom.' : 'Filen skal bestå af felter på formen "navn: værdi", én pr. linje.',
      hint: 'Brug `npm run ny` for at få en skabelon med alle felter forklaret.',
    });
  }
  return { candidate };
}

/** Phase 2: read every placed file. */
export function readContent(contentDir: string, placed: readonly PlacedFile[], options: ReadOptions): Reading {
  const out: Reading = { candidates: [], problems: [], failed: new Set(), municipalityRows: [] };
  const byKey = new Map<string, Candidate>();
  for (const p of placed) {
    const text = readFileSync(path.join(contentDir, p.rel), 'utf8');
    if (p.spec.kind === 'csv') readCsv(p, text, out, options);
    else if (p.spec.kind === 'list') readList(p, text, out);
    else {
      const id = p.id!;
      const key = `${p.spec.name}/${id}`;
      const earlier = byKey.get(key);
      if (earlier) {
        out.problems.push({
          file: p.file,
          code: 'duplicate-id',
          field: 'id (filnavnet)',
          value: id,
          message: `To filer har samme id "${id}": ${earlier.file} og ${p.file}.`,
          hint: 'Slet eller omdøb den ene fil. Filnavnet (uden endelse) er sidens id og skal være unikt i mappen.',
        });
        continue;
      }
      const { candidate, problem } = readEntry({ ...p, id }, text);
      if (problem) out.problems.push(problem);
      byKey.set(key, candidate);
      out.candidates.push(candidate);
    }
  }
  return out;
}
