// Astro configuration. Site-wide settings editors may change live in src/site.config.ts.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { searchAndOffline } from './src/integrations/search-and-offline.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vidensbank.example.dk',
  base,
  trailingSlash: 'always',
  // Two files that map to one id fail the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({
      features: {
        gfm: { footnotes: { label: 'Noter', backLabel: 'Tilbage til henvisning {reference}' } },
        smartPunctuation: false,
      },
      hastPlugins: [baseLinks(base)],
    }),
  },
  integrations: [mdx(), searchAndOffline()],
  // Scripts as files, never inlined: cacheable offline and simple under a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
