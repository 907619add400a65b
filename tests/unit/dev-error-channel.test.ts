// The dev server's channel for content errors (src/integrations/dev-content-errors.ts): a page that
// asks gets the latest state, except while a check runs, when it waits for that check's state.
import { describe, expect, it } from 'vitest';
import { DEV_ERRORS_EVENT, devErrorChannel, type DevErrorState } from '../../src/integrations/dev-content-errors';

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
