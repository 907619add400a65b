// Phase 3 of the content check: every candidate against its collection's schema. Entries that
// pass become the model's entries; entries that fail still count as existing (as stubs with
// their good fields), so references to them and from them are checked without false alarms.
import type { Problem } from './problem';
import { problem } from './problems';
import type { PlainEntry } from './entry';
import { isCalendarDay, type PathStep } from './yaml';
import { fieldName, formatRaw, problemsFromIssue, siteErrorMap, valueAt } from './zod-problems';
import type { Candidate } from './read';
import { dateRules } from './rules/dates';
import { danishDate } from './rules/danish-dates';
import { blankTextFields } from './rules/text';
import { emptySourcesProblem } from './rules/sources';
import { COLLECTIONS, entryPath, folderOf, type CollectionName, type CollectionSpec } from './registry';
import { slugify } from '../schemas/slug';

/** Text left in scaffolded files (`npm run ny`) where the editor must write something. */
export const PLACEHOLDER = 'UDFYLD';

export interface ValidEntry extends PlainEntry {
  draft: boolean;
  /** The file's text, and where its front matter/data starts (0-based line offset). */
  text: string;
  /** Data as written, before the schema's defaults and coercion. */
  raw: unknown;
  lineOffset: number;
  /** The line of a field path in the entry's file, from the one parse. */
  lineOf: (path: readonly PathStep[]) => number | undefined;
  /** The page's one parse (pages only). */
  page?: Candidate['page'];
}

export interface Validation {
  valid: ValidEntry[];
  /** Entries that exist but failed (their good fields only). */
  stubs: PlainEntry[];
  errors: Problem[];
  warnings: Problem[];
  /**
   * For each entry that failed its schema, its first problem, under the keys references to it use:
   * `collection/id` (also the id as it was probably meant, `En Indgang` → `en-indgang`) and, for
   * entries with a page, `page/<path>/`. References that fail because of it are listed under it.
   */
  causes: Map<string, Problem>;
}

/**
 * A reference key with its id as it was probably meant: slug form without hyphens, so
 * `temaer/En Indgang`, `temaer/en-indgang` and `temaer/enindgang` meet. Used to find the cause of a
 * failing reference when the target's own id is what is wrong.
 */
export function looseKey(key: string): string {
  const cut = key.startsWith('page/') ? key.indexOf('/', 5) : key.indexOf('/');
  return `~${key.slice(0, cut + 1)}${slugify(key.slice(cut + 1)).replaceAll('-', '')}`;
}

/** Finds the line of a field path in a candidate's file (for a list item: the item's line when the field is not there). */
export function lineFinder(c: Candidate): (p: readonly PathStep[]) => number | undefined {
  if (c.spec.kind === 'csv') return () => c.line;
  return (p) => c.lineOf(p) ?? (c.index !== undefined ? c.lineOf([]) : undefined);
}

/** Dates the schema coerced from text: only YYYY-MM-DD is allowed (`10.12.2014` would silently become 12 October). */
function looseDates(out: unknown, raw: unknown, at: PathStep[] = []): PathStep[][] {
  if (out instanceof Date) {
    const r = valueAt(raw, at);
    return typeof r === 'string' && !isCalendarDay(r) ? [at] : [];
  }
  if (Array.isArray(out)) return out.flatMap((v, i) => looseDates(v, raw, [...at, i]));
  if (out && typeof out === 'object') return Object.entries(out).flatMap(([k, v]) => looseDates(v, raw, [...at, k]));
  return [];
}

function placeholders(value: unknown, at: PathStep[] = []): PathStep[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...at, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...at, k]));
  return [];
}

const rows: readonly CollectionSpec[] = COLLECTIONS;

/** A file in the wrong folder often fits another collection's schema: say where it belongs. */
function belongsElsewhere(c: Candidate): Problem | undefined {
  const other = rows.find((r) => r !== c.spec && r.kind === c.spec.kind && r.schema.safeParse(c.raw).success);
  if (!other) return undefined;
  const data = c.raw as Record<string, unknown>;
  const where = other.perMunicipality
    ? `content/${other.path}/${typeof data['municipality'] === 'string' ? data['municipality'] : '<kommune>'}/`
    : folderOf(other);
  return problem('file-placement', { file: c.file }, { kind: 'looks-like', path: c.spec.path, noun: other.noun, where });
}

/** Phase 3: schemas, strict dates, placeholders, and the folder an entry is filed under. */
export function validateCandidates(
  candidates: readonly Candidate[],
  options: { today: Date; lineOf: (e: ValidEntry, field: string) => number | undefined },
): Validation {
  const out: Validation = { valid: [], stubs: [], errors: [], warnings: [], causes: new Map() };
  const municipalityIds = new Set(candidates.filter((c) => c.spec.name === 'municipalities').map((c) => c.id));
  for (const c of candidates) {
    const collection = c.spec.name as CollectionName;
    if (c.unreadable) {
      out.stubs.push({ collection, id: c.id, filePath: c.file, data: {} });
      continue;
    }
    const line = lineFinder(c);
    out.errors.push(...blankTextFields(c.raw, c.file, line));
    const at = (path: PathStep[]) => {
      const l = line(path);
      return l === undefined ? {} : { line: l };
    };
    const prefix: PathStep[] = c.index === undefined ? [] : [c.index];
    const result = c.spec.schema.safeParse(c.raw, { error: siteErrorMap });
    if (!result.success) {
      const problems = result.error.issues.flatMap((issue) => problemsFromIssue(issue, { file: c.file, schema: c.spec.schema, raw: c.raw, line, prefix }));
      out.errors.push(...problems);
      if (problems[0]) {
        const page = entryPath(collection, c.id);
        const keys = [`${collection}/${c.id}`, looseKey(`${collection}/${c.id}`), ...(page ? [`page/${page}/`, looseKey(`page/${page}/`)] : [])];
        for (const key of new Set(keys)) {
          if (!out.causes.has(key)) out.causes.set(key, problems[0]);
        }
      }
      if (c.spec.kind !== 'list' && result.error.issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0)) {
        const elsewhere = belongsElsewhere(c);
        if (elsewhere) out.errors.push(elsewhere);
      }
      // Keep the fields without schema problems, so their references are still checked.
      const bad = new Set(result.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [String(i.path[0] ?? '')])));
      const partial = Object.fromEntries(Object.entries(c.raw as Record<string, unknown>).filter(([k]) => !bad.has(k) && !bad.has('')));
      out.stubs.push({ collection, id: c.id, filePath: c.file, data: partial });
      continue;
    }
    const data = result.data as Record<string, unknown>;
    const draft = data['draft'] === true;
    for (const path of looseDates(data, c.raw)) {
      const value = valueAt(c.raw, path);
      // "1.9.2018" is read by JavaScript as 9 January: say what it means instead.
      const asIso = typeof value === 'string' ? danishDate(value) : undefined;
      out.errors.push(problem('bad-date', { file: c.file, ...at(path), field: fieldName([...prefix, ...path]), value }, { value, asIso }));
    }
    // A draft may be unfinished; a published entry may not.
    for (const path of placeholders(c.raw)) {
      (draft ? out.warnings : out.errors).push(
        problem(
          'placeholder',
          { file: c.file, ...at(path), field: fieldName([...prefix, ...path]), value: formatRaw(valueAt(c.raw, path)) },
          { in: 'field', draft, marker: PLACEHOLDER },
        ),
      );
    }
    const noSources = emptySourcesProblem(data, draft, { file: c.file, field: fieldName([...prefix, 'sources']), ...at(['sources']) });
    if (noSources) (noSources.draft ? out.warnings : out.errors).push(noSources.problem);
    if (c.spec.perMunicipality) {
      const folder = c.id.split('/')[0];
      const municipality = data['municipality'];
      // An unknown municipality is reported by the reference check; a folder mismatch only for a real one.
      if (typeof municipality === 'string' && folder !== municipality && municipalityIds.has(municipality)) {
        out.errors.push(
          problem(
            'wrong-folder',
            { file: c.file, ...at(['municipality']), field: 'municipality', value: municipality },
            { folder: folder!, municipality, path: c.spec.path },
          ),
        );
      }
    }
    const entry: ValidEntry = {
      collection,
      id: c.id,
      filePath: c.file,
      data,
      ...(c.body !== undefined ? { body: c.body } : {}),
      draft,
      text: c.text,
      raw: c.raw,
      lineOffset: c.lineOffset,
      lineOf: c.lineOf,
      ...(c.page ? { page: c.page } : {}),
    };
    // Rules between one entry's dates (a future factsAsOf, a strategy adopted after its period).
    out.errors.push(...dateRules(entry, options.today, (field) => options.lineOf(entry, field), c.spec.schema, c.index === undefined ? '' : `[${c.index}].`));
    out.valid.push(entry);
  }
  return out;
}
