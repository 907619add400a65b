// What every open-data download is made of, and helpers the downloads share.
import type { z } from 'astro/zod';
import type { Site } from '../lib/content';
import { publishing } from '../schemas/common';
import { descriptionOf } from '../lib/json-schema';
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
  /** The CSV columns, in order, and each record flattened into them. */
  csvColumns: readonly string[];
  csvRow(record: R): Record<string, CsvValue>;
}

/** The date the facts are from, as YYYY-MM-DD, described as in the content schemas. */
export const factsAsOf = day(descriptionOf(publishing.factsAsOf) ?? 'Datoen, oplysningerne stammer fra.');

/** Fields copied as they are from a record into its CSV row. */
export const same = <R extends Record<string, unknown>>(r: R, keys: readonly (keyof R & string)[]) =>
  Object.fromEntries(keys.map((k) => [k, r[k] as CsvValue]));
