import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { deriveRelations, type RelationInput } from '../../src/model/relations';
import { COLLECTIONS, type CollectionSpec } from '../../src/model/registry';
import { text } from '../../src/model/order';
import type { PlainEntry } from '../../src/model/entry';
import { entry, sampleEntries } from './fixtures';

/** The entries by collection, as the query module hands them over. */
function input(entries: PlainEntry[]): RelationInput {
  return Map.groupBy(entries, (e) => e.collection as string)
    .entries()
    .reduce<Record<string, PlainEntry[]>>((o, [c, list]) => ({ ...o, [c]: list }), {});
}

const relations = deriveRelations(input(sampleEntries()));

describe('deriveRelations: municipalities', () => {
  it.each([
    [
      'aalborg',
      {
        strategy: 'aalborg',
        entryPoint: 'aalborg',
        initiatives: ['aalborg/udbud', 'aalborg/cafe'],
        interviews: ['aalborg-2018'],
        organisations: ['vaeksthus'],
        mentionedIn: [{ collection: 'guide', id: 'en-indgang' }],
      },
    ],
    [
      'kolding',
      { strategy: 'kolding', initiatives: ['kolding/park'], interviews: [], organisations: [], mentionedIn: [{ collection: 'narrative', id: 'fortaelling' }] },
    ],
    ['aarhus', { initiatives: [], interviews: [], organisations: [], mentionedIn: [{ collection: 'guide', id: 'en-indgang' }] }],
    ['roskilde', { initiatives: [], interviews: [], organisations: [], mentionedIn: [{ collection: 'interviews', id: 'aalborg-2018' }] }],
  ])('%s', (id, expected) => expect(relations.municipalities.get(id)).toEqual(expected));

  it('lists municipalities with content in Danish alphabetical order (Aa as Å, last) and leaves out the rest', () => {
    const r = deriveRelations(input([...sampleEntries(), entry('municipalities', 'aeroe', { name: 'Ærø' })]));
    expect(r.municipalitiesWithContent).toEqual(['kolding', 'roskilde', 'aalborg', 'aarhus']);
  });
});

describe('deriveRelations: themes, organisations, sources, questions', () => {
  it.each([
    ['en-indgang', { initiatives: ['aalborg/udbud', 'aalborg/cafe'], municipalities: ['aalborg'], articles: [{ collection: 'guide', id: 'en-indgang' }] }],
    ['indkoeb', { initiatives: ['kolding/park', 'aalborg/udbud'], municipalities: ['kolding', 'aalborg'], articles: [] }],
  ])('theme %s', (id, expected) => {
    const rel = relations.themes.get(id)!;
    expect(rel.municipalities).toEqual(expected.municipalities);
    expect(new Set(rel.initiatives)).toEqual(new Set(expected.initiatives));
    expect(rel.articles).toEqual(expected.articles);
  });

  it('links organisations to their initiatives and articles', () => {
    expect(relations.organisations.get('vaeksthus')).toEqual({ initiatives: ['aalborg/cafe'], articles: [{ collection: 'guide', id: 'en-indgang' }] });
  });

  it('lists every page citing a source', () => {
    expect(relations.sources.get('kilde')).toHaveLength(5);
  });

  it('indexes initiatives by their source page and answers by question', () => {
    expect(relations.initiativesBySourcePage.get('strategier/kolding')).toEqual(['kolding/park']);
    expect(relations.answers.get('indkoeb')).toEqual([{ interview: 'aalborg-2018', municipality: 'aalborg' }]);
  });

  it('makes related interviews symmetric', () => {
    const r = deriveRelations(
      input([
        ...sampleEntries(),
        entry('interviews', 'aalborg-2019', { municipality: 'aalborg', related: ['aalborg-2018'], seriesElsewhere: [], sources: [] }),
      ]),
    );
    expect(r.relatedInterviews.get('aalborg-2018')).toEqual(['aalborg-2019']);
    expect(r.relatedInterviews.get('aalborg-2019')).toEqual(['aalborg-2018']);
  });
});

describe('deriveRelations: from the registry alone', () => {
  // A collection the relations have never heard of: a row (and its schema) is all it takes.
  const events: CollectionSpec = {
    name: 'events',
    kind: 'record',
    path: 'begivenheder',
    extensions: ['.yaml'],
    schema: z.strictObject({ title: z.string(), municipality: z.string(), themes: z.array(z.string()) }),
    noun: 'en begivenhed',
    label: 'begivenhederne',
    references: [
      ['municipality', 'municipalities', 'about'],
      ['themes', 'themes'],
    ],
    order: text('title'),
  };
  const reports: CollectionSpec = {
    name: 'reports',
    kind: 'page',
    path: 'rapporter',
    extensions: ['.mdx'],
    schema: z.strictObject({ municipalities: z.array(z.string()), sources: z.array(z.string()) }),
    noun: 'en rapport',
    label: 'rapporterne',
    references: [
      ['municipalities', 'municipalities'],
      ['sources', 'sources'],
    ],
    pages: { folder: 'rapporter' },
  };
  const rows: readonly CollectionSpec[] = [...COLLECTIONS, events, reports];
  const added = [
    ...sampleEntries(),
    entry('municipalities', 'odense', { name: 'Odense' }),
    entry('events' as never, 'odense/marked', { title: 'Marked', municipality: 'odense', themes: ['indkoeb'] }),
    entry('events' as never, 'odense/aabent-hus', { title: 'Åbent hus', municipality: 'odense', themes: [] }),
    entry('events' as never, 'kolding/dag', { title: 'Dag', municipality: 'kolding', themes: [] }),
    entry('reports' as never, 'status', { municipalities: ['aarhus'], sources: ['kilde'] }),
  ];
  const r = deriveRelations(input(added), rows);

  it("lists a new collection's entries on the municipality they are about, in the row's order", () => {
    expect(r.linksTo('municipalities', 'odense').about.get('events' as never)).toEqual(['odense/marked', 'odense/aabent-hus']);
    expect(r.linksTo('municipalities', 'kolding').about.get('events' as never)).toEqual(['kolding/dag']);
  });

  it('gives a municipality only a new collection is about its page', () => {
    expect(r.municipalitiesWithContent).toContain('odense');
    expect(deriveRelations(input(added)).municipalitiesWithContent).not.toContain('odense');
  });

  it("lists a new collection's mentions on the entries it mentions", () => {
    expect(r.linksTo('themes', 'indkoeb').mentions.get('events' as never)).toEqual(['odense/marked']);
    // A theme's initiatives are still only initiatives.
    expect(new Set(r.themes.get('indkoeb')!.initiatives)).toEqual(new Set(['kolding/park', 'aalborg/udbud']));
  });

  it("lists a new page collection's pages where they mention a municipality or cite a source", () => {
    expect(r.municipalities.get('aarhus')!.mentionedIn).toEqual([
      { collection: 'guide', id: 'en-indgang' },
      { collection: 'reports', id: 'status' },
    ]);
    expect(r.sources.get('kilde')).toContainEqual({ collection: 'reports', id: 'status' });
  });

  it('lists the same relations whatever order the entries come in (each list in its row’s order)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(added, { minLength: added.length }), (shuffled) => {
        const again = deriveRelations(input(shuffled), rows);
        for (const key of ['municipalities', 'themes', 'organisations', 'sources', 'answers', 'relatedInterviews', 'initiativesBySourcePage'] as const) {
          const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));
          expect(sorted(again[key])).toEqual(sorted(r[key]));
        }
        expect(again.municipalitiesWithContent).toEqual(r.municipalitiesWithContent);
      }),
      { numRuns: 50 },
    );
  });
});
