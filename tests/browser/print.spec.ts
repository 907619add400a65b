// Print in Chromium's print emulation: no navigation on paper, tables never cut at the right
// edge, link targets written out, and the whole guide with one article per printed page.
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

async function printed(page: Page, path: string) {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.emulateMedia({ media: 'print' });
  await page.goto(path);
}

test('the whole guide: table of contents, every article on its own page, sources', async ({ page }) => {
  await printed(page, '/guide/hele-guiden/');
  const toc = page.locator('.print-toc li a');
  const articles = page.locator('article.print-article');
  expect(await articles.count()).toBeGreaterThan(5);
  expect(await toc.count()).toBe((await articles.count()) + 1); // + the sources
  for (const article of await articles.all()) {
    expect(await article.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  }
  await expect(page.locator('#kilder')).toBeVisible();
  // Every in-page link of the contents leads to an element on the page.
  for (const href of await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
});

for (const path of ['/guide/hele-guiden/', '/strategier/', '/kommuner/', '/guide/placering-af-indgangen/', '/kommuner/indgange/']) {
  test(`prints ${path} without navigation, with whole tables and link targets`, async ({ page }) => {
    await printed(page, path);
    for (const selector of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', '.skip-link']) {
      await expect(page.locator(selector).first()).toBeHidden();
    }
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || t.scrollWidth > t.clientWidth + 1)
        .map((t) => t.querySelector('th')?.textContent),
    );
    expect(cut).toEqual([]);
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href]')]
        .filter((a) => !a.getAttribute('href')!.startsWith('#') && !a.closest('.map'))
        .map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content] as const),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const [href, after] of targets) {
      if (href!.startsWith('mailto:') || href!.startsWith('tel:')) continue;
      expect(after, `link to ${href}`).toContain(href);
    }
  });
}
