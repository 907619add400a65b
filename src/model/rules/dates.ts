// Dates and years an editor writes: what is wrong with a value that is not a date (so the
// message says "empty", "only a year", … instead of silently becoming 1 January 1970), and the
// rules between dates of one entry (a strategy adopted after its period; facts from the future).
import type { z } from 'astro/zod';
import type { ContentProblem } from '../problem';
import { pastFields, type FieldPattern } from '../../schemas/past';
import { danishDate } from './danish-dates';

import { DATE_HINT } from '../../schemas/common';

export { DATE_HINT };

/** Message and hint for a value that should have been a date (YYYY-MM-DD). */
export function notADate(value: unknown): { message: string; hint: string } {
  const asIso = typeof value === 'string' ? danishDate(value) : undefined;
  if (asIso)
    return { message: `"${String(value)}" er skrevet som en dansk dato. Datoer skal skrives som ÅÅÅÅ-MM-DD.`, hint: `Mente du ${asIso}? ${DATE_HINT}` };
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

/** The values at a field pattern (`milestones.*.year`), with their dotted field names (`milestones[1].year`). */
function valuesAt(data: unknown, pattern: FieldPattern, name = ''): { field: string; value: unknown }[] {
  if (!pattern.length) return data === undefined ? [] : [{ field: name, value: data }];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => valuesAt(v, rest, `${name}[${i}]`)) : [];
  if (!data || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, name ? `${name}.${head}` : head!);
}

const patterns = new WeakMap<object, FieldPattern[]>();

/** A date or year after today in a field that records the past (marked `past(…)` in the schema). */
function futureProblems(
  entry: DatedEntry,
  schema: z.ZodType,
  today: Date,
  at: (field: string) => { file: string; line?: number; field: string },
): ContentProblem[] {
  if (!patterns.has(schema)) patterns.set(schema, pastFields(schema));
  const day = today.toISOString().slice(0, 10);
  const problems: ContentProblem[] = [];
  for (const pattern of patterns.get(schema)!) {
    for (const { field, value } of valuesAt(entry.data, pattern)) {
      const isYear = typeof value === 'number';
      const future = value instanceof Date ? value.getTime() > today.getTime() : isYear && value > today.getUTCFullYear();
      if (!future) continue;
      const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      problems.push({
        ...at(field),
        value: shown,
        code: 'date-future',
        message:
          field === 'factsAsOf'
            ? `factsAsOf ligger i fremtiden (${shown}). Det er datoen, oplysningerne stammer fra, så den kan ikke være senere end i dag.`
            : `${field} ligger i fremtiden (${shown}). Feltet fortæller, hvornår noget skete, så ${isYear ? 'året' : 'datoen'} kan ikke være senere end ${isYear ? 'i år' : 'i dag'}.`,
        hint:
          field === 'factsAsOf'
            ? `Skriv datoen for kilden eller interviewet, højst dagens dato (${day}). Datoen for næste gennemlæsning skrives i reviewBy.`
            : `Tjek ${isYear ? 'årstallet' : 'datoen'} i kilden; skriv højst ${isYear ? today.getUTCFullYear() : day}. En dato for noget, der skal ske, hører ikke hjemme her (næste gennemlæsning skrives i reviewBy).`,
      });
    }
  }
  return problems;
}

/** Rules between one entry's dates. `line` finds a field's line in the entry's file; `schema` marks the fields that record the past. */
export function dateRules(
  entry: DatedEntry,
  today: Date,
  line: (field: string) => number | undefined,
  schema?: z.ZodType,
  /** How a field is named in the file, e.g. `[2].` for the third item of a list file. */
  fieldPrefix = '',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string) => {
    const l = line(field);
    return { file: entry.filePath, ...(l !== undefined ? { line: l } : {}), field: `${fieldPrefix}${field}` };
  };
  if (schema) problems.push(...futureProblems(entry, schema, today, at));
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
