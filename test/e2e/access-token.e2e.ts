// The Access Token section on the demo page, through the Chatwoot adapter to the reference server:
// copy the token, regenerate it, and the page keeps working with the new one, also after a reload.
import type { Page } from '@playwright/test';
import { expect, openSettings, test } from './fixtures.js';

const field = (page: Page) => page.getByRole('textbox', { name: 'Access token' });
const status = (page: Page) => page.locator('access-token').getByRole('status');

const MASK = '•'.repeat(24);

test('copies the token without showing it', async ({ page, context, backend }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(backend.pageUrl).origin,
  });
  await openSettings(page, backend);
  await expect(field(page)).toHaveValue(MASK);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(status(page)).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(backend.server.demo.token);
  await expect(field(page), 'still hidden').toHaveValue(MASK);
});

test('regenerates the token; the page keeps working, also after a reload', async ({ page, backend }) => {
  await openSettings(page, backend);
  const old = backend.server.demo.token;
  await page.getByRole('button', { name: 'Show token' }).click();
  await expect(field(page)).toHaveValue(old);

  await page.getByRole('button', { name: 'Regenerate token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regenerate your access token?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(backend.server.demo.token, 'cancel changes nothing').toBe(old);

  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await dialog.getByRole('button', { name: 'Regenerate' }).click();
  await expect(status(page)).toContainText('New token generated');
  const fresh = backend.server.demo.token;
  expect(fresh).not.toBe(old);
  await expect(field(page), 'the new token is shown').toHaveValue(fresh);

  // The adapter goes on with the new token: a save still works.
  await page.getByRole('checkbox', { name: 'Email You are mentioned in a conversation' }).check();
  await expect.poll(() => backend.preferences()).toMatchObject({ email: { conversation_mention: true } });

  // The old token is refused by the server.
  const refused = await fetch(`${backend.server.url}/api/v1/profile`, {
    headers: { api_access_token: old },
  });
  expect(refused.status).toBe(401);

  await page.reload();
  await expect(page.getByLabel('Your full name'), 'the profile loads').toHaveValue('Jane Doe');
  await page.getByRole('button', { name: 'Show token' }).click();
  await expect(field(page)).toHaveValue(fresh);
});
