// Relevance suite against the built index, through the real search page: for each Danish
// query, at least one of the expected pages is among the first three results. Each worker keeps
// one search page open and types the queries into it, as a reader searching on would: the
// engine loads once, and each test waits for the status that names its own query. Deep links
// (`/soeg/?q=…`) are tested in search.spec.ts.
import { expect, test as base, type Page } from '@playwright/test';
import { typos } from '../helpers/typos';

const test = base.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use) => {
      // No service worker: its precache of the whole site is not what this suite measures.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto('/soeg/');
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

type Case = [kind: string, query: string, expected: string[]];

const CASES: Case[] = [
  // Inflected forms (Danish stemming)
  ['inflection', 'indgangen', ['/guide/en-indgang/']],
  ['inflection', 'partnerskabsaftalen', ['/guide/partnerskabsaftaler/', '/indsatser/jammerbugt/partnerskabsaftale/']],
  ['inflection', 'følgegruppen', ['/indsatser/jammerbugt/foelgegruppe/']],
  ['inflection', 'landdistrikter', ['/indsatser/jammerbugt/vision-landdistriktsudvikling/', '/indsatser/tema/landdistrikter/']],
  ['inflection', 'verdensmålene', ['/indsatser/aalborg/matchning-gennem-verdensmaalene/', '/indsatser/tema/baeredygtighed/']],
  // Spelling variants: å/aa, ø/oe/o, é/e
  ['spelling', 'Århus', ['/kommuner/aarhus/', '/strategier/aarhus/']],
  ['spelling', 'arhus', ['/kommuner/aarhus/', '/strategier/aarhus/']],
  ['spelling', 'kobenhavn', ['/kommuner/koebenhavn/', '/strategier/koebenhavn/']],
  ['spelling', 'Koebenhavn strategi', ['/strategier/koebenhavn/']],
  ['spelling', 'socialokonomisk iværksætteri', ['/organisationer/socialoekonomisk-ivaerksaetteri/']],
  ['spelling', 'Staldgaarden', ['/indsatser/kolding/business-park-staldgaarden/']],
  ['spelling', 'en indgang', ['/guide/en-indgang/']],
  // Synonyms and abbreviations (content/data/synonymer.yaml)
  ['synonym', 'SØV', ['/guide/socialoekonomisk-virksomhed-eller-anden-aktoer/']],
  ['synonym', 'RSV', ['/guide/registrering-som-socialoekonomisk-virksomhed/']],
  ['synonym', 'flexjob', ['/guide/ansaettelse-af-udsatte-ledige/']],
  ['synonym', 'andenaktører', ['/guide/socialoekonomisk-virksomhed-eller-anden-aktoer/']],
  ['synonym', 'Business Aalborg', ['/organisationer/businessaalborg/']],
  ['synonym', 'socioøkonomiske', ['/guide/socialoekonomisk-virksomhed-eller-anden-aktoer/', '/guide/registrering-som-socialoekonomisk-virksomhed/']],
  // Municipality names
  ['municipality', 'Kolding', ['/kommuner/kolding/']],
  ['municipality', 'Aarhus', ['/kommuner/aarhus/']],
  ['municipality', 'Frida Tarp', ['/interviews/aalborg-2018-09/', '/kommuner/aalborg/']],
  // Multi-word queries
  ['multi-word', 'hvor skal indgangen placeres', ['/guide/placering-af-indgangen/']],
  ['multi-word', 'cirkulære indkøb', ['/indsatser/aalborg/cirkulaere-indkoeb/']],
  ['multi-word', 'De 1000 fællesskabers land', ['/indsatser/skanderborg/vision-de-1000-faellesskabers-land/']],
  ['multi-word', 'hjælp til forretningsplaner', ['/guide/placering-af-indgangen/', '/indsatser/ikast-brande/socialoekonomisk-konsulent/']],
  // One per content type
  ['guide', 'fleksjob', ['/guide/ansaettelse-af-udsatte-ledige/']],
  ['narrative', 'lokal fortælling', ['/fortaelling/den-lokale-fortaelling/']],
  ['strategy', 'Overskud giver overskud', ['/strategier/kolding/']],
  ['interview', 'status september 2018', ['/interviews/aalborg-2018-09/']],
  ['initiative', 'Vision Vestergade', ['/indsatser/ikast-brande/vision-vestergade/']],
  ['municipality page', 'Skanderborg', ['/kommuner/skanderborg/']],
  ['organisation', 'Den Sociale Kapitalfond', ['/organisationer/den-sociale-kapitalfond/']],
  ['theme', 'Rådgivning og mentorordninger', ['/indsatser/tema/raadgivning/']],
  ['guide', 'indkøb', ['/guide/indkoeb-og-udbud/']],
  // The glossary (content/data/ordliste.yaml): an abbreviation or term finds its entry on /ordliste/
  ['glossary', 'RSV', ['/ordliste/']],
  ['glossary', 'SØV', ['/ordliste/']],
  ['glossary', 'CSR', ['/ordliste/']],
  ['glossary', 'skånejob', ['/ordliste/']],
  ['glossary', 'ordliste', ['/ordliste/']],
  // Typos: a letter missing, two letters swapped, a wrong letter (corrected from the site's own words)
  ['typo', 'Koldnig', ['/kommuner/kolding/']],
  ['typo', 'Skanderbrog', ['/kommuner/skanderborg/']],
  ['typo', 'Jamerbugt', ['/kommuner/jammerbugt/']],
  ['typo', 'fleksjbo', ['/guide/ansaettelse-af-udsatte-ledige/']],
  ['typo', 'partnerskabsaftle', ['/guide/partnerskabsaftaler/', '/indsatser/jammerbugt/partnerskabsaftale/']],
  ['typo', 'Frederikshvn', ['/kommuner/frederikshavn/']],
  ['typo', 'kobenhvn', ['/kommuner/koebenhavn/', '/strategier/koebenhavn/']],
  // Questions: small words never required; few pages with every word → the words one by one
  ['question', 'hvad skal en partnerskabsaftale indeholde', ['/guide/partnerskabsaftaler/']],
  ['question', 'hvad er en socialøkonomisk virksomhed', ['/ordliste/', '/guide/socialoekonomisk-virksomhed-eller-anden-aktoer/']],
  ['question', 'hvordan bliver man registreret', ['/guide/registrering-som-socialoekonomisk-virksomhed/']],
  ['question', 'kommuner på Sjælland', ['/kommuner/', '/kommuner/slagelse/', '/kommuner/roskilde/']],
  ['question', 'hvem kan hjælpe med finansiering', ['/guide/stoette-og-finansiering/']],
  // Readers' words that the texts do not use (synonym groups in content/data/synonymer.yaml)
  ['reader word', 'leverandør', ['/indsatser/aalborg/hjaelp-til-tilbudsgivere/']],
  ['reader word', 'certificering', ['/guide/registrering-som-socialoekonomisk-virksomhed/']],
  ['reader word', 'hvordan får man tilskud', ['/guide/stoette-og-finansiering/', '/indsatser/tema/finansiering/']],
  ['reader word', 'sårbare borgere', ['/guide/ansaettelse-af-udsatte-ledige/', '/indsatser/kolding/pulje-til-job-og-uddannelsesrettede-indsatser/']],
  ['reader word', 'opstartsvirksomhed', ['/indsatser/aalborg/startup-cafeer/']],
  ['reader word', 'handleplan', ['/strategier/aarhus/']],
  // Without æ/ø/å
  ['no æøå', 'socialokonomiske virksomheder i Aalborg', ['/kommuner/aalborg/', '/indsatser/aalborg/socialoekonomisk-konsulent/']],
  ['no æøå', 'indkob og udbud', ['/guide/indkoeb-og-udbud/']],
  ['no æøå', 'Radgivning og mentorordninger', ['/indsatser/tema/raadgivning/']],
];

/** Generated: each municipality with a page, its name with one letter missing and with two letters swapped (all of them run in tests/build/search-relevance.test.ts). */
const MUNICIPALITIES_WITH_PAGES = {
  Aalborg: 'aalborg',
  Aarhus: 'aarhus',
  Frederikshavn: 'frederikshavn',
  Jammerbugt: 'jammerbugt',
  Kolding: 'kolding',
  Roskilde: 'roskilde',
  Silkeborg: 'silkeborg',
  Skanderborg: 'skanderborg',
  Slagelse: 'slagelse',
};
for (const [name, id] of Object.entries(MUNICIPALITIES_WITH_PAGES)) {
  const all = typos(name);
  // A deletion in the middle and a swap near the end: deterministic, different positions per name.
  const picked = [all.find((t) => t.length < name.length && t !== name.slice(1))!, all.findLast((t) => t.length === name.length)!];
  for (const t of picked) CASES.push(['typo (generated)', t, [`/kommuner/${id}/`]]);
}

test('the suite covers at least 25 queries and every kind', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(25);
  expect(new Set(CASES.map(([kind]) => kind)).size).toBeGreaterThanOrEqual(10);
});

for (const [kind, query, expected] of CASES) {
  test(`${kind}: "${query}" → ${expected.join(' or ')} in the top 3`, async ({ searchPage: page }) => {
    await page.locator('#q').fill(query);
    await expect(page.locator('#search-status')).toContainText(new RegExp(`^\\d+ resultat.* for »${RegExp.escape(query)}«`));
    const top3 = await page.locator('#search-results li h2 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(
      top3.some((href) => expected.includes(href ?? '')),
      `top 3 were ${top3.join(', ')}`,
    ).toBe(true);
  });
}
