// A throwaway copy of a fixture's content/ with editor-style changes, checked by the content
// checker (no Astro build): fast enough for one test per kind of bad input.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckResult } from '../../src/editor/check';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MINIMAL = path.join(PROJECT_ROOT, 'tests/fixtures/minimal');
export const TODAY = new Date('2026-06-01T00:00:00Z');

/** A file of the minimal fixture, e.g. `content/guide/en-indgang.mdx`. */
export function fixtureFile(file: string, from = MINIMAL): string {
  return readFileSync(path.join(from, file), 'utf8');
}

/** Copies `from`/content to a temporary site folder and applies `files` (path → text, or null to delete). */
export function makeSite(files: Record<string, string | null> = {}, from = MINIMAL): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vidensbank-editor-'));
  cpSync(path.join(from, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    if (content === null) rmSync(target, { force: true, recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return root;
}

/** Checks a copy of the fixture with `files` applied, with the project's real src/pages and public/. */
export function checkSite(files: Record<string, string | null> = {}, from = MINIMAL): CheckResult & { root: string } {
  const root = makeSite(files, from);
  try {
    return { ...checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY }), root };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
