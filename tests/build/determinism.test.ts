// Two clean builds produce byte-identical output.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';
import { filesUnder } from '../helpers/dist';

function cleanBuild(name: string): string {
  const dir = path.join(PROJECT_ROOT, 'tests/.tmp/determinism', name);
  rmSync(dir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv({ OUT_DIR: path.join(dir, 'dist'), CACHE_DIR: path.join(dir, 'cache') }),
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  return path.join(dir, 'dist');
}

/** Files that exist in only one folder, or differ in a single byte. */
export function differingFiles(a: string, b: string): string[] {
  const inA = new Set(filesUnder(a));
  const inB = new Set(filesUnder(b));
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter((f) => !inA.has(f) || !inB.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
}

describe('determinism', () => {
  it('two clean builds are byte-identical', () => {
    expect(differingFiles(cleanBuild('a'), cleanBuild('b'))).toEqual([]);
  });

  it('the comparison catches a changed byte and a missing file', () => {
    const a = path.join(PROJECT_ROOT, 'tests/.tmp/determinism/bite-a');
    const b = path.join(PROJECT_ROOT, 'tests/.tmp/determinism/bite-b');
    for (const dir of [a, b]) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/broken-site'), dir, { recursive: true });
    }
    writeFileSync(path.join(b, 'index.html'), readFileSync(path.join(a, 'index.html'), 'utf8').replace('Forside', 'Forsidé'));
    rmSync(path.join(b, 'side/index.html'));
    expect(differingFiles(a, b)).toEqual(['index.html', 'side/index.html']);
  });
});
