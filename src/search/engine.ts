// The search engine in the browser: Pagefind plus our query plan (src/search/plan.ts: small words,
// spellings, typo corrections, synonyms, words no page holds). Each planned query is searched on
// its own and the results merged, best score first, so an alternative only ever adds pages.
import { foldKeys, shardOf, wordsOf } from './fold';
import { nameWords, stopWordSet } from './page-data';
import { FEW_RESULTS, planSearch, synonymWords, type PlannedQuery, type SearchPlan } from './plan';
import { shardsFor, VOCABULARY_DIR, vocabularyShardOf, type VocabularyShard } from './vocabulary';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface SearchResponse extends Omit<SearchPlan, 'queries' | 'someWords'> {
  /** Every matching page, best first; call `load` to get a page's title and excerpt. */
  results: { id: string; score: number; load: () => Promise<Hit> }[];
  /** The queries that were run (the typed one first). */
  queries: string[];
  /** Pages with every (content) word, when fewer than FEW_RESULTS made the engine search the words one by one too; else undefined. */
  someWordsAfter?: number;
}

/** What the search page carries beside the index (src/lib/search-page-data.ts): synonym groups, municipality names and glossary terms, stop words. */
export interface EngineData {
  synonyms: string[][];
  names: string[];
  stopWords: string[];
}

// Pagefind's script is a URL of the built site, not a source file: no layer to check.
// eslint-disable-next-line no-restricted-syntax
export async function createEngine(base: string, data: EngineData, importPagefind = (url: string) => import(/* @vite-ignore */ url)) {
  const pagefind = (await importPagefind(`${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({
    baseUrl: base,
    excerptLength: 24,
    // Long guide articles should not lose to short pages that merely repeat a term (default 0.75).
    ranking: { pageLength: 0.35 },
    // Search on the main thread: saves the worker script (~14 KB gzipped) on the first query;
    // a search takes milliseconds, so typing does not stall (see docs/search.md).
    noWorker: true,
  });
  await pagefind.init();
  const stopWords = stopWordSet(data.stopWords);
  const names = nameWords(data.names);
  const cache = new Map<string, Promise<unknown>>();
  /** A JSON file under the site, fetched once; `fallback` if it cannot be had (offline without it). */
  const load = <T>(file: string, fallback: T): Promise<T> => {
    if (!cache.has(file))
      cache.set(
        file,
        fetch(`${base}${file}`)
          .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
          .catch(() => fallback),
      );
    return cache.get(file) as Promise<T>;
  };

  async function run(queries: PlannedQuery[], filters: Record<string, string>) {
    const responses = await Promise.all(queries.map((q) => pagefind.search(q.query, { filters })));
    return responses.flatMap((response, i) => response.results.map((result) => ({ result, score: result.score * queries[i]!.weight })));
  }

  async function search(query: string, filters: Record<string, string>, options: { verbatim?: boolean } = {}): Promise<SearchResponse> {
    const words = wordsOf(query);
    const foldNames = [...new Set(words.flatMap(foldKeys).map(shardOf))];
    const vocabularyNames = [...new Set([...words.flatMap(shardsFor), ...synonymWords(query, data.synonyms).map(vocabularyShardOf)])];
    const [folds, vocabulary] = await Promise.all([
      Promise.all(foldNames.map(async (s) => [s, await load<Record<string, string[]>>(`search/fold/${s}.json`, {})] as const)),
      Promise.all(vocabularyNames.map(async (s) => [s, await load<VocabularyShard | undefined>(`${VOCABULARY_DIR}/${s}.json`, undefined)] as const)),
    ]);
    const foldShards = new Map(folds);
    const vocabularyShards = new Map(vocabulary);
    const plan = planSearch(query, {
      spellings: (key) => foldShards.get(shardOf(key))?.[key] ?? [],
      vocabulary: (name) => vocabularyShards.get(name),
      synonyms: data.synonyms,
      names,
      stopWords,
      verbatim: options.verbatim === true,
    });
    let found =
      words.length === 0
        ? (await pagefind.search(null, { filters })).results.map((result) => ({ result, score: result.score }))
        : await run(plan.queries, filters);
    const allWords = new Set(found.map((f) => f.result.id)).size;
    let someWordsAfter: number | undefined;
    if (allWords < FEW_RESULTS && plan.someWords.length) {
      found = [...found, ...(await run(plan.someWords, filters))];
      someWordsAfter = allWords;
    }
    const best = new Map<string, { result: PagefindResult; score: number }>();
    for (const f of found) {
      const seen = best.get(f.result.id);
      if (!seen || seen.score < f.score) best.set(f.result.id, f);
    }
    const results = [...best.values()]
      .sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id))
      .map(({ result, score }) => ({
        id: result.id,
        score,
        load: async (): Promise<Hit> => {
          const d = await result.data();
          return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt, meta: d.meta };
        },
      }));
    if (someWordsAfter !== undefined && results.length === someWordsAfter) someWordsAfter = undefined; // the words alone added nothing
    const { corrections, correctedQuery, missing } = plan;
    return {
      results,
      queries: plan.queries.map((q) => q.query),
      corrections,
      missing,
      ...(correctedQuery !== undefined && { correctedQuery }),
      ...(someWordsAfter !== undefined && { someWordsAfter }),
    };
  }

  return { search };
}
