// Download: the municipalities' single entry points and contacts, as published on the site.
import { entryPath } from '../../model';
import { z } from 'astro/zod';
import { isoDay } from '../../lib/format';
import { descriptionOf } from '../../schemas/json-schema';
import { contactSchema, entryPointSchema } from '../../schemas/entry-point';
import { factsAsOf, type Dataset } from '../dataset';
import { day, fields } from '../fields';

const ep = entryPointSchema.shape;
const c = contactSchema.shape;
const entryPointRecord = z.strictObject({
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  unit: ep.unit,
  placement: ep.placement,
  since: day(descriptionOf(ep.since) ?? 'Siden hvornår indgangen har eksisteret.').optional(),
  description: ep.description,
  contactName: c.name.optional(),
  contactRole: c.role,
  contactPhone: c.phone,
  contactEmail: c.email,
  source: ep.source,
  sourceUrl: fields.sourceUrl,
  factsAsOf,
  url: fields.url.meta({ description: 'Kommunens side på sitet, afsnittet om indgangen.' }),
});
type EntryPointRecord = z.infer<typeof entryPointRecord>;

export const entryPoints: Dataset<EntryPointRecord> = {
  name: 'indgange',
  title: 'Indgange',
  record: 'én række pr. kommune med én indgang',
  description:
    'Kommunernes ene indgang for socialøkonomiske virksomheder: enhed, placering i organisationen, siden hvornår, og kontaktperson, som de står på sitet.',
  schema: entryPointRecord,
  rows: (site, url) =>
    [...site.entryPoints]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        const d = e.data;
        return {
          municipalityCode: muni.code,
          municipality: muni.name,
          ...(d.unit !== undefined ? { unit: d.unit } : {}),
          placement: d.placement,
          ...(d.since ? { since: isoDay(d.since) } : {}),
          description: d.description,
          ...(d.contact ? { contactName: d.contact.name } : {}),
          ...(d.contact?.role ? { contactRole: d.contact.role } : {}),
          ...(d.contact?.phone ? { contactPhone: d.contact.phone } : {}),
          ...(d.contact?.email ? { contactEmail: d.contact.email } : {}),
          source: d.source,
          sourceUrl: url(`${d.source}/`),
          factsAsOf: isoDay(d.factsAsOf),
          url: url(`${entryPath('municipalities', d.municipality)}/#indgang`),
        };
      }),
  csvColumns: [
    'municipalityCode',
    'municipality',
    'unit',
    'placement',
    'since',
    'description',
    'contactName',
    'contactRole',
    'contactPhone',
    'contactEmail',
    'source',
    'sourceUrl',
    'factsAsOf',
    'url',
  ],
};
