// Danish formatting of dates, periods and counts, fixed to UTC so builds are deterministic.
const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "10. december 2014". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "september 2018". */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

/** ISO date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

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
