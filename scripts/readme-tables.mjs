// The README's per-element tables, generated from the custom-elements manifest: properties and
// attributes, methods, events, slots, parts, custom properties and states. Each element's tables sit
// between `<!-- manifest:<tag> -->` and `<!-- /manifest:<tag> -->` under its heading; everything
// outside the markers is hand-written and left alone.
//
// `npm run docs` (and `npm run analyze`) rewrites the blocks; test/docs/manifest.node.test.ts fails
// when they differ from what the sources' JSDoc generates.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { buildManifest, customElements } from './manifest-build.mjs';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

const BLOCK = /<!-- manifest:([a-z-]+) -->\n[\s\S]*?<!-- \/manifest:\1 -->/g;

/**
 * The README with every element's block regenerated from the manifest. Fails when an element has
 * no block (add the two marker lines under its heading) or a block names no element.
 */
export async function updateReadme(readme, manifest) {
  const elements = new Map(customElements(manifest).map((el) => [el.tagName, el]));
  const inReadme = [...readme.matchAll(BLOCK)].map(([, tag]) => tag);
  const missing = [...elements.keys()].filter((tag) => !inReadme.includes(tag));
  const unknown = inReadme.filter((tag) => !elements.has(tag));
  if (missing.length || unknown.length) {
    throw new Error(
      [
        ...missing.map((tag) => `README.md has no "<!-- manifest:${tag} -->" block for <${tag}>`),
        ...unknown.map((tag) => `README.md has a "<!-- manifest:${tag} -->" block, but no element <${tag}>`),
      ].join('\n'),
    );
  }
  const tables = new Map();
  for (const [tag, element] of elements) tables.set(tag, await elementTables(element));
  return readme.replace(
    BLOCK,
    (_, tag) => `<!-- manifest:${tag} -->\n\n${tables.get(tag)}\n<!-- /manifest:${tag} -->`,
  );
}

/** The generated blocks of a README, by tag: what is between each pair of markers. */
export function readmeBlocks(readme) {
  return Object.fromEntries([...readme.matchAll(BLOCK)].map(([block, tag]) => [tag, block]));
}

/** One element's tables as Markdown, formatted by prettier with the project's settings. */
export async function elementTables(element) {
  // Members by name (own and inherited alike: the order of the base's fields says nothing to a user);
  // events, slots, parts, properties and states in the order their JSDoc gives.
  const members = (element.members ?? [])
    .filter((m) => !m.static && (m.privacy ?? 'public') === 'public')
    .sort((a, b) => a.name.localeCompare(b.name));
  const fields = members.filter((m) => m.kind === 'field');
  const attributeOnly = (element.attributes ?? []).filter(
    (a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName),
  );
  const markdown = [
    table(
      ['property', 'attribute', 'type', 'default', ''],
      [
        ...fields.map((f) => [
          code(f.name) + (f.readonly ? ' (read-only)' : ''),
          f.attribute ? code(f.attribute) : '',
          typeOf(f),
          f.default ? code(f.default) : '',
          text(f.description),
        ]),
        ...attributeOnly.map((a) => [
          '',
          code(a.name),
          typeOf(a),
          a.default ? code(a.default) : '',
          text(a.description),
        ]),
      ],
    ),
    table(
      ['method', 'returns', ''],
      members
        .filter((m) => m.kind === 'method')
        .map((m) => [
          code(signature(m)),
          m.return?.type ? code(m.return.type.text) : '',
          text(m.description),
        ]),
    ),
    table(
      ['event', 'type', ''],
      (element.events ?? []).map((e) => [code(e.name), typeOf(e), text(e.description)]),
    ),
    table(
      ['slot', ''],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', text(s.description)]),
    ),
    table(
      ['part', ''],
      (element.cssParts ?? []).map((p) => [code(p.name), text(p.description)]),
    ),
    table(
      ['custom property', 'default', ''],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        p.default ? code(p.default) : '',
        text(p.description),
      ]),
    ),
    table(
      ['state', ''],
      (element.cssStates ?? []).map((s) => [code(`:state(${s.name})`), text(s.description)]),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
  const options = await prettier.resolveConfig(README);
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

/** A Markdown table, or nothing when there are no rows. */
function table(header, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Prose on one line, with the pipes that would end a table cell escaped. */
function text(description = '') {
  return description.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A code span (GitHub needs `\|` inside one in a table too). */
function code(value) {
  const fence = value.includes('`') ? '``' : '`';
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${value.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}

function typeOf(item) {
  return item.type?.text ? code(item.type.text) : '';
}

function signature(method) {
  const params = (method.parameters ?? []).map(
    (p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`,
  );
  return `${method.name}(${params.join(', ')})`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const readme = await readFile(README, 'utf8');
  const updated = await updateReadme(readme, await buildManifest());
  if (updated === readme) {
    console.log('README.md: element tables up to date');
  } else {
    await writeFile(README, updated);
    console.log('README.md: element tables rewritten from the manifest');
  }
}
