// The search page's engine (src/search/engine.ts) run in Node over a built dist/: Pagefind's own
// pagefind.js and WebAssembly, the spelling dictionary and vocabulary shards read from disk through
// a fetch that serves the folder, and the engine's data (synonyms, names, stop words) read from the
// built /soeg/ page. Same engine, same index as in the browser, without a browser: for relevance
// checks over many generated queries (tests/build/search-relevance.test.ts).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { createEngine, type EngineData } from '../../src/search/engine';

const ORIGIN = 'http://vidensbank.test/';

/** Only this origin is served (from dist); any other request fails, as no page may make one. */
function serveFolder(dist: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const file =
      url.protocol === 'file:' ? decodeURIComponent(url.pathname) : url.origin + '/' === ORIGIN ? path.join(dist, decodeURIComponent(url.pathname)) : undefined;
    if (!file) throw new Error(`request outside the site: ${url.href}`);
    try {
      return new Response(await readFile(file), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

export function engineData(dist: string): EngineData {
  const form = parse(readFileSync(path.join(dist, 'soeg/index.html'), 'utf8')).querySelector('#search-form');
  if (!form) throw new Error('no #search-form on /soeg/');
  const attribute = (name: string) => JSON.parse(form.getAttribute(name) ?? '[]') as never;
  return { synonyms: attribute('data-synonyms'), names: attribute('data-names'), stopWords: attribute('data-stop-words') };
}

export async function nodeSearchEngine(dist: string) {
  globalThis.fetch = serveFolder(dist);
  const engine = await createEngine(ORIGIN, engineData(dist), (url) => import(pathToFileURL(path.join(dist, new URL(url).pathname)).href));
  /** The first `n` result URLs for a query, as the search page would list them. */
  const top = async (query: string, n = 3, options: { verbatim?: boolean } = {}) => {
    const response = await engine.search(query, {}, options);
    const urls = await Promise.all(response.results.slice(0, n).map(async (r) => (await r.load()).url));
    return { urls, response };
  };
  return { ...engine, top };
}
