// Every built page reads without sideways scrolling at 320 CSS px (WCAG 2.1 SC 1.4.10 Reflow)
// and at 1280 px, and with text enlarged to 200 % (SC 1.4.4). One page per worker is reused:
// each path is loaded once and measured at each size.
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../helpers/built-pages';
import { horizontalOverflow } from '../helpers/overflow';

const CHUNKS = 2;

test.describe('every built page', () => {
  test.describe.configure({ mode: 'parallel' });
  test.use({ serviceWorkers: 'block' });
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`has no horizontal overflow at 320 px, 1280 px and 200 % text, part ${chunk + 1} of ${CHUNKS}`, async ({ page }) => {
      test.setTimeout(240_000);
      const all = builtPagePaths();
      expect(all.length).toBeGreaterThan(100);
      const problems: string[] = [];
      for (const p of all.filter((_, i) => i % CHUNKS === chunk)) {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(p, { waitUntil: 'domcontentloaded' });
        for (const v of await horizontalOverflow(page)) problems.push(`${p} at 320 px: ${v}`);
        await page.setViewportSize({ width: 1280, height: 800 });
        for (const v of await horizontalOverflow(page)) problems.push(`${p} at 1280 px: ${v}`);
        // Text-only zoom to 200 % (the root font size doubled) in a 640 px window, as a
        // 1280 px screen shows a page at 200 % browser zoom.
        await page.setViewportSize({ width: 640, height: 800 });
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%'));
        for (const v of await horizontalOverflow(page)) problems.push(`${p} at 200 % text: ${v}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

test('a title with one very long word wraps instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/strategier/');
  await page.evaluate(() => {
    document.querySelector('h1')!.textContent = 'Socialøkonomi'.repeat(30);
  });
  expect(await horizontalOverflow(page)).toEqual([]);
});

test('the overflow check catches a page that is too wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/om/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'x';
    p.style.setProperty('width', '900px');
    document.querySelector('main')!.append(p);
  });
  const problems = await horizontalOverflow(page);
  expect(problems.join('\n')).toContain('document is');
});
