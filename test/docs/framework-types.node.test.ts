/**
 * The typings for host frameworks and the editor data (packages/elements/scripts/framework-types.mjs)
 * are written from the manifest built from the sources, then each framework's own checker runs over a
 * small host of it (test/hosts/<framework>/, checked as test/hosts/checks.ts says): tsc for React and
 * Preact, vue-tsc, svelte-check, ngc with strict templates, each host reaching the sources through
 * `pe-source` and its typings by a path into packages/elements/types/. The same hosts checked in an
 * app that installed the tarballs: test/packaging/frameworks.pack.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildManifest, customElements, type CustomElement } from '../../scripts/manifest-build.mjs';
import { frameworkTypes, writeFrameworkTypes } from '../../packages/elements/scripts/framework-types.mjs';
import { checkHost, FRAMEWORK_HOSTS, HOSTS } from '../hosts/checks.js';

const ROOT = join(import.meta.dirname, '../..');
const TYPES_DIR = join(ROOT, 'packages/elements/types');

describe('typings for host frameworks (packages/elements/types/)', { concurrency: true }, () => {
  let elements: CustomElement[] = [];
  before(async () => {
    const manifest = await buildManifest();
    elements = customElements(manifest);
    await writeFrameworkTypes(manifest, TYPES_DIR);
  });

  // Each framework's checker over its host (test/hosts/checks.ts), against the workspace sources.
  for (const { framework, title } of FRAMEWORK_HOSTS)
    test(title, () => checkHost(framework, join(HOSTS, framework), ROOT));
  // The Vue quick start Storybook's Introduction shows (the Vue host above carries mistakes on purpose).
  test('Vue quick start of the Storybook Introduction: vue-tsc', () =>
    checkHost('vue', join(ROOT, 'stories/docs/snippets/vue'), ROOT));

  test('vscode.html-custom-data.json: every tag, attribute and event', async () => {
    const data = JSON.parse(await readFile(join(TYPES_DIR, 'vscode.html-custom-data.json'), 'utf8'));
    assert.equal(data.version, 1.1);
    assert.deepEqual(
      data.tags.map((t: { name: string }) => t.name),
      elements.map((el) => el.tagName).sort(),
    );
    for (const el of elements) {
      const tag = data.tags.find((t: { name: string }) => t.name === el.tagName);
      assert.deepEqual(
        tag.attributes.map((a: { name: string }) => a.name),
        (el.attributes ?? []).map((a) => a.name),
        `<${el.tagName}>'s attributes`,
      );
      assert.ok(el.summary && tag.description.value.startsWith(el.summary), `<${el.tagName}>'s description`);
      // The format has no events: the tag's description lists them.
      for (const event of el.events ?? []) {
        assert.ok(tag.description.value.includes(`\`${event.name}\``), `<${el.tagName}> ${event.name}`);
      }
    }
  });

  test('web-types.json: every element, attribute, property and event', async () => {
    const data = JSON.parse(await readFile(join(TYPES_DIR, 'web-types.json'), 'utf8'));
    const own = JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8'));
    assert.equal(data.name, own.name);
    assert.equal(data.version, own.version);
    const html = data.contributions.html.elements as {
      name: string;
      description: string;
      attributes: { name: string }[];
      js: { properties: { name: string }[]; events: { name: string; type: string }[] };
    }[];
    assert.deepEqual(
      html.map((e) => e.name),
      elements.map((el) => el.tagName).sort(),
    );
    for (const el of elements) {
      const entry = html.find((e) => e.name === el.tagName)!;
      const names = (items: { name: string }[]) => items.map((i) => i.name);
      assert.deepEqual(names(entry.attributes), names(el.attributes ?? []), `<${el.tagName}>'s attributes`);
      assert.deepEqual(
        entry.js.events.map((e) => [e.name, e.type]),
        (el.events ?? []).map((e) => [e.name, e.type?.text]),
        `<${el.tagName}>'s events`,
      );
      const writable = (el.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
      );
      assert.deepEqual(names(entry.js.properties), names(writable), `<${el.tagName}>'s properties`);
      assert.ok(el.summary && entry.description.startsWith(el.summary), `<${el.tagName}>'s description`);
    }
  });

  test('an attribute typed as a union of string literals offers them as values', () => {
    const files = frameworkTypes(
      {
        modules: [
          {
            path: 'src/x.ts',
            declarations: [
              {
                kind: 'class',
                name: 'XDemo',
                tagName: 'x-demo',
                attributes: [{ name: 'size', type: { text: "'small' | 'large'" }, fieldName: 'size' }],
                members: [{ kind: 'field', name: 'size', type: { text: "'small' | 'large'" } }],
              },
            ],
          },
        ],
      },
      '1.0.0',
    );
    const vscode = JSON.parse(files['vscode.html-custom-data.json']!);
    assert.deepEqual(vscode.tags[0].attributes[0].values, [{ name: 'small' }, { name: 'large' }]);
    const webTypes = JSON.parse(files['web-types.json']!);
    assert.equal(webTypes.contributions.html.elements[0].attributes[0].value.type, '"small" | "large"');
    // The property is typed by the class; the attribute spelt like it is not repeated.
    assert.match(files['react.d.ts']!, /size\?: XDemo\['size'\];/);
    assert.doesNotMatch(files['react.d.ts']!, /'size'\?:/);
  });

  test('every file says it is generated', async () => {
    for (const [name, text] of Object.entries(frameworkTypes({ modules: [] }, '0.0.0'))) {
      const head = name.endsWith('.json') ? JSON.parse(text).$comment : text.split('\n')[0];
      assert.match(head, /Generated from custom-elements\.json by scripts\/framework-types\.mjs/, name);
    }
  });
});
