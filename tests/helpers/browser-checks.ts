// Browser-side checks shared by the accessibility, privacy and CSP tests: axe with the
// WCAG 2.1 A/AA tags (EN 301 549's web rules), and a recorder of what a page does that it must not.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are reported: skipping the details of passes and incomplete checks halves the time.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
}

/** Records requests to other origins, console errors and CSP violations, for one context. */
export function recordMisbehaviour(context: BrowserContext, origin: string) {
  const problems: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  return problems;
}

/** Installs a spy that counts writes to localStorage/sessionStorage and document.cookie. */
export async function spyOnStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __storageWrites: string[] };
    w.__storageWrites = [];
    // Patch the prototype: assigning to a Storage object itself would store a key.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this) on the right Storage
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      w.__storageWrites.push(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.setItem(${k})`);
      original.call(this, k, v);
    };
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (desc?.set) {
      Object.defineProperty(document, 'cookie', {
        get: () => desc.get!.call(document) as string,
        set: (v: string) => {
          w.__storageWrites.push(`document.cookie=${v.split('=')[0]}`);
          desc.set!.call(document, v);
        },
      });
    }
  });
}

/** What a page has stored: storage writes seen by the spy, and keys now in storage. */
export async function storageUse(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __storageWrites?: string[] };
    return [
      ...(w.__storageWrites ?? []),
      ...Object.keys(localStorage).map((k) => `localStorage has ${k}`),
      ...Object.keys(sessionStorage).map((k) => `sessionStorage has ${k}`),
    ];
  });
}
