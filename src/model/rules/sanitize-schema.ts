// The one allowlist of the HTML a page may contain, in hast-util-sanitize 5's schema format,
// derived from the elements and attributes in allowed-html.ts and the schemes in urls.ts. It is
// checked (not applied) on the rendered tree of every page (src/model/rules/mdx-safety.ts): what
// the schema would strip is an error for the editor. Besides what editors may write, it allows the
// few fixed values Markdown itself produces (footnotes, task lists, table alignment).
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES } from './allowed-html';
import { ALLOWED_SCHEMES } from './urls';

/** The hast property name of an HTML attribute (`colspan` → `colSpan`). */
export const propertyOf = (attribute: string): string => find(html, attribute).property;
/** The HTML attribute name of a hast property (`onClick` → `onclick`). */
export const attributeOf = (property: string): string => find(html, property).attribute;

type Definition = NonNullable<Schema['attributes']>[string][number];

/** What GFM generates in the tree, as exact values (an editor writing them gains nothing). */
const GENERATED: Record<string, Definition[]> = {
  a: ['dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
  section: ['dataFootnotes', ['className', 'footnotes']],
  h2: [['className', 'sr-only']],
  ul: [['className', 'contains-task-list']],
  ol: [['className', 'contains-task-list']],
  li: [['className', 'task-list-item']],
  input: [
    ['type', 'checkbox'],
    ['disabled', true],
    ['checked', true],
  ],
  th: [['style', /^text-align: (left|right|center)$/]],
  td: [['style', /^text-align: (left|right|center)$/]],
  code: [['className', /^language-[\w-]+$/]],
};

/** Elements only Markdown itself produces (footnotes' section, a task list's checkbox). */
export const GENERATED_ELEMENTS: readonly string[] = ['section', 'input'];

const schemes = ALLOWED_SCHEMES.map((s) => s.slice(0, -1));

export const CONTENT_SCHEMA: Schema = {
  tagNames: [...Object.keys(ALLOWED_ELEMENTS), ...GENERATED_ELEMENTS],
  attributes: {
    '*': GLOBAL_ATTRIBUTES.map(propertyOf),
    ...Object.fromEntries(
      [...new Set([...Object.keys(ALLOWED_ELEMENTS), ...Object.keys(GENERATED)])].map((tag) => [
        tag,
        [...(ALLOWED_ELEMENTS[tag] ?? []).map(propertyOf), ...(GENERATED[tag] ?? [])],
      ]),
    ),
  },
  // Links may go to the web, mail and phone. Sources must be http(s) or site paths here; that an image
  // must be a file of the site itself (no other origin) is the rule beyond the schema, in mdx-safety.ts.
  protocols: { href: schemes, src: ['https', 'http'] },
  required: {},
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  strip: [],
  allowComments: true,
  allowDoctypes: false,
};
