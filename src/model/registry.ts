// The collection registry: the one list of content collections. Everything that needs to know
// the collections derives from these rows: Astro's content config (src/content.config.ts), the
// check's file placement and rules, references and what each means (src/model/rules/), the
// relations (src/model/relations.ts), the order of every list (src/model/order.ts), routes and
// URLs (entryPath, src/lib/urls.ts), the editor schemas and scaffolding (`npm run ny`, src/editor/).
// Adding a collection = one row here + its schema + its page.
// No astro:content imports: this runs the same in `npm run tjek` and inside the build.
import type { z } from 'astro/zod';
import { GUIDE_KINDS, guideSchema, narrativeSchema } from '../schemas/article';
import { entryPointSchema } from '../schemas/entry-point';
import { initiativeSchema } from '../schemas/initiative';
import { interviewSchema } from '../schemas/interview';
import { municipalitySchema } from '../schemas/municipality';
import { organisationSchema } from '../schemas/organisation';
import { questionSchema } from '../schemas/question';
import { sourceSchema } from '../schemas/source';
import { strategySchema } from '../schemas/strategy';
import { synonymSchema } from '../schemas/synonym';
import { termSchema } from '../schemas/term';
import { themeSchema } from '../schemas/theme';
import type { Relations } from './relations';
import { by, id, newest, num, rank, text, type EntryOrder } from './order';

/** `csv`: the municipality list; `list`: a YAML list with ids; `record`: one YAML file per entry; `page`: one MDX/Markdown file per page. */
export type FileKind = 'csv' | 'list' | 'record' | 'page';

/** Where a collection's entries are shown, one page per entry. */
export interface EntryPages {
  /** The URL folder under the site root, e.g. `guide` or `indsatser/tema`. */
  folder: string;
  /** Which ids get a page, when not every entry does (e.g. only municipalities with content). */
  ids?: (relations: Relations) => readonly string[];
}

export interface CollectionSpec {
  name: string;
  kind: FileKind;
  /** A file (csv, list) or a folder (record, page), relative to content/. */
  path: string;
  /** The file extensions allowed in the folder (record, page), the preferred one first. */
  extensions?: readonly string[];
  /** Ids are `<municipality>/<slug>`: one sub-folder per municipality (initiatives). */
  perMunicipality?: boolean;
  schema: z.ZodType;
  /** What an editor calls one entry, with article: "en indsats". */
  noun: string;
  /** The whole collection, for messages: `"x" findes ikke i temaerne`. */
  label: string;
  /** Entries carry factsAsOf / reviewed / reviewBy / draft. */
  publishing?: boolean;
  /** The page needs text in its body: the one empty-page rule (src/model/rules/content-rules.ts) reads this. */
  bodyRequired?: boolean;
  /**
   * Fields that point at other collections (`page`: a site page path such as `strategier/roskilde`). `a[].b` walks a list
   * of objects. The third element says what the reference means for the relations (`ReferenceRole`); without it the entry
   * mentions or cites the target.
   */
  references?: ReadonlyArray<readonly [field: string, target: string, role?: ReferenceRole]>;
  /** How the entries are listed, on the site and in the relations (src/model/order.ts); file order when left out. */
  order?: EntryOrder;
  /** How they are listed where other entries' pages link to them (a theme's articles, a source's pages), when not by `order`. */
  linkOrder?: EntryOrder;
  /** The field that says what an id stands for, shown beside the id where editors choose one (default: `title`). */
  shownAs?: string;
  pages?: EntryPages;
  /** `npm run ny -- <command> …` creates an entry from src/editor/templates/<template>. */
  scaffold?: Scaffolding;
  /** The web editor's file name for a new entry (Sveltia CMS template), when not the title's slug. */
  editorSlug?: string;
}

/**
 * What a reference means for the relations (src/model/relations.ts) and the tools that read them:
 * - `about`: the entry is about the target (an initiative is about its municipality): the target's relations list it;
 * - `one`: as `about`, and a target has at most one such entry (one strategy per municipality): the check refuses a
 *   second, and `npm run ny` names the file after the target;
 * - `mutual`: the relation holds both ways (interviews that belong together), so editors type it on one side only.
 * Without a role the entry mentions or cites the target (an article's municipalities, a page's sources).
 */
export type ReferenceRole = 'about' | 'one' | 'mutual';

/**
 * An argument of `npm run ny -- <command> …`, in the order typed:
 * - `municipality`: a municipality's id (`{{kommune}}`, `{{kommuneNavn}}`): the municipality the entry is about;
 * - `title`: a title in quotes (`{{titel}}`); its slug is `{{id}}`;
 * - `month`: `åååå-mm`, this month when left out (`{{dato}}`, the 1st, and `{{datoTekst}}`, "marts 2026").
 */
export type ScaffoldArg = 'municipality' | 'title' | 'month';

/**
 * What a template is filled with beyond its arguments and the fixed values every template may use (today's date, the
 * sources, the themes, the schemas' choices; src/editor/scaffold.ts):
 * - `order`: the next number after the collection's highest `order` (`{{orden}}`);
 * - `sourcePage`: the page the entry's facts most likely come from, the newest published page about its municipality
 *   or else the first published page, and that page's `factsAsOf` (`{{kildeside}}`, `{{kildesideDato}}`);
 * - `answers`: an empty `<Answer>` for every standard question, each under its question as a comment (`{{svar}}`).
 */
export type ScaffoldFill = 'order' | 'sourcePage' | 'answers';

export interface Scaffolding {
  /** The Danish name typed after `npm run ny --`. */
  command: string;
  /** Other accepted names (English). */
  aliases: readonly string[];
  template: string;
  /** What the arguments are, in the order typed. */
  args: readonly ScaffoldArg[];
  /** The arguments the id is made of, joined by `-` (`kolding-2026-03`); a `perMunicipality` entry goes in its municipality's folder. */
  id: readonly ScaffoldArg[];
  fill?: readonly ScaffoldFill[];
  /** The arguments, as shown in the usage text, and an example of them. */
  usage: string;
  example: string;
}

export const COLLECTIONS = [
  {
    name: 'municipalities',
    kind: 'csv',
    path: 'data/kommuner.csv',
    schema: municipalitySchema,
    noun: 'en kommune',
    label: 'kommunelisten',
    order: text('name'),
    shownAs: 'officialName',
    pages: { folder: 'kommuner', ids: (r) => r.municipalitiesWithContent },
  },
  {
    name: 'themes',
    kind: 'list',
    path: 'data/temaer.yaml',
    schema: themeSchema,
    noun: 'et tema',
    label: 'temaerne',
    order: text('label'),
    shownAs: 'label',
    pages: { folder: 'indsatser/tema' },
  },
  { name: 'sources', kind: 'list', path: 'data/kilder.yaml', schema: sourceSchema, noun: 'en kilde', label: 'kilderne' },
  {
    name: 'questions',
    kind: 'list',
    path: 'data/spoergsmaal.yaml',
    schema: questionSchema,
    noun: 'et spørgsmål',
    label: 'spørgsmålene',
    shownAs: 'text',
    pages: { folder: 'interviews/spoergsmaal', ids: (r) => [...r.answers.keys()].filter((id) => r.answers.get(id)!.length > 0) },
  },
  { name: 'synonyms', kind: 'list', path: 'data/synonymer.yaml', schema: synonymSchema, noun: 'en synonymgruppe', label: 'synonymerne' },
  {
    // Shown together on /ordliste/ (src/pages/ordliste.astro), one anchor per term: no pages of their own.
    name: 'terms',
    kind: 'list',
    path: 'data/ordliste.yaml',
    schema: termSchema,
    noun: 'et begreb',
    label: 'ordlisten',
    order: text('term'),
    references: [
      ['sources', 'sources'],
      ['related', 'page'],
    ],
  },
  {
    name: 'organisations',
    kind: 'record',
    path: 'organisationer',
    extensions: ['.yaml'],
    schema: organisationSchema,
    noun: 'en organisation',
    label: 'organisationerne',
    order: text('name'),
    shownAs: 'name',
    references: [
      ['municipalities', 'municipalities'],
      ['sources', 'sources'],
    ],
    pages: { folder: 'organisationer' },

    scaffold: {
      command: 'organisation',
      aliases: ['organization'],
      template: 'organisation.yaml',
      args: ['title'],
      id: ['title'],
      usage: '"<navn>"',
      example: '"Væksthus Sjælland"',
    },
  },
  {
    name: 'entryPoints',
    kind: 'record',
    path: 'indgange',
    extensions: ['.yaml'],
    schema: entryPointSchema,
    noun: 'en indgang',
    label: 'indgangene',
    publishing: true,
    references: [
      ['municipality', 'municipalities', 'one'],
      ['source', 'page'],
    ],

    editorSlug: '{{fields.municipality}}',
    scaffold: {
      command: 'indgang',
      aliases: ['entry-point', 'entrypoint'],
      template: 'indgang.yaml',
      args: ['municipality'],
      id: ['municipality'],
      fill: ['sourcePage'],
      usage: '<kommune>',
      example: 'kolding',
    },
  },
  {
    name: 'initiatives',
    kind: 'record',
    path: 'indsatser',
    extensions: ['.yaml'],
    perMunicipality: true,
    schema: initiativeSchema,
    noun: 'en indsats',
    label: 'indsatserne',
    publishing: true,
    references: [
      ['municipality', 'municipalities', 'about'],
      ['themes', 'themes'],
      ['organisations', 'organisations'],
      ['source', 'page'],
    ],
    order: text('title'),
    pages: { folder: 'indsatser' },

    scaffold: {
      command: 'indsats',
      aliases: ['initiative'],
      template: 'indsats.yaml',
      args: ['municipality', 'title'],
      id: ['title'],
      fill: ['sourcePage'],
      usage: '<kommune> "<titel>"',
      example: 'kolding "Socialøkonomisk netværk"',
    },
  },
  {
    name: 'strategies',
    kind: 'page',
    path: 'strategier',
    extensions: ['.mdx', '.md'],
    schema: strategySchema,
    noun: 'en strategi',
    label: 'strategierne',
    publishing: true,
    bodyRequired: true,
    references: [
      ['municipality', 'municipalities', 'one'],
      ['sources', 'sources'],
    ],
    order: by(num('adoptedYear', 9999), id),
    pages: { folder: 'strategier' },

    editorSlug: '{{fields.municipality}}',
    scaffold: {
      command: 'strategi',
      aliases: ['strategy'],
      template: 'strategi.mdx',
      args: ['municipality'],
      id: ['municipality'],
      usage: '<kommune>',
      example: 'kolding',
    },
  },
  {
    name: 'interviews',
    kind: 'page',
    path: 'interviews',
    extensions: ['.mdx', '.md'],
    schema: interviewSchema,
    noun: 'et interview',
    label: 'interviewene',
    publishing: true,
    // No bodyRequired: an interview's body must hold answers, which the no-answers rule checks.
    references: [
      ['municipality', 'municipalities', 'about'],
      ['related', 'interviews', 'mutual'],
      ['seriesElsewhere[].municipality', 'municipalities'],
      ['sources', 'sources'],
    ],
    order: by(newest('date'), id),
    pages: { folder: 'interviews' },

    editorSlug: "{{fields.municipality}}-{{fields.date | date('YYYY-MM')}}",
    scaffold: {
      command: 'interview',
      aliases: [],
      template: 'interview.mdx',
      args: ['municipality', 'month'],
      id: ['municipality', 'month'],
      fill: ['answers'],
      usage: '<kommune> [<åååå-mm>]',
      example: 'kolding 2026-03',
    },
  },
  {
    name: 'narrative',
    kind: 'page',
    path: 'fortaelling',
    extensions: ['.mdx', '.md'],
    schema: narrativeSchema,
    noun: 'en fortællingsartikel',
    label: 'fortællingen',
    publishing: true,
    bodyRequired: true,
    references: [
      ['municipalities', 'municipalities'],
      ['themes', 'themes'],
      ['organisations', 'organisations'],
      ['sources', 'sources'],
    ],
    order: num('order'),
    pages: { folder: 'fortaelling' },

    scaffold: {
      command: 'fortaelling',
      aliases: ['fortælling', 'narrative'],
      template: 'fortaelling.mdx',
      args: ['title'],
      id: ['title'],
      fill: ['order'],
      usage: '"<titel>"',
      example: '"Fortællingen i Kolding"',
    },
  },
  {
    name: 'guide',
    kind: 'page',
    path: 'guide',
    extensions: ['.mdx', '.md'],
    schema: guideSchema,
    noun: 'en guideartikel',
    label: 'guiden',
    publishing: true,
    bodyRequired: true,
    references: [
      ['municipalities', 'municipalities'],
      ['themes', 'themes'],
      ['organisations', 'organisations'],
      ['sources', 'sources'],
    ],
    // By section (kind, in the order of GUIDE_KINDS), then by `order` within it: the guide's reading order. Linked
    // from other pages (a theme's or a source's articles), by `order` first, the sections mixed.
    order: by(rank('kind', Object.keys(GUIDE_KINDS)), num('order')),
    linkOrder: by(num('order'), rank('kind', Object.keys(GUIDE_KINDS))),
    pages: { folder: 'guide' },

    scaffold: {
      command: 'guide',
      aliases: ['guideartikel'],
      template: 'guide.mdx',
      args: ['title'],
      id: ['title'],
      fill: ['order'],
      usage: '"<titel>"',
      example: '"Mentorordninger"',
    },
  },
] as const satisfies readonly CollectionSpec[];

export type Registry = typeof COLLECTIONS;
export type CollectionName = Registry[number]['name'];
/** The row of one collection, with its own schema type. */
export type SpecOf<C extends CollectionName> = Extract<Registry[number], { name: C }>;
/** Collections with one MDX/Markdown page per entry (a `source: strategier/roskilde` may point into them). */
export type PageCollection = Extract<Registry[number], { kind: 'page' }>['name'];

export const COLLECTION_NAMES = COLLECTIONS.map((c) => c.name) as readonly CollectionName[];

const BY_NAME = new Map<string, CollectionSpec>(COLLECTIONS.map((c) => [c.name, c]));

export function specOf<C extends CollectionName>(name: C): SpecOf<C>;
export function specOf(name: string): CollectionSpec | undefined;
export function specOf(name: string): CollectionSpec | undefined {
  return BY_NAME.get(name);
}

/** `en strategi` → `én strategi`: a row's noun as "at most one", for messages about a `one` reference. */
export function onlyOne(noun: string): string {
  return noun.replace(/^en /, 'én ').replace(/^et /, 'ét ');
}

/** The fields of a row marked `one` towards `target`: a target has at most one entry of the row through each. */
export function oneFields(spec: CollectionSpec, target: string): string[] {
  return (spec.references ?? []).filter(([, t, role]) => role === 'one' && t === target).map(([field]) => field);
}

/** Where a collection's files live, for messages to editors: `content/indsatser/`. */
export function folderOf(spec: Pick<CollectionSpec, 'kind' | 'path'>): string {
  return spec.kind === 'csv' || spec.kind === 'list' ? `content/${spec.path}` : `content/${spec.path}/`;
}

/** Page collections by URL folder: what a `source` field such as `strategier/roskilde` points into. */
export const PAGE_FOLDERS: ReadonlyMap<string, PageCollection> = new Map(
  COLLECTIONS.filter((c): c is Extract<Registry[number], { kind: 'page' }> => c.kind === 'page').map((c) => [c.pages.folder, c.name]),
);

/** The site path of an entry's own page (`guide/en-indgang`), if its collection has pages. */
export function entryPath(collection: CollectionName, id: string): string | undefined {
  const pages = (specOf(collection) as CollectionSpec).pages;
  return pages ? `${pages.folder}/${id}` : undefined;
}

/** The dynamic route in src/pages that shows a collection's entries: `guide/[id]`, `indsatser/[...id]`. */
export function routeOf(spec: CollectionSpec): string | undefined {
  if (!spec.pages) return undefined;
  return `${spec.pages.folder}/${spec.perMunicipality ? '[...id]' : '[id]'}`;
}
