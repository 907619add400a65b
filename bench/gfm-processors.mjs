// Benchmark: the same generated GFM site (tables, strikethrough, autolinks, footnotes, task
// lists) built with Astro 7's native Sätteri processor and with unified() + remark-gfm.
// Usage: npm run bench:gfm -- [pages=600] [runs=3] [ext=mdx|md]. Prints medians, the ratio and an output check.
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench/out/gfm');
const PAGES = Number(process.argv[2] ?? 600);
const RUNS = Number(process.argv[3] ?? 3);
const EXT = process.argv[4] ?? 'mdx';
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const page = (i) => `---
title: Side ${i}
---

## Socialøkonomi i kommune ${i}

Socialøkonomiske virksomheder kombinerer forretningsdrift med et socialt formål. ~~Ikke en beskyttet titel~~ – alle kan kalde sig socialøkonomisk.[^kilde]
Se mere på https://example.dk/side-${i} eller www.example.dk.

| Kommune | Strategi | Vedtaget | Indsatser |
| :------ | :------: | -------: | --------- |
| Roskilde | Ja | 2014 | ${i % 7} |
| Aarhus | Ja | 2012 | ${i % 5} |
| Aalborg | Nej | – | ${i % 11} |

- [x] Én indgang etableret
- [ ] Intern guide skrevet
- [ ] Partnerskabsaftale indgået

### Indsatser

1. Rådgivning og mentorordning for iværksættere i kommune ${i}.
2. Netværk og en årlig netværksdag.
3. Indkøb og udbud med sociale klausuler.

[^kilde]: Kommunale strategier – et overblik, 10. december 2014.
`;

function setup(processor) {
  const dir = path.join(WORK, processor);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  for (let i = 0; i < PAGES; i++) writeFileSync(path.join(dir, 'content', `side-${i}.${EXT}`), page(i));
  const processorImport =
    processor === 'satteri'
      ? `import { satteri } from '@astrojs/markdown-satteri';\nconst processor = satteri();`
      : `import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\nconst processor = unified({ gfm: false, remarkPlugins: [remarkGfm] });`;
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n${processorImport}\nexport default defineConfig({ markdown: { processor }, integrations: [mdx()], devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '*.${EXT}', base: './content' }), schema: z.object({ title: z.string() }) }) };\n`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props; const { Content } = await render(entry);\n---\n<html lang="da"><head><title>{entry.data.title}</title></head><body><main><Content /></main></body></html>\n`,
  );
  return dir;
}

function build(dir) {
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  rmSync(path.join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [ASTRO, 'build', '--root', dir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${dir} failed:\n${r.stdout}\n${r.stderr}`);
  return seconds;
}

/** Counts of the GFM constructs in the built HTML, to show both processors rendered the same features. */
function features(dir) {
  const html = readdirSync(path.join(dir, 'dist'), { recursive: true })
    .filter((f) => String(f).endsWith('.html'))
    .map((f) => readFileSync(path.join(dir, 'dist', String(f)), 'utf8'))
    .join('');
  const count = (re) => (html.match(re) ?? []).length;
  return {
    tables: count(/<table/g),
    del: count(/<del>/g),
    checkboxes: count(/type="checkbox"/g),
    footnoteRefs: count(/data-footnote-ref/g),
    autolinks: count(/href="https:\/\/example\.dk/g),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dirs = { satteri: setup('satteri'), unified: setup('unified') };
const times = { satteri: [], unified: [] };
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 ? ['unified', 'satteri'] : ['satteri', 'unified']) {
    const t = build(dirs[name]);
    times[name].push(t);
    console.log(`run ${run + 1} ${name}: ${t.toFixed(1)} s`);
  }
}
const result = {
  pages: PAGES,
  extension: EXT,
  runs: RUNS,
  node: process.version,
  satteri: { medianSeconds: +median(times.satteri).toFixed(2), all: times.satteri.map((t) => +t.toFixed(2)), features: features(dirs.satteri) },
  unified: { medianSeconds: +median(times.unified).toFixed(2), all: times.unified.map((t) => +t.toFixed(2)), features: features(dirs.unified) },
};
result.ratioUnifiedToSatteri = +(result.unified.medianSeconds / result.satteri.medianSeconds).toFixed(2);
console.log(JSON.stringify(result, null, 2));
