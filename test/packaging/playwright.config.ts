// The packages as a host developer gets them: test/packaging/global-setup.ts builds and packs the
// public packages; each *.pack.ts installs the tarballs into a scratch host outside the workspace (its
// own temp folder, nothing linked), type-checks and builds it, and drives it in Chromium against the
// reference server on another origin. `npm test` runs it as its own step ("hosts"), after the others:
// the build writes the packages' dist/, which no other step may read while it changes.
import { defineConfig } from '@playwright/test';
import { register } from 'node:module';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

// The reference server is imported from its TypeScript sources (`pe-source`), as in the e2e tests.
register('../e2e/pe-source-condition.mjs', import.meta.url);

export default defineConfig({
  testDir: '.',
  testMatch: '*.pack.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Installing and building a host takes a while on two cores; the default 30 s is for one test.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  outputDir: '../../test-results/packaging',
  preserveOutput: 'failures-only',
  reporter: [['list'], ['../e2e/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
});
