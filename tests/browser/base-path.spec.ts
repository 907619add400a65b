// The site under a sub-path (/vidensbank/), as municipal intranets host it: pages, search and
// the service worker all work there.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';
import { startServer, type Server } from '../helpers/static-server';
import { PORTS } from '../helpers/ports';

const OUT = path.join(PROJECT_ROOT, 'tests/.tmp/base-path-browser/dist');
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv({ BASE_PATH: '/vidensbank/', OUT_DIR: OUT, CACHE_DIR: path.join(PROJECT_ROOT, 'tests/.tmp/base-path-browser/cache') }),
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  server = await startServer(OUT, PORTS.basePath, { base: '/vidensbank/', headers: path.join(PROJECT_ROOT, 'deploy/security-headers.json') });
});

test.afterAll(() => server?.stop());

test('pages, search and offline use work under /vidensbank/', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/vidensbank/`);
  await page.locator('a[href="/vidensbank/kommuner/"]').first().click();
  await expect(page.locator('h1')).toHaveText('Kommuner');

  await page.locator('#site-search-q').fill('fleksjob');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/vidensbank\/soeg\/\?q=fleksjob/);
  await expect(page.locator('#search-results a[href="/vidensbank/guide/ansaettelse-af-udsatte-ledige/"]')).toBeVisible();

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${server.url}/vidensbank/`);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto(`${server.url}/vidensbank/strategier/kolding/`);
  await expect(page.locator('h1')).toHaveText('Overskud giver overskud');
  await context.setOffline(false);
  expect(errors).toEqual([]);
});
