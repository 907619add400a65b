// deploy/nginx.conf tested for real: Debian's nginx serves dist/ with it on 127.0.0.1. Every
// response carries the security headers and the caching deploy/cache-control.json prescribes, /was
// redirects to the accessibility statement, and pages, search and offline use work in Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordMisbehaviour } from '../helpers/browser-checks';
import { DIST, filesUnder } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/fixture-site';
import { hasNginx, startNginx, type Nginx } from '../helpers/nginx';
import { PORTS } from '../helpers/ports';
import { requestPath } from '../../src/integrations/service-worker';

const security = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'deploy/security-headers.json'), 'utf8')) as Record<string, string>;
/** The web editor's own headers (its CSP, noindex) replace the site's below its path. */
const admin = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'deploy/admin-headers.json'), 'utf8')) as { path: string; headers: Record<string, string> };
const securityFor = (url: string) => (url.startsWith(admin.path) ? { ...security, ...admin.headers } : security);
const caching = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'deploy/cache-control.json'), 'utf8')) as Record<string, string> & {
  'content-hashed prefixes': string[];
};
/** Responses smaller than nginx.conf's gzip_min_length are sent uncompressed, as they should be. */
const GZIP_MIN_LENGTH = Number(/gzip_min_length (\d+);/.exec(readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8'))?.[1] ?? 20);
const expectedCaching = (url: string) =>
  caching['content-hashed prefixes'].some((p) => url.startsWith(p)) ? caching['content-hashed files'] : caching['pages and other files'];

// CI (.ci/run) installs nginx and sets REQUIRE_NGINX=1, so a missing nginx fails there.
test.skip(!hasNginx() && !process.env['REQUIRE_NGINX'], 'nginx is not installed (apt-get install -y nginx)');

let nginx: Nginx;
test.beforeAll(async () => {
  nginx = await startNginx(DIST, PORTS.nginx);
});
test.afterAll(() => nginx?.stop());

test('every response has the security headers and the right caching', async () => {
  const urls = filesUnder(DIST)
    .filter((f) => !/^_(headers|redirects)$/.test(f))
    .map((f) => `/${requestPath(f)}`);
  urls.push('/findes-ikke/', '/guide', '/was');
  const problems: string[] = [];
  for (let i = 0; i < urls.length; i += 16) {
    await Promise.all(
      urls.slice(i, i + 16).map(async (url) => {
        const response = await fetch(nginx.url + url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
        const size = (await response.arrayBuffer()).byteLength;
        for (const [name, value] of Object.entries(securityFor(url)))
          if (response.headers.get(name) !== value) problems.push(`${url}: ${name} is ${response.headers.get(name)}`);
        const cacheControl = response.headers.get('cache-control');
        if (cacheControl !== expectedCaching(url)) problems.push(`${url}: Cache-Control is ${cacheControl}`);
        const type = response.headers.get('content-type') ?? '';
        if (response.status === 200 && url.endsWith('/') && !type.startsWith('text/html')) problems.push(`${url}: Content-Type ${type}`);
        if (url.endsWith('.yml') && !type.startsWith('text/yaml')) problems.push(`${url}: Content-Type ${type}`);
        if (response.status === 200 && size >= GZIP_MIN_LENGTH && /\.(js|css|json|yml)$|\/$/.test(url) && response.headers.get('content-encoding') !== 'gzip')
          problems.push(`${url}: not gzip`);
        const expectedStatus = url === '/findes-ikke/' ? 404 : url === '/guide' ? 301 : url === '/was' ? 302 : 200;
        if (response.status !== expectedStatus) problems.push(`${url}: status ${response.status}`);
      }),
    );
  }
  expect(problems).toEqual([]);
});

test('/was redirects to the accessibility statement, and host files are not served', async () => {
  const was = await fetch(`${nginx.url}/was`, { redirect: 'manual' });
  expect(was.status).toBe(302);
  expect(was.headers.get('location')).toMatch(/^https:\/\/www\.was\.digst\.dk\//);
  expect((await fetch(`${nginx.url}/_headers`)).status).toBe(404);
});

test('pages, search and offline use work in Chromium behind nginx', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: nginx.url });
  const problems = recordMisbehaviour(context, nginx.url);
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toBe(security['Content-Security-Policy']);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.goto('/kommuner/aalborg/');
  await expect(page.locator('h1')).toHaveText('Aalborg Kommune');
  await page.goto('/soeg/?q=fleksjob');
  await expect(page.locator('#search-results a[href="/guide/ansaettelse-af-udsatte-ledige/"]')).toBeVisible();

  await context.setOffline(true);
  await page.goto('/strategier/aalborg/');
  await expect(page.locator('h1')).toContainText('strategi');
  await page.goto('/soeg/?q=socialokonomi');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
  await context.setOffline(false);
  expect(problems).toEqual([]);
  await context.close();
});
