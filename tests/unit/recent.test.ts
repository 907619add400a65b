// "Hvad er nyt", the feed and the sitemap's lastmod share one list: its dates and its order.
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/lib/page-date';
import { lastModifiedByPath, newestPages, NEWEST_COUNT, recentPages, type RecentInput } from '../../src/lib/recent';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const page = <E extends object = object>(id: string, factsAsOf: string, extra?: E) => ({
  id,
  data: { title: `Titel ${id}`, summary: `Resumé ${id}`, factsAsOf: day(factsAsOf), ...(extra as E) },
});

const input: RecentInput = {
  municipalities: [
    { id: 'aalborg', data: { name: 'Aalborg', officialName: 'Aalborg Kommune' } },
    { id: 'kolding', data: { name: 'Kolding', officialName: 'Kolding Kommune' } },
  ],
  interviews: [page('aalborg-2018-09', '2018-09-01', { municipality: 'aalborg' })],
  strategies: [
    page('kolding', '2014-12-10', { municipality: 'kolding', title: 'Overskud giver overskud', reviewed: day('2020-01-15') }),
    page('aalborg', '2018-09-01', { municipality: 'aalborg', title: 'Aalborg Kommune – ingen strategi' }),
  ],
  initiatives: [{ id: 'kolding/netvaerk', data: { title: 'Netværk', description: 'Et netværk.', municipality: 'kolding', factsAsOf: day('2014-12-10') } }],
  entryPoints: [{ id: 'aalborg', data: { municipality: 'aalborg', unit: 'BusinessAalborg', description: 'Indgangen.', factsAsOf: day('2018-09-01') } }],
  guide: [page('en-indgang', '2014-12-10')],
  narrative: [],
};

describe('pageDate', () => {
  it.each([
    ['only factsAsOf', { factsAsOf: day('2014-12-10') }, '2014-12-10', 'factsAsOf'],
    ['reviewed later', { factsAsOf: day('2014-12-10'), reviewed: day('2020-01-15') }, '2020-01-15', 'reviewed'],
    ['reviewed earlier (facts newer than the last read-through)', { factsAsOf: day('2018-09-01'), reviewed: day('2015-01-01') }, '2018-09-01', 'factsAsOf'],
  ])('%s', (_, data, date, field) => {
    expect(pageDate(data)).toEqual({ date: day(date), field });
  });
});

describe('recentPages', () => {
  const items = recentPages(input);

  it('lists every dated page once, newest first, ties by kind then title', () => {
    expect(items.map((i) => `${i.date.toISOString().slice(0, 10)} ${i.key}`)).toEqual([
      '2020-01-15 strategies/kolding',
      '2018-09-01 interviews/aalborg-2018-09',
      '2018-09-01 strategies/aalborg',
      '2018-09-01 entryPoints/aalborg',
      '2014-12-10 initiatives/kolding/netvaerk',
      '2014-12-10 guide/en-indgang',
    ]);
  });

  it('names the municipality unless the title does, and links entry points to the municipality page', () => {
    const byKey = new Map(items.map((i) => [i.key, i]));
    expect(byKey.get('strategies/kolding')!.title).toBe('Kolding Kommune: Overskud giver overskud');
    expect(byKey.get('strategies/aalborg')!.title).toBe('Aalborg Kommune – ingen strategi');
    expect(byKey.get('entryPoints/aalborg')!.path).toBe('kommuner/aalborg/#indgang');
    expect(byKey.get('strategies/kolding')!.dateField).toBe('reviewed');
  });

  it('gives the sitemap the newest date per page, municipality pages included', () => {
    const dates = lastModifiedByPath(items);
    expect(dates.get('kommuner/kolding/')).toEqual(day('2020-01-15'));
    expect(dates.get('kommuner/aalborg/')).toEqual(day('2018-09-01'));
    expect(dates.get('guide/en-indgang/')).toEqual(day('2014-12-10'));
    expect([...dates.keys()].some((p) => p.includes('#'))).toBe(false);
  });

  it('shows at most NEWEST_COUNT pages on "Hvad er nyt" and in the feed', () => {
    const many = { ...input, guide: Array.from({ length: NEWEST_COUNT + 5 }, (_, i) => page(`g${i}`, '2014-12-10')) };
    expect(newestPages(many)).toHaveLength(NEWEST_COUNT);
    expect(newestPages(many)[0]!.key).toBe('strategies/kolding');
  });
});
