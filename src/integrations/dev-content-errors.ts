// `npm run dev`: content errors shown in the browser, not only in the terminal. The dev server
// keeps the latest check's state and sends it over Vite's HMR channel to a small script on every
// page (src/scripts/dev-content-errors.ts, injected in dev only), which lays the Danish summary
// over the page (the same text as `npm run tjek`, from src/editor/summary.ts) and reloads the page
// once the file is fixed. A page asks for the state when it loads, so one opened while the content
// is broken shows the errors too.
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';

/** The HMR event carrying the state; the page sends `<EVENT>:hent` to ask for it. */
export const DEV_ERRORS_EVENT = 'vidensbank:indholdsfejl';

export interface DevErrorState {
  /** How many errors the content has now. */
  errors: number;
  /** The check's Danish summary (errors only), as `npm run tjek` prints it; empty without errors. */
  summary: string;
}

/** The page script's import, for Astro's injectScript (dev only): it listens for the event above. */
export function devErrorsScript(): string {
  const file = fileURLToPath(new URL('../scripts/dev-content-errors.ts', import.meta.url));
  return `import { listen } from ${JSON.stringify(file)};\nlisten(${JSON.stringify(DEV_ERRORS_EVENT)});`;
}

export interface DevErrorChannel {
  /** A file under content/ changed and the check runs again: pages that ask now wait for its state. */
  checking: () => void;
  /** The check's new state, sent to every open page (those waiting included). */
  update: (state: DevErrorState) => void;
}

/**
 * Answers pages that ask for the state, and sends every new state to all open pages. While a check
 * runs, a page that asks gets no answer until it ends: Astro reloads a page for the changed text
 * before the check has run, and the last state would lay errors already fixed over it.
 */
export function devErrorChannel(server: Pick<ViteDevServer, 'hot'>, initial: DevErrorState): DevErrorChannel {
  let state = initial;
  let running = false;
  server.hot.on(`${DEV_ERRORS_EVENT}:hent`, (_data: unknown, client) => {
    if (!running) client.send(DEV_ERRORS_EVENT, state);
  });
  return {
    checking() {
      running = true;
    },
    update(next) {
      state = next;
      running = false;
      server.hot.send(DEV_ERRORS_EVENT, state);
    },
  };
}
