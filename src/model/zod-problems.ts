// Turns zod issues from the project's schemas into problems an editor can act on: the field,
// the bad value as written, what is allowed, and a hint (closest valid key or value, the date
// format, a list's syntax).
import { z } from 'astro/zod';
import { closest, isTypoOf } from './closest';
import type { UncodedProblem } from './problem';
import type { PathStep } from './yaml';
import { DATE_HINT, notADate } from './rules/dates';
import { capitalise, count } from './format';

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

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato',
};

function describeValue(v: unknown): string {
  if (v === undefined) return 'ingenting';
  if (v === null) return 'en tom værdi';
  if (v instanceof Date) return 'en dato';
  if (Array.isArray(v)) return 'en liste';
  if (typeof v === 'string') return 'tekst';
  if (typeof v === 'number') return 'et tal';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'en gruppe af felter';
}

export { DATE_HINT };
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

/** How to fix the field: its schema's hint, or one for the type it should have. */
function hintFor(ctx: IssueContext, path: readonly PathStep[], expected?: string): string | undefined {
  const own = hintAt(ctx.schema, path);
  if (own) return own;
  switch (expected) {
    case 'number':
    case 'int':
      return 'Skriv et tal uden anførselstegn, fx 200.';
    case 'string':
      return 'Skriv teksten efter kolon; sæt den i anførselstegn, hvis den indeholder kolon eller starter med [, { eller #.';
    case 'array':
      return 'Skriv en liste: [a, b] på samme linje, eller én værdi pr. linje med "- " foran.';
    case 'boolean':
      return 'Skriv true eller false.';
    case 'object':
      return 'Skriv felterne indrykket med to mellemrum på linjerne under feltnavnet.';
    default:
      return undefined;
  }
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

function problem(ctx: IssueContext, path: readonly PathStep[], p: Omit<UncodedProblem, 'file' | 'line' | 'field'>): UncodedProblem {
  const line = ctx.line(path);
  const field = fieldName([...(ctx.prefix ?? []), ...path]);
  return {
    file: ctx.file,
    ...(line !== undefined ? { line } : {}),
    ...(field ? { field } : {}),
    ...p,
  };
}

function withValue(value: unknown): { value?: unknown } {
  return value === undefined ? {} : { value: formatRaw(value) };
}

/**
 * The site's own error map (as Starlight's utils/error-map.ts), passed to every parse of content:
 * the wording of the issues whose message a problem takes as it is, when the schema gives none of
 * its own (a schema's `{ error }` comes first). So a problem never has to recognise zod's default
 * wording; the other issues are described from their fields (expected type, allowed values, keys).
 */
export const siteErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `listen skal have mindst ${count(Number(issue.minimum), 'punkt', 'punkter')}`;
      if (issue.input === '') return 'feltet er tomt';
      return `værdien er for lille: mindst ${String(issue.minimum)}`;
    case 'invalid_format':
      return `har et ugyldigt format (${issue.format})`;
    default:
      return undefined;
  }
};

/** One or more problems for one zod issue. */
export function problemsFromIssue(issue: Issue, ctx: IssueContext): UncodedProblem[] {
  const path = issue.path.filter((s): s is PathStep => typeof s === 'string' || typeof s === 'number');
  const value = valueAt(ctx.raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(ctx.schema, path);
      return issue.keys.map((key) => {
        const near = closest(key, allowed, 1);
        const fit = near[0] !== undefined && isTypoOf(key, near[0]);
        return problem(ctx, [...path, key], {
          ...withValue(valueAt(ctx.raw, [...path, key])),
          message: `Ukendt nøgle: "${key}". Feltet findes ikke her.`,
          hint: `${fit ? `Mente du "${near[0]}"? ` : ''}Tilladte felter: ${allowed.join(', ')}.`,
        });
      });
    }
    case 'invalid_type': {
      const expected = issue.expected;
      if (value === undefined) {
        return [
          problem(ctx, path, {
            message: `Feltet "${fieldName(path)}" mangler. Det skal udfyldes.`,
            ...optionalHint(withDescription(ctx, path, hintFor(ctx, path, expected))),
          }),
        ];
      }
      if (expected === 'date') {
        return [problem(ctx, path, { ...withValue(value), code: 'invalid-date', ...notADate(formatRaw(value)) })];
      }
      const want = TYPE_NAMES[expected] ?? expected;
      return [
        problem(ctx, path, {
          ...withValue(value),
          message: `Forkert type: feltet skal være ${want} (${expected}), men er ${describeValue(value)}.`,
          ...optionalHint(withDescription(ctx, path, hintFor(ctx, path, expected))),
        }),
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined) {
        return [
          problem(ctx, path, {
            message: `Feltet "${fieldName(path)}" mangler. Det skal udfyldes.`,
            hint: withDescription(ctx, path, `Tilladte værdier: ${allowed.join(', ')}.`)!,
          }),
        ];
      }
      const near = typeof value === 'string' ? closest(value, allowed, 1) : [];
      return [
        problem(ctx, path, {
          ...withValue(value),
          message: `${JSON.stringify(formatRaw(value))} er ikke en tilladt værdi.`,
          hint: `${near[0] && isTypoOf(typeof value === 'string' ? value : JSON.stringify(value), near[0]) ? `Mente du "${near[0]}"? ` : ''}Tilladte værdier: ${allowed.join(', ')}.`,
        }),
      ];
    }
    case 'too_small': {
      // The schema's own message, or the site's (siteErrorMap): both read as a sentence without its capital and stop.
      const isList = issue.origin === 'array';
      const message = `${capitalise(issue.message)}.`;
      return [problem(ctx, path, { ...withValue(value), message, ...optionalHint(hintFor(ctx, path, isList ? 'array' : undefined)) })];
    }
    case 'too_big':
      return [problem(ctx, path, { ...withValue(value), message: `Værdien er for stor: højst ${issue.maximum}.`, ...optionalHint(hintFor(ctx, path)) })];
    case 'invalid_format': {
      // The schema's own message ("skal være en netadresse …") or the site's (siteErrorMap), after "Værdien".
      return [
        problem(ctx, path, {
          ...withValue(value),
          ...(issue.format === 'url' ? { code: 'unsafe-url' } : {}),
          message: `Værdien ${issue.message}.`,
          ...optionalHint(hintFor(ctx, path)),
        }),
      ];
    }
    default:
      return [
        problem(ctx, path, {
          ...withValue(value),
          message: capitalise(issue.message) + (/[.!?]$/.test(issue.message) ? '' : '.'),
          // A refine may carry its own hint: `params: { hint }`.
          ...optionalHint((issue as { params?: { hint?: string } }).params?.hint ?? hintFor(ctx, path)),
        }),
      ];
  }
}

/** A hint that starts by saying what the field means (from the schema), when the schema says it. */
function withDescription(ctx: IssueContext, path: readonly PathStep[], hint: string | undefined): string | undefined {
  const description = fieldDescription(ctx.schema, path);
  if (!description) return hint;
  return hint ? `Feltet er: ${description} ${hint}` : `Feltet er: ${description}`;
}

function optionalHint(hint: string | undefined): { hint?: string } {
  return hint ? { hint } : {};
}

/** A value as the editor wrote it (a YAML date back to YYYY-MM-DD). */
export function formatRaw(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}
