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

/** How many pages hold a typed word: as Pagefind matches it, and as the reader meant it. */
export interface Pages {
  /** The most pages of any indexed word that is the typed word, begins with it (typing on), or is a form of it (same stem). */
  forms: number;
  /**
   * The most pages of any indexed word that Pagefind would match: it stems the query word and
   * finds every indexed word beginning with the stem, ignoring rings and slashes (`sagelse` →
   * `sag…`). 0 when there is none, where Pagefind goes on to match a mere fragment (`ingenlunde` → `ingen`).
   */
  matched: number;
}

/** `undefined` when the word is not checked (short, a number) or its shard is missing. */
export function pagesWith(word: string, shard: VocabularyShard | undefined): Pages | undefined {
  const w = normalise(word);
  if (!isVocabularyWord(w) || !shard) return undefined;
  const stem = looseFold(stemmer(w));
  const folded = looseFold(w);
  const pages: Pages = { forms: 0, matched: 0 };
  for (const [candidate, n] of Object.entries(shard)) {
    const c = looseFold(candidate);
    if (n <= pages.forms || !c.startsWith(stem)) continue;
    if (n > pages.matched) pages.matched = n;
    if (c.startsWith(folded) || sameStem(candidate, w)) pages.forms = n;
  }
  return pages;
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
 * The most likely indexed word for a typed one: the nearest (within maxDistance), then a
 * municipality name or glossary term (`trusted`: `helev` is Herlev rather than `hele`), then the
 * one on most pages, then alphabetical. Candidates that only differ in folding are spellings, not
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
    const rank = (c: Correction) => [c.distance, trusted(c.word) ? 0 : 1, -c.pages];
    const next = { word, distance: d, pages };
    if (!best || compareRanks(rank(next), rank(best), word, best.word) < 0) best = next;
  }
  return best;
}

function compareRanks(a: number[], b: number[], wordA: string, wordB: string): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return wordA < wordB ? -1 : wordA > wordB ? 1 : 0;
}
