// Query expansion for search: spelling variants from the dictionary of indexed words, and
// synonyms from content/data/synonymer.yaml. Each alternative is searched separately, so
// excerpts only ever highlight words that are really on the page. Pure, no DOM.
import { foldKeys, normalise, strictFold, wordsOf } from './fold';

/** Looks folded keys up in the dictionary: key → the indexed words filed under it. */
export type Lookup = (key: string) => readonly string[];

/** Max alternative queries, so a long query cannot fan out into hundreds of searches. */
export const MAX_ALTERNATIVES = 8;

/** Indexed spellings of one typed word, the word itself first. */
export function spellingsOf(word: string, lookup: Lookup): string[] {
  const w = normalise(word);
  const found = new Set([w]);
  for (const key of foldKeys(w)) for (const indexed of lookup(key)) found.add(indexed);
  return [...found];
}

/** Phrase-level synonyms: each group lists terms that mean the same (SØV, socialøkonomisk virksomhed). */
export function synonymAlternatives(query: string, groups: readonly (readonly string[])[]): string[] {
  const folded = ` ${wordsOf(query).map(strictFold).join(' ')} `;
  const out: string[] = [];
  for (const group of groups) {
    for (const term of group) {
      const needle = ` ${wordsOf(term).map(strictFold).join(' ')} `;
      if (needle.trim() === '' || !folded.includes(needle)) continue;
      for (const other of group) {
        if (other === term) continue;
        out.push(folded.replace(needle, ` ${wordsOf(other).join(' ')} `).trim());
      }
    }
  }
  return out;
}

/** The queries to run for what the visitor typed: the query itself first, then alternatives. */
export function expandQuery(query: string, lookup: Lookup, synonyms: readonly (readonly string[])[]): string[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const queries = new Set<string>([words.join(' ')]);
  // Spelling: every combination of indexed spellings, fewest changes first.
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
