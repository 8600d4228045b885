// Types for chromium.mjs (plain JS, shared with the wtr config), for the TypeScript that imports it.
export function chromiumPath(): string;
export const CHROMIUM_ARGS: string[];
