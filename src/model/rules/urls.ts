// Every URL an editor writes (Markdown links and images, href/src in HTML, url fields in
// frontmatter and YAML) must be https:/http:, mailto:, tel:, a site path (/…) or a #fragment.
// javascript:, data:, file:, vbscript: and protocol-relative //host links are refused.
import type { Problem } from '../problem';
import { problem } from '../problems';

/** Schemes an editor may link to. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** HTML ignores tabs, newlines and leading spaces/control characters in a URL's scheme (`java\tscript:`). */
function normalise(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

export type UrlKind = 'web' | 'site' | 'fragment' | 'relative' | 'local' | 'unsafe';

/** What kind of target a URL is. `relative` is left to the link check (it must start with /). */
export function urlKind(url: string): UrlKind {
  const u = normalise(url);
  if (u.startsWith('#')) return 'fragment';
  if (/^[a-z]:[\\/]/.test(u) || u.startsWith('file:') || /^\/(users|home|mnt|volumes|private)\//.test(u)) return 'local';
  if (u.startsWith('//') || u.startsWith('/\\') || u.startsWith('\\')) return 'unsafe';
  if (u.startsWith('/')) return 'site';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(u)?.[1];
  if (scheme === undefined) return u.includes(':') && /^[^/?#]*:/.test(u) ? 'unsafe' : 'relative';
  return (ALLOWED_SCHEMES as readonly string[]).includes(`${scheme}:`) ? 'web' : 'unsafe';
}

/** A problem for a URL with a scheme that is not allowed; undefined when the URL is allowed. */
export function unsafeUrlProblem(url: string, at: { file: string; line?: number; field: string }): Problem | undefined {
  const kind = urlKind(url);
  if (kind === 'local') {
    return problem('local-path', { file: at.file, line: at.line, field: at.field, value: url });
  }
  if (kind !== 'unsafe') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:|\/\/|\\)/.exec(normalise(url))?.[1] ?? url.slice(0, 12);
  return problem(
    'unsafe-url',
    { file: at.file, line: at.line, field: at.field, value: url.length > 80 ? `${url.slice(0, 77)}…` : url },
    scheme === '//' || scheme === '\\' ? { kind: 'no-scheme' } : { kind: 'scheme', scheme },
  );
}

/** Problems with an image's source: it must be a file in public/, written as a site path. */
export function imageSourceProblem(url: string, publicFiles: ReadonlySet<string>, at: { file: string; line?: number }): Problem | undefined {
  const base = { file: at.file, line: at.line, field: 'billede', value: url };
  const kind = urlKind(url);
  if (kind === 'unsafe' || kind === 'local') return unsafeUrlProblem(url, { ...at, field: 'billede' });
  if (kind === 'web') {
    return problem('image-external', base);
  }
  if (kind !== 'site') {
    return problem('image-relative', base);
  }
  const file = decodeURI(url.replace(/[?#].*$/, '')).replace(/^\//, '');
  if (publicFiles.has(file)) return undefined;
  return problem('image-missing', base, { file });
}

/** A site path with the base path in front (`/kommuner/aalborg/` → `/vidensbank/kommuner/aalborg/`); other URLs as they are. */
export function baseUrl(base: string): (url: string) => string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (url) => (prefix !== '/' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix) ? prefix + url.slice(1) : url);
}

/** A link to another site (gets rel="noopener"). */
export const isExternal = (url: string): boolean => url.startsWith('https://') || url.startsWith('http://');
