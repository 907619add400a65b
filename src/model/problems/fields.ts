// The catalogue's section for fields (src/model/validate.ts, rules/dates.ts, rules/text.ts,
// rules/sources.ts, check.ts): dates, placeholders, blank text, sources, a code for an id.
import { DATE_HINT, SOURCES_HINT } from '../../schemas/common';
import { entry } from './define';

/** What is wrong with a value that should have been a date (YYYY-MM-DD); `asIso` when it reads as a Danish date. */
function notADate(value: unknown, asIso: string | undefined): [message: string, hint: string] {
  if (asIso) return [`"${String(value)}" er skrevet som en dansk dato. Datoer skal skrives som ÅÅÅÅ-MM-DD.`, `Mente du ${asIso}? ${DATE_HINT}`];
  if (value === null || (typeof value === 'string' && value.trim() === ''))
    return ['Datoen er tom.', `${DATE_HINT} Er feltet ikke påkrævet, så slet hele linjen.`];
  if (typeof value === 'boolean') return [`${value} er ikke en dato.`, DATE_HINT];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) {
    return [
      `${value} er kun et årstal. En dato skal have år, måned og dag.`,
      `Skriv fx ${value}-01-01, hvis kun året kendes (og skriv evt. tidspunktet med kildens ord i dateText). ${DATE_HINT}`,
    ];
  }
  if (typeof value === 'number') return [`Tallet ${value} er ikke en dato.`, DATE_HINT];
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value.trim())) {
    return [`"${value}" mangler dagen. En dato skal have år, måned og dag.`, `Skriv fx ${value.trim()}-01. ${DATE_HINT}`];
  }
  return [`Ugyldig dato: ${JSON.stringify(value)} er ikke en dato, der findes.`, DATE_HINT];
}

/** The value as the editor wrote it, and the ISO date it means when it reads as a Danish date (`1/9-2018`). */
interface DateValue {
  value: unknown;
  asIso?: string | undefined;
}

const LOOSE_DATE = 'Ugyldig dato: datoer skal skrives som ÅÅÅÅ-MM-DD og være en dag, der findes.';

export const FIELDS = {
  'bad-date': entry<DateValue>({
    title: 'Ugyldig dato',
    message: ({ value, asIso }) => (asIso ? notADate(value, asIso)[0] : LOOSE_DATE),
    hint: ({ value, asIso }) => (asIso ? notADate(value, asIso)[1] : DATE_HINT),
  }),
  'invalid-date': entry<DateValue>({
    title: 'Ikke en dato',
    message: ({ value, asIso }) => notADate(value, asIso)[0],
    hint: ({ value, asIso }) => notADate(value, asIso)[1],
  }),
  'date-future': entry<{ field: string; shown: string; isYear: boolean; today: string; thisYear: number }>({
    title: 'Dato i fremtiden',
    message: ({ field, shown, isYear }) =>
      field === 'factsAsOf'
        ? `factsAsOf ligger i fremtiden (${shown}). Det er datoen, oplysningerne stammer fra, så den kan ikke være senere end i dag.`
        : `${field} ligger i fremtiden (${shown}). Feltet fortæller, hvornår noget skete, så ${isYear ? 'året' : 'datoen'} kan ikke være senere end ${isYear ? 'i år' : 'i dag'}.`,
    hint: ({ field, isYear, today, thisYear }) =>
      field === 'factsAsOf'
        ? `Skriv datoen for kilden eller interviewet, højst dagens dato (${today}). Datoen for næste gennemlæsning skrives i reviewBy.`
        : `Tjek ${isYear ? 'årstallet' : 'datoen'} i kilden; skriv højst ${isYear ? thisYear : today}. En dato for noget, der skal ske, hører ikke hjemme her (næste gennemlæsning skrives i reviewBy).`,
  }),
  'strategy-adopted-after-period': entry<{ adoptedYear: number; periodFrom?: number | undefined; periodTo: number }>({
    title: 'Strategien er vedtaget efter sin periode',
    message: ({ adoptedYear, periodFrom, periodTo }) =>
      `Strategien er vedtaget i ${adoptedYear}, efter at dens periode sluttede (${periodFrom ?? '…'}–${periodTo}).`,
    hint: 'Tjek årstallene i kilden: adoptedYear er året, strategien blev vedtaget; periodFrom og periodTo er det første og sidste år, den gælder.',
  }),
  placeholder: entry<{ in: 'field' | 'text'; draft: boolean; marker: string }>({
    title: 'Ikke udfyldt',
    message: ({ in: where, draft }) =>
      where === 'field'
        ? draft
          ? 'Feltet er ikke udfyldt endnu.'
          : 'Feltet er ikke udfyldt: der står stadig UDFYLD, og filen udgives (draft: false).'
        : draft
          ? 'Teksten er ikke udfyldt endnu.'
          : 'Teksten er ikke udfyldt: der står stadig UDFYLD, og filen udgives (draft: false).',
    hint: ({ in: where, draft, marker }) =>
      `${where === 'field' ? `Erstat teksten "${marker} …" med det rigtige indhold` : `Erstat "${marker} …" med sidens rigtige tekst`}${draft ? '' : '. Eller sæt draft: true, så den forbliver en kladde, indtil den er færdig'}.`,
  }),
  'blank-text': entry({
    title: 'Tomt felt',
    message: 'Feltet indeholder kun mellemrum, så der vises ingenting.',
    hint: 'Skriv teksten efter kolon, fx title: "Socialøkonomi i Kolding". Er feltet ikke påkrævet, så slet hele linjen.',
  }),
  'no-sources': entry<{ draft: boolean }>({
    title: 'Siden har ingen kilder',
    message: ({ draft }) =>
      draft ? 'Feltet er ikke udfyldt endnu: siden har ingen kilder.' : 'Feltet er ikke udfyldt: siden har ingen kilder, og filen udgives (draft: false).',
    hint: ({ draft }) =>
      `${SOURCES_HINT} Vælg dem, oplysningerne kommer fra; mangler kilden, så tilføj den dér først.${draft ? '' : ' Eller sæt draft: true, så siden forbliver en kladde.'}`,
  }),
  'facts-newer-than-sources': entry<{ factsAsOf: string; newest: string }>({
    title: 'Oplysningerne er nyere end kilderne',
    message: ({ factsAsOf, newest }) =>
      `factsAsOf (${factsAsOf}) er nyere end sidens nyeste kilde (${newest}). Oplysningerne kan ikke være nyere end kilderne, de kommer fra.`,
    hint: ({ newest }) =>
      `Mente du ${newest}? Skriv datoen for den nyeste kilde, oplysningerne stammer fra. Har siden nyere oplysninger, så tilføj den nye kilde i sources.`,
  }),
  'municipality-code': entry<{ code: string; officialName: string; id: string }>({
    title: 'Kommunekode i stedet for kommune-id',
    message: ({ code, officialName, id }) => `${code} er ${officialName}s kommunekode; skriv ${id}.`,
    hint: ({ id }) => `Kommuner skrives med deres id, ikke koden: navnet med små bogstaver, æ→ae, ø→oe, å→aa, fx municipality: ${id}.`,
  }),
};
