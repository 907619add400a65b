// The web editor (/admin/, Sveltia CMS) in Chromium with the local-repository backend: the
// directory picker is given an origin-private (OPFS) folder holding a copy of content/ (and the
// `.git` folder Sveltia looks for). The test removes one initiative and the interview from that
// copy and makes them again through the forms, as an editor would from the source text; a wrong
// year is refused by the form in Danish. The files the editor wrote are read back, put into a copy
// of the site, and must pass `npm run tjek` and build into the expected pages. The screenshots
// it takes are the editor's guide's (docs/billeder/webredaktoer-*.png), so they stay true.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { filesUnder } from '../helpers/dist';
import { buildEnv, fixtureBuildCommand, prepareFixture, PROJECT_ROOT } from '../helpers/fixture-site';

const CONTENT = path.join(PROJECT_ROOT, 'content');
const SHOTS = path.join(PROJECT_ROOT, 'docs/billeder');
/** The two entries the test makes again through the forms. */
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const INTERVIEW = 'content/interviews/aalborg-2018-09.mdx';

/** Two answers of the real interview, word for word (the questions are in content/data/spoergsmaal.yaml). */
function answerOf(question: string): string {
  const body = readFileSync(path.join(PROJECT_ROOT, INTERVIEW), 'utf8');
  const match = new RegExp(`<Answer question="${question}">\\n\\n([\\s\\S]*?)\\n\\n</Answer>`).exec(body);
  if (!match) throw new Error(`no answer to ${question} in ${INTERVIEW}`);
  return match[1]!;
}

/** The folder the test hands to Sveltia: content/ (by default without the two entries it makes again); .git is added. */
function repositoryFiles(leaveOut: readonly string[] = [INITIATIVE, INTERVIEW]): Array<{ path: string; text: string }> {
  return filesUnder(CONTENT)
    .map((f) => `content/${f.split(path.sep).join('/')}`)
    .filter((f) => !leaveOut.includes(f))
    .map((f) => ({ path: f, text: readFileSync(path.join(PROJECT_ROOT, f), 'utf8') }));
}

/** The fields are drawn as they scroll into view: scroll the form until `target` exists, then to it. */
async function reveal(page: Page, target: Locator): Promise<Locator> {
  const form = page.getByRole('group', { name: /^Rediger indhold/ });
  for (let i = 0; i < 40 && (await target.count()) === 0; i++) {
    await form.hover({ position: { x: 200, y: 300 } });
    await page.mouse.wheel(0, 500);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await target.scrollIntoViewIfNeeded();
  return target;
}

const textbox = (page: Page, name: string) => reveal(page, page.getByRole('textbox', { name, exact: true }));

async function choose(page: Page, field: string, option: string): Promise<void> {
  const box = await reveal(page, page.getByRole('combobox', { name: field, exact: true }));
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // A list of several choices stays open; Escape would close the whole document, so click again.
  if (await page.getByRole('listbox').isVisible()) await box.click();
}

/** Reads a file back from the origin-private folder. */
const readBack = (page: Page, file: string) =>
  page.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, file.split('/'));

const listBack = (page: Page, folder: string) =>
  page.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of parts) dir = await dir.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names.sort();
  }, folder.split('/'));

/** A browser context on the site whose directory picker gives the local backend an OPFS folder holding `files`. */
async function editorWith(browser: Browser, files: Array<{ path: string; text: string }>) {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 800 } });
  // Every request stays on the site; the CSP blocks Sveltia's two optional look-ups (its update
  // check on unpkg.com and GitHub's status page) before they leave the browser.
  const elsewhere: string[] = [];
  context.on('request', (r) => {
    if (!/^(https?:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(r.url())) elsewhere.push(r.url());
  });
  const cspViolations: string[] = [];
  context.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy/.test(text) && !/unpkg\.com\/@sveltia\/cms\/package\.json|githubstatus\.com/.test(text)) cspViolations.push(text);
  });
  await context.addInitScript(() => {
    // The local-repository backend asks for a folder; the test's folder is origin-private.
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);

  await page.goto('/robots.txt');
  expect(await page.evaluate(() => document.body.textContent)).toContain('Disallow: /admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const f of files) {
      const parts = f.path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(f.text);
      await writable.close();
    }
  }, files);

  return { context, page, elsewhere, cspViolations };
}

test('an editor makes an initiative and an interview in the web editor, and the files pass the check and build', async ({ browser }) => {
  test.setTimeout(240_000);
  const started = Date.now();
  mkdirSync(SHOTS, { recursive: true });
  const { context, page, elsewhere, cspViolations } = await editorWith(browser, repositoryFiles());

  // Log in: the page is Danish and not indexed.
  const response = await page.goto('/admin/');
  expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', 'noindex, nofollow');
  const local = page.getByRole('button', { name: 'Arbejd med lokalt repository' });
  await expect(local).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'webredaktoer-1-log-ind.png') });
  await local.click();

  // A new initiative, from the interview's facts.
  const collections = page.getByRole('tree', { name: 'Samlingsliste' });
  await collections.getByRole('treeitem', { name: 'Indsatserne' }).click();
  await expect(page.getByRole('main', { name: /Indsatserne/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'webredaktoer-2-indsatser.png') });
  const initiativesBefore = await listBack(page, 'content/indsatser/aalborg');
  await page.getByRole('button', { name: 'Opret nyt dokument' }).click();
  await (await textbox(page, 'Indsatsens titel')).fill('Startup-caféer for iværksættere');
  await choose(page, 'Kommunen', 'Aalborg Kommune (aalborg)');
  await choose(page, 'Et eller flere temaer', 'Iværksætteri og nye virksomheder (ivaerksaetteri)');
  await choose(page, 'Et eller flere temaer', 'Netværk (netvaerk)');
  await (await reveal(page, page.getByRole('radio', { name: 'I gang (igang)', exact: true }))).check();
  await (await reveal(page, page.getByRole('spinbutton', { name: 'Første år', exact: true }))).fill('1850');
  await (await textbox(page, 'Beskrivelse')).fill('Pr. september 2018 arrangerer Aalborg Kommune startup-caféer for iværksætterne.');
  await choose(page, 'Organisationer', 'BusinessAalborg (businessaalborg)');
  await choose(page, 'Siden på sitet', 'Socialøkonomi i Aalborg Kommune – status september 2018 (interviews/aalborg-2018-09)');
  await (await textbox(page, 'Fakta pr. dato')).fill('2018-09-01');

  // A wrong value is refused by the form, in Danish, and nothing is written.
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  const tooEarly = page.getByRole('alert').filter({ hasText: /Værdien skal være større end eller lig med 1\.990/ });
  await (await reveal(page, tooEarly)).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'webredaktoer-3-fejl-i-feltet.png') });
  expect(await listBack(page, 'content/indsatser/aalborg')).toEqual(initiativesBefore);
  await (await reveal(page, page.getByRole('spinbutton', { name: 'Første år', exact: true }))).fill('');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Dokumentet er gemt.')).toBeVisible();
  const initiativesAfter = await listBack(page, 'content/indsatser/aalborg');
  const added = initiativesAfter.filter((f) => !initiativesBefore.includes(f));
  expect(added).toHaveLength(1);
  const initiativeFile = `content/indsatser/aalborg/${added[0]!}`;
  const initiativeText = await readBack(page, initiativeFile);

  // The interview, with two answers as "Svar" blocks: nobody types <Answer>.
  await page.goto('/admin/#/collections/interviews/new');
  await (await textbox(page, 'Interviewets titel')).fill('Socialøkonomi i Aalborg Kommune – status september 2018');
  await (
    await textbox(page, 'Resumé')
  ).fill(
    'Frida Tarp fra BusinessAalborg fortæller, hvorfor Aalborg Kommune bevidst ikke har en fast strategi for socialøkonomi, og hvordan kommunen arbejder med cirkulære indkøb.',
  );
  await choose(page, 'Kommunen', 'Aalborg Kommune (aalborg)');
  await (await textbox(page, 'Datoen for interviewet')).fill('2018-09-01');
  await (await textbox(page, 'Datoen med kildens ord')).fill('september 2018');
  await (await textbox(page, 'Den interviewedes navn')).fill('Frida Tarp');
  await (await textbox(page, 'Stilling')).fill('forretningsudvikler og ansvarlig for socialøkonomiske virksomheder');
  await (await textbox(page, 'Organisation')).fill('BusinessAalborg, Aalborg Kommune');
  await (await reveal(page, page.getByRole('checkbox', { name: 'Socialøkonomi i Aalborg Kommune – status september 2018 (aalborg-status-2018)' }))).check();
  await (await textbox(page, 'Fakta pr. dato')).fill('2018-09-01');
  const body = await textbox(page, 'Tekst');
  await body.click();
  await expect(body).toBeFocused();
  const intro = 'I september 2018 svarede Frida Tarp fra BusinessAalborg på spørgsmålene om socialøkonomien i Aalborg Kommune.';
  await body.fill(intro);
  await expect(body).toContainText(intro);
  for (const [question, label] of [
    ['strategi', 'Strategi eller aftale'],
    ['indkoeb', 'Indkøbspolitik'],
  ] as const) {
    await page.getByRole('button', { name: 'Indsæt', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Svar på et fast spørgsmål' }).click();
    const block = page.getByRole('group', { name: /Svar på et fast spørgsmål/ }).last();
    await block.getByRole('combobox', { name: 'Spørgsmål' }).click();
    await page.getByRole('option', { name: label, exact: true }).click();
    await block.getByRole('textbox', { name: 'Svaret' }).fill(answerOf(question));
    if (question === 'indkoeb') {
      await block.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SHOTS, 'webredaktoer-4-svar.png') });
    }
  }
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Dokumentet er gemt.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Indholdseditor' })).toHaveCount(0);
  await expect(page.getByRole('main', { name: /Interviewene/ }).getByText('Socialøkonomi i Aalborg Kommune – status september 2018')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'webredaktoer-5-gemt.png') });
  const interviewText = await readBack(page, INTERVIEW);
  await context.close();

  expect(elsewhere).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(interviewText).toContain(intro);
  expect(interviewText).toContain(`<Answer question="strategi">\n\n${answerOf('strategi')}\n\n</Answer>`);
  expect(interviewText).toContain(`<Answer question="indkoeb">\n\n${answerOf('indkoeb')}\n\n</Answer>`);

  // The written files in a copy of the site: `npm run tjek` passes and the build makes their pages.
  const root = prepareFixture('web-editor', {}, (contentDir) => {
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(CONTENT, contentDir, { recursive: true });
    rmSync(path.join(contentDir, '..', INITIATIVE));
    writeFileSync(path.join(contentDir, '..', initiativeFile), initiativeText);
    writeFileSync(path.join(contentDir, '..', INTERVIEW), interviewText);
  });
  const tjek = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'scripts/tjek.ts'), '--root', root],
    {
      encoding: 'utf8',
      env: buildEnv({ NO_COLOR: '1' }),
    },
  );
  expect(tjek.status, `${tjek.stdout}\n${tjek.stderr}`).toBe(0);
  const [command, ...args] = fixtureBuildCommand(root);
  const build = spawnSync(command!, args, { cwd: root, encoding: 'utf8', env: buildEnv({ NO_COLOR: '1' }), maxBuffer: 64 * 1024 * 1024 });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const initiativePage = path.join(root, 'dist/indsatser/aalborg', added[0]!.replace(/\.yaml$/, ''), 'index.html');
  expect(existsSync(initiativePage)).toBe(true);
  expect(readFileSync(initiativePage, 'utf8')).toContain('Startup-caféer for iværksættere');
  const interviewPage = readFileSync(path.join(root, 'dist/interviews/aalborg-2018-09/index.html'), 'utf8');
  expect(interviewPage).toContain('Har I en strategi for socialøkonomiske virksomheder eller en aftale?');
  expect(interviewPage).toContain('Vi har valgt ikke at have en fast strategi');
  expect(readdirSync(path.join(root, 'dist/interviews/spoergsmaal')).sort()).toEqual(['indkoeb', 'strategi']);
  console.log(`web editor test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('an existing interview keeps its text, answers included, when an editor changes one field', async ({ browser }) => {
  const { context, page, elsewhere } = await editorWith(browser, repositoryFiles([]));
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Arbejd med lokalt repository' }).click();
  await page.goto('/admin/#/collections/interviews/entries/aalborg-2018-09');
  await (await textbox(page, 'Datoen med kildens ord')).fill('september 2018, let redigeret');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Dokumentet er gemt.')).toBeVisible();
  const saved = await readBack(page, INTERVIEW);
  await context.close();
  expect(elsewhere).toEqual([]);
  // The one field changed, and Sveltia writes the draft flag's default; the body is untouched.
  const original = readFileSync(path.join(PROJECT_ROOT, INTERVIEW), 'utf8');
  const expected = original
    .replace('dateText: september 2018\n', 'dateText: september 2018, let redigeret\n')
    .replace('\nfactsAsOf:', '\ndraft: false\nfactsAsOf:');
  expect(saved).toBe(expected);
});
