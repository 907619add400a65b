// Builds a small fixture site with the project's real src/ and config, with editor-style
// mutations applied to its content, and returns the build's exit code and output.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixtureText, textOf, type FileContent } from './fixture-text';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = path.join(PROJECT_ROOT, 'tests/fixtures/minimal');
const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment for a child build: this process's, without what vitest injects into its
 * workers (BASE_URL, MODE, DEV, PROD, SSR, VITEST…), which Vite in the child would obey.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) if (!(key in extra)) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('__VITEST')) delete env[key];
  return env;
}

export interface BuildResult {
  status: number | null;
  output: string;
  root: string;
}

/** Copies the minimal fixture to tests/.tmp/<name>, applies `files` (path → content, or null to delete) and `generate`; returns its root. */
export function prepareFixture(
  name: string,
  files: Record<string, FileContent> = {},
  /** Writes further content into the fixture's content/ folder before the build. */
  generate?: (contentDir: string) => void,
): string {
  const root = path.join(PROJECT_ROOT, 'tests/.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(path.join(MINIMAL, 'content'), path.join(root, 'content'), { recursive: true });
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(path.join(PROJECT_ROOT, 'astro.config.mjs'))};\n` +
      `export default { ...config, srcDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'src'))}, publicDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'public'))} };\n`,
  );
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, textOf(content));
    }
  }
  generate?.(path.join(root, 'content'));
  return root;
}

/**
 * A copy of the project's src/ in the fixture (`<root>/src-ungated`) with the content gate taken
 * out: its loaders hand Astro the model's entries even when the content has errors. For tests of
 * the lines of defence behind the gate (the Markdown safety plugin, the published-output check),
 * as if a bad value had slipped past it. Returns the copy's path, for the config's `srcDir`.
 */
export function srcWithoutContentGate(root: string): string {
  const src = path.join(root, 'src-ungated');
  rmSync(src, { recursive: true, force: true });
  cpSync(path.join(PROJECT_ROOT, 'src'), src, { recursive: true });
  const loader = path.join(src, 'loaders/model-loader.ts');
  const gate = 'if (result.errors.length && !inDev()) throw contentErrorsStop(result, seconds);';
  writeFileSync(loader, new FixtureText(readFileSync(loader, 'utf8'), 'src/loaders/model-loader.ts').replace(gate, '').text);
  return src;
}

/** The command that builds a fixture prepared by `prepareFixture`. */
export function fixtureBuildCommand(root: string): string[] {
  return [process.execPath, ASTRO_BIN, 'build', '--root', root];
}

/** The command `npm run build` runs, for a fixture: the search step in a process of its own after Astro's (scripts/astro.mjs). */
export function npmBuildCommand(root: string): string[] {
  return [process.execPath, path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'build', '--root', root];
}

/** Prepares a fixture (see `prepareFixture`) and builds it. */
export function buildFixture(
  name: string,
  files: Record<string, FileContent> = {},
  env: Record<string, string> = {},
  /** Writes further content into the fixture's content/ folder before the build. */
  generate?: (contentDir: string) => void,
): BuildResult {
  const root = prepareFixture(name, files, generate);
  const [command, ...args] = fixtureBuildCommand(root);
  const result = spawnSync(command!, args, {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    timeout: 1_800_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, root };
}
