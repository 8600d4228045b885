// The end-to-end tests (test/e2e/*.e2e.ts): the demo page (Vite) → Chatwoot adapter → reference
// server (SQLite), in the system Chromium (nothing downloads a browser). Each test has its own
// backend and database, so files and tests run in parallel; fixtures are in test/e2e/fixtures.ts.
import { defineConfig } from '@playwright/test';
import { register } from 'node:module';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// The tests import the packages' TypeScript sources, which resolve through the `pe-source` condition.
register('./test/e2e/pe-source-condition.mjs', import.meta.url);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // A failed test runs once more, recording a trace (recording every run costs about 40% more
  // time). Passing only on the retry still fails the run: flakiness is a bug to fix, not to hide.
  retries: 1,
  failOnFlakyTests: true,
  // Screenshots and traces of failed tests, and their databases, stay in test-results/e2e.
  outputDir: 'test-results/e2e',
  preserveOutput: 'failures-only',
  reporter: [['list'], ['./test/e2e/summary-reporter.ts']],
  // Twice the default: the run shares two cores with the browser and both servers.
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
});
