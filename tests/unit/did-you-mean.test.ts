// "Mente du …?" for a name or Danish letters where an id belongs (src/model/suggest.ts), in every
// reference field, and for a date written the Danish way (src/model/rules/danish-dates.ts):
// table-driven through the checker on the real content, and properties over every
// municipality, theme and day.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, danishDate, idCandidates, normaliseForId, suggestIds } from '../../src/model';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { checkSite, fixtureFile, PROJECT_ROOT } from './editor-fixture';

const real = checkContent(PROJECT_ROOT, { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), otherRoutes: OTHER_ROUTES });
const of = (collection: string) => real.entries.filter((e) => e.collection === collection);

const INITIATIVE = 'content/indsatser/aalborg/socialoekonomisk-konsulent.yaml';
const GUIDE = 'content/guide/en-indgang.mdx';
const INTERVIEW = 'content/interviews/aalborg-2018-09.mdx';

/** The real content with one line of one file changed, checked; the problem at `field`. */
function problemAt(file: string, from: RegExp, to: string, field: string) {
  const result = checkSite({ [file]: fixtureFile(file, PROJECT_ROOT).replace(from, to) }, PROJECT_ROOT);
  const problem = result.errors.find((p) => p.file === file && p.field === field);
  expect(problem, JSON.stringify(result.errors, null, 1)).toBeDefined();
  return problem!;
}

describe('Mente du …? in reference fields, through the checker on the real content', () => {
  it.each([
    // file, line to change, the editor's value, the field, the suggested id
    [INITIATIVE, /^municipality: .*$/m, 'municipality: Aalborg Kommune', 'municipality', 'aalborg'],
    [INITIATIVE, /^municipality: .*$/m, 'municipality: aalborg-kommune', 'municipality', 'aalborg'],
    [INITIATIVE, /^municipality: .*$/m, 'municipality: Ålborg', 'municipality', 'aalborg'],
    [INITIATIVE, /^municipality: .*$/m, 'municipality: aalborgg', 'municipality', 'aalborg'],
    [INITIATIVE, /^themes: \[.*\]$/m, 'themes: [Iværksætteri]', 'themes[0]', 'ivaerksaetteri'],
    [INITIATIVE, /^themes: \[.*\]$/m, 'themes: [Én indgang]', 'themes[0]', 'en-indgang'],
    [INITIATIVE, /^themes: \[.*\]$/m, 'themes: [netværk]', 'themes[0]', 'netvaerk'],
    [INITIATIVE, /^organisations: \[.*\]$/m, 'organisations: [BusinessAalborg]', 'organisations[0]', 'businessaalborg'],
    [GUIDE, /^ {2}- jammerbugt$/m, '  - Københavns Kommune', 'municipalities[0]', 'koebenhavn'],
    [GUIDE, /^ {2}- jammerbugt$/m, '  - Ikast-Brande Kommune', 'municipalities[0]', 'ikast-brande'],
    [GUIDE, /^ {2}- lav-en-indgang-2014$/m, '  - Lav én indgang for socialøkonomiske virksomheder', 'sources[0]', 'lav-en-indgang-2014'],
    [INTERVIEW, /^municipality: .*$/m, 'municipality: Aalborg Kommune', 'municipality', 'aalborg'],
  ])('%s: %s', (file, from, to, field, id) => {
    const p = problemAt(file, from, to, field);
    expect(p.hint).toMatch(new RegExp(`^Mente du "${id}"`));
    expect(p.value).toBe(to.replace(/^(\w+: \[?| {2}- )|\]$/g, ''));
  });

  it('names no id for a value that is like none', () => {
    const p = problemAt(INITIATIVE, /^themes: \[.*\]$/m, 'themes: [Helt Andet Emne Her]', 'themes[0]');
    expect(p.hint).not.toContain('Mente du');
  });
});

describe('suggestIds, properties over the real lists', () => {
  const municipalities = idCandidates(of('municipalities'));
  const themes = idCandidates(of('themes'));

  const spellings = (name: string) =>
    fc.constantFrom(name, `${name} Kommune`, `${name} kommune`, name.toUpperCase(), name.toLowerCase(), `  ${name}  `, name.replace(/ /g, '-'));

  it('suggests every municipality first from its name or official name, written any usual way', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...of('municipalities'))
          .chain((m) => fc.tuple(fc.constant(m.id), fc.oneof(spellings(String(m.data['name'])), spellings(String(m.data['officialName']))))),
        ([id, typed]) => {
          expect(suggestIds(typed, municipalities)[0]).toBe(id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('suggests every theme from its Danish label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...of('themes')).chain((t) => fc.tuple(fc.constant(t.id), spellings(String(t.data['label'])))),
        ([id, typed]) => {
          expect(suggestIds(typed, themes)[0]).toBe(id);
        },
      ),
    );
  });

  it('normalises the way ids are made: an id is its own normal form', () => {
    for (const c of [...municipalities, ...themes]) expect(normaliseForId(c.id)).toBe(c.id);
  });

  it('suggests the id for one letter wrong in it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...municipalities.map((m) => m.id).filter((id) => id.length > 5)),
        fc.nat(),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
        (id, at, letter) => {
          const i = at % id.length;
          const typo = id.slice(0, i) + letter + id.slice(i + 1);
          expect(suggestIds(typo, municipalities)).toContain(id);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Danish dates', () => {
  it.each([
    ['1/9-2018', '2018-09-01'],
    ['1.9.2018', '2018-09-01'],
    ['01.09.2018', '2018-09-01'],
    ['1-9-2018', '2018-09-01'],
    ['1/9/2018', '2018-09-01'],
    ['1. september 2018', '2018-09-01'],
    ['1 september 2018', '2018-09-01'],
    ['10. December 2014', '2014-12-10'],
    ['1. sep. 2018', '2018-09-01'],
    ['september 2018', '2018-09-01'],
    ['29.2.2020', '2020-02-29'],
  ])('%s → %s', (typed, iso) => expect(danishDate(typed)).toBe(iso));

  it.each(['29.2.2019', '32.1.2018', '1.13.2018', '1/9-18', '2018', '1. smarts 2018', 'i går'])('%s is no date', (typed) =>
    expect(danishDate(typed)).toBeUndefined(),
  );

  const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  it('reads every day in every Danish notation as its ISO date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
        const iso = date.toISOString().slice(0, 10);
        for (const typed of [
          `${d}/${m}-${y}`,
          `${d}.${m}.${y}`,
          `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`,
          `${d}. ${MONTHS[m - 1]} ${y}`,
        ])
          expect(danishDate(typed), typed).toBe(iso);
      }),
    );
  });

  it('the checker suggests the ISO date in any date field', () => {
    for (const [field, from] of [
      ['factsAsOf', /^factsAsOf: .*$/m],
      ['date', /^date: .*$/m],
    ] as const) {
      const p = problemAt(INTERVIEW, from, `${field}: 1/9-2018`, field);
      expect(p.message).toBe('"1/9-2018" er skrevet som en dansk dato. Datoer skal skrives som ÅÅÅÅ-MM-DD.');
      expect(p.hint).toMatch(/^Mente du 2018-09-01\? /);
    }
  });
});
