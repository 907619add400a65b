// Download: the initiatives, one record per initiative.
import { entryPath } from '../../model';
import { z } from 'astro/zod';
import { isoDay } from '../../lib/format';
import { initiativeSchema } from '../../schemas/initiative';
import { factsAsOf, type Dataset } from '../dataset';
import { fields } from '../fields';

const i = initiativeSchema.shape;
const initiativeRecord = z.strictObject({
  id: fields.id.meta({ description: 'Indsatsens id: kommunens id og filnavnet, fx "aalborg/startup-cafeer".' }),
  title: i.title,
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  themes: i.themes,
  status: i.status,
  fromYear: i.fromYear,
  toYear: i.toYear,
  description: i.description,
  organisations: i.organisations,
  source: i.source,
  sourceUrl: fields.sourceUrl,
  factsAsOf,
  url: fields.url,
});
type InitiativeRecord = z.infer<typeof initiativeRecord>;

export const initiatives: Dataset<InitiativeRecord> = {
  name: 'indsatser',
  title: 'Indsatser',
  record: 'én række pr. indsats',
  description:
    'Konkrete indsatser, som kommunerne gør eller har gjort for socialøkonomiske virksomheder, med temaer, status, år og den side, oplysningen kommer fra.',
  schema: initiativeRecord,
  rows: (site, url) =>
    [...site.initiatives]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        return {
          id: e.id,
          title: e.data.title,
          municipalityCode: muni.code,
          municipality: muni.name,
          themes: e.data.themes,
          status: e.data.status,
          ...(e.data.fromYear !== undefined ? { fromYear: e.data.fromYear } : {}),
          ...(e.data.toYear !== undefined ? { toYear: e.data.toYear } : {}),
          description: e.data.description,
          organisations: e.data.organisations,
          source: e.data.source,
          sourceUrl: url(`${e.data.source}/`),
          factsAsOf: isoDay(e.data.factsAsOf),
          url: url(`${entryPath('initiatives', e.id)}/`),
        };
      }),
  csvColumns: [
    'id',
    'title',
    'municipalityCode',
    'municipality',
    'themes',
    'status',
    'fromYear',
    'toYear',
    'description',
    'organisations',
    'source',
    'sourceUrl',
    'factsAsOf',
    'url',
  ],
};
