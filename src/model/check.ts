// The content check behind `npm run tjek` and the build (src/model/session.ts): one gate, the
// same code in both. It runs the model's phases in order, each handing typed results to the
// next, and reports every problem in Danish with file, line, field, value and a hint:
//   1. files     (src/model/files.ts)       which files, where they belong, valid names
//   2. read      (src/model/read.ts)        CSV, YAML and front matter into candidate entries
//   3. validate  (src/model/validate.ts)    schemas, strict dates, placeholders
//   4. cross     (src/model/cross-entry.ts) references and rules across entries
//   5. bodies    (src/model/bodies.ts)      MDX/Markdown syntax, links, images, components
//   6. review dates and old facts, as warnings (src/model/review.ts)
import path from 'node:path';
import type { ContentProblem } from './problem';
import { checkBodies } from './bodies';
import { checkCrossEntry, groupFollowOns, referenceTarget } from './cross-entry';
import { municipalityCodeHint } from './rules/municipalities';
import { listContent } from './files';
import { readContent, splitFrontmatter } from './read';
import { specOf, type CollectionName, type CollectionSpec } from './registry';
import { validateCandidates, type ValidEntry } from './validate';
import type { OtherRoutes } from './pages';
import { loadYaml, lineOf, type PathStep } from './yaml';
import { reviewWarnings } from './review';

export { PLACEHOLDER } from './validate';

export interface CheckOptions {
  /** The Astro srcDir (default: <root>/src); its pages/ folder gives the site's fixed routes. */
  srcDir?: string;
  /** The Astro publicDir (default: <root>/public); files there may be linked to. */
  publicDir?: string;
  /** "Today", for review dates (default: now). */
  today?: Date;
  /** Dynamic routes in srcDir/pages that are not entry pages, with their ids (the site's: src/opendata/routes.ts). */
  otherRoutes?: OtherRoutes;
}

/** Every entry that passed its schema (drafts included), as the site will see it. */
export type CheckedEntry = ValidEntry;

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** How many files under content/ were read. */
  files: number;
  entries: CheckedEntry[];
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
  const contentDir = path.join(root, 'content');
  const listing = listContent(contentDir);
  const srcDir = options.srcDir ?? path.join(root, 'src');
  const today = options.today ?? new Date();
  const reading = readContent(contentDir, listing.placed, { srcDir });
  const validation = validateCandidates(reading.candidates, { today, lineOf: lineOfField });
  const texts = new Map<string, CheckedEntry[]>();
  for (const e of validation.valid) texts.set(e.filePath, [...(texts.get(e.filePath) ?? []), e]);
  const cross = checkCrossEntry({
    valid: validation.valid,
    stubs: validation.stubs,
    failed: reading.failed,
    lineOf: (file, field, value) => {
      // A list file holds many entries: the one whose field has the reported value.
      const inFile = texts.get(file) ?? [];
      const e = (value !== undefined && inFile.find((x) => valueOfField(x.data, field) === value)) || inFile.at(-1);
      return e ? lineOfField(e, field) : undefined;
    },
  });
  const bodies = checkBodies({
    candidates: reading.candidates,
    valid: validation.valid,
    pagesKnown: reading.failed.size === 0,
    srcDir,
    publicDir: options.publicDir ?? path.join(root, 'public'),
    otherRoutes: options.otherRoutes ?? {},
  });
  // Files that could not become entries cause the references to them to fail: list those under the cause.
  const causes = new Map(listing.problems.filter((p) => p.target !== undefined && p.code !== 'unreadable-data-file').map((p) => [p.target!, p]));
  const errors = [...listing.problems, ...reading.problems, ...validation.errors, ...groupFollowOns([...cross, ...bodies.errors], causes)];
  // An official code where a municipality id belongs (`municipality: "0851"`, or 0851 read as the number 851),
  // whether the schema or the reference check caught it.
  const collectionOf = new Map(reading.candidates.map((c) => [c.file, c.spec.name as CollectionName]));
  for (const p of errors) {
    const collection = collectionOf.get(p.file);
    if (!collection || !p.field || referenceTarget(collection, p.field) !== 'municipalities') continue;
    const asCode = municipalityCodeHint(p.value, reading.municipalityRows);
    if (asCode) Object.assign(p, asCode, { code: 'municipality-code' });
  }
  const published = validation.valid.filter((e) => !e.draft && (specOf(e.collection) as CollectionSpec).publishing);
  const warnings = [...validation.warnings, ...bodies.warnings, ...reviewWarnings(published, today, (e, f) => lineOfField(e, f))];
  return { errors: sortProblems(errors), warnings: sortProblems(warnings), files: listing.count, entries: validation.valid };
}

function fieldSteps(field: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) steps.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return steps;
}

/** The value of a dotted field (`sources[1]`) in an entry's data. */
function valueOfField(data: unknown, field: string): unknown {
  return fieldSteps(field).reduce<unknown>((v, step) => (v && typeof v === 'object' ? (v as Record<PathStep, unknown>)[step] : undefined), data);
}

/** The line of a dotted field (`themes[1]`, `interviewee.name`) in an entry's file. */
export function lineOfField(e: Pick<CheckedEntry, 'collection' | 'id' | 'text' | 'lineOffset'>, field: string): number | undefined {
  const steps = fieldSteps(field);
  if (steps.some((s) => typeof s === 'string' && /[<>( ]/.test(s))) return undefined;
  const kind = specOf(e.collection).kind;
  const yamlText = kind === 'page' ? (splitFrontmatter(e.text).yaml ?? '') : e.text;
  if (kind === 'list') {
    const items = loadYaml(e.text) as { id?: unknown }[];
    return lineOf(yamlText, [items.findIndex((i) => i?.id === e.id), ...steps]);
  }
  const line = lineOf(yamlText, steps);
  return line === undefined ? undefined : line + e.lineOffset;
}
