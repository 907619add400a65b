// MDX and Markdown bodies, checked on the page's one parse (src/model/parse/page.ts: Sätteri's
// tree, the one the build renders, raw HTML parsed as a browser does): a syntax error with its
// line, then every link (fragments included), image and component against the pages the site
// will have. The parser's syntax errors are put in Danish by matching its messages (it has no
// error codes), never the page's text.
import GithubSlugger from 'github-slugger';
import { editDistance } from './closest';
import type { Problem } from './problem';
import { problem, type MdxSyntax } from './problems';
import type { ParsedPage, TreeNode } from './parse/page';
import { imageSourceProblem, urlKind } from './rules/urls';

type Node = TreeNode;

/** The parser's messages this check recognises, and what each means (the catalogue words them). */
const MDX_ERRORS: [RegExp, (m: RegExpExecArray) => MdxSyntax][] = [
  [/Expected a closing tag for `<([^>]*)>`/, (m) => ({ kind: 'unclosed-tag', tag: m[1]! })],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => ({ kind: 'wrong-closing-tag', closing: m[1]!, open: m[2]! }),
  ],
  [/to create a link in MDX, use `\[text\]\(url\)`/, () => ({ kind: 'autolink' })],
  [/Unexpected character .* before name, expected a character that can start a name/, () => ({ kind: 'lone-angle-bracket' })],
  [/expected a corresponding closing brace for `\{`/, () => ({ kind: 'unclosed-brace' })],
  [/Could not parse expression/, () => ({ kind: 'unreadable-expression' })],
  [/Unexpected end of file/, () => ({ kind: 'end-of-file' })],
];

/** The parser's error of a page that is not valid MDX, as a problem with its line. */
export function syntaxProblem(page: ParsedPage, file: string): Problem | undefined {
  if (!page.syntaxError) return undefined;
  const { message, line } = page.syntaxError;
  // The parser appends its rule name in parentheses, `(micromark-extension-mdx-jsx:unexpected-eof)`.
  const open = message.lastIndexOf(' (');
  const detail = (open > 0 && message.endsWith(')') && message.slice(open).includes(':') ? message.slice(0, open) : message).trim();
  const known = MDX_ERRORS.map(([re, say]) => [re.exec(detail), say] as const).find(([hit]) => hit);
  return problem('mdx-syntax', { file, line }, { syntax: known ? known[1](known[0]!) : { kind: 'other' }, detail });
}

export interface BodyCheckContext {
  file: string;
  /** Site paths that will exist (see pages.ts), e.g. `kommuner/aalborg/`. */
  paths: ReadonlySet<string>;
  /** Site paths that exist only as drafts (not in the production build). */
  draftPaths: ReadonlySet<string>;
  /** Files in public/, as site paths (`favicon.svg`). */
  publicFiles: ReadonlySet<string>;
  /** The page's own site path (`guide/en-indgang/`), for `#fragment` links. */
  ownPath?: string;
  /** The ids on content pages, by site path, for `#fragment` links; a page not listed is not checked. */
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ids the site's templates put on every kind of page (table of contents, sections). */
  templateAnchors?: ReadonlySet<string>;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const isJsx = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** An element's attribute as text: a hast property, or a plain MDX JSX attribute. */
function attribute(node: Node, name: string): { present: boolean; value: unknown } {
  if (node.type === 'element') {
    const value = node.properties?.[name];
    return { present: value !== undefined && value !== null, value };
  }
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return { present: attr !== undefined, value: attr?.value };
}

const tagOf = (n: Node) => (n.type === 'element' ? n.tagName : isJsx(n) ? n.name : undefined);

function textOf(n: Node): string {
  if (n.type === 'text') return n.value ?? '';
  return (n.children ?? []).map(textOf).join('');
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The ids a page's body gives it, as the build makes them: headings get github-slugger's slug of
 * their text (Astro's heading ids) unless they have an id; any element's own id; footnotes' ids;
 * and for interviews each answer's question id (the <Answer> component's anchor).
 */
export function bodyAnchors(tree: Node, answers: readonly string[] = []): Set<string> {
  const ids = new Set<string>(answers);
  const slugger = new GithubSlugger();
  walk(tree, (n) => {
    const tag = tagOf(n);
    if (!tag) return;
    const id = attribute(n, 'id').value;
    if (typeof id === 'string') ids.add(id);
    else if (n.type === 'element' && HEADINGS.has(tag)) ids.add(slugger.slug(textOf(n)));
  });
  return ids;
}

/** Problems with one internal link target; undefined when it is fine. */
function linkProblem(url: string, ctx: BodyCheckContext, line: number | undefined): Problem | undefined {
  const at = { file: ctx.file, line, field: 'link', value: url };
  const kind = urlKind(url);
  if (url === '' || (kind !== 'site' && kind !== 'relative' && kind !== 'fragment')) return undefined;
  if (kind === 'fragment') return fragmentProblem(ctx.ownPath, url.slice(1), ctx, at);
  if (kind === 'relative') {
    return problem('broken-link', at, { kind: 'relative' });
  }
  const hash = url.indexOf('#');
  const query = url.indexOf('?');
  const cut = [hash, query].filter((i) => i >= 0);
  const pathOnly = decodeURI(cut.length ? url.slice(0, Math.min(...cut)) : url).slice(1);
  if (ctx.paths.has(pathOnly) || ctx.publicFiles.has(pathOnly)) return hash >= 0 ? fragmentProblem(pathOnly, url.slice(hash + 1), ctx, at) : undefined;
  if (!pathOnly.endsWith('/') && ctx.paths.has(`${pathOnly}/`)) {
    return problem('broken-link', at, { kind: 'trailing-slash', path: pathOnly });
  }
  if (ctx.draftPaths.has(pathOnly)) {
    return problem('draft-link', at, { path: pathOnly });
  }
  const suggestions = [...ctx.paths]
    .map((p) => ({ p, d: editDistance(pathOnly, p) }))
    .sort((a, b) => a.d - b.d || a.p.localeCompare(b.p))
    .slice(0, 2)
    .map((x) => `/${x.p}`);
  return problem('unknown-page', { ...at, target: `page/${pathOnly}` }, { path: pathOnly, suggestions });
}

/** A `#fragment` that the target page (a content page whose ids are known) does not have. */
function fragmentProblem(
  target: string | undefined,
  fragment: string,
  ctx: BodyCheckContext,
  at: { file: string; line: number | undefined; field: string; value: string },
): Problem | undefined {
  const ids = target === undefined ? undefined : ctx.anchors?.get(target);
  if (!ids || fragment === '') return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  if (ids.has(id) || ctx.templateAnchors?.has(id)) return undefined;
  const near = [...ids]
    .map((x) => ({ x, d: editDistance(id, x) }))
    .sort((a, b) => a.d - b.d || a.x.localeCompare(b.x))
    .slice(0, 3)
    .map((x) => `#${x.x}`);
  return problem('missing-fragment', at, { page: target === ctx.ownPath ? undefined : target, id, near });
}

/** Links to pages (and fragments) that do not exist, images that are not files of the site, images without alt text. */
export function checkBody(tree: Node, ctx: BodyCheckContext): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (n) => {
    const tag = tagOf(n);
    if (tag !== 'a' && tag !== 'img') return;
    const line = n.position?.start.line;
    const at = { file: ctx.file, ...(line !== undefined ? { line } : {}) };
    const jsx = isJsx(n);
    if (tag === 'a') {
      const href = attribute(n, 'href').value;
      // A site path in raw HTML of a .md file is refused by the safety rule (it would miss the base path).
      if (typeof href === 'string' && n.data?.['origin'] !== 'raw') {
        const p = linkProblem(href, ctx, line);
        if (p) problems.push(p);
      }
      return;
    }
    const src = attribute(n, 'src').value;
    const srcProblem = typeof src === 'string' ? imageSourceProblem(src, ctx.publicFiles, at) : undefined;
    if (srcProblem) problems.push(srcProblem);
    const alt = attribute(n, 'alt');
    if (!srcProblem && (!alt.present || (typeof alt.value === 'string' && !alt.value.trim()))) {
      problems.push(problem('image-alt', { ...at, field: 'billede', value: src }, { jsx }));
    }
  });
  return problems;
}

/** Lines of the text that hold a placeholder ("UDFYLD"), counted in the file. */
export function placeholderLines(source: string, marker: string): number[] {
  return source.split('\n').flatMap((l, i) => (l.includes(marker) ? [i + 1] : []));
}
