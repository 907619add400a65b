// WCAG 2.1 AA in real Chromium: axe on every built page and on rendered search results, the
// keyboard path through a page, and proof that the check catches a broken page.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/browser-checks';
import { builtPagePaths } from '../helpers/built-pages';
import { PROJECT_ROOT } from '../helpers/fixture-site';
import { startServer } from '../helpers/static-server';
import { PORTS } from '../helpers/ports';

const CHUNKS = 4;

test.describe('every built page', () => {
  // Chunks run in parallel on the available workers. No service worker: its precache would
  // compete with axe for the cores.
  test.describe.configure({ mode: 'parallel' });
  test.use({ serviceWorkers: 'block' });
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`has no axe violations (WCAG 2.1 A and AA), part ${chunk + 1} of ${CHUNKS}`, async ({ page }) => {
      test.setTimeout(300_000);
      const all = builtPagePaths();
      expect(all.length).toBeGreaterThan(100);
      const violations: string[] = [];
      for (const p of all.filter((_, i) => i % CHUNKS === chunk)) {
        await page.goto(p, { waitUntil: 'domcontentloaded' });
        for (const v of await axeViolations(page)) violations.push(`${p}: ${v}`);
      }
      expect(violations).toEqual([]);
    });
  }
});

test('search results, filters and the no-results state have no axe violations', async ({ page }) => {
  await page.goto('/soeg/?q=fleksjob');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/soeg/?q=zxqvbnm&kommune=Aalborg+Kommune');
  await expect(page.locator('#search-empty')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the offline notice has no axe violations', async ({ page, context }) => {
  await page.goto('/');
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event('offline')));
  await expect(page.locator('#offline-notice')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.setOffline(false);
});

test('keyboard: skip link first, visible focus, focus order follows the page, no trap', async ({ page }) => {
  await page.goto('/guide/en-indgang/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);

  await page.goto('/guide/en-indgang/');
  const stops: { tag: string; outline: string; shadow: string; inFooter: boolean; index: number }[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const all = [...document.querySelectorAll('*')];
      return { tag: el.tagName, outline: style.outlineStyle, shadow: style.boxShadow, inFooter: !!el.closest('footer'), index: all.indexOf(el) };
    });
    if (!stop) break; // focus left the document: no trap
    stops.push(stop);
  }
  expect(stops.length).toBeGreaterThan(10);
  expect(stops.length).toBeLessThan(200);
  expect(stops.at(-1)!.inFooter).toBe(true);
  for (const s of stops) expect(s.outline !== 'none' || s.shadow !== 'none', `${s.tag} has no visible focus`).toBe(true);
  const order = stops.map((s) => s.index);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('the accessibility check catches a broken page', async ({ page }) => {
  const server = await startServer(path.join(PROJECT_ROOT, 'tests/fixtures/broken-site'), PORTS.brokenSite);
  try {
    await page.goto(`${server.url}/privat/`);
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('html-has-lang'))).toBe(true);
    expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(violations.some((v) => v.startsWith('label'))).toBe(true);
  } finally {
    server.stop();
  }
});
