// Query expansion for search: spelling variants from the dictionary of indexed words, and
// synonyms from content/data/synonymer.yaml. Each alternative is searched separately, so
// excerpts only ever highlight words that are really on the page. Pure, no DOM.
import { foldKeys, normalise, strictFold, wordsOf } from './fold';

/** Looks folded keys up in the dictionary: key → the indexed words filed under it. */
export type Lookup = (key: string) => readonly string[];

/** Max alternative queries, so a long query cannot fan out into hundreds of searches. */
export const MAX_ALTERNATIVES = 8;

/**
 * Indexed spellings of one typed word, the word itself first. Under a key the dictionary lists
 * every indexed word that folds to it, plain words equal to the key included; so a typed word
 * whose keys are known but which is not listed itself is not in the index (`socialokonomi`,
 * `århus` where only `aarhus` is): it is dropped, saving a search that would only match its
 * prefixes (`social`) and an index download.
 */
export function spellingsOf(word: string, lookup: Lookup): string[] {
  const w = normalise(word);
  const indexed = new Set(foldKeys(w).flatMap((key) => lookup(key)));
  if (indexed.size > 0 && !indexed.has(w)) return [...indexed];
  return [...new Set([w, ...indexed])];
}

/** Synonym words this long or longer also match inflected forms (socioøkonomisk → socioøkonomiske). */
const MIN_PREFIX = 5;

/** Whether a typed word is a synonym word, or an inflection of it; returns the suffix beyond it. */
function matchWord(typed: string, term: string): string | undefined {
  const t = strictFold(typed);
  const w = strictFold(term);
  if (t === w) return '';
  if (w.length >= MIN_PREFIX && t.startsWith(w)) return t.slice(w.length);
  return undefined;
}

/**
 * Phrase-level synonyms: each group lists terms that mean the same (SØV, socialøkonomisk
 * virksomhed). Where the query contains one term, the others are offered in its place; an
 * inflection ending the matched term is kept on the replacement.
 */
export function synonymAlternatives(query: string, groups: readonly (readonly string[])[]): string[] {
  const words = wordsOf(query).map(normalise);
  const out: string[] = [];
  for (const group of groups) {
    for (const term of group) {
      const termWords = wordsOf(term);
      if (termWords.length === 0) continue;
      for (let i = 0; i + termWords.length <= words.length; i++) {
        const suffixes = termWords.map((tw, j) => matchWord(words[i + j]!, tw));
        if (suffixes.some((x) => x === undefined)) continue;
        // Only the last word of a phrase may carry an inflection.
        if (suffixes.slice(0, -1).some((x) => x !== '')) continue;
        const suffix = suffixes.at(-1)!;
        for (const other of group) {
          if (other === term) continue;
          const replacement = wordsOf(other).map(normalise);
          replacement[replacement.length - 1] += suffix;
          out.push([...words.slice(0, i), ...replacement, ...words.slice(i + termWords.length)].join(' '));
        }
        break;
      }
    }
  }
  return out;
}

/** The queries to run for what the visitor typed: as typed (respelled only where the typed form is not indexed) first, then alternatives. */
export function expandQuery(query: string, lookup: Lookup, synonyms: readonly (readonly string[])[]): string[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const queries = new Set<string>();
  // Spelling: every combination of indexed spellings, the query as typed (where indexed) first.
  let combos: string[][] = [[]];
  for (const word of words) {
    const spellings = spellingsOf(word, lookup);
    combos = combos.flatMap((c) => spellings.map((s) => [...c, s])).slice(0, MAX_ALTERNATIVES * 2);
  }
  for (const c of combos) queries.add(c.join(' '));
  // Synonyms of the query as typed and as respelled.
  for (const q of [...queries]) for (const alt of synonymAlternatives(q, synonyms)) queries.add(alt);
  return [...queries].slice(0, MAX_ALTERNATIVES);
}
