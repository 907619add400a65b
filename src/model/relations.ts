// Derives every relation between entries in one linear pass, once per build, from the registry
// alone: every row's `references` (which field points at which collection, and what it means:
// `about`, `one`, `mutual`, or a mention) and `order` (how entries are listed). The pass builds one
// backlink index (who points at each entry, by which collection); the named relations the pages
// ask for (a municipality's strategy and initiatives, a theme's articles, …) are views over it. A
// new collection whose row has a reference shows up in its targets' relations with no change here.
// Interview answers come from the MDX tree of the pages allowed to hold them (src/model/parse/answers.ts).
// Pages ask the query module (src/lib/content.ts), which resolves these ids to entries.
import { answeredQuestions } from './parse/answers';
import { AUTHOR_COMPONENTS } from './rules/author-components';
import { referencesIn, type FoundReference } from './rules/references';
import { COLLECTIONS, type CollectionName, type CollectionSpec, type PageCollection } from './registry';

export type ArticleCollection = PageCollection;
export interface PageRef {
  collection: ArticleCollection;
  id: string;
}

interface Plain {
  id: string;
  data: unknown;
  body?: string | undefined;
}

/** Every collection's entries, by collection name (the collections of the registry rows given). */
export type RelationInput = Readonly<Partial<Record<string, readonly Plain[]>>>;

/** Who points at one entry. */
export interface EntryLinks {
  /** Entries about it (references marked `about` or `one`), per collection, each in its collection's order. */
  about: Map<CollectionName, string[]>;
  /** Entries that mention or cite it (references without a role), per collection. */
  mentions: Map<CollectionName, string[]>;
  /** The pages among those that mention or cite it, in registry order, each collection in its order. */
  pages: PageRef[];
  /** Entries related to it either way (`mutual`): typed on one side, true on both. */
  mutual: string[];
}

export interface MunicipalityRelations {
  strategy?: string;
  entryPoint?: string;
  initiatives: string[];
  interviews: string[];
  organisations: string[];
  /** Articles, strategies and interviews that mention the municipality without being about it. */
  mentionedIn: PageRef[];
}

export interface Relations {
  /** The backlink index every view below is made of: `linksTo(collection, id)` for any entry. */
  linksTo(collection: string, id: string): EntryLinks;
  municipalities: Map<string, MunicipalityRelations>;
  /** Municipalities that any content is about or mentions, in name order. */
  municipalitiesWithContent: string[];
  themes: Map<string, { initiatives: string[]; municipalities: string[]; articles: PageRef[] }>;
  organisations: Map<string, { initiatives: string[]; articles: PageRef[] }>;
  sources: Map<string, PageRef[]>;
  /** Initiatives whose `source` is a given site page path (e.g. `strategier/roskilde`). */
  initiativesBySourcePage: Map<string, string[]>;
  /** Answers to each standard question: which interview, which municipality. */
  answers: Map<string, { interview: string; municipality: string }[]>;
  /** Interviews related either way (a → b or b → a), so `related` is typed on one side only. */
  relatedInterviews: Map<string, string[]>;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Appends an entry to a target's list unless it is there already; false if it was. Entries are read one
 * at a time, so an entry naming the same target twice can only be the list's last item: no list is
 * searched, and the pass stays linear in the references.
 */
function appendOnce<K>(map: Map<K, string[]>, key: K, id: string): boolean {
  const list = map.get(key);
  if (list?.at(-1) === id) return false;
  if (list) list.push(id);
  else map.set(key, [id]);
  return true;
}

const keyOf = (collection: string, id: string) => `${collection}/${id}`;
const isAbout = (ref: FoundReference) => ref.role === 'about' || ref.role === 'one';
const empty = (): EntryLinks => ({ about: new Map(), mentions: new Map(), pages: [], mutual: [] });

/** The pages that may hold interview answers (`<Answer>`'s `onlyIn`; all page collections when it has none). */
function answersIn(rows: readonly CollectionSpec[]): Set<string> {
  const only = AUTHOR_COMPONENTS['Answer']?.onlyIn?.collections;
  return new Set(rows.filter((r) => r.kind === 'page' && (!only || only.includes(r.name))).map((r) => r.name));
}

/** The relations of the given entries; `rows` are the registry's (a test may add one). */
export function deriveRelations(input: RelationInput, rows: readonly CollectionSpec[] = COLLECTIONS): Relations {
  const pageFolders = new Map(rows.filter((r) => r.kind === 'page' && r.pages).map((r) => [r.pages!.folder, r.name]));
  const withAnswers = answersIn(rows);
  const links = new Map<string, EntryLinks>();
  const linksOf = (key: string) => links.get(key) ?? links.set(key, empty()).get(key)!;
  /** Each entry's own references, by `collection/id`. */
  const refs = new Map<string, FoundReference[]>();
  /** Each collection's ids, in its registry order. */
  const ordered = new Map<string, string[]>();
  const answers = new Map<string, { interview: string; municipality: string }[]>();
  const answering: { id: string; body: string; collection: string }[] = [];

  // The one pass: every reference of every entry, collection by collection in registry order.
  for (const row of rows) {
    const entries = [...(input[row.name] ?? [])];
    const order = row.linkOrder ?? row.order;
    if (order) entries.sort(order);
    ordered.set(
      row.name,
      entries.map((e) => e.id),
    );
    for (const e of entries) {
      const own = referencesIn(e.data, row.references ?? []);
      refs.set(keyOf(row.name, e.id), own);
      if (withAnswers.has(row.name)) answering.push({ id: e.id, body: e.body ?? '', collection: row.name });
      for (const ref of own) {
        const cut = ref.value.lastIndexOf('/');
        const pageCollection = ref.target === 'page' ? pageFolders.get(ref.value.slice(0, cut)) : undefined;
        const target =
          ref.target === 'page' ? (pageCollection ? keyOf(pageCollection, ref.value.slice(cut + 1)) : `page/${ref.value}`) : keyOf(ref.target, ref.value);
        const to = linksOf(target);
        const name = row.name as CollectionName;
        if (ref.role === 'mutual') {
          // Related interviews are few per entry: the lists are searched, since each side may name the other.
          const self = linksOf(keyOf(row.name, e.id));
          if (!self.mutual.includes(ref.value)) self.mutual.push(ref.value);
          if (!to.mutual.includes(e.id)) to.mutual.push(e.id);
          continue;
        }
        if (isAbout(ref)) appendOnce(to.about, name, e.id);
        else if (appendOnce(to.mentions, name, e.id) && row.kind === 'page') to.pages.push({ collection: name as ArticleCollection, id: e.id });
      }
    }
  }

  const linksTo = (collection: string, id: string) => links.get(keyOf(collection, id)) ?? empty();
  const ids = (collection: string) => ordered.get(collection) ?? [];
  /** The entry's own references to a collection, as ids. */
  const refsTo = (collection: string, id: string, target: string, about = false) =>
    (refs.get(keyOf(collection, id)) ?? []).filter((r) => r.target === target && (!about || isAbout(r))).map((r) => r.value);
  const municipalityOf = (collection: string, id: string) => refsTo(collection, id, 'municipalities', true)[0];
  /** The ids among `list`, once each, in their collection's order. */
  const inOrder = (collection: string, list: readonly string[]) => {
    const wanted = new Set(list);
    return ids(collection).filter((id) => wanted.has(id));
  };

  // The views the pages use.
  const municipalities = new Map<string, MunicipalityRelations>();
  for (const m of ids('municipalities')) {
    const l = linksTo('municipalities', m);
    const about = (c: CollectionName) => l.about.get(c) ?? [];
    // The organisations its entries name (an initiative's), then those that mention it, each once.
    const organisations = new Set<string>();
    for (const [collection, list] of l.about) for (const id of list) for (const o of refsTo(collection, id, 'organisations')) organisations.add(o);
    for (const o of l.mentions.get('organisations') ?? []) organisations.add(o);
    const strategy = about('strategies')[0];
    const entryPoint = about('entryPoints')[0];
    municipalities.set(m, {
      ...(strategy ? { strategy } : {}),
      ...(entryPoint ? { entryPoint } : {}),
      initiatives: about('initiatives'),
      interviews: about('interviews'),
      organisations: [...organisations],
      mentionedIn: l.pages,
    });
  }
  const municipalitiesWithContent = ids('municipalities').filter((m) => {
    const l = linksTo('municipalities', m);
    return l.about.size > 0 || l.mentions.size > 0;
  });

  const themes = new Map(
    ids('themes').map((t) => {
      const l = linksTo('themes', t);
      const initiatives = l.mentions.get('initiatives') ?? [];
      const about = initiatives.map((i) => municipalityOf('initiatives', i)).filter((m): m is string => m !== undefined);
      return [t, { initiatives, municipalities: inOrder('municipalities', about), articles: l.pages }];
    }),
  );
  const organisations = new Map(
    ids('organisations').map((o) => {
      const l = linksTo('organisations', o);
      return [o, { initiatives: l.mentions.get('initiatives') ?? [], articles: l.pages }];
    }),
  );
  const sources = new Map(ids('sources').map((s) => [s, linksTo('sources', s).pages]));
  const initiativesBySourcePage = new Map<string, string[]>();
  for (const i of ids('initiatives')) for (const page of new Set(refsTo('initiatives', i, 'page'))) append(initiativesBySourcePage, page, i);

  for (const q of ids('questions')) answers.set(q, []);
  for (const a of answering)
    for (const q of answeredQuestions(a.body)) append(answers, q, { interview: a.id, municipality: municipalityOf(a.collection, a.id) ?? '' });
  const relatedInterviews = new Map(ids('interviews').map((i) => [i, linksTo('interviews', i).mutual]));

  return { linksTo, municipalities, municipalitiesWithContent, themes, organisations, sources, initiativesBySourcePage, answers, relatedInterviews };
}
