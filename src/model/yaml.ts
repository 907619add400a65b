// Dates for the checker: only YYYY-MM-DD that is a real calendar day (2018-02-30 is not). The
// YAML itself is parsed, with exact lines for every field, in src/model/parse/yaml.ts.
export type { PathStep } from './parse/yaml';

/** True when `text` is YYYY-MM-DD and a real calendar day. */
export function isCalendarDay(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  const [y, mo, d] = [text.slice(0, 4), text.slice(5, 7), text.slice(8, 10)].map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)) as [
    number,
    number,
    number,
  ];
  if ([y, mo, d].some(Number.isNaN)) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
