// A municipality's single entry point for social-economy enterprises ("én indgang").
import { z } from 'astro/zod';
import { past } from './past';
import { descriptionText, isoDate, municipalityId, publishing, sourcePage } from './common';

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
  name: z.string().min(1).meta({ description: 'Kontaktpersonens navn.' }),
  role: z.string().min(1).optional().meta({ description: 'Stilling, fx "socialøkonomisk konsulent".' }),
  phone: z
    .string()
    .regex(/^[+\d ]{8,}$/, { error: 'skal være et telefonnummer, fx "25 20 01 31"' })
    .optional()
    .meta({ description: 'Telefonnummer som det skrives, fx "25 20 01 31".' }),
  email: z.email({ error: 'skal være en e-mailadresse, fx "navn@kommune.dk"' }).optional().meta({ description: 'E-mailadresse.' }),
});

export const entryPointSchema = z.strictObject({
  municipality: municipalityId.meta({ description: 'Kommunen, som indgangen hører til (id fra kommunelisten, fx "aalborg").' }),
  unit: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Enheden eller personen, der er indgangen, fx "BusinessAalborg". Udelades, hvis kilden ikke siger det.' }),
  placement: z
    .enum(Object.keys(PLACEMENTS) as [Placement, ...Placement[]])
    .meta({ enumDescriptions: Object.values(PLACEMENTS), description: 'Hvor indgangen er placeret: erhverv, beskaeftigelse, social, andet eller ukendt.' }),
  since: past(isoDate.optional().meta({ description: 'Siden hvornår indgangen har eksisteret (ÅÅÅÅ-MM-DD).' })),
  description: descriptionText.meta({ title: 'Beskrivelse', multiline: true, description: 'Kort beskrivelse af, hvad indgangen gør.' }),
  contact: contactSchema.optional().meta({ description: 'Kontaktperson, hvis kilden nævner en.' }),
  source: sourcePage.meta({ description: 'Siden på sitet, som oplysningen kommer fra, fx "interviews/aalborg-2018-09".' }),
  // A yes/no, not only `true`: the web editor's switch writes `false` when it is off.
  sourceUndated: z
    .boolean()
    .optional()
    .meta({ title: 'Kilden er udateret', description: 'true, når kilden er udateret: siden skriver "kilden er udateret" i stedet for datoen i factsAsOf.' }),
  ...publishing,
});

export type EntryPoint = z.infer<typeof entryPointSchema>;
