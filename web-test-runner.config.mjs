// @ts-check
// Unit, component and contract tests in headless Chromium. Run through `npm test` (scripts/test.mjs),
// which loads this config under tsx so the reference-server plugin can import the TypeScript server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { referenceServerPlugin } from './scripts/wtr-reference-server-plugin.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['pe-source', 'development', 'browser'] },
  plugins: [
    // micromark's "development" build imports `debug`, which is CommonJS; its default build does not.
    {
      name: 'micromark-default-build',
      resolveImport: ({ source }) =>
        source === 'micromark' ? '/node_modules/micromark/index.js' : undefined,
    },
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    referenceServerPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 1,
  // Every test page loads, beside mocha, a module that makes an unhandled rejection fail the test, then
  // one that keeps a failure with a DOM node in it reportable (in this order: see each file).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body>
      <script type="module" src="${testFramework}"></script>
      <script type="module" src="/test/helpers/fail-on-unhandled-rejection.ts"></script>
      <script type="module" src="/test/helpers/cloneable-failures.ts"></script>
    </body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: [
      'packages/core/src/**/*.ts',
      'packages/elements/src/**/*.ts',
      'packages/chatwoot-adapter/src/**/*.ts',
    ],
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
