// Every URL on the site is made here, so the base path (e.g. /vidensbank/) is applied once.
import { entryPath, specOf, type CollectionName, type CollectionSpec } from '../model';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-internal path (no leading slash, e.g. `kommuner/aalborg/`) with the base path applied. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

const entry = (collection: CollectionName) => (id: string) => href(`${entryPath(collection, id)}/`);
/** The page listing a collection: its pages' URL folder (`pages.folder` in src/model/registry.ts). */
const list = (collection: CollectionName) => () => href(`${(specOf(collection) as CollectionSpec).pages!.folder}/`);

export const urls = {
  home: () => href(),
  municipalities: list('municipalities'),
  municipality: entry('municipalities'),
  entryPoints: () => href('kommuner/indgange/'),
  strategies: list('strategies'),
  initiatives: list('initiatives'),
  initiative: entry('initiatives'),
  theme: entry('themes'),
  interviews: list('interviews'),
  question: entry('questions'),
  organisations: list('organisations'),
  organisation: entry('organisations'),
  guide: list('guide'),
  narrative: list('narrative'),
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
