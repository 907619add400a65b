// Writes <outDir>/search/fold/<shard>.json: every indexed word that has other spellings
// (æ/ø/å, aa/oe/ae, accents), filed under its folded forms, so the search page can turn
// "socialokonomi" or "Århus" into the words that are really in the index.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { foldKeys, hasVariants, shardOf, wordsOf } from '../search/fold';

/** The text Pagefind indexes on a page: the data-pagefind-body element without ignored parts. */
export function indexedText(html: string): string {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], [hidden]')) ignored.remove();
  // A space before every tag, so words in adjacent elements do not run together.
  return parse(body.innerHTML.replace(/</g, ' <')).text;
}

export function buildDictionary(texts: Iterable<string>): Map<string, Record<string, string[]>> {
  const byKey = new Map<string, Set<string>>();
  const allWords = new Set<string>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) {
      allWords.add(word);
      if (!hasVariants(word)) continue;
      for (const key of foldKeys(word)) {
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add(word);
      }
    }
  }
  // A plain word that is itself indexed and equals a key is listed too (`en` beside `én`), so the
  // search page can tell a misspelling (`socialokonomi`: key known, word not listed) from a word.
  for (const [key, words] of byKey) if (allWords.has(key)) words.add(key);
  const shards = new Map<string, Record<string, string[]>>();
  for (const key of [...byKey.keys()].sort()) {
    const shard = shardOf(key);
    if (!shards.has(shard)) shards.set(shard, {});
    shards.get(shard)![key] = [...byKey.get(key)!].sort();
  }
  return shards;
}

export function writeSpellingDictionary(outDir: string, htmlFiles: string[]): number {
  const shards = buildDictionary(htmlFiles.map((f) => indexedText(readFileSync(path.join(outDir, f), 'utf8'))));
  const dir = path.join(outDir, 'search/fold');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [shard, entries] of shards) writeFileSync(path.join(dir, `${shard}.json`), JSON.stringify(entries));
  return shards.size;
}
