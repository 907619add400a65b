// How tests and benchmarks start Chromium: Debian's (`.ci/run` installs it), without the
// background traffic a fresh profile makes, so only the site's own requests are seen and counted.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
