// Build-time scaling: cold builds (with search index and service worker) of generated sites of
// increasing size, to show time grows linearly with content.
// Usage: npm run bench:build -- [sizes=1000,2000,4000] [runs=3]
import { rmSync } from 'node:fs';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildFixture, PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { vocabulary, writeGeneratedGuide } from './generate-content.ts';

const SIZES = (process.argv[2] ?? '1000,2000,4000').split(',').map(Number);
const RUNS = Number(process.argv[3] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const real = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
if (real.status !== 0) throw new Error(real.stderr);
const dist = path.join(PROJECT_ROOT, 'dist');
const words = vocabulary(
  dist,
  readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html')),
);
const municipalities = ['aalborg', 'aarhus', 'kolding', 'roskilde', 'koebenhavn', 'odense', 'esbjerg', 'vejle'];

const rows: { pages: number; medianSeconds: number; all: number[]; msPerPage: number }[] = [];
for (const size of SIZES) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const name = `scale-${size}`;
    rmSync(path.join(PROJECT_ROOT, 'tests/.tmp', name), { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const result = buildFixture(name, {}, { CACHE_DIR: path.join(PROJECT_ROOT, 'tests/.tmp', name, 'cache') }, (content) =>
      writeGeneratedGuide(content, size, words, municipalities, ['en-indgang', 'indkoeb']),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) throw new Error(result.output.slice(-2000));
    times.push(+seconds.toFixed(2));
    console.log(`${size} pages, run ${run + 1}: ${seconds.toFixed(1)} s`);
  }
  const m = median(times);
  rows.push({ pages: size, medianSeconds: m, all: times, msPerPage: +((m * 1000) / size).toFixed(1) });
}
console.log(JSON.stringify({ node: process.version, rows }, null, 2));
