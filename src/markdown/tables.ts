// Sätteri hast plugin for tables in Markdown/MDX: each table gets its own scroll box, a labelled
// region (a <section> with a name) keyboard users can focus (WCAG 2.1 SC 1.4.10), so a wide table never widens the page.
// The label names the table by its column headers, e.g. "Tabel: Placering, Hvad den bidrager med".
import type { HastPluginDefinition } from 'satteri';

type Node = { type: string; tagName?: string; children?: Node[] };

function headerCells(node: Node): Node[] {
  if (node.tagName === 'th') return [node];
  if (node.tagName === 'tbody') return [];
  return (node.children ?? []).flatMap(headerCells);
}

export function tables(): HastPluginDefinition {
  return {
    name: 'tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const headers = headerCells(node as unknown as Node)
          .map((th) => ctx.textContent(th as never).trim())
          .filter(Boolean);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: headers.length ? `Tabel: ${headers.join(', ')}` : 'Tabel' },
          children: [],
        });
      },
    },
  };
}
