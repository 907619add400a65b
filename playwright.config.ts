// Browser tests in Debian's Chromium (/usr/bin/chromium; `.ci/run` installs it) against the
// built site served over real HTTP by scripts/serve.mjs.
import { defineConfig } from '@playwright/test';
import { PORTS } from './tests/helpers/ports';
import { CHROMIUM_LAUNCH } from './tests/helpers/chromium';

export const PORT = PORTS.site;

export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/browser/global-setup.ts',
  fullyParallel: false,
  // Two cores: files run two at a time; tests inside a file run in order unless a file opts in.
  workers: 2,
  timeout: 60_000,
  // Waits are for states (a search's status, a result link), never for time. A first search loads
  // Pagefind's WebAssembly and index while the other worker runs axe: allow it up to 15 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    // Served with the production security headers (deploy/security-headers.json), CSP included,
    // and the web editor's own (deploy/admin-headers.json) below /admin/.
    command: `node scripts/serve.mjs --dir dist --port ${PORT} --headers deploy/security-headers.json --path-headers deploy/admin-headers.json`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
