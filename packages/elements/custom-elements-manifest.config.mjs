// Config of `cem analyze` (run by `npm run analyze` in this package). Writes custom-elements.json,
// which Storybook reads for its controls and docs and which is published with the package.
//
// Tag names come from the classes' JSDoc `@tagname <tag>` lines: the classes are registered in
// src/define/*.ts through our own `define()` helper, which the analyzer does not recognise.

/** Drops what is not public API: private and `#private` members, and events without a name. */
function publicApiOnly() {
  return {
    name: 'profile-elements:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
          // `this.dispatchEvent(new SomeEvent(...))` gives a nameless entry; the `@fires` JSDoc
          // documents the same event with its name and detail.
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
        }
      }
    },
  };
}

/** Fails the run when an element class has no tag name, so a missing `@tagname` cannot go unnoticed. */
function requireTagNames() {
  return {
    name: 'profile-elements:require-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.customElement && !decl.tagName) missing.push(`${decl.name} (${mod.path})`);
        }
      }
      if (missing.length) {
        throw new Error(
          `custom elements without a tag name (add a JSDoc "@tagname <tag>"): ${missing.join(', ')}`,
        );
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The define files only register tags (side effects); the classes carry the docs.
  exclude: ['src/define/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; do not let the analyzer
  // rewrite the file (it re-serialises the whole package.json).
  packagejson: false,
  plugins: [publicApiOnly(), requireTagNames()],
};
