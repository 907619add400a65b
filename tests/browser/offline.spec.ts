// Offline use: after one visit the whole site and its search work with the network cut, and a
// new deployment replaces the cached pages and the old cache.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { startServer } from '../helpers/static-server';
import { PORTS } from '../helpers/ports';

async function waitForOfflineReady(page: Page): Promise<string[]> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return page.evaluate(() => caches.keys());
}

test('after one visit, every page and the search work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await page.reload(); // the service worker now controls the page
  const cacheNames = await waitForOfflineReady(page);
  expect(cacheNames).toHaveLength(1);
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

  await context.setOffline(false);
  await page.goto('/kommuner/');
  await expect(page.locator('#offline-notice')).toBeHidden();
});

test('a new deployment replaces a changed page and deletes the old cache', async ({ page, context }) => {
  test.setTimeout(180_000);
  const guide = readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/minimal/content/guide/en-indgang.mdx'), 'utf8');
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
    await page.reload();
    const [oldCache] = await waitForOfflineReady(page);
    await expect(page.locator('h1')).toHaveText('Én indgang');

    // Deploy the second build over the first.
    rmSync(served, { recursive: true, force: true });
    cpSync(path.join(second.root, 'dist'), served, { recursive: true });

    await page.reload();
    await expect(page.locator('h1')).toHaveText('Én indgang, opdateret');
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).not.toContain(oldCache);
    const cacheNames: string[] = await page.evaluate(() => caches.keys());
    expect(cacheNames).toHaveLength(1);

    // Offline, the cache now holds the new page.
    await context.setOffline(true);
    await page.goto(`${server.url}/guide/en-indgang/`);
    await expect(page.locator('h1')).toHaveText('Én indgang, opdateret');
  } finally {
    server.stop();
  }
});
