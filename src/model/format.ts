// Danish dates, fixed to UTC so builds are deterministic: the one formatting of dates, used by the
// check's messages (review dates) and, through src/lib/format.ts, by the site's pages.
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
