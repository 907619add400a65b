// Files editors can place in public/ (pictures in public/billeder/, documents), checked by their
// content, not their name: an allowed type recognised by its first bytes and matching its
// extension, within the size budget, and an SVG only as a plain picture: no script, no event
// handler, no <foreignObject>, nothing loaded from elsewhere. Everything else (HTML pages,
// scripts, style sheets, unknown types) is refused: public/ is published as it is.
// Part of the content check, so `npm run tjek` and the build give the same Danish error.
//
// Magic bytes by hand: the check is synchronous (like the rest of the content check) and
// `file-type`, the field library, is async-only; the six picture formats and PDF are fixed
// signatures from their specifications.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem';
import { problem, type SvgFinding } from './problems';
import { walkFiles } from './walk';
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { checkXmlDocument } from './policy/xml-policy';
import { cssUrls } from './policy/css-urls';
import type { PolicyContext } from './policy/element-policy';

type FileType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'ico' | 'svg' | 'pdf';

/** The types editors may place, their extensions, names and size budgets (bytes). One place for all. */
export const PUBLIC_FILE_TYPES: Record<FileType, { extensions: readonly string[]; label: string; maxBytes: number }> = {
  png: { extensions: ['.png'], label: 'PNG-billede', maxBytes: 2_000_000 },
  jpeg: { extensions: ['.jpg', '.jpeg'], label: 'JPEG-billede', maxBytes: 2_000_000 },
  gif: { extensions: ['.gif'], label: 'GIF-billede', maxBytes: 2_000_000 },
  webp: { extensions: ['.webp'], label: 'WebP-billede', maxBytes: 2_000_000 },
  avif: { extensions: ['.avif'], label: 'AVIF-billede', maxBytes: 2_000_000 },
  ico: { extensions: ['.ico'], label: 'ikon', maxBytes: 200_000 },
  svg: { extensions: ['.svg'], label: 'SVG-tegning', maxBytes: 500_000 },
  pdf: { extensions: ['.pdf'], label: 'PDF-dokument', maxBytes: 20_000_000 },
};

const ascii = (bytes: Buffer, start: number, text: string) => bytes.subarray(start, start + text.length).toString('latin1') === text;

/** The type a file's bytes show, or undefined when they are none of the allowed types. */
export function sniffType(bytes: Buffer): FileType | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 4, 'ftyp') && (ascii(bytes, 8, 'avif') || ascii(bytes, 8, 'avis'))) return 'avif';
  if (bytes.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0]))) return 'ico';
  if (ascii(bytes, 0, '%PDF-')) return 'pdf';
  return isSvg(bytes) ? 'svg' : undefined;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parses text as XML; undefined when it is not well-formed. */
function parseXml(text: string): Document | undefined {
  let failed = false;
  try {
    const doc = new DOMParser({ onError: (level) => void (level !== 'warning' && (failed = true)) }).parseFromString(text, 'image/svg+xml');
    return failed ? undefined : doc;
  } catch {
    return undefined;
  }
}

/** SVG is text: well-formed XML whose root is an SVG <svg> element. */
function isSvg(bytes: Buffer): boolean {
  if (bytes.length > 20_000_000 || bytes.includes(0)) return false;
  const root = parseXml(bytes.toString('utf8'))?.documentElement;
  return root?.localName === 'svg' && root.namespaceURI === SVG_NS;
}

/** The site itself, for the SVG policy: an editor's SVG may refer only to its own #fragments. */
const SVG_CONTEXT: PolicyContext = { site: { origin: 'https://public.invalid', base: '/' }, pagePath: '/', ownScript: () => false };

/** References outside the drawing (href, src, CSS url() not to a #fragment, processing instructions such as <?xml-stylesheet?>) and DTD entities, read from the parse. */
function outsideReferences(doc: Document): SvgFinding[] {
  const found: SvgFinding[] = [];
  const at = (what: string): SvgFinding => ({ kind: 'found', what });
  if (doc.doctype?.internalSubset?.trim()) found.push({ kind: 'doctype' });
  const stack: Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 7 && node.nodeName.toLowerCase() !== 'xml') found.push(at(`<?${node.nodeName} ${node.nodeValue ?? ''}?>`));
    if (node.nodeType === 1) {
      const el = node as Element;
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes.item(i)!;
        const urls = a.localName === 'href' || a.localName === 'src' ? [a.value] : a.localName === 'style' ? cssUrls(a.value) : [];
        for (const u of urls) if (!u.trim().startsWith('#')) found.push(at(`<${el.localName} ${a.name}="${u}">`));
      }
      if (el.localName === 'style') for (const u of cssUrls(el.textContent ?? '')) if (!u.trim().startsWith('#')) found.push(at(`<style> … url(${u})`));
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes.item(i)!);
  }
  return found;
}

/** What an SVG an editor placed holds that a drawing may not (the catalogue words it), or an empty list. */
export function svgProblems(text: string): SvgFinding[] {
  const problems = checkXmlDocument(text, SVG_CONTEXT, 'image/svg+xml').map((f): SvgFinding =>
    f.code === 'unreadable' ? { kind: 'unreadable', what: f.what } : { kind: 'found', what: f.what, line: f.line },
  );
  const doc = problems.length ? undefined : parseXml(text);
  // Stricter than the page policy: no reference outside the drawing, even to the site.
  if (doc) problems.push(...outsideReferences(doc));
  return problems;
}

const ALLOWED = Object.values(PUBLIC_FILE_TYPES)
  .map((t) => `${t.label} (${t.extensions.join(', ')})`)
  .join(', ');

/** Every problem with the files in public/, each naming the file relative to `root`. */
export function checkPublicFiles(publicDir: string, root: string): Problem[] {
  const problems: Problem[] = [];
  if (!existsSync(publicDir)) return problems;
  for (const { path: full, symlink } of walkFiles(publicDir)) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (symlink) {
      // A link would publish whatever it points to (anywhere on the build machine).
      problems.push(problem('symlink', { file }, { in: 'public' }));
      continue;
    }
    const ext = path.extname(full).toLowerCase();
    const size = lstatSync(full).size;
    const bytes = readFileSync(full);
    const type = sniffType(bytes);
    if (!type && ext === '.svg') {
      problems.push(problem('public-svg', { file }, { kind: 'unreadable' }));
      continue;
    }
    if (!type) {
      problems.push(problem('public-file-type', { file }, { ext, allowed: ALLOWED }));
      continue;
    }
    const spec = PUBLIC_FILE_TYPES[type];
    if (!spec.extensions.includes(ext)) {
      problems.push(problem('public-file-extension', { file }, { ext, label: spec.label, extension: spec.extensions[0]! }));
      continue;
    }
    if (size > spec.maxBytes) {
      problems.push(problem('public-file-size', { file }, { bytes: size, label: spec.label, maxBytes: spec.maxBytes }));
    }
    if (type === 'svg') {
      const found = svgProblems(bytes.toString('utf8'));
      if (found.length) {
        problems.push(problem('public-svg', { file }, { kind: 'not-a-drawing', found }));
      }
    }
  }
  return problems;
}
