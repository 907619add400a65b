// Absolute URLs (origin and base path) for files read outside the site: downloads, feeds, sitemap.
import { href } from './urls';

/** `absoluteUrl(site)('kommuner/aalborg/')` → `https://…/vidensbank/kommuner/aalborg/`. */
export function absoluteUrl(site: URL | undefined): (sitePath: string) => string {
  if (!site) throw new Error('The site origin is not set (site in astro.config.mjs, from src/site.config.ts).');
  return (sitePath) => new URL(href(sitePath), site).href;
}
