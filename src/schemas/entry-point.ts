// A municipality's single entry point for social-economy enterprises ("én indgang").
import { z } from 'astro/zod';
import { isoDate, publishing, ref, siteSource } from './common';

/** Where in the municipal organisation the entry point sits. */
export const PLACEMENTS = {
  erhverv: 'Erhvervsafdeling / erhvervsservice',
  beskaeftigelse: 'Jobcenter / arbejdsmarkedsafdeling',
  social: 'Socialforvaltning',
  andet: 'Andet (fx CSR-afdeling)',
  ukendt: 'Ikke oplyst i kilden',
} as const;
export type Placement = keyof typeof PLACEMENTS;

export const contactSchema = z.strictObject({
  /** Kontaktpersonens navn. */
  name: z.string().min(1),
  /** Stilling, fx "socialøkonomisk konsulent". */
  role: z.string().min(1).optional(),
  /** Telefonnummer som det skrives, fx "25 20 01 31". */
  phone: z.string().regex(/^[+\d ]{8,}$/, { error: 'skal være et telefonnummer, fx "25 20 01 31"' }).optional(),
  /** E-mailadresse. */
  email: z.email({ error: 'skal være en e-mailadresse, fx "navn@kommune.dk"' }).optional(),
});

export const entryPointSchema = z.strictObject({
  /** Kommunen, som indgangen hører til (id fra kommunelisten, fx "aalborg"). */
  municipality: ref,
  /** Enheden eller personen, der er indgangen, fx "BusinessAalborg". Udelades, hvis kilden ikke siger det. */
  unit: z.string().min(1).optional(),
  /** Hvor indgangen er placeret: erhverv, beskaeftigelse, social, andet eller ukendt. */
  placement: z.enum(Object.keys(PLACEMENTS) as [Placement, ...Placement[]]),
  /** Siden hvornår indgangen har eksisteret (ÅÅÅÅ-MM-DD). */
  since: isoDate.optional(),
  /** Kort beskrivelse af, hvad indgangen gør. */
  description: z.string().min(1),
  /** Kontaktperson, hvis kilden nævner en. */
  contact: contactSchema.optional(),
  /** Siden på sitet, som oplysningen kommer fra, fx "interviews/aalborg-2018-09". */
  source: siteSource,
  /** true, når kilden er udateret: siden skriver "kilden er udateret" i stedet for datoen i factsAsOf. */
  sourceUndated: z.literal(true).optional(),
  ...publishing,
});

export type EntryPoint = z.infer<typeof entryPointSchema>;
