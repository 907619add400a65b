// Writes <outDir>/search/fold/<shard>.json: every indexed word that has other spellings
// (æ/ø/å, aa/oe/ae, accents), filed under its folded forms, so the search page can turn
// "socialokonomi" or "Århus" into the words that are really in the index. The words come from
// Pagefind's own fragments (the text it indexed), so no built page is parsed a second time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldKeys, hasVariants, SHARDS, shardOf, wordsOf } from '../search/fold';
import { pagefindTexts } from './pagefind-texts';

export function buildDictionary(texts: Iterable<string>): Map<string, Record<string, string[]>> {
  // Distinct whitespace-separated segments first, then their words: splitting into words and
  // folding are then done once per distinct segment, not once per occurrence (5M at 5,000 pages).
  const segments = new Set<string>();
  for (const text of texts) for (const segment of text.split(/\s+/)) segments.add(segment);
  const allWords = new Set<string>();
  for (const segment of segments) for (const word of wordsOf(segment)) allWords.add(word);
  const byKey = new Map<string, Set<string>>();
  for (const word of allWords) {
    if (!hasVariants(word)) continue;
    for (const key of foldKeys(word)) {
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key)!.add(word);
    }
  }
  // A plain word that is itself indexed and equals a key is listed too (`en` beside `én`), so the
  // search page can tell a misspelling (`socialokonomi`: key known, word not listed) from a word.
  for (const [key, words] of byKey) if (allWords.has(key)) words.add(key);
  // Every shard, empty ones too: the search page may ask for any of them.
  const shards = new Map<string, Record<string, string[]>>(SHARDS.map((s) => [s, {}]));
  for (const key of [...byKey.keys()].sort()) shards.get(shardOf(key))![key] = [...byKey.get(key)!].sort();
  return shards;
}

/** Writes the dictionary from the text Pagefind indexed (default: read from <outDir>/pagefind/); returns the number of words with other spellings. */
export function writeSpellingDictionary(outDir: string, texts: readonly string[] = pagefindTexts(path.join(outDir, 'pagefind'))): number {
  const shards = buildDictionary(texts);
  const dir = path.join(outDir, 'search/fold');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [shard, entries] of shards) writeFileSync(path.join(dir, `${shard}.json`), JSON.stringify(entries));
  return [...shards.values()].reduce((n, entries) => n + Object.keys(entries).length, 0);
}
