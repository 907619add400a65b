// JSON Schema from the project's zod schemas (zod 4's z.toJSONSchema), with the field
// descriptions from `.meta({ description })` (the `hint`s are left out). Dates are written as YYYY-MM-DD text.
import { z } from 'astro/zod';

export type JsonSchema = Record<string, unknown>;

/** `io: 'input'` describes what editors type; `'output'` what a download holds. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output', extra: JsonSchema = {}): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      // Hints are for npm run tjek's messages (src/model/zod-problems.ts), not part of the schema.
      delete ctx.jsonSchema['hint'];
      const def = ctx.zodSchema._zod.def as { type: string };
      if (def.type === 'date') {
        ctx.jsonSchema['type'] = 'string';
        ctx.jsonSchema['format'] = 'date';
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, ...extra, ...rest };
}

/** The description a schema carries in zod's global registry (from `.meta({ description })`). */
export function descriptionOf(schema: z.ZodType): string | undefined {
  return z.globalRegistry.get(schema)?.description;
}
