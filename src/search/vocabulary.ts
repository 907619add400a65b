// The site's own vocabulary for typo correction: every word Pagefind indexed, with the number of
// pages that hold it, in shards by the first letter of its loose fold (æ→a, ø→o, å→a), so
// `kobenhavn` and `københavn` share one. Written by the build (src/integrations/vocabulary-shards.ts),
// read by the search page (src/search/engine.ts). Pure, no DOM.
import { looseFold, SHARDS, shardOf } from './fold';

/** One shard: word → pages that hold it. */
export type VocabularyShard = Record<string, number>;

/** The folder under the site root (beside the spelling dictionary `search/fold/`). */
export const VOCABULARY_DIR = 'search/ord';

/** Words shorter than this are neither corrected nor checked (too many neighbours, mostly small words). */
export const MIN_WORD_LENGTH = 3;

/** The shards are the spelling dictionary's: a–z, 0–9 and `_`; every one is written. */
export const VOCABULARY_SHARDS = SHARDS;

/** Whether the vocabulary lists a word: long enough, and not a number (numbers are matched as typed). */
export function isVocabularyWord(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word);
}

/** The shard a word is filed in. */
export function vocabularyShardOf(word: string): string {
  return shardOf(looseFold(word));
}

/**
 * The shards a typed word needs: its own (to see whether the site has it, and for most typos) and
 * that of its second letter, so a transposed or missing first letter (`oklding`, `olding`) still
 * finds its word's shard — except when the first letter itself is missing, which municipality names
 * and glossary terms cover (they come with the search page and are always searched).
 */
export function shardsFor(word: string): string[] {
  const folded = looseFold(word);
  return [...new Set([shardOf(folded), shardOf(folded.slice(1))])];
}
