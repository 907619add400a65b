// Build time against Starlight: builds the same generated guide articles (same words, same count)
// with this project and with a minimal Starlight site (bench/starlight/: defaults, Pagefind on) in
// two variants — a sidebar by category (one link per category page, as a large site has it) and
// Starlight's default sidebar (every page on every page) — cold, interleaved (the order rotates
// each run), and reports medians, the paired ratios against each variant and peak memory.
// Total build time includes each site's search index. Installs bench/starlight with npm first.
// Usage: npm run bench:starlight -- [pages=5000] [runs=3]. Writes bench/out/build-vs-starlight.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEnv, npmBuildCommand, prepareFixture, PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { vocabulary, writeGeneratedGuide, writeStarlightGuide } from './generate-content.ts';
import { measureCommand, type Measured } from './measure-process.ts';

const PAGES = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 3);
const MUNICIPALITIES = ['aalborg', 'aarhus', 'kolding', 'roskilde', 'koebenhavn', 'odense', 'esbjerg', 'vejle'];
const THEMES = ['en-indgang', 'indkoeb'];
const STARLIGHT = path.join(PROJECT_ROOT, 'bench/starlight');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gb = (bytes: number) => +(bytes / 1024 ** 3).toFixed(2);

// The vocabulary comes from the real site, as in the other benchmarks.
const real = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
if (real.status !== 0) throw new Error(real.stderr);
const dist = path.join(PROJECT_ROOT, 'dist');
const words = vocabulary(
  dist,
  readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html')),
);

console.log('Installing bench/starlight …');
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: STARLIGHT, stdio: 'inherit' });

// Content, written once.
const oursRoot = prepareFixture(`starlight-bench-${PAGES}`, {}, (content) => writeGeneratedGuide(content, PAGES, words, MUNICIPALITIES, THEMES));
const docs = path.join(STARLIGHT, 'src/content/docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
writeFileSync(path.join(docs, 'index.md'), '---\ntitle: Vidensbank\ndescription: Sammenligningssite for byggetid.\n---\n\nGenererede vejledninger.\n');
const sidebar = writeStarlightGuide(docs, PAGES, words, MUNICIPALITIES, THEMES);
writeFileSync(path.join(STARLIGHT, 'sidebar.json'), JSON.stringify(sidebar, null, 2));

const env = buildEnv({ NO_COLOR: '1', FORCE_COLOR: '0' });
const sites = {
  ours: {
    clean: () => ['dist', 'cache', '.astro'].forEach((d) => rmSync(path.join(oursRoot, d), { recursive: true, force: true })),
    run: () => {
      // As `npm run build` does it (scripts/astro.mjs): the search step after Astro's process.
      const [cmd, ...args] = npmBuildCommand(oursRoot);
      return measureCommand(cmd!, args, { cwd: oursRoot, env: { ...env, CACHE_DIR: path.join(oursRoot, 'cache') } });
    },
  },
  starlightByCategory: starlightVariant('category'),
  starlightDefault: starlightVariant('default'),
};

function starlightVariant(sidebar: 'category' | 'default') {
  return {
    clean: () => ['dist', '.astro', 'node_modules/.astro'].forEach((d) => rmSync(path.join(STARLIGHT, d), { recursive: true, force: true })),
    run: () =>
      measureCommand(process.execPath, [path.join(STARLIGHT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: STARLIGHT,
        env: { ...env, STARLIGHT_SIDEBAR: sidebar },
      }),
  };
}
type Site = keyof typeof sites;

/** The lines of a build's output that show its phases (Astro's page step, the search index). */
const phaseLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => /built in|Completed in|Søgeindeks|pagefind|Pagefind|Complete!|Finished/i.test(l))
    .map((l) => l.trim());

const SITES = Object.keys(sites) as Site[];
const results = Object.fromEntries(SITES.map((s) => [s, [] as Measured[]])) as Record<Site, Measured[]>;
for (let run = 0; run < RUNS; run++) {
  // Rotate the order, so no site always builds first (on a cold disk cache) or last.
  const order = SITES.map((_, i) => SITES[(i + run) % SITES.length]!);
  for (const site of order) {
    sites[site].clean();
    const m = await sites[site].run();
    if (m.status !== 0) throw new Error(`${site} build failed:\n${m.output.slice(-3000)}`);
    results[site].push(m);
    const split = Object.entries(m.peakRssByProgram)
      .map(([name, bytes]) => `${name} ${gb(bytes)}`)
      .join(', ');
    console.log(`run ${run + 1} ${site}: ${m.seconds.toFixed(1)} s, peak ${gb(m.peakRssBytes)} GB (${split})`);
    for (const line of phaseLines(m.output)) console.log(`    ${line}`);
  }
}

const seconds = (site: Site) => results[site].map((m) => +m.seconds.toFixed(2));
const ratiosTo = (other: Site) => results.ours.map((m, i) => +(m.seconds / results[other][i]!.seconds).toFixed(3));
const site = (name: Site) => ({
  seconds: seconds(name),
  medianSeconds: median(seconds(name)),
  peakRssGB: results[name].map((m) => gb(m.peakRssBytes)),
  peakRssGBByProgram: results[name].map((m) => Object.fromEntries(Object.entries(m.peakRssByProgram).map(([k, v]) => [k, gb(v)]))),
  medianPeakRssGB: median(results[name].map((m) => gb(m.peakRssBytes))),
});
const summary = {
  node: process.version,
  pages: PAGES,
  runs: RUNS,
  order: 'rotating: run 1 ours, category, default; run 2 category, default, ours; ...',
  ours: site('ours'),
  starlightByCategory: site('starlightByCategory'),
  starlightDefault: site('starlightDefault'),
  pairedRatiosToByCategory: ratiosTo('starlightByCategory'),
  medianPairedRatioToByCategory: median(ratiosTo('starlightByCategory')),
  pairedRatiosToDefault: ratiosTo('starlightDefault'),
  medianPairedRatioToDefault: median(ratiosTo('starlightDefault')),
};
console.log(JSON.stringify(summary, null, 2));
mkdirSync(path.join(PROJECT_ROOT, 'bench/out'), { recursive: true });
writeFileSync(path.join(PROJECT_ROOT, 'bench/out/build-vs-starlight.json'), JSON.stringify(summary, null, 2));
