// Unsaved edits are kept on the device (IndexedDB) and come back after a reload; leaving with unsaved
// work asks first.
import type { Page } from '@playwright/test';
import { dumpKept, expect, openSettings, saveProfile, test } from './fixtures.js';

test('an unsaved edit comes back after a reload, with a notice, and Discard drops it', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Unsaved');
  // The draft is written as the user types (debounced): wait until it is on the device.
  await expect.poll(() => keptDrafts(page)).toBe(1);
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Unsaved');
  await expect(page.getByText('Unsaved changes restored.')).toBeVisible();
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Doe');
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Doe');
  await expect(page.getByText('Unsaved changes restored.')).toBeHidden();
});

test('a save clears the kept draft', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByLabel('Display name').fill('Saved Jane');
  await expect.poll(() => keptDrafts(page)).toBe(1);
  await saveProfile(page);
  await expect.poll(() => keptDrafts(page)).toBe(0);
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Saved Jane');
  await expect(page.getByText('Unsaved changes restored')).toBeHidden();
});

test('a draft older than the profile on the server says so instead of overwriting it', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Draft');
  await expect.poll(() => keptDrafts(page)).toBe(1);
  await page.close();
  // Meanwhile the name changes elsewhere (another device).
  await fetch(new URL('api/v1/profile', backend.server.url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', api_access_token: backend.server.demo.token },
    body: JSON.stringify({ profile: { name: 'Jane Elsewhere' } }),
  });
  const again = await page.context().newPage();
  await openSettings(again, backend);
  await expect(again.getByText('Your profile was changed elsewhere after you made them')).toBeVisible();
  await expect(again.getByLabel('Your full name')).toHaveValue('Jane Draft');
});

test('never keeps a password', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByRole('textbox', { name: 'Current password' }).fill('Secret-current-1!');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('Secret-new-1!xyz');
  await page.getByLabel('Your full name').fill('Jane With Password');
  await expect.poll(() => keptDrafts(page)).toBe(1);
  const stored = await page.evaluate(dumpKept);
  expect(stored).toContain('Jane With Password');
  expect(stored).not.toContain('Secret-');
  expect(stored).not.toContain(backend.server.demo.token);
});

test('leaving with unsaved work asks first', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Leaving');
  const asked = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Leaving');
});

test('a host that cancels pe-before-leave lets the page go without asking', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.evaluate(() =>
    document
      .querySelector('profile-settings')!
      .addEventListener('pe-before-leave', (e) => e.preventDefault()),
  );
  await page.getByLabel('Your full name').fill('Jane Leaving');
  let asked = false;
  page.on('dialog', (d) => ((asked = true), void d.accept()));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});

/** How many drafts and queues the page's device store holds. */
async function keptDrafts(page: Page): Promise<number> {
  return JSON.parse(await page.evaluate(dumpKept)).length;
}

test('where IndexedDB is refused, the form works as before and says nothing is kept', async ({
  page,
  backend,
}) => {
  // As in a locked-down or private window: opening the database fails.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Unkept');
  await expect(page.getByText("This browser doesn't keep unsaved changes")).toBeVisible();
  await saveProfile(page);
  await expect(page.getByText("This browser doesn't keep unsaved changes")).toBeHidden();
});
