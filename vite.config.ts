/**
 * Two things live here:
 *
 * - The default export: the dev-server config (demo, e2e, and Storybook, which merges the project's
 *   Vite config into its own). It resolves the `pe-source` export condition, so
 *   `@profile-elements/*` imports load the packages' TypeScript sources instead of `dist/`.
 * - `libraryConfig()`: the shared library build that each publishable package's own
 *   `packages/<pkg>/vite.config.ts` calls with its entry points (`npm run build` in the package).
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type UserConfig } from 'vite';
// @ts-expect-error plain JS build helper, shared with the size bench
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** The export condition that points workspace packages at their sources (see packages/\*\/package.json). */
export const SOURCE_CONDITION = 'pe-source';

/** Peer and sibling packages stay imports in the published output. */
const EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^@profile-elements\//];

/**
 * The library build of one package: ESM, ES2022, sourcemaps, dependencies external, one output
 * file per source module (`preserveModules`), so `dist/` mirrors `src/` and the `.d.ts` files that
 * `tsc -p tsconfig.build.json` writes next to them.
 *
 * @param packageDir the package's directory (`import.meta.dirname` of its vite.config.ts)
 * @param entries entry names (the path under `src/` without extension, e.g. `define/all`)
 */
export function libraryConfig(packageDir: string, entries: string[]): UserConfig {
  return {
    root: packageDir,
    // Libraries have no public dir; a stray one must not land in dist/.
    publicDir: false,
    // The templates' static text ships without the source's indentation.
    plugins: [minifyTemplatesPlugin()],
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: resolve(packageDir, 'dist'),
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries(entries.map((name) => [name, resolve(packageDir, 'src', `${name}.ts`)])),
        formats: ['es'],
      },
      rolldownOptions: {
        external: EXTERNAL,
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(packageDir, 'src'),
          // Bundler helpers (Oxc's `decorate`) come as virtual modules named after the tool's version;
          // give them a stable file name, so a toolchain update does not rename files in dist/.
          entryFileNames: (chunk) =>
            chunk.name.startsWith('_virtual/') ? `_virtual/${basename(chunk.name)}.js` : '[name].js',
        },
      },
    },
  };
}

/** Every `src/<dir>/*.ts` of a package as entry names (`<dir>/<name>`), e.g. the elements' define files. */
export function entriesIn(packageDir: string, dir: string): string[] {
  return readdirSync(resolve(packageDir, 'src', dir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => `${dir}/${basename(file, '.ts')}`)
    .sort();
}

export default defineConfig({
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  // The dev server scans every *.html under root for pre-bundling; only the demo is an app.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  server: { host: '127.0.0.1' },
});
