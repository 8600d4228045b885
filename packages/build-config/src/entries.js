// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The export condition that points workspace packages at their TypeScript sources. */
export const SOURCE_CONDITION = 'pe-source';

/** @typedef {string | { [condition: string]: ExportTarget } | null} ExportTarget */

/**
 * The entry points of a package's library build, read from its package.json `exports`: every export
 * whose `pe-source` condition names a file under `src/` is an entry, and a wildcard export
 * (`"./define/*.js": { "pe-source": "./src/define/*.ts" }`) is one entry per matching file; so is every
 * `pe-source` target of the package's `imports`. So what
 * the package exports and what its build emits cannot drift apart, and a new export (a new
 * `./rules`) needs no build change.
 *
 * @param {string} packageDir
 * @returns {Record<string, string>} entry name (the path under `src/` without extension, e.g.
 *   `define/all`) → source file
 */
export function entriesFromExports(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const entries = {};
  // Subpath imports (`#dev-warnings`) stay imports in the output (library-config.js), resolved by the
  // host's bundler under its conditions, so each of their targets is an entry too.
  for (const source of [...sourcesOf(pkg.exports ?? null), ...sourcesOf(pkg.imports ?? null)]) {
    for (const file of expand(packageDir, source)) {
      const name = file.slice('src/'.length).replace(/\.ts$/, '');
      entries[name] = resolve(packageDir, file);
    }
  }
  if (!Object.keys(entries).length) {
    throw new Error(`${packageDir}/package.json exports no "${SOURCE_CONDITION}" source: nothing to build`);
  }
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The `pe-source` targets of an exports map (conditions may nest).
 * @param {ExportTarget} target
 * @returns {string[]}
 */
function sourcesOf(target) {
  if (!target || typeof target === 'string') return [];
  return Object.entries(target).flatMap(([key, value]) =>
    key === SOURCE_CONDITION && typeof value === 'string' ? [value] : sourcesOf(value),
  );
}

/**
 * `./src/x.ts` → [`src/x.ts`]; `./src/define/*.ts` → every `src/define/<name>.ts` (one folder, no
 * subfolders). A missing file fails the build.
 * @param {string} packageDir
 * @param {string} source
 * @returns {string[]}
 */
function expand(packageDir, source) {
  const path = source.replace(/^\.\//, '');
  if (!path.startsWith('src/') || !path.endsWith('.ts')) {
    throw new Error(`${SOURCE_CONDITION} export "${source}" in ${packageDir} is not a .ts file under src/`);
  }
  if (!path.includes('*')) {
    if (!existsSync(join(packageDir, path))) throw new Error(`${packageDir}: "${source}" does not exist`);
    return [path];
  }
  const dir = dirname(path);
  const [prefix, suffix] = basename(path).split('*');
  return readdirSync(join(packageDir, dir))
    .filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && !file.endsWith('.d.ts'))
    .map((file) => `${dir}/${file}`);
}
