// Ports the test servers listen on. TEST_PORT_OFFSET shifts them all, so two checkouts can run
// their suites side by side on one machine.
const OFFSET = Number(process.env['TEST_PORT_OFFSET'] ?? 0);

export const PORTS = {
  site: 4322 + OFFSET,
  offline: 4330 + OFFSET,
  brokenSite: 4331 + OFFSET,
  privacyOpen: 4332 + OFFSET,
  privacyStrict: 4333 + OFFSET,
  basePath: 4334 + OFFSET,
  offlineLarge: 4335 + OFFSET,
  nginx: 4336 + OFFSET,
  devServer: 4337 + OFFSET,
} as const;
