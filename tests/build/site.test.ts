// Tests over the real build: every entry has a page, municipality pages list exactly their
// content, every municipality of the source texts has a page, and the seeds' facts are on the site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { CONTENT, DIST, contentEntries, filesUnder, linksUnder, page, pageExists, readerPages } from '../helpers/dist';

const initiatives = contentEntries('indsatser');
const strategies = contentEntries('strategier');
const interviews = contentEntries('interviews');
const entryPoints = contentEntries('indgange');
const themes = yaml.load(readFileSync(path.join(CONTENT, 'data/temaer.yaml'), 'utf8')) as { id: string }[];

describe('every content entry produced a page', () => {
  const cases: [string, string][] = [
    ...[...contentEntries('guide').keys()].map((id): [string, string] => ['guide', `guide/${id}/`]),
    ...[...contentEntries('fortaelling').keys()].map((id): [string, string] => ['fortaelling', `fortaelling/${id}/`]),
    ...[...strategies.keys()].map((id): [string, string] => ['strategier', `strategier/${id}/`]),
    ...[...interviews.keys()].map((id): [string, string] => ['interviews', `interviews/${id}/`]),
    ...[...initiatives.keys()].map((id): [string, string] => ['indsatser', `indsatser/${id}/`]),
    ...[...contentEntries('organisationer').keys()].map((id): [string, string] => ['organisationer', `organisationer/${id}/`]),
    ...themes.map((t): [string, string] => ['temaer', `indsatser/tema/${t.id}/`]),
    ...[...entryPoints.values()].map((e): [string, string] => ['indgange', `kommuner/${String(e['municipality'] as string)}/`]),
  ];
  it('has cases from every collection', () => expect(new Set(cases.map(([c]) => c)).size).toBe(8));
  it.each(cases)('%s → /%s', (_, sitePath) => expect(pageExists(sitePath)).toBe(true));
});

describe('every municipality page lists exactly its initiatives, strategy and interviews', () => {
  const municipalities = filesUnder(path.join(DIST, 'kommuner'))
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.split('/')[0]!)
    .filter((id) => id !== 'indgange'); // the directory of every municipality's entry point, not a municipality
  it('has a page for each municipality with content (and not for the other 87)', () => {
    expect(municipalities.length).toBeGreaterThanOrEqual(11);
    expect(municipalities.length).toBeLessThan(98);
  });
  it.each(municipalities)('%s', (id) => {
    const html = page(`kommuner/${id}/`);
    const expectedInitiatives = [...initiatives].filter(([, d]) => d['municipality'] === id).map(([i]) => `/indsatser/${i}/`);
    expect(linksUnder(html, `/indsatser/${id}/`)).toEqual(new Set(expectedInitiatives));
    const initiativeLinks = [...linksUnder(html, '/indsatser/')].filter((h) => !h.startsWith('/indsatser/tema/') && h !== '/indsatser/');
    expect(initiativeLinks.every((h) => h.startsWith(`/indsatser/${id}/`))).toBe(true);
    const expectedStrategies = [...strategies].filter(([, d]) => d['municipality'] === id).map(([s]) => `/strategier/${s}/`);
    const strategySection = html.querySelector('section[aria-labelledby="strategi"]')!;
    expect([...linksUnder(strategySection, '/strategier/')]).toEqual(expectedStrategies);
    const expectedInterviews = [...interviews].filter(([, d]) => d['municipality'] === id).map(([s]) => `/interviews/${s}/`);
    const interviewSection = html.querySelector('section[aria-labelledby="interviews"]');
    expect(interviewSection ? [...linksUnder(interviewSection, '/interviews/')] : []).toEqual(expectedInterviews);
    const expectedEntry = entryPoints.has(id);
    expect(html.querySelector('#indgang') !== null).toBe(expectedEntry);
  });
});

describe('every municipality the source texts name has a page', () => {
  it.each([
    ['Ikast-Brande', 'ikast-brande'],
    ['Jammerbugt', 'jammerbugt'],
    ['Skanderborg', 'skanderborg'],
    ['Frederikshavn', 'frederikshavn'],
    ['Roskilde', 'roskilde'],
    ['Aarhus', 'aarhus'],
    ['København', 'koebenhavn'],
    ['Kolding', 'kolding'],
    ['Aalborg', 'aalborg'],
    ['Slagelse', 'slagelse'],
    ['Silkeborg', 'silkeborg'],
  ])('%s', (name, id) => {
    expect(pageExists(`kommuner/${id}/`)).toBe(true);
    expect(page(`kommuner/${id}/`).querySelector('h1')!.text).toContain(name === 'København' ? 'Københavns' : name);
  });
});

describe('the seeds’ facts are on the site', () => {
  const text = filesUnder(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((f) => page(path.dirname(f)).querySelector('main')?.text ?? '')
    .join('\n')
    .replace(/\s+/g, ' ');
  it.each([
    // 000 Find den lokale fortælling
    'fire ud af de seneste fem år',
    'Dansk Industri',
    '5.500 indbyggere',
    'De 1.000 Fællesskabers Land',
    'landdistriktsudvikling',
    // 001 anden aktør, one entry, partnership
    'Socialøkonomisk Iværksætteri',
    'anden aktør',
    'fire gange om året',
    'borgmesteren',
    'hoteldrift',
    'købmandsbutik',
    'landsbyservice',
    // 002 Lav én indgang
    'Arbejdsmarkedsafdelingen',
    'foråret 2015',
    'mentoruddannelse',
    'indkøbsafdeling',
    'CSR-afdeling',
    // 003 strategies
    'efteråret 2014',
    'playmaker',
    'netværksdag',
    '2012',
    'skånehensyn',
    '2010',
    '2013',
    'Den Sociale Kapitalfond',
    'Vision Vestergade',
    'økologisk gartneri',
    'ridecenter',
    'kontorhotel',
    '200',
    '2020',
    'Overskud giver overskud',
    '2009',
    'Business Park Staldgården',
    'Afknopning',
    'Historien om en vild version med overraskende synergier',
    // 004 Aalborg
    'Frida Tarp',
    'BusinessAalborg',
    '1. januar 2016',
    'Huset Venture Nordjylland',
    'Special Minds',
    'Væksthus Nordjylland',
    'startup',
    'verdensmål',
    'småjobmedmening.dk',
    'Danmarks bedste udbud',
    'skolemøbler',
    '25 20 01 31',
    'frit@aalborg.dk',
    'Slagelse',
    'Silkeborg',
  ])('%s', (fact) => expect(text.toLowerCase()).toContain(fact.toLowerCase()));
});

describe('reading pages', () => {
  const pages = readerPages();
  const siteScript = /<script type="module" src="\/_astro\/BaseLayout[^"]*\.js"><\/script>/g;
  it.each(pages)('%s is Danish, has one h1 and no script but the shared enhancement', (file) => {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    expect(html).toMatch(/<html lang="da"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    const expected = file === 'soeg/index.html' ? 2 : 1;
    expect(scripts).toHaveLength(expected);
    expect(html.match(siteScript)).toHaveLength(1);
  });
});
