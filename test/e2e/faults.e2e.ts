// The real demo through each fault the reference server can inject: every one ends in a clear state,
// with the user's edits kept and nothing sent twice.
import type { Page } from '@playwright/test';
import { allowFailedRequests, expect, openSettings, saveProfile, test } from './fixtures.js';

const updateProfile = (page: Page) => page.getByRole('button', { name: 'Update Profile' });
const profileSaved = (page: Page) =>
  expect(page.getByText('Your profile has been updated successfully')).toBeVisible();

// Every test here provokes failed requests, which the browser logs.
test.beforeEach(({ pageErrors }) => allowFailedRequests(pageErrors));

test('latency: the save shows as running and a second press sends nothing more', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  backend.faults.inject({ kind: 'latency', method: 'PUT', path: '/api/v1/profile', delayMs: 1500 });
  await page.getByLabel('Your full name').fill('Jane Slow');
  await updateProfile(page).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  // Submitting again (Enter in a field) while the first save runs.
  await page.getByLabel('Your full name').press('Enter');
  await profileSaved(page);
  expect(backend.faults.log.filter((r) => r.method === 'PUT')).toHaveLength(1);
});

test('500: the failure says so, the edits stay, and Try again saves them', async ({ page, backend }) => {
  await openSettings(page, backend);
  backend.faults.inject({ kind: 'error', method: 'PUT', path: '/api/v1/profile' });
  await page.getByLabel('Display name').fill('Jane Retried');
  await updateProfile(page).click();
  const alert = page.locator('profile-details').getByRole('alert');
  await expect(alert).toContainText('Something went wrong on the server. Your changes are kept');
  await expect(page.getByLabel('Display name')).toHaveValue('Jane Retried');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await profileSaved(page);
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Jane Retried');
});

test('dropped connection: a switch says it was not saved, and Try again saves it', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  const box = page.getByRole('checkbox', { name: 'Email A new conversation is created', exact: true });
  await expect(box).toBeVisible();
  backend.faults.inject({ kind: 'drop', method: 'PATCH', path: /notification_settings$/ });
  await box.check();
  await expect(box).toHaveAccessibleDescription(/Not saved: couldn't reach the server/);
  await expect(box, 'rolled back to what the server has').not.toBeChecked();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(box).toBeChecked();
  await expect.poll(async () => (await backend.preferences()).email.conversation_creation).toBe(true);
});

test('malformed JSON: the section says the server failed, and Try again loads it', async ({
  page,
  backend,
}) => {
  // Every attempt of the first load (the adapter retries a failed read twice).
  backend.faults.inject({ kind: 'malformed-json', method: 'GET', path: '/api/v1/profile', times: 3 });
  await page.goto(backend.pageUrl);
  const alert = page.locator('profile-details').getByRole('alert');
  await expect(alert).toContainText('Something went wrong on the server');
  backend.faults.clear();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Doe');
});

test('slow upload: the progress bar moves, and the image saves', async ({ page, backend }) => {
  await openSettings(page, backend);
  backend.faults.inject({
    kind: 'slow-upload',
    method: 'PUT',
    path: '/api/v1/profile',
    bytesPerSecond: 200_000,
  });
  await page.locator('profile-details input[type="file"]').setInputFiles({
    name: 'noise.png',
    mimeType: 'image/png',
    buffer: Buffer.from(await page.evaluate(noisyPng)),
  });
  await expect(page.getByRole('img', { name: 'Preview of your new profile image' })).toBeVisible();
  await updateProfile(page).click();
  await expect(page.locator('profile-details').getByRole('progressbar')).toBeVisible();
  await expect(page.getByText('Your profile has been updated successfully')).toBeVisible();
});

test('401: the section says the session ended, keeps the edits, and saves once signed in again', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  // Refused however often the adapter asks the host for a token.
  backend.faults.inject({ kind: 'unauthorized', method: 'PUT', path: '/api/v1/profile', times: Infinity });
  await page.getByLabel('Your full name').fill('Jane Expired');
  await updateProfile(page).click();
  await expect(page.locator('profile-details').getByRole('alert')).toContainText(
    'Your session has ended or your access was revoked',
  );
  await expect(page.locator('#notice'), 'the host heard pe-session-expired').toHaveText(
    'Your session has ended: sign in again.',
  );
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Expired');
  backend.faults.clear();
  await saveProfile(page);
});

/** A 512 × 512 PNG of noise (large, so the upload takes a while), as bytes: runs in the page. */
async function noisyPng(): Promise<number[]> {
  const canvas = new OffscreenCanvas(512, 512);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(512, 512);
  for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 2654435761) % 251;
  context.putImageData(pixels, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return [...new Uint8Array(await blob.arrayBuffer())];
}
