/**
 * The CDN build (packages/build-config/src/build-cdn.js) works for a host without a bundler: its files
 * import nothing by bare name, and a plain HTML page that imports them by URL (no import map) gets a
 * working `<profile-settings>` that saves through the Chatwoot adapter to a reference server on
 * another origin. The files are served at the paths jsDelivr gives them, as the README shows.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseSync } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildCdn } from '@profile-elements/build-config';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { LEGACY_SCRYPT_COST, startServer, type RunningServer } from '@profile-elements/reference-server';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const PACKAGES = join(import.meta.dirname, '../../packages');
/** Where jsDelivr serves a package's CDN files (`/npm/<name>@<range>/dist/cdn/`). */
const cdnPath = (name: string) => `npm/@profile-elements/${name}@0/dist/cdn`;
const ELEMENTS = cdnPath('elements');
const ADAPTER = cdnPath('chatwoot-adapter');

/** `<profile-settings>`'s sections: Profile comes with it, the others load lazily from `chunks/`. */
const SECTIONS = [
  'profile-details',
  'availability-prefs',
  'interface-prefs',
  'message-signature',
  'hotkey-prefs',
  'password-change',
  'notification-prefs',
  'access-token',
];

let root: string;
/** Every file the two builds wrote, as its path under `root`. */
let files: string[];

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'pe-cdn-'));
  const written = await Promise.all([
    buildCdn({
      packageDir: join(PACKAGES, 'elements'),
      outDir: join(root, ELEMENTS),
      entries: ['define/profile-settings'],
    }).then((list) => list.map((file) => `${ELEMENTS}/${file}`)),
    buildCdn({
      packageDir: join(PACKAGES, 'chatwoot-adapter'),
      outDir: join(root, ADAPTER),
      entries: ['index'],
    }).then((list) => list.map((file) => `${ADAPTER}/${file}`)),
  ]);
  files = written.flat();
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(fileName: string, code: string): string[] {
  const { module, errors } = parseSync(fileName, code);
  assert.deepEqual(errors, [], `${fileName} does not parse`);
  const dynamic = module.dynamicImports.map(({ moduleRequest }) => {
    const text = code.slice(moduleRequest.start, moduleRequest.end);
    // A computed `import(x)` could name anything: only string literals can be checked.
    assert.match(text, /^(["'`])[^"'`$]*\1$/, `${fileName}: import(${text}) is not a plain string`);
    return text.slice(1, -1);
  });
  return [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((entry) => entry.moduleRequest?.value ?? [])),
    ...dynamic,
  ];
}

test('the CDN files import nothing by bare name', async () => {
  const scripts = files.filter((file) => file.endsWith('.js'));
  assert.ok(scripts.includes(`${ELEMENTS}/define/profile-settings.js`), 'the elements entry is built');
  assert.ok(scripts.includes(`${ADAPTER}/index.js`), 'the adapter entry is built');
  assert.ok(
    scripts.some((file) => file.startsWith(`${ELEMENTS}/chunks/`)),
    'the lazily loaded sections are chunks of their own',
  );
  const bare: string[] = [];
  for (const file of scripts) {
    for (const specifier of specifiers(file, await readFile(join(root, file), 'utf8'))) {
      if (!/^\.{1,2}\//.test(specifier)) bare.push(`${file}: ${specifier}`);
    }
  }
  assert.deepEqual(bare, [], 'imports that are not relative');
});

test('the entry is one file: it statically imports nothing', async () => {
  const code = await readFile(join(root, ELEMENTS, 'define/profile-settings.js'), 'utf8');
  const { module } = parseSync('profile-settings.js', code);
  assert.deepEqual(
    module.staticImports.map((i) => i.moduleRequest.value),
    [],
    'the entry waits for no other file',
  );
});

/** Serves `root` (and `pages`) on 127.0.0.1; answers 404 for anything else. */
async function serveStatic(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    const file = normalize(join(root, path));
    const body = page ?? (file.startsWith(root) ? await readFile(file).catch(() => null) : null);
    res.writeHead(body === null ? 404 : 200, {
      'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream',
    });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The host page: plain HTML whose module script imports the CDN files by URL, no import map. */
function hostPage(origin: string, backend: RunningServer): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>CDN host</title><link rel="icon" href="data:," /></head>
  <body>
    <profile-settings></profile-settings>
    <script type="module">
      import '${origin}/${ELEMENTS}/define/profile-settings.js';
      import { ChatwootAdapter } from '${origin}/${ADAPTER}/index.js';
      document.querySelector('profile-settings').adapter = new ChatwootAdapter({
        baseUrl: ${JSON.stringify(backend.url)},
        token: ${JSON.stringify(backend.demo.token)},
      });
    </script>
  </body>
</html>`;
}

/** What went wrong in the page: errors, failed requests, answers of 400 and above. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

test('a plain HTML page loads <profile-settings> and the adapter from the CDN files and saves a profile', async () => {
  const pages = new Map<string, string>();
  const { server: files, origin } = await serveStatic(pages);
  const backend = await startServer({
    port: 0,
    dataFile: join(root, 'reference.sqlite'),
    corsOrigin: origin,
    passwordHashCost: LEGACY_SCRYPT_COST,
  });
  assert.notEqual(new URL(backend.url).origin, origin, 'the backend is on another origin');
  pages.set('/', hostPage(origin, backend));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const problems = watch(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${origin}/`);

    // Every section renders its heading: Profile from the entry, the others from their chunks.
    for (const tag of SECTIONS) {
      await page.locator(`profile-settings ${tag}`).getByRole('heading', { level: 2 }).first().waitFor();
    }
    const displayName = page.getByLabel('Display name', { exact: true });
    assert.equal(await displayName.inputValue(), 'Jane');
    await displayName.fill('Jane from a CDN');
    await page.getByRole('button', { name: 'Update Profile' }).click();
    await page.getByText('Your profile has been updated successfully').waitFor();

    const stored = await new ChatwootAdapter({
      baseUrl: backend.url,
      token: backend.demo.token,
    }).loadProfile();
    assert.equal(stored.displayName, 'Jane from a CDN', 'the server holds the new display name');
    assert.deepEqual(problems, [], 'errors, failed requests or 404s in the page');
    const elsewhere = requested.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${backend.url}/`),
    );
    assert.deepEqual(elsewhere, [], 'requests to neither the page nor the backend');
    assert.ok(
      requested.some((url) => url.startsWith(`${origin}/${ELEMENTS}/chunks/`)),
      'the lazy sections came from chunks/',
    );
  } finally {
    await browser?.close();
    await backend.close();
    await new Promise((resolve) => files.close(resolve));
  }
});
