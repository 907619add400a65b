// A non-municipal actor that the sources name (growth house, fund, network, enterprise).
import { z } from 'astro/zod';
import { municipalityIds, publishing, sourceList, webUrl, TEXT_LIMITS } from './common';

export const ORGANISATION_KINDS = {
  erhvervsfremme: 'Erhvervsfremme',
  netvaerk: 'Netværk og forening',
  virksomhed: 'Socialøkonomisk virksomhed',
  fond: 'Fond og finansiering',
  videnscenter: 'Videnscenter og projekt',
  kommunal: 'Kommunal enhed',
  andet: 'Anden aktør',
} as const;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

export const organisationSchema = z.strictObject({
  name: z.string().min(1).max(TEXT_LIMITS.name).meta({ description: 'Organisationens navn, fx "Væksthus Nordjylland".' }),
  kind: z.enum(Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]]).meta({
    enumDescriptions: Object.values(ORGANISATION_KINDS),
    description: 'Slags organisation: erhvervsfremme, netvaerk, virksomhed, fond, videnscenter, kommunal eller andet.',
  }),
  offers: z
    .string()
    .min(1)
    .meta({ title: 'Tilbud', multiline: true, description: 'Hvad organisationen tilbyder socialøkonomiske virksomheder, ifølge kilderne.' }),
  area: z.string().min(1).optional().meta({ description: 'Hvor organisationen virker, fx "Nordjylland", hvis kilderne siger det.' }),
  municipalities: municipalityIds.default([]).meta({ description: "Kommuner, som organisationen er nævnt sammen med (id'er)." }),
  url: webUrl.optional().meta({ description: 'Netadresse, hvis kilderne nævner den.' }),
  sources: sourceList,
  draft: publishing.draft,
});

export type Organisation = z.infer<typeof organisationSchema>;
