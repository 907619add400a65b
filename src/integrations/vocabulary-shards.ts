// Writes <outDir>/search/ord/<shard>.json: every word Pagefind indexed (from its own fragments, as
// the spelling dictionary) with the number of pages that hold it, for typo correction on the
// search page (src/search/correct.ts). Every shard is written, empty ones as `{}`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordsOf } from '../search/fold';
import { isVocabularyWord, VOCABULARY_DIR, VOCABULARY_SHARDS, vocabularyShardOf, type VocabularyShard } from '../search/vocabulary';

export function buildVocabulary(texts: Iterable<string>): Map<string, VocabularyShard> {
  const pages = new Map<string, number>();
  for (const text of texts) for (const word of new Set(wordsOf(text))) if (isVocabularyWord(word)) pages.set(word, (pages.get(word) ?? 0) + 1);
  const shards = new Map<string, VocabularyShard>(VOCABULARY_SHARDS.map((s) => [s, {}]));
  for (const word of [...pages.keys()].sort()) shards.get(vocabularyShardOf(word))![word] = pages.get(word)!;
  return shards;
}

/** Writes the shards; returns the number of words. */
export function writeVocabulary(outDir: string, texts: readonly string[]): number {
  const shards = buildVocabulary(texts);
  const dir = path.join(outDir, VOCABULARY_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [shard, words] of shards) writeFileSync(path.join(dir, `${shard}.json`), JSON.stringify(words));
  return [...shards.values()].reduce((n, words) => n + Object.keys(words).length, 0);
}
