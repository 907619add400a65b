// The web editor in the real build: its files are there and self-contained (no inline script, no
// other site's address in what it loads), and it is kept out of what readers and robots get: the
// sitemap, the search index, the offline copy, robots.txt and every reader page's links.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { DIST, readerPages } from '../helpers/dist';
import { decodeFragmentFile } from '../../src/integrations/pagefind-texts';
import { WEB_EDITOR_FOLDER } from '../../src/lib/web-editor-path';

const ADMIN = path.join(DIST, WEB_EDITOR_FOLDER);
const read = (file: string) => readFileSync(path.join(ADMIN, file), 'utf8');

describe('the web editor in the build', () => {
  it('has its page, configuration, bundle, Danish strings, answer block and fonts', () => {
    expect(readdirSync(ADMIN).sort()).toEqual(['config.yml', 'dansk.js', 'fonts', 'index.html', 'svar.js', 'sveltia-cms.js']);
    expect(readdirSync(path.join(ADMIN, 'fonts')).length).toBeGreaterThan(0);
    const config = yaml.load(read('config.yml')) as { collections: Array<{ name: string }> };
    expect(config.collections.map((c) => c.name)).toEqual(expect.arrayContaining(['initiatives', 'interviews', 'lister']));
  });

  it('is not indexed and has no inline script or style', () => {
    const html = read('index.html');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="dansk.js">', '<script src="sveltia-cms.js">', '<script src="svar.js">']);
    expect(html).not.toMatch(/<script>|<style|style="/);
  });

  it('loads its fonts and Danish strings from the site, not a CDN', () => {
    const bundle = read('sveltia-cms.js');
    expect(bundle).not.toContain('cdn.jsdelivr.net/fontsource');
    for (const font of readdirSync(path.join(ADMIN, 'fonts'))) expect(bundle).toContain(`fonts/${font}`);
    expect(read('dansk.js')).toContain('"save":"Gem"');
  });

  it('is disallowed in robots.txt', () => expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toContain(`Disallow: /${WEB_EDITOR_FOLDER}/\n`));

  it('is not in the sitemap', () => expect(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(`/${WEB_EDITOR_FOLDER}/`));

  it('is not in the offline copy', () => {
    const manifests = readdirSync(path.join(DIST, 'offline')).map((f) => readFileSync(path.join(DIST, 'offline', f), 'utf8'));
    expect(manifests.length).toBeGreaterThan(0);
    for (const m of manifests) expect(m).not.toContain(`${WEB_EDITOR_FOLDER}/`);
    expect(readFileSync(path.join(DIST, 'sw.js'), 'utf8')).not.toContain(`${WEB_EDITOR_FOLDER}/`);
  });

  it('is not in the search index', () => {
    const dir = path.join(DIST, 'pagefind/fragment');
    const urls = readdirSync(dir).flatMap((f) => {
      const decoded = decodeFragmentFile(readFileSync(path.join(dir, f))) as { url?: string } | Record<string, { url?: string }>;
      return typeof decoded.url === 'string' ? [decoded.url] : Object.values(decoded as Record<string, { url?: string }>).map((x) => x.url ?? '');
    });
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => u.includes(`/${WEB_EDITOR_FOLDER}/`))).toEqual([]);
  });

  it('is linked from no reader page', () => {
    const linking = readerPages().filter((f) => new RegExp(`href="[^"]*/${WEB_EDITOR_FOLDER}/`).test(readFileSync(path.join(DIST, f), 'utf8')));
    expect(linking).toEqual([]);
  });
});
