// Astro configuration. Site-wide settings editors may change live in src/site.config.ts.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { links } from './src/markdown/links.ts';
import { contentSafety } from './src/markdown/content-safety.ts';
import { termLinks } from './src/markdown/terms.ts';
import { glossaryFor } from './src/markdown/glossary.ts';
import { tables } from './src/markdown/tables.ts';
import { MARKDOWN_FEATURES } from './src/model/index.ts';
import { searchAndOffline } from './src/integrations/search-and-offline.ts';
import { publishedOutput } from './src/integrations/published-output.ts';
import { editorChecks } from './src/integrations/editor-checks.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import { siteConfig } from './src/site.config.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: siteConfig.siteUrl,
  base,
  trailingSlash: 'always',
  // Tests build into other folders (e.g. the base-path and determinism builds).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // Two files that map to one id fail the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    // No code highlighting: Shiki's inline styles break the strict CSP, and the content has no code.
    syntaxHighlight: false,
    processor: satteri({
      // The same features the content check parses with (src/model/parse/page.ts).
      features: MARKDOWN_FEATURES,
      // Refuses code, unknown components, unsafe HTML and URLs even if the content check were bypassed.
      mdastPlugins: [contentSafety()],
      // Term links come after `links`: they carry the base path already.
      hastPlugins: [links(base), termLinks(base, glossaryFor), tables()],
    }),
  },
  // publishedOutput checks every file in dist/ (sitemap included) before the search step indexes it.
  integrations: [editorChecks(), siteUrlWarning(), mdx(), sitemapLastmod(sitemap), webEditor(), publishedOutput(), searchAndOffline()],
  // A strict CSP in every page's <meta>; Astro hashes anything inline. Pagefind needs
  // 'wasm-unsafe-eval'. The same policy, plus frame-ancestors, belongs in an HTTP header
  // (deploy/ and docs/hosting.md); tests serve it that way.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Scripts as files, never inlined: cacheable offline and simple under a strict CSP.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Build output stays readable: MDX modules carry Astro's own "use astro:head-inject"
        // directive, and the bundler warns about it once per page (harmless, Astro's concern).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
