// The dev server's channel for content errors (src/integrations/dev-content-errors.ts): a page that
// asks gets the latest state, except while a check runs, when it waits for that check's state; and
// the checking integration (src/integrations/editor-checks.ts) says a check runs as soon as a file
// under content/ changes. (tests/browser/dev-errors.spec.ts runs the same in a real `astro dev`.)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_ERRORS_EVENT, devErrorChannel, type DevErrorState } from '../../src/integrations/dev-content-errors';
import { editorChecks } from '../../src/integrations/editor-checks';
import { prepareFixture, PROJECT_ROOT } from '../helpers/fixture-site';

type Handler = (data: unknown, client: { send: (event: string, state: DevErrorState) => void }) => void;

/** Vite's HMR channel with one page: what it was sent, and a way for it to ask. */
function fakeServer() {
  const page: DevErrorState[] = [];
  const handlers = new Map<string, Handler>();
  const client = { send: (_event: string, state: DevErrorState) => page.push(state) };
  const hot = {
    on: (event: string, handler: Handler) => handlers.set(event, handler),
    send: (_event: string, state: DevErrorState) => page.push(state),
  };
  const ask = () => handlers.get(`${DEV_ERRORS_EVENT}:hent`)!(undefined, client);
  return { server: { hot } as unknown as Parameters<typeof devErrorChannel>[0], page, ask };
}

const BROKEN: DevErrorState = { errors: 1, summary: 'Tjek af indholdet: 1 fejl i 1 fil.' };
const FIXED: DevErrorState = { errors: 0, summary: '' };

describe('the dev error channel', () => {
  it('answers a page that asks with the latest state', () => {
    const { server, page, ask } = fakeServer();
    const channel = devErrorChannel(server, BROKEN);
    ask();
    expect(page).toEqual([BROKEN]);
    channel.update(FIXED);
    ask();
    expect(page).toEqual([BROKEN, FIXED, FIXED]);
  });

  it('keeps a page that asks while the check runs waiting for its state, not the one before', () => {
    const { server, page, ask } = fakeServer();
    const channel = devErrorChannel(server, BROKEN);
    channel.checking();
    ask();
    expect(page).toEqual([]);
    channel.update(FIXED);
    expect(page).toEqual([FIXED]);
    ask();
    expect(page).toEqual([FIXED, FIXED]);
  });
});

describe('npm run dev, when a file under content/ changes', () => {
  it('holds back the state from a page that asks until the new check has run', async () => {
    const root = prepareFixture('dev-error-wiring');
    const integration = editorChecks();
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const config = { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${PROJECT_ROOT}/src/`), publicDir: pathToFileURL(`${PROJECT_ROOT}/public/`) };
    const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ config, command: 'dev', logger, injectScript: () => {}, updateConfig: () => {} });

    const { server: fake, page, ask } = fakeServer();
    const listeners = new Map<string, (file: string) => void>();
    const watcher = { add: () => {}, on: (event: string, listener: (file: string) => void) => listeners.set(event, listener) };
    const serverSetup = integration.hooks['astro:server:setup'] as (options: unknown) => void;
    serverSetup({ server: { ...fake, watcher }, logger });
    ask();
    expect(page).toEqual([{ errors: 0, summary: '' }]);

    const file = path.join(root, 'content/guide/en-indgang.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: vejledning', 'kind: lovgivningen'));
    listeners.get('change')!(file);
    ask();
    expect(page).toHaveLength(1);
    // The check runs after the debounce, on a busy machine maybe seconds later.
    await expect.poll(() => page.length, { timeout: 30_000 }).toBe(2);
    expect(page[1]!.errors).toBe(1);
    expect(page[1]!.summary).toContain('lovgivningen');
  });
});
