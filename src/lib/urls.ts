// Every URL on the site is made here, so the base path (e.g. /vidensbank/) is applied once.
import type { ArticleCollection } from './relations';
import { PAGE_PREFIXES } from './collections';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-internal path (no leading slash, e.g. `kommuner/aalborg/`) with the base path applied. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** The URL folder of each page collection, the inverse of PAGE_PREFIXES. */
const PAGE_FOLDERS = Object.fromEntries(Object.entries(PAGE_PREFIXES).map(([folder, collection]) => [collection, folder])) as Record<
  ArticleCollection,
  string
>;

export const urls = {
  home: () => href(),
  municipalities: () => href('kommuner/'),
  municipality: (id: string) => href(`kommuner/${id}/`),
  entryPoints: () => href('kommuner/indgange/'),
  strategies: () => href('strategier/'),
  initiatives: () => href('indsatser/'),
  initiative: (id: string) => href(`indsatser/${id}/`),
  theme: (id: string) => href(`indsatser/tema/${id}/`),
  interviews: () => href('interviews/'),
  question: (id: string) => href(`interviews/spoergsmaal/${id}/`),
  organisations: () => href('organisationer/'),
  organisation: (id: string) => href(`organisationer/${id}/`),
  guide: () => href('guide/'),
  narrative: () => href('fortaelling/'),
  page: (collection: ArticleCollection, id: string) => href(`${PAGE_FOLDERS[collection]}/${id}/`),
  /** A `source` field value such as `strategier/roskilde`. */
  sitePath: (path: string) => href(`${path}/`),
  about: () => href('om/'),
  accessibility: () => href('tilgaengelighed/'),
  search: () => href('soeg/'),
  printGuide: () => href('guide/hele-guiden/'),
};
