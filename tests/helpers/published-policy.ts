// The published-output policy the hostile-content property holds accepted content to: the HTML
// is parsed as a browser parses it (hast-util-from-html, parse5), then no script, frame, object,
// embed, base, meta refresh, style or link element; no inline event handler; no javascript:,
// vbscript: or data: URL; no resource (src, srcset, poster, data) from another origin; forms only
// to the site. Returns what breaks it, empty when the page is safe.
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { find, html as htmlSpace } from 'property-information';

const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'style', 'link', 'applet', 'portal', 'template']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'srcset',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
]);
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc']);

/** A URL as a browser reads its scheme: control characters and whitespace dropped, lower case. */
function scheme(url: string): string {
  let out = '';
  for (const ch of url) if (ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) !== 0x7f) out += ch.toLowerCase();
  return out;
}

const isRemote = (url: string) => {
  const u = scheme(url);
  return u.startsWith('//') || u.startsWith('/\\') || u.startsWith('\\\\') || (u.includes(':') && !u.startsWith('/') && !u.startsWith('#'));
};

/** The policy on a page's `<main>` (what content becomes), or on the whole text when it has none. */
export function mainViolations(html: string): string[] {
  const tree = fromHtml(html);
  let main: Nodes | undefined;
  const find = (node: Nodes) => {
    if (main) return;
    if (node.type === 'element' && node.tagName === 'main') main = node;
    else if ('children' in node) node.children.forEach(find);
  };
  find(tree);
  return main ? violationsIn(main) : policyViolations(html);
}

export function policyViolations(html: string): string[] {
  return violationsIn(fromHtml(html, { fragment: true }));
}

function violationsIn(root: Nodes): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
      for (const [property, value] of Object.entries(node.properties)) {
        const attribute = find(htmlSpace, property).attribute.toLowerCase();
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (attribute.startsWith('on')) found.push(`<${tag} ${attribute}>`);
        if (tag === 'meta' && attribute === 'http-equiv' && text.toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
        if (!URL_ATTRIBUTES.has(attribute)) continue;
        const s = scheme(text);
        if (s.startsWith('javascript:') || s.startsWith('vbscript:') || s.startsWith('data:')) found.push(`<${tag} ${attribute}="${text}">`);
        if (RESOURCE_ATTRIBUTES.has(attribute) && isRemote(text)) found.push(`remote <${tag} ${attribute}="${text}">`);
        if ((attribute === 'action' || attribute === 'formaction') && isRemote(text)) found.push(`<${tag} ${attribute}> to another site`);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}
