// Types for readme-tables.mjs (plain JS, run by `npm run docs`), for the docs test.
import type { CustomElement, Manifest } from './manifest-build.mjs';

export const README: string;
export function updateReadme(readme: string, manifest: Manifest): Promise<string>;
export function readmeBlocks(readme: string): Record<string, string>;
export function elementTables(element: CustomElement): Promise<string>;
