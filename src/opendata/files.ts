// The three files of each download: records as JSON, the same records as CSV, and their JSON Schema.
import { z } from 'astro/zod';
import type { Site } from '../lib/content';
import { siteConfig } from '../site.config';
import { toCsv } from './csv';
import { csvRowOf } from './dataset';
import { DATASETS, type AbsoluteUrl, type Dataset } from './datasets';
import { jsonSchemaOf } from '../schemas/json-schema';
import { capitalise } from '../model';

export type DataFormat = 'json' | 'csv' | 'schema.json';
export const DATA_FORMATS: readonly DataFormat[] = ['json', 'csv', 'schema.json'];

export const fileName = (d: Pick<Dataset, 'name'>, format: DataFormat) => `${d.name}.${format}`;

export const MEDIA_TYPES: Record<DataFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  'schema.json': 'application/schema+json',
};

/** The JSON Schema of a download: an array of its records. */
export function datasetSchema(d: Dataset, url: AbsoluteUrl): Record<string, unknown> {
  return jsonSchemaOf(z.array(d.schema), 'output', {
    $id: url(`data/${fileName(d, 'schema.json')}`),
    title: `${siteConfig.name}: ${d.title.toLowerCase()}`,
    description: `${d.description} ${capitalise(d.record)}. Licens: ${siteConfig.dataLicence.name} (${siteConfig.dataLicence.url}).`,
  });
}

export function datasetFile(site: Site, d: Dataset, format: DataFormat, url: AbsoluteUrl): string {
  if (format === 'schema.json') return `${JSON.stringify(datasetSchema(d, url), null, 2)}\n`;
  const rows = d.rows(site, url);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  return toCsv(
    d.csvColumns,
    rows.map((r) => csvRowOf(d, r)),
  );
}

export function allDataFiles(): { dataset: Dataset; format: DataFormat; file: string }[] {
  return DATASETS.flatMap((dataset) => DATA_FORMATS.map((format) => ({ dataset, format, file: fileName(dataset, format) })));
}
