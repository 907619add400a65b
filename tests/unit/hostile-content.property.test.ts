// Property: hostile Markdown, MDX, raw HTML and YAML, generated from the constructs of issue 16
// (remote images incl. reference-style, event handlers in any spelling, javascript: URLs hidden by
// entities and whitespace, comments with odd endings, dangerous elements, expressions, imports,
// nested aliases, tags). Every input either gets a Danish problem naming its file from the check
// (the same functions `npm run tjek` and the build run on each page), or renders, with Sätteri as
// the build renders it, to HTML that passes the published-output policy (tests/helpers/published-policy.ts).
// tests/build/hostile-content.test.ts builds a sample of these cases for real.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, markdownToHtml } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { MARKDOWN_FEATURES } from '../../src/model/parse/features';
import { parsePage } from '../../src/model/parse/page';
import { checkBody, syntaxProblem } from '../../src/model/mdx';
import { checkMdxSafety } from '../../src/model/rules/mdx-safety';
import { parseYaml } from '../../src/model/parse/yaml';
import { links } from '../../src/markdown/links';
import { tables } from '../../src/markdown/tables';
import type { ContentProblem } from '../../src/model/problem';
import { policyViolations } from '../helpers/published-policy';
import { HARMLESS_FROM, HOSTILE } from '../helpers/hostile-content';

const FILE_MD = 'content/guide/fjendtlig.md';
const FILE_MDX = 'content/guide/fjendtlig.mdx';
const CONTEXT = { paths: new Set(['', 'kommuner/aalborg/', 'guide/fjendtlig/']), draftPaths: new Set<string>(), publicFiles: new Set(['favicon.svg']) };

/** The check of one page, as src/model/bodies.ts runs it: syntax, the safety rule on the tree, links and images. */
function check(text: string, file: string): ContentProblem[] {
  const page = parsePage(text, file.endsWith('.mdx'));
  const syntax = syntaxProblem(page, file);
  if (syntax) return [syntax];
  return [...checkMdxSafety(page.tree!, file), ...checkBody(page.tree!, { ...CONTEXT, file, ownPath: 'guide/fjendtlig/' })];
}

const hastPlugins = [links('/'), tables()];

/** The page rendered as the build renders it: Sätteri with the site's features and plugins. */
function render(text: string, isMdx: boolean): string {
  if (!isMdx) return (markdownToHtml(text, { features: MARKDOWN_FEATURES, hastPlugins }) as { html: string }).html;
  // MDX compiles to code: only content the check accepted (no expressions, no imports) gets here.
  const Fragment = Symbol('Fragment');
  const kids = (c: unknown): Root['children'] =>
    c === undefined || c === null || c === false
      ? []
      : Array.isArray(c)
        ? c.flatMap(kids)
        : typeof c === 'string' || typeof c === 'number'
          ? [{ type: 'text', value: String(c) }]
          : [c as Root['children'][number]];
  const jsx = (type: unknown, given: unknown) => {
    const props = given as Record<string, unknown> | null;
    const { children, ...rest } = props ?? {};
    if (type === Fragment) return { type: 'root', children: kids(children) };
    if (typeof type === 'function') return (type as (p: unknown) => unknown)(props);
    return { type: 'element', tagName: type, properties: rest, children: kids(children) };
  };
  const mod = evaluate(text, { Fragment, jsx, jsxs: jsx, features: MARKDOWN_FEATURES, hastPlugins, elementAttributeNameCase: 'html' }) as {
    default: (props: unknown) => Root;
  };
  return toHtml(mod.default({}), { allowDangerousHtml: true });
}

const body = fc
  .array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom('\n\n', ' ', '\n'), { minLength: parts.length, maxLength: parts.length })));
const joined = body.map(([parts, seps]) => parts.map((p, i) => `${p}${seps[i]}`).join(''));

describe('hostile content: refused naming the file, or published safe', () => {
  it.each([
    ['.md', FILE_MD],
    ['.mdx', FILE_MDX],
  ])(
    '%s',
    (_, file) => {
      const isMdx = file.endsWith('.mdx');
      let accepted = 0;
      fc.assert(
        fc.property(joined, (text) => {
          const problems = check(text, file);
          if (problems.length) {
            for (const p of problems) {
              expect(p.file).toBe(file);
              expect(p.message.length).toBeGreaterThan(10);
            }
            return;
          }
          accepted++;
          expect(policyViolations(render(text, isMdx)), text).toEqual([]);
        }),
        { numRuns: 400 },
      );
      expect(accepted).toBeGreaterThan(0); // the property also saw content it let through
    },
    60_000,
  );

  it('takes every construct on its own: the harmless pass, the hostile are refused or (read as text) published safe', () => {
    const harmless = HOSTILE.slice(HARMLESS_FROM);
    let refused = 0;
    for (const piece of HOSTILE) {
      for (const file of [FILE_MD, FILE_MDX]) {
        const problems = check(`${piece}\n`, file);
        if (harmless.includes(piece)) expect(problems, `${file}: ${piece}`).toEqual([]);
        else if (problems.length) refused++;
        else expect(policyViolations(render(`${piece}\n`, file.endsWith('.mdx'))), `${file}: ${piece}`).toEqual([]);
      }
    }
    // Most hostile pieces are refused outright (in .md, braces and import lines are only text).
    expect(refused).toBeGreaterThan((HOSTILE.length - harmless.length) * 2 * 0.8);
  });
});

describe('hostile YAML: a Danish error naming the file at once, or plain data', () => {
  const scalar = fc.constantFrom(
    'x',
    '"a: b"',
    '2026-13-45',
    '!!binary aGVq',
    '!!js/function "f() {}"',
    '*nope',
    '&a x',
    '[1, 2',
    '{a: 1}',
    '|\n  tekst',
    '0x1F',
    '~',
  );
  const laughs = fc.record({ width: fc.integer({ min: 2, max: 12 }), depth: fc.integer({ min: 1, max: 14 }) }).map(({ width, depth }) => {
    const lines = [`l0: &l0 [${Array(width).fill('x').join(', ')}]`];
    for (let i = 1; i <= depth; i++)
      lines.push(
        `l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  });
  const nested = fc.integer({ min: 1, max: 800 }).map((n) => `a: ${'['.repeat(n)}${']'.repeat(n)}`);
  const merge = fc.constant('base: &b {title: x}\nrecord:\n  <<: *b\n  title: y');
  const lines = fc
    .array(fc.tuple(fc.constantFrom('title', 'id', 'date', '- id', '  label', '\tx'), scalar), { minLength: 1, maxLength: 6 })
    .map((kv) => kv.map(([k, v]) => `${k}: ${v}`).join('\n'));
  const yaml = fc.oneof(
    laughs,
    nested,
    merge,
    lines,
    fc.tuple(lines, fc.constant('\n---\n'), lines).map((p) => p.join('')),
  );

  it('never hangs or throws', () => {
    fc.assert(
      fc.property(yaml, (text) => {
        const started = performance.now();
        const { value, problem } = parseYaml(text, 'content/data/temaer.yaml');
        // A hang is minutes (the old parser never returned); two seconds leaves room for a loaded machine.
        expect(performance.now() - started).toBeLessThan(2000);
        if (problem) {
          expect(problem.file).toBe('content/data/temaer.yaml');
          expect(problem.message).toMatch(/YAML|henvisninger/);
          expect(value).toBeUndefined();
        } else expect(() => JSON.stringify(value)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
