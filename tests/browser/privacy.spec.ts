// Privacy and security in real Chromium, with the production headers (CSP included) sent by the
// test server: no request to another origin, no cookie, no storage beyond the offline cache, no
// console error or CSP violation — on every page and in search. And proof that the checks bite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordMisbehaviour, spyOnStorage, storageUse } from '../helpers/browser-checks';
import { builtPagePaths } from '../helpers/built-pages';
import { PROJECT_ROOT } from '../helpers/fixture-site';
import { startServer } from '../helpers/static-server';
import { PORTS } from '../helpers/ports';

test('every page and a search stay on this origin, set no cookie, store nothing and log no error', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const problems = recordMisbehaviour(context, baseURL!);
  await spyOnStorage(context);
  for (const p of builtPagePaths()) {
    await page.goto(p);
    for (const use of await storageUse(page)) problems.push(`${p}: ${use}`);
  }
  await page.goto('/soeg/');
  await page.locator('#q').pressSequentially('socialokonomi');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
  await page.locator('#filter-region').getByLabel('Region Nordjylland').check();
  await expect(page.locator('#search-status')).toContainText('Region Nordjylland');
  for (const use of await storageUse(page)) problems.push(`/soeg/: ${use}`);
  expect(await context.cookies()).toEqual([]);
  expect(problems).toEqual([]);
});

test('the page is served with the production CSP header, and search works under it', async ({ page }) => {
  const headers = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'deploy/security-headers.json'), 'utf8')) as Record<string, string>;
  const response = await page.goto('/soeg/?q=fleksjob');
  expect(response!.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
});

test('the checks catch third-party requests, cookies, storage and CSP violations', async ({ browser }) => {
  const dir = path.join(PROJECT_ROOT, 'tests/fixtures/broken-site');
  const open = await startServer(dir, PORTS.privacyOpen);
  const strict = await startServer(dir, PORTS.privacyStrict, { headers: path.join(PROJECT_ROOT, 'deploy/security-headers.json') });
  try {
    const context = await browser.newContext();
    const problems = recordMisbehaviour(context, open.url);
    await spyOnStorage(context);
    const page = await context.newPage();
    await page.goto(`${open.url}/privat/`);
    expect(problems.some((p) => p.startsWith('request to another origin: https://tracker.example.com/'))).toBe(true);
    expect(await storageUse(page)).toEqual(expect.arrayContaining(['localStorage.setItem(sporing)', 'document.cookie=besoeg']));
    expect(await context.cookies()).toHaveLength(1);
    await context.close();

    const strictContext = await browser.newContext();
    const strictProblems = recordMisbehaviour(strictContext, strict.url);
    const strictPage = await strictContext.newPage();
    await strictPage.goto(`${strict.url}/privat/`);
    await expect.poll(() => strictProblems.filter((p) => p.includes('Content Security Policy')).length).toBeGreaterThan(0);
    expect(await strictContext.cookies()).toEqual([]); // the inline script was blocked
    await strictContext.close();
  } finally {
    open.stop();
    strict.stop();
  }
});
