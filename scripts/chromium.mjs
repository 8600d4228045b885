// Finds the Chromium the tests, the demo checks and the e2e tests drive. Nothing downloads a browser:
// on Debian it is the `chromium` package; elsewhere point CHROME_PATH at any Chromium or Chrome.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/lib/chromium/chromium',
];

export function chromiumPath() {
  const path = process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    console.error(
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for headless Chromium as root in a container with no outside network (see toolchain notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];
