// Fields that record the past (when facts were gathered, an interview held, a text published, a
// strategy adopted): a date or year after today is a mistake. A schema marks such a field by
// wrapping it in `past(…)`; the check (src/model/rules/dates.ts) finds the marked fields by walking
// each collection's schema, so the list lives once, beside each field's own description.
import type { z } from 'astro/zod';

const PAST = new WeakSet<object>();

/** Marks a field (a date or a year) as recording the past. Wrap the field as it stands in the shape, after `.meta()`. */
export function past<T extends z.ZodType>(schema: T): T {
  PAST.add(schema);
  return schema;
}

/** A field path; `'*'` stands for every item of a list. */
export type FieldPattern = string[];

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The paths of every field marked with `past` in a schema (through optional, default, lists and nested objects). */
export function pastFields(schema: z.ZodType, at: FieldPattern = []): FieldPattern[] {
  if (PAST.has(schema)) return [at];
  const def = defOf(schema);
  if (def.innerType && ['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch', 'nonoptional'].includes(def.type))
    return pastFields(def.innerType, at);
  if (def.type === 'array' && def.element) return pastFields(def.element, [...at, '*']);
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([key, s]) => pastFields(s, [...at, key]));
  return [];
}
