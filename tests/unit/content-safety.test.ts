// Content is data, not code, and every mistake gets one clear Danish message: the checker
// (`npm run tjek` and the build) on MDX code, HTML, URLs, dates, the municipality list, blank
// text, placeholders and municipality codes. Each case proves file, line, field/value and hint.
import { describe, expect, it } from 'vitest';
import { formatProblemInFile, type ContentProblem } from '../../src/model/problem';
import { checkMdxSafety, checkSourceSafety } from '../../src/model/rules/mdx-safety';
import { urlKind } from '../../src/model/rules/urls';
import { readMunicipalityRows } from '../../src/model/municipalities-csv';
import { ContentError } from '../../src/model/problem';
import { checkContent } from '../../src/model/check';
import { checkSite, fixtureFile, PROJECT_ROOT } from './editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import type { FileContent } from '../helpers/fixture-text';

const GUIDE = 'content/guide/en-indgang.mdx';
const GUIDE_MD = 'content/guide/ny-side.md';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';
const STRATEGY = 'content/strategier/aalborg.mdx';
const ORGANISATION = 'content/organisationer/testorg.yaml';
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const ENTRY_POINT = 'content/indgange/aalborg.yaml';
const SOURCES = 'content/data/kilder.yaml';
const CSV = 'content/data/kommuner.csv';

const guide = fixtureFile(GUIDE);
const interview = fixtureFile(INTERVIEW);
const strategy = fixtureFile(STRATEGY);
const organisation = fixtureFile(ORGANISATION);
const initiative = fixtureFile(INITIATIVE);
const csv = fixtureFile(CSV);
/** The guide's body gets `text` appended at line 22 (the fixture has 20 lines and ends with a newline). */
const withBody = (text: string) => `${guide}\n${text}\n`;
const asMarkdown = (text: string) => `${guide.replace('order: 1', 'order: 2')}\n${text}\n`;

interface Case {
  name: string;
  files: Record<string, FileContent>;
  file: string;
  line?: number;
  field?: string;
  value?: unknown;
  code?: string;
  says: string[];
}

const mdx: Case[] = [
  {
    name: 'an expression reading the environment',
    files: { [GUIDE]: withBody('Hjem: {process.env.HOME}') },
    file: GUIDE,
    line: 22,
    field: 'kode',
    value: '{process.env.HOME}',
    code: 'mdx-expression',
    says: ['Kode i { … } er ikke tilladt', '\\{', '{/* … */}'],
  },
  {
    name: 'an awaited dynamic import',
    files: { [GUIDE]: withBody('{await import("node:fs").then((fs) => fs.readFileSync("/etc/passwd", "utf8"))}') },
    file: GUIDE,
    line: 22,
    field: 'kode',
    code: 'mdx-expression',
    says: ['Kode i { … } er ikke tilladt'],
  },
  {
    name: 'an import of a file on the build machine',
    files: { [GUIDE]: guide.replace('## Hvorfor', 'import x from "/etc/passwd?raw"\n\n## Hvorfor') },
    file: GUIDE,
    line: 12,
    field: 'import',
    value: 'import x from "/etc/passwd?raw"',
    code: 'mdx-esm',
    says: ['import er ikke tilladt', 'Slet linjen', '<Answer>'],
  },
  {
    name: 'an export',
    files: { [GUIDE]: withBody('export const hjem = process.env.HOME') },
    file: GUIDE,
    line: 22,
    field: 'export',
    code: 'mdx-esm',
    says: ['export er ikke tilladt', 'Slet linjen'],
  },
  {
    name: 'a text that looks like code in braces',
    files: { [GUIDE]: withBody('Prisen er {100} kr.') },
    file: GUIDE,
    line: 22,
    field: 'kode',
    value: '{100}',
    code: 'mdx-expression',
    says: ['Kode i { … }', 'skriv \\{'],
  },
  {
    name: 'a <script> element',
    files: { [GUIDE]: withBody('<script>alert(1)</script>') },
    file: GUIDE,
    line: 22,
    field: 'html',
    value: '<script>',
    code: 'html-element',
    says: ['<script> er ikke tilladt', 'Scripts kan ikke bruges', '<abbr title="…">'],
  },
  {
    name: 'an <iframe>',
    files: { [GUIDE]: withBody('<iframe src="https://example.dk/"></iframe>') },
    file: GUIDE,
    line: 22,
    value: '<iframe>',
    code: 'html-element',
    says: ['<iframe> er ikke tilladt', 'Skriv et link i stedet'],
  },
  {
    name: 'a <style> element',
    files: { [GUIDE]: withBody('<style>body</style>') },
    file: GUIDE,
    line: 22,
    value: '<style>',
    code: 'html-element',
    says: ['<style> er ikke tilladt', 'Udseendet styres af sitet'],
  },
  {
    name: 'a meta refresh to another site',
    files: { [GUIDE]: withBody('<meta httpEquiv="refresh" content="0;url=https://example.com/" />') },
    file: GUIDE,
    line: 22,
    value: '<meta>',
    code: 'html-element',
    says: ['<meta> er ikke tilladt', 'Slet tagget'],
  },
  {
    name: 'a form',
    files: { [GUIDE]: withBody('<form action="https://example.com/"><input name="cpr" /></form>') },
    file: GUIDE,
    line: 22,
    value: '<form>',
    code: 'html-element',
    says: ['<form> er ikke tilladt', 'link til formularen'],
  },
  {
    name: 'an event handler',
    files: { [GUIDE]: withBody('<abbr title="x" onMouseOver="alert(1)">SØV</abbr>') },
    file: GUIDE,
    line: 22,
    field: '<abbr> onMouseOver',
    code: 'html-event-handler',
    says: ['kører kode', 'Slet onMouseOver'],
  },
  {
    name: 'an expression as an attribute value',
    files: { [GUIDE]: withBody('<abbr title={process.env.HOME}>SØV</abbr>') },
    file: GUIDE,
    line: 22,
    field: '<abbr> title',
    value: '{process.env.HOME}',
    code: 'mdx-expression',
    says: ['Kode i { … } er ikke tilladt som værdi', 'title="…"'],
  },
  {
    name: 'a spread attribute',
    files: { [GUIDE]: withBody('<abbr {...props}>SØV</abbr>') },
    file: GUIDE,
    line: 22,
    code: 'mdx-expression',
    says: ['Kode i { … } er ikke tilladt'],
  },
  {
    name: 'a style attribute',
    files: { [GUIDE]: withBody('<span style="color: red">rød</span>') },
    file: GUIDE,
    line: 22,
    field: '<span> style',
    code: 'html-attribute',
    says: ['style er ikke tilladt på <span>', 'Udseendet styres af sitet'],
  },
  {
    name: 'an unknown component',
    files: { [GUIDE]: withBody('<Kort kommune="aalborg" />') },
    file: GUIDE,
    line: 22,
    field: 'komponent',
    value: '<Kort>',
    code: 'mdx-component',
    says: ['Komponenten <Kort> findes ikke', '<Answer>'],
  },
  {
    name: '<Answer> without a question',
    files: { [INTERVIEW]: interview.replace('<Answer question="strategi">', '<Answer>') },
    file: INTERVIEW,
    line: 14,
    field: '<Answer> question',
    code: 'mdx-component-prop',
    says: ['<Answer> mangler egenskaben question', 'content/data/spoergsmaal.yaml'],
  },
  {
    name: '<Answer> with an expression for its question',
    files: { [INTERVIEW]: interview.replace('question="strategi"', 'question={"strategi"}') },
    file: INTERVIEW,
    line: 14,
    field: '<Answer> question',
    code: 'mdx-expression',
    says: ['Kode i { … }', '<Answer question="strategi">'],
  },
  {
    name: '<Answer> with a misspelt prop',
    files: { [INTERVIEW]: interview.replace('question="strategi"', 'qestion="strategi"') },
    file: INTERVIEW,
    line: 14,
    field: '<Answer> qestion',
    code: 'mdx-component-prop',
    says: ['ingen egenskab, der hedder qestion', 'Mente du question?'],
  },
  {
    name: '<Answer> outside an interview',
    files: { [GUIDE]: withBody('<Answer question="nej">\n\nTekst.\n\n</Answer>') },
    file: GUIDE,
    line: 22,
    field: 'komponent',
    value: '<Answer>',
    code: 'mdx-component-place',
    says: ['kun bruges i interviews', '## …'],
  },
  {
    name: 'a javascript: link in Markdown',
    files: { [GUIDE]: withBody('[Klik](javascript:alert(1))') },
    file: GUIDE,
    line: 22,
    field: 'link',
    value: 'javascript:alert(1)',
    code: 'unsafe-url',
    says: ['"javascript:"', 'https://'],
  },
  {
    name: 'a javascript: link hidden by a tab',
    files: { [GUIDE]: withBody('<a href="java\tscript:alert(1)">Klik</a>') },
    file: GUIDE,
    line: 22,
    field: 'link',
    code: 'unsafe-url',
    says: ['"javascript:"'],
  },
  {
    name: 'a data: image',
    files: { [GUIDE]: withBody('![Kort](data:image/svg+xml;base64,PHN2Zz4=)') },
    file: GUIDE,
    line: 22,
    field: 'billede',
    code: 'unsafe-url',
    says: ['"data:"', 'https://'],
  },
  {
    name: 'a protocol-relative link',
    files: { [GUIDE]: withBody('[Ud](//example.com/)') },
    file: GUIDE,
    line: 22,
    field: 'link',
    value: '//example.com/',
    code: 'unsafe-url',
    says: ['mangler https:'],
  },
  {
    name: '.md: raw <script>',
    files: { [GUIDE_MD]: asMarkdown('Tekst <script>alert(1)</script>') },
    file: GUIDE_MD,
    line: 22,
    value: '<script>',
    code: 'html-element',
    says: ['<script> er ikke tilladt'],
  },
  {
    name: '.md: raw meta refresh',
    files: { [GUIDE_MD]: asMarkdown('<meta http-equiv="refresh" content="0;url=https://example.com/">') },
    file: GUIDE_MD,
    line: 22,
    value: '<meta>',
    code: 'html-element',
    says: ['<meta> er ikke tilladt'],
  },
  {
    name: '.md: onclick',
    files: { [GUIDE_MD]: asMarkdown('<span onclick="alert(1)">x</span>') },
    file: GUIDE_MD,
    line: 22,
    field: '<span> onclick',
    code: 'html-event-handler',
    says: ['kører kode'],
  },
  {
    name: '.md: an entity-encoded javascript: link',
    files: { [GUIDE_MD]: asMarkdown('<a href="&#106;avascript:alert(1)">x</a>') },
    file: GUIDE_MD,
    line: 22,
    field: 'link',
    code: 'unsafe-url',
    says: ['"javascript:"'],
  },
  {
    name: '.md: a site path in a raw <a> (would miss the base path)',
    files: { [GUIDE_MD]: asMarkdown('<a href="/kommuner/aalborg/">Aalborg</a>') },
    file: GUIDE_MD,
    line: 22,
    field: 'link',
    value: '/kommuner/aalborg/',
    code: 'html-site-path',
    says: ['undermappe', '[tekst](/kommuner/aalborg/)'],
  },
  {
    name: 'an image that is not in public/',
    files: { [GUIDE]: withBody('![Kort](/billeder/kort.png)') },
    file: GUIDE,
    line: 22,
    field: 'billede',
    value: '/billeder/kort.png',
    code: 'image-missing',
    says: ['findes ikke i mappen public/', 'public/billeder/'],
  },
  {
    name: 'an image on the editor’s own computer',
    files: { [GUIDE]: withBody('![Kort](C:/Users/mette/Skrivebord/kort.png)') },
    file: GUIDE,
    line: 22,
    field: 'billede',
    code: 'local-path',
    says: ['din egen computer', 'public/billeder/'],
  },
  {
    name: 'an image from another site',
    files: { [GUIDE]: withBody('![Kort](https://example.com/kort.png)') },
    file: GUIDE,
    line: 22,
    field: 'billede',
    code: 'image-external',
    says: ['ligge på sitet selv'],
  },
];

const fields: Case[] = [
  {
    name: 'a javascript: URL in a source',
    files: { [SOURCES]: `${fixtureFile(SOURCES)}  url: javascript:alert(1)\n` },
    file: SOURCES,
    line: 5,
    field: '[0].url',
    value: 'javascript:alert(1)',
    code: 'unsafe-url',
    says: ['https://', 'browserens adresselinje'],
  },
  {
    name: 'a data: URL in an organisation',
    files: { [ORGANISATION]: `${organisation}url: "data:text/html,<script>alert(1)</script>"\n` },
    file: ORGANISATION,
    line: 6,
    field: 'url',
    code: 'unsafe-url',
    says: ['https://'],
  },
  {
    name: 'a javascript: URL in a strategy document',
    files: {
      [STRATEGY]: strategy.replace(
        'sources: [testkilde]',
        'documents:\n  - title: Strategi\n    kind: strategi\n    url: javascript:alert(1)\nsources: [testkilde]',
      ),
    },
    file: STRATEGY,
    line: 10,
    field: 'documents[0].url',
    code: 'unsafe-url',
    says: ['https://'],
  },
  {
    name: 'an empty date',
    files: { [INITIATIVE]: initiative.replace('factsAsOf: 2018-09-01', 'factsAsOf:') },
    file: INITIATIVE,
    line: 7,
    field: 'factsAsOf',
    value: null,
    code: 'invalid-date',
    says: ['Datoen er tom', 'ÅÅÅÅ-MM-DD'],
  },
  {
    name: 'a date that is false',
    files: { [INITIATIVE]: initiative.replace('factsAsOf: 2018-09-01', 'factsAsOf: false') },
    file: INITIATIVE,
    line: 7,
    field: 'factsAsOf',
    value: false,
    code: 'invalid-date',
    says: ['false er ikke en dato', 'ÅÅÅÅ-MM-DD'],
  },
  {
    name: 'a bare year for a date',
    files: { [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014') },
    file: GUIDE,
    line: 9,
    field: 'factsAsOf',
    value: 2014,
    code: 'invalid-date',
    says: ['2014 er kun et årstal', '2014-01-01', 'dateText'],
  },
  {
    name: 'a number for a date',
    files: { [ENTRY_POINT]: fixtureFile(ENTRY_POINT).replace('since: 2016-01-01', 'since: 20160101') },
    file: ENTRY_POINT,
    line: 4,
    field: 'since',
    value: 20160101,
    code: 'invalid-date',
    says: ['Tallet 20160101 er ikke en dato'],
  },
  {
    name: 'an empty optional date',
    files: { [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2014-12-10\nreviewBy:') },
    file: GUIDE,
    line: 10,
    field: 'reviewBy',
    value: null,
    says: ['Datoen er tom', 'slet hele linjen'],
  },
  {
    name: 'facts from the future',
    files: { [GUIDE]: guide.replace('factsAsOf: 2014-12-10', 'factsAsOf: 2030-01-01') },
    file: GUIDE,
    line: 9,
    field: 'factsAsOf',
    value: '2030-01-01',
    code: 'date-future',
    says: ['ligger i fremtiden', 'reviewBy'],
  },
  {
    name: 'a strategy period that ends before it starts',
    files: { [STRATEGY]: strategy.replace('status: ingen', 'status: vedtaget\nadoptedYear: 2016\nperiodFrom: 2018\nperiodTo: 2016') },
    file: STRATEGY,
    line: 8,
    field: 'periodTo',
    value: 2016,
    says: ['Strategiperioden slutter (periodTo), før den begynder', 'Byt om'],
  },
  {
    name: 'a strategy adopted after its period',
    files: { [STRATEGY]: strategy.replace('status: ingen', 'status: vedtaget\nadoptedYear: 2020\nperiodFrom: 2016\nperiodTo: 2018') },
    file: STRATEGY,
    line: 6,
    field: 'adoptedYear',
    value: 2020,
    code: 'strategy-adopted-after-period',
    says: ['vedtaget i 2020, efter at dens periode sluttede (2016–2018)', 'Tjek årstallene'],
  },
  {
    name: 'a title of only spaces',
    files: { [INITIATIVE]: initiative.replace(/^title:.*$/m, 'title: "   "') },
    file: INITIATIVE,
    line: 1,
    field: 'title',
    value: '   ',
    code: 'blank-text',
    says: ['kun mellemrum', 'title: "'],
  },
  {
    name: 'UDFYLD left in a published page',
    files: { [GUIDE]: guide.replace('summary: Om én indgang.', 'summary: "UDFYLD: et resumé"') },
    file: GUIDE,
    line: 3,
    field: 'summary',
    code: 'placeholder',
    says: ['der står stadig UDFYLD', 'draft: true'],
  },
  {
    name: 'UDFYLD left in a published page’s text',
    files: { [GUIDE]: withBody('UDFYLD: sidens tekst.') },
    file: GUIDE,
    line: 22,
    code: 'placeholder',
    says: ['der står stadig UDFYLD', 'draft: true'],
  },
  {
    name: 'UDFYLD left in a published organisation',
    files: { [ORGANISATION]: organisation.replace('offers: Netværk for test.', 'offers: "UDFYLD: hvad de tilbyder"') },
    file: ORGANISATION,
    line: 3,
    field: 'offers',
    code: 'placeholder',
    says: ['der står stadig UDFYLD', 'draft: true'],
  },
  {
    name: 'a municipality code for an id',
    files: { [INITIATIVE]: initiative.replace('municipality: aalborg', 'municipality: "0851"') },
    file: INITIATIVE,
    line: 2,
    field: 'municipality',
    value: '0851',
    code: 'municipality-code',
    says: ['0851 er Aalborg Kommunes kommunekode; skriv aalborg'],
  },
  {
    name: 'a municipality code written without quotes (read as the number 851)',
    files: { [INITIATIVE]: initiative.replace('municipality: aalborg', 'municipality: 0851') },
    file: INITIATIVE,
    line: 2,
    field: 'municipality',
    value: 851,
    code: 'municipality-code',
    says: ['0851 er Aalborg Kommunes kommunekode; skriv aalborg'],
  },
  {
    name: 'a municipality code without its leading zero in a list',
    files: { [GUIDE]: guide.replace('municipalities: [aalborg]', 'municipalities: ["851"]') },
    file: GUIDE,
    line: 6,
    field: 'municipalities[0]',
    value: '851',
    code: 'municipality-code',
    says: ['0851 er Aalborg Kommunes kommunekode; skriv aalborg'],
  },
  {
    name: 'kommuner.csv: only the header',
    files: { [CSV]: `${csv.text.split('\n')[0]}\n` },
    file: CSV,
    line: 1,
    code: 'csv-empty',
    says: ['kun overskriftslinjen', 'shared/data/kommuner.csv'],
  },
  {
    name: 'kommuner.csv: a region name that does not match its code',
    files: { [CSV]: csv.replace('0101,København,Københavns Kommune,Region Hovedstaden,1084', '0101,København,Københavns Kommune,Region Sjælland,1084') },
    file: CSV,
    line: 2,
    field: 'region',
    value: 'Region Sjælland',
    code: 'csv-region-mismatch',
    says: ['Regionskoden 1084 er Region Hovedstaden', 'regionskoden til 1085'],
  },
  {
    name: 'kommuner.csv: a code with no boundary on the map',
    files: { [CSV]: csv.replace('0101,København', '0102,København') },
    file: CSV,
    line: 2,
    field: 'kommunekode',
    value: '0102',
    code: 'csv-no-boundary',
    says: ['ingen grænse', 'mangle på kortet', 'fire cifre'],
  },
  {
    name: 'kommuner.csv: a wrong header',
    files: { [CSV]: csv.replace('kommunekode,navn', 'kode,navn') },
    file: CSV,
    line: 1,
    code: 'csv-header',
    says: ['Første linje', 'semikolon'],
  },
];

function matching(problems: ContentProblem[], c: Case): ContentProblem | undefined {
  return problems.find(
    (p) => p.file === c.file && (c.field === undefined || p.field === c.field) && c.says.every((s) => `${p.message} ${p.hint ?? ''}`.includes(s)),
  );
}

describe('npm run tjek: content is data, and each mistake gets one clear Danish message', () => {
  it.each([...mdx, ...fields])('$name', (c) => {
    const { errors } = checkSite(c.files);
    const problem = matching(errors, c);
    const shown = errors.map((p) => `${p.file}\n${formatProblemInFile(p)}`).join('\n');
    expect(problem, `expected a problem in ${c.file} saying ${c.says.join(' / ')}; got:\n${shown}`).toBeDefined();
    if (c.line !== undefined) expect(problem!.line, shown).toBe(c.line);
    if ('value' in c) expect(problem!.value).toEqual(c.value);
    if (c.code) expect(problem!.code).toBe(c.code);
    const printed = formatProblemInFile(problem!);
    if (c.field) expect(printed).toContain(`felt: ${c.field}`);
    if (c.line !== undefined) expect(printed).toContain(`linje ${c.line}`);
    expect(problem!.hint, 'every message has a hint').toBeTruthy();
    // Only the real problem: nothing else is reported for the file.
    expect(
      errors.filter((p) => p.file === c.file && p !== problem && p.code !== problem!.code),
      shown,
    ).toEqual([]);
  });

  it('accepts the allowed subset: comments, <abbr>, <br>, tables, <details>, <sup>, mailto: and tel: links', () => {
    const body = [
      '{/* En kommentar, der ikke vises. */}',
      '',
      'En <abbr title="socialøkonomisk virksomhed">SØV</abbr> med linjeskift<br />her, CO<sub>2</sub> og 10<sup>3</sup>.',
      '',
      '<details>',
      '<summary>Læs mere</summary>',
      '',
      'Skriv til [os](mailto:info@example.dk) eller ring på [tlf.](tel:+4512345678).',
      '',
      '</details>',
      '',
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="1">1</td></tr></tbody></table>',
      '',
      'Et billede: ![Ikon](/favicon.svg) og et link: <a href="/kommuner/aalborg/">Aalborg</a>.',
    ].join('\n');
    const { errors, warnings } = checkSite({ [GUIDE]: withBody(body) });
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file === GUIDE && w.code === 'placeholder')).toEqual([]);
  });

  it('finds nothing wrong in the real content', () => {
    expect(checkContent(PROJECT_ROOT, { otherRoutes: OTHER_ROUTES }).errors).toEqual([]);
  });

  it('keeps UDFYLD a warning in a draft', () => {
    const { errors, warnings } = checkSite({ [GUIDE]: withBody('UDFYLD: sidens tekst.').replace('order: 1', 'order: 1\ndraft: true') });
    expect(errors).toEqual([]);
    expect(warnings.some((w) => w.file === GUIDE && w.code === 'placeholder')).toBe(true);
  });
});

describe('kommuner.csv as Excel saves it', () => {
  const header = 'kommunekode,navn,officielt_navn,region,regionskode';
  it.each([
    ['with a BOM', `\uFEFF${header}\n0851,Aalborg,Aalborg Kommune,Region Nordjylland,1081\n`],
    ['with semicolons', `${header.replace(/,/g, ';')}\n0851;Aalborg;Aalborg Kommune;Region Nordjylland;1081\n`],
    [
      'with quoted fields and CRLF',
      `"kommunekode","navn","officielt_navn","region","regionskode"\r\n"0851","Aalborg","Aalborg Kommune","Region Nordjylland","1081"\r\n`,
    ],
    ['with the leading zero dropped', `${header}\n851,Aalborg,Aalborg Kommune,Region Nordjylland,1081\n`],
  ])('reads it %s', (_, text) => {
    expect(readMunicipalityRows(text, 'k.csv')).toEqual([
      {
        id: 'aalborg',
        code: '0851',
        name: 'Aalborg',
        officialName: 'Aalborg Kommune',
        region: 'Region Nordjylland',
        regionId: 'region-nordjylland',
        regionCode: '1081',
        line: 2,
      },
    ]);
  });

  it('reads a quoted name with the delimiter in it', () => {
    expect(readMunicipalityRows(`${header}\n0851,"Aalborg, by",Aalborg Kommune,Region Nordjylland,1081\n`, 'k.csv')[0]!.name).toBe('Aalborg, by');
  });

  it('says how many fields a short line has', () => {
    expect(() => readMunicipalityRows(`${header.replace(/,/g, ';')}\n0851;Aalborg\n`, 'k.csv')).toThrow(/5 felter adskilt af semikolon, men har 2/);
    expect(() => readMunicipalityRows(`${header}\n`, 'k.csv')).toThrow(ContentError);
  });
});

describe('the MDX safety rule on its own (as the build runs it)', () => {
  it('finds nothing in allowed content', () => {
    expect(checkSourceSafety('## Titel\n\nTekst med [link](https://example.dk/) og <br />.\n', 'a.mdx', true)).toEqual([]);
  });
  it('reports an expression in a .mdx file, not in .md (where braces are text)', () => {
    expect(checkSourceSafety('{process.env.HOME}\n', 'a.mdx', true).map((p) => p.code)).toEqual(['mdx-expression']);
    expect(checkSourceSafety('{process.env.HOME}\n', 'a.md', false)).toEqual([]);
  });
  it('walks nested trees', () => {
    expect(
      checkMdxSafety(
        { type: 'root', children: [{ type: 'blockquote', children: [{ type: 'html', value: '<script>', position: { start: { line: 3 } } }] }] },
        'a.md',
      ),
    ).toMatchObject([{ line: 3, code: 'html-element' }]);
  });
  it.each([
    ['https://example.dk/', 'web'],
    ['mailto:a@b.dk', 'web'],
    ['tel:+4512345678', 'web'],
    ['/kommuner/aalborg/', 'site'],
    ['#noter', 'fragment'],
    ['kommuner/aalborg/', 'relative'],
    ['javascript:alert(1)', 'unsafe'],
    [' JavaScript:alert(1)', 'unsafe'],
    ['vbscript:x', 'unsafe'],
    ['data:text/html,x', 'unsafe'],
    ['file:///etc/passwd', 'local'],
    ['C:\\Users\\mette\\kort.png', 'local'],
    ['//example.com/', 'unsafe'],
    ['/\\example.com/', 'unsafe'],
  ])('urlKind(%j) is %s', (url, kind) => {
    expect(urlKind(url)).toBe(kind);
  });
});
