// /data/<name>.json, .csv and .schema.json for every open-data download (src/opendata/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content';
import { absoluteUrl } from '../../lib/absolute-url';
import { allDataFiles, datasetFile, MEDIA_TYPES, type DataFormat } from '../../opendata/files';
import type { Dataset } from '../../opendata/datasets';

export const getStaticPaths = (() =>
  allDataFiles().map(({ dataset, format, file }) => ({ params: { file }, props: { dataset, format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, format } = props as { dataset: Dataset; format: DataFormat };
  const body = datasetFile(await getSite(), dataset, format, absoluteUrl(site));
  return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[format] } });
};
