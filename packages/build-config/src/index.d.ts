import type { LogLevel, UserConfig } from 'vite';

/** The export condition that points workspace packages at their TypeScript sources. */
export declare const SOURCE_CONDITION: 'pe-source';

/** The library build of the package in `packageDir`; its entries are its package.json exports. */
export declare function libraryConfig(packageDir: string): UserConfig;

/** Entry name (path under `src/` without extension) → source file, from package.json `exports`. */
export declare function entriesFromExports(packageDir: string): Record<string, string>;

/** Options of `buildCdn`. */
export interface CdnBuildOptions {
  /** The package to build; default the working directory. */
  packageDir?: string;
  /** Where the files go; default `<packageDir>/dist/cdn`. Emptied first. */
  outDir?: string;
  /** The entries to build (`define/profile-settings`, `index`); default every export of the package. */
  entries?: string[];
  /** Write `.map` files too; default false. */
  sourcemap?: boolean;
  /** Vite's log level; default 'warn'. */
  logLevel?: LogLevel;
}

/**
 * The CDN build: one self-contained, minified ES2022 file per entry (every dependency bundled, no
 * bare import specifier left), its lazily imported code in `chunks/`. Resolves to the files written,
 * relative to `outDir`.
 */
export declare function buildCdn(options?: CdnBuildOptions): Promise<string[]>;
