// The Access Token section on the demo page, through the Chatwoot adapter to the reference server:
// copy the token, regenerate it, and the page keeps working with the new one, also after a reload.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { currentDemo, openSettings, untilServer } from './context.js';
import { test } from './harness.js';

const field = (page: Page) => page.locator('access-token [part~="token"]');

const MASK = '•'.repeat(24);

/** Waits until the token field shows `token` in the clear. */
const tokenShown = (page: Page, token: string) =>
  page.waitForFunction(
    (expected) =>
      document
        .querySelector('profile-settings')
        ?.shadowRoot?.querySelector('access-token')
        ?.shadowRoot?.querySelector('input')?.value === expected,
    token,
  );

test('copies the token without showing it', async (page) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: currentDemo().url });
  await openSettings(page);
  assert.equal(await field(page).inputValue(), MASK);
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.locator('access-token [part~="status"]').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), currentDemo().server.demo.token);
  assert.equal(await field(page).inputValue(), MASK, 'still hidden');
});

test('regenerates the token; the page keeps working, also after a reload', async (page) => {
  await openSettings(page);
  const old = currentDemo().server.demo.token;
  await page.getByRole('button', { name: 'Show token' }).click();
  await tokenShown(page, old);

  await page.getByRole('button', { name: 'Regenerate token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regenerate your access token?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(currentDemo().server.demo.token, old, 'cancel changes nothing');

  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await dialog.getByRole('button', { name: 'Regenerate' }).click();
  await page.locator('access-token [part~="status"]').filter({ hasText: 'New token generated' }).waitFor();
  const fresh = currentDemo().server.demo.token;
  assert.notEqual(fresh, old);
  assert.equal(await field(page).inputValue(), fresh, 'the new token is shown');

  // The adapter goes on with the new token: a save still works (and is undone, for the other tests).
  const box = page.getByRole('checkbox', { name: 'Email You are mentioned in a conversation' });
  await box.check();
  await untilServer((prefs) => prefs.email.conversation_mention);
  await box.uncheck();
  await untilServer((prefs) => !prefs.email.conversation_mention);

  // The old token is refused by the server.
  const refused = await fetch(`${currentDemo().server.url}/api/v1/profile`, {
    headers: { api_access_token: old },
  });
  assert.equal(refused.status, 401);

  await page.reload();
  await page.getByLabel('Your full name').waitFor();
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'Jane Doe', 'the profile loads');
  await page.getByRole('button', { name: 'Show token' }).click();
  await tokenShown(page, fresh);
});
