// An SVG or XML file (images, the Atom feed, sitemaps) held to the site's policy
// (`element-policy.ts`), parsed with @xmldom/xmldom, a standards-based XML DOM parser: entities
// and character references are decoded before the policy sees a value. Also checked:
// `<?xml-stylesheet?>` (an XSLT sheet runs like a script) and Atom text constructs with
// `type="html"`, whose text a feed reader renders as HTML (checked with the HTML policy).
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { checkElement, type ElementView, type Finding, type PolicyContext } from './element-policy';
import { checkHtmlFragment } from './html-policy';
import { resourceVerdict } from './url-policy';

const NAMESPACES: Record<string, ElementView['namespace']> = {
  'http://www.w3.org/1999/xhtml': 'html',
  'http://www.w3.org/2000/svg': 'svg',
};
const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_TEXT = new Set(['title', 'subtitle', 'summary', 'content', 'rights']);

const ELEMENT_NODE = 1;
const PROCESSING_INSTRUCTION_NODE = 7;

function viewOf(el: Element): ElementView {
  const attrs: { name: string; value: string }[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    attrs.push({ name: a.name, value: a.value });
  }
  const name = el.localName ?? el.nodeName;
  return {
    name,
    namespace: NAMESPACES[el.namespaceURI ?? ''] ?? 'other',
    attrs,
    line: el.lineNumber,
    text: name === 'script' || name === 'style' ? (el.textContent ?? '') : undefined,
  };
}

/** A processing instruction's pseudo-attribute (`href="…"` in `<?xml-stylesheet href="…"?>`). */
function pseudoAttribute(data: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(data);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The findings in an SVG or XML document; a file no XML parser can read is itself a finding. */
export function checkXmlDocument(xml: string, ctx: PolicyContext, mimeType: 'image/svg+xml' | 'application/xml' = 'application/xml'): Finding[] {
  const errors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, mimeType);
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  if (!doc || errors.length) return [{ code: 'unreadable', what: (errors[0] ?? 'ukendt fejl').split('\n')[0]!.slice(0, 160) }];
  const findings: Finding[] = [];
  const stack: Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === PROCESSING_INSTRUCTION_NODE && node.nodeName === 'xml-stylesheet') {
      const href = pseudoAttribute(node.nodeValue ?? '', 'href');
      if (href !== undefined && !resourceVerdict(href, ctx.site, ctx.pagePath).ok) {
        findings.push({ code: 'foreign-resource', line: node.lineNumber, what: `<?xml-stylesheet href="${href}"?>`, value: href });
      }
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      findings.push(...checkElement(viewOf(el), ctx));
      if (el.namespaceURI === ATOM && ATOM_TEXT.has(el.localName ?? '') && el.getAttribute('type')?.trim().toLowerCase() === 'html') {
        findings.push(...checkHtmlFragment(el.textContent ?? '', ctx, el.lineNumber ?? 1));
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children.item(i)!);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
