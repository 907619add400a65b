// The Markdown/MDX features the site renders with: astro.config.mjs hands them to Sätteri, and
// the content check parses every page with the same ones (./page.ts), so the tree
// the check sees is the tree the build renders.
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES = {
  gfm: { footnotes: { label: 'Noter', backLabel: 'Tilbage til henvisning {reference}' } },
  smartPunctuation: false,
} as const satisfies Features;
