// Phase 1 of the content check (src/model/files.ts) and the grouping of follow-on errors: file
// names that are not ids, wrong extensions, symlinks, an empty or missing content/ folder. Each
// gives one Danish problem with file, field, value and a hint, and what follows from it is
// listed under it rather than reported again.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { formatProblemsByFile } from '../../src/model/problem';
import { checkSite, fixtureFile, makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import type { FileContent } from '../helpers/fixture-text';

const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY };
const GUIDE = 'content/guide/en-indgang.mdx';
const STRATEGY = 'content/strategier/aalborg.mdx';
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const guide = fixtureFile(GUIDE);
const initiative = fixtureFile(INITIATIVE);

describe.each([
  { name: 'a space', file: 'content/guide/en indgang.mdx', suggests: 'content/guide/en-indgang.mdx' },
  { name: 'capitals', file: 'content/guide/Ny-Side.mdx', suggests: 'content/guide/ny-side.mdx' },
  { name: 'æøå', file: 'content/guide/støtte-på-tværs.mdx', suggests: 'content/guide/stoette-paa-tvaers.mdx' },
  { name: '#', file: 'content/guide/side#2.mdx', suggests: 'content/guide/side-2.mdx' },
  { name: '?', file: 'content/guide/hvad-nu?.mdx', suggests: 'content/guide/hvad-nu.mdx' },
  { name: 'capitals in a municipality folder', file: 'content/indsatser/Aalborg/cafe.yaml', suggests: 'content/indsatser/aalborg/cafe.yaml' },
])('a file name with $name', ({ file, suggests }) => {
  it('is not read, and the problem names the file, the bad name and the name to use', () => {
    const { errors } = checkSite({ [file]: file.endsWith('.yaml') ? initiative : guide });
    const problem = errors.find((p) => p.file === file);
    expect(problem, formatProblemsByFile(errors)).toMatchObject({ code: 'file-name', field: 'filnavn' });
    expect(problem!.message).toContain('kan ikke bruges som id');
    expect(problem!.hint).toContain(`Omdøb filen til ${suggests}`);
    expect(problem!.hint).toContain('små bogstaver');
  });
});

describe.each([
  {
    ext: '.YAML',
    file: 'content/indsatser/aalborg/ny.YAML',
    says: 'Endelsen skal skrives med små bogstaver. Omdøb filen til content/indsatser/aalborg/ny.yaml',
  },
  { ext: '.Markdown', file: 'content/guide/ny.Markdown', says: 'Omdøb filen til content/guide/ny.md' },
  { ext: '.yml', file: 'content/indgange/kolding.yml', says: 'Omdøb filen til content/indgange/kolding.yaml' },
  { ext: '.MDX', file: 'content/guide/ny.MDX', says: 'Endelsen skal skrives med små bogstaver' },
])('the extension $ext', ({ ext, file, says }) => {
  it('is reported with the extension to use', () => {
    const { errors } = checkSite({ [file]: 'title: x\n' });
    const problem = errors.find((p) => p.file === file);
    expect(problem, formatProblemsByFile(errors)).toMatchObject({ code: 'file-extension', field: 'filendelse', value: ext });
    expect(problem!.hint).toContain(says);
  });
});

describe('files the build would read differently', () => {
  it('reports a symlink instead of skipping it', () => {
    const root = makeSite();
    try {
      symlinkSync(path.join(root, GUIDE), path.join(root, 'content/guide/genvej.mdx'));
      const { errors } = checkContent(root, OPTIONS);
      expect(errors).toEqual([expect.objectContaining({ file: 'content/guide/genvej.mdx', code: 'symlink' })]);
      expect(errors[0]!.hint).toContain('selve filen');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports two files whose names differ only in case', () => {
    const { errors } = checkSite({ 'content/guide/En-indgang.mdx': guide });
    expect(errors.map((p) => p.message).join('\n')).toContain('bortset fra store og små bogstaver');
  });
});

describe('an empty or missing content folder', () => {
  it('is one clear error, not a site without pages', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vidensbank-empty-'));
    try {
      const missing = checkContent(root, OPTIONS);
      expect(missing.errors).toEqual([expect.objectContaining({ file: 'content/', code: 'no-content' })]);
      expect(missing.errors[0]!.message).toContain('findes ikke');
      mkdirSync(path.join(root, 'content'));
      const empty = checkContent(root, OPTIONS);
      expect(empty.errors).toEqual([expect.objectContaining({ file: 'content/', code: 'no-content' })]);
      expect(empty.errors[0]!.message).toContain('er tom');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names a missing data file', () => {
    const { errors } = checkSite({ 'content/data/temaer.yaml': null });
    expect(errors.find((p) => p.file === 'content/data/temaer.yaml')?.message).toContain('mangler');
  });
});

describe('follow-on errors', () => {
  it('lists the references to a misnamed file under the file, not as errors of their own', () => {
    // The strategy is renamed with a capital: the initiative's `source: strategier/aalborg` fails because of it.
    const source = initiative.replace(/^source: .*$/m, 'source: strategier/aalborg');
    const { errors } = checkSite({ [STRATEGY]: null, 'content/strategier/Aalborg.mdx': fixtureFile(STRATEGY), [INITIATIVE]: source });
    const shown = formatProblemsByFile(errors);
    expect(
      errors.filter((p) => p.code === 'unknown-reference'),
      shown,
    ).toEqual([]);
    const cause = errors.find((p) => p.file === 'content/strategier/Aalborg.mdx');
    expect(cause?.followOns, shown).toEqual([expect.stringContaining(INITIATIVE)]);
    expect(shown).toContain('derfor fejler også henvisningen hertil i');
  });

  it('reports one missing id named in many files once, listing the other files', () => {
    const files: Record<string, FileContent> = {};
    for (const n of [1, 2, 3]) files[`content/indsatser/aalborg/kopi-${n}.yaml`] = initiative.replace('themes: [en-indgang]', 'themes: [netvaerker]');
    const { errors } = checkSite(files);
    const missing = errors.filter((p) => p.value === 'netvaerker');
    expect(missing, formatProblemsByFile(errors)).toHaveLength(1);
    expect(missing[0]!.alsoIn).toHaveLength(2);
  });
});

describe('placeholders left by npm run ny', () => {
  it('are an error in a published entry and a warning in a draft', () => {
    const published = checkSite({ [INITIATIVE]: initiative.replace(/^description: .*$/m, 'description: UDFYLD en beskrivelse') });
    expect(published.errors.find((p) => p.code === 'placeholder')).toMatchObject({ file: INITIATIVE, field: 'description' });
    const draft = checkSite({ [INITIATIVE]: `${initiative.replace(/^description: .*$/m, 'description: UDFYLD en beskrivelse')}draft: true\n` });
    expect(draft.errors).toEqual([]);
    expect(draft.warnings.find((p) => p.code === 'placeholder')).toMatchObject({ file: INITIATIVE, field: 'description' });
  });
});
