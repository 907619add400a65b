// The one query module: every getCollection goes through here. It owns drafts, sorting and the
// derived relations, and answers pages' questions. It checks nothing: the content model
// (src/model/, run before Astro by src/integrations/editor-checks.ts) has already checked every
// entry, reference and rule, with the same code as `npm run tjek`.
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedSourceIds, COLLECTION_NAMES, PAGE_FOLDERS, specOf, type CollectionName, type CollectionSpec } from '../model';
import { deriveRelations, type ArticleCollection, type PageRef, type Relations } from '../model';

type Entries = { [C in CollectionName]: CollectionEntry<C>[] };
export type AnyPage = CollectionEntry<ArticleCollection>;

export interface Site extends Entries {
  relations: Relations;
  get<C extends CollectionName>(collection: C, id: string): CollectionEntry<C>;
  /** Resolves a PageRef or a `source` path such as `strategier/roskilde`. */
  page(ref: PageRef | string): AnyPage;
  /** The ids that get their own page (the registry's `pages`): what each route's getStaticPaths lists. */
  pageIds(collection: CollectionName): readonly string[];
  /** Drafts are shown only in `npm run dev`. */
  showsDrafts: boolean;
}

/** Each collection in the order its registry row gives (`order`), else in file order. */
function sortEntries(entries: Entries): void {
  for (const name of COLLECTION_NAMES) {
    const order = (specOf(name) as CollectionSpec).order;
    if (order) entries[name].sort(order);
  }
}

function isDraft(entry: { data: unknown }): boolean {
  return (entry.data as { draft?: boolean }).draft === true;
}

type Loaded = { id: string; data: unknown; digest?: string }[][];

async function loadAll(): Promise<Loaded> {
  return (await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)))) as unknown as Loaded;
}

/** Only the source texts something shown cites (`citedSourceIds`). */
function citedSources(entries: Entries): Entries['sources'] {
  const cited = citedSourceIds(
    COLLECTION_NAMES.flatMap((collection) => entries[collection].map((e) => ({ collection, id: e.id, filePath: '', data: e.data }))),
  );
  return entries.sources.filter((s) => cited.has(s.id));
}

function build(loaded: Loaded, showsDrafts: boolean): Site {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, loaded[i]!.filter((e) => showsDrafts || !isDraft(e))])) as unknown as Entries;
  entries.sources = citedSources(entries);
  sortEntries(entries);
  const relations = deriveRelations(entries);
  const byKey = new Map<string, unknown>();
  for (const collection of COLLECTION_NAMES) {
    for (const e of entries[collection]) byKey.set(`${collection}/${e.id}`, e);
  }

  const get = <C extends CollectionName>(collection: C, id: string): CollectionEntry<C> => {
    const entry = byKey.get(`${collection}/${id}`);
    if (!entry) throw new Error(`"${id}" findes ikke i ${specOf(collection).label}: se fejlene fra indholdstjekket (npm run tjek).`);
    return entry as CollectionEntry<C>;
  };
  const page = (ref: PageRef | string): AnyPage => {
    if (typeof ref !== 'string') return get(ref.collection, ref.id);
    const cut = ref.lastIndexOf('/');
    const collection = PAGE_FOLDERS.get(ref.slice(0, cut));
    if (!collection) throw new Error(`"${ref}" er ikke en side på sitet.`);
    return get(collection, ref.slice(cut + 1));
  };
  const pageIds = (collection: CollectionName): readonly string[] => {
    const spec = specOf(collection) as CollectionSpec;
    if (!spec.pages) return [];
    return spec.pages.ids ? spec.pages.ids(relations) : entries[collection].map((e) => e.id);
  };
  return { ...entries, relations, get, page, pageIds, showsDrafts };
}

let cached: { key: string; site: Promise<Site> } | undefined;

/**
 * All content, sorted and related. Built once for the whole build; in `npm run dev` rebuilt only
 * when an entry changed (Astro's per-entry digests), so a page asking many times costs one build.
 */
export async function getSite(): Promise<Site> {
  if (!import.meta.env.DEV) return (cached ??= { key: '', site: loadAll().then((l) => build(l, false)) }).site;
  const loaded = await loadAll();
  const key = loaded.map((list) => list.map((e) => `${e.id}:${e.digest ?? JSON.stringify(e.data)}`).join(',')).join('|');
  if (cached?.key !== key) cached = { key, site: Promise.resolve(build(loaded, true)) };
  return cached.site;
}
