// How a build stops for editors: an AstroError (Astro's own error mechanism) whose message is the
// Danish text and nothing else. No stack trace: the text names file, line and field, and a trace
// into the site's code would only distract editors.
import { AstroError } from 'astro/errors';
import type { CheckResult } from '../model';
import { formatSummary } from './summary';

/** The error that stops a build with `text` as all it says, under `name` ("Indholdsfejl" or "Udgivelsesfejl"). */
export function buildStop(text: string, name = 'Indholdsfejl'): AstroError {
  const error = new AstroError(`\n${text}\n`);
  error.name = name;
  error.stack = '';
  return error;
}

/** The stop for content with errors: the summary `npm run tjek` prints, errors only. */
export function contentErrorsStop(result: CheckResult, seconds: number): AstroError {
  return buildStop(formatSummary(result, { seconds, warnings: false }));
}
