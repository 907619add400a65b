// An HTML page (or fragment) held to the site's policy (`element-policy.ts`), parsed with parse5:
// the HTML standard's parsing algorithm, as browsers run it, so whatever spelling reached the file
// (capitals, `/` between attributes, odd comment endings, duplicate attributes) is read as a browser
// reads it. Parsed with scripting off, so the inside of <noscript> is checked as markup too.
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { checkElement, type ElementView, type Finding, type PolicyContext } from './element-policy';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const NAMESPACES: Record<string, ElementView['namespace']> = {
  'http://www.w3.org/1999/xhtml': 'html',
  'http://www.w3.org/2000/svg': 'svg',
};

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function textOf(el: Element): string {
  return el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

function viewOf(el: Element, lineOffset: number): ElementView {
  return {
    name: el.tagName,
    namespace: NAMESPACES[el.namespaceURI] ?? 'other',
    attrs: el.attrs.map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value })),
    line: el.sourceCodeLocation ? el.sourceCodeLocation.startLine + lineOffset : undefined,
    text: el.tagName === 'script' || el.tagName === 'style' ? textOf(el) : undefined,
  };
}

function walk(root: Node, ctx: PolicyContext, lineOffset: number): Finding[] {
  const findings: Finding[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) findings.push(...checkElement(viewOf(node, lineOffset), ctx));
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    if (node.nodeName === 'template' && 'content' in node) stack.push(node.content);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The findings in a whole HTML document. Parsed without positions (a quarter faster); again with them only to report findings. */
export function checkHtmlDocument(html: string, ctx: PolicyContext): Finding[] {
  const findings = walk(parse(html, { scriptingEnabled: false }), ctx, 0);
  return findings.length ? walk(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }), ctx, 0) : findings;
}

/** The findings in an HTML fragment (e.g. an Atom entry's `type="html"` text), lines counted from `line`. */
export function checkHtmlFragment(html: string, ctx: PolicyContext, line = 1): Finding[] {
  return walk(parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }), ctx, line - 1);
}
