// @ts-check
import { basename, resolve } from 'node:path';
import { entriesFromExports } from './entries.js';

/**
 * Peer and sibling packages stay imports in the published output. React (and `react/jsx-runtime`,
 * `react-dom/*`) is @profile-elements/react's peer: a second copy bundled in would break its hooks.
 */
const EXTERNAL = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^zod($|\/)/,
  /^@profile-elements\//,
  /^react($|\/)/,
  /^react-dom($|\/)/,
  // The package's own subpath imports (`#dev-warnings`): the host's bundler picks their target by its
  // conditions (development or not).
  /^#/,
];

/**
 * The library build of one package: ESM, ES2022, sourcemaps, dependencies external, one output
 * file per source module (`preserveModules`), so `dist/` mirrors `src/` and the `.d.ts` files that
 * `tsc -p tsconfig.build.json` writes next to them. The entries are the package's exports
 * (`entriesFromExports`). Nothing outside the package is read, so `vite build` works from its folder.
 *
 * The templates' static text is not minified: a maintained minifier
 * (@lit-labs/rollup-plugin-minify-html-literals) saved 2.5 % brotli of the quick-start bundle
 * (`<profile-settings>` + the Chatwoot adapter, bench/size.mjs), not worth its 43 packages.
 *
 * @param {string} packageDir the package's directory (`import.meta.dirname` of its vite.config.ts)
 * @returns {import('vite').UserConfig}
 */
export function libraryConfig(packageDir) {
  return {
    root: packageDir,
    // Libraries have no public dir; a stray one must not land in dist/.
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: resolve(packageDir, 'dist'),
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: entriesFromExports(packageDir), formats: ['es'] },
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
