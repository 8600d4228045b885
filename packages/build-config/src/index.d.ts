import type { UserConfig } from 'vite';

/** The export condition that points workspace packages at their TypeScript sources. */
export declare const SOURCE_CONDITION: 'pe-source';

/** The library build of the package in `packageDir`; its entries are its package.json exports. */
export declare function libraryConfig(packageDir: string): UserConfig;

/** Entry name (path under `src/` without extension) → source file, from package.json `exports`. */
export declare function entriesFromExports(packageDir: string): Record<string, string>;
