// Browser-side checks shared by the accessibility, privacy and CSP tests: axe with the
// WCAG 2.1 A/AA tags (EN 301 549's web rules), and a recorder of what a page does that it must not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core itself, run in the page's main frame. @axe-core/playwright's default mode runs axe
// per frame and then opens a blank page for every check to merge the frames' results; the site
// has no frames (content may not embed any), and that extra page made each check three times
// slower (about 3 s against 0.8 s a page; the whole-site sweep is most of the browser tests).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are reported: skipping the details of passes and incomplete checks halves the time.
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (opts) => {
    const { axe } = window as unknown as { axe: { run: (ctx: Document, o: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, target: v.nodes[0]?.target.join(' ') }));
  }, options);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.count}× ${v.target}`);
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
