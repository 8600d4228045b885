// Types for generate.mjs (plain JS, run by `npm run generate`), for the test that imports it.
import type { Manifest } from '../../../scripts/manifest-build.mjs';

/** packages/react/, where the paths of `generate()` start. */
export const PACKAGE_DIR: string;
/** The first line of every generated file. */
export const HEADER: string;
/** `pe-dirty-change` → `onDirtyChange`. */
export function callbackName(event: string): string;
/** The generated files (`src/<tag>.ts`, `src/index.ts`) by path under packages/react/. */
export function generate(manifest?: Manifest): Promise<Map<string, string>>;
