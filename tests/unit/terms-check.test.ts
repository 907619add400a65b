// The glossary (content/data/ordliste.yaml) through `npm run tjek`: a bad entry gives a Danish
// message with the file, the line, the field, the bad value and a hint.
import { describe, expect, it } from 'vitest';
import { checkSite, fixtureFile } from './editor-fixture';
import { formatProblemInFile } from '../../src/model/problem';

const FILE = 'content/data/ordliste.yaml';
const glossary = fixtureFile(FILE);

describe('npm run tjek on the glossary', () => {
  it.each([
    {
      name: 'a source that does not exist (in the first of several terms: its own line)',
      text: glossary.replace('  sources: [testkilde]', '  sources: [testkilden]'),
      field: 'sources[0]',
      value: 'testkilden',
      line: 7,
      says: ['"testkilden" findes ikke i kilderne', 'Mente du "testkilde"?'],
    },
    {
      name: 'a related page that does not exist',
      text: `${glossary}  related: [guide/findes-ikke]\n`,
      field: 'related[0]',
      value: 'guide/findes-ikke',
      line: 12,
      says: ['findes ikke i sitets sider'],
    },
    {
      name: 'an unknown key',
      text: glossary.replace('  term: Fleksjob', '  term: Fleksjob\n  forklaring: Et job.'),
      field: '[1].forklaring',
      value: 'Et job.',
      says: ['Ukendt nøgle: "forklaring"', 'explanation'],
    },
    {
      name: 'no source',
      text: glossary.replace('  sources: [testkilde]\n', '  sources: []\n'),
      field: '[0].sources',
      says: ['mindst én kilde'],
    },
    {
      name: 'the same word in two terms',
      text: glossary.replace('  term: Fleksjob', '  term: Fleksjob\n  aliases: [Socialøkonomiske virksomheder]'),
      field: 'aliases[0]',
      value: 'Socialøkonomiske virksomheder',
      line: 10,
      says: ['står også i begrebet "Socialøkonomisk virksomhed" (id: soev)', 'kun linke til ét begreb'],
    },
  ])('$name', ({ text, field, value, line, says }) => {
    const { errors } = checkSite({ [FILE]: text });
    const shown = errors.map((p) => `${p.file}\n${formatProblemInFile(p)}`).join('\n');
    const problem = errors.find((p) => p.file === FILE && p.field === field);
    expect(problem, shown).toBeDefined();
    if (value !== undefined) expect(problem!.value).toEqual(value);
    if (line !== undefined) expect(problem!.line, shown).toBe(line);
    const printed = `${problem!.message} ${problem!.hint ?? ''}`;
    for (const s of says) expect(printed).toContain(s);
    expect(problem!.hint).toBeTruthy();
  });

  it('accepts the fixture glossary', () => expect(checkSite().errors).toEqual([]));
});
