// Sätteri hast plugin: links the first mention of each glossary term on a Markdown/MDX page to
// its entry on /ordliste/ (`<a class="term" href="/ordliste/#soev">SØV</a>`), with the base path.
// Whole words only; abbreviations (all capitals, e.g. SØV) only as written, other forms in any
// case; never inside links, headings, code or <abbr>. One regular expression for all forms,
// compiled once per glossary, so a page costs one scan of its text nodes.
import type { Element, Text } from 'hast';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { isAbbreviation } from '../model';

/** What the plugin needs of a term (src/schemas/term.ts). */
export interface GlossaryTerm {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  aliases?: readonly string[] | undefined;
}

export interface Glossary {
  /** All forms of all terms as one pattern; undefined when the glossary is empty. */
  pattern: RegExp | undefined;
  /** The term a matched text stands for. */
  termOf(match: string): GlossaryTerm | undefined;
  size: number;
}

/** Elements whose text is never linked. */
const SKIP = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'svg',
  'button',
  'label',
  'dfn',
  'title',
]);

const escape = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const spaces = (form: string) => form.trim().replace(/\s+/g, ' ');

function formPattern(form: string): string {
  const exact = isAbbreviation(form);
  return [...spaces(form)]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return exact || lower === upper || lower.length !== 1 || upper.length !== 1 ? escape(ch) : `[${lower}${upper}]`;
    })
    .join('');
}

/** Compiles a glossary: one pattern over every form, longest first. An earlier term keeps a form two terms share. */
export function compileGlossary(terms: readonly GlossaryTerm[]): Glossary {
  const exact = new Map<string, GlossaryTerm>();
  const folded = new Map<string, GlossaryTerm>();
  for (const t of terms) {
    for (const form of [t.term, ...(t.abbreviation ? [t.abbreviation] : []), ...(t.aliases ?? [])].map(spaces)) {
      if (!form) continue;
      const [map, key] = isAbbreviation(form) ? [exact, form] : [folded, form.toLowerCase()];
      if (!map.has(key)) map.set(key, t);
    }
  }
  const forms = [...exact.keys(), ...folded.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(formPattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  return {
    pattern,
    termOf: (match) => {
      const form = spaces(match);
      return exact.get(form) ?? folded.get(form.toLowerCase());
    },
    size: terms.length,
  };
}

/** The pieces of `text` with each term's first mention (not in `linked`) as a link; undefined when nothing links. */
export function linkTerms(text: string, glossary: Glossary, linked: Set<string>, href: (id: string) => string): (Text | Element)[] | undefined {
  if (!glossary.pattern) return undefined;
  const parts: (Text | Element)[] = [];
  let last = 0;
  for (const m of text.matchAll(glossary.pattern)) {
    const term = glossary.termOf(m[0]);
    if (!term || linked.has(term.id)) continue;
    linked.add(term.id);
    if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
    const title = term.abbreviation ? `${term.term} (${term.abbreviation})` : term.term;
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(term.id), className: ['term'], title: `Ordliste: ${title}` },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (!parts.length) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

const SKIPPED_TAGS = [...SKIP].join('|');
const OPENS = new RegExp(`<(?:${SKIPPED_TAGS})(?=[\\s>/])`, 'i');
const CLOSES = new RegExp(`</(?:${SKIPPED_TAGS})\\s*>`, 'i');

/** In Markdown, inline HTML (`<abbr>RSV</abbr>`) is raw text beside the text node: an opening tag before it, not closed, skips it. */
function afterOpenRawTag(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return false;
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i] as HastNode | undefined;
    if (sibling?.type !== 'raw') continue;
    if (CLOSES.test(sibling.value)) return false;
    if (OPENS.test(sibling.value)) return true;
  }
  return false;
}

function insideSkipped(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p as HastNode)) {
    if (p.type === 'element' && SKIP.has(p.tagName)) return true;
    // MDX: <abbr>, <a> and the like written as JSX.
    if ((p.type === 'mdxJsxTextElement' || p.type === 'mdxJsxFlowElement') && p.name && SKIP.has(p.name)) return true;
  }
  return afterOpenRawTag(node, ctx);
}

/**
 * The plugin. `glossaryFor` gives the glossary of the document being compiled (by its file),
 * and is asked once per document; it should cache (see src/markdown/glossary.ts).
 */
export function termLinks(base: string, glossaryFor: (fileURL: URL | undefined) => Glossary): HastPluginEntry {
  const prefix = base.replace(/\/?$/, '/');
  const href = (id: string) => `${prefix}ordliste/#${id}`;
  return (doc) => {
    const glossary = glossaryFor(doc.fileURL);
    if (!glossary.pattern) return null;
    const probe = new RegExp(glossary.pattern.source, 'u');
    // Terms already linked on this page: the factory runs once per document.
    const linked = new Set<string>();
    return {
      name: 'term-links',
      text(node, ctx) {
        if (linked.size >= glossary.size || !probe.test(node.value) || insideSkipped(node, ctx)) return;
        const parts = linkTerms(node.value, glossary, linked, href);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
