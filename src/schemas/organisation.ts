// A non-municipal actor that the sources name (growth house, fund, network, enterprise).
import { z } from 'astro/zod';
import { refList, webUrl } from './common';

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
  /** Organisationens navn, fx "Væksthus Nordjylland". */
  name: z.string().min(1),
  /** Slags organisation: erhvervsfremme, netvaerk, virksomhed, fond, videnscenter, kommunal eller andet. */
  kind: z.enum(Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]]),
  /** Hvad organisationen tilbyder socialøkonomiske virksomheder, ifølge kilderne. */
  offers: z.string().min(1),
  /** Hvor organisationen virker, fx "Nordjylland", hvis kilderne siger det. */
  area: z.string().min(1).optional(),
  /** Kommuner, som organisationen er nævnt sammen med (id'er). */
  municipalities: refList.default([]),
  /** Netadresse, hvis kilderne nævner den. */
  url: webUrl.optional(),
  /** Kilder (id'er fra content/data/kilder.yaml). */
  sources: refList.min(1),
  /** Kladde: vises i `npm run dev`, aldrig i det færdige site. */
  draft: z.boolean().default(false),
});

export type Organisation = z.infer<typeof organisationSchema>;
