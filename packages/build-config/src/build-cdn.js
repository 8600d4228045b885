// @ts-check
// The CDN build: for hosts without a bundler, which load a package straight from a CDN with
// `<script type="module">`. Run from a package's folder (`node ../build-config/src/build-cdn.js`).
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { entriesFromExports, SOURCE_CONDITION } from './entries.js';

/**
 * @typedef {object} CdnBuildOptions
 * @property {string} [packageDir] the package to build; default the working directory
 * @property {string} [outDir] default `<packageDir>/dist/cdn`; emptied first
 * @property {string[]} [entries] the entry names to build (`define/profile-settings`, `index`);
 *   default every export of the package (`entriesFromExports`)
 * @property {boolean} [sourcemap] write `.map` files; default false: every npm install of the package
 *   carries dist/cdn, and maps would more than quadruple it (the elements: 1.3 MB → 5.6 MB)
 * @property {import('vite').LogLevel} [logLevel] default 'warn'
 */

/**
 * Builds one ESM file per entry into `outDir` (`define/profile-settings.js`, `index.js`), each with
 * every dependency inside (lit, @lit/context, zod, micromark, the sibling workspace packages…),
 * minified, ES2022: it imports nothing by bare name, so a browser runs it as is.
 *
 * One Vite build per entry, so an entry's whole static graph is its one file (one request before the
 * element works), whatever the other entries share with it. What an entry loads with a dynamic
 * `import()` (the sections after Profile, the locales, the Markdown preview) stays apart, in
 * `chunks/<name>-<hash>.js`: the first download stays small. The hash keeps the chunks of different
 * entries apart in the one folder (identical content lands in the same file).
 *
 * Workspace packages are built from their sources (the `pe-source` condition), not their dist/: the
 * CDN build then needs no other package built first, and cannot bundle a stale dist/.
 *
 * @param {CdnBuildOptions} [options]
 * @returns {Promise<string[]>} the files written, relative to `outDir`
 */
export async function buildCdn(options = {}) {
  const packageDir = resolve(options.packageDir ?? process.cwd());
  const outDir = resolve(options.outDir ?? resolve(packageDir, 'dist/cdn'));
  const all = cdnEntries(packageDir);
  const names = options.entries ?? Object.keys(all);
  for (const name of names) {
    if (!all[name])
      throw new Error(`${packageDir} has no entry "${name}"; it has ${Object.keys(all).join(', ')}`);
  }
  if (`${packageDir}/`.startsWith(`${outDir}/`))
    throw new Error(`outDir ${outDir} would empty the package itself`);
  await rm(outDir, { recursive: true, force: true });
  /** @type {Set<string>} */
  const written = new Set();
  for (const name of names) {
    const output = await build(cdnConfig(packageDir, outDir, name, all[name], options));
    for (const result of Array.isArray(output) ? output : [output]) {
      if (!('output' in result)) throw new Error('the CDN build returned a watcher');
      checkSelfContained(name, result.output);
      for (const file of result.output) written.add(file.fileName);
    }
  }
  return [...written].sort();
}

/**
 * The package's public entries: `entriesFromExports` without the targets of its subpath imports
 * (`#dev-warnings` → `dev/silent`), which are internal modules, bundled into the entries that use them.
 * @param {string} packageDir
 * @returns {Record<string, string>}
 */
function cdnEntries(packageDir) {
  const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));
  const internal = new Set(stringsIn(pkg.imports).map((target) => resolve(packageDir, target)));
  return Object.fromEntries(
    Object.entries(entriesFromExports(packageDir)).filter(([, file]) => !internal.has(file)),
  );
}

/**
 * Every string in a JSON value (the targets of an imports map, whatever its conditions).
 * @param {unknown} value
 * @returns {string[]}
 */
function stringsIn(value) {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];
}

/**
 * Fails the build unless the entry is one file and every import in it and its chunks names another
 * file of the build: a bare specifier left external (a dependency Rolldown could not resolve) would
 * only fail in the host's browser.
 *
 * One exception: Rolldown's runtime helpers (`__exportAll`, 150 bytes), which no chunk group can
 * capture, get a chunk of their own when the entry and a lazy chunk both need them (`define/all`,
 * whose Markdown preview needs them too): https://github.com/rolldown/rolldown/issues/2654.
 * @param {string} name
 * @param {import('vite').Rolldown.RolldownOutput['output']} output
 */
function checkSelfContained(name, output) {
  /** @type {Map<string, import('vite').Rolldown.OutputChunk>} */
  const chunks = new Map();
  for (const file of output) if (file.type === 'chunk') chunks.set(file.fileName, file);
  const isRuntime = (/** @type {string} */ fileName) =>
    chunks.get(fileName)?.moduleIds.every((id) => RUNTIME_MODULE.test(id)) ?? false;
  for (const chunk of chunks.values()) {
    const outside = [...chunk.imports, ...chunk.dynamicImports].filter((id) => !chunks.has(id));
    if (outside.length)
      throw new Error(`CDN build of ${name}: ${chunk.fileName} imports ${outside.join(', ')}`);
    const split = chunk.isEntry ? chunk.imports.filter((id) => !isRuntime(id)) : [];
    if (split.length)
      throw new Error(`CDN build of ${name}: the entry is split, it imports ${split.join(', ')}`);
  }
}

/** The id of Rolldown's runtime helpers module. */
const RUNTIME_MODULE = /^\0?rolldown[/:]runtime/;

/**
 * The Vite config of one entry's build.
 * @param {string} packageDir
 * @param {string} outDir
 * @param {string} name
 * @param {string} source
 * @param {CdnBuildOptions} options
 * @returns {import('vite').InlineConfig}
 */
function cdnConfig(packageDir, outDir, name, source, options) {
  return {
    root: packageDir,
    // Not the package's vite.config.ts: that is the library build, with its dependencies external.
    configFile: false,
    envDir: false,
    publicDir: false,
    mode: 'production',
    logLevel: options.logLevel ?? 'warn',
    resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
    plugins: [localeStrCopies()],
    build: {
      outDir,
      // Every entry writes into the same folder: buildCdn empties it once, before the first.
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: options.sourcemap ?? false,
      // Library mode: no preload helper wrapped around each dynamic import (the chunk's own imports
      // are enough), no `vite:preloadError` events, no root-relative URLs.
      lib: { entry: { [name]: source }, formats: ['es'] },
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // The chunks loaded later import what they share with the entry from the entry's file
        // (which the page has already run), so the entry's static graph stays one file.
        preserveEntrySignatures: 'allow-extension',
        // `define/all` imports statically the sections `define/profile-settings` imports lazily:
        // expected there, and not worth a warning per section.
        onLog: (level, log, handler) =>
          log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log),
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          // Whitespace too: library mode alone keeps it (for the host's bundler), here nothing follows.
          minify: true,
          // Keep the `@license` notices of what is bundled (lit's BSD-3-Clause asks for them), not the
          // `@__PURE__` marks library mode keeps for a bundler.
          comments: { legal: true, annotation: false, jsdoc: false },
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The entry's whole static graph in one group, which Rolldown merges into the entry's own
          // file (its common-chunk merging; `checkSelfContained` fails the build if it ever stops).
          // Without it Rolldown puts what the entry shares with its lazy chunks (lit, core…) into
          // common chunks, and the entry becomes 3–5 files loaded one after another.
          codeSplitting: { groups: [{ name: 'static-graph', tags: ['$initial'] }] },
        },
      },
    },
  };
}

/** A locale module of the elements (`src/locales/de.ts`); its name is the locale's. */
const LOCALE_MODULE = /[/\\]src[/\\]locales[/\\]([\w-]+)\.ts$/;
const COPY_QUERY = '?cdn-locale-copy=';

/**
 * Gives each locale module its own copy of `str` (@lit/localize's `internal/str-tag.js`, a few
 * dozen bytes) instead of importing the entry's. A locale chunk then imports nothing, so it is the
 * same bytes, and the same hashed file, in every entry's build: 11 files in `chunks/` instead of 11
 * per entry. The copy is the library's own file, so the tagged strings keep its shape.
 * @returns {import('vite').Plugin}
 */
function localeStrCopies() {
  return {
    name: 'profile-elements:cdn-locale-str-copies',
    // Before Vite's resolver, which would resolve the import to the one shared module.
    enforce: 'pre',
    async resolveId(source, importer) {
      const locale = importer?.match(LOCALE_MODULE)?.[1];
      if (source !== '@lit/localize' || !locale) return null;
      const strTag = await this.resolve('@lit/localize/internal/str-tag.js', importer);
      if (!strTag) throw new Error('@lit/localize/internal/str-tag.js not found: update the CDN build');
      return `${strTag.id}${COPY_QUERY}${locale}`;
    },
    async load(id) {
      const at = id.indexOf(COPY_QUERY);
      return at === -1 ? null : readFile(id.slice(0, at), 'utf8');
    },
  };
}

// `node ../build-config/src/build-cdn.js [--sourcemap]` from a package folder.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const files = await buildCdn({ sourcemap: process.argv.includes('--sourcemap') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `CDN build: ${files.filter((f) => !f.endsWith('.map')).length} files in dist/cdn (${seconds} s)`,
  );
}
