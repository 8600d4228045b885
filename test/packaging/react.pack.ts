// A React 19 host using @profile-elements/react, installed from the tarballs: it type-checks, builds, and
// the whole page loads and saves against the reference server on another origin.
import { test } from '@playwright/test';
import { backendFor, buildHost, serve } from './hosts.js';
import { openWholePage, saveInEverySection } from './whole-page.js';

let host: Awaited<ReturnType<typeof serve>>;
let backend: Awaited<ReturnType<typeof backendFor>>;

test.beforeAll(async () => {
  const dist = await buildHost(
    'react',
    [
      '@profile-elements/core',
      '@profile-elements/elements',
      '@profile-elements/chatwoot-adapter',
      '@profile-elements/react',
    ],
    ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'],
  );
  host = await serve(dist);
  backend = await backendFor(host.origin);
});
test.afterAll(async () => {
  await host?.close();
  await backend?.close();
});

test('a React host: every section loads and saves through the Chatwoot adapter', async ({ page }) => {
  const errors = await openWholePage(page, backend);
  await saveInEverySection(page, backend, errors);
});
