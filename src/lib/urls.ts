// Every URL on the site is made here, so the base path (e.g. /vidensbank/) is applied once.
import { entryPath, type CollectionName } from '../model';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-internal path (no leading slash, e.g. `kommuner/aalborg/`) with the base path applied. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

const entry = (collection: CollectionName) => (id: string) => href(`${entryPath(collection, id)}/`);

export const urls = {
  home: () => href(),
  municipalities: () => href('kommuner/'),
  municipality: entry('municipalities'),
  entryPoints: () => href('kommuner/indgange/'),
  strategies: () => href('strategier/'),
  initiatives: () => href('indsatser/'),
  initiative: entry('initiatives'),
  theme: entry('themes'),
  interviews: () => href('interviews/'),
  question: entry('questions'),
  organisations: () => href('organisationer/'),
  organisation: entry('organisations'),
  guide: () => href('guide/'),
  narrative: () => href('fortaelling/'),
  /** The page of any entry whose collection has pages (see `pages` in src/model/registry.ts). */
  page: (collection: CollectionName, id: string) => entry(collection)(id),
  /** A `source` field value such as `strategier/roskilde`. */
  sitePath: (path: string) => href(`${path}/`),
  about: () => href('om/'),
  glossary: () => href('ordliste/'),
  accessibility: () => href('tilgaengelighed/'),
  search: () => href('soeg/'),
  news: () => href('nyt/'),
  openData: () => href('data/'),
  printGuide: () => href('guide/hele-guiden/'),
};
