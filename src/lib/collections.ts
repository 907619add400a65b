// The collections' names, and which site path prefix each page collection lives under.

export const COLLECTION_NAMES = [
  'municipalities',
  'themes',
  'sources',
  'questions',
  'synonyms',
  'organisations',
  'entryPoints',
  'initiatives',
  'strategies',
  'interviews',
  'narrative',
  'guide',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** Collections that a `source` field (a site page path) may point into, by path prefix. */
export const PAGE_PREFIXES = {
  strategier: 'strategies',
  interviews: 'interviews',
  guide: 'guide',
  fortaelling: 'narrative',
} as const satisfies Record<string, CollectionName>;

/** Where each collection's files live, for messages to editors. */
export const COLLECTION_FOLDERS: Record<CollectionName, string> = {
  municipalities: 'content/data/kommuner.csv',
  themes: 'content/data/temaer.yaml',
  sources: 'content/data/kilder.yaml',
  questions: 'content/data/spoergsmaal.yaml',
  synonyms: 'content/data/synonymer.yaml',
  organisations: 'content/organisationer/',
  entryPoints: 'content/indgange/',
  initiatives: 'content/indsatser/',
  strategies: 'content/strategier/',
  interviews: 'content/interviews/',
  narrative: 'content/fortaelling/',
  guide: 'content/guide/',
};
