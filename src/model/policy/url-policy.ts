// What a URL in published output may be, read the way a browser reads it: the WHATWG URL parser
// (Node's `URL`, the same algorithm browsers use) strips leading and trailing spaces and control
// characters, drops tabs and newlines anywhere and lowercases the scheme, so `\tJaVa&#x0A;script:`
// (entities already decoded by the HTML or XML parser) is seen as `javascript:`.
//
// Allowlists, not blocklists: a link may go to http(s), mailto and tel; a resource the page loads
// may come only from the site itself (or be a `data:image/…` picture, which the CSP allows).

/** Schemes a reader may follow (links, form targets are checked separately). */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface SiteOrigin {
  /** The site's origin, `https://vidensbank.example.dk` (from SITE_URL). */
  origin: string;
  /** Astro's base path, with leading and trailing slash: `/` or `/vidensbank/`. */
  base: string;
}

/** The URL a value resolves to on a page of the site, or undefined when a browser would not parse it either. */
export function resolveUrl(value: string, site: SiteOrigin, pagePath = site.base): URL | undefined {
  try {
    return new URL(value, new URL(pagePath, site.origin));
  } catch {
    return undefined;
  }
}

export type UrlVerdict = { ok: true; url?: URL } | { ok: false; reason: 'scheme'; scheme: string } | { ok: false; reason: 'origin'; origin: string };

/** A link a reader may follow: any http(s) site, mailto, tel, or a path/fragment of the site. */
export function linkVerdict(value: string, site: SiteOrigin, pagePath?: string): UrlVerdict {
  const url = resolveUrl(value, site, pagePath);
  if (!url) return { ok: true };
  if (!LINK_SCHEMES.has(url.protocol)) return { ok: false, reason: 'scheme', scheme: url.protocol };
  return { ok: true, url };
}

/** A resource the browser loads by itself (image, script, style, icon): the site's own, or a data: image. */
export function resourceVerdict(value: string, site: SiteOrigin, pagePath?: string): UrlVerdict {
  const url = resolveUrl(value, site, pagePath);
  if (!url) return { ok: true };
  if (url.protocol === 'data:') {
    return /^image\/[a-z0-9.+-]+[;,]/i.test(url.pathname) ? { ok: true, url } : { ok: false, reason: 'scheme', scheme: 'data:' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme', scheme: url.protocol };
  if (url.origin !== site.origin) return { ok: false, reason: 'origin', origin: url.origin };
  return { ok: true, url };
}

/** A form target: the site itself only (the CSP's form-action 'self'). */
export function formVerdict(value: string, site: SiteOrigin, pagePath?: string): UrlVerdict {
  const verdict = resourceVerdict(value, site, pagePath);
  if (verdict.ok && verdict.url?.protocol === 'data:') return { ok: false, reason: 'scheme', scheme: 'data:' };
  return verdict;
}

/** The URLs of a `srcset` value (`a.png 1x, b.png 2x`), as the HTML standard splits them. */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    // A URL ending in commas ends the candidate there; otherwise a descriptor runs to the next comma.
    const trimmed = url.replace(/,+$/, '');
    urls.push(trimmed);
    rest = rest.slice(url.length);
    if (trimmed.length === url.length) {
      let depth = 0;
      let i = 0;
      for (; i < rest.length; i++) {
        const c = rest[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
      rest = rest.slice(i);
    }
  }
}
