// What every open-data download is made of, and helpers the downloads share.
import type { z } from 'astro/zod';
import type { Site } from '../lib/content';
import { publishing } from '../schemas/common';
import { descriptionOf } from '../schemas/json-schema';
import type { CsvValue } from './csv';
import { day } from './fields';

/** Turns a site path (`kommuner/aalborg/`) into the page's absolute URL, base path included. */
export type AbsoluteUrl = (sitePath: string) => string;

export interface Dataset<R extends Record<string, unknown> = Record<string, unknown>> {
  /** The file name without extension: /data/<name>.json, .csv, .schema.json. */
  name: string;
  /** Danish title on /data/. */
  title: string;
  /** What one record is, in Danish ("én række pr. …"). */
  record: string;
  description: string;
  schema: z.ZodObject;
  rows(site: Site, url: AbsoluteUrl): R[];
  /** The CSV columns, in order: fields of the record, copied as they are unless `csvValues` flattens them. */
  csvColumns: readonly string[];
  /** The values of the columns whose field is not a plain value (a list, an object), flattened into one cell. */
  csvValues?(record: R): Record<string, CsvValue>;
}

/** The date the facts are from, as YYYY-MM-DD, described as in the content schemas. */
export const factsAsOf = day(descriptionOf(publishing.factsAsOf) ?? 'Datoen, oplysningerne stammer fra.');

/** A record as its CSV row: each column's field as it is, or as `csvValues` flattens it. */
export function csvRowOf<R extends Record<string, unknown>>(d: Dataset<R>, record: R): Record<string, CsvValue> {
  return { ...Object.fromEntries(d.csvColumns.map((k) => [k, record[k] as CsvValue])), ...d.csvValues?.(record) };
}
