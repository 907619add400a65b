// Danish formatting shared by the check's messages and, through src/lib/format.ts, the site's
// pages: dates (fixed to UTC so builds are deterministic), counts with their noun, capitals.
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

/** "1 indsats" / "3 indsatser". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The text with its first letter in capitals: "en indsats" → "En indsats". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
