// MDX is code: `{…}`, `import` and `export` run at build time with the build machine's
// environment and files. Content here is data, so a body may only hold Markdown, comments
// `{/* … */}`, the documented author components with plain text props, and allowed plain HTML
// with safe URLs. The rule reads the page's rendered tree (src/model/parse/page.ts: Sätteri's
// hast, raw HTML of `.md` parsed as a browser parses it), so every spelling of a tag, an
// attribute or a URL is seen as the reader's browser sees it. Each element is held to the one
// allowlist (sanitize-schema.ts, hast-util-sanitize's format): whatever the sanitizer would strip
// is an error here, never silently removed. The same rule runs in `npm run tjek`
// (src/model/check.ts) and inside the build's Markdown/MDX processor (src/markdown/content-safety.ts).
import { sanitize } from 'hast-util-sanitize';
import type { Element, Root } from 'hast';
import { closest } from '../closest';
import type { Problem } from '../problem';
import { problem } from '../problems';
import { parsePage, RAW, type TreeNode } from '../parse/page';
import { URL_ATTRIBUTES, allowedAttributes, isEventHandler } from './allowed-html';
import { AUTHOR_COMPONENTS } from './author-components';
import { attributeOf, CONTENT_SCHEMA, GENERATED_ELEMENTS, propertyOf } from './sanitize-schema';
import { unsafeUrlProblem, urlKind } from './urls';
import { decodeHTMLAttribute } from 'entities/decode';

/** An attribute's value as text (numbers and booleans as written; anything else as nothing). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

export type MdNode = TreeNode;

/** True when an MDX expression is only a comment, `{/* … *\/}` (the expression's own text, not the file's). */
export function isCommentOnly(expression: string): boolean {
  const t = expression.trim();
  return t.startsWith('/*') && t.endsWith('*/') && t.length >= 4 && !t.slice(2, -2).includes('*/');
}

function short(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

interface Tag {
  name: string;
  attributes: { name: string; value: string | undefined; expression?: boolean; spread?: boolean }[];
  line: number | undefined;
  /** Where the element comes from: MDX JSX, raw HTML in a `.md` file, or Markdown itself. */
  origin: 'jsx' | 'raw' | 'markdown';
  /** The element's hast properties, as the page will carry them. */
  properties: Record<string, unknown>;
}

const TAGS: ReadonlySet<string> = new Set(CONTENT_SCHEMA.tagNames ?? []);

/** The properties the one allowlist keeps on an element (hast-util-sanitize on the element alone). */
function keptProperties(tagName: string, properties: Record<string, unknown>): Record<string, unknown> {
  const element: Element = { type: 'element', tagName, properties: properties as Element['properties'], children: [] };
  const clean = sanitize({ type: 'root', children: [element] }, CONTENT_SCHEMA) as Root;
  const first = clean.children[0];
  return first?.type === 'element' ? first.properties : {};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Problems with one plain HTML element (JSX in MDX, raw HTML in Markdown, or what Markdown made). */
function elementProblems(tag: Tag, file: string): Problem[] {
  const at = { file, ...(tag.line !== undefined ? { line: tag.line } : {}) };
  const element = tag.name.toLowerCase();
  // Markdown makes these itself (footnotes, task lists); an editor may not write them.
  if (!TAGS.has(element) || (tag.origin !== 'markdown' && GENERATED_ELEMENTS.includes(element))) {
    return [problem('html-element', { ...at, field: 'html', value: `<${tag.name}>` }, { kind: 'not-allowed', tag: tag.name, element })];
  }
  const problems: Problem[] = [];
  const allowed = allowedAttributes(element);
  const kept = keptProperties(element, tag.properties);
  for (const attr of tag.attributes) {
    if (attr.spread) {
      problems.push(problem('mdx-expression', { ...at, field: `<${element}>`, value: `{${short(attr.name)}}` }, { kind: 'spread-on-element', element }));
      continue;
    }
    const name = attr.name;
    if (isEventHandler(name)) {
      problems.push(problem('html-event-handler', { ...at, field: `<${element}> ${name}`, value: attr.value ?? name }, { name, element }));
      continue;
    }
    if (attr.expression) {
      problems.push(
        problem('mdx-expression', { ...at, field: `<${element}> ${name}`, value: `{${short(attr.value ?? '')}}` }, { kind: 'attribute-on-element', name }),
      );
      continue;
    }
    const lower = name.toLowerCase();
    const property = propertyOf(lower);
    const isUrl = URL_ATTRIBUTES.has(lower) && attr.value !== undefined;
    // The schema's protocols are lower case; a browser reads `HTTPS://` as `https://` too.
    const webLink = isUrl && lower === 'href' && urlKind(attr.value!) === 'web';
    const dropped = !webLink && (!(property in kept) || !same(kept[property], tag.properties[property]));
    const jsxClass = tag.origin === 'jsx' && (name === 'class' || name === 'className');
    if ((dropped && !isUrl) || jsxClass) {
      problems.push(
        problem(
          'html-attribute',
          { ...at, field: `<${element}> ${name}`, value: attr.value ?? name },
          { name, element, allowed, styling: lower === 'style' || lower === 'class' || lower === 'classname' },
        ),
      );
      continue;
    }
    if (!isUrl) continue;
    const field = element === 'img' ? 'billede' : 'link';
    // JSX attribute text is checked as written and as a browser would decode it (`&#106;avascript:`).
    const urls = tag.origin === 'jsx' ? [...new Set([attr.value!, decodeHTMLAttribute(attr.value!)])] : [attr.value!];
    const p = urls.map((url) => unsafeUrlProblem(url, { ...at, field })).find(Boolean);
    if (p) problems.push(p);
    else if (lower === 'src' && urlKind(attr.value!) === 'web') problems.push(externalImage(attr.value!, at));
    else if (dropped) {
      problems.push(problem('unsafe-url', { ...at, field, value: attr.value }, { kind: 'attribute', name, element }));
    } else if (tag.origin === 'raw' && urlKind(attr.value!) === 'site') {
      // Raw HTML in a .md file is passed through as is, so the base path (/vidensbank/) could not be added.
      problems.push(problem('html-site-path', { ...at, field, value: attr.value }, { element, path: attr.value! }));
    }
  }
  return problems;
}

/** An image from another site: it would load from that site in every reader's browser. */
export function externalImage(url: string, at: { file: string; line?: number }): Problem {
  return problem('image-external', { ...at, field: 'billede', value: url });
}

/** Problems with an author component (capitalised JSX name): known, plain-text props, required props present. */
function componentProblems(tag: Tag, file: string): Problem[] {
  const at = { file, ...(tag.line !== undefined ? { line: tag.line } : {}) };
  const names = Object.keys(AUTHOR_COMPONENTS);
  const spec = AUTHOR_COMPONENTS[tag.name];
  if (!spec) {
    const near = closest(tag.name, names, 1)[0];
    return [problem('mdx-component', { ...at, field: 'komponent', value: `<${tag.name}>` }, { name: tag.name, near, components: names })];
  }
  const problems: Problem[] = [];
  const props = Object.keys(spec.props);
  for (const attr of tag.attributes) {
    if (attr.spread || attr.expression) {
      problems.push(
        problem(
          'mdx-expression',
          { ...at, field: `<${tag.name}>${attr.spread ? '' : ` ${attr.name}`}`, value: `{${short(attr.spread ? attr.name : (attr.value ?? ''))}}` },
          { kind: 'on-component', spread: attr.spread === true, example: spec.example },
        ),
      );
    } else if (!props.includes(attr.name)) {
      const near = closest(attr.name, props, 1)[0];
      problems.push(
        problem(
          'mdx-component-prop',
          { ...at, field: `<${tag.name}> ${attr.name}`, value: attr.value ?? attr.name },
          { kind: 'unknown', component: tag.name, prop: attr.name, near, example: spec.example },
        ),
      );
    } else if (attr.value === undefined || attr.value.trim() === '') {
      problems.push(
        problem(
          'mdx-component-prop',
          { ...at, field: `<${tag.name}> ${attr.name}` },
          { kind: 'empty', component: tag.name, prop: attr.name, propHint: spec.props[attr.name]!.hint },
        ),
      );
    }
  }
  for (const [prop, { required, hint }] of Object.entries(spec.props)) {
    const misspelt = tag.attributes.some((a) => !props.includes(a.name) && closest(a.name, props, 1)[0] === prop);
    if (required && !misspelt && !tag.attributes.some((a) => a.name === prop)) {
      problems.push(problem('mdx-component-prop', { ...at, field: `<${tag.name}> ${prop}` }, { kind: 'missing', component: tag.name, prop, propHint: hint }));
    }
  }
  return problems;
}

/** A property's value as attribute text (`className: ['a', 'b']` → `a b`, `true` → undefined). */
function attributeText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(String).join(' ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function jsxTag(n: MdNode): Tag {
  const attributes = (n.attributes ?? []).map((a) =>
    a.type === 'mdxJsxExpressionAttribute'
      ? { name: textOf(a.value), value: undefined, spread: true }
      : typeof a.value === 'object' && a.value !== null
        ? { name: a.name ?? '', value: textOf((a.value as { value?: unknown }).value), expression: true }
        : { name: a.name ?? '', value: a.value === null || a.value === undefined ? undefined : textOf(a.value) },
  );
  // As the browser will see them: attribute names are case-insensitive in HTML.
  const properties = Object.fromEntries(
    attributes.filter((a) => !a.spread && !a.expression).map((a) => [propertyOf(a.name.toLowerCase()), a.value === undefined ? true : a.value]),
  );
  return { name: n.name ?? '', line: n.position?.start.line, origin: 'jsx', attributes, properties };
}

function elementTag(n: MdNode): Tag {
  const properties = n.properties ?? {};
  return {
    name: n.tagName ?? '',
    line: n.position?.start.line,
    origin: n.data?.['origin'] === RAW ? 'raw' : 'markdown',
    properties,
    attributes: Object.entries(properties).map(([property, value]) => ({ name: attributeOf(property), value: attributeText(value) })),
  };
}

/** Every part of a parsed body that is not plain content: code, imports, unknown components, unsafe HTML and URLs. */
export function checkMdxSafety(tree: MdNode, file: string): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (n) => {
    const line = n.position?.start.line;
    const at = { file, ...(line !== undefined ? { line } : {}) };
    switch (n.type) {
      case 'mdxjsEsm': {
        const statement = String(n.value ?? '').split('\n')[0] ?? '';
        const isImport = statement.trimStart().startsWith('import');
        problems.push(
          problem(
            'mdx-esm',
            { ...at, field: isImport ? 'import' : 'export', value: short(statement, 80) },
            { isImport, components: Object.keys(AUTHOR_COMPONENTS) },
          ),
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(n.value ?? '');
        if (isCommentOnly(value)) break;
        problems.push(problem('mdx-expression', { ...at, field: 'kode', value: `{${short(value)}}` }, { kind: 'in-text' }));
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = jsxTag(n);
        if (!tag.name) {
          problems.push(problem('html-element', { ...at, field: 'html', value: '<>' }, { kind: 'fragment' }));
        } else if (tag.name[0] !== tag.name[0]!.toLowerCase() || tag.name.includes('.')) problems.push(...componentProblems(tag, file));
        else problems.push(...elementProblems(tag, file));
        break;
      }
      case 'element':
        problems.push(...elementProblems(elementTag(n), file));
        break;
      case 'raw':
        // Only a tree whose raw HTML was not parsed has these (never one from parsePage).
        problems.push(problem('html-element', { ...at, field: 'html', value: short(String(n.value ?? '')) }, { kind: 'unreadable' }));
        break;
    }
  });
  return problems;
}

/** Author components used on a page of a collection they do not belong to (e.g. <Answer> in a guide article). */
export function componentPlacementProblems(tree: MdNode, file: string, collection: string): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (n) => {
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const only = AUTHOR_COMPONENTS[n.name ?? '']?.onlyIn;
    if (!only || only.collections.includes(collection)) return;
    const line = n.position?.start.line;
    problems.push(problem('mdx-component-place', { file, line, field: 'komponent', value: `<${n.name}>` }, { name: n.name ?? '', label: only.label }));
  });
  return problems;
}

/** Parses a page's text (front matter included or not) as the site does and checks it; a syntax error is left to the parser's own report (returns []). */
export function checkSourceSafety(source: string, file: string, isMdx: boolean): Problem[] {
  const { tree } = parsePage(source, isMdx);
  return tree ? checkMdxSafety(tree, file) : [];
}
