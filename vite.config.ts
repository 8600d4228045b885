/**
 * The dev-server config of the repository: the demo, the end-to-end tests, and Storybook, which merges
 * it into its own. It resolves the `pe-source` export condition, so `@profile-elements/*` imports load
 * the packages' TypeScript sources instead of `dist/`. Each package's library build is its own
 * `packages/<pkg>/vite.config.ts` (`libraryConfig()` from `@profile-elements/build-config`).
 */
import { SOURCE_CONDITION } from '@profile-elements/build-config';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  // The dev server scans every *.html under root for pre-bundling; only the demo is an app.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  server: { host: '127.0.0.1' },
});
