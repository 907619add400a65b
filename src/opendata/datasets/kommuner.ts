// Download: the 98 municipalities and what the site knows about each.
import { entryPath } from '../../model';
import { z } from 'astro/zod';
import { municipalitySchema } from '../../schemas/municipality';
import { strategySchema } from '../../schemas/strategy';
import { entryPointSchema } from '../../schemas/entry-point';
import { type Dataset } from '../dataset';
import { fields } from '../fields';

const m = municipalitySchema.shape;

const municipalityRecord = z.strictObject({
  code: m.code,
  id: fields.id,
  name: m.name,
  officialName: m.officialName,
  region: m.region,
  regionCode: m.regionCode,
  strategyStatus: strategySchema.shape.status.optional().meta({
    description:
      'Status for kommunens strategi, hvis sitet har den: vedtaget, udkast, evalueret eller ingen (bevidst ingen strategi). Tom: sitet kender ingen strategi.',
  }),
  initiatives: fields.count('Antal indsatser, sitet beskriver for kommunen.'),
  interviews: fields.count('Antal statusinterviews med kommunen på sitet.'),
  entryPoint: z.boolean().meta({ description: 'Om sitet beskriver kommunens indgang for socialøkonomiske virksomheder (se indgange).' }),
  entryPointUnit: entryPointSchema.shape.unit.meta({ description: 'Enheden, der er kommunens indgang, fx "BusinessAalborg", hvis kilden siger det.' }),
  url: fields.url.optional().meta({ description: 'Kommunens side på sitet. Tom, når sitet ikke har oplysninger om kommunen.' }),
});
type MunicipalityRecord = z.infer<typeof municipalityRecord>;

export const municipalities: Dataset<MunicipalityRecord> = {
  name: 'kommuner',
  title: 'Kommuner',
  record: 'én række pr. kommune, alle 98',
  description:
    'Landets 98 kommuner med kommunekode og region, og hvad sitet ved om hver: strategiens status, antal indsatser og interviews, og om kommunen har én indgang.',
  schema: municipalityRecord,
  rows(site, url) {
    const withContent = new Set(site.relations.municipalitiesWithContent);
    return [...site.municipalities]
      .sort((a, b) => a.data.code.localeCompare(b.data.code))
      .map((e) => {
        const rel = site.relations.municipalities.get(e.id)!;
        const strategy = rel.strategy ? site.get('strategies', rel.strategy) : undefined;
        const entryPoint = rel.entryPoint ? site.get('entryPoints', rel.entryPoint) : undefined;
        return {
          code: e.data.code,
          id: e.id,
          name: e.data.name,
          officialName: e.data.officialName,
          region: e.data.region,
          regionCode: e.data.regionCode,
          ...(strategy ? { strategyStatus: strategy.data.status } : {}),
          initiatives: rel.initiatives.length,
          interviews: rel.interviews.length,
          entryPoint: entryPoint !== undefined,
          ...(entryPoint?.data.unit ? { entryPointUnit: entryPoint.data.unit } : {}),
          ...(withContent.has(e.id) ? { url: url(`${entryPath('municipalities', e.id)}/`) } : {}),
        };
      });
  },
  csvColumns: [
    'code',
    'id',
    'name',
    'officialName',
    'region',
    'regionCode',
    'strategyStatus',
    'initiatives',
    'interviews',
    'entryPoint',
    'entryPointUnit',
    'url',
  ],
};
