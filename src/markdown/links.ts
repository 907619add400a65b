// Sätteri hast plugin for links and images in Markdown/MDX:
// - site-absolute links and image sources (`/kommuner/aalborg/`, `/billeder/kort.png`) get the
//   configured base path, so content works when the site is hosted under e.g. /vidensbank/;
//   the same for `<a href>` and `<img src>` written as HTML in MDX;
// - links to other sites get rel="noopener" (GFM also turns bare `www.…` text into such links).
import type { HastPluginDefinition, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { baseUrl, isExternal } from '../model';

const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };

export function links(base: string): HastPluginDefinition {
  const withBase = baseUrl(base);
  const jsx = {
    filter: ['a', 'img'],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>) {
      const name = URL_ATTRIBUTE[node.name ?? ''];
      let changed = false;
      let external = false;
      const attributes = node.attributes.map((a) => {
        if (a.type !== 'mdxJsxAttribute' || a.name !== name || typeof a.value !== 'string') return a;
        external = name === 'href' && isExternal(a.value);
        const value = withBase(a.value);
        changed ||= value !== a.value;
        return { ...a, value };
      });
      if (external && !attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'rel')) {
        attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener' });
        changed = true;
      }
      return changed ? { ...node, attributes } : undefined;
    },
  };
  return {
    name: 'links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = URL_ATTRIBUTE[node.tagName]!;
        const url = node.properties?.[key];
        if (typeof url !== 'string') return;
        if (key === 'href' && isExternal(url)) {
          ctx.setProperty(node, 'rel', ['noopener']);
          return;
        }
        const value = withBase(url);
        if (value !== url) ctx.setProperty(node, key, value);
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
