// Issue 16, the input side: each content file is parsed once, and every mistake is one Danish
// error at its cause. Through the checker on a copy of the minimal fixture (no Astro build):
// future dates in every field that records the past, length limits, `#fragment` links, an id that
// takes a fixed route's address, references grouped under the file that caused them, resource
// limits (aliases, file size), and the answers read from the MDX tree for all three outputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLLECTIONS } from '../../src/model/registry';
import { answerHtml, answersOf, answerText } from '../../src/model/parse/answers';
import { parsePage } from '../../src/model/parse/page';
import { answersOf as openDataAnswers } from '../../src/opendata/answers';
import { answeredQuestions } from '../../src/model/rules/content-rules';
import { MAX_CONTENT_BYTES } from '../../src/model/read';
import { TEXT_LIMITS } from '../../src/schemas/common';
import { pastFields } from '../../src/schemas/past';
import { checkSite, fixtureFile } from './editor-fixture';
import { textOf, type FileContent } from '../helpers/fixture-text';

const GUIDE = 'content/guide/en-indgang.mdx';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';
const STRATEGY = 'content/strategier/aalborg.mdx';
const SOURCES = 'content/data/kilder.yaml';
const THEMES = 'content/data/temaer.yaml';
const ENTRY_POINT = 'content/indgange/aalborg.yaml';
const guide = fixtureFile(GUIDE).text;
const interview = fixtureFile(INTERVIEW).text;

const errorsIn = (files: Record<string, FileContent>, file: string) => checkSite(files).errors.filter((e) => e.file === file);

describe('dates after today (2026-06-01 in these tests) in fields that record the past', () => {
  it('finds the marked fields by walking the schemas', () => {
    const marked = Object.fromEntries(COLLECTIONS.map((c) => [c.name, pastFields(c.schema).map((p) => p.join('.'))]));
    expect(marked['interviews']).toEqual(expect.arrayContaining(['date', 'factsAsOf', 'reviewed']));
    expect(marked['sources']).toEqual(['date']);
    expect(marked['entryPoints']).toEqual(expect.arrayContaining(['since', 'factsAsOf']));
    expect(marked['strategies']).toEqual(expect.arrayContaining(['adoptedYear', 'milestones.*.year']));
    expect(marked['guide']).not.toContain('reviewBy'); // a date to come
  });

  it.each([
    ['an interview date', INTERVIEW, interview.replace('date: 2018-09-01', 'date: 2027-09-01'), 'date', '2027-09-01'],
    ['reviewed', GUIDE, guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014-12-10\nreviewed: 2026-06-02'), 'reviewed', '2026-06-02'],
    ['a source date', SOURCES, fixtureFile(SOURCES).replace('date: 2018-09-01', 'date: 2030-01-01'), '[0].date', '2030-01-01'],
    ['an entry point since', ENTRY_POINT, fixtureFile(ENTRY_POINT).replace(/since: .*/, 'since: 2031-02-03'), 'since', '2031-02-03'],
    [
      'a strategy adopted next year',
      STRATEGY,
      fixtureFile(STRATEGY).replace('status: ingen', 'status: vedtaget\nadoptedYear: 2027\nperiodFrom: 2027\nperiodTo: 2030'),
      'adoptedYear',
      '2027',
    ],
  ])('%s', (_, file, text, field, value) => {
    const errors = errorsIn({ [file]: textOf(text) }, file);
    const future = errors.filter((e) => e.code === 'date-future');
    expect(future, JSON.stringify(errors)).toHaveLength(1);
    expect(future[0]).toMatchObject({ field, value });
    expect(future[0]!.line).toBeGreaterThan(0);
    expect(future[0]!.message).toContain('ligger i fremtiden');
  });

  it('accepts today and a reviewBy in the future', () => {
    const errors = errorsIn({ [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2026-06-01\nreviewBy: 2027-01-01') }, GUIDE);
    // Today is not after today (a factsAsOf newer than the page's sources is another rule's: rules/sources.ts).
    expect(errors.filter((e) => e.code === 'date-future')).toEqual([]);
    expect(errors.length).toBeLessThanOrEqual(1);
  });
});

describe('length limits on what readers see in lists, results and the tab', () => {
  it.each([
    ['a title', GUIDE, 'title', TEXT_LIMITS.title],
    ['a summary', GUIDE, 'summary', TEXT_LIMITS.summary],
    ['an interview title', INTERVIEW, 'title', TEXT_LIMITS.title],
  ])('%s over the limit is one Danish error at its line', (_, file, field, max) => {
    const text = fixtureFile(file).replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${'Lang tekst '.repeat(Math.ceil(max / 11) + 1)}`).text;
    const errors = errorsIn({ [file]: text }, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, code: 'text-too-long' });
    expect(errors[0]!.message).toContain(`højst ${max}`);
    expect(errors[0]!.line).toBe(text.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1);
  });
  it('accepts a text at the limit', () => {
    const text = guide.replace(/^title: .*$/m, `title: ${'x'.repeat(TEXT_LIMITS.title)}`);
    expect(errorsIn({ [GUIDE]: text }, GUIDE)).toEqual([]);
  });
});

describe('links to a #fragment', () => {
  it.each([
    ['on the page itself', '[Se](#findes-ikke)', 'findes-ikke'],
    ['on another content page', '[Se](/interviews/aalborg-2018/#intet-afsnit)', 'intet-afsnit'],
    ['on the glossary (one anchor per term)', '[Se](/ordliste/#intet-ord)', 'intet-ord'],
  ])('a fragment that does not exist %s is an error', (_, link, id) => {
    const errors = errorsIn({ [GUIDE]: `${guide}\n${link}\n` }, GUIDE);
    expect(errors).toMatchObject([{ code: 'missing-fragment', line: 22, field: 'link' }]);
    expect(errors[0]!.message).toContain(`"${id}"`);
  });
  it.each([
    ['a heading of the page (github-slugger, as Astro makes the ids)', '## Hvem gør hvad?\n\n[Se](#hvem-gør-hvad)'],
    ['an interview answer (the question id)', '[Se](/interviews/aalborg-2018/#strategi)'],
    ['a section the page template makes', '[Kilder](#kilder)'],
    ['a term on the glossary', '[SØV](/ordliste/#soev)'],
    ['a footnote', 'Tekst[^1]\n\n[^1]: Note.'],
  ])('accepts %s', (_, text) => {
    expect(errorsIn({ [GUIDE]: `${guide}\n${text}\n` }, GUIDE)).toEqual([]);
  });
});

describe('one bad file, one error', () => {
  it('an id that takes a fixed route is an error naming the file (routes read from src/pages)', () => {
    const file = 'content/guide/hele-guiden.mdx';
    const errors = errorsIn({ [file]: guide.replace('order: 1', 'order: 3') }, file);
    expect(errors).toMatchObject([{ code: 'route-collision', value: 'hele-guiden' }]);
    expect(errors[0]!.message).toContain('src/pages/guide/hele-guiden.astro');
  });

  it.each([
    ['a source whose id is written wrong', SOURCES, fixtureFile(SOURCES).replace('id: testkilde', 'id: Test Kilde')],
    ['a theme whose id is written wrong', THEMES, fixtureFile(THEMES).replace('id: en-indgang', 'id: En Indgang')],
    ['a municipality row with a bad code', 'content/data/kommuner.csv', fixtureFile('content/data/kommuner.csv').replace('0851', '08x51')],
  ])('%s: one error, the references that fail because of it listed under it', (_, file, text) => {
    const { errors } = checkSite({ [file]: text });
    expect(errors.map((e) => `${e.file}: ${e.message}`)).toHaveLength(1);
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.followOns?.length).toBeGreaterThan(0);
  });

  it('nested aliases: one Danish error naming the file, at once', () => {
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i ? `*l${i - 1}` : '*a')
            .join(', ')}]`,
      ),
    ];
    const started = performance.now();
    const { errors } = checkSite({ [THEMES]: `${laughs.join('\n')}\n` });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(errors).toMatchObject([{ file: THEMES, code: 'yaml-aliases' }]);
  });

  it('a file too large to be content: one error naming the file', () => {
    const errors = errorsIn({ [GUIDE]: `${guide}\n${'Tekst. '.repeat(MAX_CONTENT_BYTES / 6)}\n` }, GUIDE);
    expect(errors).toMatchObject([{ code: 'file-too-large' }]);
  });
});

describe('interview answers, read from the MDX tree, the same in every output', () => {
  const quote = fc.constantFrom('"', "'");
  const space = fc.constantFrom(' ', '  ', '\n  ', '\t');
  const inner = fc.constantFrom(
    'Vi har **ingen** strategi.',
    'Se [Aalborg](/kommuner/aalborg/) og <abbr title="Rådet for Socialøkonomi">RSØ</abbr>.',
    '- et punkt\n- to punkter',
    '### Et afsnit\n\nMed *kursiv*.',
  );
  const answer = fc.record({
    q: fc.constantFrom('strategi', 'formaal', 'indkoeb'),
    quote,
    before: space,
    after: fc.constantFrom('', ' ', '\n'),
    inner,
    blank: fc.boolean(),
  });

  it('finds each answer whatever its spelling, and all three outputs have its text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(answer, { selector: (a) => a.q, minLength: 1, maxLength: 3 }), fc.boolean(), (answers, comment) => {
        const body = [
          '## Om interviewet\n\nTekst.\n',
          ...(comment ? ['{/* <Answer question="gammel">Slettet svar.</Answer> */}\n'] : []),
          ...answers.map(
            (a) => `<Answer${a.before}question=${a.quote}${a.q}${a.quote}${a.after}>${a.blank ? '\n\n' : ''}${a.inner}${a.blank ? '\n\n' : ''}</Answer>\n`,
          ),
        ].join('\n');
        // Only what the check accepts is published; a tag Sätteri cannot read is an MDX syntax error (tested elsewhere).
        fc.pre(parsePage(body, true).syntaxError === undefined);
        const parsed = answersOf(body);
        // The check and the relations (which questions are answered), the comparison page, the download.
        expect(answeredQuestions(body)).toEqual(answers.map((a) => a.q));
        const download = openDataAnswers(body);
        parsed.forEach((p, i) => {
          const html = answerHtml(p, '/');
          const text = answerText(p);
          expect(download[i]).toEqual({ question: answers[i]!.q, text });
          for (const word of ['strategi', 'Aalborg', 'punkt', 'afsnit'].filter((w) => answers[i]!.inner.includes(w))) {
            expect(html).toContain(word);
            expect(text).toContain(word);
          }
          expect(html).not.toContain('Answer');
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('renders an answer as the page does: base path, demoted headings, the allowlist', () => {
    const [a] = answersOf('<Answer question="strategi">\n\n## Del\n\nSe [Aalborg](/kommuner/aalborg/) og [RSØ](https://socialokonomi.dk/).\n\n</Answer>\n');
    expect(answerHtml(a!, '/vidensbank/')).toBe(
      '<h4>Del</h4><p>Se <a href="/vidensbank/kommuner/aalborg/">Aalborg</a> og <a href="https://socialokonomi.dk/" rel="noopener">RSØ</a>.</p>',
    );
  });
});
