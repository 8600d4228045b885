/**
 * Code, manifest and README agree. The manifest is built here from the sources (a clean clone has no
 * custom-elements.json), with the analyzer config that fails on incomplete JSDoc; then the README's
 * generated tables, the event types, the vocabulary, the parts each section declares in code and the
 * custom states the code uses are checked against it.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { buildManifest, customElements, ELEMENTS_DIR } from '../../scripts/manifest-build.mjs';
import { README, readmeBlocks, updateReadme } from '../../scripts/readme-tables.mjs';
import { SECTION_NAMES } from '../../packages/elements/src/section/events.ts';
import { isSection, vocabularyProblems } from './vocabulary.ts';
import { statesUsedIn } from './custom-states.ts';

describe('the custom-elements manifest', () => {
  // Built once; when the JSDoc is incomplete it throws, and every test below fails with the list.
  const built = buildManifest().then((manifest) => ({ manifest, elements: customElements(manifest) }));
  built.catch(() => {});

  test('lists every element with a tag name', async () => {
    const { elements } = await built;
    assert.deepEqual(elements.map((el) => el.tagName).sort(), [
      'access-token',
      'availability-prefs',
      'hotkey-prefs',
      'interface-prefs',
      'message-signature',
      'notification-prefs',
      'password-change',
      'profile-details',
      'profile-settings',
      'settings-provider',
    ]);
  });

  test('module paths name the published files (dist/*.js), each built from a source under src/', async () => {
    const { manifest } = await built;
    const paths = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]*"/g) ?? [];
    assert.deepEqual(
      paths.filter((p) => !/^"(?:path|module)":"(?:dist\/.*\.js|[^/"]*)"$/.test(p)),
      [],
      'every path is dist/…/*.js (or a package name)',
    );
    for (const mod of manifest.modules) {
      const source = mod.path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts');
      assert.ok(existsSync(join(ELEMENTS_DIR, source)), `${mod.path} has no source ${source}`);
    }
  });

  test("README.md's element tables are what the manifest generates (fix: npm run docs)", async () => {
    const { manifest } = await built;
    const readme = await readFile(README, 'utf8');
    // Block by block and line by line, so a failure shows the lines that differ.
    const lines = (text: string) =>
      Object.entries(readmeBlocks(text)).map(([tag, block]) => [tag, block.split('\n')]);
    assert.deepEqual(lines(readme), lines(await updateReadme(readme, manifest)));
  });

  test('every event has a type, and a type of this package links to its module', async () => {
    const { elements } = await built;
    const events = elements.flatMap((el) => (el.events ?? []).map((event) => ({ tag: el.tagName, event })));
    assert.deepEqual(
      events.filter(({ event }) => !event.type?.text).map(({ tag, event }) => `<${tag}> ${event.name}`),
      [],
    );
    // The event classes are all this package's own.
    assert.deepEqual(
      events
        .filter(({ event }) => !event.type?.references?.[0]?.module)
        .map(({ tag, event }) => `<${tag}> ${event.name}`),
      [],
    );
  });

  test('names follow the vocabulary (README "Names")', async () => {
    const { elements } = await built;
    assert.deepEqual(vocabularyProblems(elements, SECTION_NAMES), []);
  });

  test("each section's documented parts are the parts its code declares (<tag>/parts.ts)", async (t) => {
    const { elements } = await built;
    for (const element of elements.filter(isSection)) {
      // The manifest names the published module (dist/<tag>/<tag>.js); its source is under src/.
      const file = join(ELEMENTS_DIR, dirname(element.path).replace(/^dist\//, 'src/'), 'parts.ts');
      await t.test(`<${element.tagName}>`, async (t) => {
        if (!existsSync(file)) {
          console.warn(
            `SKIPPED: <${element.tagName}> has no ${file}: its parts are not checked against the code`,
          );
          t.skip(`no parts.ts for <${element.tagName}>`);
          return;
        }
        const { parts } = (await import(pathToFileURL(file).href)) as { parts: readonly string[] };
        const documented = (element.cssParts ?? []).map((p) => p.name);
        assert.deepEqual([...documented].sort(), [...parts].sort());
      });
    }
  });

  test('every custom state the code uses is documented with @cssstate', async () => {
    const { elements } = await built;
    const documented = new Set(elements.flatMap((el) => (el.cssStates ?? []).map((s) => s.name)));
    const undocumented = statesUsedIn(join(ELEMENTS_DIR, 'src'))
      .filter(({ state }) => !documented.has(state))
      .map(({ state, where }) => `${state} (${where})`);
    assert.deepEqual(undocumented, []);
  });
});
