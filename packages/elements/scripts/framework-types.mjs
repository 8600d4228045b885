// @ts-check
// Typings for host frameworks and editors, generated from the custom-elements manifest: which props,
// attributes and `on…` listeners each tag takes in React 19, Preact, Vue, Svelte and Angular
// templates, and what VS Code (html.customData) and JetBrains IDEs (web-types) complete and document.
//
// `node scripts/framework-types.mjs` (in packages/elements) reads ./custom-elements.json (`npm run
// analyze` writes it) and writes ./types/. The .d.ts files name the classes and import them from
// '@profile-elements/elements' (the package itself), never the manifest's module paths: those point
// into src/ or dist/, and a host must get whichever its resolution picks.
// test/docs/framework-types.node.test.ts type-checks a small host of each framework against them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/**
 * The parts of the manifest (schema 2.1) read here (FrameworkTypesManifest in framework-types.d.mts).
 * @typedef {{ text: string }} ManifestType
 * @typedef {{ name: string, description?: string, summary?: string, type?: ManifestType }} Item
 * @typedef {Item & { kind: string, static?: boolean, readonly?: boolean, privacy?: string }} Member
 * @typedef {Item & { fieldName?: string }} Attribute
 * @typedef {{ kind: string, name: string, tagName?: string, summary?: string, description?: string,
 *   members?: Member[], attributes?: Attribute[], events?: Item[] }} Declaration
 * @typedef {{ modules: { path: string, declarations?: Declaration[] }[] }} Manifest
 *
 * One element, as the generators below see it.
 * @typedef {{ tag: string, className: string, doc: string, summary: string,
 *   properties: { name: string, type: string, text: string, doc: string }[],
 *   attributes: { name: string, type: string, doc: string, values: string[] }[],
 *   events: { name: string, type: string, doc: string }[] }} Element
 */

const PACKAGE = '@profile-elements/elements';
const PACKAGE_JSON = new URL('../package.json', import.meta.url);
const HEADER = 'Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.';

/**
 * Writes react.d.ts, preact.d.ts, vue.d.ts, svelte.d.ts, angular.d.ts, vscode.html-custom-data.json
 * and web-types.json to `outDir` (created if missing). Returns the paths written.
 * @param {Manifest} manifest
 * @param {string} outDir
 * @returns {Promise<string[]>}
 */
export async function writeFrameworkTypes(manifest, outDir) {
  const { version } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8'));
  const files = frameworkTypes(manifest, version);
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(outDir, name);
    await writeFile(path, text);
    written.push(path);
  }
  return written;
}

/**
 * The files' text by file name.
 * @param {Manifest} manifest
 * @param {string} version the package's, for web-types.json
 * @returns {Record<string, string>}
 */
export function frameworkTypes(manifest, version) {
  const declared = new Set(manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.name)));
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((decl) => decl.kind === 'class' && decl.tagName)
    .map((decl) => element(decl))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  // Every class the typings name: the elements, and whatever the events' types mention that this
  // package declares (the event classes; all exported from the package's index).
  const imports = [
    ...new Set([
      ...elements.map((el) => el.className),
      ...elements.flatMap((el) =>
        el.events.flatMap((e) => identifiers(e.type).filter((n) => declared.has(n))),
      ),
    ]),
  ].sort();
  return {
    'react.d.ts': jsxTypes(elements, imports, 'react'),
    'preact.d.ts': jsxTypes(elements, imports, 'preact'),
    'vue.d.ts': vueTypes(elements, imports),
    'svelte.d.ts': svelteTypes(elements, imports),
    'angular.d.ts': angularTypes(elements, imports),
    'vscode.html-custom-data.json': json(vscodeCustomData(elements)),
    'web-types.json': json(webTypes(elements, version)),
  };
}

/**
 * @param {Declaration} decl
 * @returns {Element}
 */
function element(decl) {
  const tag = /** @type {string} */ (decl.tagName);
  // Public, writable instance fields: what a host may set. Read-only state (`dirty`) and statics are
  // not props.
  const properties = (decl.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
    .map((m) => ({
      name: m.name,
      // Indexed, so the typings follow the class (and its imports) rather than the manifest's text.
      type: `${decl.name}['${m.name}']`,
      text: m.type?.text ?? 'unknown',
      doc: m.description ?? '',
    }));
  return {
    tag,
    className: decl.name,
    summary: decl.summary ?? '',
    doc: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
    properties,
    attributes: (decl.attributes ?? []).map((a) => ({
      name: a.name,
      type: a.type?.text ?? 'string',
      doc: a.description ?? '',
      values: stringLiterals(a.type?.text),
    })),
    events: (decl.events ?? [])
      .filter((e) => e.name)
      .map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', doc: e.description ?? '' })),
  };
}

// ---------------------------------------------------------------------------------------------------
// TypeScript declarations

/**
 * React 19 and Preact: an intrinsic element per tag. Both set a prop the element has as a property,
 * any other as an attribute, and attach `on<name>` props as listeners for the event `<name>`, case
 * kept (React: react-dom's setPropOnCustomElement; Preact: its setProperty): `onpe-saved`.
 * @param {Element[]} elements
 * @param {string[]} imports
 * @param {'react' | 'preact'} framework
 */
function jsxTypes(elements, imports, framework) {
  const react = framework === 'react';
  return [
    comment(HEADER, `${react ? 'React 19' : 'Preact'}: props of the custom elements in JSX.`),
    react
      ? `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`
      : `import type { HTMLAttributes } from 'preact';`,
    importLine(imports),
    '',
    react
      ? "/** React's props of any HTML element (with `ref` and `key`), but for the names the element redefines. */"
      : "/** Preact's props of any HTML element (with `ref`), but for the names the element redefines. */",
    react
      ? 'type Props<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;'
      : 'type Props<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;',
    '',
    `declare module '${framework}' {`,
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.flatMap((el) => [
      ...docLines(el.summary, '      '),
      `      ${quote(el.tag)}: Props<`,
      `        ${el.className},`,
      '        {',
      ...ownProps(el, (event) => `on${event.name}`, '          '),
      '        }',
      '      >;',
    ]),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Vue: a global component per tag, typed the way Vue's guide types custom elements (an instance type
 * with `$props`). The template compiler turns `@pe-saved` into the prop `onPeSaved`, and vue-tsc
 * checks the handler against it; at run time Vue adds the listener for `pe-saved`.
 * @param {Element[]} elements
 * @param {string[]} imports
 */
function vueTypes(elements, imports) {
  return [
    comment(HEADER, 'Vue 3: props and event listeners of the custom elements in templates (vue-tsc).'),
    `import type { AllowedComponentProps, HTMLAttributes, ReservedProps } from 'vue';`,
    importLine(imports),
    '',
    '/** A custom element as Vue template type-checking sees a component: its instance, with `$props`. */',
    'type CustomElement<E extends HTMLElement, Own> = new () => E & {',
    '  /** @deprecated Only for template type checking: an element has no `$props`. */',
    '  $props: Omit<HTMLAttributes, keyof Own> & ReservedProps & AllowedComponentProps & Own;',
    '};',
    '',
    `declare module 'vue' {`,
    '  interface GlobalComponents {',
    ...elements.flatMap((el) => [
      ...docLines(el.summary, '    '),
      `    ${quote(el.tag)}: CustomElement<`,
      `      ${el.className},`,
      '      {',
      ...ownProps(el, (event) => vueHandlerName(event.name), '        '),
      '      }',
      '    >;',
    ]),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Svelte 5: the tag's attributes. Svelte sets an attribute the element has as a property as that
 * property, and makes `onpe-saved={…}` a listener for `pe-saved`.
 * @param {Element[]} elements
 * @param {string[]} imports
 */
function svelteTypes(elements, imports) {
  return [
    comment(HEADER, 'Svelte 5: attributes and event listeners of the custom elements (svelte-check).'),
    `import type { HTMLAttributes } from 'svelte/elements';`,
    importLine(imports),
    '',
    "/** Svelte's attributes of any HTML element, but for the names the element redefines. */",
    'type Attributes<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;',
    '',
    `declare module 'svelte/elements' {`,
    '  interface SvelteHTMLElements {',
    ...elements.flatMap((el) => [
      ...docLines(el.summary, '    '),
      `    ${quote(el.tag)}: Attributes<`,
      `      ${el.className},`,
      '      {',
      ...ownProps(el, (event) => `on${event.name}`, '        '),
      '      }',
      '    >;',
    ]),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Angular: strict templates (strictDomEventTypes) type `(pe-saved)="f($event)"` on an element as the
 * listener of `document.createElement('<tag>').addEventListener('pe-saved', …)`: `$event` comes from
 * the tag's type in HTMLElementTagNameMap and HTMLElementEventMap. The elements' define modules and
 * event modules declare both already; this file declares them again (the same types, which is
 * allowed) so that a host whose program does not import those modules (elements loaded by a script
 * tag, or registered in another project) gets them too. Property bindings (`[adapter]`) on elements
 * are not type-checked by Angular at all (its checkTypeOfDomBindings is always off).
 * @param {Element[]} elements
 * @param {string[]} imports
 */
function angularTypes(elements, imports) {
  return [
    comment(HEADER, 'Angular: the custom elements and their events for strict template type checking.'),
    importLine(imports),
    '',
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    ...elements.flatMap((el) => [...docLines(el.summary, '    '), `    ${quote(el.tag)}: ${el.className};`]),
    '  }',
    '  // Every event of every element, for `addEventListener` on any element (the events bubble, so a',
    "  // host may listen on an ancestor too). The elements' own modules declare the same.",
    '  interface HTMLElementEventMap {',
    ...uniqueEvents(elements).flatMap(({ name, type, tags }) => [
      `    /** Fired by ${tags.map((tag) => `\`<${tag}>\``).join(', ')}. */`,
      `    ${quote(name)}: ${type};`,
    ]),
    '  }',
    '}',
    '',
    'export {};',
    '',
  ].join('\n');
}

/**
 * The element's own props: writable properties, attributes (strings, or the literals of a union),
 * then event listeners.
 * @param {Element} el
 * @param {(event: Element['events'][number]) => string} listenerName
 * @param {string} indent
 */
function ownProps(el, listenerName, indent) {
  const properties = new Set(el.properties.map((p) => p.name));
  return [
    ...el.properties.flatMap((p) => [...docLines(p.doc, indent), `${indent}${quote(p.name)}?: ${p.type};`]),
    // An attribute spelt like its property (`sections`) is that prop already.
    ...el.attributes
      .filter((a) => !properties.has(a.name))
      .flatMap((a) => [
        ...docLines(a.doc, indent),
        `${indent}${quote(a.name)}?: ${a.values.length ? a.values.map((v) => JSON.stringify(v)).join(' | ') : 'string'};`,
      ]),
    ...el.events.flatMap((e) => [
      ...docLines(`\`${e.name}\`: ${e.doc}`, indent),
      `${indent}${quote(listenerName(e))}?: (event: ${e.type}) => void;`,
    ]),
  ];
}

/**
 * `pe-saved` → `onPeSaved`: what Vue's compiler makes of `@pe-saved` (camelize, then capitalise).
 * @param {string} event
 */
function vueHandlerName(event) {
  const camel = event.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  return `on${camel[0].toUpperCase()}${camel.slice(1)}`;
}

/**
 * Each event name once, with its type (as the first element that fires it gives it) and the tags
 * that fire it.
 * @param {Element[]} elements
 */
function uniqueEvents(elements) {
  /** @type {Map<string, { name: string, type: string, tags: string[] }>} */
  const events = new Map();
  for (const el of elements) {
    for (const { name, type } of el.events) {
      const event = events.get(name) ?? { name, type, tags: [] };
      event.tags.push(el.tag);
      events.set(name, event);
    }
  }
  return [...events.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** @param {string[]} names */
function importLine(names) {
  return `import type {\n${names.map((n) => `  ${n},\n`).join('')}} from '${PACKAGE}';`;
}

/**
 * A `/** … *\/` block (nothing for an empty text).
 * @param {string} text
 * @param {string} indent
 */
function docLines(text, indent) {
  if (!text.trim()) return [];
  const lines = text.replace(/\*\//g, '*\\/').trim().split('\n');
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`), `${indent} */`];
}

/** @param {string[]} lines */
function comment(...lines) {
  return lines.map((l) => `// ${l}`).join('\n') + '\n';
}

/**
 * `adapter` as is, `hidden-sections` quoted.
 * @param {string} name
 */
function quote(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/**
 * The identifiers of a type's text: `SettingsSavedEvent<Profile>` → both names.
 * @param {string} type
 */
function identifiers(type) {
  return [...type.matchAll(/[A-Za-z_$][\w$]*/g)].map(([name]) => name);
}

/**
 * `'a' | 'b'` → ['a', 'b']; anything that is not only string literals → [].
 * @param {string | undefined} type
 */
function stringLiterals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  const literal = /^(['"])([^'"\\]*)\1$/;
  if (!parts.every((p) => literal.test(p))) return [];
  return parts.map((p) => /** @type {RegExpExecArray} */ (literal.exec(p))[2]);
}

// ---------------------------------------------------------------------------------------------------
// Editor data

/**
 * VS Code's HTML custom data (format 1.1), for `html.customData`: tags and their attributes, with
 * the choices of an attribute whose type is a union of string literals.
 * @param {Element[]} elements
 */
function vscodeCustomData(elements) {
  return {
    $comment: HEADER,
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: markdown(
        [
          el.doc,
          el.events.length ? `**Events:** ${el.events.map((e) => `\`${e.name}\``).join(', ')}` : '',
          el.properties.length
            ? `**Properties:** ${el.properties.map((p) => `\`${p.name}\``).join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      ),
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: markdown(a.doc),
        ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
        // A boolean attribute takes no value ("v" is VS Code's built-in set for that).
        ...(a.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

/**
 * JetBrains web-types (schema 2): plain HTML elements, with attributes, the properties a script
 * sets (`js.properties`) and the events it listens to (`js.events`).
 * @param {Element[]} elements
 * @param {string} version
 */
function webTypes(elements, version) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    $comment: HEADER,
    name: PACKAGE,
    version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: el.doc,
          source: { module: PACKAGE, symbol: el.className },
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: a.doc,
            value: {
              type: a.values.length ? a.values.map((v) => JSON.stringify(v)).join(' | ') : a.type,
              ...(a.type === 'boolean' ? { kind: 'no-value' } : {}),
            },
          })),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: p.doc, type: p.text })),
            events: el.events.map((e) => ({ name: e.name, description: e.doc, type: e.type })),
          },
        })),
      },
    },
  };
}

/** @param {string} value */
function markdown(value) {
  return { kind: 'markdown', value };
}

/** @param {unknown} value */
function json(value) {
  return JSON.stringify(value, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------------

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The package's own files, wherever it is run from.
  const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const written = await writeFrameworkTypes(manifest, fileURLToPath(new URL('../types/', import.meta.url)));
  console.log(`framework-types: wrote ${written.length} files to types/`);
}
