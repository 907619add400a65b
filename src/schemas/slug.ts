// Danish-aware slugs: æ→ae, ø→oe, å→aa, then ASCII, lowercase, hyphens.
const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', è: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

/** The ASCII slug pattern every id on the site follows. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (ch) => DANISH[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
