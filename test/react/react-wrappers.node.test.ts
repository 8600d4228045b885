/**
 * @profile-elements/react: its generated sources match the manifest, a bundler leaves out the
 * elements an app does not use, and the components work in a React 19 app that Vite builds from the
 * packages' sources (test/react/fixture/), driven in Chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, defaultClientConditions, preview, type InlineConfig, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SOURCE_CONDITION } from '@profile-elements/build-config';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { generate, HEADER, PACKAGE_DIR } from '../../packages/react/scripts/generate.mjs';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixture');

/** The generator's output, computed once (it runs the manifest analyzer). */
const generated = generate();
// Handled here so that a failure fails the tests that await it, not the process before they run.
generated.catch(() => {});

test('the generated components match the manifest (else: npm run generate -w @profile-elements/react)', async () => {
  const files = await generated;
  for (const [path, text] of files) {
    const file = join(PACKAGE_DIR, path);
    assert.ok(existsSync(file), `${path} is missing`);
    assert.equal(readFileSync(file, 'utf8'), text, `${path} is stale`);
  }
  const src = join(PACKAGE_DIR, 'src');
  const leftOver = readdirSync(src).filter(
    (file) => !files.has(`src/${file}`) && readFileSync(join(src, file), 'utf8').startsWith(HEADER),
  );
  assert.deepEqual(leftOver, [], 'generated files of elements the manifest no longer lists');
});

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'pe-react-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A Vite build of the fixture, with the workspace packages resolved to their sources. */
function config(buildOptions: InlineConfig['build']): InlineConfig {
  return {
    configFile: false,
    root: FIXTURE,
    publicDir: false,
    cacheDir: join(tmp, 'vite-cache'),
    logLevel: 'warn',
    resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
    build: {
      ...buildOptions,
      rolldownOptions: {
        ...buildOptions?.rolldownOptions,
        // The components' 'use client' is for React Server Components; an app bundle drops it, and
        // says so once per module (@vitejs/plugin-react silences the same warning in React apps).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return;
          warn(warning);
        },
      },
    },
  };
}

test('an app that renders only <ProfileDetails> bundles no other element', async () => {
  const result = await build(
    config({ write: false, rolldownOptions: { input: join(FIXTURE, 'details-only.ts') } }),
  );
  assert.ok(!('close' in result), 'a build, not a watcher');
  const modules = [result]
    .flat()
    .flatMap((output) => output.output)
    .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    .map((id) => relative(ROOT, id));
  const under = (dir: string) => modules.filter((id) => id.startsWith(dir)).map((id) => id.slice(dir.length));
  assert.deepEqual(under('packages/react/src/'), ['profile-details.ts'], 'React components bundled');
  assert.deepEqual(under('packages/elements/src/define/'), ['profile-details.ts'], 'tags defined');
  const tags = [...(await generated).keys()].flatMap((path) => /^src\/(.+)\.ts$/.exec(path)?.[1] ?? []);
  const others = tags.filter((tag) => tag !== 'index' && tag !== 'profile-details');
  const otherElements = modules.filter((id) =>
    others.some((tag) => id.startsWith(`packages/elements/src/${tag}/`)),
  );
  assert.deepEqual(otherElements, [], "other elements' modules bundled");
  assert.ok(under('packages/elements/src/profile-details/').length > 0, '<profile-details> is bundled');
});

describe('the components in a React 19 app, in Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;
  let url: string;

  before(async () => {
    const outDir = join(tmp, 'app');
    await build(config({ outDir, emptyOutDir: true }));
    server = await preview({
      ...config({ outDir }),
      preview: { host: '127.0.0.1', port: 0, strictPort: true },
    });
    const address = server.httpServer.address();
    assert.ok(address && typeof address === 'object', 'the preview server listens');
    url = `http://127.0.0.1:${address.port}/`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page of the app (new adapters, first callbacks), and the errors it reports. */
  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    return { page, errors };
  }
  const settings = (page: Page) => page.locator('profile-settings');
  const details = (page: Page) => page.locator('#root > #details');
  const log = (page: Page) => page.evaluate(() => [...window.fixture.log]);
  const saves = async (page: Page) => (await log(page)).filter((entry) => entry.includes(' saved '));
  /** Waits until the fixture has logged `entry`. */
  const logged = (page: Page, entry: string) =>
    page.waitForFunction((wanted) => window.fixture.log.includes(wanted), entry);

  test('objects reach the elements as properties, never as attributes, and the sections render', async () => {
    const { page, errors } = await openApp();
    // React sets the props in the commit that inserts the elements: checked as soon as they exist.
    await details(page).waitFor({ state: 'attached' });
    // (No named functions in here: tsx would wrap them in a `__name` helper the page lacks.)
    const elements = await page.evaluate(() =>
      (
        [
          ['profile-settings', window.fixture.settingsAdapter],
          ['#details', window.fixture.detailsAdapter],
        ] as const
      ).map(([selector, adapter]) => {
        const element = document.querySelector<Element & { adapter?: unknown }>(selector)!;
        return {
          tag: element.localName,
          upgraded: element.constructor === customElements.get(element.localName),
          sameAdapter: element.adapter === adapter,
          attributes: element.getAttributeNames(),
        };
      }),
    );
    assert.deepEqual(elements, [
      { tag: 'profile-settings', upgraded: true, sameAdapter: true, attributes: [] },
      // `id` is an HTMLElement property that reflects to its attribute; `adapter` has no attribute.
      { tag: 'profile-details', upgraded: true, sameAdapter: true, attributes: ['id'] },
    ]);

    await settings(page).getByLabel('Display name').waitFor();
    await details(page).getByLabel('Display name').waitFor();
    const sections = await page.evaluate(() => {
      const settings = document.querySelector('profile-settings')!;
      // Every shown section has its place in the page (`id` = its name), loaded or not.
      return {
        hiddenSections: settings.hiddenSections,
        interface: !!settings.shadowRoot?.querySelector('#interface'),
        accessToken: !!settings.shadowRoot?.querySelector('#access-token'),
      };
    });
    assert.deepEqual(sections, { hiddenSections: 'access-token', interface: true, accessToken: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('onSaved and onDirtyChange are called once per event, by the callbacks of the latest render', async () => {
    const { page, errors } = await openApp();
    const displayName = settings(page).getByLabel('Display name');
    const update = settings(page).getByRole('button', { name: 'Update Profile' });

    await displayName.fill('Jane from React');
    await logged(page, 'first dirty profile true');
    await update.click();
    await logged(page, 'first saved profile');
    // Every listener of an event runs within its dispatch, so a second call would be here already.
    assert.deepEqual(await saves(page), ['first saved profile']);

    // New callbacks, same elements: the old ones must no longer be called, the new ones once.
    const before = (await log(page)).length;
    await page.evaluate(() => window.fixture.render('second'));
    await displayName.fill('Jane from React, again');
    await logged(page, 'second dirty profile true');
    await update.click();
    await logged(page, 'second saved profile');
    assert.deepEqual(await saves(page), ['first saved profile', 'second saved profile']);
    const since = (await log(page)).slice(before);
    assert.deepEqual(
      since.filter((entry) => entry.startsWith('first')),
      [],
      'the first callbacks heard nothing after the second render',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('<ProfileDetails> on its own saves through its own adapter and callback', async () => {
    const { page, errors } = await openApp();
    await details(page).getByLabel('Display name').fill('Standalone');
    await details(page).getByRole('button', { name: 'Update Profile' }).click();
    await logged(page, 'details saved profile');
    assert.deepEqual(await saves(page), ['details saved profile'], '<ProfileSettings> saw nothing');
    const saved = await page.evaluate(
      async () => (await window.fixture.detailsAdapter.loadProfile()).displayName,
    );
    assert.equal(saved, 'Standalone');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
