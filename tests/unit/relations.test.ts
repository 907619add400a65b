import { describe, expect, it } from 'vitest';
import { deriveRelations, type RelationInput } from '../../src/model/relations';
import type { PlainEntry } from '../../src/model/entry';
import { entry, sampleEntries } from './fixtures';

function input(entries: PlainEntry[]): RelationInput {
  const by = (c: string) => entries.filter((e) => e.collection === c);
  return {
    municipalities: by('municipalities'),
    themes: by('themes'),
    sources: by('sources'),
    questions: by('questions'),
    organisations: by('organisations'),
    entryPoints: by('entryPoints'),
    initiatives: by('initiatives'),
    strategies: by('strategies'),
    interviews: by('interviews'),
    narrative: by('narrative'),
    guide: by('guide'),
  } as unknown as RelationInput;
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
