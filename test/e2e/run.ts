// End-to-end: the real demo page (Vite) → Chatwoot adapter → reference server (SQLite file).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemo, type Demo } from '../../scripts/demo-server.js';
import { run, test } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'pe-e2e-'));
const dataFile = join(dir, 'demo.sqlite');
let demo: Demo = await startDemo({ port: 0, serverPort: 0, dataFile });

async function openSettings(page: Page) {
  await page.goto(demo.url);
  await page.getByLabel('Your full name').waitFor();
}

test('edits the display name, saves, reloads and sees it kept', async (page) => {
  await openSettings(page);
  const displayName = page.getByLabel('Display name');
  assert.equal(await displayName.inputValue(), 'Jane');
  await displayName.fill('Jane from e2e');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await page.getByText('Your profile has been updated successfully').waitFor();
  await page.reload();
  await page.getByLabel('Your full name').waitFor();
  assert.equal(await page.getByLabel('Display name').inputValue(), 'Jane from e2e');
});

test('keeps the edit across a restart of both servers', async (page) => {
  await openSettings(page);
  await page.getByLabel('Your full name').fill('Jane Restarted');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await page.getByText('Your profile has been updated successfully').waitFor();
  await demo.close();
  demo = await startDemo({ port: 0, serverPort: 0, dataFile });
  await openSettings(page);
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'Jane Restarted');
});

test('shows the server refusing a taken email on the field and keeps the other edits', async (page) => {
  await openSettings(page);
  await page.getByLabel('Display name').fill('Kept edit');
  await page.getByLabel('Your email address').fill('taken@example.com');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await page.getByText('Email has already been taken').waitFor();
  assert.equal(await page.getByLabel('Display name').inputValue(), 'Kept edit');
  assert.equal(await page.getByLabel('Your email address').getAttribute('aria-invalid'), 'true');
});

try {
  await run();
} finally {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
}
