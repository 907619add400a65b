// The content checker behind `npm run tjek` and the build (src/integrations/editor-checks.ts).
// It reads content/ directly, validates with the same schemas, reference check and rules the
// site uses, checks files' places and names, MDX syntax, links and images, and reports every
// problem in Danish with file, line, field, value and a hint. Review dates become warnings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closest } from '../lib/closest';
import type { CollectionName } from '../lib/collections';
import { checkContentRules } from '../lib/content-rules';
import type { PlainEntry } from '../lib/entry';
import { checkReferences, pagePathOf, REFERENCE_FIELDS, type ReferenceTarget } from '../lib/references';
import { ContentError, type ContentProblem } from '../loaders/content-error';
import { readMunicipalityRows } from '../loaders/municipalities-csv';
import { idFromPath } from '../loaders/strict-glob';
import { parseYamlList, yamlSyntaxProblem } from '../loaders/yaml-list';
import { BODY_REQUIRED, LAYOUT, PUBLISHING_COLLECTIONS, layoutOf, type CollectionLayout } from './layout';
import { checkBody, parseBody, placeholderLines } from './mdx';
import { checkMdxSafety, componentPlacementProblems } from '../model/rules/mdx-safety';
import { dateRules } from '../model/rules/dates';
import { boundaryCodes, municipalityCodeHint, municipalityRowProblems, type MunicipalityRowLike } from '../model/rules/municipalities';
import { blankTextFields, publishedPlaceholders } from '../model/rules/text';
import { sitePaths } from './pages';
import { reviewWarnings } from './review';
import { isCalendarDay, lineOf, loadYaml, type PathStep } from './yaml';
import { DATE_HINT, fieldName, formatRaw, problemsFromIssue, valueAt } from './zod-problems';

/** Text left in scaffolded files (`npm run ny`) where the editor must write something. */
export const PLACEHOLDER = 'UDFYLD';

export interface CheckOptions {
  /** The Astro srcDir (default: <root>/src); its pages/ folder gives the site's fixed routes. */
  srcDir?: string;
  /** The Astro publicDir (default: <root>/public); files there may be linked to. */
  publicDir?: string;
  /** "Today", for review dates (default: now). */
  today?: Date;
}

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** How many files under content/ were read. */
  files: number;
  /** Every entry that passed its schema (drafts included), as the site will see it. */
  entries: CheckedEntry[];
}

export interface CheckedEntry extends PlainEntry {
  draft: boolean;
  /** The file's text, and where its frontmatter/data starts (0-based line offset). */
  text: string;
  /** Data as written, before the schema's defaults and coercion. */
  raw: unknown;
  lineOffset: number;
}

interface FileRecord {
  /** Relative to the project root, posix separators. */
  file: string;
  /** Relative to content/. */
  rel: string;
}

const FRONTMATTER = /^(\uFEFF?\s*\n?)---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => {
      // `x.mdx` before `x.md`, so a stray .md twin is the one reported.
      const stem = (f: string) => f.replace(/\.[^/.]*$/, '');
      return stem(a).localeCompare(stem(b)) || Number(b.endsWith('.mdx')) - Number(a.endsWith('.mdx')) || a.localeCompare(b);
    });
}

const RECORD_FOLDERS = LAYOUT.filter((l) => l.kind === 'record' || l.kind === 'page');
const DATA_FILES = LAYOUT.filter((l) => l.kind === 'csv' || l.kind === 'list');
const FOLDER_LIST = `${RECORD_FOLDERS.map((l) => `content/${l.path}/`).join(', ')} og content/data/`;

/** Where a file under content/ belongs; a problem when it is in no collection's place. */
function placeFile(rel: string, file: string): { layout: CollectionLayout } | { problem: ContentProblem } {
  const parts = rel.split('/');
  const ext = path.extname(rel).toLowerCase();
  if (parts[0] === 'data') {
    const layout = DATA_FILES.find((l) => l.path === rel);
    if (layout) return { layout };
    const names = DATA_FILES.map((l) => l.path.slice('data/'.length));
    const near = closest(parts.slice(1).join('/'), names, 1)[0];
    return {
      problem: {
        file,
        message: 'Filen er ikke en af sitets datafiler og bliver ikke læst.',
        hint: `Datafilerne i content/data/ er ${names.join(', ')}.${near ? ` Skulle filen hedde ${near}?` : ''} Sider og indsatser hører til i ${RECORD_FOLDERS.map((l) => `content/${l.path}/`).join(', ')}.`,
      },
    };
  }
  if (parts.length === 1) {
    return {
      problem: { file, message: 'Filen ligger direkte i content/ og bliver ikke læst.', hint: `Flyt den til den rigtige mappe: ${FOLDER_LIST}.` },
    };
  }
  const layout = RECORD_FOLDERS.find((l) => l.path === parts[0]);
  if (!layout) {
    const near = closest(parts[0]!, RECORD_FOLDERS.map((l) => l.path), 1)[0];
    return {
      problem: {
        file,
        message: `Mappen content/${parts[0]}/ findes ikke på sitet, så filen bliver ikke læst.`,
        hint: `${near ? `Mente du content/${near}/? ` : ''}Mapperne er ${FOLDER_LIST}.`,
      },
    };
  }
  const allowed = layout.extensions ?? [];
  if (!allowed.includes(ext)) {
    const yamlLike = ext === '.yml';
    const pageLike = ['.mdx', '.md', '.markdown'].includes(ext);
    const right = pageLike && layout.kind === 'record'
      ? ` Sider skrevet i MDX hører til i ${LAYOUT.filter((l) => l.kind === 'page').map((l) => `content/${l.path}/`).join(', ')}.`
      : ext === '.yaml' && layout.kind === 'page'
        ? ` YAML-filer hører til i ${LAYOUT.filter((l) => l.kind === 'record').map((l) => `content/${l.path}/`).join(', ')}.`
        : '';
    return {
      problem: {
        file,
        field: 'filendelse',
        value: ext || '(ingen)',
        message: `Filen har den forkerte endelse og bliver ikke læst. Filer i content/${layout.path}/ skal ende på ${allowed.join(' eller ')}.`,
        hint: `${yamlLike ? `Omdøb filen, så den ender på .yaml i stedet for .yml.` : `Omdøb filen til ${rel.replace(/\.[^/.]*$/, '')}${allowed[0]}, eller flyt den.`}${right}`,
      },
    };
  }
  if (layout.collection === 'initiatives') {
    if (parts.length !== 3) {
      return {
        problem: {
          file,
          message: 'En indsats skal ligge i en mappe for sin kommune: content/indsatser/<kommune>/<id>.yaml.',
          hint: parts.length === 2 ? `Flyt filen til content/indsatser/<kommune>/${parts[1]}, fx content/indsatser/aalborg/${parts[1]}.` : 'Flyt filen op, så den ligger direkte i kommunens mappe.',
        },
      };
    }
  } else if (parts.length !== 2) {
    return {
      problem: {
        file,
        message: `Filen ligger i en undermappe af content/${layout.path}/. Der må ikke være undermapper her.`,
        hint: `Flyt filen til content/${layout.path}/${parts.at(-1)}.`,
      },
    };
  }
  return { layout };
}

/** Splits an MDX/Markdown file into frontmatter text (with its 0-based line offset) and the body with the frontmatter blanked out. */
function splitFrontmatter(text: string): { yaml?: string; offset: number; body: string; bodyOnly: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { offset: 0, body: text, bodyOnly: text };
  const before = m[1] ?? '';
  const offset = before.split('\n').length; // the line after the opening ---
  const blanked = m[0].replace(/[^\n]/g, '');
  return { yaml: m[2] ?? '', offset: offset, body: blanked + text.slice(m[0].length), bodyOnly: text.slice(m[0].length) };
}

interface Candidate {
  layout: CollectionLayout;
  file: string;
  id: string;
  raw: unknown;
  text: string;
  lineOffset: number;
  /** For list items: the index in the list, so lines can be found. */
  index?: number;
  body?: string;
  bodyWithLines?: string;
  line?: number;
}

function lineFinder(c: Candidate): (p: readonly PathStep[]) => number | undefined {
  if (c.layout.kind === 'csv') return () => c.line;
  const prefix: PathStep[] = c.index === undefined ? [] : [c.index];
  const yamlText = c.layout.kind === 'page' ? (splitFrontmatter(c.text).yaml ?? '') : c.text;
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

function problemsOf(err: unknown): ContentProblem[] {
  if (err instanceof ContentError) return err.problems;
  throw err;
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}|${p.line}|${p.field}|${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Checks every file under <root>/content. Synchronous and fast: seconds for thousands of files. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const srcDir = options.srcDir ?? path.join(root, 'src');
  const publicDir = options.publicDir ?? path.join(root, 'public');
  const contentDir = path.join(root, 'content');
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const files: FileRecord[] = listFiles(contentDir).map((rel) => ({ rel, file: `content/${rel}` }));

  // 1. Places, names and parsing.
  const candidates: Candidate[] = [];
  const municipalityRows: MunicipalityRowLike[] = [];
  const byId = new Map<string, Candidate>();
  /** Data files that could not be read at all: references into them are not reported (the file's own error is). */
  const failed = new Set<CollectionName>();
  for (const { rel, file } of files) {
    const placed = placeFile(rel, file);
    if ('problem' in placed) {
      errors.push(placed.problem);
      continue;
    }
    const { layout } = placed;
    const text = readFileSync(path.join(contentDir, rel), 'utf8');
    if (layout.kind === 'csv') {
      try {
        const rows = readMunicipalityRows(text, file);
        municipalityRows.push(...rows);
        errors.push(...municipalityRowProblems(rows, file, mapBoundaries(srcDir)));
        for (const { id, line, ...row } of rows) candidates.push({ layout, file, id, raw: row, text, lineOffset: 0, line });
      } catch (err) {
        errors.push(...problemsOf(err));
        failed.add(layout.collection);
      }
      continue;
    }
    if (layout.kind === 'list') {
      try {
        parseYamlList(text, file, loadYaml).forEach((item, index) => {
          // Lists keep `id` in the schema (themes, sources, questions, synonyms).
          candidates.push({ layout, file, id: String(item['id']), raw: item, text, lineOffset: 0, index });
        });
      } catch (err) {
        errors.push(...problemsOf(err));
        // Go on with the items that have a unique id, so one duplicate does not make every reference to the list fail.
        let items: unknown;
        try {
          items = loadYaml(text);
        } catch {
          items = undefined;
        }
        if (!Array.isArray(items)) {
          failed.add(layout.collection);
          continue;
        }
        const seen = new Set<string>();
        items.forEach((item: unknown, index) => {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || seen.has(id)) return;
          seen.add(id);
          candidates.push({ layout, file, id, raw: item, text, lineOffset: 0, index });
        });
      }
      continue;
    }
    const entryPath = rel.slice(layout.path.length + 1);
    const id = idFromPath(entryPath);
    const key = `${layout.collection}/${id}`;
    const earlier = byId.get(key);
    if (earlier) {
      errors.push({
        file,
        field: 'id (filnavnet)',
        value: id,
        message: `To filer har samme id "${id}": ${earlier.file} og ${file}.`,
        hint: 'Slet eller omdøb den ene fil. Filnavnet (uden endelse) er sidens id og skal være unikt i mappen.',
      });
      continue;
    }
    let candidate: Candidate;
    if (layout.kind === 'record') {
      let raw: unknown;
      try {
        raw = loadYaml(text);
      } catch (err) {
        errors.push(yamlSyntaxProblem(err, file));
        byId.set(key, { layout, file, id, raw: {}, text, lineOffset: 0 });
        continue;
      }
      candidate = { layout, file, id, raw, text, lineOffset: 0 };
    } else {
      const split = splitFrontmatter(text);
      let raw: unknown = {};
      if (split.yaml === undefined) {
        errors.push({
          file,
          line: 1,
          message: 'Filen mangler frontmatter: sidens felter mellem to linjer med --- øverst i filen.',
          hint: 'Start filen med en linje med ---, så felterne (title: …, summary: … osv.), så en linje med ---, og derefter sidens tekst. Brug `npm run ny` for at få en skabelon.',
        });
        byId.set(key, { layout, file, id, raw: {}, text, lineOffset: 0 });
        continue;
      }
      try {
        raw = loadYaml(split.yaml) ?? {};
      } catch (err) {
        errors.push(yamlSyntaxProblem(err, file, split.offset));
        byId.set(key, { layout, file, id, raw: {}, text, lineOffset: 0 });
        continue;
      }
      candidate = { layout, file, id, raw, text, lineOffset: split.offset, body: split.bodyOnly, bodyWithLines: split.body };
    }
    if (candidate.raw === null || candidate.raw === undefined || typeof candidate.raw !== 'object' || Array.isArray(candidate.raw)) {
      errors.push({
        file,
        message: candidate.raw == null ? 'Filen er tom.' : 'Filen skal bestå af felter på formen "navn: værdi", én pr. linje.',
        hint: 'Brug `npm run ny` for at få en skabelon med alle felter forklaret.',
      });
      byId.set(key, { ...candidate, raw: {} });
      continue;
    }
    byId.set(key, candidate);
    candidates.push(candidate);
  }

  // 2. Schemas.
  const municipalityIds = new Set(candidates.filter((c) => c.layout.collection === 'municipalities').map((c) => c.id));
  const valid: CheckedEntry[] = [];
  const stubs: PlainEntry[] = [];
  const readable = new Set(candidates);
  for (const [, c] of byId) if (!readable.has(c)) stubs.push({ collection: c.layout.collection, id: c.id, filePath: c.file, data: {} });
  for (const c of candidates) {
    const line = lineFinder(c);
    const result = c.layout.schema.safeParse(c.raw);
    const fieldPrefix: PathStep[] = c.index === undefined ? [] : [c.index];
    if (!result.success) {
      const ctx = { file: c.file, schema: c.layout.schema, raw: c.raw, line, prefix: fieldPrefix };
      errors.push(...result.error.issues.flatMap((issue) => problemsFromIssue(issue, ctx)));
      if (result.error.issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0) && c.layout.kind !== 'list') {
        const other = LAYOUT.find((l) => l !== c.layout && l.kind === c.layout.kind && l.schema.safeParse(c.raw).success);
        if (other) {
          const data = c.raw as Record<string, unknown>;
          const where = other.collection === 'initiatives' ? `content/indsatser/${typeof data['municipality'] === 'string' ? data['municipality'] : '<kommune>'}/` : `content/${other.path}/`;
          errors.push({
            file: c.file,
            message: `Filen ligger i content/${c.layout.path}/, men ligner ${other.noun}.`,
            hint: `Flyt filen til ${where}.`,
          });
        }
      }
      // Keep the fields without schema problems, so their references are still checked.
      const bad = new Set(result.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [String(i.path[0] ?? '')])));
      const partial = Object.fromEntries(Object.entries(c.raw as Record<string, unknown>).filter(([k]) => !bad.has(k) && !bad.has('')));
      stubs.push({ collection: c.layout.collection, id: c.id, filePath: c.file, data: partial });
      continue;
    }
    const data = result.data as Record<string, unknown>;
    for (const at of looseDates(data, c.raw)) {
      const l = line(at);
      errors.push({
        file: c.file,
        ...(l !== undefined ? { line: l } : {}),
        field: fieldName([...fieldPrefix, ...at]),
        value: valueAt(c.raw, at),
        message: 'Ugyldig dato: datoer skal skrives som ÅÅÅÅ-MM-DD og være en dag, der findes.',
        hint: DATE_HINT,
      });
    }
    for (const at of placeholders(c.raw)) {
      const l = line(at);
      warnings.push({
        file: c.file,
        ...(l !== undefined ? { line: l } : {}),
        field: fieldName([...fieldPrefix, ...at]),
        value: formatRaw(valueAt(c.raw, at)),
        code: 'placeholder',
        message: 'Feltet er ikke udfyldt endnu.',
        hint: `Erstat teksten "${PLACEHOLDER} …" med det rigtige indhold.`,
      });
    }
    if (c.layout.collection === 'initiatives') {
      const folder = c.id.split('/')[0];
      const municipality = data['municipality'];
      // An unknown municipality is reported by the reference check; a folder mismatch only for a real one.
      if (typeof municipality === 'string' && folder !== municipality && municipalityIds.has(municipality)) {
        errors.push({
          file: c.file,
          ...(line(['municipality']) !== undefined ? { line: line(['municipality'])! } : {}),
          field: 'municipality',
          value: municipality,
          message: `Indsatsen ligger i mappen for ${folder}, men feltet municipality siger ${municipality}.`,
          hint: `Flyt filen til content/indsatser/${municipality}/, eller ret municipality til ${folder}.`,
        });
      }
    }
    valid.push({
      collection: c.layout.collection,
      id: c.id,
      filePath: c.file,
      data,
      ...(c.body !== undefined ? { body: c.body } : {}),
      draft: data['draft'] === true,
      text: c.text,
      raw: c.raw,
      lineOffset: c.lineOffset,
    });
  }

  // 3. MDX syntax, for every page that could be read (its frontmatter may still have problems).
  const trees = new Map<Candidate, { tree: NonNullable<ReturnType<typeof parseBody>['tree']>; draft: boolean }>();
  for (const c of candidates) {
    if (c.layout.kind !== 'page' || c.bodyWithLines === undefined) continue;
    const parsed = parseBody(c.bodyWithLines, c.file, c.file.endsWith('.mdx'));
    if (parsed.problem) errors.push(parsed.problem);
    else if (parsed.tree) trees.set(c, { tree: parsed.tree, draft: (c.raw as { draft?: unknown }).draft === true });
    if (parsed.tree) errors.push(...checkMdxSafety(parsed.tree, c.file), ...componentPlacementProblems(parsed.tree, c.file, c.layout.collection));
    for (const l of placeholderLines(c.bodyWithLines, PLACEHOLDER)) {
      warnings.push({ file: c.file, line: l, code: 'placeholder', message: 'Teksten er ikke udfyldt endnu.', hint: `Erstat "${PLACEHOLDER} …" med sidens rigtige tekst.` });
    }
  }

  // 4. References and rules across entries: as the production build sees them (drafts dropped),
  //    and as `npm run dev` sees them (drafts shown), reporting the latter only for drafts.
  const published = valid.filter((e) => !e.draft);
  const draftKeys = new Set(valid.filter((e) => e.draft).map((e) => `${e.collection}/${e.id}`));
  const draftFiles = new Set(valid.filter((e) => e.draft).map((e) => e.filePath));
  const draftPages = new Set(valid.filter((e) => e.draft).map((e) => pagePathOf(e.collection, e.id)).filter((p): p is string => p !== undefined));
  const crossProblems = (entries: PlainEntry[]) => [...checkReferences(entries), ...checkContentRules(entries.filter((e) => !stubs.includes(e)))];
  const intoFailed = (p: ContentProblem) => {
    if (!failed.size) return false;
    if (p.field === '<Answer question>') return failed.has('questions');
    const entry = valid.find((e) => e.filePath === p.file) ?? stubs.find((e) => e.filePath === p.file);
    const target = entry && p.field ? referenceTarget(entry.collection, p.field) : undefined;
    return target !== undefined && target !== 'page' && failed.has(target);
  };
  const fromPublished = crossProblems([...published, ...stubs]).filter((p) => !intoFailed(p));
  const fromAll = crossProblems([...valid, ...stubs]).filter((p) => draftFiles.has(p.file) && !intoFailed(p));
  const located = new Map(candidates.filter((c) => c.index === undefined).map((c) => [c.file, { collection: c.layout.collection, id: c.id, text: c.text, lineOffset: c.lineOffset }]));
  for (const p of [...fromPublished, ...fromAll]) {
    const entry = located.get(p.file);
    const at = entry && p.field ? lineOfField(entry, p.field) : undefined;
    if (at !== undefined && p.line === undefined) p.line = at;
  }
  for (const p of fromPublished) {
    const entry = valid.find((e) => e.filePath === p.file) ?? stubs.find((e) => e.filePath === p.file);
    const target = entry && p.field ? referenceTarget(entry.collection, p.field) : undefined;
    const value = String(p.value);
    const isDraft = target === 'page' ? draftPages.has(value) : target !== undefined && draftKeys.has(`${target}/${value}`);
    if (isDraft && /findes ikke/.test(p.message)) {
      p.message = `"${String(p.value)}" er en kladde (draft: true) og kommer ikke med på det færdige site.`;
      p.hint = 'Udgiv den først (draft: false), fjern henvisningen, eller gør også denne side til en kladde.';
    }
  }
  errors.push(...fromPublished, ...fromAll);

  // 5. Links, images and components in bodies.
  const pagesDir = path.join(srcDir, 'pages');
  const publishedPaths = sitePaths(published, pagesDir);
  const allPaths = draftKeys.size ? sitePaths(valid, pagesDir) : publishedPaths;
  const draftPaths = new Set([...allPaths].filter((p) => !publishedPaths.has(p)));
  const publicFiles = new Set(listFiles(publicDir));
  for (const [c, { tree, draft }] of trees) {
    // Without every data file, the set of pages is unknown: report the data file's error alone.
    if (failed.size) continue;
    errors.push(
      ...checkBody(tree, {
        file: c.file,
        paths: draft ? allPaths : publishedPaths,
        draftPaths: draft ? new Set() : draftPaths,
        publicFiles,
      }),
    );
  }
  for (const e of valid) {
    if (BODY_REQUIRED.includes(e.collection) && e.body === undefined) {
      errors.push({ file: e.filePath, message: 'Siden har ingen tekst.', hint: 'Skriv sidens tekst under frontmatter.' });
    }
  }

  // 6. Review dates and old facts.
  warnings.push(...reviewWarnings(valid.filter((e) => !e.draft && PUBLISHING_COLLECTIONS.includes(e.collection)), options.today ?? new Date(), (e, f) => lineOfField(e, f)));

  // 7. Dates between fields, blank text, placeholders in published files (src/model/rules/).
  for (const e of valid) errors.push(...dateRules(e, options.today ?? new Date(), (f) => lineOfField(e, f)));
  for (const c of candidates) errors.push(...blankTextFields(c.raw, c.file, lineFinder(c)));
  // An official code where a municipality id belongs (`municipality: "0851"`, or 0851 read as the number 851).
  const collectionOf = new Map(candidates.map((c) => [c.file, c.layout.collection]));
  for (const p of errors) {
    const collection = collectionOf.get(p.file);
    const asCode = collection && p.field && referenceTarget(collection, p.field) === 'municipalities' ? municipalityCodeHint(p.value, municipalityRows) : undefined;
    if (asCode) Object.assign(p, asCode, { code: 'municipality-code' });
  }
  const unpublished = new Set(candidates.filter((c) => (c.raw as { draft?: unknown }).draft === true).map((c) => c.file));
  const placeholderCheck = publishedPlaceholders(warnings, (f) => !unpublished.has(f));
  errors.push(...placeholderCheck.errors);

  return { errors: sortProblems(errors), warnings: sortProblems(placeholderCheck.warnings), files: files.length, entries: valid };
}

/** Municipality codes with a boundary in the map data (<srcDir>/data/kommuner.topojson), if the file is there. */
function mapBoundaries(srcDir: string): Set<string> | undefined {
  const file = path.join(srcDir, 'data/kommuner.topojson');
  return existsSync(file) ? boundaryCodes(readFileSync(file, 'utf8')) : undefined;
}

/** The collection (or `page`) a reference field such as `themes[1]` points at. */
function referenceTarget(collection: CollectionName, field: string): ReferenceTarget | undefined {
  const bare = field.replace(/\[\d+\]/g, '');
  return REFERENCE_FIELDS[collection]?.find(([p]) => p.replace(/\[\]/g, '') === bare)?.[1];
}

/** The line of a dotted field (`themes[1]`, `interviewee.name`) in an entry's file. */
export function lineOfField(e: Pick<CheckedEntry, 'collection' | 'id' | 'text' | 'lineOffset'>, field: string): number | undefined {
  const steps: PathStep[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) steps.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  if (steps.some((s) => typeof s === 'string' && /[<>( ]/.test(s))) return undefined;
  const yamlText = layoutOf(e.collection).kind === 'page' ? (splitFrontmatter(e.text).yaml ?? '') : e.text;
  if (layoutOf(e.collection).kind === 'list') {
    const items = loadYaml(e.text) as { id?: unknown }[];
    const index = items.findIndex((i) => i?.id === e.id);
    const line = lineOf(yamlText, [index, ...steps]);
    return line;
  }
  const line = lineOf(yamlText, steps);
  return line === undefined ? undefined : line + e.lineOffset;
}
