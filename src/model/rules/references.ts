// Checks every cross-reference between collections, once per build. Astro's reference()
// only logs a bad id; here a bad id becomes a Problem that fails the build.
import { idCandidates, suggestIds, type IdCandidate } from '../suggest';
import { problem } from '../problems';
import { COLLECTIONS, PAGE_FOLDERS, entryPath, folderOf, specOf, type CollectionName, type CollectionSpec, type ReferenceRole } from '../registry';
import type { PlainEntry } from '../entry';
import type { Problem } from '../problem';

/** `page` means a site page path such as `strategier/roskilde`. */
export type ReferenceTarget = CollectionName | 'page';

/** One reference field of a registry row: its path, its target and its meaning (`ReferenceRole`). */
export type ReferenceField = readonly [field: string, target: ReferenceTarget, role?: ReferenceRole];

/** Which fields of which collection point at which collection, with what meaning, from the registry. `a[].b` walks a list of objects. */
export const REFERENCE_FIELDS: Partial<Record<CollectionName, ReadonlyArray<ReferenceField>>> = Object.fromEntries(
  COLLECTIONS.map((c: CollectionSpec) => [c.name, (c.references ?? []) as ReadonlyArray<ReferenceField>]),
);

export interface FoundReference {
  field: string;
  target: ReferenceTarget;
  value: string;
  /** What the reference means, as its registry row says (none: it mentions or cites the target). */
  role?: ReferenceRole;
}

/**
 * The source texts the given entries cite. What is published lists only these: a source added for a
 * draft (or for nothing yet) appears nowhere (/om/, the open data, the web editor's choices) until a
 * published page, organisation or term cites it.
 */
export function citedSourceIds(entries: Iterable<PlainEntry>): Set<string> {
  const cited = new Set<string>();
  for (const entry of entries) for (const ref of referencesOf(entry)) if (ref.target === 'sources') cited.add(ref.value);
  return cited;
}

/** Every reference value in one entry, with the exact field path (e.g. `themes[1]`). */
export function referencesOf(entry: PlainEntry): FoundReference[] {
  return referencesIn(entry.data, REFERENCE_FIELDS[entry.collection] ?? []);
}

/** Every value of the given reference fields in an entry's data (a registry row's `references`), with the exact field path. */
export function referencesIn(data: unknown, fields: ReadonlyArray<readonly [string, string, ReferenceRole?]>): FoundReference[] {
  const found: FoundReference[] = [];
  for (const [path, target, role] of fields as ReadonlyArray<ReferenceField>) {
    const steps = path.split('.');
    const visit = (value: unknown, at: number, field: string): void => {
      if (value === undefined || value === null) return;
      const step = steps[at];
      if (step === undefined) {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, at, `${field}[${i}]`));
        else {
          const ref: FoundReference = { field, target, value: typeof value === 'string' ? value : JSON.stringify(value) };
          if (role) ref.role = role;
          found.push(ref);
        }
        return;
      }
      const isList = step.endsWith('[]');
      const key = isList ? step.slice(0, -2) : step;
      const child = (value as Record<string, unknown>)[key];
      const childField = field ? `${field}.${key}` : key;
      if (isList && Array.isArray(child)) child.forEach((c, i) => visit(c, at + 1, `${childField}[${i}]`));
      else visit(child, at + 1, childField);
    };
    visit(data, 0, '');
  }
  return found;
}

/** The site page path of a page entry, e.g. `strategier/roskilde`; undefined for other collections. */
export function pagePathOf(collection: CollectionName, id: string): string | undefined {
  return specOf(collection).kind === 'page' ? entryPath(collection, id) : undefined;
}

const PAGE_PATHS = [...PAGE_FOLDERS.keys()].map((f) => `${f}/…`).join(', ');

/** The entry a reference names, as `collection/id` (a page path becomes its collection's key). */
export function targetKey(ref: Pick<FoundReference, 'target' | 'value'>): string {
  if (ref.target !== 'page') return `${ref.target}/${ref.value}`;
  const cut = ref.value.indexOf('/');
  const collection = PAGE_FOLDERS.get(ref.value.slice(0, cut));
  return collection ? `${collection}/${ref.value.slice(cut + 1)}` : `page/${ref.value}`;
}

/** The ids each target offers, with the names editors may type instead (a page path with its title). */
export function referenceCandidates(entries: readonly PlainEntry[]): Map<ReferenceTarget, IdCandidate[]> {
  const candidates = new Map<ReferenceTarget, IdCandidate[]>([['page', []]]);
  for (const e of entries) {
    const [own] = idCandidates([e]);
    if (!candidates.has(e.collection)) candidates.set(e.collection, []);
    candidates.get(e.collection)!.push(own!);
    const page = pagePathOf(e.collection, e.id);
    if (page) candidates.get('page')!.push({ id: page, names: own!.names });
  }
  return candidates;
}

export function checkReferences(entries: readonly PlainEntry[]): Problem[] {
  const candidates = referenceCandidates(entries);
  const ids = new Map([...candidates].map(([target, list]) => [target, new Set(list.map((c) => c.id))]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const ref of referencesOf(entry)) {
      const valid = ids.get(ref.target) ?? new Set<string>();
      if (valid.has(ref.value)) continue;
      const into = ref.target === 'page' ? { pages: PAGE_PATHS } : { label: specOf(ref.target).label, folder: folderOf(specOf(ref.target)) };
      // A name for an id (`kolding-kommune`), else the nearest ids that look like a typo (always at least the nearest one).
      const suggestions = suggestIds(ref.value, candidates.get(ref.target) ?? [], { nearest: true });
      problems.push(
        problem(
          'unknown-reference',
          { file: entry.filePath, target: targetKey(ref), field: ref.field, value: ref.value },
          { value: ref.value, into, suggestions },
        ),
      );
    }
  }
  return problems;
}
