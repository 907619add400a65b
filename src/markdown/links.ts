// Sätteri hast plugin for links in Markdown/MDX:
// - site-absolute links (`/kommuner/aalborg/`) get the configured base path, so content works
//   when the site is hosted under e.g. /vidensbank/;
// - links to other sites get rel="noopener" (GFM also turns bare `www.…` text into such links).
import type { HastPluginDefinition } from 'satteri';

export function links(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/?$/, '/');
  return {
    name: 'links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        if (/^https?:\/\//.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener']);
          return;
        }
        if (prefix !== '/' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
          ctx.setProperty(node, 'href', prefix + href.slice(1));
        }
      },
    },
  };
}
