// Runs the Astro CLI with usage telemetry switched off, on every OS (npm scripts use this).
// For `build`, the search-and-offline step runs after Astro's process has ended, in a process of
// its own (scripts/search-step.ts), so Pagefind's memory does not add to Astro's: the integration
// hands the step over through a file named in SEARCH_STEP_HANDOFF.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const build = process.argv[2] === 'build';
const handoffDir = build ? mkdtempSync(path.join(tmpdir(), 'vidensbank-build-')) : undefined;
const handoff = handoffDir && path.join(handoffDir, 'search-step.json');

/** Runs a Node script; resolves with its exit code. */
function run(args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let code = await run([bin, ...process.argv.slice(2)], handoff ? { SEARCH_STEP_HANDOFF: handoff } : {});
if (code === 0 && handoff && existsSync(handoff)) code = await run([tsx, path.join(root, 'scripts/search-step.ts'), handoff]);
if (handoffDir) rmSync(handoffDir, { recursive: true, force: true });
process.exit(code);
