// The one date a page is listed under in "Hvad er nyt", the feed and the sitemap.

/** The dates every publishable entry carries (src/schemas/common.ts `publishing`). */
export interface PublishedDates {
  factsAsOf: Date;
  reviewed?: Date | undefined;
}

/**
 * The later of `reviewed` (an editor last read the page through) and `factsAsOf` (the date
 * the page's facts are from). The content has no "added" or "changed" date of its own, and
 * git history is not reliably there in a clean CI clone, so these are the honest dates.
 */
export function pageDate(data: PublishedDates): { date: Date; field: 'reviewed' | 'factsAsOf' } {
  if (data.reviewed && data.reviewed > data.factsAsOf) return { date: data.reviewed, field: 'reviewed' };
  return { date: data.factsAsOf, field: 'factsAsOf' };
}
