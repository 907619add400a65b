// zod's issues become problems through the site's own error map (siteErrorMap): the wording of
// the defaults is the site's, a schema's own message comes first, and nothing recognises zod's
// own (locale) wording.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { problemsFromIssue, siteErrorMap } from '../../src/model/zod-problems';
import '../../src/schemas/common'; // sets zod's Danish locale, as every content schema does
import { checkSite, fixtureFile } from './editor-fixture';

const schema = z.strictObject({
  title: z.string().min(1),
  themes: z.array(z.string()).min(2),
  order: z.number().min(3),
  code: z.string().regex(/^\d{4}$/),
  own: z.string().min(5, { error: 'en titel skal have mindst fem tegn' }),
  url: z.string().regex(/^https:/, { error: 'skal være en netadresse, der starter med https://' }),
});

function messages(raw: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(raw, { error: siteErrorMap });
  expect(result.success).toBe(false);
  const issues = result.success ? [] : result.error.issues;
  expect(issues.length).toBeGreaterThan(0);
  return Object.fromEntries(
    issues.flatMap((issue) => problemsFromIssue(issue, { file: 'x.yaml', schema, raw, line: () => undefined }).map((p) => [p.field ?? '', p.message])),
  );
}

describe('problems from zod issues', () => {
  it('word the defaults as the site does', () => {
    expect(messages({ title: '', themes: [], order: 1, code: 'abc', own: 'abcdef', url: 'https://x' })).toEqual({
      title: 'Feltet er tomt.',
      themes: 'Listen skal have mindst 2 punkter.',
      order: 'Værdien er for lille: mindst 3.',
      code: 'Værdien har et ugyldigt format (regex).',
    });
  });

  it("keep a schema's own message", () => {
    expect(messages({ title: 'x', themes: ['a', 'b'], order: 3, code: '0851', own: 'abc', url: 'ftp://x' })).toEqual({
      own: 'En titel skal have mindst fem tegn.',
      url: 'Værdien skal være en netadresse, der starter med https://.',
    });
  });

  it('leave the other issues to zod (the problems describe them from their fields)', () => {
    expect(siteErrorMap({ code: 'invalid_type', expected: 'string', input: 1, path: [] } as unknown as Parameters<typeof siteErrorMap>[0])).toBeUndefined();
  });
});

describe('hints from the schema fields (.meta({ hint }))', () => {
  const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
  const GUIDE = 'content/guide/en-indgang.mdx';
  it.each([
    [
      'a municipality as a list',
      INITIATIVE,
      ['municipality: aalborg', 'municipality: [aalborg]'],
      'municipality',
      'Skriv kommunens id: navnet med små bogstaver',
    ],
    ['themes as text', INITIATIVE, ['themes: [en-indgang]', 'themes: en-indgang'], 'themes', 'Skriv mindst ét tema-id i en liste'],
    [
      'a source that is not a page path',
      INITIATIVE,
      ['source: interviews/aalborg-2018', 'source: aalborg'],
      'source',
      'Skriv siden, oplysningen kommer fra, som mappe/id',
    ],
    ['an empty title', INITIATIVE, ['title: Startup-caféer', 'title: ""'], 'title', 'Skriv titlen efter kolon'],
    ['a date in words', INITIATIVE, ['factsAsOf: 2018-09-01', 'factsAsOf: "1. september"'], 'factsAsOf', 'Skriv datoen som ÅÅÅÅ-MM-DD'],
    ['an order in words', GUIDE, ['order: 1', 'order: første'], 'order', 'Skriv et helt tal; laveste tal vises først.'],
    ['no sources', GUIDE, ['sources: [testkilde]', 'sources: []'], 'sources', 'Skriv mindst ét kilde-id i en liste'],
  ])('%s', (_name, file, [from, to], field, hint) => {
    const { errors } = checkSite({ [file]: fixtureFile(file).replace(from!, to!) });
    const problem = errors.find((p) => p.file === file && p.field === field);
    expect(problem, JSON.stringify(errors)).toBeDefined();
    expect(problem!.hint).toContain(hint);
  });
});
