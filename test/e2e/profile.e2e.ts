// The Profile section on the demo page, through the Chatwoot adapter to the reference server.
import assert from 'node:assert/strict';
import { openSettings, restartDemo } from './context.js';
import { test } from './harness.js';

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
  await restartDemo();
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
