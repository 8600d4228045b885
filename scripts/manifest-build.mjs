// The custom-elements manifest of @profile-elements/elements, built in memory: the analyzer run as
// `npm run analyze` runs it (packages/elements/custom-elements-manifest.config.mjs, whose plugins fail
// the run on incomplete JSDoc), without writing custom-elements.json. For the README tables
// (readme-tables.mjs) and the docs test, which must not depend on a file a clean clone lacks.
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const ELEMENTS_DIR = fileURLToPath(new URL('../packages/elements/', import.meta.url));

/** The manifest, as `cem analyze` in packages/elements would write it. Throws on incomplete docs. */
export async function buildManifest() {
  try {
    return await cli({ argv: ['analyze', '--quiet'], cwd: ELEMENTS_DIR, noWrite: true });
  } catch (error) {
    // The analyzer wraps a plugin's error in advice to report a bug to the plugin's author, with the
    // stack: keep only our config's list of what is missing.
    const incomplete = /the elements' JSDoc is incomplete:\n(?: {2}- .*\n?)+/.exec(String(error?.message));
    throw incomplete ? new Error(incomplete[0].trimEnd()) : error;
  }
}

/** The custom elements (declarations with a tag name), each with the path of its module. */
export function customElements(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((decl) => decl.tagName).map((decl) => ({ ...decl, path: mod.path })),
  );
}
