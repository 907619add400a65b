// Sätteri hast plugin: prefixes site-absolute links in Markdown/MDX (`/kommuner/aalborg/`)
// with the configured base path, so content works when the site is hosted under e.g. /vidensbank/.
import type { HastPluginDefinition } from 'satteri';

export function baseLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/?$/, '/');
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (prefix === '/' || typeof href !== 'string') return;
        if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
          ctx.setProperty(node, 'href', prefix + href.slice(1));
        }
      },
    },
  };
}
