// Offline use. The real site (small) is precached whole on a first visit, so every page and the
// search work with the network cut. A generated site above the precache-all threshold precaches
// only its core within the budget; the reader's "Gem vidensbanken til brug uden net" saves the
// rest; a one-page deployment re-fetches only what changed.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { startServer, type Server } from '../helpers/static-server';
import { PORTS } from '../helpers/ports';
import { builtPagePaths } from '../helpers/built-pages';
import { isPrecachable } from '../../src/offline/manifest';

/** Pages a saved copy holds: every built page but those never precached (the printable whole guide). */
const savedPagePaths = (dist?: string) => builtPagePaths(dist).filter((p) => isPrecachable(`${p.slice(1)}index.html`));
import { axeViolations } from '../helpers/browser-checks';
import { waitForOfflineReady, workerStatus } from '../helpers/service-worker';
import { buildGeneratedSite, EDITED_ARTICLE, EDITED_SENTENCE, realVocabulary } from '../helpers/generated-site';
import { fixtureText } from '../helpers/fixture-text';

/** The URLs in the worker's files cache, as paths. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await (await caches.open('vidensbank-files')).keys()).map((r) => new URL(r.url).pathname));
}

interface Logged {
  path: string;
  status: number;
  bytes: number;
}
const readLog = (file: string): Logged[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Logged);

test('after one visit, every page and the search of the small real site work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  expect((await page.evaluate(() => caches.keys())).sort()).toEqual(['vidensbank-files', 'vidensbank-meta']);
  // Below the threshold the whole site is precached, as before.
  const cached = new Set(await cachedPaths(page));
  expect(savedPagePaths().filter((p) => !cached.has(p))).toEqual([]);
  expect([...cached].some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
  await context.setOffline(true);

  await page.goto('/kommuner/aalborg/');
  await expect(page.locator('h1')).toHaveText('Aalborg Kommune');
  await expect(page.locator('#offline-notice')).toBeVisible();
  await page.locator('a[href="/strategier/aalborg/"]').first().click();
  await expect(page).toHaveURL(/\/strategier\/aalborg\/$/);
  await expect(page.locator('h1')).toContainText('strategi');

  await page.goto('/soeg/?q=fleksjob');
  await expect(page.locator('#search-status')).toContainText(/\d+ resultat/);
  await expect(page.locator('#search-results a[href="/guide/ansaettelse-af-udsatte-ledige/"]')).toBeVisible();
  // The control says the site is saved already; there is nothing to opt into.
  await expect(page.locator('#offline-control-summary')).toContainText('gemmes i din browser');
  await expect(page.locator('#offline-save')).toBeHidden();

  await context.setOffline(false);
  await page.goto('/kommuner/');
  await expect(page.locator('#offline-notice')).toBeHidden();
});

test('a new deployment replaces a changed page and removes files the site no longer has', async ({ page, context }) => {
  test.setTimeout(300_000); // two fixture builds
  const guide = fixtureText('content/guide/en-indgang.mdx');
  const first = buildFixture('offline-first');
  const second = buildFixture('offline-second', { 'content/guide/en-indgang.mdx': guide.replace('title: Én indgang', 'title: Én indgang, opdateret') });
  expect(first.status).toBe(0);
  expect(second.status).toBe(0);
  const served = path.join(PROJECT_ROOT, 'tests/.tmp/offline-served');
  rmSync(served, { recursive: true, force: true });
  cpSync(path.join(first.root, 'dist'), served, { recursive: true });
  const server = await startServer(served, PORTS.offline);
  try {
    await page.goto(`${server.url}/guide/en-indgang/`);
    await waitForOfflineReady(page);
    await expect(page.locator('h1')).toHaveText('Én indgang');
    const before = await cachedPaths(page);

    // Deploy the second build over the first.
    rmSync(served, { recursive: true, force: true });
    cpSync(path.join(second.root, 'dist'), served, { recursive: true });
    const secondPaths = new Set(builtPagePaths(path.join(second.root, 'dist')));

    await page.reload();
    await expect(page.locator('h1')).toHaveText('Én indgang, opdateret');
    // The new worker takes over and drops content-hashed files of the first build.
    await expect
      .poll(async () => (await cachedPaths(page)).filter((p) => p.startsWith('/pagefind/fragment/') && !before.includes(p)).length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(async () => (await cachedPaths(page)).filter((p) => p.endsWith('/') && !secondPaths.has(p)), { timeout: 20_000 }).toEqual([]);

    // Offline, the cache now holds the new page.
    await context.setOffline(true);
    await page.goto(`${server.url}/guide/en-indgang/`);
    await expect(page.locator('h1')).toHaveText('Én indgang, opdateret');
  } finally {
    server.stop();
  }
});

test.describe('a site above the precache-all threshold', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  const PAGES = 200;
  const BUDGET = 1_500_000;
  const env = { OFFLINE_PRECACHE_ALL_BELOW: '500000', OFFLINE_CORE_BUDGET: String(BUDGET) };
  const served = path.join(PROJECT_ROOT, 'tests/.tmp/offline-large-served');
  const log = path.join(PROJECT_ROOT, 'tests/.tmp/offline-large-requests.jsonl');
  let firstDist = '';
  let secondDist = '';
  let server: Server;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    const words = realVocabulary();
    firstDist = path.join(buildGeneratedSite('offline-large-1', PAGES, words, env).root, 'dist');
    secondDist = path.join(buildGeneratedSite('offline-large-2', PAGES, words, env, true).root, 'dist');
    rmSync(served, { recursive: true, force: true });
    cpSync(firstDist, served, { recursive: true });
    writeFileSync(log, '');
    server = await startServer(served, PORTS.offlineLarge, { log });
    page = await (await browser.newContext({ baseURL: server.url })).newPage();
  });
  test.afterAll(async () => {
    await page?.context().close();
    server?.stop();
  });

  test('a first visit precaches only the core, within the budget', async () => {
    await page.goto('/guide/artikel-00100/');
    await waitForOfflineReady(page);
    const requests = readLog(log);
    const bytes = requests.reduce((n, r) => n + r.bytes, 0);
    console.log(`first visit: ${requests.length} requests, ${bytes} bytes`);
    expect(bytes).toBeLessThanOrEqual(BUDGET);
    expect(requests.filter((r) => r.path.includes('/offline/shard-'))).toEqual([]);
    const cached = await cachedPaths(page);
    expect(cached).toEqual(expect.arrayContaining(['/', '/soeg/', '/pagefind/pagefind.js', '/guide/artikel-00100/']));
    expect(cached.filter((p) => p.startsWith('/guide/artikel-'))).toEqual(['/guide/artikel-00100/']);
  });

  test('"Gem vidensbanken til brug uden net" saves every page and the whole search', async () => {
    await page.goto('/soeg/');
    const save = page.getByRole('button', { name: 'Gem vidensbanken til brug uden net' });
    await expect(save).toBeVisible();
    await expect(page.locator('#offline-control-summary')).toContainText(/henter \d+ filer, ca\. [\d,]+ MB/);
    expect(await axeViolations(page)).toEqual([]);
    await save.click();
    await expect(page.locator('#offline-control-status')).toContainText('Hele vidensbanken er gemt', { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Fjern den gemte kopi' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const cached = new Set(await cachedPaths(page));
    expect(savedPagePaths(firstDist).filter((p) => !cached.has(p))).toEqual([]);
    await page.context().setOffline(true);
    for (const p of ['/guide/artikel-00000/', '/guide/artikel-00199/', '/kommuner/aalborg/', '/om/']) {
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
    }
    await page.goto('/soeg/?q=fleksjob');
    await expect(page.locator('#search-status')).toContainText(/\d+ resultat/);
    await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
    await page.context().setOffline(false);
  });

  test('a one-page deployment re-fetches only that page and the search files it changed', async () => {
    rmSync(served, { recursive: true, force: true });
    cpSync(secondDist, served, { recursive: true });
    writeFileSync(log, '');
    const manifestFile = readdirSync(path.join(secondDist, 'offline')).find((f) => f.startsWith('manifest.'))!;
    const shards = (JSON.parse(readFileSync(path.join(secondDist, 'offline', manifestFile), 'utf8')) as { shards: [string][] }).shards.map(
      ([url]) => '/' + url,
    );
    // The reader comes back later, in a new tab.
    const context = page.context();
    await page.close();
    page = await context.newPage();
    await page.goto('/om/');
    // Browsers look for a new worker on navigation, in the background; here we ask at once. The
    // new worker brings the saved copy up to date while it installs.
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect
      .poll(
        () =>
          page.evaluate(async (wanted) => {
            const meta = await caches.open('vidensbank-meta');
            return (await Promise.all(wanted.map((u) => meta.match(u)))).every(Boolean);
          }, shards),
        { timeout: 60_000 },
      )
      .toBe(true);
    const requests = readLog(log);
    const bytes = requests.reduce((n, r) => n + r.bytes, 0);
    console.log(`one-page deployment: ${requests.length} requests, ${bytes} bytes:\n${requests.map((r) => `${r.status} ${r.bytes} ${r.path}`).join('\n')}`);
    const pagesFetched = requests.filter((r) => r.status === 200 && r.path.endsWith('/')).map((r) => r.path);
    expect(pagesFetched.sort()).toEqual(['/' + EDITED_ARTICLE, '/om/'].sort());
    // Besides the page: the new manifest and changed shards, and Pagefind's files that changed
    // (its index chunks holding the page's words get new names). Nothing else.
    const other = requests.filter((r) => !r.path.endsWith('/') && !/^\/(pagefind|search|offline)\/|^\/(sw\.js|favicon\.svg)$/.test(r.path));
    expect(other).toEqual([]);
    const total = readdirSync(secondDist, { recursive: true }).length;
    expect(requests.length).toBeLessThan(total / 10);
    expect(bytes).toBeLessThan(250_000);

    await page.context().setOffline(true);
    await page.goto('/' + EDITED_ARTICLE);
    await expect(page.locator('main')).toContainText(EDITED_SENTENCE);
    await page.context().setOffline(false);
  });

  test('the saved copy can be removed', async () => {
    await page.goto('/soeg/');
    await page.getByRole('button', { name: 'Fjern den gemte kopi' }).click();
    await expect(page.locator('#offline-control-status')).toHaveText('Den gemte kopi er fjernet.');
    await expect(page.getByRole('button', { name: 'Gem vidensbanken til brug uden net' })).toBeFocused();
    expect((await cachedPaths(page)).filter((p) => p.startsWith('/guide/artikel-'))).toEqual([]);
    expect((await workerStatus(page)).saved).toBe(false);
  });

  test('a save shows its progress and can be cancelled', async () => {
    await page.goto('/om/');
    await page.getByRole('button', { name: 'Gem vidensbanken til brug uden net' }).click();
    await expect(page.locator('#offline-progress')).toBeVisible();
    await expect(page.locator('#offline-control-status')).toContainText(/Henter … [\d,]+ MB af [\d,]+ MB/);
    const cancel = page.getByRole('button', { name: 'Annuller hentningen' });
    await expect(cancel).toBeFocused();
    await cancel.press('Enter');
    await expect(page.locator('#offline-control-status')).toHaveText('Hentningen er annulleret.');
    await expect(page.getByRole('button', { name: 'Gem vidensbanken til brug uden net' })).toBeFocused();
    expect((await workerStatus(page)).saved).toBe(false);
  });
});
