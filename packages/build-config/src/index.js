// Plain JavaScript: Vite loads a config's package imports with Node, which cannot run TypeScript.
// The types are in index.d.ts.
export { libraryConfig } from './library-config.js';
export { entriesFromExports, SOURCE_CONDITION } from './entries.js';
export { buildCdn } from './build-cdn.js';
