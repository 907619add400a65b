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
import type { ContentProblem, Problem } from './problem';
import { checkBodies } from './bodies';
import { checkCrossEntry, groupFollowOns, referenceTarget } from './cross-entry';
import { municipalityOfCode } from './rules/municipalities';
import { reword, suggestIdsFirst } from './problems';
import { listContent } from './files';
import { readContent } from './read';
import { specOf, type CollectionName, type CollectionSpec } from './registry';
import { validateCandidates, type ValidEntry } from './validate';
import type { PathStep } from './yaml';
import type { OtherRoutes } from './pages';
import { reviewWarnings } from './review';
import { checkPublicFiles } from './public-files';
import { lixWarnings } from './rules/readability';
import { referenceCandidates } from './rules/references';
import { suggestIds } from './suggest';
import type { PageReadability } from './bodies';

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
  /** Pages above this LIX get a warning (`npm run tjek` passes the owner's `lixLimit` from src/site.config.ts); none when unset. */
  lixLimit?: number;
}

/** Every entry that passed its schema (drafts included), as the site will see it. */
export type CheckedEntry = ValidEntry;

/** What the check found. Its problems are read as plain text (summaries, the build, tests); the model made them as Problem. */
export interface CheckResult {
  // eslint-disable-next-line no-restricted-syntax -- the readers' type: the check hands its problems out, it makes none here.
  errors: ContentProblem[];
  // eslint-disable-next-line no-restricted-syntax -- as errors.
  warnings: ContentProblem[];
  /** How many files under content/ were read. */
  files: number;
  entries: CheckedEntry[];
  /** Each page's readability (LIX), on its parsed text. */
  readability: PageReadability[];
  /** The LIX above which a page gets a warning, when one was given. */
  lixLimit?: number;
}

function sortProblems(problems: Problem[]): Problem[] {
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
  const causes = new Map([
    ...validation.causes,
    ...listing.problems.filter((p) => p.target !== undefined && p.code !== 'missing-data-file').map((p) => [p.target!, p] as const),
  ]);
  const publicFiles = checkPublicFiles(options.publicDir ?? path.join(root, 'public'), root);
  const crossErrors = groupFollowOns([...cross, ...bodies.errors], causes);
  // One bad value, one error: facts from the future are said as such, not also as newer than their sources.
  const future = new Set(validation.errors.filter((p) => p.code === 'date-future').map((p) => `${p.file}|${p.field}`));
  const errors = [
    ...listing.problems,
    ...publicFiles,
    ...reading.problems,
    ...validation.errors,
    ...crossErrors.filter((p) => p.code !== 'facts-newer-than-sources' || !future.has(`${p.file}|${p.field}`)),
  ];
  // An official code where a municipality id belongs (`municipality: "0851"`, or 0851 read as the number 851),
  // whether the schema or the reference check caught it.
  const collectionOf = new Map(reading.candidates.map((c) => [c.file, c.spec.name as CollectionName]));
  for (const p of errors) {
    const collection = collectionOf.get(p.file);
    if (!collection || !p.field || referenceTarget(collection, p.field) !== 'municipalities') continue;
    const asCode = municipalityOfCode(p.value, reading.municipalityRows);
    if (asCode) reword(p, 'municipality-code', asCode);
  }
  // A name or Danish letters where an id belongs (`Kolding Kommune`, `Iværksætteri`): the schema refuses
  // such a value before the reference check sees it, so its "Mente du …?" is added here, for every reference field.
  const candidates = referenceCandidates([...validation.valid, ...validation.stubs]);
  for (const p of errors) {
    const collection = collectionOf.get(p.file);
    if (!collection || !p.field || typeof p.value !== 'string' || p.code === 'unknown-reference' || p.code === 'municipality-code') continue;
    const target = referenceTarget(collection, p.field.replace(/^\[\d+\]\.?/, ''));
    const ids = target ? suggestIds(p.value, candidates.get(target) ?? []) : [];
    if (ids.length) suggestIdsFirst(p, ids);
  }
  const published = validation.valid.filter((e) => !e.draft && (specOf(e.collection) as CollectionSpec).publishing);
  const lixLimit = options.lixLimit;
  const warnings = [
    ...validation.warnings,
    ...bodies.warnings,
    ...reviewWarnings(published, today, (e, f) => lineOfField(e, f)),
    ...(lixLimit !== undefined ? lixWarnings(bodies.readability, lixLimit) : []),
  ];
  return {
    errors: sortProblems(errors),
    warnings: sortProblems(warnings),
    files: listing.count,
    entries: validation.valid,
    readability: bodies.readability,
    ...(lixLimit !== undefined ? { lixLimit } : {}),
  };
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

/** The line of a dotted field (`themes[1]`, `interviewee.name`) in an entry's file, from its one parse. */
export function lineOfField(e: Pick<CheckedEntry, 'lineOf'>, field: string): number | undefined {
  const steps = fieldSteps(field);
  if (steps.some((s) => typeof s === 'string' && (s.includes('<') || s.includes('>') || s.includes('(') || s.includes(' ')))) return undefined;
  return e.lineOf(steps);
}
