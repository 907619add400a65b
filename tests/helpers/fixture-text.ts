// The text of a fixture file, for tests that make an editor's mistake by editing it. Its
// `replace` throws when the text to replace is not there: otherwise an edit of a fixture that has
// since changed silently does nothing, and a negative test passes without testing anything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIMAL = fileURLToPath(new URL('../fixtures/minimal', import.meta.url));

type Replacer = (substring: string, ...args: unknown[]) => string;

export class FixtureText {
  constructor(
    readonly text: string,
    /** Where the text came from, for the error. */
    readonly source: string,
  ) {}

  /** Like String.prototype.replace, but the search must match. */
  replace(search: string | RegExp, replacement: string | Replacer): FixtureText {
    const found = typeof search === 'string' ? this.text.includes(search) : new RegExp(search.source, search.flags.replace(/[gy]/g, '')).test(this.text);
    if (!found) throw new Error(`${this.source} has no ${String(search)} to replace: the edit would change nothing, so the test would test nothing.`);
    return new FixtureText(this.text.replace(search, replacement as (substring: string, ...args: unknown[]) => string), this.source);
  }

  toString(): string {
    return this.text;
  }
}

/** A file of a fixture site (default: the minimal fixture), e.g. `content/guide/en-indgang.mdx`. */
export function fixtureText(file: string, from = MINIMAL): FixtureText {
  return new FixtureText(readFileSync(path.join(from, file), 'utf8'), file);
}

/** Text to write: fixture texts become their text. */
export type FileContent = string | FixtureText | null;

export const textOf = (content: string | FixtureText): string => (typeof content === 'string' ? content : content.text);
