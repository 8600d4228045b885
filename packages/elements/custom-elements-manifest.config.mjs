// Config of `cem analyze` (run by `npm run analyze` in this package). Writes custom-elements.json,
// which Storybook reads for its controls and docs, the README's element tables are generated from
// (scripts/readme-tables.mjs), and which is published with the package.
//
// The classes' JSDoc is the source: `@tagname`, `@summary`, `@fires {EventClass} name - …`, `@slot`,
// `@csspart`, `@cssproperty` (`@cssprop`) and `@cssstate` (the analyzer reads all of them). The plugins
// below keep only public API, type the events and fail the run on what is missing, so a gap in the
// docs cannot reach the README or Storybook unnoticed.
//
// Tag names come from the classes' JSDoc `@tagname <tag>` lines: the classes are registered in
// src/define/*.ts through our own `define()` helper, which the analyzer does not recognise.

/** Drops what is not public API: private, protected and `#private` members. */
function publicApiOnly() {
  return {
    name: 'profile-elements:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of declarations(customElementsManifest)) {
        if (decl.members) {
          decl.members = decl.members.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/** `@fires {Type} name`, `@fires {Type<{ a: b }>} name` (one level of braces inside the type). */
const FIRES = /@(?:fires|event)\s+(\{(?:[^{}]|\{[^{}]*\})*\}\s*)?(\S+)/g;

/**
 * Typed events. The analyzer makes an event of every `@fires` line (typed when the line has a
 * `{Type}`) and one more of every `this.dispatchEvent(new SomeEvent(…))` it sees, typed but nameless
 * (or named after the constructor's first argument). This keeps the documented ones, and fails the
 * run when a `@fires` has no `{Type}` or an element's own methods dispatch an event class that none
 * of its `@fires` names (what a base class dispatches is documented by the elements that can fire
 * it: the base cannot know which of its paths a section reaches). A type naming a class of this package gets a `references` entry to its module.
 */
function typedEvents(problems) {
  /** `module#Class` → the event classes that class dispatches in its own methods. */
  const dispatched = new Map();
  return {
    name: 'profile-elements:typed-events',
    initialize() {
      dispatched.clear();
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!classDoc) return;
      const documented = new Set();
      for (const jsDoc of node.jsDoc ?? []) {
        for (const [, type, name] of jsDoc.getFullText().matchAll(FIRES)) {
          documented.add(name);
          if (!type) {
            problems.push(
              `${classDoc.name} (${moduleDoc.path}): "@fires ${name}" has no type; write "@fires {EventClass} ${name} - …"`,
            );
          }
        }
      }
      const fromCode = (classDoc.events ?? []).filter((e) => !documented.has(e.name));
      dispatched.set(
        `${moduleDoc.path}#${classDoc.name}`,
        fromCode.map((e) => baseName(e.type?.text)),
      );
      classDoc.events = (classDoc.events ?? []).filter((e) => documented.has(e.name));
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = declarationModules(customElementsManifest);
      for (const { decl, path } of classes(customElementsManifest)) {
        for (const event of decl.events ?? []) addReferences(event.type, modules);
        if (!decl.tagName) continue;
        const documentedTypes = new Set((decl.events ?? []).map((e) => baseName(e.type?.text)));
        for (const type of dispatched.get(`${path}#${decl.name}`) ?? []) {
          if (!documentedTypes.has(type)) {
            problems.push(
              `<${decl.tagName}> (${path}): dispatches ${type ?? 'an event'} but no "@fires {${type}} name" documents it ` +
                `(or mark the dispatch /** @ignore */ if the event is not public)`,
            );
          }
        }
      }
    },
  };
}

/**
 * Element classes need a tag name, so a missing `@tagname` cannot go unnoticed. A class that other
 * classes extend (the section base) is not an element of its own: it keeps no `customElement` flag,
 * so Storybook and the README do not list it.
 */
function requireTagNames(problems) {
  return {
    name: 'profile-elements:require-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const all = classes(customElementsManifest);
      const extended = new Set(all.map(({ decl }) => decl.superclass?.name).filter(Boolean));
      for (const { decl, path } of all) {
        if (!decl.customElement || decl.tagName) continue;
        if (extended.has(decl.name)) delete decl.customElement;
        else
          problems.push(`${decl.name} (${path}): a custom element without a tag name (add "@tagname <tag>")`);
      }
    },
  };
}

/**
 * Module paths as published: `dist/x.js`, not `src/x.ts` (which the package does not ship), so tools
 * that generate typings or wrappers from the manifest import what exists. Every `path` and `module`
 * (declarations, exports, type references, superclasses) is rewritten.
 */
function distPaths() {
  // The analyzer writes `src/x.ts`, `/src/x.js` (inherited members) and `./x.js` (the index's
  // re-exports, relative to src/); a package name (`lit`) stays.
  const toDist = (path) => {
    const local = /^(?:\/?src\/|\.\/)(.+)\.[jt]s$/.exec(path);
    return local ? `dist/${local[1]}.js` : path;
  };
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
        else walk(value);
      }
    }
  };
  return {
    name: 'profile-elements:dist-paths',
    packageLinkPhase: ({ customElementsManifest }) => walk(customElementsManifest),
  };
}

/** Fails the run with every problem the plugins above found. Must come last. */
function failOnProblems(problems) {
  return {
    name: 'profile-elements:docs-check',
    initialize() {
      problems.length = 0;
    },
    packageLinkPhase({ customElementsManifest }) {
      // `cssStates` are schema 2.1; the analyzer still writes 1.0.0.
      customElementsManifest.schemaVersion = '2.1.0';
      if (problems.length) {
        const list = problems.map((p) => `  - ${p}`);
        throw new Error(`the elements' JSDoc is incomplete:\n${list.join('\n')}`);
      }
    },
  };
}

function declarations(manifest) {
  return (manifest.modules ?? []).flatMap((mod) => mod.declarations ?? []);
}

function classes(manifest) {
  return (manifest.modules ?? []).flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.kind === 'class').map((decl) => ({ decl, path: mod.path })),
  );
}

/** Declaration name → the module that declares it. */
function declarationModules(manifest) {
  const modules = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (!modules.has(decl.name)) modules.set(decl.name, mod.path);
  }
  return modules;
}

/** `SettingsSavedEvent<Profile>` → `SettingsSavedEvent`. */
function baseName(typeText) {
  return typeText?.match(/^\s*([A-Za-z_$][\w$]*)/)?.[1];
}

/** Adds a schema `references` entry for each name in the type text that this package declares. */
function addReferences(type, modules) {
  if (!type?.text || type.references) return;
  const references = [...type.text.matchAll(/[A-Za-z_$][\w$]*/g)]
    .filter(([name]) => modules.has(name))
    .map(({ 0: name, index: start }) => ({
      name,
      module: modules.get(name),
      start,
      end: start + name.length,
    }));
  if (references.length) type.references = references;
}

/** The plugins, sharing one list of problems (emptied at the start of each run). */
function plugins() {
  const problems = [];
  return [
    publicApiOnly(),
    typedEvents(problems),
    requireTagNames(problems),
    distPaths(),
    failOnProblems(problems),
  ];
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
  plugins: plugins(),
};
