// Builds the real site once before the build-tier tests read dist/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';

export default function setup(): void {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv(),
  });
  if (result.status !== 0) throw new Error(`The real site did not build:\n${result.stdout}\n${result.stderr}`);
}
