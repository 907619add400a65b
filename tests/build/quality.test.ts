// Quality gates over the built site: links and fragments, page structure, HTML validity — on the
// normal build and on a build under /vidensbank/ — and proof that each check catches a broken page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';
import { DIST, filesUnder } from '../helpers/dist';
import { readPages, type BuiltPage } from '../quality/site-pages';
import { checkLinks } from '../quality/check-links';
import { checkStructure } from '../quality/check-structure';
import { checkHtml } from '../quality/check-html';
import { checkNu } from '../quality/check-nu';

const BASE_DIST = path.join(PROJECT_ROOT, 'tests/.tmp/base-path/dist');
const BROKEN = path.join(PROJECT_ROOT, 'tests/fixtures/broken-site');
const describeProblems = (ps: { file: string; problem: string }[]) => ps.map((p) => `${p.file}: ${p.problem}`);

describe('the real build', () => {
  let pages: BuiltPage[];
  beforeAll(() => {
    pages = readPages(DIST);
  });
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(100));
  it('has no broken internal link, missing #fragment, external link without noopener or vague link text', () =>
    expect(describeProblems(checkLinks(DIST, pages))).toEqual([]));
  it('gives every page a unique title, one h1, a meta description and unbroken heading levels', () =>
    expect(describeProblems(checkStructure(pages))).toEqual([]));
  it('is valid HTML', async () => expect(describeProblems(await checkHtml(pages))).toEqual([]));
});

describe('the W3C Nu HTML checker', () => {
  // One Java process for the real build and the broken page (the JVM takes seconds to start).
  let problems: string[];
  beforeAll(() => {
    const started = performance.now();
    const built = filesUnder(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(DIST, f));
    problems = describeProblems(checkNu([...built, path.join(BROKEN, 'index.html'), path.join(BROKEN, 'efter-html/index.html')], PROJECT_ROOT));
    console.log(`Nu checker: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  it('finds 0 errors on every built page of the real build', () => expect(problems.filter((p) => p.startsWith('dist/'))).toEqual([]));
  it('finds the errors in a broken page: an unclosed element, a <script> after </html>', () => {
    expect(problems).toContain('tests/fixtures/broken-site/index.html: Unclosed element “span”. (line 13)');
    expect(problems).toContain('tests/fixtures/broken-site/efter-html/index.html: Stray start tag “script”. (line 5)');
  });
});

describe('a build under the base path /vidensbank/', () => {
  beforeAll(() => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: buildEnv({ BASE_PATH: '/vidensbank/', OUT_DIR: BASE_DIST, CACHE_DIR: path.join(PROJECT_ROOT, 'tests/.tmp/base-path/cache') }),
    });
    if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  });
  it('links every page, asset and fragment under /vidensbank/', () => {
    const pages = readPages(BASE_DIST);
    expect(describeProblems(checkLinks(BASE_DIST, pages, '/vidensbank/'))).toEqual([]);
    const hrefs = pages.flatMap((p) =>
      p.root.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]').map((e) => e.getAttribute('href') ?? e.getAttribute('src')!),
    );
    expect(hrefs.filter((h) => !h.startsWith('/vidensbank/'))).toEqual([]);
  });
  it('writes the search index, the spelling dictionary and a service worker scoped to the base path', () => {
    expect(existsSync(path.join(BASE_DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(BASE_DIST, 'search/fold/s.json'))).toBe(true);
    const sw = readFileSync(path.join(BASE_DIST, 'sw.js'), 'utf8');
    expect(sw).toContain('const BASE = "/vidensbank/";');
    expect(readFileSync(path.join(BASE_DIST, 'soeg/index.html'), 'utf8')).toContain('data-base="/vidensbank/"');
  });
  it('publishes open data, the feed and robots.txt with every URL under /vidensbank/', () => {
    const prefix = 'https://vidensbank.example.dk/vidensbank/';
    for (const name of ['kommuner', 'indsatser', 'strategier', 'indgange', 'interviewsvar']) {
      const rows = JSON.parse(readFileSync(path.join(BASE_DIST, 'data', `${name}.json`), 'utf8')) as { url?: string; sourceUrl?: string }[];
      for (const url of rows.flatMap((r) => [r.url, r.sourceUrl]).filter((u): u is string => u !== undefined)) {
        expect(url.startsWith(prefix), url).toBe(true);
        expect(existsSync(path.join(BASE_DIST, new URL(url).pathname.slice('/vidensbank/'.length), 'index.html')), url).toBe(true);
      }
      expect(readFileSync(path.join(BASE_DIST, 'data', `${name}.schema.json`), 'utf8')).toContain(`"$id": "${prefix}data/${name}.schema.json"`);
    }
    const feed = readFileSync(path.join(BASE_DIST, 'nyt/feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<link (?:rel="\w+" )?href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !l.startsWith(prefix))).toEqual([]);
    expect(readFileSync(path.join(BASE_DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
  });
});

describe('each check catches a broken page', () => {
  const pages = readPages(BROKEN);
  it.each([
    ['a broken link', 'broken link: /findes-ikke/'],
    ['a missing fragment', 'missing #fragment: /side/#mangler'],
    ['a vague link text', 'vague link text: "klik her"'],
    ['an external link without noopener', 'external link without rel="noopener": https://example.com/'],
    ['a resource from another origin', 'resource from another origin: https://tracker.example.com/pixel.gif'],
  ])('links: %s', (_, expected) => expect(describeProblems(checkLinks(BROKEN, pages))).toContain(`index.html: ${expected}`));
  it.each([
    ['a duplicate title', 'side/index.html: duplicate <title> "Samme titel" (also index.html)'],
    ['a missing meta description', 'side/index.html: no meta description'],
    ['two h1', 'side/index.html: 2 h1 elements (expected 1)'],
    ['a skipped heading level', 'index.html: heading level skipped: h1 → h3 ("Et spring fra h1 til h3")'],
  ])('structure: %s', (_, expected) => expect(describeProblems(checkStructure(pages))).toContain(expected));
  it('html: an unclosed element', async () => {
    const problems = describeProblems(await checkHtml(pages));
    expect(problems.some((p) => p.startsWith('index.html: close-order'))).toBe(true);
  });
});
