// Integrity: content entries, built pages, sitemap URLs and indexed pages agree. Drafts and
// deliberate exclusions are listed here by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST, contentEntries, filesUnder } from '../helpers/dist';
import { requestPath as pageOf } from '../../src/integrations/service-worker';

/** Built pages that are deliberately not in the sitemap. */
const NOT_IN_SITEMAP = ['404.html', 'admin/'];
/** Built pages that are deliberately not in the search index (see docs/search.md). */
const NOT_INDEXED = ['404.html', 'admin/', 'soeg/', /^interviews\/spoergsmaal\//, 'guide/hele-guiden/'];
/** Pages that are not content entries: the fixed routes in src/pages. */
const FIXED_ROUTES = [
  '',
  'fortaelling/',
  'guide/',
  'kommuner/',
  'strategier/',
  'indsatser/',
  'interviews/',
  'organisationer/',
  'om/',
  'tilgaengelighed/',
  'soeg/',
  '404.html',
  'nyt/',
  'data/',
  'ordliste/',
  'kommuner/indgange/',
  'guide/hele-guiden/',
  // The web editor (src/integrations/web-editor.ts): not for readers, built all the same.
  'admin/',
];

const matches = (page: string, rules: (string | RegExp)[]) => rules.some((r) => (typeof r === 'string' ? r === page : r.test(page)));

const folders = {
  guide: 'guide',
  fortaelling: 'fortaelling',
  strategier: 'strategier',
  interviews: 'interviews',
  indsatser: 'indsatser',
  organisationer: 'organisationer',
} as const;
const entries = Object.fromEntries(Object.entries(folders).map(([k, folder]) => [k, contentEntries(folder)])) as Record<
  keyof typeof folders,
  Map<string, Record<string, unknown>>
>;
const drafts = Object.entries(entries).flatMap(([folder, map]) => [...map].filter(([, d]) => d['draft'] === true).map(([id]) => `${folder}/${id}/`));
const published = (folder: keyof typeof folders) => [...entries[folder]].filter(([, d]) => d['draft'] !== true);

/** The pages the content should produce, worked out from the files (independently of src/lib). */
function expectedPages(): string[] {
  const pages = new Set(FIXED_ROUTES);
  for (const folder of Object.keys(folders) as (keyof typeof folders)[]) for (const [id] of published(folder)) pages.add(`${folder}/${id}/`);
  const themes = yaml.load(readFileSync(path.join(CONTENT, 'data/temaer.yaml'), 'utf8')) as { id: string }[];
  for (const t of themes) pages.add(`indsatser/tema/${t.id}/`);
  const municipalities = new Set<string>();
  const collect = (d: Record<string, unknown>) => {
    for (const key of ['municipality', 'municipalities']) for (const m of [d[key]].flat()) if (typeof m === 'string') municipalities.add(m);
    for (const s of (d['seriesElsewhere'] as { municipality: string }[] | undefined) ?? []) municipalities.add(s.municipality);
  };
  for (const folder of Object.keys(folders) as (keyof typeof folders)[]) for (const [, d] of published(folder)) collect(d);
  for (const [, d] of contentEntries('indgange')) collect(d);
  for (const m of municipalities) pages.add(`kommuner/${m}/`);
  for (const [id] of published('interviews')) {
    const body = readFileSync(path.join(CONTENT, 'interviews', `${id}.mdx`), 'utf8');
    for (const [, q] of body.matchAll(/<Answer\s+question="([^"]+)"/g)) pages.add(`interviews/spoergsmaal/${q}/`);
  }
  return [...pages].sort();
}

const built = filesUnder(DIST)
  .filter((f) => f.endsWith('.html'))
  .map(pageOf)
  .sort();

describe('integrity', () => {
  it('lists drafts by name, and none of them was built', () => {
    console.log(`Kladder (ikke bygget): ${drafts.length ? drafts.join(', ') : 'ingen'}`);
    for (const d of drafts) expect(built).not.toContain(d);
  });

  it('built exactly one page per published content entry, municipality with content, theme, answered question and fixed route', () => {
    expect(built).toEqual(expectedPages());
  });

  it('has every built page in the sitemap except the listed exclusions', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map((m) => decodeURI(m[1]!)).sort();
    expect(urls).toEqual(built.filter((p) => !matches(p, NOT_IN_SITEMAP)));
  });

  it('has every built page in the search index except the listed exclusions', () => {
    const expected = built.filter((p) => !matches(p, NOT_INDEXED));
    const marked = built.filter((p) => readFileSync(path.join(DIST, p.endsWith('.html') ? p : `${p}index.html`), 'utf8').includes('data-pagefind-body'));
    expect(marked).toEqual(expected);
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(expected.length);
  });
});
