// The published-output check in real builds. The real build passes it, with every HTML, SVG and
// XML file read. Fixture builds with the content check and the Markdown safety plugin taken out
// (as if a bad value slipped past both) and bad files planted in public/ and content/ fail, naming
// the page and the file it came from, both as a plain `astro build` and as `npm run build`
// (search step in its own process).
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv, fixtureBuildCommand, npmBuildCommand, prepareFixture, PROJECT_ROOT, srcWithoutContentGate } from '../helpers/fixture-site';
import { DIST, filesUnder } from '../helpers/dist';
import { checkDist } from '../../src/integrations/published/check-dist';
import { fixtureText } from '../helpers/fixture-text';

const SITE = { origin: 'https://vidensbank.example.dk', base: '/' };
const GUIDE = fixtureText('content/guide/en-indgang.mdx');

/**
 * The fixture's config with both earlier lines of defence taken out (the content check with its
 * gate in the loaders, and the Markdown processor's own safety plugin), as if a bad value had
 * slipped past them, and with a public/ folder of its own.
 */
const config = (root: string) =>
  [
    `import config from ${JSON.stringify(path.join(PROJECT_ROOT, 'astro.config.mjs'))};`,
    `import { satteri } from '@astrojs/markdown-satteri';`,
    `import { links } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src/markdown/links.ts'))};`,
    `export default { ...config, integrations: config.integrations.filter((i) => i.name !== 'vidensbank:editor-checks'),`,
    `  markdown: { ...config.markdown, processor: satteri({ hastPlugins: [links('/')] }) },`,
    `  srcDir: ${JSON.stringify(srcWithoutContentGate(root))}, publicDir: ${JSON.stringify(path.join(root, 'public'))} };`,
  ].join('\n');

function buildWithPublic(name: string, files: Record<string, string>, command: (root: string) => string[], content: Record<string, string> = {}) {
  const root = prepareFixture(name, content);
  writeFileSync(path.join(root, 'astro.config.mjs'), config(root));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'public', file)), { recursive: true });
    writeFileSync(path.join(root, 'public', file), text);
  }
  const [cmd, ...args] = command(root);
  const r = spawnSync(cmd!, args, { cwd: root, encoding: 'utf8', env: buildEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }), maxBuffer: 64 * 1024 * 1024 });
  const output = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
  expect(output, 'the content check ran: this test must see the published-output check alone').not.toContain('Tjek af indholdet');
  return { status: r.status, output, root };
}

describe('published-output check', () => {
  it('passes the real build, reading every HTML, SVG and XML file', () => {
    const files = filesUnder(DIST).map((f) => f.split(path.sep).join('/'));
    expect(checkDist(DIST, files, { site: SITE, publicDir: path.join(PROJECT_ROOT, 'public') })).toEqual([]);
    const kinds = files.map((f) => path.extname(f));
    expect(kinds.filter((k) => k === '.html').length).toBeGreaterThan(100);
    expect(kinds.filter((k) => k === '.xml').length).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain('.svg');
    // The build's check runs before the search step; of what that step writes, only Pagefind's own
    // style sheets are of a kind the check reads, and they pass it (the check above read them too).
    const searchStep = files.filter((f) => /^(pagefind|offline|search)\//.test(f) || f === 'sw.js');
    expect(searchStep.length).toBeGreaterThan(0);
    expect(searchStep.filter((f) => /\.(html?|xhtml|svg|xml|css)$/.test(f)).every((f) => /^pagefind\/[^/]+\.css$/.test(f))).toBe(true);
  });

  it('stops a plain astro build on bad files in public/ and content, naming page and file, in Danish', () => {
    const r = buildWithPublic(
      'published-bad-public',
      {
        'om-os.html': '<!doctype html><title>x</title><p>Hej</p><IMG SRC="https://evil.example/x.png"/ONERROR="alert(1)">',
        'billeder/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        'feed.xml': '<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?><rss/>',
      },
      fixtureBuildCommand,
      { 'content/guide/raa-html.md': `${GUIDE.replace('order: 1', 'order: 2')}\n<IMG SRC="https://evil.example/billede.png" alt="Kort">\n` },
    );
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain('Det færdige site indeholder noget, der ikke må udgives: 6 fund i 5 filer');
    expect(r.output).toMatch(/\/guide\/raa-html\/ \(dist\/guide\/raa-html\/index\.html\)\n {2}linje \d+: <img src="https:\/\/evil\.example\/billede\.png">/);
    expect(r.output).toContain('Kommer fra: content/guide/raa-html.md');
    // A page built from many files names the one that holds the value.
    expect(r.output).toMatch(/\/guide\/hele-guiden\/ \(dist\/guide\/hele-guiden\/index\.html\)\n.*\n.*\n {4}Kommer fra: content\/guide\/raa-html\.md/);
    expect(r.output).toContain('/om-os.html (dist/om-os.html)');
    expect(r.output).toMatch(/<img onerror="alert\(1\)">\n\s+Det er en hændelsesattribut/);
    expect(r.output).toMatch(/<img src="https:\/\/evil\.example\/x\.png">\n\s+Det er en fil, der hentes fra en anden server/);
    expect(r.output).toContain('Kommer fra: filen public/om-os.html');
    expect(r.output).toContain('/billeder/logo.svg (dist/billeder/logo.svg)');
    expect(r.output).toContain('Kommer fra: filen public/billeder/logo.svg');
    expect(r.output).toContain('/feed.xml (dist/feed.xml)');
    expect(r.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    // Stopped before the search step: nothing indexed or cached for offline.
    expect(filesUnder(path.join(r.root, 'dist')).some((f) => f === 'sw.js')).toBe(false);
  });

  it('stops npm run build too (the search step runs in a process of its own)', () => {
    const r = buildWithPublic('published-bad-public-npm', { 'x.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' }, npmBuildCommand);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain('/x.svg (dist/x.svg)');
    expect(r.output).toContain('Kommer fra: filen public/x.svg');
    expect(r.output).not.toContain('Søgeindeks:');
  });
});
