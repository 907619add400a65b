// The folders of src/ import only in the allowed directions (eslint.layers.mjs): the lint rule
// rejects a wrong import (type-only and dynamic ones too), outside src/model/ the model is reached
// only through its door, every entry of src/ has a row, and no import in src/ closes a circle
// between folders.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_IMPORTS } from '../../eslint.layers.mjs';
import { circles, folderEdges } from '../helpers/import-graph';
import { probeLinter } from '../helpers/lint-probe';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'src');

const layerErrors = probeLinter(['import-x/no-restricted-paths', 'no-restricted-syntax', 'layers/file-references']);

describe('the lint rule on allowed directions', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine, once per file.
  beforeAll(() => layerErrors('src/lib/probe.ts', 'export const x = 1;\n'), 60_000);

  it.each([
    ['the model importing the site', 'src/model/probe.ts', "import { urls } from '../lib/urls';\nexport const u = urls;\n", 'src/model may import only from'],
    [
      'the model importing a type from the site',
      'src/model/rules/probe.ts',
      "import type { Site } from '../../lib/content';\nexport type S = Site;\n",
      'src/model may import only from',
    ],
    ['the model re-exporting the editor', 'src/model/probe.ts', "export { scaffold } from '../editor/scaffold';\n", 'src/model may import only from'],
    [
      'the model importing the site dynamically',
      'src/model/probe.ts',
      "export const load = () => import('../opendata/files');\n",
      'src/model may import only from',
    ],
    [
      'the schemas importing the model',
      'src/schemas/probe.ts',
      "import type { CollectionName } from '../model';\nexport type C = CollectionName;\n",
      'src/schemas may import only from',
    ],
    [
      'the site reaching past the door',
      'src/lib/probe.ts',
      "import { checkContent } from '../model/check';\nexport const c = checkContent;\n",
      'through its door',
    ],
    [
      'a type from past the door',
      'src/editor/probe.ts',
      "import type { ContentProblem } from '../model/problem';\nexport type P = ContentProblem;\n",
      'through its door',
    ],
    [
      'an npm script past the door',
      'scripts/probe.ts',
      "import { checkContent } from '../src/model/check.ts';\nexport const c = checkContent;\n",
      'through its door',
    ],
    [
      'the editor importing a build step',
      'src/editor/probe.ts',
      "import { editorChecks } from '../integrations/editor-checks';\nexport const e = editorChecks;\n",
      'src/editor may import only from',
    ],
    [
      'a browser script importing the site',
      'src/scripts/probe.ts',
      "import { href } from '../lib/urls';\nexport const h = href;\n",
      'src/scripts may import only from',
    ],
    [
      'the site importing the editors commands',
      'src/lib/probe.ts',
      "import { scaffold } from '../editor/scaffold';\nexport const s = scaffold;\n",
      'src/lib may import only from',
    ],
    // Spellings the zones could not follow are refused as such.
    ['an import path built at run time', 'src/model/probe.ts', 'export const load = (n: string) => import(`../lib/${n}`);\n', 'Import with a fixed path'],
    ["Vite's import.meta.glob", 'src/model/probe.ts', "export const all = import.meta.glob('../lib/*.ts');\n", 'instead of import.meta.glob'],
    ['a path from the project root', 'src/model/probe.ts', "import { urls } from '/src/lib/urls';\nexport const u = urls;\n", 'not from the project root'],
    ['a re-export from the project root', 'src/editor/probe.ts', "export * from '/src/integrations/editor-checks';\n", 'not from the project root'],
    ['a dynamic import from the project root', 'src/model/probe.ts', "export const l = () => import('/src/lib/urls');\n", 'not from the project root'],
    ["a type written as import('…')", 'src/model/probe.ts', "export type S = import('../lib/content').Site;\n", "instead of import('…').Name"],
    ['a require in TypeScript', 'src/model/probe.ts', "import u = require('../lib/urls');\nexport const x = u;\n", 'src/model may import only from'],
    [
      'a path that goes round through src/',
      'src/model/probe.ts',
      "import { urls } from '../../src/lib/urls';\nexport const u = urls;\n",
      'src/model may import only from',
    ],
    ['a path with its extension', 'src/lib/probe.ts', "import { specOf } from '../model/registry.ts';\nexport const s = specOf;\n", 'through its door'],
    ['a path with a query', 'src/model/probe.ts', "import text from '../lib/urls?raw';\nexport const t = text;\n", 'src/model may import only from'],
    ['a namespace re-export', 'src/model/probe.ts', "export * as urls from '../lib/urls';\n", 'src/model may import only from'],
    ['an import for its side effects', 'src/model/probe.ts', "import '../lib/urls';\n", 'src/model may import only from'],
    [
      "a component's front matter past the door",
      'src/components/Probe.astro',
      "---\nimport { checkContent } from '../model/check';\nconst c = String(checkContent);\n---\n<p>{c}</p>\n",
      'through its door',
    ],
    [
      // eslint-plugin-astro lints a <script> as a file of its own (Probe.astro/1_1.ts).
      "a component's <script> past the door",
      'src/components/Probe.astro',
      "<p>x</p>\n<script>\n  import { checkContent } from '../model/check';\n  console.log(checkContent);\n</script>\n",
      'through its door',
    ],
    [
      'a file named by new URL against the table',
      'src/integrations/probe.ts',
      "export const page = new URL('../pages/index.astro', import.meta.url);\n",
      'src/integrations may refer only to files of',
    ],
    ['a file of the model named by new URL', 'src/lib/probe.ts', "export const f = new URL('../model/check.ts', import.meta.url);\n", 'through its door'],
    [
      'a file named by new URL with a path built at run time',
      'src/integrations/probe.ts',
      'export const f = (name: string) => new URL(name, import.meta.url);\n',
      'Name the file with a fixed path',
    ],
    [
      "a component's <script src> that Astro bundles",
      'src/components/Probe.astro',
      '<p>x</p>\n<script src="../model/check.ts"></script>\n',
      'instead of <script src>',
    ],
    [
      'a require with a path built at run time',
      'src/model/probe.ts',
      "const name = '../lib/urls';\nexport const u: unknown = require(name);\n",
      'Require with a fixed path',
    ],
    [
      'a require made by createRequire under another name',
      'src/model/probe.ts',
      "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nexport const u: unknown = load('../lib/urls');\n",
      'const require = createRequire',
    ],
    [
      'createRequire imported under another name',
      'src/model/probe.ts',
      "import { createRequire as make } from 'node:module';\nexport const r = make(import.meta.url);\n",
      'Import createRequire by its name',
    ],
    [
      "createRequire from the module's namespace",
      'src/model/probe.ts',
      "import * as m from 'node:module';\nexport const r = m.createRequire(import.meta.url);\n",
      'Import createRequire by its name',
    ],
    [
      'a require made by createRequire, past the rule',
      'src/model/probe.ts',
      "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const u: unknown = require('../lib/urls');\n",
      'src/model may import only from',
    ],
  ])('rejects %s', async (_name, file, code, expected) => {
    const errors = await layerErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    [
      'the site through the door',
      'src/lib/probe.ts',
      "import { checkContent, type CollectionName } from '../model';\nexport const c = checkContent;\nexport type C = CollectionName;\n",
    ],
    [
      'the model within itself and the schemas',
      'src/model/probe.ts',
      "import { specOf } from './registry';\nimport { slugify } from '../schemas/slug';\nexport const s = [specOf, slugify];\n",
    ],
    [
      'a build step using the site and the model',
      'src/integrations/probe.ts',
      "import { recentPages } from '../lib/recent';\nimport { modelOf } from '../model';\nexport const r = [recentPages, modelOf];\n",
    ],
    ['a browser script named by new URL from a build step', 'src/integrations/probe.ts', "export const f = new URL('../scripts/site.ts', import.meta.url);\n"],
    [
      "a component's inline <script src> (a file of the built site)",
      'src/components/Probe.astro',
      '<p>x</p>\n<script is:inline src="/pagefind/pagefind.js"></script>\n',
    ],
    ["a layout's <script> importing a browser script", 'src/layouts/Probe.astro', "<p>x</p>\n<script>\n  import '../scripts/site.ts';\n</script>\n"],
    [
      "a package's folder found with createRequire",
      'src/editor/probe.ts',
      "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const dir = require.resolve('zod');\n",
    ],
  ])('accepts %s', async (_name, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('the table of allowed directions', () => {
  const entries = readdirSync(SRC).sort();

  it('has a row for every entry of src/, and none for what is gone', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(Object.keys(ALLOWED_IMPORTS).sort()).toEqual(entries);
    for (const allowed of Object.values(ALLOWED_IMPORTS)) for (const a of allowed) expect(entries).toContain(a);
  });

  it('allows no circle itself, and lets the model import only the schemas', () => {
    const edges = Object.entries(ALLOWED_IMPORTS).flatMap(([from, tos]) => tos.map((to) => ({ from, to })));
    expect(edges.length).toBeGreaterThan(0);
    expect(circles(edges)).toEqual([]);
    expect(ALLOWED_IMPORTS['model']).toEqual(['schemas']);
    expect(ALLOWED_IMPORTS['schemas']).toEqual([]);
  });
});

describe('the imports in src/', () => {
  const edges = folderEdges(SRC);

  it('close no circle between folders', () => {
    expect(edges.length).toBeGreaterThan(10);
    expect(circles(edges)).toEqual([]);
  });

  it('follow the table (the same rule as the lint, read independently)', () => {
    const wrong = edges.filter((e) => !ALLOWED_IMPORTS[e.from]?.includes(e.to)).map((e) => e.example);
    expect(wrong).toEqual([]);
  });

  it("are read from a component's front matter, <script> blocks and bundled <script src>", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
    for (const dir of ['pages', 'lib', 'scripts', 'model', 'public']) mkdirSync(path.join(root, dir));
    for (const file of ['lib/a.ts', 'scripts/b.ts', 'model/c.ts', 'public/d.js']) writeFileSync(path.join(root, file), 'export {};\n');
    writeFileSync(
      path.join(root, 'pages/p.astro'),
      "---\nimport { a } from '../lib/a';\n---\n<p>{a}</p>\n<script>\n  import '../scripts/b';\n</script>\n" +
        '<script src="../model/c.ts"></script>\n<script is:inline src="../public/d.js"></script>\n',
    );
    expect(folderEdges(root).map((e) => e.to)).toEqual(['lib', 'scripts', 'model']);
    rmSync(root, { recursive: true, force: true });
  });

  it("count a file named by new URL('…', import.meta.url)", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
    for (const dir of ['integrations', 'scripts']) mkdirSync(path.join(root, dir));
    writeFileSync(path.join(root, 'scripts/b.ts'), 'export {};\n');
    writeFileSync(path.join(root, 'integrations/i.ts'), "export const script = new URL('../scripts/b.ts', import.meta.url);\n");
    expect(folderEdges(root).map((e) => [e.from, e.to])).toEqual([['integrations', 'scripts']]);
    rmSync(root, { recursive: true, force: true });
  });

  it('the circle finder finds a circle when there is one', () => {
    const found = circles([
      { from: 'model', to: 'editor' },
      { from: 'editor', to: 'lib' },
      { from: 'lib', to: 'model' },
      { from: 'pages', to: 'lib' },
      { from: 'schemas', to: 'schemas' },
    ]);
    expect(found).toEqual([
      ['editor', 'lib', 'model', 'editor'],
      ['schemas', 'schemas'],
    ]);
  });
});
