// Builds of fixture sites: content is data, not code. One build carries every kind of bad input
// at once (the checker reports all of them, with the same Danish messages as `npm run tjek`);
// two builds with the checker taken out prove the Markdown/MDX processor refuses code and unsafe
// HTML by itself; one build under /vidensbank/ proves the allowed HTML renders and site paths
// get the base path.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFixture, PROJECT_ROOT, srcWithoutContentGate } from '../helpers/fixture-site';
import { filesUnder } from '../helpers/dist';
import { fixtureText } from '../helpers/fixture-text';

const strip = (s: string) => stripVTControlCharacters(s);
const fixture = (file: string) => fixtureText(file);
const GUIDE = 'content/guide/en-indgang.mdx';
const guide = fixture(GUIDE);
const narrative = fixture('content/fortaelling/fortaelling.mdx');
const HOME = os.homedir();

/** The fixture's config without the content checker or its gate: only the processor's own guard is left. */
const WITHOUT_CHECKER =
  `import config from ${JSON.stringify(path.join(PROJECT_ROOT, 'astro.config.mjs'))};\n` +
  `export default { ...config, integrations: config.integrations.filter((i) => i.name !== 'vidensbank:editor-checks'), srcDir: './src-ungated', publicDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'public'))} };\n`;
/** Writes the fixture's src-ungated/ (see srcWithoutContentGate), after its content. */
const ungated = (contentDir: string) => void srcWithoutContentGate(path.dirname(contentDir));

/** Nothing the exploit could reach is in the built files. */
function publishedNothingSecret(root: string): void {
  const dist = path.join(root, 'dist');
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html') || f.endsWith('.js'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    expect(text, file).not.toContain(HOME);
    expect(text, file).not.toContain('root:x:0:0');
    expect(text, file).not.toMatch(/<script>alert/);
  }
}

describe('content is data, not code (fixture builds)', () => {
  it('fails on every kind of unsafe or wrong input at once, with the Danish message of npm run tjek', () => {
    const result = buildFixture('unsafe-all', {
      [GUIDE]: `${guide}\nHjem: {process.env.HOME}\n\n![Kort](/billeder/kort.png)\n`,
      'content/fortaelling/fortaelling.mdx': narrative.replace('## ', 'import pw from "/etc/passwd?raw"\n\n## ').replace(/factsAsOf: .*/, 'factsAsOf: 2014'),
      'content/interviews/aalborg-2018.mdx': fixture('content/interviews/aalborg-2018.mdx')
        .replace('<Answer question="strategi">', '<Answer>')
        .replace(/factsAsOf: .*/, 'factsAsOf: 2099-01-01'),
      'content/strategier/aalborg.mdx': fixture('content/strategier/aalborg.mdx').replace(
        'status: ingen',
        'status: vedtaget\nadoptedYear: 2020\nperiodFrom: 2016\nperiodTo: 2018',
      ),
      'content/strategier/kolding.mdx': fixture('content/strategier/aalborg.mdx')
        .replace('municipality: aalborg', 'municipality: kolding')
        .replace('status: ingen', 'status: vedtaget\nadoptedYear: 2016\nperiodFrom: 2018\nperiodTo: 2016'),
      'content/guide/html.md': `${guide.replace('order: 1', 'order: 2')}\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n\n<span onclick="alert(1)">x</span> [Klik](javascript:alert(1))\n`,
      'content/data/kilder.yaml': `${fixture('content/data/kilder.yaml')}  url: javascript:alert(1)\n`,
      'content/indsatser/aalborg/startup-cafeer.yaml': fixture('content/indsatser/aalborg/startup-cafeer.yaml')
        .replace('municipality: aalborg', 'municipality: "0851"')
        .replace('factsAsOf: 2018-09-01', 'factsAsOf: false')
        .replace(/^title:.*$/m, 'title: "   "'),
      'content/data/kommuner.csv': fixture('content/data/kommuner.csv')
        .replace('0101,København,Københavns Kommune,Region Hovedstaden,1084', '0101,København,Københavns Kommune,Region Sjælland,1084')
        .replace('0147,Frederiksberg', '0148,Frederiksberg'),
      'content/organisationer/testorg.yaml': fixture('content/organisationer/testorg.yaml').replace(
        'offers: Netværk for test.',
        'offers: "UDFYLD: hvad de tilbyder"',
      ),
    });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    for (const text of [
      GUIDE,
      'linje 22, felt: kode, værdi: "{process.env.HOME}"',
      'Kode i { … } er ikke tilladt',
      'skriv \\{',
      'content/fortaelling/fortaelling.mdx',
      'felt: import',
      'import er ikke tilladt',
      'content/guide/html.md',
      'HTML-tagget <meta> er ikke tilladt',
      'Attributten onclick kører kode',
      'Adresser, der starter med "javascript:"',
      'content/data/kilder.yaml',
      'felt: [0].url',
      'linje 24, felt: billede, værdi: "/billeder/kort.png"',
      'findes ikke i mappen public/',
      'felt: factsAsOf, værdi: 2014',
      '2014 er kun et årstal',
      'content/interviews/aalborg-2018.mdx',
      '<Answer> mangler egenskaben question',
      'factsAsOf ligger i fremtiden',
      'content/strategier/aalborg.mdx',
      'felt: adoptedYear, værdi: 2020',
      'vedtaget i 2020, efter at dens periode sluttede',
      'content/strategier/kolding.mdx',
      'felt: periodTo, værdi: 2016',
      'Strategiperioden slutter (periodTo), før den begynder',
      'content/indsatser/aalborg/startup-cafeer.yaml',
      '0851 er Aalborg Kommunes kommunekode; skriv aalborg',
      'false er ikke en dato',
      'felt: title, værdi: "   "',
      'kun mellemrum',
      'content/data/kommuner.csv',
      'Regionskoden 1084 er Region Hovedstaden',
      'felt: kommunekode, værdi: "0148"',
      'ingen grænse',
      'content/organisationer/testorg.yaml',
      'der står stadig UDFYLD',
    ])
      expect(output).toContain(text);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(path.join(result.root, 'dist'))).toBe(false);
  });

  it('fails on a municipality list with only its header, once, without follow-on errors', () => {
    const csv = fixture('content/data/kommuner.csv');
    const result = buildFixture('csv-header-only', { 'content/data/kommuner.csv': `\uFEFF${csv.text.split('\n')[0]!.replace(/,/g, ';')}\n` });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Tjek af indholdet: 1 fejl i 1 fil');
    expect(output).toContain('content/data/kommuner.csv\n  fejl – linje 1\n    Filen har kun overskriftslinjen og ingen kommuner.');
  });

  it('refuses {process.env.HOME} in MDX inside the build itself, even without the content checker', () => {
    const result = buildFixture('unsafe-mdx-no-checker', { 'astro.config.mjs': WITHOUT_CHECKER, [GUIDE]: `${guide}\nHjem: {process.env.HOME}\n` }, {}, ungated);
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output, 'the content check ran: this test must see the processor alone').not.toContain('Tjek af indholdet');
    for (const text of [GUIDE, 'linje 22, felt: kode, værdi: "{process.env.HOME}"', 'Kode i { … } er ikke tilladt']) expect(output).toContain(text);
    publishedNothingSecret(result.root);
  });

  it('refuses raw <script> and javascript: in a .md page inside the build itself, even without the content checker', () => {
    const file = 'content/guide/html.md';
    const result = buildFixture(
      'unsafe-md-no-checker',
      {
        'astro.config.mjs': WITHOUT_CHECKER,
        [file]: `${guide.replace('order: 1', 'order: 2')}\n<script>alert(1)</script>\n\n[Klik](javascript:alert(1))\n`,
      },
      {},
      ungated,
    );
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output, 'the content check ran: this test must see the processor alone').not.toContain('Tjek af indholdet');
    for (const text of [file, 'linje 22, felt: html, værdi: "<script>"', 'linje 24, felt: link', 'javascript:']) expect(output).toContain(text);
    publishedNothingSecret(result.root);
  });

  it('renders the allowed HTML, and gives site paths in Markdown, HTML links and images the base path', () => {
    const body = [
      'En <abbr title="socialøkonomisk virksomhed">SØV</abbr> med linjeskift<br />her.',
      '',
      '<details>',
      '<summary>Læs mere</summary>',
      '',
      'Se [Aalborg](/kommuner/aalborg/) og <a href="/om/">om sitet</a>. ![Ikon](/favicon.svg)',
      '',
      '</details>',
      '',
      '{/* En kommentar, der ikke vises. */}',
    ].join('\n');
    const result = buildFixture('allowed-html-base', { [GUIDE]: `${guide}\n${body}\n` }, { BASE_PATH: '/vidensbank/' });
    const output = strip(result.output);
    expect(result.status, output).toBe(0);
    const html = readFileSync(path.join(result.root, 'dist/guide/en-indgang/index.html'), 'utf8');
    expect(html).toContain('<abbr title="socialøkonomisk virksomhed">SØV</abbr>');
    expect(html).toMatch(/<br\s*\/?>/);
    expect(html).toContain('<summary>Læs mere</summary>');
    expect(html).toContain('<table>');
    expect(html).toContain('href="/vidensbank/kommuner/aalborg/"');
    expect(html).toContain('href="/vidensbank/om/"');
    expect(html).toContain('src="/vidensbank/favicon.svg"');
    expect(html).not.toContain('En kommentar');
  });
});
