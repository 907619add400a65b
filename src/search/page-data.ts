// What the search page carries for the engine beside the index, computed at build time (so the
// stop-word package is not bundled): Danish stop words, and the words of municipality names and
// glossary terms, which typo correction always considers (src/search/plan.ts).
import { dan } from 'stopword';
import { looseFold, normalise, wordsOf } from './fold';
import { MIN_WORD_LENGTH } from './vocabulary';

/**
 * Danish stop words, loose-folded (`på` → `pa`, so a query typed without å still has its small
 * words). The `stopword` package's Danish list: Snowball's Danish list and a few more small words
 * (hvordan, hvorfor, kan, ...). A stop word is never required (plan.ts), so a longer list only loosens.
 */
export const STOP_WORDS: readonly string[] = [...new Set(dan.map(looseFold))].sort();

/** The distinct words of names and terms, as the engine compares them (lower case, accents other than æ/ø/å dropped). */
export function nameWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) for (const word of wordsOf(name)) if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word)) words.add(normalise(word));
  return [...words].sort();
}
