// The offline manifest: what is precached at once, what only on request, and that revisions and
// shards let a deployment re-fetch only what changed.
import { describe, expect, it } from 'vitest';
import { buildManifest, isCore, isPrecachable, requestPath, type BuiltFile } from '../../src/offline/manifest';

const file = (name: string, content = name, bytes = 1000): BuiltFile => ({ file: name, content: new TextEncoder().encode(content), bytes });
const site = (extra: BuiltFile[] = []): BuiltFile[] => [
  file('index.html'),
  file('soeg/index.html'),
  file('404.html'),
  file('favicon.svg'),
  file('_astro/BaseLayout.abc.css'),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/pagefind.da_123.pf_meta'),
  file('pagefind/wasm.da.pagefind'),
  file('pagefind/wasm.unknown.pagefind'),
  file('pagefind/index/da_1.pf_index'),
  file('pagefind/fragment/da_1.pf_fragment'),
  file('search/fold/a.json'),
  file('sw.js'),
  file('_headers'),
  file('_redirects'),
  file('sitemap-0.xml'),
  ...Array.from({ length: 300 }, (_, i) => file(`guide/artikel-${i}/index.html`)),
  ...extra,
];
const options = { precacheAllBelow: 100_000, coreBudget: 1_500_000, shardSize: 128 };

describe('which files', () => {
  it.each(['sw.js', '_headers', '_redirects', 'offline/manifest.x.json', 'sitemap-0.xml', 'a.js.map'])('never precaches %s', (f) =>
    expect(isPrecachable(f)).toBe(false),
  );
  it.each([
    'index.html',
    'soeg/index.html',
    '404.html',
    'favicon.svg',
    '_astro/x.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.da_1.pf_meta',
    'pagefind/wasm.da.pagefind',
    'pagefind/filter/da_1.pf_filter',
    'search/fold/a.json',
  ])('counts %s as core', (f) => expect(isCore(f, ['da'])).toBe(true));
  it.each([
    'guide/x/index.html',
    'pagefind/index/da_1.pf_index',
    'pagefind/fragment/da_1.pf_fragment',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/pagefind-ui.js',
  ])('leaves %s to use or opt-in', (f) => expect(isCore(f, ['da'])).toBe(false));
  it('requests pages by their folder URL', () => {
    expect(requestPath('index.html')).toBe('');
    expect(requestPath('guide/x/index.html')).toBe('guide/x/');
    expect(requestPath('404.html')).toBe('404.html');
  });
});

describe('modes', () => {
  it('precaches everything below the threshold, with no shards', () => {
    const { manifest } = buildManifest(site(), ['da'], { ...options, precacheAllBelow: 10_000_000 });
    expect(manifest.mode).toBe('all');
    expect(manifest.core).toHaveLength(manifest.total.files);
    expect(manifest.shards).toEqual([]);
    expect(manifest.core.map((e) => e[0])).not.toContain('sw.js');
  });
  it('precaches only the core above it, and shards the rest', () => {
    const { manifest, shards } = buildManifest(site(), ['da'], options);
    expect(manifest.mode).toBe('core');
    expect(manifest.core.map((e) => e[0]).sort()).toEqual(
      [
        '',
        '404.html',
        '_astro/BaseLayout.abc.css',
        'favicon.svg',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.da_123.pf_meta',
        'pagefind/pagefind.js',
        'pagefind/wasm.da.pagefind',
        'search/fold/a.json',
        'soeg/',
      ].sort(),
    );
    expect(manifest.coreBytes).toBe(10_000);
    expect(shards.length).toBe(4);
    expect(shards.flatMap((s) => s.entries).length + manifest.core.length).toBe(manifest.total.files);
  });
});

describe('a deployment that changes one page', () => {
  it("changes that entry's revision and one shard only", () => {
    const before = buildManifest(site(), ['da'], options);
    const after = buildManifest(
      site().map((f) => (f.file === 'guide/artikel-7/index.html' ? file(f.file, 'changed') : f)),
      ['da'],
      options,
    );
    const changed = after.shards.filter((s, i) => s.name !== before.shards[i]!.name);
    expect(changed).toHaveLength(1);
    expect(after.manifest.core).toEqual(before.manifest.core);
    expect(after.manifest.version).not.toBe(before.manifest.version);
  });
});
