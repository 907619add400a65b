// Danish formatting of dates, periods and counts for pages. Dates and counts are formatted by the
// model (src/model/format.ts), whose messages use them too; periods live here.
export { count, formatDate, formatMonth, isoDay } from '../model';

/** "2010–2013", "fra 2012", "frem mod 2020", or undefined when neither year is known. */
export function formatPeriod(from?: number, to?: number): string | undefined {
  if (from !== undefined && to !== undefined) return from === to ? `${from}` : `${from}–${to}`;
  if (from !== undefined) return `fra ${from}`;
  if (to !== undefined) return `frem mod ${to}`;
  return undefined;
}
