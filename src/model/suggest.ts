// "Mente du …?" for a value typed where an id belongs, in any reference field: the name instead
// of the id (`Kolding Kommune` → `kolding`, `Københavns Kommune` → `koebenhavn`), Danish letters
// (`Iværksætteri` → `ivaerksaetteri`), capitals and spaces, and plain typos. The typed value is
// first normalised the way ids are made, with the site's own slug function (æ→ae, ø→oe, å→aa,
// lower case, hyphens), and the words "Kommune" and "Region" are dropped; then it is compared
// with each id and with each entry's names (name, official name, label, title, term), and only
// when nothing matches does the edit distance pick the nearest ids.
import { slugify } from '../schemas/slug';
import { closest, isTypoOf } from './closest';

/** Words in names that ids leave out. */
const NAME_WORDS = new Set(['kommune', 'kommunes', 'region', 'regionen', 'regions']);

/** The data fields that hold an entry's names, as editors may type them instead of its id. */
const NAME_FIELDS = ['name', 'officialName', 'label', 'title', 'term', 'abbreviation'] as const;

export interface IdCandidate {
  id: string;
  names: readonly string[];
}

/** A value as an id would be: slugified, without "Kommune"/"Region" (unless that is all it is). */
export function normaliseForId(value: string): string {
  const parts = slugify(value).split('-').filter(Boolean);
  const kept = parts.filter((p) => !NAME_WORDS.has(p));
  return (kept.length ? kept : parts).join('-');
}

/** Candidates from entries: each id with the names its data gives. */
export function idCandidates(entries: Iterable<{ id: string; data: Record<string, unknown> }>): IdCandidate[] {
  return [...entries].map((e) => ({
    id: e.id,
    names: NAME_FIELDS.map((f) => e.data[f]).filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
  }));
}

/**
 * The ids the editor most likely meant, best first: every id whose own form or one of whose names
 * matches the normalised value; failing that, the nearest ids that look like a typo of it
 * (`nearest: true` keeps the single nearest one even when it does not).
 */
export function suggestIds(value: string, candidates: readonly IdCandidate[], options: { limit?: number; nearest?: boolean } = {}): string[] {
  const limit = options.limit ?? 3;
  const typed = normaliseForId(value);
  if (!typed) return [];
  const exact = candidates.filter((c) => normaliseForId(c.id) === typed || c.names.some((n) => normaliseForId(n) === typed)).map((c) => c.id);
  if (exact.length) return [...new Set(exact)].slice(0, limit);
  const ids = candidates.map((c) => c.id);
  // The project's one typo threshold (src/model/closest.ts).
  return closest(typed, ids, limit).filter((s, i) => (options.nearest === true && i === 0) || isTypoOf(typed, s));
}

/** "Mente du "a" eller "b"? ": its wording is the catalogue's (src/model/problems/references.ts). */
export { didYouMean } from './problems';
