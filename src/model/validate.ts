// Phase 3 of the content check: every candidate against its collection's schema. Entries that
// pass become the model's entries; entries that fail still count as existing (as stubs with
// their good fields), so references to them and from them are checked without false alarms.
import type { ContentProblem } from './problem';
import type { PlainEntry } from './entry';
import { isCalendarDay, lineOf, type PathStep } from './yaml';
import { DATE_HINT, fieldName, formatRaw, problemsFromIssue, siteErrorMap, valueAt } from './zod-problems';
import { splitFrontmatter, type Candidate } from './read';
import { dateRules } from './rules/dates';
import { blankTextFields } from './rules/text';
import { COLLECTIONS, folderOf, type CollectionName, type CollectionSpec } from './registry';

/** Text left in scaffolded files (`npm run ny`) where the editor must write something. */
export const PLACEHOLDER = 'UDFYLD';

export interface ValidEntry extends PlainEntry {
  draft: boolean;
  /** The file's text, and where its front matter/data starts (0-based line offset). */
  text: string;
  /** Data as written, before the schema's defaults and coercion. */
  raw: unknown;
  lineOffset: number;
}

export interface Validation {
  valid: ValidEntry[];
  /** Entries that exist but failed (their good fields only). */
  stubs: PlainEntry[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** Finds the line of a field path in a candidate's file. */
export function lineFinder(c: Candidate): (p: readonly PathStep[]) => number | undefined {
  if (c.spec.kind === 'csv') return () => c.line;
  const prefix: PathStep[] = c.index === undefined ? [] : [c.index];
  const yamlText = c.spec.kind === 'page' ? (splitFrontmatter(c.text).yaml ?? '') : c.text;
  return (p) => {
    const line = lineOf(yamlText, [...prefix, ...p]);
    return line === undefined ? (c.index !== undefined ? lineOf(yamlText, prefix) : undefined) : line + c.lineOffset;
  };
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
function belongsElsewhere(c: Candidate): ContentProblem | undefined {
  const other = rows.find((r) => r !== c.spec && r.kind === c.spec.kind && r.schema.safeParse(c.raw).success);
  if (!other) return undefined;
  const data = c.raw as Record<string, unknown>;
  const where = other.perMunicipality
    ? `content/${other.path}/${typeof data['municipality'] === 'string' ? data['municipality'] : '<kommune>'}/`
    : folderOf(other);
  return {
    file: c.file,
    code: 'file-placement',
    message: `Filen ligger i content/${c.spec.path}/, men ligner ${other.noun}.`,
    hint: `Flyt filen til ${where}.`,
  };
}

/** Phase 3: schemas, strict dates, placeholders, and the folder an entry is filed under. */
export function validateCandidates(
  candidates: readonly Candidate[],
  options: { today: Date; lineOf: (e: ValidEntry, field: string) => number | undefined },
): Validation {
  const out: Validation = { valid: [], stubs: [], errors: [], warnings: [] };
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
      out.errors.push(
        ...result.error.issues.flatMap((issue) =>
          problemsFromIssue(issue, { file: c.file, schema: c.spec.schema, raw: c.raw, line, prefix }).map((p) => ({
            code: `schema-${issue.code}` as const,
            ...p,
          })),
        ),
      );
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
      out.errors.push({
        file: c.file,
        ...at(path),
        code: 'bad-date',
        field: fieldName([...prefix, ...path]),
        value: valueAt(c.raw, path),
        message: 'Ugyldig dato: datoer skal skrives som ÅÅÅÅ-MM-DD og være en dag, der findes.',
        hint: DATE_HINT,
      });
    }
    // A draft may be unfinished; a published entry may not.
    for (const path of placeholders(c.raw)) {
      (draft ? out.warnings : out.errors).push({
        file: c.file,
        ...at(path),
        code: 'placeholder',
        field: fieldName([...prefix, ...path]),
        value: formatRaw(valueAt(c.raw, path)),
        message: draft ? 'Feltet er ikke udfyldt endnu.' : 'Feltet er ikke udfyldt: der står stadig UDFYLD, og filen udgives (draft: false).',
        hint: `Erstat teksten "${PLACEHOLDER} …" med det rigtige indhold${draft ? '' : '. Eller sæt draft: true, så den forbliver en kladde, indtil den er færdig'}.`,
      });
    }
    if (c.spec.perMunicipality) {
      const folder = c.id.split('/')[0];
      const municipality = data['municipality'];
      // An unknown municipality is reported by the reference check; a folder mismatch only for a real one.
      if (typeof municipality === 'string' && folder !== municipality && municipalityIds.has(municipality)) {
        out.errors.push({
          file: c.file,
          ...at(['municipality']),
          code: 'wrong-folder',
          field: 'municipality',
          value: municipality,
          message: `Filen ligger i mappen for ${folder}, men feltet municipality siger ${municipality}.`,
          hint: `Flyt filen til content/${c.spec.path}/${municipality}/, eller ret municipality til ${folder}.`,
        });
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
    };
    // Rules between one entry's dates (a future factsAsOf, a strategy adopted after its period).
    out.errors.push(...dateRules(entry, options.today, (field) => options.lineOf(entry, field)));
    out.valid.push(entry);
  }
  return out;
}
