// Turns zod issues from the project's schemas into problems an editor can act on: the field,
// the bad value as written, what is allowed, and a hint (closest valid key or value, the date
// format, a list's syntax).
import { z } from 'astro/zod';
import { closest, isTypoOf } from './closest';
import type { ContentProblem } from './problem';
import type { PathStep } from './yaml';
import { DATE_HINT, notADate } from './rules/dates';
import { capitalise } from './format';

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
const YEAR_FIELDS = new Set(['fromYear', 'toYear', 'adoptedYear', 'periodFrom', 'periodTo', 'year']);
const DATE_FIELDS = new Set(['factsAsOf', 'reviewed', 'reviewBy', 'since', 'date']);

/** Hints for fields editors often get wrong, by field name. */
const FIELD_HINTS: Record<string, string> = {
  municipality: 'Skriv kommunens id: navnet med små bogstaver, æ→ae, ø→oe, å→aa og bindestreger, fx aalborg eller ikast-brande (se content/data/kommuner.csv).',
  municipalities: "Skriv en liste af kommune-id'er, fx municipalities: [aalborg, kolding] (se content/data/kommuner.csv).",
  themes: 'Skriv mindst ét tema-id i en liste, fx themes: [en-indgang]. Temaerne står i content/data/temaer.yaml.',
  sources: 'Skriv mindst ét kilde-id i en liste, fx sources: [aalborg-status-2018]. Kilderne står i content/data/kilder.yaml.',
  organisations: "Skriv en liste af organisations-id'er (filnavnene i content/organisationer/ uden .yaml), fx organisations: [businessaalborg].",
  related: "Skriv en liste af interview-id'er (filnavnene i content/interviews/ uden .mdx).",
  source: 'Skriv siden, oplysningen kommer fra, som mappe/id, fx strategier/roskilde eller interviews/aalborg-2018-09.',
  draft: 'Skriv true (kladde, kun synlig i npm run dev) eller false (udgives).',
  order: 'Skriv et helt tal; laveste tal vises først.',
  title: 'Skriv titlen efter kolon. Sæt den i anførselstegn, hvis den indeholder kolon, fx title: "Status: 2018".',
  summary: 'Skriv et resumé på én-to sætninger efter kolon.',
  url: 'Skriv hele adressen, som den står i browserens adresselinje, fx https://www.aalborg.dk/. Kender du den ikke, så slet linjen.',
  description: 'Skriv en kort beskrivelse efter kolon. Lang tekst kan skrives på flere linjer efter "description: >-".',
};

function hintFor(path: readonly PathStep[], expected?: string): string | undefined {
  const last = [...path].reverse().find((s): s is string => typeof s === 'string');
  if (last && DATE_FIELDS.has(last)) return DATE_HINT;
  if (last && YEAR_FIELDS.has(last)) return 'Skriv årstallet med fire cifre uden anførselstegn, fx 2016.';
  if (last && FIELD_HINTS[last]) return FIELD_HINTS[last];
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

function problem(ctx: IssueContext, path: readonly PathStep[], p: Omit<ContentProblem, 'file' | 'line' | 'field'>): ContentProblem {
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

/** One or more problems for one zod issue. */
export function problemsFromIssue(issue: Issue, ctx: IssueContext): ContentProblem[] {
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
            ...optionalHint(withDescription(ctx, path, hintFor(path, expected))),
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
          ...optionalHint(withDescription(ctx, path, hintFor(path, expected))),
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
      const isList = issue.origin === 'array';
      const empty = isList ? Array.isArray(value) && value.length === 0 : value === '';
      const message =
        issue.message && !issue.message.startsWith('For lille')
          ? capitalise(issue.message) + '.'
          : isList
            ? `Listen skal have mindst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'punkt' : 'punkter'}.`
            : empty
              ? 'Feltet er tomt.'
              : `Værdien er for lille: mindst ${issue.minimum}.`;
      return [problem(ctx, path, { ...withValue(value), message, ...optionalHint(hintFor(path, isList ? 'array' : undefined)) })];
    }
    case 'too_big':
      return [problem(ctx, path, { ...withValue(value), message: `Værdien er for stor: højst ${issue.maximum}.`, ...optionalHint(hintFor(path)) })];
    case 'invalid_format': {
      const own = issue.message && !issue.message.startsWith('Ugyldig');
      return [
        problem(ctx, path, {
          ...withValue(value),
          ...(issue.format === 'url' ? { code: 'unsafe-url' } : {}),
          message: own ? `Værdien ${capitalise(issue.message)}.`.replace(/^Værdien Skal/, 'Værdien skal') : `Ugyldigt format (${issue.format}).`,
          ...optionalHint(hintFor(path)),
        }),
      ];
    }
    default:
      return [
        problem(ctx, path, {
          ...withValue(value),
          message: capitalise(issue.message) + (/[.!?]$/.test(issue.message) ? '' : '.'),
          // A refine may carry its own hint: `params: { hint }`.
          ...optionalHint((issue as { params?: { hint?: string } }).params?.hint ?? hintFor(path)),
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
