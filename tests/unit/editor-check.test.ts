// The content checker (`npm run tjek` and the build): one case per kind of bad input, each
// proving the Danish message names the file, the line where known, the field, the bad value,
// what is allowed, and a hint.
import { describe, expect, it } from 'vitest';
import { formatProblemInFile, type ContentProblem } from '../../src/model/problem';
import { checkSite, fixtureFile } from './editor-fixture';
import type { FileContent, FixtureText } from '../helpers/fixture-text';

const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const GUIDE = 'content/guide/en-indgang.mdx';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';
const STRATEGY = 'content/strategier/aalborg.mdx';
const ENTRY_POINT = 'content/indgange/aalborg.yaml';
const ORGANISATION = 'content/organisationer/testorg.yaml';
const NARRATIVE = 'content/fortaelling/fortaelling.mdx';

const initiative = fixtureFile(INITIATIVE);
const guide = fixtureFile(GUIDE);
const interview = fixtureFile(INTERVIEW);
const narrative = fixtureFile(NARRATIVE);
const strategy = fixtureFile(STRATEGY);
const frontmatterOnly = ({ text }: FixtureText) => text.slice(0, text.indexOf('---', 4) + 4);

interface Case {
  name: string;
  files: Record<string, FileContent>;
  /** The problem expected: its file, and line/field/value when given. */
  file: string;
  line?: number;
  field?: string;
  value?: unknown;
  /** Text the message and hint must contain. */
  says: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a YAML syntax error (colon in unquoted text)',
    files: { [INITIATIVE]: initiative.replace('title: Startup-caféer', 'title: Startup: caféer') },
    file: INITIATIVE,
    line: 1,
    says: ['YAML-syntaksfejl', 'kolon', 'anførselstegn', 'title: "Startup: caféer"'],
  },
  {
    name: 'a YAML syntax error (bad indentation)',
    files: { [INITIATIVE]: initiative.replace('description:', '  description:') },
    file: INITIATIVE,
    line: 5,
    says: ['YAML-syntaksfejl', 'Forkert indrykning', 'mellemrum'],
  },
  {
    name: 'a YAML syntax error in MDX frontmatter, with the line in the file',
    files: { [GUIDE]: guide.replace('order: 1', 'order: 1\nsummary2 Om') },
    file: GUIDE,
    line: 7,
    says: ['YAML-syntaksfejl', 'mangler kolon', 'felt: værdi'],
  },
  {
    name: 'an MDX syntax error (tag not closed)',
    files: { [INTERVIEW]: interview.replace('</Answer>', '') },
    file: INTERVIEW,
    line: 14,
    says: ['MDX-syntaksfejl', 'Tagget <Answer> bliver ikke lukket', '</Answer>'],
  },
  {
    name: 'an MDX syntax error (<https://…> autolink)',
    files: { [GUIDE]: `${guide}\nSe <https://example.dk> her.\n` },
    file: GUIDE,
    line: 22,
    says: ['MDX-syntaksfejl', '[tekst](https://…)'],
  },
  {
    name: 'an MDX syntax error (a lone curly brace)',
    files: { [GUIDE]: `${guide}\nPris {ca. 100 kr.\n` },
    file: GUIDE,
    line: 22,
    says: ['MDX-syntaksfejl', 'En { bliver ikke lukket', '\\{'],
  },
  {
    name: 'an unknown key, with the allowed keys',
    files: { [INITIATIVE]: `${initiative}budget: 100\n` },
    file: INITIATIVE,
    line: 8,
    field: 'budget',
    value: 100,
    says: ['Ukendt nøgle: "budget"', 'Tilladte felter: title, municipality, themes'],
  },
  {
    name: 'a misspelt key, with the closest key',
    files: { [INITIATIVE]: initiative.replace('description:', 'descripton:') },
    file: INITIATIVE,
    line: 5,
    field: 'descripton',
    value: 'Caféer for iværksættere.',
    says: ['Ukendt nøgle: "descripton"', 'Mente du "description"?'],
  },
  {
    name: 'a missing required field',
    files: { [INITIATIVE]: initiative.replace(/^description:.*\n/m, '') },
    file: INITIATIVE,
    field: 'description',
    says: ['Feltet "description" mangler', 'Skriv en kort beskrivelse'],
  },
  {
    name: 'a missing required field in a nested group',
    files: { [INTERVIEW]: interview.replace(/^ {2}role:.*\n/m, '') },
    file: INTERVIEW,
    field: 'interviewee.role',
    says: ['Feltet "interviewee.role" mangler'],
  },
  {
    name: 'a wrong type (text for a year)',
    files: { [INITIATIVE]: `${initiative}fromYear: tyve\n` },
    file: INITIATIVE,
    line: 8,
    field: 'fromYear',
    value: 'tyve',
    says: ['Forkert type', 'et tal (number)', 'men er tekst', 'årstallet med fire cifre'],
  },
  {
    name: 'a wrong type (one value for a list)',
    files: { [GUIDE]: guide.replace('sources: [testkilde]', 'sources: testkilde') },
    file: GUIDE,
    line: 8,
    field: 'sources',
    value: 'testkilde',
    says: ['Forkert type', 'en liste (array)', 'kilde-id i en liste'],
  },
  {
    name: 'a value not among the allowed ones',
    files: { [INITIATIVE]: `${initiative}status: igangg\n` },
    file: INITIATIVE,
    line: 8,
    field: 'status',
    value: 'igangg',
    says: ['"igangg" er ikke en tilladt værdi', 'Mente du "igang"?', 'Tilladte værdier: planlagt, igang, gennemfoert, ukendt'],
  },
  {
    name: 'an invalid date (a day that does not exist)',
    files: { [INITIATIVE]: initiative.replace('factsAsOf: 2018-09-01', 'factsAsOf: 2018-02-30') },
    file: INITIATIVE,
    line: 7,
    field: 'factsAsOf',
    value: '2018-02-30',
    says: ['Ugyldig dato', 'ÅÅÅÅ-MM-DD', 'fx 2014-12-10'],
  },
  {
    name: 'an invalid date (Danish notation, which would silently become another day)',
    files: { [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 10.12.2014') },
    file: GUIDE,
    line: 9,
    field: 'factsAsOf',
    value: '10.12.2014',
    says: ['Ugyldig dato', 'ÅÅÅÅ-MM-DD'],
  },
  {
    name: 'an invalid date (not a date at all)',
    files: { [ENTRY_POINT]: fixtureFile(ENTRY_POINT).replace('since: 2016-01-01', 'since: snart') },
    file: ENTRY_POINT,
    line: 4,
    field: 'since',
    value: 'snart',
    says: ['Ugyldig dato', 'ÅÅÅÅ-MM-DD'],
  },
  {
    name: 'a duplicate id (two files, one id)',
    files: { 'content/guide/en-indgang.md': guide },
    file: 'content/guide/en-indgang.md',
    field: 'id (filnavnet)',
    value: 'en-indgang',
    says: ['To filer har samme id "en-indgang"', 'content/guide/en-indgang.mdx', 'Slet eller omdøb den ene fil'],
  },
  {
    name: 'a duplicate id in a data list',
    files: { 'content/data/temaer.yaml': `${fixtureFile('content/data/temaer.yaml')}- id: indkoeb\n  label: Igen\n  description: Dublet.\n` },
    file: 'content/data/temaer.yaml',
    field: '[2].id',
    value: 'indkoeb',
    says: ['findes allerede', 'Giv punktet et andet id'],
  },
  {
    name: 'an initiative with no theme (empty list)',
    files: { [INITIATIVE]: initiative.replace('themes: [en-indgang]', 'themes: []') },
    file: INITIATIVE,
    line: 3,
    field: 'themes',
    value: [],
    says: ['mindst ét tema', 'content/data/temaer.yaml', 'themes: [en-indgang]'],
  },
  {
    name: 'an initiative with no theme (field left out)',
    files: { [INITIATIVE]: initiative.replace(/^themes:.*\n/m, '') },
    file: INITIATIVE,
    field: 'themes',
    says: ['Feltet "themes" mangler', 'mindst ét tema-id'],
  },
  {
    name: 'two strategies for one municipality',
    files: { 'content/strategier/aalborg-igen.mdx': strategy },
    file: 'content/strategier/aalborg-igen.mdx',
    line: 4,
    field: 'municipality',
    value: 'aalborg',
    says: ['allerede én strategi i content/strategier/aalborg.mdx', 'højst én strategi'],
  },
  {
    name: 'two entry points for one municipality',
    files: { 'content/indgange/aalborg-2.yaml': fixtureFile(ENTRY_POINT) },
    file: 'content/indgange/aalborg-2.yaml',
    field: 'municipality',
    value: 'aalborg',
    says: ['allerede én indgang'],
  },
  {
    name: 'a link to a page that does not exist',
    files: { [GUIDE]: guide.replace('(/kommuner/aalborg/)', '(/kommuner/aalborgg/)') },
    file: GUIDE,
    line: 14,
    field: 'link',
    value: '/kommuner/aalborgg/',
    says: ['Siden /kommuner/aalborgg/ findes ikke', 'Mente du "/kommuner/aalborg/"'],
  },
  {
    name: 'a link to a municipality without a page',
    files: { [GUIDE]: guide.replace('(/kommuner/aalborg/)', '(/kommuner/odense/)') },
    file: GUIDE,
    field: 'link',
    value: '/kommuner/odense/',
    says: ['Siden /kommuner/odense/ findes ikke'],
  },
  {
    name: 'a link without the trailing slash',
    files: { [GUIDE]: guide.replace('(/kommuner/aalborg/)', '(/kommuner/aalborg)') },
    file: GUIDE,
    field: 'link',
    value: '/kommuner/aalborg',
    says: ['mangler / til sidst', '/kommuner/aalborg/'],
  },
  {
    name: 'a relative link',
    files: { [GUIDE]: guide.replace('(/kommuner/aalborg/)', '(kommuner/aalborg/)') },
    file: GUIDE,
    field: 'link',
    value: 'kommuner/aalborg/',
    says: ['skal starte med /'],
  },
  {
    name: 'a link to a draft from a published page',
    files: { [GUIDE]: `${guide}\nSe [fortællingen](/fortaelling/fortaelling/).\n`, [NARRATIVE]: narrative.replace('order: 1', 'order: 1\ndraft: true') },
    file: GUIDE,
    line: 22,
    field: 'link',
    value: '/fortaelling/fortaelling/',
    says: ['er en kladde (draft: true)', 'Udgiv siden først'],
  },
  {
    name: 'an image without alt text',
    files: { [GUIDE]: `${guide}\n![](/favicon.svg)\n` },
    file: GUIDE,
    line: 22,
    field: 'billede',
    value: '/favicon.svg',
    says: ['mangler en alternativ tekst', '![Kort over Danmarks kommuner]'],
  },
  {
    name: 'an <img> without alt text',
    files: { [GUIDE]: `${guide}\n<img src="/favicon.svg" />\n` },
    file: GUIDE,
    line: 22,
    field: 'billede',
    says: ['mangler en alternativ tekst', 'alt='],
  },
  {
    name: 'an unknown component',
    files: { [INTERVIEW]: interview.replace(/Answer/g, 'Answr') },
    file: INTERVIEW,
    line: 14,
    field: 'komponent',
    value: '<Answr>',
    says: ['Komponenten <Answr> findes ikke', 'Mente du <Answer>?'],
  },
  {
    name: 'a file in a folder that does not exist',
    files: { 'content/interview/kolding-2020.mdx': interview },
    file: 'content/interview/kolding-2020.mdx',
    says: ['Mappen content/interview/ findes ikke', 'Mente du content/interviews/?'],
  },
  {
    name: 'a file directly in content/',
    files: { 'content/kolding.yaml': initiative },
    file: 'content/kolding.yaml',
    says: ['direkte i content/', 'content/indsatser/'],
  },
  {
    name: 'an initiative outside a municipality folder',
    files: { 'content/indsatser/cafe.yaml': initiative },
    file: 'content/indsatser/cafe.yaml',
    says: ['mappe for sin kommune', 'content/indsatser/<kommune>/cafe.yaml'],
  },
  {
    name: "an initiative in another municipality's folder",
    files: { 'content/indsatser/kolding/cafe.yaml': initiative },
    file: 'content/indsatser/kolding/cafe.yaml',
    line: 2,
    field: 'municipality',
    value: 'aalborg',
    says: ['ligger i mappen for kolding', 'Flyt filen til content/indsatser/aalborg/'],
  },
  {
    name: 'a file of one kind in the folder of another',
    files: { 'content/indgange/kolding.yaml': initiative },
    file: 'content/indgange/kolding.yaml',
    says: ['ligner en indsats', 'Flyt filen til content/indsatser/aalborg/'],
  },
  {
    name: 'a page in a subfolder',
    files: { 'content/guide/lovgivning/ny.mdx': guide },
    file: 'content/guide/lovgivning/ny.mdx',
    says: ['undermappe', 'content/guide/ny.mdx'],
  },
  {
    name: 'the wrong extension (.yml)',
    files: { 'content/indsatser/aalborg/ny.yml': initiative },
    file: 'content/indsatser/aalborg/ny.yml',
    field: 'filendelse',
    value: '.yml',
    says: ['forkerte endelse', 'skal ende på .yaml', 'Omdøb filen'],
  },
  {
    name: 'the wrong extension (MDX among YAML records)',
    files: { 'content/organisationer/ny.mdx': guide },
    file: 'content/organisationer/ny.mdx',
    field: 'filendelse',
    value: '.mdx',
    says: ['forkerte endelse', 'Sider skrevet i MDX hører til i', 'content/guide/'],
  },
  {
    name: 'an unknown data file',
    files: { 'content/data/tema.yaml': fixtureFile('content/data/temaer.yaml') },
    file: 'content/data/tema.yaml',
    says: ['ikke en af sitets datafiler', 'Skulle filen hedde temaer.yaml?'],
  },
  {
    name: 'an empty body where one is required',
    files: { [GUIDE]: `${frontmatterOnly(guide)}\n\n` },
    file: GUIDE,
    says: ['Siden har ingen tekst', 'Skriv sidens tekst under den sidste linje med ---'],
  },
  {
    name: 'an interview without answers',
    files: { [INTERVIEW]: `${frontmatterOnly(interview)}\nTekst uden svar.\n` },
    file: INTERVIEW,
    says: ['ingen svar', '<Answer question="id">'],
  },
  {
    name: 'a page without frontmatter',
    files: { [GUIDE]: '## Kun tekst\n\nIngen felter.\n' },
    file: GUIDE,
    line: 1,
    says: ['mangler frontmatter', 'npm run ny'],
  },
  {
    name: 'an empty file',
    files: { [ORGANISATION]: '' },
    file: ORGANISATION,
    says: ['Filen er tom'],
  },
];

/** An unknown reference, for every reference field of every collection. */
const references: Case[] = [
  [
    'initiatives: municipality',
    INITIATIVE,
    initiative.replace('municipality: aalborg', 'municipality: aalborgg'),
    'municipality',
    'aalborgg',
    2,
    'kommunelisten',
    'Mente du "aalborg"',
  ],
  [
    'initiatives: themes',
    INITIATIVE,
    initiative.replace('themes: [en-indgang]', 'themes: [en-indgang, indkob]'),
    'themes[1]',
    'indkob',
    3,
    'temaerne',
    'Mente du "indkoeb"',
  ],
  [
    'initiatives: organisations',
    INITIATIVE,
    initiative.replace('[testorg]', '[testorgg]'),
    'organisations[0]',
    'testorgg',
    4,
    'organisationerne',
    'Mente du "testorg"',
  ],
  [
    'initiatives: source page',
    INITIATIVE,
    initiative.replace('source: interviews/aalborg-2018', 'source: interviews/aalborg-2019'),
    'source',
    'interviews/aalborg-2019',
    6,
    'sitets sider',
    'Mente du "interviews/aalborg-2018"',
  ],
  [
    'entry points: municipality',
    ENTRY_POINT,
    fixtureFile(ENTRY_POINT).replace('municipality: aalborg', 'municipality: alborg'),
    'municipality',
    'alborg',
    1,
    'kommunelisten',
    'Mente du "aalborg"',
  ],
  [
    'entry points: source page',
    ENTRY_POINT,
    fixtureFile(ENTRY_POINT).replace('source: interviews/aalborg-2018', 'source: strategier/aalborgg'),
    'source',
    'strategier/aalborgg',
    6,
    'sitets sider',
    'Mente du "strategier/aalborg"',
  ],
  [
    'organisations: municipalities',
    ORGANISATION,
    fixtureFile(ORGANISATION).replace('[aalborg]', '[aalborg, kollding]'),
    'municipalities[1]',
    'kollding',
    4,
    'kommunelisten',
    'Mente du "kolding"',
  ],
  [
    'organisations: sources',
    ORGANISATION,
    fixtureFile(ORGANISATION).replace('[testkilde]', '[testkild]'),
    'sources[0]',
    'testkild',
    5,
    'kilderne',
    'Mente du "testkilde"',
  ],
  [
    'strategies: municipality',
    STRATEGY,
    strategy.replace('municipality: aalborg', 'municipality: aalbor'),
    'municipality',
    'aalbor',
    4,
    'kommunelisten',
    'Mente du "aalborg"',
  ],
  [
    'strategies: sources',
    STRATEGY,
    strategy.replace('[testkilde]', '[testkilde, kilde2]'),
    'sources[1]',
    'kilde2',
    7,
    'kilderne',
    'Gyldige værdier: content/data/kilder.yaml',
  ],
  [
    'interviews: municipality',
    INTERVIEW,
    interview.replace('municipality: aalborg', 'municipality: aalborgg'),
    'municipality',
    'aalborgg',
    4,
    'kommunelisten',
    'Mente du "aalborg"',
  ],
  [
    'interviews: related',
    INTERVIEW,
    interview.replace('sources: [testkilde]', 'related: [aalborg-2017]\nsources: [testkilde]'),
    'related[0]',
    'aalborg-2017',
    10,
    'interviewene',
    'Mente du "aalborg-2018"',
  ],
  [
    'interviews: seriesElsewhere',
    INTERVIEW,
    interview.replace('sources: [testkilde]', 'seriesElsewhere:\n  - title: Status i Roskilde\n    municipality: roskild\nsources: [testkilde]'),
    'seriesElsewhere[0].municipality',
    'roskild',
    12,
    'kommunelisten',
    'Mente du "roskilde"',
  ],
  [
    'interviews: <Answer question>',
    INTERVIEW,
    interview.replace('question="strategi"', 'question="strategii"'),
    '<Answer question>',
    'strategii',
    undefined,
    'Spørgsmålet "strategii" findes ikke',
    'content/data/spoergsmaal.yaml',
  ],
  [
    'guide: themes',
    GUIDE,
    guide.replace('themes: [en-indgang]', 'themes: [en-indgangen]'),
    'themes[0]',
    'en-indgangen',
    7,
    'temaerne',
    'Mente du "en-indgang"',
  ],
  [
    'guide: municipalities',
    GUIDE,
    guide.replace('municipalities: [aalborg]', 'municipalities: [arhus]'),
    'municipalities[0]',
    'arhus',
    6,
    'kommunelisten',
    'Mente du "aarhus"',
  ],
  [
    'narrative: municipalities',
    NARRATIVE,
    narrative.replace('municipalities: [aalborg]', 'municipalities: [kobenhavn]'),
    'municipalities[0]',
    'kobenhavn',
    5,
    'kommunelisten',
    'Mente du "koebenhavn"',
  ],
  [
    'narrative: organisations',
    NARRATIVE,
    narrative.replace('sources: [testkilde]', 'organisations: [test-org]\nsources: [testkilde]'),
    'organisations[0]',
    'test-org',
    6,
    'organisationerne',
    'Mente du "testorg"',
  ],
].map(([what, file, text, field, value, line, where, hint]) => ({
  name: `an unknown reference (${what})`,
  files: { [file as string]: text as string },
  file: file as string,
  ...(line !== undefined ? { line: line as number } : {}),
  field: field as string,
  value,
  says: [where as string, hint as string],
}));

function matching(problems: ContentProblem[], c: Case): ContentProblem | undefined {
  return problems.find(
    (p) =>
      p.file === c.file &&
      (c.field === undefined || p.field === c.field) &&
      c.says.every((s) => (typeof s === 'string' ? `${p.message} ${p.hint ?? ''}`.includes(s) : s.test(`${p.message} ${p.hint ?? ''}`))),
  );
}

describe('npm run tjek: each kind of bad input gives a Danish message with file, field, value and hint', () => {
  it('finds nothing wrong in the valid fixture', () => {
    const result = checkSite();
    expect(result.errors).toEqual([]);
  });

  it.each([...cases, ...references])('$name', (c) => {
    const { errors } = checkSite(c.files);
    const problem = matching(errors, c);
    const shown = errors.map((p) => `${p.file}\n${formatProblemInFile(p)}`).join('\n');
    expect(problem, `expected a problem in ${c.file} saying ${c.says.join(' / ')}; got:\n${shown}`).toBeDefined();
    if (c.line !== undefined) expect(problem!.line, shown).toBe(c.line);
    if ('value' in c) expect(problem!.value).toEqual(c.value);
    // The printed form carries it all.
    const printed = formatProblemInFile(problem!);
    if (c.field) expect(printed).toContain(`felt: ${c.field}`);
    if (c.value !== undefined) expect(printed).toContain(`værdi: ${JSON.stringify(c.value)}`);
    if (c.line !== undefined) expect(printed).toContain(`linje ${c.line}`);
    expect(problem!.hint, 'every message has a hint').toBeTruthy();
  });

  it('reports a bad reference from a file that also has a schema error', () => {
    const { errors } = checkSite({ [INITIATIVE]: `${initiative.replace('municipality: aalborg', 'municipality: aalborgg')}budget: 1\n` });
    expect(errors.map((p) => p.field).sort()).toEqual(['budget', 'municipality']);
  });

  it('does not cascade: a broken data list is reported once, not as a reference error in every file', () => {
    const { errors } = checkSite({ 'content/data/temaer.yaml': '- id: en-indgang\n  label: [Én indgang\n' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/data/temaer.yaml', line: 3 });
    expect(errors[0]!.message).toContain('YAML-syntaksfejl');
  });

  it('checks drafts too (they are shown in npm run dev), but lets them point at other drafts', () => {
    const draftNarrative = narrative.replace('order: 1', 'order: 1\ndraft: true');
    const ok = checkSite({
      [NARRATIVE]: `${draftNarrative}\nSe [en anden kladde](/guide/ny-kladde/).\n`,
      'content/guide/ny-kladde.mdx': guide.replace('order: 1', 'order: 2\ndraft: true'),
    });
    expect(ok.errors).toEqual([]);
    const bad = checkSite({ [NARRATIVE]: draftNarrative.replace('municipalities: [aalborg]', 'municipalities: [aalborgg]') });
    expect(bad.errors.map((p) => [p.file, p.field, p.value])).toEqual([[NARRATIVE, 'municipalities[0]', 'aalborgg']]);
  });

  it('says so when a published page refers to a draft', () => {
    const { errors } = checkSite({
      [INTERVIEW]: interview.replace('factsAsOf', 'draft: true\nfactsAsOf'),
    });
    const problem = errors.find((p) => p.field === 'source' && p.file === INITIATIVE);
    expect(problem?.message).toContain('"interviews/aalborg-2018" er en kladde (draft: true)');
  });
});
