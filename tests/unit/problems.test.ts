// The catalogue of problems (src/model/problems.ts): every code in it is one the model reports,
// and every problem the check reports carries a code the catalogue knows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, problemSpec } from '../../src/model/problems';
import { walkFiles } from '../../src/model/walk';
import { checkSite, fixtureFile, PROJECT_ROOT } from './editor-fixture';

const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const GUIDE = 'content/guide/en-indgang.mdx';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';

describe('the catalogue of problems', () => {
  const codes = Object.keys(PROBLEMS);
  const source = walkFiles(path.join(PROJECT_ROOT, 'src/model'))
    .filter((f) => f.rel !== 'problems.ts')
    .map((f) => readFileSync(f.path, 'utf8'))
    .join('\n');

  it('has a Danish title for every code, and whole sentences where it holds the wording', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const [code, spec] of Object.entries(PROBLEMS) as [string, { title: string; message?: string; hint?: string }][]) {
      expect(spec.title.trim(), code).not.toBe('');
      if (spec.message) expect(spec.message, code).toMatch(/^[A-ZÆØÅ].*[.!?]$/);
      if (spec.hint) expect(spec.hint, code).toMatch(/^[A-ZÆØÅ].*[.!?]$/);
    }
  });

  it('lists only codes the model reports', () => {
    const unused = codes.filter((code) => !source.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('knows the code of every problem the check reports', () => {
    const { errors, warnings } = checkSite({
      [INITIATIVE]: fixtureFile(INITIATIVE)
        .replace('municipality: aalborg', 'municipality: aalborgg')
        .replace('description:', 'descripton:')
        .replace(/^factsAsOf: .*$/m, 'factsAsOf: 2018-02-30'),
      [GUIDE]: `${fixtureFile(GUIDE).replace('(/kommuner/aalborg/)', '(/kommuner/aalborgg/)')}\n![](/findes-ikke.png)\n\n{1 + 1}\n`,
      [INTERVIEW]: fixtureFile(INTERVIEW).replace('question="strategi"', 'question="strategii"'),
      'content/data/temaer.yaml': '- id: a\n  label: A\n- id: a\n',
      'content/indsatser/Aalborg Ny.YAML': 'title: x\n',
    });
    const all = [...errors, ...warnings];
    expect(all.length).toBeGreaterThan(8);
    for (const p of all) expect(problemSpec(p.code).title, `${p.file}: ${p.message} (${p.code})`).toBeTruthy();
    expect(new Set(all.map((p) => p.code)).size).toBeGreaterThan(5);
  });
});
