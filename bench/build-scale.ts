// Build-time scaling: cold builds (with search index and service worker, as `npm run build` runs
// them) of generated sites of increasing size, to show time grows linearly with content, and the
// peak memory of the whole build (Astro's process, then the search step's and Pagefind's).
// Usage: npm run bench:build -- [sizes=1000,2000,4000] [runs=3]
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildEnv, npmBuildCommand, prepareFixture, PROJECT_ROOT } from '../tests/helpers/fixture-site.ts';
import { measureCommand } from './measure-process.ts';
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

const gb = (bytes: number) => +(bytes / 1024 ** 3).toFixed(2);
const rows: { pages: number; medianSeconds: number; all: number[]; msPerPage: number; peakRssGB: number[] }[] = [];
for (const size of SIZES) {
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const name = `scale-${size}`;
    const root = prepareFixture(name, {}, (content) => writeGeneratedGuide(content, size, words, municipalities, ['en-indgang', 'indkoeb']));
    const [cmd, ...args] = npmBuildCommand(root);
    const m = await measureCommand(cmd!, args, { cwd: root, env: buildEnv({ NO_COLOR: '1', CACHE_DIR: path.join(root, 'cache') }) });
    if (m.status !== 0) throw new Error(m.output.slice(-2000));
    times.push(+m.seconds.toFixed(2));
    peaks.push(gb(m.peakRssBytes));
    const split = Object.entries(m.peakRssByProgram)
      .map(([program, bytes]) => `${program} ${gb(bytes)}`)
      .join(', ');
    console.log(`${size} pages, run ${run + 1}: ${m.seconds.toFixed(1)} s, peak ${gb(m.peakRssBytes)} GB (${split})`);
  }
  const m = median(times);
  rows.push({ pages: size, medianSeconds: m, all: times, msPerPage: +((m * 1000) / size).toFixed(1), peakRssGB: peaks });
}
console.log(JSON.stringify({ node: process.version, rows }, null, 2));
