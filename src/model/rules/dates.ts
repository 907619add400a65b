// Dates and years an editor writes: the rules between dates of one entry (a strategy adopted
// after its period; facts from the future). What a value that is not a date is told (empty, only a
// year, a Danish date …, instead of silently becoming 1 January 1970) is worded in the catalogue
// (src/model/problems/fields.ts).
import type { z } from 'astro/zod';
import type { Problem } from '../problem';
import { pastFields, type FieldPattern } from '../../schemas/past';
import { problem } from '../problems';

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
function futureProblems(entry: DatedEntry, schema: z.ZodType, today: Date, at: (field: string) => { file: string; line?: number; field: string }): Problem[] {
  if (!patterns.has(schema)) patterns.set(schema, pastFields(schema));
  const day = today.toISOString().slice(0, 10);
  const problems: Problem[] = [];
  for (const pattern of patterns.get(schema)!) {
    for (const { field, value } of valuesAt(entry.data, pattern)) {
      const isYear = typeof value === 'number';
      const future = value instanceof Date ? value.getTime() > today.getTime() : isYear && value > today.getUTCFullYear();
      if (!future) continue;
      const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      problems.push(problem('date-future', { ...at(field), value: shown }, { field, shown, isYear, today: day, thisYear: today.getUTCFullYear() }));
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
): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string) => {
    const l = line(field);
    return { file: entry.filePath, ...(l !== undefined ? { line: l } : {}), field: `${fieldPrefix}${field}` };
  };
  if (schema) problems.push(...futureProblems(entry, schema, today, at));
  if (entry.collection === 'strategies') {
    const { adoptedYear, periodFrom, periodTo } = entry.data as { adoptedYear?: number; periodFrom?: number; periodTo?: number };
    if (typeof adoptedYear === 'number' && typeof periodTo === 'number' && adoptedYear > periodTo) {
      problems.push(problem('strategy-adopted-after-period', { ...at('adoptedYear'), value: adoptedYear }, { adoptedYear, periodFrom, periodTo }));
    }
  }
  return problems;
}
