// Turns zod issues from the project's schemas into problems an editor can act on: this file
// decides which facts an issue has (the field, the bad value as written, the expected type, what is
// allowed, the closest valid key or value, the field's own hint and description); the catalogue
// (src/model/problems/schema.ts) words them.
import { z } from 'astro/zod';
import { closest, isTypoOf } from './closest';
import type { Problem } from './problem';
import { problem, SCHEMA_PHRASES, type Where } from './problems';
import type { PathStep } from './yaml';
import { danishDate } from './rules/danish-dates';

type Issue = z.core.$ZodIssue;

interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  entries?: Record<string, string>;
}

function defOf(schema: unknown): ZodDef {
  return (schema as { _zod: { def: ZodDef } })._zod.def;
}

/** Strips optional/default/nullable/pipe wrappers. */
function unwrap(def: ZodDef): ZodDef {
  let d = def;
  for (;;) {
    if (d.innerType) d = d.innerType._zod.def;
    else if (d.type === 'pipe' && d.in) d = d.in._zod.def;
    else return d;
  }
}

/** The schema definition at a path (object keys and list indexes), if the schema has one there. */
export function defAt(schema: z.ZodType, path: readonly PathStep[]): ZodDef | undefined {
  let def: ZodDef | undefined = unwrap(defOf(schema));
  for (const step of path) {
    if (!def) return undefined;
    if (typeof step === 'number') def = def.element ? unwrap(def.element._zod.def) : undefined;
    else def = def.shape?.[step] ? unwrap(def.shape[step]._zod.def) : undefined;
  }
  return def;
}

interface ZodNode {
  _zod: { def: { type: string; innerType?: ZodNode; in?: ZodNode; element?: ZodNode; shape?: Record<string, ZodNode> } };
}

/** The field's Danish description from the schema (`.meta({ description })`), on it or a wrapper of it. */
function describedAt(node: ZodNode | undefined): string | undefined {
  for (let n = node; n; n = n._zod.def.innerType ?? (n._zod.def.type === 'pipe' ? n._zod.def.in : undefined)) {
    const description = z.globalRegistry.get(n as unknown as z.ZodType)?.description;
    if (description) return description;
  }
  return undefined;
}

function unwrapNode(node: ZodNode): ZodNode {
  let n = node;
  for (;;) {
    if (n._zod.def.innerType) n = n._zod.def.innerType;
    else if (n._zod.def.type === 'pipe' && n._zod.def.in) n = n._zod.def.in;
    else return n;
  }
}

/** What the field at `path` means, as the schema documents it for editors. */
export function fieldDescription(schema: z.ZodType, path: readonly PathStep[]): string | undefined {
  let node: ZodNode | undefined = schema;
  for (const step of path) {
    if (!node) return undefined;
    const inner: ZodNode = unwrapNode(node);
    node = typeof step === 'number' ? inner._zod.def.element : inner._zod.def.shape?.[step];
  }
  return path.length ? describedAt(node) : undefined;
}

/** The keys an object at `path` accepts, in schema order. */
export function allowedKeys(schema: z.ZodType, path: readonly PathStep[]): string[] {
  return Object.keys(defAt(schema, path)?.shape ?? {});
}

export function valueAt(data: unknown, path: readonly PathStep[]): unknown {
  let v = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

/** `interviewee.name`, `themes[1]`, `seriesElsewhere[0].municipality`. */
export function fieldName(path: readonly PathStep[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The hint the field's schema carries (`.meta({ hint })`, src/schemas/common.ts), on it or a wrapper of it. */
function hintAt(schema: z.ZodType, path: readonly PathStep[]): string | undefined {
  // The field is the last named step: `themes` for themes[1].
  const named = path.findLastIndex((s) => typeof s === 'string');
  if (named < 0) return undefined;
  let node: ZodNode | undefined = schema;
  for (const step of path.slice(0, named + 1)) {
    if (!node) return undefined;
    const inner: ZodNode = unwrapNode(node);
    node = typeof step === 'number' ? inner._zod.def.element : inner._zod.def.shape?.[step];
  }
  for (let n = node; n; n = n._zod.def.innerType ?? (n._zod.def.type === 'pipe' ? n._zod.def.in : undefined)) {
    const hint = z.globalRegistry.get(n as unknown as z.ZodType)?.['hint'];
    if (typeof hint === 'string') return hint;
  }
  return undefined;
}

export interface IssueContext {
  file: string;
  schema: z.ZodType;
  /** The data as the file says it (before defaults and coercion). */
  raw: unknown;
  /** Finds the line of a field path, if possible. */
  line: (path: readonly PathStep[]) => number | undefined;
  /** Where the data sits in its file (a list item's index), for the field names shown. */
  prefix?: readonly PathStep[];
}

/** Where a field path of the data is: the file, the line, the field as shown (`[2].themes[1]` in a list file), and the value. */
function at(ctx: IssueContext, path: readonly PathStep[], value: { value?: unknown }): Where {
  const field = fieldName([...(ctx.prefix ?? []), ...path]);
  return { file: ctx.file, line: ctx.line(path), field: field || undefined, ...value };
}

function withValue(value: unknown): { value?: unknown } {
  return value === undefined ? {} : { value: formatRaw(value) };
}

/**
 * The site's own error map (as Starlight's utils/error-map.ts), passed to every parse of content:
 * the wording of the issues whose message a problem takes as it is, when the schema gives none of
 * its own (a schema's `{ error }` comes first). The phrases are the catalogue's (SCHEMA_PHRASES).
 * So a problem never has to recognise zod's default wording; the other issues are described from
 * their fields (expected type, allowed values, keys).
 */
export const siteErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      return SCHEMA_PHRASES.tooSmall({ list: issue.origin === 'array', empty: issue.input === '', minimum: issue.minimum });
    case 'invalid_format':
      return SCHEMA_PHRASES.invalidFormat(issue.format);
    default:
      return undefined;
  }
};

/** One or more problems for one zod issue. */
export function problemsFromIssue(issue: Issue, ctx: IssueContext): Problem[] {
  const path = issue.path.filter((s): s is PathStep => typeof s === 'string' || typeof s === 'number');
  const value = valueAt(ctx.raw, path);
  const fieldHint = hintAt(ctx.schema, path);
  const description = fieldDescription(ctx.schema, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(ctx.schema, path);
      return issue.keys.map((key) => {
        const near = closest(key, allowed, 1);
        const fit = near[0] !== undefined && isTypoOf(key, near[0]);
        return problem('schema-unrecognized_keys', at(ctx, [...path, key], withValue(valueAt(ctx.raw, [...path, key]))), {
          key,
          allowed,
          near: fit ? near[0] : undefined,
        });
      });
    }
    case 'invalid_type': {
      const expected = issue.expected;
      if (value === undefined)
        return [problem('schema-invalid_type', at(ctx, path, {}), { missing: true, field: fieldName(path), expected, fieldHint, description })];
      if (expected === 'date') {
        const raw = formatRaw(value);
        return [problem('invalid-date', at(ctx, path, withValue(value)), { value: raw, asIso: typeof raw === 'string' ? danishDate(raw) : undefined })];
      }
      return [problem('schema-invalid_type', at(ctx, path, withValue(value)), { missing: false, expected, value, fieldHint, description })];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined) return [problem('schema-invalid_value', at(ctx, path, {}), { missing: true, field: fieldName(path), allowed, description })];
      const near = typeof value === 'string' ? closest(value, allowed, 1) : [];
      const fit = near[0] && isTypoOf(typeof value === 'string' ? value : JSON.stringify(value), near[0]) ? near[0] : undefined;
      return [problem('schema-invalid_value', at(ctx, path, withValue(value)), { missing: false, value: formatRaw(value), allowed, near: fit })];
    }
    case 'too_small':
      // The schema's own message, or the site's (siteErrorMap): both read as a sentence without its capital and stop.
      return [problem('schema-too_small', at(ctx, path, withValue(value)), { said: issue.message, list: issue.origin === 'array', fieldHint })];
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return [
          problem('text-too-long', at(ctx, path, { value: value.length > 80 ? `${value.slice(0, 77)}…` : value }), {
            length: value.length,
            max: Number(issue.maximum),
            fieldHint,
          }),
        ];
      }
      return [problem('schema-too_big', at(ctx, path, withValue(value)), { maximum: issue.maximum, fieldHint })];
    case 'invalid_format':
      // The schema's own message ("skal være en netadresse …") or the site's (siteErrorMap), after "Værdien".
      return issue.format === 'url'
        ? [problem('unsafe-url', at(ctx, path, withValue(value)), { kind: 'schema', said: issue.message, fieldHint })]
        : [problem('schema-invalid_format', at(ctx, path, withValue(value)), { said: issue.message, fieldHint })];
    default:
      // A refine may carry its own hint: `params: { hint }`.
      return [
        problem(`schema-${issue.code}`, at(ctx, path, withValue(value)), {
          said: issue.message,
          ownHint: (issue as { params?: { hint?: string } }).params?.hint,
          fieldHint,
        }),
      ];
  }
}

/** A value as the editor wrote it (a YAML date back to YYYY-MM-DD). */
export function formatRaw(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}
