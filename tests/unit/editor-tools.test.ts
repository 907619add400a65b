// The editor tooling around the checker: its view of the collections stays in step with the
// site's, `npm run tjek` exits 0 on warnings and 1 on errors, review dates become warnings,
// the summary groups by file, and `npm run ny` writes valid, explained, never-overwriting files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { LAYOUT } from '../../src/editor/layout';
import { AUTHOR_COMPONENTS } from '../../src/model/rules/author-components';
import { describeResult, scaffold, SCAFFOLD_TYPES, ScaffoldError } from '../../src/editor/scaffold';
import { formatSummary } from '../../src/editor/summary';
import { allowedKeys } from '../../src/model/zod-problems';
import { lineOf } from '../../src/model/yaml';
import { checkSite, fixtureFile, makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';

const SRC = path.join(PROJECT_ROOT, 'src');
const OPTIONS = { srcDir: SRC, otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY };
const GUIDE = 'content/guide/en-indgang.mdx';
const guide = fixtureFile(GUIDE);

function tsx(script: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("the checker's view of the site", () => {
  it('knows every component editors may use in MDX (src/components/mdx.ts)', () => {
    const mdx = readFileSync(path.join(SRC, 'components/mdx.ts'), 'utf8');
    const exported = /export const mdxComponents = \{([^}]*)\}/
      .exec(mdx)![1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(exported.length).toBeGreaterThan(0);
    expect(Object.keys(AUTHOR_COMPONENTS).sort()).toEqual(exported.sort());
  });

  it('finds no errors in the real content, in well under a second', () => {
    const started = performance.now();
    const result = checkContent(PROJECT_ROOT, OPTIONS);
    expect(result.errors.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    expect(result.files).toBeGreaterThan(50);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each([
    [['title'], 1],
    [['themes', 1], 3],
    [['interviewee', 'role'], 6],
    [['sources', 1], 9],
    [['seriesElsewhere', 1, 'municipality'], 14],
  ] as const)('finds the line of %j in YAML', (p, line) => {
    const text =
      'title: x\nmunicipality: aalborg\nthemes: [a, b]\ninterviewee:\n  name: Frida\n  role: r\nsources:\n- k1\n- k2\nseriesElsewhere:\n  - title: T\n    municipality: roskilde\n  - title: U\n    municipality: slagelse\n';
    expect(lineOf(text, p)).toBe(line);
  });
});

describe('review dates and old facts are warnings', () => {
  it('lists a page past its reviewBy date, and the oldest facts', () => {
    const result = checkSite({ [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014-12-10\nreviewed: 2019-01-01\nreviewBy: 2020-01-01') });
    expect(result.errors).toEqual([]);
    const overdue = result.warnings.find((w) => w.field === 'reviewBy');
    expect(overdue).toMatchObject({ file: GUIDE, line: 11, value: '2020-01-01' });
    expect(overdue!.message).toContain('skulle have været gennemlæst senest 1. januar 2020');
    expect(overdue!.hint).toContain('reviewed: 2026-06-01');
    const oldest = result.warnings.filter((w) => w.field === 'factsAsOf');
    expect(oldest.length).toBe(5);
    expect(oldest[0]).toMatchObject({ value: '2014-12-10' });
    expect(oldest.find((w) => w.file === GUIDE)!.message).toContain('senest gennemlæst 1. januar 2019');
  });

  it('does not warn about a review date still ahead, or about drafts', () => {
    const result = checkSite({ [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014-12-10\nreviewBy: 2030-01-01') });
    expect(result.warnings.filter((w) => w.field === 'reviewBy')).toEqual([]);
    const draft = checkSite({ [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'draft: true\nfactsAsOf: 2014-12-10\nreviewBy: 2020-01-01') });
    expect(draft.warnings.filter((w) => w.file === GUIDE)).toEqual([]);
  });
});

describe('npm run tjek', () => {
  it('prints one summary grouped by file and exits 1 on errors', { timeout: 60_000 }, () => {
    const root = makeSite({
      [GUIDE]: guide.replace('(/kommuner/aalborg/)', '(/kommuner/aalborgg/)').replace('kind: vejledning', 'kind: vejledningg'),
      'content/indsatser/aalborg/startup-cafeer.yaml': `${fixtureFile('content/indsatser/aalborg/startup-cafeer.yaml')}budget: 1\n`,
    });
    try {
      const { status, output } = tsx('scripts/tjek.ts', ['--root', root]);
      expect(status, output).toBe(1);
      expect(output).toMatch(/^Tjek af indholdet: 3 fejl i 2 filer/);
      expect(output.split('\n').filter((l) => l === GUIDE)).toHaveLength(1);
      expect(output).toContain('FEJL – skal rettes');
      expect(output.indexOf(GUIDE)).toBeLessThan(output.indexOf('content/indsatser/aalborg/startup-cafeer.yaml'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 0 when there are only warnings', { timeout: 60_000 }, () => {
    const root = makeSite({ [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014-12-10\nreviewBy: 2020-01-01') });
    try {
      const { status, output } = tsx('scripts/tjek.ts', ['--root', root]);
      expect(status, output).toBe(0);
      expect(output).toMatch(/ingen fejl og \d+ advarsler/);
      expect(output).toContain('ADVARSLER');
      expect(output).toContain('felt: reviewBy');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('groups problems by file in the summary, in line order', () => {
    const result = checkSite({ [GUIDE]: `${guide.replace('kind: vejledning', 'kind: x')}\n![](/favicon.svg)\n` });
    const text = formatSummary(result, { warnings: false });
    expect(text.split('\n').filter((l) => l === GUIDE)).toHaveLength(1);
    expect(text.indexOf('felt: kind')).toBeLessThan(text.indexOf('felt: billede'));
  });
});

describe('npm run ny', () => {
  const args: Record<string, string[]> = {
    interview: ['kolding', '2026-03'],
    strategi: ['kolding'],
    indsats: ['kolding', 'Socialøkonomisk "netværk"'],
    guide: ['Mentorordninger'],
    fortaelling: ['Fortællingen i Kolding'],
    organisation: ['Væksthus Sjælland'],
    indgang: ['kolding'],
  };

  it('covers every content type an editor adds', () => {
    expect(SCAFFOLD_TYPES.map((t) => t.collection).sort()).toEqual(
      ['interviews', 'strategies', 'initiatives', 'guide', 'narrative', 'organisations', 'entryPoints'].sort(),
    );
    expect(Object.keys(args).sort()).toEqual(SCAFFOLD_TYPES.map((t) => t.name).sort());
  });

  it.each(SCAFFOLD_TYPES.map((t) => [t.name, t] as const))('%s: writes a valid entry with every field explained, and refuses to overwrite it', (name, type) => {
    const root = makeSite();
    try {
      const result = scaffold(root, name, args[name]!, OPTIONS);
      const text = readFileSync(path.join(root, result.file), 'utf8');
      // Valid: the checker finds no error in it, and it is a draft where the collection has drafts.
      const checked = checkContent(root, OPTIONS);
      expect(checked.errors).toEqual([]);
      const entry = checked.entries.find((e) => e.filePath === result.file)!;
      expect(entry.collection).toBe(type.collection);
      if (type.collection !== 'organisations') expect(entry.draft).toBe(true);
      // Every field of the schema is named in the file with a Danish comment.
      const schema = LAYOUT.find((l) => l.collection === type.collection)!.schema;
      for (const key of allowedKeys(schema, [])) {
        expect(text, `${name}: ${key}`).toMatch(new RegExp(`^# (?:${key}|.*\\b${key}\\b.*):`, 'm'));
      }
      // Says where it is and what to fill in.
      const said = describeResult(result);
      expect(said).toContain(`Oprettet: ${result.file}`);
      expect(said).toContain(`http://localhost:4321${result.page}`);
      expect(result.todo.length).toBeGreaterThan(0);
      expect(said).toContain('Udfyld, hvor der står UDFYLD');
      // Never overwrites.
      expect(() => scaffold(root, name, args[name]!, OPTIONS)).toThrow(ScaffoldError);
      expect(readFileSync(path.join(root, result.file), 'utf8')).toBe(text);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps a title with quotes intact', () => {
    const root = makeSite();
    try {
      const r = scaffold(root, 'indsats', args['indsats']!, OPTIONS);
      const entry = checkContent(root, OPTIONS).entries.find((e) => e.filePath === r.file)!;
      expect(entry.data['title']).toBe('Socialøkonomisk "netværk"');
      expect(r.file).toBe('content/indsatser/kolding/socialoekonomisk-netvaerk.yaml');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([
    ['an unknown type', 'strateg', ['kolding'], 'Ukendt type "strateg". Mente du "strategi"?'],
    ['an unknown municipality', 'indsats', ['koldng', 'Netværk'], 'Kommunen "koldng" findes ikke i content/data/kommuner.csv. Mente du "kolding"'],
    ['a missing title', 'guide', [], 'Skriv titlen i anførselstegn'],
    ['a second strategy', 'strategi', ['aalborg'], 'Aalborg Kommune har allerede en strategi: content/strategier/aalborg.mdx'],
    ['a second entry point', 'indgang', ['aalborg'], 'Aalborg Kommune har allerede en indgang'],
    ['an existing file', 'guide', ['En indgang'], 'Filen findes allerede: content/guide/en-indgang.mdx'],
    ['a bad month', 'interview', ['kolding', '2026-13'], 'åååå-mm'],
  ])('refuses %s, in Danish', (_what, type, params, message) => {
    const root = makeSite();
    try {
      expect(() => scaffold(root, type, params, OPTIONS)).toThrow(message);
      expect(readdirSync(path.join(root, 'content/guide'))).toEqual(['en-indgang.mdx']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs from the command line, printing where the file is and what to fill in', { timeout: 60_000 }, () => {
    const root = makeSite();
    try {
      const made = tsx('scripts/ny.ts', ['indsats', 'kolding', 'Socialøkonomisk netværk', '--root', root]);
      expect(made.status, made.output).toBe(0);
      expect(made.output).toContain('Oprettet: content/indsatser/kolding/socialoekonomisk-netvaerk.yaml');
      expect(made.output).toMatch(/linje \d+: description/);
      expect(existsSync(path.join(root, 'content/indsatser/kolding/socialoekonomisk-netvaerk.yaml'))).toBe(true);
      const again = tsx('scripts/ny.ts', ['indsats', 'kolding', 'Socialøkonomisk netværk', '--root', root]);
      expect(again.status).toBe(1);
      expect(again.output).toContain('Filen findes allerede');
      const help = tsx('scripts/ny.ts', []);
      expect(help.status).toBe(1);
      for (const t of SCAFFOLD_TYPES) expect(help.output).toContain(`npm run ny -- ${t.name}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
