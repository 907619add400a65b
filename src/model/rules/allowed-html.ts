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

/** What to write instead of an element that is not allowed, where there is a better way. */
export const ELEMENT_ADVICE: Readonly<Record<string, string>> = {
  script: 'Scripts kan ikke bruges i indhold. Skriv teksten i Markdown.',
  style: 'Udseendet styres af sitet. Brug Markdown: **fed**, *kursiv*, ## Overskrift.',
  iframe: 'Indlejrede sider (fx video eller kort fra andre sites) er ikke tilladt. Skriv et link i stedet: [Se videoen](https://…).',
  frame: 'Indlejrede sider er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  object: 'Indlejret indhold er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  embed: 'Indlejret indhold er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  meta: 'Sidens metadata styres af sitet og felterne i frontmatter. Slet tagget.',
  link: 'Skriv links i Markdown: [tekst](https://…) eller [tekst](/mappe/id/).',
  base: 'Slet tagget; links skrives som [tekst](/mappe/id/).',
  form: 'Formularer kan ikke bruges i indhold. Skriv et link til formularen: [Tilmeld dig](https://…).',
  input: 'Formularfelter kan ikke bruges i indhold. Skriv et link til formularen i stedet.',
  button: 'Knapper kan ikke bruges i indhold. Skriv et link i stedet: [tekst](https://…).',
  h1: 'Sidens titel er den eneste overskrift på niveau 1. Skriv ## Overskrift.',
  font: 'Udseendet styres af sitet. Brug Markdown: **fed** eller *kursiv*.',
  center: 'Udseendet styres af sitet. Slet tagget.',
};

export function isEventHandler(attribute: string): boolean {
  return attribute.toLowerCase().startsWith('on');
}

export function allowedAttributes(element: string): readonly string[] {
  return [...GLOBAL_ATTRIBUTES, ...(ALLOWED_ELEMENTS[element] ?? [])];
}
