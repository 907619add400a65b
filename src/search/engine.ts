// The search engine in the browser: Pagefind plus our query expansion (spellings, synonyms).
// Each expanded query is searched on its own and the results merged, best score first.
import { expandQuery } from './expand';
import { foldKeys, shardOf, wordsOf } from './fold';

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

export interface SearchResponse {
  /** Every matching page, best first; call `load` to get a page's title and excerpt. */
  results: { id: string; score: number; load: () => Promise<Hit> }[];
  /** The queries that were run (the typed one first). */
  queries: string[];
}

/** Alternatives found by respelling or synonyms rank just below pages that match as typed. */
const ALTERNATIVE_WEIGHT = 0.9;

export async function createEngine(base: string, synonyms: string[][]) {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
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
  const shards = new Map<string, Promise<Record<string, string[]>>>();
  const shard = (name: string) => {
    if (!shards.has(name)) {
      shards.set(
        name,
        fetch(`${base}search/fold/${name}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}))
          .catch(() => ({})),
      );
    }
    return shards.get(name)!;
  };

  async function search(query: string, filters: Record<string, string>): Promise<SearchResponse> {
    const keys = wordsOf(query).flatMap(foldKeys);
    const loaded = new Map(await Promise.all([...new Set(keys.map(shardOf))].map(async (s) => [s, await shard(s)] as const)));
    const lookup = (key: string) => loaded.get(shardOf(key))?.[key] ?? [];
    const queries = query.trim() ? expandQuery(query, lookup, synonyms) : [];
    const responses = queries.length ? await Promise.all(queries.map((q) => pagefind.search(q, { filters }))) : [await pagefind.search(null, { filters })];
    const best = new Map<string, { result: PagefindResult; score: number }>();
    responses.forEach((response, i) => {
      for (const result of response.results) {
        const score = result.score * (i === 0 ? 1 : ALTERNATIVE_WEIGHT);
        const seen = best.get(result.id);
        if (!seen || seen.score < score) best.set(result.id, { result, score });
      }
    });
    const results = [...best.values()]
      .sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id))
      .map(({ result, score }) => ({
        id: result.id,
        score,
        load: async (): Promise<Hit> => {
          const data = await result.data();
          return { url: data.url, title: data.meta['title'] ?? data.url, excerpt: data.excerpt, meta: data.meta };
        },
      }));
    return { results, queries };
  }

  return { search };
}
