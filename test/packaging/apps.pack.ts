// Apps as host developers write them, installed from the tarballs outside the workspace: each
// type-checks (strict, and for the plain host also under `moduleResolution: node10`), builds, and the
// whole page loads and saves against the reference server on another origin.
import { test } from '@playwright/test';
import { backendFor, buildHost, serve } from './hosts.js';
import { openWholePage, saveInEverySection } from './whole-page.js';

const PACKAGES = [
  '@profile-elements/core',
  '@profile-elements/elements',
  '@profile-elements/chatwoot-adapter',
];

/** Each host: its folder under hosts/, what it installs from the tarballs and from the registry. */
const HOSTS = [
  {
    name: 'vanilla',
    title: 'a plain Vite + TypeScript host',
    packages: PACKAGES,
    tools: ['vite', 'typescript'],
  },
  {
    name: 'react',
    title: 'a React 19 host using @profile-elements/react',
    packages: [...PACKAGES, '@profile-elements/react'],
    tools: ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'],
  },
];

// One host per worker: installing and building them is most of the time.
test.describe.configure({ mode: 'parallel' });

for (const { name, title, packages, tools } of HOSTS) {
  test.describe(title, () => {
    let host: Awaited<ReturnType<typeof serve>>;
    let backend: Awaited<ReturnType<typeof backendFor>>;

    test.beforeAll(async () => {
      host = await serve(await buildHost(name, packages, tools));
      backend = await backendFor(host.origin);
    });
    test.afterAll(async () => {
      await host?.close();
      await backend?.close();
    });

    test('every section loads and saves through the Chatwoot adapter', async ({ page }) => {
      const errors = await openWholePage(page, backend);
      await saveInEverySection(page, backend, errors);
    });
  });
}
