// Typo correction from the site's own vocabulary (src/search/vocabulary.ts): whether the site has
// a typed word at all, and the indexed word it most likely stands for. Edit distance is optimal
// string alignment (Levenshtein plus the transposition of two neighbouring letters, `koldnig` →
// `kolding` is one edit) from the `damerau-levenshtein` package; candidates are ranked by distance,
// then by how many pages hold them. Why not SymSpell: docs/search.md. Pure, no DOM.
import distance from 'damerau-levenshtein';
import { stemmer } from '@orama/stemmers/danish';
import { looseFold, normalise } from './fold';
import { isVocabularyWord, MIN_WORD_LENGTH, type VocabularyShard } from './vocabulary';

/** A vocabulary shard by its name; `undefined` when it could not be loaded. */
export type VocabularyLookup = (shard: string) => VocabularyShard | undefined;

/** Largest edit distance for a typed word of this length: 1 up to 4 letters, else 2. */
export function maxDistance(length: number): number {
  return length <= 4 ? 1 : 2;
}

/**
 * How many pages hold the typed word as Pagefind matches it: Pagefind stems the query word and
 * finds every indexed word that starts with the stem (`forretningsplan` finds `forretningsplaner`),
 * ignoring æ/ø/å rings and slashes. The most pages any such word is on; 0 when the site has none,
 * where Pagefind would go on to match a fragment of the word (`ingenlunde` → `ingen`).
 * `undefined` when the word is not checked (short, a number) or its shard is missing.
 */
export function pagesWith(word: string, shard: VocabularyShard | undefined): number | undefined {
  const w = normalise(word);
  if (!isVocabularyWord(w) || !shard) return undefined;
  const stem = looseFold(stemmer(w));
  let best = shard[w] ?? 0;
  for (const [candidate, pages] of Object.entries(shard)) if (pages > best && looseFold(candidate).startsWith(stem)) best = pages;
  return best;
}

/** Whether two words are forms of one (Pagefind finds either for the other): no correction. */
export function sameStem(a: string, b: string): boolean {
  return looseFold(stemmer(normalise(a))) === looseFold(stemmer(normalise(b)));
}

/** Edit distance between two words, the smaller of their plain and their folded forms (`hjoring` ~ `hjørring`). */
export function editDistance(a: string, b: string): number {
  return Math.min(distance(a, b).steps, distance(looseFold(a), looseFold(b)).steps);
}

export interface Correction {
  word: string;
  distance: number;
  pages: number;
}

/**
 * The most likely indexed word for a typed one: the nearest (within maxDistance), then the one on
 * most pages, then alphabetical. Candidates that only differ in folding are spellings, not
 * corrections (the spelling dictionary handles them), and are skipped, as are `exclude`d words.
 * A typed word of three letters has too many neighbours to guess from: only `trusted` candidates
 * (municipality names, glossary terms) one edit away are taken for it (`srø` → `sorø`).
 */
export function bestCorrection(
  typed: string,
  candidates: Iterable<[word: string, pages: number]>,
  exclude: (word: string) => boolean = () => false,
  trusted: (word: string) => boolean = () => false,
): Correction | undefined {
  const w = normalise(typed);
  if (w.length < MIN_WORD_LENGTH) return undefined;
  const short = w.length === MIN_WORD_LENGTH;
  const folded = looseFold(w);
  const max = maxDistance(w.length);
  let best: Correction | undefined;
  for (const [word, pages] of candidates) {
    const candidate = looseFold(word);
    if (candidate === folded || Math.abs(word.length - w.length) > max || exclude(word) || (short && !trusted(word)) || sameStem(w, word)) continue;
    const d = editDistance(w, word);
    if (d > max) continue;
    if (!best || d < best.distance || (d === best.distance && (pages > best.pages || (pages === best.pages && word < best.word)))) best = { word, distance: d, pages };
  }
  return best;
}
