// MDX is code: `{…}`, `import` and `export` run at build time with the build machine's
// environment and files. Content here is data, so a body may only hold Markdown, comments
// `{/* … */}`, the documented author components with plain text props, and allowed plain HTML
// (allowed-html.ts) with safe URLs. The same rule runs in `npm run tjek` (src/model/check.ts)
// and inside the build's Markdown/MDX processor (src/markdown/content-safety.ts).
import { markdownToMdast, mdxToMdast } from 'satteri';
import { closest } from '../closest';
import type { ContentProblem } from '../problem';
import { ALLOWED_ELEMENTS, ELEMENT_ADVICE, URL_ATTRIBUTES, allowedAttributes, isEventHandler } from './allowed-html';
import { AUTHOR_COMPONENTS } from './author-components';
import { decodeEntities, unsafeUrlProblem, urlKind } from './urls';

/** An attribute's value as text (numbers and booleans as written; anything else as nothing). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

export interface MdNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
const ESCAPE_HINT = 'Vil du vise tegnet { som tekst, så skriv \\{ (og \\} for }). En kommentar, der ikke vises, skrives {/* … */}.';

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
  /** MDX JSX (true) or raw HTML in Markdown (false). */
  jsx: boolean;
}

/** Problems with one plain HTML element (JSX in MDX, or a raw tag in Markdown). */
function elementProblems(tag: Tag, file: string): ContentProblem[] {
  const at = { file, ...(tag.line !== undefined ? { line: tag.line } : {}) };
  const element = tag.name.toLowerCase();
  if (!(element in ALLOWED_ELEMENTS)) {
    const advice = ELEMENT_ADVICE[element];
    return [
      {
        ...at,
        field: 'html',
        value: `<${tag.name}>`,
        code: 'html-element',
        message: `HTML-tagget <${tag.name}> er ikke tilladt i indhold.`,
        hint: `${advice ? `${advice} ` : ''}Tilladt HTML er fx <abbr title="…">, <br>, <sub>, <sup>, <details>/<summary> og tabeller; se redaktørguiden.`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const allowed = allowedAttributes(element);
  for (const attr of tag.attributes) {
    if (attr.spread) {
      problems.push({
        ...at,
        field: `<${element}>`,
        value: `{${short(attr.name)}}`,
        code: 'mdx-expression',
        message: `Kode i { … } er ikke tilladt i tagget <${element}>.`,
        hint: 'Skriv kun attributter på formen navn="tekst".',
      });
      continue;
    }
    const name = attr.name;
    if (isEventHandler(name)) {
      problems.push({
        ...at,
        field: `<${element}> ${name}`,
        value: attr.value ?? name,
        code: 'html-event-handler',
        message: `Attributten ${name} kører kode i læserens browser og er ikke tilladt.`,
        hint: `Slet ${name}="…" fra tagget <${element}>.`,
      });
      continue;
    }
    if (attr.expression) {
      problems.push({
        ...at,
        field: `<${element}> ${name}`,
        value: `{${short(attr.value ?? '')}}`,
        code: 'mdx-expression',
        message: `Kode i { … } er ikke tilladt som værdi af ${name}.`,
        hint: `Skriv værdien som tekst i anførselstegn: ${name}="…".`,
      });
      continue;
    }
    const lower = name.toLowerCase();
    if (!allowed.includes(lower) || (tag.jsx && (name === 'class' || name === 'className'))) {
      problems.push({
        ...at,
        field: `<${element}> ${name}`,
        value: attr.value ?? name,
        code: 'html-attribute',
        message: `Attributten ${name} er ikke tilladt på <${element}>.`,
        hint: `Slet attributten. Tilladt på <${element}>: ${allowed.join(', ')}.${lower === 'style' || lower === 'class' || lower === 'classname' ? ' Udseendet styres af sitet.' : ''}`,
      });
      continue;
    }
    if (URL_ATTRIBUTES.has(lower) && attr.value !== undefined) {
      const url = tag.jsx ? attr.value : decodeEntities(attr.value);
      const field = element === 'img' ? 'billede' : 'link';
      const p = unsafeUrlProblem(url, { ...at, field });
      if (p) problems.push(p);
      else if (!tag.jsx && urlKind(url) === 'site') {
        // Raw HTML in a .md file is passed through as is, so the base path (/vidensbank/) could not be added.
        problems.push({
          ...at,
          field,
          value: url,
          code: 'html-site-path',
          message: `En sti på sitet i HTML-tagget <${element}> virker ikke, når sitet ligger i en undermappe (fx /vidensbank/).`,
          hint: element === 'img' ? `Skriv billedet i Markdown: ![beskrivelse](${url}).` : `Skriv linket i Markdown: [tekst](${url}).`,
        });
      }
    }
  }
  return problems;
}

/** Problems with an author component (capitalised JSX name): known, plain-text props, required props present. */
function componentProblems(tag: Tag, file: string): ContentProblem[] {
  const at = { file, ...(tag.line !== undefined ? { line: tag.line } : {}) };
  const names = Object.keys(AUTHOR_COMPONENTS);
  const spec = AUTHOR_COMPONENTS[tag.name];
  if (!spec) {
    const near = closest(tag.name, names, 1)[0];
    return [
      {
        ...at,
        field: 'komponent',
        value: `<${tag.name}>`,
        code: 'mdx-component',
        message: `Komponenten <${tag.name}> findes ikke.`,
        hint: `${near ? `Mente du <${near}>? ` : ''}Komponenter, der kan bruges i MDX: ${names.map((c) => `<${c}>`).join(', ')}.`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const props = Object.keys(spec.props);
  for (const attr of tag.attributes) {
    if (attr.spread || attr.expression) {
      problems.push({
        ...at,
        field: `<${tag.name}>${attr.spread ? '' : ` ${attr.name}`}`,
        value: `{${short(attr.spread ? attr.name : (attr.value ?? ''))}}`,
        code: 'mdx-expression',
        message: 'Kode i { … } er ikke tilladt som værdi.',
        hint: attr.spread ? `Skriv hver egenskab som navn="tekst", fx ${spec.example}.` : `Skriv værdien som tekst i anførselstegn, fx ${spec.example}.`,
      });
    } else if (!props.includes(attr.name)) {
      const near = closest(attr.name, props, 1)[0];
      problems.push({
        ...at,
        field: `<${tag.name}> ${attr.name}`,
        value: attr.value ?? attr.name,
        code: 'mdx-component-prop',
        message: `<${tag.name}> har ingen egenskab, der hedder ${attr.name}.`,
        hint: `${near ? `Mente du ${near}? ` : ''}Skriv fx ${spec.example}.`,
      });
    } else if (attr.value === undefined || attr.value.trim() === '') {
      problems.push({
        ...at,
        field: `<${tag.name}> ${attr.name}`,
        code: 'mdx-component-prop',
        message: `Egenskaben ${attr.name} på <${tag.name}> er tom.`,
        hint: spec.props[attr.name]!.hint,
      });
    }
  }
  for (const [prop, { required, hint }] of Object.entries(spec.props)) {
    const misspelt = tag.attributes.some((a) => !props.includes(a.name) && closest(a.name, props, 1)[0] === prop);
    if (required && !misspelt && !tag.attributes.some((a) => a.name === prop)) {
      problems.push({ ...at, field: `<${tag.name}> ${prop}`, code: 'mdx-component-prop', message: `<${tag.name}> mangler egenskaben ${prop}.`, hint });
    }
  }
  return problems;
}

function jsxTag(n: MdNode): Tag {
  return {
    name: n.name ?? '',
    line: n.position?.start.line,
    jsx: true,
    attributes: (n.attributes ?? []).map((a) =>
      a.type === 'mdxJsxExpressionAttribute'
        ? { name: textOf(a.value), value: undefined, spread: true }
        : typeof a.value === 'object' && a.value !== null
          ? { name: a.name ?? '', value: textOf((a.value as { value?: unknown }).value), expression: true }
          : { name: a.name ?? '', value: a.value === null || a.value === undefined ? undefined : textOf(a.value) },
    ),
  };
}

const HTML_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const HTML_ATTR = /([^\s=/>]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The opening tags in a raw HTML node of Markdown (comments and closing tags skipped), with their lines. */
export function rawTags(html: string, firstLine: number | undefined): Tag[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  return [...text.matchAll(HTML_TAG)].map((m) => ({
    name: m[1]!,
    line: firstLine === undefined ? undefined : firstLine + (text.slice(0, m.index).match(/\n/g)?.length ?? 0),
    jsx: false,
    attributes: [...m[2]!.matchAll(HTML_ATTR)].map((a) => ({ name: a[1]!, value: a[3] ?? a[4] ?? a[5] })),
  }));
}

/** Every part of a parsed body that is not plain content: code, imports, unknown components, unsafe HTML and URLs. */
export function checkMdxSafety(tree: MdNode, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  walk(tree, (n) => {
    const line = n.position?.start.line;
    const at = { file, ...(line !== undefined ? { line } : {}) };
    switch (n.type) {
      case 'mdxjsEsm': {
        const statement = String(n.value ?? '').split('\n')[0] ?? '';
        const isImport = /^\s*import\b/.test(statement);
        problems.push({
          ...at,
          field: isImport ? 'import' : 'export',
          value: short(statement, 80),
          code: 'mdx-esm',
          message: `${isImport ? 'import' : 'export'} er ikke tilladt i indhold: det er kode, som ville køre, når sitet bygges.`,
          hint: `Slet linjen. Komponenterne ${Object.keys(AUTHOR_COMPONENTS)
            .map((c) => `<${c}>`)
            .join(
              ', ',
            )} kan bruges uden import; billeder skrives ![beskrivelse](/billeder/navn.png). Skal linjen stå som tekst, så omformulér den, så den ikke starter med ${isImport ? 'import' : 'export'}.`,
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(n.value ?? '');
        if (COMMENT_ONLY.test(value)) break;
        problems.push({
          ...at,
          field: 'kode',
          value: `{${short(value)}}`,
          code: 'mdx-expression',
          message: 'Kode i { … } er ikke tilladt i indhold: den ville køre, når sitet bygges.',
          hint: ESCAPE_HINT,
        });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = jsxTag(n);
        if (!tag.name) {
          problems.push({
            ...at,
            field: 'html',
            value: '<>',
            code: 'html-element',
            message: 'Tomme tags <> … </> er ikke tilladt.',
            hint: 'Slet <> og </>, og skriv teksten direkte.',
          });
        } else if (/^[A-Z]/.test(tag.name) || tag.name.includes('.')) problems.push(...componentProblems(tag, file));
        else problems.push(...elementProblems(tag, file));
        break;
      }
      case 'html':
        for (const tag of rawTags(String(n.value ?? ''), line)) problems.push(...elementProblems(tag, file));
        break;
      case 'link':
      case 'definition':
      case 'image': {
        const p = typeof n.url === 'string' ? unsafeUrlProblem(n.url, { ...at, field: n.type === 'image' ? 'billede' : 'link' }) : undefined;
        if (p) problems.push(p);
        break;
      }
    }
  });
  return problems;
}

/** Author components used on a page of a collection they do not belong to (e.g. <Answer> in a guide article). */
export function componentPlacementProblems(tree: MdNode, file: string, collection: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  walk(tree, (n) => {
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const only = AUTHOR_COMPONENTS[n.name ?? '']?.onlyIn;
    if (!only || only.collections.includes(collection)) return;
    const line = n.position?.start.line;
    problems.push({
      file,
      ...(line !== undefined ? { line } : {}),
      field: 'komponent',
      value: `<${n.name}>`,
      code: 'mdx-component-place',
      message: `<${n.name}> kan kun bruges i ${only.label}.`,
      hint: `Skriv teksten som almindelige afsnit med en overskrift (## …), eller flyt den til et interview.`,
    });
  });
  return problems;
}

/** Parses a body and checks it; a syntax error is left to the parser's own report (returns []). */
export function checkSourceSafety(source: string, file: string, isMdx: boolean): ContentProblem[] {
  let tree: MdNode;
  try {
    tree = (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as MdNode;
  } catch {
    return [];
  }
  return checkMdxSafety(tree, file);
}
