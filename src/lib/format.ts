// Danish formatting of dates, periods and counts for pages. Dates are formatted by the model
// (src/model/format.ts), whose messages use them too; periods and counts live here.
export { formatDate, formatMonth, isoDay } from '../model';

/** "2010–2013", "fra 2012", "til 2020", or undefined when neither year is known. */
export function formatPeriod(from?: number, to?: number): string | undefined {
  if (from !== undefined && to !== undefined) return from === to ? `${from}` : `${from}–${to}`;
  if (from !== undefined) return `fra ${from}`;
  if (to !== undefined) return `frem mod ${to}`;
  return undefined;
}

/** "1 indsats" / "3 indsatser". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
