// The one parse of an MDX/Markdown page: Sätteri (the processor Astro renders with, with the
// site's features) turns the whole file into a hast tree with positions that are the file's own
// lines; the front matter is the tree's YAML node. Raw HTML in `.md` is parsed into the tree as a
// browser parses the built page (hast-util-raw, parse5), so the check sees what a reader's browser
// would. The check (mdx-safety.ts, the body rules), the interview answers (answers.ts), the
// comparison page and the open data all read this tree. Parsed once per file text and process.
import { markdownToHast, mdxToHast } from 'satteri';
import { raw } from 'hast-util-raw';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { MARKDOWN_FEATURES } from './features';

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A node of the parsed tree: hast, plus the MDX nodes (JSX, expressions, ESM) of `.mdx` files. */
export interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  children?: TreeNode[];
  position?: { start: Point; end: Point };
  data?: Record<string, unknown>;
}

export interface ParsedPage {
  /** Front matter text, and the number of lines before it in the file (the opening ---). */
  frontmatter?: { text: string; lineOffset: number };
  /** The text after the front matter, as Astro's loaders hand it on. */
  body: string;
  /** The rendered tree (undefined on a syntax error). Raw HTML of `.md` is parsed; `origin` marks it. */
  tree?: TreeNode;
  /** The parser's error, when the file is not valid MDX. */
  syntaxError?: { message: string; line?: number };
}

/** Raw-HTML element nodes carry `data.origin = 'raw'` (their start offset lies in a raw node of the source tree). */
export const RAW = 'raw';

interface Marked extends TreeNode {
  data?: Record<string, unknown>;
}

function rawRanges(tree: TreeNode): [number, number][] {
  const out: [number, number][] = [];
  const visit = (n: TreeNode) => {
    if (n.type === 'raw' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined)
      out.push([n.position.start.offset, n.position.end.offset]);
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

function markRaw(tree: TreeNode, ranges: [number, number][]): void {
  const visit = (n: Marked, parent: Marked | undefined) => {
    // An element without a position was made, not written: by Sätteri (footnotes) or by the HTML
    // parser (an implied <tbody>). It takes its parent's origin, and its parent's line for problems.
    const start = (n.position as Partial<NonNullable<TreeNode['position']>> | undefined)?.start;
    if (!start && parent?.position) n.position = parent.position;
    const at = start?.offset;
    const raw = at === undefined ? parent?.data?.['origin'] === RAW : ranges.some(([s, e]) => at >= s && at < e);
    if (n.type === 'element' && raw) n.data = { ...n.data, origin: RAW };
    for (const c of n.children ?? []) visit(c, n);
  };
  visit(tree, undefined);
}

/** Converts parser text (a `line:column: message` string) into a line and message. */
function syntaxErrorOf(err: unknown): { message: string; line?: number } {
  const text = err instanceof Error ? err.message : String(err);
  const colon = text.indexOf(':');
  const line = Number(text.slice(0, colon));
  if (colon > 0 && Number.isInteger(line)) {
    const rest = text.slice(colon + 1);
    const second = rest.indexOf(':');
    return { line, message: (second >= 0 && Number.isInteger(Number(rest.slice(0, second))) ? rest.slice(second + 1) : rest).trim() };
  }
  return { message: text };
}

/**
 * The front matter as Sätteri reads it: a first line `---` (after a byte-order mark), up to the
 * next line that is `---` or `...`. Sätteri leaves it out of the hast tree, so its place is found here, by
 * lines; tests/unit/page-parse.test.ts holds it to Sätteri's own front matter node.
 */
function splitFrontmatter(text: string): { frontmatter?: { text: string; lineOffset: number }; body: string } {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = text.slice(start).split('\n');
  const fence = (line: string | undefined, ...marks: string[]) => line !== undefined && marks.includes(line.trimEnd());
  if (!fence(lines[0], '---')) return { body: text };
  const close = lines.findIndex((line, i) => i > 0 && fence(line, '---', '...'));
  if (close < 0) return { body: text };
  const yaml = lines.slice(1, close).join('\n');
  return { frontmatter: { text: yaml.endsWith('\r') ? yaml.slice(0, -1) : yaml, lineOffset: 1 }, body: lines.slice(close + 1).join('\n') };
}

/** Parses a page's whole text once (no cache; see parsePage). */
function parseUncached(text: string, isMdx: boolean): ParsedPage {
  const features = MARKDOWN_FEATURES;
  const split = splitFrontmatter(text);
  if (!isMdx) {
    const hast = markdownToHast(text, { features }) as unknown as TreeNode;
    const ranges = rawRanges(hast);
    const tree = ranges.length ? (raw(hast as unknown as Root, { file: new VFile(text) }) as unknown as TreeNode) : hast;
    if (ranges.length) markRaw(tree, ranges);
    return { ...split, tree };
  }
  try {
    return { ...split, tree: mdxToHast(text, { features }) as unknown as TreeNode };
  } catch (err) {
    // The MDX is broken: its front matter is still read, so its fields are checked too.
    return { ...split, syntaxError: syntaxErrorOf(err) };
  }
}

const SLOT = Symbol.for('vidensbank.parsed-pages');
const cache = ((globalThis as Record<symbol, unknown>)[SLOT] ??= new Map()) as Map<string, ParsedPage>;

/**
 * The parse of a page's text, computed once per text and process: the check, the loaders' entries,
 * the pages, the answers and the open data all get the same tree. The cache is keyed by the text
 * itself, so an edited file is parsed again; it is emptied when it grows past the site's size.
 */
export function parsePage(text: string, isMdx: boolean): ParsedPage {
  const key = `${isMdx ? 'x' : 'm'}${text}`;
  let parsed = cache.get(key);
  if (!parsed) {
    if (cache.size > 20_000) cache.clear();
    parsed = parseUncached(text, isMdx);
    cache.set(key, parsed);
    // Astro's loaders hold the body without its front matter: the pages that ask for it get this same parse.
    if (parsed.frontmatter) cache.set(`${isMdx ? 'x' : 'm'}${parsed.body}`, parsed);
  }
  return parsed;
}
