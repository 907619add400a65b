// Plain content entries for unit tests of validation and relations (no Astro involved).
import type { PlainEntry } from '../../src/model/entry';
import type { CollectionName } from '../../src/model/registry';

export function entry(collection: CollectionName, id: string, data: Record<string, unknown>, body?: string): PlainEntry {
  return { collection, id, filePath: `content/${collection}/${id}`, data, ...(body === undefined ? {} : { body }) };
}

/** A small, valid, interlinked content set. */
export function sampleEntries(): PlainEntry[] {
  return [
    entry('municipalities', 'aalborg', { name: 'Aalborg' }),
    entry('municipalities', 'aarhus', { name: 'Aarhus' }),
    entry('municipalities', 'kolding', { name: 'Kolding' }),
    entry('municipalities', 'roskilde', { name: 'Roskilde' }),
    entry('themes', 'en-indgang', {}),
    entry('themes', 'indkoeb', {}),
    entry('sources', 'kilde', {}),
    entry('questions', 'strategi', {}),
    entry('questions', 'indkoeb', {}),
    entry('organisations', 'vaeksthus', { municipalities: ['aalborg'], sources: ['kilde'] }),
    entry('entryPoints', 'aalborg', { municipality: 'aalborg', source: 'interviews/aalborg-2018' }),
    entry('strategies', 'kolding', { municipality: 'kolding', sources: ['kilde'] }),
    entry('strategies', 'aalborg', { municipality: 'aalborg', sources: ['kilde'] }),
    entry('initiatives', 'aalborg/cafe', {
      title: 'Startup-caféer',
      municipality: 'aalborg',
      themes: ['en-indgang'],
      organisations: ['vaeksthus'],
      source: 'interviews/aalborg-2018',
    }),
    entry('initiatives', 'aalborg/udbud', {
      title: 'Cirkulære indkøb',
      municipality: 'aalborg',
      themes: ['indkoeb', 'en-indgang'],
      organisations: [],
      source: 'interviews/aalborg-2018',
    }),
    entry('initiatives', 'kolding/park', {
      title: 'Business Park',
      municipality: 'kolding',
      themes: ['indkoeb'],
      organisations: [],
      source: 'strategier/kolding',
    }),
    entry(
      'interviews',
      'aalborg-2018',
      { municipality: 'aalborg', related: [], seriesElsewhere: [{ municipality: 'roskilde' }], sources: ['kilde'], date: new Date('2018-09-01') },
      '<Answer question="strategi">\n\nNej.\n\n</Answer>\n\n<Answer question="indkoeb">\n\nJa.\n\n</Answer>',
    ),
    entry('guide', 'en-indgang', { municipalities: ['aalborg', 'aarhus'], themes: ['en-indgang'], organisations: ['vaeksthus'], sources: ['kilde'], order: 1 }),
    entry('narrative', 'fortaelling', { municipalities: ['kolding'], themes: [], organisations: [], sources: ['kilde'], order: 1 }),
  ];
}

/** Replaces one entry's data fields in a sample set. */
export function withChange(entries: PlainEntry[], collection: CollectionName, id: string, change: Record<string, unknown>): PlainEntry[] {
  return entries.map((e) => (e.collection === collection && e.id === id ? { ...e, data: { ...e.data, ...change } } : e));
}
