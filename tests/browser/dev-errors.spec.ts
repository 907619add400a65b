// `npm run dev` shows content errors where the editor looks: break a file and the page gets the
// Danish summary `npm run tjek` prints (the same text, from the same code) laid over it, also on a
// page opened while the content is broken; fix the file and the page comes back with the change.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/model';
import { formatSummary } from '../../src/editor/summary';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { prepareFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { PORTS } from '../helpers/ports';

const PAGE = 'content/guide/en-indgang.mdx';
let root: string;
let server: DevServer;
let original: string;

test.beforeAll(async () => {
  root = prepareFixture('dev-errors');
  original = readFileSync(path.join(root, PAGE), 'utf8');
  server = await startDevServer(root, PORTS.devServer);
});
test.afterAll(() => server?.stop());

test('a content error is shown over the page until the file is fixed', async ({ page, context }) => {
  const overlay = page.getByRole('alertdialog', { name: 'Indholdet har fejl' });
  await page.goto(`${server.url}/guide/en-indgang/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Én indgang' })).toBeVisible();
  // The page's script has asked for the state and heard "no errors": nothing over the page.
  await expect(overlay).toHaveCount(0);

  writeFileSync(path.join(root, PAGE), original.replace('kind: vejledning', 'kind: lovgivningen'));
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('FEJL – skal rettes, før sitet kan bygges:');
  await expect(overlay).toContainText(PAGE);
  await expect(overlay).toContainText('felt: kind, værdi: "lovgivningen"');
  // Exactly the summary npm run tjek prints (errors only, as the build shows it).
  const summary = formatSummary(
    checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), otherRoutes: OTHER_ROUTES }),
    {
      warnings: false,
    },
  );
  await expect(overlay.locator('pre')).toHaveText(summary);

  // A page opened while the content is broken shows the errors as well.
  const other = await context.newPage();
  await other.goto(`${server.url}/kommuner/aalborg/`);
  await expect(other.getByRole('alertdialog', { name: 'Indholdet har fejl' })).toContainText(PAGE);
  // The editor can still look at the page beneath.
  await other.getByRole('button', { name: 'Skjul beskeden' }).click();
  await expect(other.getByRole('alertdialog')).toHaveCount(0);

  writeFileSync(path.join(root, PAGE), original.replace('## Hvorfor', '## Hvorfor det virker'));
  // Astro reloads the page for the new text on its own, before the check has run again: a page in
  // that moment has no summary over it yet, so wait for the check's verdict before looking.
  await expect.poll(() => server.output(), { timeout: 30_000 }).toContain('Indholdet er tjekket igen: ingen fejl.');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Hvorfor det virker' })).toBeVisible();
});
