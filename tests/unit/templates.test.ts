// The templates of `npm run ny` never choose a source for the editor, fill factsAsOf with what
// they say it means, and the check keeps an unfinished choice from being published: no sources
// in a published entry, or facts newer than the sources they come from.
import fc from 'fast-check';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, entryPath } from '../../src/model';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { scaffold, SCAFFOLD_TYPES } from '../../src/editor/scaffold';
import { makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';

const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY, otherRoutes: OTHER_ROUTES };
const ARGS: Record<string, string[]> = {
  interview: ['kolding', '2018-03'],
  strategi: ['odense'],
  indsats: ['aalborg', 'Ny indsats'],
  guide: ['Ny vejledning'],
  fortaelling: ['Ny fortælling'],
  organisation: ['Ny organisation'],
  indgang: ['kolding'],
};
const KILDER = 'content/data/kilder.yaml';

/** The real content with its list of sources in another order (the old templates cited the last one). */
function siteWithSourcesInOrder(order: number[]): string {
  const root = makeSite({}, PROJECT_ROOT);
  const text = readFileSync(path.join(root, KILDER), 'utf8');
  const [head, ...items] = text.split(/\n(?=- id: )/);
  writeFileSync(path.join(root, KILDER), [head, ...order.map((i) => items[i]!)].join('\n'));
  return root;
}

describe('templates', () => {
  const sourceCount = readFileSync(path.join(PROJECT_ROOT, KILDER), 'utf8').split(/\n(?=- id: )/).length - 1;

  it.each(SCAFFOLD_TYPES.filter((t) => t.collection !== 'initiatives' && t.collection !== 'entryPoints').map((t) => [t.name]))(
    '%s: cites no source, whatever the order of the list, and says sources is left to fill in',
    (name) => {
      fc.assert(
        fc.property(fc.shuffledSubarray([...Array(sourceCount).keys()], { minLength: sourceCount }), (order) => {
          const root = siteWithSourcesInOrder(order);
          try {
            const result = scaffold(root, name, ARGS[name]!, OPTIONS);
            const entry = checkContent(root, OPTIONS).entries.find((e) => e.filePath === result.file)!;
            expect(entry.data['sources']).toEqual([]);
            expect(result.todo.some((t) => t.endsWith(': sources'))).toBe(true);
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        }),
        { numRuns: 3 },
      );
    },
    // Three scaffolds of the real content each: a few seconds on a busy machine.
    60_000,
  );

  it('an interview: factsAsOf is the interview’s date', () => {
    const root = makeSite({}, PROJECT_ROOT);
    try {
      const result = scaffold(root, 'interview', ['kolding', '2018-03'], OPTIONS);
      const entry = checkContent(root, OPTIONS).entries.find((e) => e.filePath === result.file)!;
      expect(entry.data['factsAsOf']).toEqual(entry.data['date']);
      expect(entry.data['factsAsOf']).toEqual(new Date('2018-03-01'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([['indsats'], ['indgang']])('%s: factsAsOf is the date of the page named in source', (name) => {
    const root = makeSite({}, PROJECT_ROOT);
    try {
      const checked = () => checkContent(root, OPTIONS);
      const result = scaffold(root, name, name === 'indgang' ? ['odense'] : ARGS[name]!, OPTIONS);
      const entries = checked().entries;
      const entry = entries.find((e) => e.filePath === result.file)!;
      const source = entries.find((e) => entryPath(e.collection, e.id) === entry.data['source'])!;
      expect(source, String(entry.data['source'])).toBeDefined();
      expect(entry.data['factsAsOf']).toEqual(source.data['factsAsOf']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a page published without sources is an error; as a draft it is left to fill in', () => {
    const root = makeSite({}, PROJECT_ROOT);
    try {
      const result = scaffold(root, 'guide', ['Ny vejledning'], OPTIONS);
      const file = path.join(root, result.file);
      const draft = checkContent(root, OPTIONS);
      expect(draft.warnings.find((w) => w.file === result.file && w.code === 'no-sources')?.message).toBe(
        'Feltet er ikke udfyldt endnu: siden har ingen kilder.',
      );
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
      const published = checkContent(root, OPTIONS);
      expect(published.errors.find((p) => p.file === result.file && p.code === 'no-sources')).toMatchObject({ field: 'sources', value: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a published page whose factsAsOf is newer than its sources is an error that suggests the sources’ date', () => {
    const root = makeSite({}, PROJECT_ROOT);
    try {
      const result = scaffold(root, 'guide', ['Ny vejledning'], { ...OPTIONS, today: new Date('2026-06-01T00:00:00Z') });
      const file = path.join(root, result.file);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/^draft: true$/m, 'draft: false')
          .replace('sources: []', 'sources: [lav-en-indgang-2014]'),
      );
      const problem = checkContent(root, OPTIONS).errors.find((p) => p.file === result.file && p.code === 'facts-newer-than-sources');
      expect(problem).toMatchObject({ field: 'factsAsOf', value: '2026-06-01' });
      expect(problem!.hint).toMatch(/^Mente du 2014-12-10\?/);
      // With the source's date, nothing is left to say about it.
      writeFileSync(file, readFileSync(file, 'utf8').replace('factsAsOf: 2026-06-01', 'factsAsOf: 2014-12-10'));
      expect(checkContent(root, OPTIONS).errors.filter((p) => p.file === result.file && p.field === 'factsAsOf')).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
