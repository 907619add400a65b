// The site's policy for published output, element by element. One policy for every parser: the
// HTML parser (parse5, `html-policy.ts`) and the XML parser (@xmldom/xmldom, `xml-policy.ts`)
// both hand each element over as an `ElementView`, with entities already decoded.
//
//   - scripts only from the site's own bundles (`ownScript`), never inline code;
//   - no event handler attribute (`on…`, any case, any element, any namespace);
//   - links only to http(s), mailto, tel or the site; resources (src, srcset, poster, icons,
//     stylesheets, CSS url(), SVG references) only from the site itself;
//   - no <base>, <object>, <embed>, frames, <meta http-equiv="refresh">, SVG <foreignObject>;
//   - forms only to the site itself.
import { cssUrls } from './css-urls';
import { formVerdict, linkVerdict, resourceVerdict, srcsetUrls, type SiteOrigin, type UrlVerdict } from './url-policy';

export type FindingCode = 'event-handler' | 'script' | 'unsafe-url' | 'foreign-resource' | 'forbidden-element' | 'form-target' | 'unreadable';

export interface Finding {
  code: FindingCode;
  line?: number | undefined;
  /** What was found, as it would read in the source: `<img onerror="…">`. */
  what: string;
  /** The decoded value that broke the rule (an attribute value, a URL), to find its content file. */
  value?: string | undefined;
}

export interface ElementView {
  /** Local name, lowercase for HTML elements (`img`, `script`, `foreignobject` in SVG is kept as written). */
  name: string;
  namespace: 'html' | 'svg' | 'other';
  attrs: readonly { name: string; value: string }[];
  line?: number | undefined;
  /** Text content, for <script> and <style>. */
  text?: string | undefined;
}

export interface PolicyContext {
  site: SiteOrigin;
  /** The page's own path on the site (`/kommuner/aalborg/`), for relative URLs. */
  pagePath: string;
  /** Whether a same-origin path is one of the site's own script bundles. */
  ownScript: (pathname: string) => boolean;
}

const FORBIDDEN_ELEMENTS = new Set(['base', 'object', 'embed', 'iframe', 'frame', 'frameset', 'applet', 'portal', 'fencedframe', 'foreignobject']);

/** Attributes whose URL the browser loads by itself. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'poster', 'background', 'lowsrc', 'dynsrc', 'data', 'codebase', 'archive', 'classid', 'manifest', 'icon', 'ping']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/** Attributes holding a URL a reader may follow, or that a browser does not load by itself. */
const LINK_ATTRIBUTES = new Set(['href', 'cite', 'longdesc', 'usemap', 'profile', 'itemtype', 'itemid']);
const FORM_ATTRIBUTES = new Set(['action', 'formaction']);
/** `<link rel>` values that do not make the browser load anything. */
const NAVIGATIONAL_RELS = new Set([
  'alternate',
  'canonical',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'bookmark',
  'me',
  'external',
  'nofollow',
  'noopener',
  'noreferrer',
  'tag',
  'search',
]);
/** Script types a browser does not run (data blocks). */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);
/** SVG animation elements: they can set another attribute (`attributeName="href"`) to their values. */
const SVG_ANIMATION = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function tag(el: ElementView, attr?: { name: string; value: string }): string {
  return attr ? `<${el.name} ${attr.name}="${shorten(attr.value)}">` : `<${el.name}>`;
}

function urlFinding(
  verdict: UrlVerdict,
  el: ElementView,
  attr: { name: string; value: string },
  value: string,
  codeForOrigin: FindingCode,
): Finding | undefined {
  if (verdict.ok) return undefined;
  return { code: verdict.reason === 'scheme' ? 'unsafe-url' : codeForOrigin, line: el.line, what: tag(el, attr), value };
}

function attr(el: ElementView, name: string): string | undefined {
  return el.attrs.find((a) => a.name.toLowerCase() === name)?.value;
}

/** Whether a <script> runs: no type, a JavaScript type or `module` (anything but a data block). */
function isExecutable(el: ElementView): boolean {
  const type = attr(el, 'type')?.trim().toLowerCase();
  return type === undefined || !DATA_SCRIPT_TYPES.has(type);
}

function checkScript(el: ElementView, ctx: PolicyContext, out: Finding[]): void {
  if (el.namespace === 'html' && !isExecutable(el)) return;
  const src = el.namespace === 'html' ? attr(el, 'src') : (attr(el, 'href') ?? attr(el, 'xlink:href'));
  if (src === undefined) {
    out.push({ code: 'script', line: el.line, what: `<${el.name}>${shorten(el.text ?? '')}</${el.name}>`, value: el.text?.trim() || undefined });
    return;
  }
  const verdict = resourceVerdict(src, ctx.site, ctx.pagePath);
  const url = verdict.ok ? verdict.url : undefined;
  if (!url || url.protocol === 'data:' || !ctx.ownScript(url.pathname))
    out.push({ code: 'script', line: el.line, what: tag(el, { name: 'src', value: src }), value: src });
}

/** Where a `data:image/…` URL may stand: as a picture (an image's src/srcset, a video's poster, an SVG <image>). */
function takesDataImage(el: ElementView, name: string, attr: string): boolean {
  if (el.namespace === 'svg') return name === 'image' && /^(xlink:)?href$/.test(attr);
  return el.namespace === 'html' && ['img', 'source', 'input', 'video'].includes(name) && ['src', 'srcset', 'poster'].includes(attr);
}

/** A resource verdict, with `data:` refused where the URL is not a picture (`<use href="data:…">` is a document). */
function pictureAware(verdict: UrlVerdict, asPicture: boolean): UrlVerdict {
  return verdict.ok && verdict.url?.protocol === 'data:' && !asPicture ? { ok: false, reason: 'scheme', scheme: 'data:' } : verdict;
}

/** The findings for one element (its attributes and, for <style>, its text). */
export function checkElement(el: ElementView, ctx: PolicyContext): Finding[] {
  const out: Finding[] = [];
  const name = el.name.toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(name)) out.push({ code: 'forbidden-element', line: el.line, what: tag(el) });
  if (name === 'meta') {
    const equiv = attr(el, 'http-equiv')?.trim().toLowerCase();
    if (equiv === 'refresh' || equiv === 'set-cookie')
      out.push({ code: 'forbidden-element', line: el.line, what: tag(el, { name: 'http-equiv', value: equiv }) });
  }
  if (name === 'script') checkScript(el, ctx, out);
  if (name === 'style' && el.text) {
    for (const url of cssUrls(el.text)) {
      const f = urlFinding(resourceVerdict(url, ctx.site, ctx.pagePath), el, { name: 'style', value: url }, url, 'foreign-resource');
      if (f) out.push({ ...f, what: `<style> … url(${shorten(url)})` });
    }
  }
  const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const linkLoads = el.namespace === 'html' && name === 'link' && rels.some((r) => !NAVIGATIONAL_RELS.has(r));
  const animated = el.namespace === 'svg' && SVG_ANIMATION.has(name) ? (attr(el, 'attributename')?.trim().toLowerCase() ?? '') : '';
  const animatesUrl = /^(xlink:)?href$/.test(animated);
  // An animation that sets an event handler (`<set attributeName="onclick" to="…">`) is one.
  if (animated.slice(animated.indexOf(':') + 1).startsWith('on'))
    out.push({ code: 'event-handler', line: el.line, what: tag(el, { name: 'attributeName', value: animated }) });

  for (const a of el.attrs) {
    const n = a.name.toLowerCase();
    const local = n.replace(/^xlink:/, '');
    // Any prefix (`xlink:`, `svg:` in an XML file) stripped: an `on…` name is refused whatever its namespace.
    if (n.slice(n.indexOf(':') + 1).startsWith('on')) {
      out.push({ code: 'event-handler', line: el.line, what: tag(el, a), value: a.value });
      continue;
    }
    if (n === 'srcdoc') out.push({ code: 'forbidden-element', line: el.line, what: tag(el, a), value: a.value });
    if (n === 'style') {
      for (const url of cssUrls(a.value)) {
        const f = urlFinding(resourceVerdict(url, ctx.site, ctx.pagePath), el, a, url, 'foreign-resource');
        if (f) out.push(f);
      }
      continue;
    }
    let verdict: UrlVerdict | undefined;
    const asPicture = takesDataImage(el, name, n);
    if (RESOURCE_ATTRIBUTES.has(n) && name !== 'script') verdict = pictureAware(resourceVerdict(a.value, ctx.site, ctx.pagePath), asPicture);
    else if (FORM_ATTRIBUTES.has(n)) {
      const f = urlFinding(formVerdict(a.value, ctx.site, ctx.pagePath), el, a, a.value, 'form-target');
      if (f) out.push(f);
      continue;
    } else if (SRCSET_ATTRIBUTES.has(n)) {
      for (const url of srcsetUrls(a.value)) {
        const f = urlFinding(pictureAware(resourceVerdict(url, ctx.site, ctx.pagePath), asPicture), el, a, url, 'foreign-resource');
        if (f) out.push(f);
      }
      continue;
    } else if (local === 'href' && name !== 'script') {
      // In SVG every href but a link's is a reference the renderer loads (<use>, <image>, filters).
      const loads = linkLoads || (el.namespace === 'svg' && name !== 'a');
      verdict = loads ? pictureAware(resourceVerdict(a.value, ctx.site, ctx.pagePath), asPicture) : linkVerdict(a.value, ctx.site, ctx.pagePath);
    } else if (LINK_ATTRIBUTES.has(n)) verdict = linkVerdict(a.value, ctx.site, ctx.pagePath);
    else if (animatesUrl && ['values', 'to', 'from', 'by'].includes(n)) {
      for (const v of n === 'values' ? a.value.split(';') : [a.value]) {
        const f = urlFinding(resourceVerdict(v, ctx.site, ctx.pagePath), el, a, v, 'foreign-resource');
        if (f) out.push(f);
      }
      continue;
    }
    if (verdict) {
      const f = urlFinding(verdict, el, a, a.value, 'foreign-resource');
      if (f) out.push(f);
    }
  }
  return out;
}
