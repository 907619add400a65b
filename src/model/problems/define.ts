// The shape of a catalogue entry (after Astro's errors-data.ts): a Danish title, a message that is
// text or a function of the entry's typed parameters, and a hint likewise. `ProblemText` is the
// branded text a problem's message and hint must be: only the catalogue's sections mint it (through
// `entry`), so a rule cannot write a Danish sentence inline; `npm run lint` refuses a cast to it
// anywhere else (eslint.config.mjs; tests/unit/problem-catalogue.test.ts proves both).
declare const catalogued: unique symbol;

/** Text an editor reads about a problem: made only by the catalogue (src/model/problems/). */
export type ProblemText = string & { readonly [catalogued]: true };

/** Text, or a function of the entry's parameters that makes it. */
type Wording<P, R extends string | undefined> = R | ((params: P) => R);

export interface Entry<P> {
  /** A short Danish name for the kind of problem. */
  readonly title: string;
  /** What is wrong. */
  readonly message: Wording<P, string>;
  /** How to fix it; undefined when this problem has no hint. */
  readonly hint?: Wording<P, string | undefined>;
  /** The parameters' type, carried for `problem()` (never set at run time). */
  readonly params?: P;
}

/** An entry whose wording takes parameters of type P (an entry without parameters: `entry({...})`). */
export function entry<P extends object = Record<never, never>>(spec: Omit<Entry<P>, 'params'>): Entry<P> {
  return spec;
}

/** The parameters of an entry. */
export type ParamsOf<E> = E extends Entry<infer P> ? P : never;

/** An entry's message and hint for its parameters, as the text editors read. */
export function wordingOf<P>(spec: Entry<P>, params: P): { message: ProblemText; hint?: ProblemText } {
  const message = typeof spec.message === 'function' ? spec.message(params) : spec.message;
  const hint = typeof spec.hint === 'function' ? spec.hint(params) : spec.hint;
  return { message: message as ProblemText, ...(hint ? { hint: hint as ProblemText } : {}) };
}

/** A fragment of catalogue text (a "Mente du …?" before a hint): minted here, for the catalogue's own helpers. */
export function fragment(text: string): ProblemText {
  return text as ProblemText;
}
