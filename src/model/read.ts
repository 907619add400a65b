// Phase 2 of the content check: read each placed file into candidate entries (CSV rows, YAML
// list items, YAML records, MDX/Markdown pages with their front matter), with the lines needed
// to point editors at their mistakes. Nothing is validated here but syntax.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type Problem } from './problem';
import { problem } from './problems';
import { readMunicipalityRows } from './municipalities-csv';
import { boundaryCodes, municipalityRowProblems, type MunicipalityRowLike } from './rules/municipalities';
import { listItemProblems } from './yaml-list';
import { parseYaml, type PathStep } from './parse/yaml';
import { parsePage, type ParsedPage } from './parse/page';
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
  /** Page body (the text after the front matter). */
  body?: string;
  /** The page's one parse (its tree's lines are the file's). */
  page?: ParsedPage;
  /** The 1-based line of a field path in the file (for list items: within the item). */
  lineOf: (path: readonly PathStep[]) => number | undefined;
  /** For CSV rows: the row's line. */
  line?: number;
  /** The file could not be read (syntax error): the entry exists, so references to it are not reported. */
  unreadable?: boolean;
}

export interface Reading {
  candidates: Candidate[];
  problems: Problem[];
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

/** Content files are small; a file past this is a mistake (a pasted export, a binary), not content. */
export const MAX_CONTENT_BYTES = 256 * 1024;

function problemsOf(err: unknown): Problem[] {
  if (err instanceof ContentError) return err.problems;
  throw err;
}

function readCsv(placed: PlacedFile, text: string, out: Reading, options: ReadOptions): void {
  try {
    const rows = readMunicipalityRows(text, placed.file);
    out.municipalityRows.push(...rows);
    out.problems.push(...municipalityRowProblems(rows, placed.file, mapBoundaries(options.srcDir)));
    for (const { id, line, ...row } of rows)
      out.candidates.push({ spec: placed.spec, file: placed.file, id, raw: row, text, lineOffset: 0, line, lineOf: () => line });
  } catch (err) {
    out.problems.push(...problemsOf(err).map((p) => ({ ...p, target: placed.spec.name })));
    out.failed.add(placed.spec.name as CollectionName);
  }
}

function readList(placed: PlacedFile, text: string, out: Reading): void {
  const { spec, file } = placed;
  const parsed = parseYaml(text, file);
  if (parsed.problem) {
    out.problems.push(parsed.problem);
    out.failed.add(spec.name as CollectionName);
    return;
  }
  const items = parsed.value;
  if (!Array.isArray(items)) {
    out.problems.push(problem('not-a-list', { file, line: 1 }));
    out.failed.add(spec.name as CollectionName);
    return;
  }
  // Lists keep `id` in the schema (themes, sources, questions, synonyms). An item without a usable or with a
  // repeated id is reported; the others go on, so one duplicate does not make every reference to the list fail.
  const problems = listItemProblems(items, file, parsed.lineOf);
  out.problems.push(...problems);
  const seen = new Set<string>();
  items.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '' || seen.has(id)) return;
    seen.add(id);
    const lineOf = (path: readonly PathStep[]) => parsed.lineOf([index, ...path]);
    out.candidates.push({ spec, file, id, raw: item, text, lineOffset: 0, index, lineOf });
  });
}

function readEntry(placed: PlacedFile & { id: string }, text: string): { candidate: Candidate; problem?: Problem } {
  const { spec, file, id } = placed;
  const noLines = () => undefined;
  const unreadable = (problem: Problem, page?: ParsedPage) => ({
    candidate: { spec, file, id, raw: {}, text, lineOffset: 0, unreadable: true, lineOf: noLines, ...(page ? { page, body: page.body } : {}) },
    problem,
  });
  let candidate: Candidate;
  if (spec.kind === 'record') {
    const parsed = parseYaml(text, file);
    if (parsed.problem) return unreadable(parsed.problem);
    candidate = { spec, file, id, raw: parsed.value, text, lineOffset: 0, lineOf: parsed.lineOf };
  } else {
    const page = parsePage(text, file.endsWith('.mdx'));
    if (page.frontmatter === undefined) {
      return unreadable(problem('no-frontmatter', { file, line: 1 }));
    }
    const parsed = parseYaml(page.frontmatter.text, file, page.frontmatter.lineOffset);
    if (parsed.problem) return unreadable(parsed.problem, page);
    candidate = { spec, file, id, raw: parsed.value ?? {}, text, lineOffset: page.frontmatter.lineOffset, body: page.body, page, lineOf: parsed.lineOf };
  }
  const raw = candidate.raw;
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    return unreadable(problem('not-a-record', { file }, { empty: raw == null }));
  }
  return { candidate };
}

/** A file too large to be content: one error naming it, and nothing parsed. */
function tooLarge(file: string, bytes: number): Problem {
  return problem('file-too-large', { file, value: `${Math.round(bytes / 1024)} kB` }, { kB: Math.round(bytes / 1024), limitKB: MAX_CONTENT_BYTES / 1024 });
}

/** Phase 2: read every placed file. */
export function readContent(contentDir: string, placed: readonly PlacedFile[], options: ReadOptions): Reading {
  const out: Reading = { candidates: [], problems: [], failed: new Set(), municipalityRows: [] };
  const byKey = new Map<string, Candidate>();
  for (const p of placed) {
    const full = path.join(contentDir, p.rel);
    const bytes = statSync(full).size;
    if (bytes > MAX_CONTENT_BYTES) {
      out.problems.push({ ...tooLarge(p.file, bytes), ...(p.spec.kind === 'csv' || p.spec.kind === 'list' ? { target: p.spec.name } : {}) });
      if (p.spec.kind === 'csv' || p.spec.kind === 'list') out.failed.add(p.spec.name as CollectionName);
      else if (p.id !== undefined)
        out.candidates.push({ spec: p.spec, file: p.file, id: p.id, raw: {}, text: '', lineOffset: 0, unreadable: true, lineOf: () => undefined });
      continue;
    }
    const text = readFileSync(full, 'utf8');
    if (p.spec.kind === 'csv') readCsv(p, text, out, options);
    else if (p.spec.kind === 'list') readList(p, text, out);
    else {
      const id = p.id!;
      const key = `${p.spec.name}/${id}`;
      const earlier = byKey.get(key);
      if (earlier) {
        out.problems.push(
          problem('duplicate-id', { file: p.file, field: 'id (filnavnet)', value: id }, { kind: 'file', id, earlier: earlier.file, file: p.file }),
        );
        continue;
      }
      const { candidate, problem: unreadable } = readEntry({ ...p, id }, text);
      if (unreadable) out.problems.push(unreadable);
      byKey.set(key, candidate);
      out.candidates.push(candidate);
    }
  }
  return out;
}
