// Page structure: a unique <title>, exactly one h1, a meta description, no skipped heading levels,
// and no word run into a link or date (Astro drops a line break between text and a tag: "via<a>").
import type { BuiltPage, SiteProblem } from './site-pages';

export function checkStructure(pages: BuiltPage[]): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const titles = new Map<string, string>();
  for (const page of pages) {
    const title = page.root.querySelector('title')?.text.trim() ?? '';
    if (!title) problems.push({ file: page.file, problem: 'no <title>' });
    else if (titles.has(title)) problems.push({ file: page.file, problem: `duplicate <title> "${title}" (also ${titles.get(title)})` });
    else titles.set(title, page.file);
    const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
    if (!description) problems.push({ file: page.file, problem: 'no meta description' });
    const h1s = page.root.querySelectorAll('h1').length;
    if (h1s !== 1) problems.push({ file: page.file, problem: `${h1s} h1 elements (expected 1)` });
    let previous = 0;
    for (const h of page.root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(h.tagName[1]);
      if (previous && level > previous + 1) problems.push({ file: page.file, problem: `heading level skipped: h${previous} → h${level} ("${h.text.trim()}")` });
      previous = level;
    }
    const body = page.html.slice(page.html.indexOf('<body'));
    // A letter, digit or punctuation right before a link or date; not the `;` that ends an entity (`&#x201D;`, an opening quote).
    for (const m of body.matchAll(/(?<!&#?\w+)([\p{L}\d,.;:·])<(a|time)\s[^>]*>([^<]{0,30})/gu)) {
      problems.push({ file: page.file, problem: `no space before a link or date: "…${m[1]}${m[3]}"` });
    }
  }
  return problems;
}
