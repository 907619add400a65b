// Phase 4 of the content check: references between entries and rules across entries, as the
// production build sees them (drafts dropped) and as `npm run dev` sees them (drafts shown,
// reported only for drafts). One bad value gives one error at its cause: the same missing id
// named in many files is one problem, listing the other files, and when the missing entry's own
// file has an error, the references to it are listed under that error instead.
import type { Problem } from './problem';
import { reword } from './problems';
import type { PlainEntry } from './entry';
import { checkContentRules } from './rules/content-rules';
import { checkReferences, pagePathOf, REFERENCE_FIELDS, type ReferenceTarget } from './rules/references';
import type { CollectionName } from './registry';
import { looseKey, type ValidEntry } from './validate';

export interface CrossEntryInput {
  valid: readonly ValidEntry[];
  stubs: readonly PlainEntry[];
  /** Data files that could not be read: references into them are not reported. */
  failed: ReadonlySet<CollectionName>;
  /** Finds the line of a field in a file, for problems the rules report without one (`value` tells list items apart). */
  lineOf: (file: string, field: string, value?: unknown) => number | undefined;
}

/** The collection (or `page`) a reference field such as `themes[1]` points at. */
export function referenceTarget(collection: CollectionName, field: string): ReferenceTarget | undefined {
  const bare = field.replace(/\[\d+\]/g, '');
  return REFERENCE_FIELDS[collection]?.find(([p]) => p.replace(/\[\]/g, '') === bare)?.[1];
}

export function checkCrossEntry(input: CrossEntryInput): Problem[] {
  const { valid, stubs, failed } = input;
  const stubSet = new Set<PlainEntry>(stubs);
  const byFile = new Map<string, PlainEntry>([...valid, ...stubs].map((e) => [e.filePath, e]));
  const published = valid.filter((e) => !e.draft);
  const drafts = valid.filter((e) => e.draft);
  const draftKeys = new Set(drafts.map((e) => `${e.collection}/${e.id}`));
  const draftFiles = new Set(drafts.map((e) => e.filePath));
  const draftPages = new Set(drafts.map((e) => pagePathOf(e.collection, e.id)).filter((p): p is string => p !== undefined));

  const targetOf = (p: Problem) => {
    const entry = byFile.get(p.file);
    return entry && p.field ? referenceTarget(entry.collection, p.field) : undefined;
  };
  const intoFailed = (p: Problem) => {
    if (!failed.size) return false;
    if (p.code === 'unknown-question') return failed.has('questions');
    const target = targetOf(p);
    return target !== undefined && target !== 'page' && failed.has(target);
  };
  const run = (entries: PlainEntry[]) => [...checkReferences(entries), ...checkContentRules(entries.filter((e) => !stubSet.has(e)))];
  const fromPublished = run([...published, ...stubs]).filter((p) => !intoFailed(p));
  const fromAll = drafts.length ? run([...valid, ...stubs]).filter((p) => draftFiles.has(p.file) && !intoFailed(p)) : [];

  for (const p of [...fromPublished, ...fromAll]) {
    if (p.line === undefined && p.field) {
      const line = input.lineOf(p.file, p.field, p.value);
      if (line !== undefined) p.line = line;
    }
  }
  // A reference to a draft: say so, rather than "does not exist".
  for (const p of fromPublished) {
    if (p.code !== 'unknown-reference') continue;
    const target = targetOf(p);
    const value = String(p.value);
    const isDraft = target === 'page' ? draftPages.has(value) : target !== undefined && draftKeys.has(`${target}/${value}`);
    if (isDraft) reword(p, 'draft-reference', { value });
  }
  return [...fromPublished, ...fromAll];
}

/**
 * Groups follow-on errors under their cause. `causes` are the problems of files that could not
 * become entries (a bad file name, a misplaced file): a reference to the id such a file would
 * have had is listed under that problem. Other missing ids named in several files become one
 * problem at the first file, listing the rest.
 */
export function groupFollowOns(problems: Problem[], causes: ReadonlyMap<string, Problem>): Problem[] {
  const out: Problem[] = [];
  const byTarget = new Map<string, Problem>();
  for (const p of problems) {
    if ((p.code !== 'unknown-reference' && p.code !== 'unknown-page') || p.target === undefined) {
      out.push(p);
      continue;
    }
    const cause = causes.get(p.target) ?? causes.get(looseKey(p.target));
    if (cause) {
      cause.followOns = [...new Set([...(cause.followOns ?? []), p.line ? `${p.file}:${p.line}` : p.file])];
      continue;
    }
    const first = p.code === 'unknown-reference' ? byTarget.get(p.target) : undefined;
    if (first) {
      first.alsoIn = [...new Set([...(first.alsoIn ?? []), p.line ? `${p.file}:${p.line}` : p.file])];
      continue;
    }
    byTarget.set(p.target, p);
    out.push(p);
  }
  return out;
}
