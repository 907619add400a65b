// The one query module: every getCollection goes through here. It owns drafts, sorting,
// the build-time reference checks and the derived relations, computed once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, PAGE_PREFIXES, type CollectionName } from './collections';
import type { PlainEntry } from './entry';
import { checkReferences } from './references';
import { checkContentRules } from './content-rules';
import { deriveRelations, type ArticleCollection, type PageRef, type Relations } from './relations';
import { ContentError } from '../loaders/content-error';
import { GUIDE_KINDS, type GuideKind } from '../schemas/article';

type Entries = { [C in CollectionName]: CollectionEntry<C>[] };
export type AnyPage = CollectionEntry<ArticleCollection>;

export interface Site extends Entries {
  relations: Relations;
  get<C extends CollectionName>(collection: C, id: string): CollectionEntry<C>;
  /** Resolves a PageRef or a `source` path such as `strategier/roskilde`. */
  page(ref: PageRef | string): AnyPage;
  /** Drafts are shown only in `npm run dev`. */
  showsDrafts: boolean;
}

const collator = new Intl.Collator('da');
const GUIDE_KIND_ORDER = Object.keys(GUIDE_KINDS) as GuideKind[];

function sortEntries(entries: Entries): void {
  entries.municipalities.sort((a, b) => collator.compare(a.data.name, b.data.name));
  entries.themes.sort((a, b) => collator.compare(a.data.label, b.data.label));
  entries.organisations.sort((a, b) => collator.compare(a.data.name, b.data.name));
  entries.initiatives.sort((a, b) => collator.compare(a.data.title, b.data.title));
  entries.strategies.sort((a, b) => (a.data.adoptedYear ?? 9999) - (b.data.adoptedYear ?? 9999) || a.id.localeCompare(b.id));
  entries.interviews.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  entries.narrative.sort((a, b) => a.data.order - b.data.order);
  entries.guide.sort(
    (a, b) => GUIDE_KIND_ORDER.indexOf(a.data.kind) - GUIDE_KIND_ORDER.indexOf(b.data.kind) || a.data.order - b.data.order,
  );
}

function isDraft(entry: { data: unknown }): boolean {
  return (entry.data as { draft?: boolean }).draft === true;
}

async function load(showsDrafts: boolean): Promise<Site> {
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name, i) => [name, (loaded[i] as { data: unknown }[]).filter((e) => showsDrafts || !isDraft(e))]),
  ) as unknown as Entries;

  const plain: PlainEntry[] = COLLECTION_NAMES.flatMap((collection) =>
    entries[collection].map((e) => ({
      collection,
      id: e.id,
      filePath: e.filePath ?? collection,
      data: e.data as Record<string, unknown>,
      ...('body' in e && e.body !== undefined ? { body: e.body } : {}),
    })),
  );
  const problems = [...checkReferences(plain), ...checkContentRules(plain)];
  if (problems.length) {
    // The build stops. In `npm run dev` the editor sees the problems in the terminal and in the
    // pages that use a bad reference, while every other page keeps previewing.
    if (!import.meta.env.DEV) throw new ContentError(problems);
    console.error(new ContentError(problems).message);
  }

  sortEntries(entries);
  const relations = deriveRelations(entries);
  const byKey = new Map<string, unknown>();
  for (const collection of COLLECTION_NAMES) {
    for (const e of entries[collection]) byKey.set(`${collection}/${e.id}`, e);
  }

  const get = <C extends CollectionName>(collection: C, id: string): CollectionEntry<C> => {
    const entry = byKey.get(`${collection}/${id}`);
    if (!entry) throw new Error(`"${id}" findes ikke i ${collection} — se fejlene fra indholdstjekket (npm run tjek).`);
    return entry as CollectionEntry<C>;
  };
  const page = (ref: PageRef | string): AnyPage => {
    if (typeof ref !== 'string') return get(ref.collection, ref.id);
    const [prefix, id] = ref.split('/') as [keyof typeof PAGE_PREFIXES, string];
    return get(PAGE_PREFIXES[prefix], id) as AnyPage;
  };
  return { ...entries, relations, get, page, showsDrafts };
}

let cached: Promise<Site> | undefined;

/** All content, checked and related. Cached for the build; reloaded per request in dev so edits show at once. */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(true);
  return (cached ??= load(false));
}
