// Every URL an editor writes (Markdown links and images, href/src in HTML, url fields in
// frontmatter and YAML) must be https:/http:, mailto:, tel:, a site path (/…) or a #fragment.
// javascript:, data:, file:, vbscript: and protocol-relative //host links are refused.
import type { ContentProblem } from '../problem';

/** Schemes an editor may link to. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** HTML ignores tabs, newlines and leading spaces/control characters in a URL's scheme (`java\tscript:`). */
function normalise(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/** Decodes the character references a browser would decode in an attribute (`&#106;avascript:`). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(
      /&(colon|tab|newline|amp|quot|apos|lt|gt);/gi,
      (_, n: string) => ({ colon: ':', tab: '\t', newline: '\n', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' })[n.toLowerCase()]!,
    );
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

const URL_HINT =
  'Skriv en netadresse, der starter med https:// (eller http://), en e-mail som mailto:navn@kommune.dk, et telefonnummer som tel:+4512345678, eller en side på sitet som /kommuner/aalborg/.';

/** A problem for a URL with a scheme that is not allowed; undefined when the URL is allowed. */
export function unsafeUrlProblem(url: string, at: { file: string; line?: number; field: string }): ContentProblem | undefined {
  const kind = urlKind(url);
  if (kind === 'local') {
    return {
      file: at.file,
      ...(at.line !== undefined ? { line: at.line } : {}),
      field: at.field,
      value: url,
      code: 'local-path',
      message: 'Adressen peger på en fil på din egen computer. Den findes ikke på sitet.',
      hint: 'Læg filen i mappen public/ (billeder i public/billeder/) og skriv stien fra sitets forside, fx ![Kort over kommunen](/billeder/kort.png) eller [Rapporten](/filer/rapport.pdf).',
    };
  }
  if (kind !== 'unsafe') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:|\/\/|\\)/.exec(normalise(url))?.[1] ?? url.slice(0, 12);
  return {
    file: at.file,
    ...(at.line !== undefined ? { line: at.line } : {}),
    field: at.field,
    value: url.length > 80 ? `${url.slice(0, 77)}…` : url,
    code: 'unsafe-url',
    message:
      scheme === '//' || scheme === '\\'
        ? 'Adressen mangler https: foran //. Sådan en adresse kan føre læseren til et andet site end det, du mener.'
        : `Adresser, der starter med "${scheme}", er ikke tilladt: de kan køre kode eller skjule indhold i læserens browser.`,
    hint: URL_HINT,
  };
}

/** Problems with an image's source: it must be a file in public/, written as a site path. */
export function imageSourceProblem(url: string, publicFiles: ReadonlySet<string>, at: { file: string; line?: number }): ContentProblem | undefined {
  const base = { file: at.file, ...(at.line !== undefined ? { line: at.line } : {}), field: 'billede', value: url };
  const kind = urlKind(url);
  if (kind === 'unsafe' || kind === 'local') return unsafeUrlProblem(url, { ...at, field: 'billede' });
  if (kind === 'web') {
    return {
      ...base,
      code: 'image-external',
      message: 'Billeder skal ligge på sitet selv. Billeder fra andre sites vises ikke (og ville fortælle det andet site, hvem der læser siden).',
      hint: 'Hent billedet (hvis du må bruge det), læg det i public/billeder/, og skriv ![beskrivelse](/billeder/navn.png).',
    };
  }
  if (kind !== 'site') {
    return {
      ...base,
      code: 'image-relative',
      message: 'Billedets sti skal starte med /, så den virker fra alle sider.',
      hint: 'Læg billedet i public/billeder/ og skriv ![beskrivelse](/billeder/navn.png).',
    };
  }
  const file = decodeURI(url.replace(/[?#].*$/, '')).replace(/^\//, '');
  if (publicFiles.has(file)) return undefined;
  return {
    ...base,
    code: 'image-missing',
    message: `Billedet /${file} findes ikke i mappen public/.`,
    hint: 'Læg billedfilen i public/ (fx public/billeder/kort.png), og skriv stien uden "public", fx ![beskrivelse](/billeder/kort.png). Tjek stavning og store/små bogstaver.',
  };
}
