// Talking to the site's service worker from a page, for the offline tests and benchmark.
import type { Page } from '@playwright/test';

/** Waits until the service worker is active and controls the page (it stores the open pages first). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Asks the worker for its status, as the "Gem vidensbanken" control does. */
export function workerStatus(page: Page): Promise<{ version: string; mode: string; saved: boolean; upToDate: boolean; busy: unknown }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', function listener(event) {
          const data = event.data as { type?: string } | null;
          if (data?.type !== 'status') return;
          navigator.serviceWorker.removeEventListener('message', listener);
          resolve(data as never);
        });
        navigator.serviceWorker.startMessages();
        void navigator.serviceWorker.ready.then((r) => r.active!.postMessage({ type: 'status' }));
      }),
  );
}
