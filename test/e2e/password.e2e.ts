// The Password section on the demo page, through the Chatwoot adapter to the reference server.
import type { Page } from '@playwright/test';
import {
  allowRefusal,
  changePassword as change,
  expect,
  expectFieldError,
  openSettings,
  test,
} from './fixtures.js';

const SEEDED = 'Password1!';
const NEW = 'E2e Passw0rd!';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('offers password managers a real form with the account as username', async ({ page, backend }) => {
  await openSettings(page, backend);
  const form = page.locator('password-change form');
  await expect(form.locator('input[autocomplete="username"]')).toHaveValue('agent@example.com');
  expect(
    await form
      .locator('input[type="password"]')
      .evaluateAll((inputs) =>
        inputs.map((i) => [i.getAttribute('autocomplete'), i.getRootNode() === document]),
      ),
  ).toEqual([
    ['current-password', true],
    ['new-password', true],
    ['new-password', true],
  ]);
});

test('changes the password, refuses the old one, and changes it back', async ({
  page,
  backend,
  pageErrors,
}) => {
  allowRefusal(pageErrors);
  await openSettings(page, backend);
  await field(page, 'New password').fill('pässword');
  await expect(page.getByText('Not allowed: ä')).toBeVisible();

  await change(page, SEEDED, NEW);
  await expect(page.getByText('Your password has been changed')).toBeVisible();
  await expect(field(page, 'New password'), 'the fields are cleared').toHaveValue('');

  // The old password is no longer the current one.
  await change(page, SEEDED, SEEDED);
  await expectFieldError(field(page, 'Current password'), /Invalid current password/);

  await change(page, NEW, SEEDED);
  await expect(page.getByText('Your password has been changed')).toBeVisible();
});
