// Search benchmark: index size, bytes a first query downloads, and time from keystroke to
// rendered results in Chromium — for the real site and for a generated site of N pages.
// Bytes are as transferred (headers + body) from scripts/serve.mjs, which gzips text like production hosts.
// Also: what a corrected query adds (a misspelt query against the same query spelt right, each the
// first query of a fresh page, paired), and Enter → rendered results for many queries (p50, p90).
// Usage: npm run bench:search -- [pages=5000] [queries=7]. Writes bench/out/search-results.json.
// SEARCH_BENCH_DIST=<built dist folder> measures that build only (no builds), to iterate on the engine.
import { readdirSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildFixture, PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { startServer } from '../tests/helpers/static-server.ts';
import { CHROMIUM_LAUNCH } from '../tests/helpers/chromium.ts';
import { vocabulary, writeGeneratedGuide } from './generate-content.ts';

const PAGES = Number(process.argv[2] ?? 5000);
const QUERIES = ['fleksjob', 'én indgang', 'socialokonomi', 'Århus', 'indkøb', 'partnerskabsaftale', 'virksomhederne'].slice(0, Number(process.argv[3] ?? 7));
/** Misspelt → spelt right: one letter missing, two swapped, one wrong (words both sites hold). */
const TYPOS: [typo: string, right: string][] = [
  ['fleksjbo', 'fleksjob'],
  ['Koldnig', 'Kolding'],
  ['partnerskabsaftle', 'partnerskabsaftale'],
  ['indgnag', 'indgang'],
  ['virksomhedene', 'virksomhederne'],
];
/** Enter → results: every kind of query the search page handles, typed into one page one after another. */
const ENTER_QUERIES = [
  ...QUERIES,
  ...TYPOS.map(([t]) => t),
  'hvad skal en partnerskabsaftale indeholde',
  'kommuner med en indgang',
  'zxqvbnm',
  'fleksjob zxqvbnm',
  'SØV',
  'socialokonomiske virksomheder i Aalborg',
  'kommunen',
  'strategi',
  'Aalborg',
];
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(path.join(d.parentPath, d.name)).size, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Counts the bytes a context transfers (headers + bodies), by phase, and waits for them to settle. */
function byteCounter(context: BrowserContext, failed: string[], label: string) {
  let phase = 'page';
  const bytes: Record<string, number> = {};
  const urls: string[] = [];
  let pending = 0;
  context.on('request', () => pending++);
  context.on('requestfailed', () => pending--);
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${label}: ${response.status()} ${new URL(response.url()).pathname}`);
  });
  context.on('requestfinished', async (request) => {
    const at = phase;
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    bytes[at] = (bytes[at] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
    urls.push(`${at} ${sizes.responseBodySize} ${new URL(request.url()).pathname}`);
    pending--;
  });
  return {
    bytes,
    urls,
    set phase(p: string) {
      phase = p;
    },
    /** Resolves once no request has been open (or its size unread) for 300 ms. */
    async settled(page: Page): Promise<void> {
      for (let quiet = 0; quiet < 3;) {
        await page.waitForTimeout(100);
        quiet = pending === 0 ? quiet + 1 : 0;
      }
    },
  };
}

/**
 * Pagefind's own default UI (`pagefind-ui.js`, which Pagefind writes beside the index) on the
 * same index and server: the alternative a site without its own search page would use. Bytes
 * from the loaded page to its first query's results, as for this site's search page.
 */
async function pagefindUiQuery(browser: Browser, dist: string, url: string, query: string, failed: string[]): Promise<number> {
  const dir = path.join(dist, 'pagefind-ui-bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="da"><meta charset="utf-8"><title>Pagefind UI</title><link rel="stylesheet" href="/pagefind/pagefind-ui.css">' +
      '<div id="search"></div><script src="/pagefind/pagefind-ui.js"></script><script>new PagefindUI({ element: "#search" });</script></html>',
  );
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const counter = byteCounter(context, failed, `Pagefind UI ${query}`);
    await page.goto(`${url}/pagefind-ui-bench/`);
    await counter.settled(page);
    counter.phase = 'search';
    await page.locator('.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result, .pagefind-ui__message').first().waitFor({ timeout: 30_000 });
    await counter.settled(page);
    if (process.env['BENCH_VERBOSE']) console.log(counter.urls.filter((u) => !u.startsWith('page')).join('\n'));
    return counter.bytes['search'] ?? 0;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records when the next search starts (`input`, or the `keydown` of Enter) and when its finished status shows. */
async function watchStatus(page: Page, start: 'input' | 'keydown' = 'input'): Promise<void> {
  await page.evaluate((event) => {
    const w = window as unknown as { __t0?: number; __t1?: number; __watch?: MutationObserver };
    delete w.__t0;
    delete w.__t1;
    w.__watch?.disconnect();
    document.getElementById('q')!.addEventListener(event, () => (w.__t0 ??= performance.now()), { once: true });
    const status = document.getElementById('search-status')!;
    w.__watch = new MutationObserver(() => {
      if (w.__t0 !== undefined && /resultat|indeholder/.test(status.textContent ?? '')) w.__t1 ??= performance.now();
    });
    w.__watch.observe(status, { childList: true, characterData: true, subtree: true });
  }, start);
}

/** Waits for the watched search's status; returns its milliseconds from start to shown. */
async function resultsShown(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

async function measure(dist: string, port: number) {
  const server = await startServer(dist, port);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const firstQuery: { query: string; bootstrapBytes: number; queryBytes: number; pagefindUiBytes: number; ms: number }[] = [];
  const warm: number[] = [];
  const corrected: { typo: string; right: string; typoBytes: number; rightBytes: number; addedBytes: number }[] = [];
  const enter: { query: string; ms: number }[] = [];
  /** Requests answered with an error (e.g. a missing spelling-dictionary shard): should be none. */
  const failed: string[] = [];
  try {
    /** One query as the first of a fresh page (nothing cached, no service worker): bytes by phase and keystroke → results. */
    const first = async (query: string) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const counter = byteCounter(context, failed, query);
      await page.goto(`${server.url}/soeg/`);
      counter.phase = 'bootstrap';
      await counter.settled(page);
      counter.phase = 'query';
      await watchStatus(page);
      // The query arrives as one input (as pasted, or typed within the debounce): typed key by key
      // on a busy machine, the debounce would fire on prefixes and add their downloads at random.
      await page.locator('#q').fill(query);
      const ms = await resultsShown(page);
      await counter.settled(page);
      if (process.env['BENCH_VERBOSE']) console.log(counter.urls.filter((u) => !u.startsWith('page')).join('\n'));
      return { context, page, bootstrapBytes: counter.bytes['bootstrap'] ?? 0, queryBytes: counter.bytes['query'] ?? 0, ms };
    };
    for (const query of QUERIES) {
      const { context, page, bootstrapBytes, queryBytes, ms } = await first(query);
      const pagefindUiBytes = await pagefindUiQuery(browser, dist, server.url, query, failed);
      firstQuery.push({ query, bootstrapBytes, queryBytes, pagefindUiBytes, ms: Math.round(ms) });
      // Warm: a second, different query in the same page.
      await watchStatus(page);
      await page.locator('#q').fill('kommunen');
      warm.push(Math.round(await resultsShown(page)));
      await context.close();
    }
    for (const [typo, right] of TYPOS) {
      const misspelt = await first(typo);
      await misspelt.context.close();
      const spelt = await first(right);
      await spelt.context.close();
      corrected.push({
        typo,
        right,
        typoBytes: misspelt.bootstrapBytes + misspelt.queryBytes,
        rightBytes: spelt.bootstrapBytes + spelt.queryBytes,
        addedBytes: misspelt.bootstrapBytes + misspelt.queryBytes - (spelt.bootstrapBytes + spelt.queryBytes),
      });
    }
    // Enter → results: the visitor types a query and presses Enter (no debounce), one page, query after query.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}/soeg/`, { waitUntil: 'networkidle' }); // the engine has loaded
    for (const query of ENTER_QUERIES) {
      await page.locator('#q').evaluate((el, q) => ((el as HTMLInputElement).value = q), query);
      await watchStatus(page, 'keydown');
      await page.locator('#q').press('Enter');
      enter.push({ query, ms: Math.round(await resultsShown(page)) });
    }
    await context.close();
  } finally {
    await browser.close();
    server.stop();
  }
  const total = firstQuery.map((q) => q.bootstrapBytes + q.queryBytes);
  return {
    pages: readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length,
    indexBytes: bytesUnder(path.join(dist, 'pagefind')),
    spellingDictionaryBytes: bytesUnder(path.join(dist, 'search')),
    firstQuery,
    medianFirstQueryTotalBytes: median(total),
    medianPagefindUiFirstQueryBytes: median(firstQuery.map((q) => q.pagefindUiBytes)),
    medianPairedRatioToPagefindUi: median(firstQuery.map((q) => +((q.bootstrapBytes + q.queryBytes) / q.pagefindUiBytes).toFixed(3))),
    maxFirstQueryTotalBytes: Math.max(...total),
    medianKeystrokeToResultsMs: median(firstQuery.map((q) => q.ms)),
    medianWarmKeystrokeToResultsMs: median(warm),
    corrected,
    medianCorrectedQueryAddedBytes: median(corrected.map((c) => c.addedBytes)),
    maxCorrectedQueryAddedBytes: Math.max(...corrected.map((c) => c.addedBytes)),
    enterToResults: enter,
    enterToResultsP50Ms: quantile(
      enter.map((e) => e.ms),
      0.5,
    ),
    enterToResultsP90Ms: quantile(
      enter.map((e) => e.ms),
      0.9,
    ),
    failedRequests: failed,
  };
}

const only = process.env['SEARCH_BENCH_DIST'];
if (only) {
  console.log(only, JSON.stringify(await measure(path.resolve(only), 4342), null, 1));
  process.exit(0);
}

// 1. The real site.
const real = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
if (real.status !== 0) throw new Error(real.stderr);
const realDist = path.join(PROJECT_ROOT, 'dist');
const realResult = await measure(realDist, 4340);
console.log('real site', JSON.stringify(realResult, null, 1));

// 2. A generated site of PAGES pages.
const words = vocabulary(
  realDist,
  readdirSync(realDist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html')),
);
const files: Record<string, string> = {};
const start = Date.now();
const generated = buildFixture(`bench-${PAGES}`, files, {}, (content) =>
  writeGeneratedGuide(
    content,
    PAGES,
    words,
    ['aalborg', 'aarhus', 'kolding', 'roskilde', 'koebenhavn', 'odense', 'esbjerg', 'vejle'],
    ['en-indgang', 'indkoeb'],
  ),
);
if (generated.status !== 0) throw new Error(generated.output.slice(-3000));
const buildSeconds = (Date.now() - start) / 1000;
const generatedResult = { buildSeconds, ...(await measure(path.join(generated.root, 'dist'), 4341)) };
console.log(`generated ${PAGES}`, JSON.stringify(generatedResult, null, 1));

mkdirSync(path.join(PROJECT_ROOT, 'bench/out'), { recursive: true });
writeFileSync(
  path.join(PROJECT_ROOT, 'bench/out/search-results.json'),
  JSON.stringify({ node: process.version, real: realResult, generated: generatedResult }, null, 2),
);
