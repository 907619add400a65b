// Dates and years an editor writes: what is wrong with a value that is not a date (so the
// message says "empty", "only a year", … instead of silently becoming 1 January 1970), and the
// rules between dates of one entry (a strategy adopted after its period; facts from the future).
import type { ContentProblem } from '../problem';

import { DATE_HINT } from '../../schemas/common';

export { DATE_HINT };

/** Message and hint for a value that should have been a date (YYYY-MM-DD). */
export function notADate(value: unknown): { message: string; hint: string } {
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return { message: 'Datoen er tom.', hint: `${DATE_HINT} Er feltet ikke påkrævet, så slet hele linjen.` };
  }
  if (typeof value === 'boolean') {
    return { message: `${value} er ikke en dato.`, hint: DATE_HINT };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) {
    return {
      message: `${value} er kun et årstal. En dato skal have år, måned og dag.`,
      hint: `Skriv fx ${value}-01-01, hvis kun året kendes (og skriv evt. tidspunktet med kildens ord i dateText). ${DATE_HINT}`,
    };
  }
  if (typeof value === 'number') return { message: `Tallet ${value} er ikke en dato.`, hint: DATE_HINT };
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value.trim())) {
    return { message: `"${value}" mangler dagen. En dato skal have år, måned og dag.`, hint: `Skriv fx ${value.trim()}-01. ${DATE_HINT}` };
  }
  return { message: `Ugyldig dato: ${JSON.stringify(value)} er ikke en dato, der findes.`, hint: DATE_HINT };
}

export interface DatedEntry {
  collection: string;
  filePath: string;
  data: Record<string, unknown>;
}

/** Rules between one entry's dates. `line` finds a field's line in the entry's file. */
export function dateRules(entry: DatedEntry, today: Date, line: (field: string) => number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string) => {
    const l = line(field);
    return { file: entry.filePath, ...(l !== undefined ? { line: l } : {}), field };
  };
  const factsAsOf = entry.data['factsAsOf'];
  if (factsAsOf instanceof Date && factsAsOf.getTime() > today.getTime()) {
    const day = factsAsOf.toISOString().slice(0, 10);
    problems.push({
      ...at('factsAsOf'),
      value: day,
      code: 'date-future',
      message: `factsAsOf ligger i fremtiden (${day}). Det er datoen, oplysningerne stammer fra, så den kan ikke være senere end i dag.`,
      hint: `Skriv datoen for kilden eller interviewet, højst dagens dato (${today.toISOString().slice(0, 10)}). Datoen for næste gennemlæsning skrives i reviewBy.`,
    });
  }
  if (entry.collection === 'strategies') {
    const { adoptedYear, periodFrom, periodTo } = entry.data as { adoptedYear?: number; periodFrom?: number; periodTo?: number };
    if (typeof adoptedYear === 'number' && typeof periodTo === 'number' && adoptedYear > periodTo) {
      problems.push({
        ...at('adoptedYear'),
        value: adoptedYear,
        code: 'strategy-adopted-after-period',
        message: `Strategien er vedtaget i ${adoptedYear}, efter at dens periode sluttede (${periodFrom ?? '…'}–${periodTo}).`,
        hint: 'Tjek årstallene i kilden: adoptedYear er året, strategien blev vedtaget; periodFrom og periodTo er det første og sidste år, den gælder.',
      });
    }
  }
  return problems;
}
