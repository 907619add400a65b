// The set of pages the site will have, derived from the content, the registry's `pages` and the
// routes in src/pages. Used to check internal links in MDX before the build and, after it, that
// every expected page was written. Routes that are not entry pages (the open-data files) are
// given by the caller (`OtherRoutes`, src/opendata/routes.ts), so the model needs no open-data code.
import path from 'node:path';
import { COLLECTIONS, routeOf, type CollectionName, type CollectionSpec } from './registry';
import type { PlainEntry } from './entry';
import type { Problem } from './problem';
import { problem } from './problems';
import { deriveRelations } from './relations';
import { walkFiles } from './walk';

type Ids = (byCollection: Map<CollectionName, PlainEntry[]>, relations: () => ReturnType<typeof deriveRelations>) => readonly string[];

/** Dynamic routes that are not entry pages, each with the ids it builds (`'data/[file]'`: the open-data files). */
export type OtherRoutes = Readonly<Record<string, () => readonly string[]>>;

/**
 * The dynamic routes of entry pages, and the ids each builds pages for: from the registry's `pages`
 * (the same rule the pages' getStaticPaths use, through getSite().pageIds). With the caller's
 * `OtherRoutes` they make every dynamic route in src/pages; a dynamic route declared in neither
 * stops the checker with an error.
 */
export const ENTRY_ROUTES: Record<string, Ids> = {
  ...Object.fromEntries(
    COLLECTIONS.filter((c: CollectionSpec) => c.pages).map((c: CollectionSpec) => [
      routeOf(c)!,
      ((byCollection, rel) => (c.pages!.ids ? c.pages!.ids(rel()) : (byCollection.get(c.name as CollectionName) ?? []).map((e) => e.id))) satisfies Ids,
    ]),
  ),
};

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;

/** The routes of src/pages as `guide/[id]`-style patterns (no extension, `index` dropped) and whether each is an HTML page. */
export function routesIn(pagesDir: string): { route: string; html: boolean; file: string }[] {
  const files = walkFiles(pagesDir)
    .filter((f) => !f.symlink)
    .map((f) => f.rel)
    .filter((f) => !f.split('/').some((part) => part.startsWith('_')));
  const routes: { route: string; html: boolean; file: string }[] = [];
  for (const file of files.sort()) {
    if (PAGE_EXTENSIONS.test(file)) routes.push({ route: file.replace(PAGE_EXTENSIONS, '').replace(/(^|\/)index$/, ''), html: true, file });
    else if (ENDPOINT_EXTENSIONS.test(file)) routes.push({ route: file.replace(ENDPOINT_EXTENSIONS, ''), html: false, file });
  }
  return routes;
}

/**
 * Site paths of every page and endpoint the build will produce, without leading slash and, for
 * pages, with a trailing slash: `''` (front page), `kommuner/aalborg/`, `indsatser/aalborg/cafe/`.
 */
export function sitePaths(entries: readonly PlainEntry[], pagesDir: string, otherRoutes: OtherRoutes = {}): Set<string> {
  const byCollection = new Map<CollectionName, PlainEntry[]>();
  for (const e of entries) {
    if (!byCollection.has(e.collection)) byCollection.set(e.collection, []);
    byCollection.get(e.collection)!.push(e);
  }
  let relations: ReturnType<typeof deriveRelations> | undefined;
  const rel = () => {
    if (!relations) {
      relations = deriveRelations(Object.fromEntries(byCollection));
    }
    return relations;
  };
  const paths = new Set<string>();
  for (const { route, html } of routesIn(pagesDir)) {
    const suffix = html ? '/' : '';
    if (!route.includes('[')) {
      // Error pages are built as 404.html / 500.html, not folders.
      paths.add(route === '' ? '' : /^(404|500)$/.test(route) ? `${route}.html` : route + suffix);
      continue;
    }
    const other = otherRoutes[route];
    const list: Ids | undefined = ENTRY_ROUTES[route] ?? (other && (() => other()));
    if (!list) {
      throw new Error(
        `src/pages/${route} is a dynamic route the content checker does not know. Declare it as the \`pages\` of a collection in src/model/registry.ts, or, if it is not an entry page, in src/opendata/routes.ts.`,
      );
    }
    const param = /\[(?:\.\.\.)?[^\]]+\]/;
    for (const id of list(byCollection, rel)) paths.add(route.replace(param, id) + suffix);
  }
  return paths;
}

/**
 * Entries whose page would have the address of a fixed page in src/pages (a guide article
 * `content/guide/hele-guiden.mdx` and `src/pages/guide/hele-guiden.astro`): Astro would stop on
 * the route conflict with an English message; here it is one Danish error naming the file. The
 * fixed routes are read from src/pages itself.
 */
export function routeCollisions(entries: readonly PlainEntry[], pagesDir: string): Problem[] {
  const fixed = new Map<string, string>();
  for (const { route, html, file } of routesIn(pagesDir)) if (!route.includes('[')) fixed.set(html ? `${route}/` : route, file);
  const problems: Problem[] = [];
  for (const e of entries) {
    const spec = (COLLECTIONS as readonly CollectionSpec[]).find((c) => c.name === e.collection);
    if (!spec?.pages) continue;
    const page = `${spec.pages.folder}/${e.id}/`;
    const file = fixed.get(page);
    if (!file) continue;
    problems.push(
      problem('route-collision', { file: e.filePath, field: 'id (filnavnet)', value: e.id }, { page, file, id: e.id, ext: path.extname(e.filePath) }),
    );
  }
  return problems;
}
