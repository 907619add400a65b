// The catalogue of problems an editor can meet, one entry per code (after Astro's errors-data.ts):
// its Danish title, its message and its hint, each text or a function of the entry's typed
// parameters. The entries live in sections (src/model/problems/: files, reading, fields, schema,
// references, page text, public files, review), merged here into one `PROBLEMS`; `ProblemCode` is
// the union of its keys, so a code that is not here does not type-check, and a rule that passes
// the wrong parameters does not either. Rules choose a code and pass facts; `problem()` turns
// code, facts and place into a `Problem`. Its message and hint are `ProblemText`, which
// only the catalogue makes, so a Danish sentence written inline in a rule does not type-check.
// Code that reacts to a problem matches on its code, never on the Danish text.
import type { Problem } from './problem';
import { fragment, wordingOf, type Entry, type ParamsOf, type ProblemText } from './problems/define';
import { FIELDS } from './problems/fields';
import { FILES } from './problems/files';
import { PAGE_TEXT } from './problems/page-text';
import { PUBLIC_FILES } from './problems/public-files';
import { READING } from './problems/reading';
import { didYouMean, REFERENCES } from './problems/references';
import { REVIEW } from './problems/review';
import { SCHEMA } from './problems/schema';

export type { ProblemText };
export { didYouMean };
export { SCHEMA_PHRASES } from './problems/schema';
export type { ExtensionFix } from './problems/files';
export type { MdxSyntax } from './problems/page-text';
export type { SvgFinding } from './problems/public-files';

/** The sections, in the order an editor meets them; a code lives in exactly one. */
export const SECTIONS = { FILES, READING, FIELDS, SCHEMA, REFERENCES, PAGE_TEXT, PUBLIC_FILES, REVIEW } as const;

type Sections = typeof SECTIONS;
type Merged = { [S in keyof Sections]: Sections[S] } extends infer T ? UnionToIntersection<T[keyof T]> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

function merge(sections: Sections): Merged {
  const all: Record<string, Entry<never>> = {};
  for (const [name, section] of Object.entries(sections)) {
    for (const [code, spec] of Object.entries(section)) {
      if (code in all) throw new Error(`The problem code ${code} is in two sections of the catalogue (the second: ${name}).`);
      all[code] = spec as Entry<never>;
    }
  }
  return all as unknown as Merged;
}

/** Every code's entry: title, message, hint. */
export const PROBLEMS = merge(SECTIONS);

/** The code of every problem. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The facts a code's wording takes. */
export type ProblemParams<C extends ProblemCode> = ParamsOf<(typeof PROBLEMS)[C]>;

/** Where a problem is: the file, and where known the line, the field, the bad value and what it names. */
export interface Where {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  value?: unknown;
  target?: string | undefined;
  alsoIn?: string[];
  followOns?: string[];
}

/** A code's parameters, or none when its wording takes none. */
type ParamArgs<C extends ProblemCode> = [keyof ProblemParams<C>] extends [never] ? [] : [params: ProblemParams<C>];

/** The one way to make a problem: its code, where it is, and the facts its catalogue entry words. */
export function problem<C extends ProblemCode>(code: C, where: Where, ...args: ParamArgs<C>): Problem {
  const spec = PROBLEMS[code] as Entry<unknown>;
  const { line, field, target, ...rest } = where;
  return {
    ...rest,
    ...(line !== undefined ? { line } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(target !== undefined ? { target } : {}),
    code,
    ...wordingOf(spec, args[0] ?? {}),
  };
}

/** A code's catalogue entry (its title: `problemSpec(code).title`). */
export function problemSpec(code: ProblemCode): { title: string } {
  return PROBLEMS[code];
}

/** Gives a problem another code and that code's wording, in place (a reference that names a draft, a code typed for an id). */
export function reword<C extends ProblemCode>(p: Problem, code: C, ...args: ParamArgs<C>): void {
  const { message, hint } = wordingOf(PROBLEMS[code] as Entry<unknown>, args[0] ?? {});
  p.code = code;
  p.message = message;
  if (hint) p.hint = hint;
  else delete p.hint;
}

/** Puts "Mente du …?" before a problem's hint, in place, for ids the value probably meant (check.ts: names typed where an id belongs). */
export function suggestIdsFirst(p: Problem, ids: readonly string[]): void {
  const hint = `${didYouMean(ids)}${p.hint ?? ''}`.trim();
  if (hint) p.hint = fragment(hint);
}
