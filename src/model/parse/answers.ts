// Interview answers, read from the one parse of the interview's MDX (src/model/parse/page.ts):
// each `<Answer question="id">…</Answer>` is an MDX JSX element in the tree, however it is
// spelt (quotes, spacing, line breaks, nested markup); comments `{/* … */}` are not elements, so
// an answer inside one does not count. The check (answers must name a known question), the
// relations (answers by question), the interview page, the comparison page
// (`/interviews/spoergsmaal/…`) and the open-data download `interviewsvar` all read these, and
// the answers' HTML and text are made from the same tree the check passed.
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import { baseUrl, isExternal } from '../rules/urls';
import { CONTENT_SCHEMA, propertyOf } from '../rules/sanitize-schema';
import { parsePage, type TreeNode } from './page';

export interface ParsedAnswer {
  /** The question id (`question="…"` as plain text). */
  question: string;
  /** 1-based line of the <Answer> tag in its file (when parsed with its front matter). */
  line?: number;
  /** The answer's content: the tree inside the tag. */
  children: TreeNode[];
}

const ANSWER = 'Answer';
const isJsx = (n: TreeNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** The answers in a parsed tree, in order. An <Answer> without a plain-text question is left to the safety rule. */
export function answersInTree(tree: TreeNode | undefined): ParsedAnswer[] {
  const out: ParsedAnswer[] = [];
  const visit = (n: TreeNode) => {
    if (isJsx(n) && n.name === ANSWER) {
      const attr = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'question');
      if (typeof attr?.value === 'string') {
        out.push({ question: attr.value, ...(n.position ? { line: n.position.start.line } : {}), children: n.children ?? [] });
        return;
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  if (tree) visit(tree);
  return out;
}

/** True when the tree has an <Answer> tag at all (with or without a usable question). */
export function hasAnswerTag(tree: TreeNode | undefined): boolean {
  const visit = (n: TreeNode): boolean => (isJsx(n) && n.name === ANSWER) || (n.children ?? []).some(visit);
  return tree ? visit(tree) : false;
}

/** The answers of an interview body (the text after its front matter, as Astro's loaders hold it). */
export function answersOf(body: string): ParsedAnswer[] {
  return answersInTree(parsePage(body, true).tree);
}

/** The question ids an interview body answers, in order. */
export function answeredQuestions(body: string): string[] {
  return answersOf(body).map((a) => a.question);
}

/** The tree as the page renders it: MDX HTML elements as elements, comments dropped, site paths with the base path. */
function toElements(nodes: readonly TreeNode[], withBase: (url: string) => string, demote: number): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) {
    if (n.type === 'text') out.push({ type: 'text', value: n.value ?? '' });
    else if (n.type === 'element' || (isJsx(n) && n.name && n.name[0] === n.name[0]!.toLowerCase())) {
      const tagName = (n.tagName ?? n.name ?? '').toLowerCase();
      const properties: Record<string, unknown> = n.type === 'element' ? { ...n.properties } : {};
      if (n.type !== 'element') {
        for (const a of n.attributes ?? [])
          if (a.type === 'mdxJsxAttribute' && a.name) properties[propertyOf(a.name.toLowerCase())] = typeof a.value === 'string' ? a.value : true;
      }
      for (const key of ['href', 'src']) if (typeof properties[key] === 'string') properties[key] = withBase(properties[key]);
      if (tagName === 'a' && typeof properties['href'] === 'string' && isExternal(properties['href'])) properties['rel'] = ['noopener'];
      const level = tagName.length === 2 && tagName[0] === 'h' ? Number(tagName[1]) : NaN;
      const name = Number.isInteger(level) ? `h${Math.min(level + demote, 6)}` : tagName;
      out.push({ type: 'element', tagName: name, properties: properties as Element['properties'], children: toElements(n.children ?? [], withBase, demote) });
    } else if (isJsx(n)) out.push(...toElements(n.children ?? [], withBase, demote));
    // MDX expressions (only comments pass the check), ESM and raw text never reach the answer.
  }
  return out;
}

/** An answer as HTML for the comparison page: headings demoted under the page's own, held to the one allowlist. */
export function answerHtml(answer: ParsedAnswer, base: string): string {
  const tree: Root = { type: 'root', children: toElements(answer.children, baseUrl(base), 2) };
  // The check has already refused anything outside the allowlist; sanitizing here keeps the page safe even without it.
  const schema = { ...CONTENT_SCHEMA, attributes: { ...CONTENT_SCHEMA.attributes, a: [...(CONTENT_SCHEMA.attributes?.['a'] ?? []), ['rel', 'noopener']] } };
  return toHtml(sanitize(tree, schema as typeof CONTENT_SCHEMA));
}

const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'summary',
  'div',
  'table',
  'ul',
  'ol',
  'dl',
  'details',
  'figure',
]);

/** An answer as plain text (open data): links keep their text, marks go, paragraphs are separated by a blank line, list items start with "– ". */
export function answerText(answer: ParsedAnswer): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.split(/\s+/).join(' ').trim();
    if (text === '–') return; // a list item whose text is in a paragraph: the dash goes in front of it
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (nodes: readonly TreeNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') current += n.value ?? '';
      else if (n.type === 'element' || isJsx(n)) {
        const tag = (n.tagName ?? n.name ?? '').toLowerCase();
        if (tag === 'br') current += ' ';
        if (BLOCKS.has(tag)) {
          flush();
          if (tag === 'li') current = '– ';
          visit(n.children ?? []);
          flush();
        } else visit(n.children ?? []);
      }
    }
  };
  visit(answer.children);
  flush();
  return blocks.join('\n\n');
}
