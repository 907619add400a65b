// The engine's form of what the search page carries (src/lib/search-page-data.ts): stop words
// loose-folded (`på` → `pa`, so a query typed without å still has its small words), and the
// distinct words of names and terms as the engine compares them.
import { looseFold, normalise, wordsOf } from './fold';
import { MIN_WORD_LENGTH } from './vocabulary';

/**
 * The `stopword` package's Danish list is Snowball's Danish list and a few more small words
 * (hvordan, hvorfor, kan, ...). A stop word is never required (plan.ts), so a longer list only loosens.
 */
export function stopWordSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map(looseFold));
}

/** The distinct words of names and terms (lower case, accents other than æ/ø/å dropped), three letters or more. */
export function nameWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) for (const word of wordsOf(name)) if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word)) words.add(normalise(word));
  return [...words].sort();
}
