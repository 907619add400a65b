// Search in a real browser: typing, filters, deep links, the no-JavaScript message.
import { expect, test, type Page } from '@playwright/test';

// No service worker: each test's fresh context would otherwise precache the whole site while the
// search loads. Search through the worker, online and offline, is tested in offline.spec.ts.
test.use({ serviceWorkers: 'block' });

/** Waits for the status of a finished search: for `query` when given, so an earlier query's status can't be read. */
async function finished(page: Page, query?: string): Promise<void> {
  await expect(page.locator('#search-status')).toContainText(query === undefined ? /resultat/ : `»${query}«`);
  await expect(page.locator('#search-status')).toContainText(/resultat/);
}

async function resultCount(page: Page, query?: string): Promise<number> {
  await finished(page, query);
  const text = (await page.locator('#search-status').textContent()) ?? '';
  return text.startsWith('Ingen') ? 0 : Number(text.match(/^(\d+)/)?.[1]);
}

async function results(page: Page, query?: string): Promise<string[]> {
  await finished(page, query);
  const links = page.locator('#search-results li h2 a');
  const count = await links.count();
  if (count > 0) await expect(links.first()).toHaveAttribute('href', /\/.+/);
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('typing in the search field shows the expected result', async ({ page }) => {
  await page.goto('/soeg/');
  await page.locator('#q').pressSequentially('fleksjob');
  const hrefs = await results(page, 'fleksjob');
  expect(hrefs.slice(0, 3)).toContain('/guide/ansaettelse-af-udsatte-ledige/');
  await expect(page.locator('#search-results mark').first()).toHaveText(/fleksjob/i);
  await expect(page).toHaveURL(/\?q=fleksjob$/);
});

test('a loose spelling finds the Danish word, and excerpts highlight only words on the page', async ({ page }) => {
  await page.goto('/soeg/?q=socialokonomi');
  await results(page, 'socialokonomi');
  const marks = await page.locator('#search-results mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toMatch(/^socialøkonomi/);
  await page.goto('/soeg/?q=SØV');
  await results(page, 'SØV');
  const synonymMarks = await page.locator('#search-results mark').allTextContents();
  expect(synonymMarks.some((m) => /^socialøkonomisk/i.test(m))).toBe(true);
  expect(synonymMarks.every((m) => !/^søv$/i.test(m))).toBe(true);
});

test('"/" focuses the search field from any page', async ({ page }) => {
  await page.goto('/kommuner/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('the header search leads to the results', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-search-q').fill('Kolding');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/soeg\/\?q=Kolding/);
  expect((await results(page, 'Kolding')).slice(0, 3)).toContain('/kommuner/kolding/');
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto('/soeg/?q=socialøkonomiske');
  const all = await resultCount(page, 'socialøkonomiske');
  await page.locator('#filter-kommune').getByLabel('Aalborg Kommune').check();
  await expect(page).toHaveURL(/kommune=Aalborg\+Kommune/);
  await expect(page.locator('#search-status')).toContainText('filtreret: Aalborg Kommune');
  const filtered = await resultCount(page);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
});

test('several municipalities and regions at once match any of them, kept in the URL', async ({ page }) => {
  await page.goto('/soeg/?q=socialøkonomiske&kommune=Aalborg+Kommune');
  await expect(page.locator('#filter-kommune').getByLabel('Aalborg Kommune')).toBeChecked();
  await expect(page.locator('#search-status')).toContainText('filtreret: Aalborg Kommune');
  const aalborg = await resultCount(page);
  await page.locator('#filter-kommune').getByLabel('Kolding Kommune').check();
  await expect(page).toHaveURL(/kommune=Kolding\+Kommune/);
  expect(new URL(page.url()).searchParams.getAll('kommune').sort()).toEqual(['Aalborg Kommune', 'Kolding Kommune']);
  await expect(page.locator('#search-status')).toContainText(/(Aalborg|Kolding) Kommune eller (Aalborg|Kolding) Kommune/);
  const both = await resultCount(page);
  expect(both).toBeGreaterThan(aalborg);
  const hrefs = await results(page);
  expect(hrefs.some((h) => h.includes('kolding'))).toBe(true);

  await page.goto('/soeg/?q=socialøkonomiske&region=Region+Nordjylland&region=Region+Syddanmark');
  await expect(page.locator('#filter-region').getByLabel('Region Nordjylland')).toBeChecked();
  await expect(page.locator('#filter-region').getByLabel('Region Syddanmark')).toBeChecked();
  await expect(page.locator('#search-status')).toContainText('Region Nordjylland eller Region Syddanmark');
  expect(await resultCount(page)).toBeGreaterThan(0);
});

test("excerpts keep a space between a fact box's labels and values", async ({ page }) => {
  await page.goto('/soeg/?q=status&type=Indsats');
  await results(page);
  const excerpts = await page.locator('#search-results li > p:not(.meta)').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const e of excerpts) expect(e).not.toMatch(/Kommune(Status|Periode|Temaer)|(oplyst|gang|Gennemført|Planlagt)(Temaer|Periode|Kilde)/);
});

test('a deep link restores the query and the filters', async ({ page }) => {
  await page.goto('/soeg/?q=indk%C3%B8b&type=Indsats');
  await expect(page.locator('#q')).toHaveValue('indkøb');
  await expect(page.locator('#filter-type')).toHaveValue('Indsats');
  const hrefs = await results(page);
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.startsWith('/indsatser/'))).toBe(true);
});

test('a word no page holds says so, shows no fragment matches, and offers suggestions', async ({ page }) => {
  await page.goto('/soeg/?q=zxqvbnm');
  await expect(page.locator('#search-status')).toHaveText('Ingen sider indeholder »zxqvbnm«.');
  await expect(page.locator('#search-results li')).toHaveCount(0);
  await expect(page.locator('#search-empty')).toBeVisible();
  // Pagefind alone matches a fragment of such a word (here `ingen`); the search page does not.
  await page.locator('#q').fill('ingenlunde');
  await expect(page.locator('#search-status')).toHaveText('Ingen sider indeholder »ingenlunde«.');
  // Beside words that pages hold, it is left out, and named.
  await page.locator('#q').fill('fleksjob zxqvbnm');
  await expect(page.locator('#search-status')).toContainText(/^\d+ resultat.*»fleksjob zxqvbnm«\. Ingen sider indeholder »zxqvbnm«, så ordet er udeladt\./);
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
});

test("a misspelt word is corrected from the site's own words, said in the live region, with a link to search as typed", async ({ page }) => {
  await page.goto('/soeg/?q=Koldnig');
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText(/^\d+ resultater for »Koldnig«\. Viser resultater for »kolding«\. Søg i stedet efter »Koldnig«\.$/);
  expect((await results(page, 'Koldnig')).slice(0, 3)).toContain('/kommuner/kolding/');
  await status.getByRole('link', { name: '»Koldnig«' }).click();
  await expect(page).toHaveURL(/\?q=Koldnig&ordret=1$/);
  await expect(status).toHaveText('Ingen sider indeholder »koldnig«.');
  // A deep link to the search as typed stays as typed; typing again corrects again.
  await page.reload();
  await expect(status).toHaveText('Ingen sider indeholder »koldnig«.');
  await page.locator('#q').fill('Skanderbrog');
  await expect(status).toContainText('Viser resultater for »skanderborg«');
  await expect(page).not.toHaveURL(/ordret/);
});

test('a question finds its article although no page holds all its words, and says so', async ({ page }) => {
  await page.goto('/soeg/?q=hvad+skal+en+forretningsplan+indeholde');
  await expect(page.locator('#search-status')).toContainText(/indeholder alle ordene; viser også sider med nogle af dem\.$/);
  const hrefs = await results(page, 'hvad skal en forretningsplan indeholde');
  expect(hrefs.length).toBeGreaterThan(1);
});

test('respelling never narrows: a query typed without æ/ø/å finds every page the Danish spelling finds', async ({ page }) => {
  const all = async (query: string) => {
    await page.goto(`/soeg/?q=${encodeURIComponent(query)}`);
    return resultCount(page, query);
  };
  const pairs: [plain: string, danish: string][] = [
    ['socialokonomiske virksomheder', 'socialøkonomiske virksomheder'],
    ['kobenhavn strategi', 'københavn strategi'],
    ['indkob', 'indkøb'],
  ];
  for (const [plain, danish] of pairs) {
    expect(await all(plain), plain).toBeGreaterThanOrEqual(await all(danish));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the indexes', async ({ page }) => {
    await page.goto('/soeg/?q=fleksjob');
    await expect(page.locator('main')).toContainText('Søgningen kræver JavaScript');
    await expect(page.locator('#search-needs-js a[href="/kommuner/"]')).toBeVisible();
    await expect(page.locator('#search-needs-js a[href="/guide/"]')).toBeVisible();
    await expect(page.locator('#search-form')).toBeHidden();
  });
});
