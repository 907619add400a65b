// Offline benchmark: what a reader downloads for offline use, counted by the server (headers +
// bodies, gzip for text as hosts serve it) — on a first visit, for "Gem vidensbanken til brug uden
// net", and after a deployment that changes one page — on a generated site of N pages, plus the
// real site's first visit. Usage: npm run bench:offline -- [pages=5000]
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { startServer } from '../tests/helpers/static-server.ts';
import { CHROMIUM_LAUNCH } from '../tests/helpers/chromium.ts';
import { waitForOfflineReady, workerStatus } from '../tests/helpers/service-worker.ts';
import { buildGeneratedSite, EDITED_ARTICLE, realVocabulary } from '../tests/helpers/generated-site.ts';

const PAGES = Number(process.argv[2] ?? 5000);
const PORT = 4390 + Number(process.env['TEST_PORT_OFFSET'] ?? 0);
const TMP = path.join(PROJECT_ROOT, 'tests/.tmp');
const log = path.join(TMP, 'bench-offline.jsonl');

interface Logged {
  path: string;
  status: number;
  bytes: number;
}
function takeLog(): { requests: number; bytes: number; paths: string[]; rows: Logged[] } {
  const rows = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Logged);
  writeFileSync(log, '');
  return { requests: rows.length, bytes: rows.reduce((n, r) => n + r.bytes, 0), paths: rows.map((r) => `${r.status} ${r.path}`), rows };
}

const manifestOf = (dist: string) => {
  const name = readdirSync(path.join(dist, 'offline')).find((f) => f.startsWith('manifest.'))!;
  return {
    bytes: statSync(path.join(dist, 'offline', name)).size,
    ...(JSON.parse(readFileSync(path.join(dist, 'offline', name), 'utf8')) as {
      version: string;
      mode: string;
      coreBytes: number;
      core: unknown[];
      total: { files: number; bytes: number };
      shards: unknown[];
    }),
  };
};

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const served = path.join(TMP, 'bench-offline-served');
const results: Record<string, unknown> = { node: process.version, pages: PAGES };

async function firstVisit(dist: string, url: string) {
  rmSync(served, { recursive: true, force: true });
  cpSync(dist, served, { recursive: true });
  writeFileSync(log, '');
  const server = await startServer(served, PORT, { log });
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto(url);
  await waitForOfflineReady(page);
  return { server, context, page, visit: takeLog() };
}

// The real site.
const real = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
if (real.status !== 0) throw new Error(real.stderr);
const realDist = path.join(PROJECT_ROOT, 'dist');
{
  const { server, context, visit } = await firstVisit(realDist, '/');
  const m = manifestOf(realDist);
  results['real'] = {
    mode: m.mode,
    files: m.total.files,
    siteBytes: m.total.bytes,
    firstVisit: { requests: visit.requests, bytes: visit.bytes },
    swBytes: statSync(path.join(realDist, 'sw.js')).size,
  };
  await context.close();
  server.stop();
}

// The generated site, before and after a one-page deployment.
const words = realVocabulary();
let t = Date.now();
const first = path.join(buildGeneratedSite('bench-offline-1', PAGES, words, {}).root, 'dist');
const buildSeconds = (Date.now() - t) / 1000;
const second = path.join(buildGeneratedSite('bench-offline-2', PAGES, words, {}, true).root, 'dist');
const m1 = manifestOf(first);
const m2 = manifestOf(second);
const { server, context, page, visit } = await firstVisit(first, '/guide/artikel-00100/');
t = Date.now();
await page.goto('/soeg/');
takeLog();
await page.getByRole('button', { name: 'Gem vidensbanken til brug uden net' }).click();
await page.locator('#offline-control-status').filter({ hasText: 'Hele vidensbanken er gemt' }).waitFor({ timeout: 1_800_000 });
const saveAll = takeLog();
const saveSeconds = (Date.now() - t) / 1000;

rmSync(served, { recursive: true, force: true });
cpSync(second, served, { recursive: true });
writeFileSync(log, '');
await page.goto('/om/');
await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
// The new worker brings the saved copy up to date while it installs: wait until it has every shard.
const wanted = (m2.shards as [string][]).map(([url]) => `/${url}`);
for (let i = 0; i < 600; i++) {
  const done = await page.evaluate(async (urls) => {
    const meta = await caches.open('vidensbank-meta');
    return (await Promise.all(urls.map((u) => meta.match(u)))).every(Boolean);
  }, wanted);
  if (done) break;
  await page.waitForTimeout(500);
}
const after = await workerStatus(page);
results['activatedDuringRun'] = after.version === m2.version;
const deploy = takeLog();
await context.close();
server.stop();
await browser.close();

results['generated'] = {
  buildSeconds,
  mode: m1.mode,
  files: m1.total.files,
  siteBytes: m1.total.bytes,
  swBytes: statSync(path.join(first, 'sw.js')).size,
  manifestBytes: m1.bytes,
  shards: m1.shards.length,
  core: { files: m1.core.length, bytes: m1.coreBytes },
  firstVisit: { requests: visit.requests, bytes: visit.bytes },
  saveAll: { requests: saveAll.requests, bytes: saveAll.bytes, seconds: saveSeconds },
  onePageDeploy: {
    edited: EDITED_ARTICLE,
    requests: deploy.requests,
    bytes: deploy.bytes,
    pages: deploy.paths.filter((p) => p.startsWith('200') && p.endsWith('/')),
    // Requests and bytes by kind of file (pages, _astro/, pagefind/index/, offline/ …).
    byKind: deploy.rows.reduce<Record<string, { requests: number; bytes: number }>>((acc, r) => {
      const kind = r.path.replace(/^\/([^/]+\/)?(index\/|fragment\/)?.*$/, '$1$2') || 'pages';
      acc[kind] ??= { requests: 0, bytes: 0 };
      acc[kind].requests++;
      acc[kind].bytes += r.bytes;
      return acc;
    }, {}),
    requestsLogged: deploy.rows.map((r) => `${r.status} ${r.bytes} ${r.path}`),
  },
};
console.log(JSON.stringify(results, null, 2));
