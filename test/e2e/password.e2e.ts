// The Password section on the demo page, through the Chatwoot adapter to the reference server.
// Other tests rely on the seeded password: every test here leaves it as it found it, also when it fails.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { currentDemo, openSettings } from './context.js';
import { test } from './harness.js';

const SEEDED = 'Password1!';
const NEW = 'E2e Passw0rd!';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function change(page: Page, current: string, password: string, confirmation = password) {
  await field(page, 'Current password').fill(current);
  await field(page, 'New password').fill(password);
  await field(page, 'Confirm new password').fill(confirmation);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/** Puts the seeded password back through the API (a no-op when it is already back). */
async function restore(): Promise<void> {
  const { server } = currentDemo();
  await fetch(`${server.url}/api/v1/profile`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', api_access_token: server.demo.token },
    body: JSON.stringify({
      profile: { current_password: NEW, password: SEEDED, password_confirmation: SEEDED },
    }),
  });
}

test('offers password managers a real form with the account as username', async (page) => {
  await openSettings(page);
  const form = page.locator('password-change form');
  assert.equal(await form.locator('input[autocomplete="username"]').inputValue(), 'agent@example.com');
  assert.deepEqual(
    await form
      .locator('input[type="password"]')
      .evaluateAll((inputs) =>
        inputs.map((i) => [i.getAttribute('autocomplete'), i.getRootNode() === document]),
      ),
    [
      ['current-password', true],
      ['new-password', true],
      ['new-password', true],
    ],
  );
});

test('changes the password, refuses the old one, and changes it back', async (page) => {
  try {
    await openSettings(page);
    await field(page, 'New password').fill('pässword');
    await page.getByText('Not allowed: ä').waitFor();

    await change(page, SEEDED, NEW);
    await page.getByText('Your password has been changed').waitFor();
    assert.equal(await field(page, 'New password').inputValue(), '', 'the fields are cleared');

    // The old password is no longer the current one.
    await change(page, SEEDED, SEEDED);
    await page
      .locator('password-change [part~="field-error"]')
      .getByText('Invalid current password')
      .waitFor();
    assert.equal(await field(page, 'Current password').getAttribute('aria-invalid'), 'true');

    await change(page, NEW, SEEDED);
    await page.getByText('Your password has been changed').waitFor();
  } finally {
    await restore();
  }
});
