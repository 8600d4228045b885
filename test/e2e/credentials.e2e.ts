// Expired or replaced credentials: the host's session renews the token and the refused call goes
// again; when it cannot, the user is told why and keeps the edits; a token reset whose reply is lost
// is recognised instead of failing every later call.
import type { Page } from '@playwright/test';
import {
  allowFailedRequests,
  expect,
  openSettings,
  saveProfile,
  test,
  type TestBackend,
} from './fixtures.js';

/** Regenerates the token behind the page's back, as another device would. */
async function resetElsewhere(backend: TestBackend): Promise<void> {
  const response = await fetch(new URL('api/v1/profile/reset_access_token', backend.server.url), {
    method: 'POST',
    headers: { api_access_token: backend.server.demo.token },
  });
  expect(response.status).toBe(200);
}

/** The host's session cannot give a token any more (signed out elsewhere). */
const sessionGone = (page: Page) => page.route('**/demo-session.json*', (route) => route.abort());

// Every test here provokes refused or failed requests, which the browser logs.
test.beforeEach(({ pageErrors }) => allowFailedRequests(pageErrors));

test('a token replaced elsewhere is renewed from the host session, and the save goes through', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await resetElsewhere(backend);
  await page.getByLabel('Your full name').fill('Jane Renewed');
  await saveProfile(page);
});

test('when the session cannot be renewed, the page says so and keeps the edits', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await sessionGone(page);
  await resetElsewhere(backend);
  await page.getByLabel('Your full name').fill('Jane Signed Out');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.locator('profile-details').getByRole('alert')).toContainText(
    'Your session has ended or your access was revoked',
  );
  await expect(page.locator('#notice')).toHaveText('Your session has ended: sign in again.');
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Signed Out');
  // Signed in again: the same press saves what was kept.
  await page.unroute('**/demo-session.json*');
  await saveProfile(page);
});

test('a token reset whose reply is lost: the host session has the new token, and it is shown', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  const old = backend.server.demo.token;
  backend.faults.inject({ kind: 'drop', phase: 'after', method: 'POST', path: /reset_access_token$/ });
  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  await expect.poll(() => backend.server.demo.token, { message: 'the reset landed' }).not.toBe(old);
  await expect(page.getByRole('textbox', { name: 'Access token' })).toHaveValue(backend.server.demo.token);
  await expect(page.locator('access-token').getByRole('status')).toContainText('New token generated');
});

test('a token reset whose reply is lost, with no way to the new token, says what happened', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await sessionGone(page);
  backend.faults.inject({ kind: 'drop', phase: 'after', method: 'POST', path: /reset_access_token$/ });
  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  const told = 'Your access token was regenerated, but the new one did not reach this page';
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(told);
  await expect(
    page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }),
    'no use trying again',
  ).toBeHidden();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  // Later calls say the same, not a bare failure.
  await page.getByLabel('Display name').fill('Jane After Reset');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.locator('profile-details').getByRole('alert')).toContainText(told);
  await expect(page.getByLabel('Display name')).toHaveValue('Jane After Reset');
});
