// Types for framework-types.mjs (plain JS, run as `node scripts/framework-types.mjs`), for the test
// that type-checks the hosts against its output (test/docs/framework-types.node.test.ts).

/** The parts of a custom-elements manifest (schema 2.1) the typings are made from. */
export interface FrameworkTypesManifest {
  modules: {
    path: string;
    declarations?: {
      kind: string;
      name: string;
      tagName?: string;
      summary?: string;
      description?: string;
      members?: {
        kind: string;
        name: string;
        description?: string;
        type?: { text: string };
        static?: boolean;
        readonly?: boolean;
        privacy?: string;
      }[];
      attributes?: { name: string; description?: string; type?: { text: string }; fieldName?: string }[];
      events?: { name: string; description?: string; type?: { text: string } }[];
    }[];
  }[];
}

/** Writes the typings and editor data to `outDir`; returns the paths written. */
export function writeFrameworkTypes(manifest: FrameworkTypesManifest, outDir: string): Promise<string[]>;
/** The files' text by file name (react.d.ts, …, web-types.json). */
export function frameworkTypes(manifest: FrameworkTypesManifest, version: string): Record<string, string>;
