// The editor's guide (docs/redaktoer-guide.md) cannot drift from the code: every command it
// names exists, every example file passes the checker when written into the real content, the
// steps work in order as a new editor would follow them, and the error message it explains is
// exactly what `npm run tjek` prints.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { scaffold, SCAFFOLD_TYPES } from '../../src/editor/scaffold';
import { formatProblemsByFile } from '../../src/model/problem';
import { applyGuide, GUIDE, guideScripts, guideSteps, makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';

const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY };
const markdown = readFileSync(GUIDE, 'utf8');
const steps = guideSteps(markdown);

describe("the editor's guide", () => {
  it('is linked from the README under "For redaktører"', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## For redaktører'));
    expect(section.length).toBeLessThan(readme.length);
    expect(section).toContain('](docs/redaktoer-guide.md)');
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = guideScripts(markdown);
    expect(named).toEqual(expect.arrayContaining(['dev', 'tjek', 'ny', 'build']));
    for (const script of named) expect(scripts, `npm run ${script}`).toContain(script);
  });

  it('lists every template type of npm run ny', () => {
    for (const t of SCAFFOLD_TYPES) expect(markdown).toContain(`npm run ny -- ${t.name} ${t.usage.replace(' [<åååå-mm>]', ' <åååå-mm>')}`);
  });

  it('has working links in its table of contents', () => {
    const slug = (h: string) =>
      h
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
    const headings = new Set([...markdown.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]!)));
    const anchors = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(5);
    for (const a of anchors) expect(headings, a).toContain(a);
  });

  it('has examples for adding an interview, changing a contact and adding an initiative', () => {
    expect(steps.filter((s) => s.kind === 'ny').map((s) => (s as { args: string[] }).args[0])).toEqual(['interview', 'indsats']);
    expect(steps.some((s) => s.kind === 'ret' && s.path.startsWith('content/indgange/') && s.text.startsWith('contact:'))).toBe(true);
    expect(steps.some((s) => s.kind === 'fil' && s.path.startsWith('content/interviews/'))).toBe(true);
    expect(steps.some((s) => s.kind === 'fil' && s.path.startsWith('content/indsatser/'))).toBe(true);
  });

  it('works step by step on the real content: every command succeeds, and the result has no errors and nothing left to fill in', () => {
    const root = makeSite({}, PROJECT_ROOT);
    try {
      applyGuide(root, steps, (r, type, args) => scaffold(r, type, args, OPTIONS));
      const result = checkContent(root, OPTIONS);
      expect(result.errors.map((p) => `${p.file}:${p.line ?? ''} ${p.field ?? ''} ${p.message}`)).toEqual([]);
      const touched = new Set(steps.flatMap((s) => ('path' in s && s.kind !== 'fejl' ? [s.path] : [])));
      expect(result.warnings.filter((w) => touched.has(w.file) && /ikke udfyldt/.test(w.message))).toEqual([]);
      for (const file of touched) expect(result.entries.some((e) => e.filePath === file) || file.startsWith('content/data/'), file).toBe(true);
      // The examples are published pages, not drafts.
      for (const e of result.entries.filter((x) => touched.has(x.filePath))) expect(e.draft, e.filePath).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('shows exactly the message npm run tjek prints for its bad example', () => {
    const bad = steps.find((s) => s.kind === 'fejl');
    expect(bad).toBeDefined();
    if (bad?.kind !== 'fejl') return;
    const root = makeSite({ [bad.path]: bad.text }, PROJECT_ROOT);
    try {
      const { errors } = checkContent(root, OPTIONS);
      expect(errors.every((p) => p.file === bad.path)).toBe(true);
      expect(formatProblemsByFile(errors)).toBe(bad.expected);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
