// Horizontal overflow on a page (WCAG 2.1 SC 1.4.10 Reflow): the document may not be wider than
// the viewport, and no element may stick out past its right edge unless a scroll box of its own
// (overflow-x auto/scroll/hidden/clip) holds it.
import type { Page } from '@playwright/test';

export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const doc = document.documentElement.scrollWidth;
    if (doc > width) problems.push(`document is ${doc} px wide at ${width} px`);
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return true;
      }
      return false;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      if (getComputedStyle(el).position === 'fixed' || clipped(el)) continue;
      problems.push(`${describe(el)} ends at ${Math.round(r.right)} px`);
      if (problems.length > 5) break;
    }
    return problems;
  });
}
