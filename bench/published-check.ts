// Benchmark of the published-output check (src/integrations/published/): its time on output
// folders of 1,000, 2,000 and 5,000 HTML pages, made by copying the real build's pages (and its
// SVG and XML files) into numbered folders, so the page mix is the real one. Sizes run
// interleaved, `runs` times; reports medians of wall-clock and CPU time (this process's user +
// system time: on a shared machine the wall clock also counts other people's work), time per
// page and the paired ratio largest / smallest size within each run (linear growth gives 5.0).
// Usage: npm run build && npm run bench:published -- [sizes=1000,2000,5000] [runs=5]
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { filesUnder } from '../tests/helpers/dist.ts';
import { checkDist } from '../src/integrations/published/check-dist.ts';

const SIZES = (process.argv[2] ?? '1000,2000,5000').split(',').map(Number);
const RUNS = Number(process.argv[3] ?? 5);
const DIST = path.join(PROJECT_ROOT, 'dist');
const TMP = path.join(PROJECT_ROOT, 'tests/.tmp/bench-published');
const SITE = { origin: 'https://vidensbank.example.dk', base: '/' };

if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('Build the site first: npm run build');
const real = filesUnder(DIST).map((f) => f.split(path.sep).join('/'));
const checked = real.filter((f) => /\.(html|svg|xml|css)$/.test(f));
const pagesPerCopy = checked.filter((f) => f.endsWith('.html')).length;

/** An output folder with `pages` HTML pages: whole copies of the real build's checked files, then a part copy. */
function makeDist(pages: number): { dir: string; files: string[] } {
  const dir = path.join(TMP, String(pages));
  rmSync(dir, { recursive: true, force: true });
  // The bundles stay where pages point, so scripts resolve as in the real build.
  for (const f of real.filter((f) => f.startsWith('_astro/'))) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    cpSync(path.join(DIST, f), path.join(dir, f));
  }
  const files = real.filter((f) => f.startsWith('_astro/'));
  let html = 0;
  for (let copy = 0; html < pages; copy++) {
    for (const f of checked) {
      if (f.startsWith('_astro/')) continue;
      if (f.endsWith('.html') && html >= pages) continue;
      const target = `kopi-${copy}/${f}`;
      mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
      cpSync(path.join(DIST, f), path.join(dir, target));
      files.push(target);
      if (f.endsWith('.html')) html++;
    }
  }
  return { dir, files: files.sort() };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dists = new Map(SIZES.map((n) => [n, makeDist(n)]));
const times = new Map(SIZES.map((n) => [n, [] as number[]]));
const cpu = new Map(SIZES.map((n) => [n, [] as number[]]));
console.log(`Real build: ${pagesPerCopy} pages, ${checked.length} checked files. Sizes ${SIZES.join(', ')}, ${RUNS} runs, interleaved.`);
checkDist(dists.get(SIZES[0]!)!.dir, dists.get(SIZES[0]!)!.files, { site: SITE }); // warm-up (JIT)
for (let run = 0; run < RUNS; run++) {
  for (const n of run % 2 ? [...SIZES].reverse() : SIZES) {
    const { dir, files } = dists.get(n)!;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const findings = checkDist(dir, files, { site: SITE });
    const used = process.cpuUsage(cpuStarted);
    times.get(n)!.push(performance.now() - started);
    cpu.get(n)!.push((used.user + used.system) / 1000);
    if (findings.length) throw new Error(`Unexpected findings in the copied build: ${JSON.stringify(findings[0])}`);
  }
}
console.log('| pages | wall clock (median, range) | CPU time (median, range) | CPU per page |');
console.log('| --- | --- | --- | --- |');
const sec = (ms: number) => (ms / 1000).toFixed(2);
for (const n of SIZES) {
  const [t, c] = [times.get(n)!, cpu.get(n)!];
  console.log(
    `| ${n.toLocaleString('en')} | ${sec(median(t))} s (${sec(Math.min(...t))}–${sec(Math.max(...t))}) | ${sec(median(c))} s (${sec(Math.min(...c))}–${sec(Math.max(...c))}) | ${(median(c) / n).toFixed(2)} ms |`,
  );
}
const [small, large] = [SIZES[0]!, SIZES.at(-1)!];
for (const [label, series] of [
  ['wall clock', times],
  ['CPU time', cpu],
] as const) {
  const ratios = series.get(large)!.map((t, i) => t / series.get(small)![i]!);
  console.log(
    `Paired ratio ${large} / ${small} pages, ${label}: median ${median(ratios).toFixed(2)} (per run: ${ratios.map((r) => r.toFixed(2)).join(', ')}; linear = ${(large / small).toFixed(1)})`,
  );
}
rmSync(TMP, { recursive: true, force: true });
