// The plain HTML editors may write in Markdown and MDX: text-level markup, lists, tables,
// <details>, figures. No scripts, frames, styles, forms, meta, embedded objects, classes or
// inline styles, and no event handlers. Everything else has a Markdown form or is not wanted.

/** Attributes every allowed element may carry. */
export const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'id'] as const;

/** Allowed elements and their own attributes (besides GLOBAL). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: [],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  wbr: [],
};

/** Attributes that hold a URL, checked by the URL rule. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src']);

export function isEventHandler(attribute: string): boolean {
  return attribute.toLowerCase().startsWith('on');
}

export function allowedAttributes(element: string): readonly string[] {
  return [...GLOBAL_ATTRIBUTES, ...(ALLOWED_ELEMENTS[element] ?? [])];
}
