// A throwaway copy of a fixture's content/ with editor-style changes, checked by the content
// checker (no Astro build): fast enough for one test per kind of bad input.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckResult } from '../../src/model/check';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { fixtureText, textOf, type FileContent } from '../helpers/fixture-text';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MINIMAL = path.join(PROJECT_ROOT, 'tests/fixtures/minimal');
export const TODAY = new Date('2026-06-01T00:00:00Z');

/** A file of the minimal fixture, e.g. `content/guide/en-indgang.mdx`; its `replace` throws when the text is absent. */
export const fixtureFile = fixtureText;

/** Copies `from`/content to a temporary site folder and applies `files` (path → text, or null to delete). */
export function makeSite(files: Record<string, FileContent> = {}, from = MINIMAL): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vidensbank-editor-'));
  cpSync(path.join(from, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    if (content === null) rmSync(target, { force: true, recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, textOf(content));
    }
  }
  return root;
}

/** Checks a copy of the fixture with `files` applied, with the project's real src/pages and public/. */
export function checkSite(files: Record<string, FileContent> = {}, from = MINIMAL): CheckResult & { root: string } {
  const root = makeSite(files, from);
  try {
    return {
      ...checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY }),
      root,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One example in the editor's guide (docs/redaktoer-guide.md), in document order. */
export type GuideStep =
  | { kind: 'ny'; args: string[]; line: string }
  | { kind: 'fil' | 'tilføj' | 'ret'; path: string; text: string }
  | { kind: 'fejl'; path: string; text: string; expected: string };

export const GUIDE = path.join(PROJECT_ROOT, 'docs/redaktoer-guide.md');

/** Splits a shell command line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * The guide's examples: `npm run ny -- …` lines in sh blocks, and yaml/mdx blocks whose info string says what to
 * do with them: `fil=<path>` (the whole file), `tilføj=<path>` (appended), `ret=<path>` (replaces the block with
 * the same first key), `fejl=<path>` (a bad file, followed by a `text tjek-output` block with the expected output).
 */
export function guideSteps(markdown = readFileSync(GUIDE, 'utf8')): GuideStep[] {
  const steps: GuideStep[] = [];
  const blocks = [...markdown.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, meta: m[2]!.trim(), text: m[3]! }));
  blocks.forEach((b, i) => {
    if (b.lang === 'sh') {
      for (const line of b.text.split('\n')) if (line.startsWith('npm run ny -- ')) steps.push({ kind: 'ny', args: words(line).slice(4), line });
      return;
    }
    const m = /^(fil|tilføj|ret|fejl)=(\S+)$/.exec(b.meta);
    if (!m) return;
    const kind = m[1] as 'fil' | 'tilføj' | 'ret' | 'fejl';
    if (kind === 'fejl') {
      const next = blocks[i + 1];
      if (!next || next.meta !== 'tjek-output') throw new Error(`The guide's fejl=${m[2]} block must be followed by a tjek-output block.`);
      steps.push({ kind, path: m[2]!, text: b.text, expected: next.text.trimEnd() });
    } else steps.push({ kind, path: m[2]!, text: b.text });
  });
  return steps;
}

/** Every `npm run <script>` the guide mentions. */
export function guideScripts(markdown = readFileSync(GUIDE, 'utf8')): string[] {
  return [...new Set([...markdown.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
}

/** Applies the guide's steps (not the bad example) to a site folder, as an editor following the guide would. */
export function applyGuide(root: string, steps: GuideStep[], scaffoldFn: (root: string, type: string, args: string[]) => unknown): void {
  for (const step of steps) {
    if (step.kind === 'ny') {
      const [type, ...args] = step.args;
      scaffoldFn(root, type!, args);
      continue;
    }
    if (step.kind === 'fejl') continue;
    const target = path.join(root, step.path);
    if (step.kind === 'fil') {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, step.text);
    } else if (step.kind === 'tilføj') {
      const before = readFileSync(target, 'utf8');
      writeFileSync(target, `${before.replace(/\n*$/, '\n')}${step.text}`);
    } else {
      const lines = readFileSync(target, 'utf8').split('\n');
      const key = step.text.split('\n')[0]!;
      const start = lines.findIndex((l) => l === key);
      if (start < 0) throw new Error(`The guide's ret=${step.path} block starts with "${key}", which is not a line of the file.`);
      let end = start + 1;
      while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end] === '')) end++;
      lines.splice(start, end - start, ...step.text.replace(/\n$/, '').split('\n'));
      writeFileSync(target, lines.join('\n'));
    }
  }
}
