// Saves made offline wait (kept on the device), show as waiting, and go once, in order, when the
// browser is back online; a reload in between loses nothing.
import type { Page, Request } from '@playwright/test';
import {
  allowRefusal,
  expect,
  expectFieldError,
  goOffline,
  openSettings,
  test,
  type TestBackend,
} from './fixtures.js';

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

/** Counts the requests the page sends that match `method` and `path`. */
function countRequests(page: Page, method: string, path: RegExp): () => number {
  let count = 0;
  const seen = (request: Request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) count++;
  };
  page.context().on('request', seen);
  return () => count;
}

/** Opens the page and waits until the notification grid shows too. */
async function openAll(page: Page, backend: TestBackend) {
  await openSettings(page, backend);
  await expect(checkbox(page, 'Email A new conversation is created')).toBeVisible();
}

test('a profile saved offline waits, then saves once when back online', async ({
  page,
  backend,
  pageErrors,
}) => {
  await openSettings(page, backend);
  const puts = countRequests(page, 'PUT', /\/api\/v1\/profile$/);
  await goOffline(page, pageErrors);
  await page.getByLabel('Your full name').fill('Jane Offline');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(
    page.getByText("You're offline. Your changes will be saved when you're back online."),
  ).toBeVisible();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Offline');
  expect(puts()).toBe(0);

  await page.context().setOffline(false);
  await expect(page.getByText('Your profile has been updated successfully')).toBeVisible();
  expect(puts()).toBe(1);
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Offline');
  expect(puts(), 'exactly once').toBe(1);
});

test('a profile save that waited survives closing the page, and goes on the next visit', async ({
  page,
  backend,
  pageErrors,
}) => {
  await openSettings(page, backend);
  await goOffline(page, pageErrors);
  await page.getByLabel('Display name').fill('Queued Jane');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.getByText("You're offline.")).toBeVisible();
  await page.close();

  await page.context().setOffline(false);
  const again = await page.context().newPage();
  await openSettings(again, backend);
  await expect(again.getByText('Your profile has been updated successfully')).toBeVisible();
  await again.reload();
  await expect(again.getByLabel('Display name')).toHaveValue('Queued Jane');
  await expect(again.getByText('Unsaved changes restored')).toBeHidden();
});

test('a queued profile change the server refuses shows on its field, the value kept', async ({
  page,
  backend,
  pageErrors,
}) => {
  allowRefusal(pageErrors);
  await openSettings(page, backend);
  await goOffline(page, pageErrors);
  const email = page.getByLabel('Your email address');
  await email.fill('taken@example.com');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.getByText("You're offline.")).toBeVisible();
  await page.context().setOffline(false);
  await expectFieldError(email, /Email has already been taken/);
  await expect(email).toHaveValue('taken@example.com');
});

test('notification switches flipped offline wait next to their control and save in order once back', async ({
  page,
  backend,
  pageErrors,
}) => {
  await openAll(page, backend);
  const patches = countRequests(page, 'PATCH', /notification_settings$/);
  await goOffline(page, pageErrors);
  const created = checkbox(page, 'Email A new conversation is created');
  await created.check();
  await checkbox(page, 'Email A conversation is assigned to you').uncheck();
  await created.uncheck();
  await created.check();
  await expect(created, 'not undone').toBeChecked();
  await expect(created).toHaveAccessibleDescription(/Waiting for the network/);
  await page.getByRole('radio', { name: 'All conversations' }).check();
  expect(patches()).toBe(0);

  await page.context().setOffline(false);
  await expect(created).not.toHaveAccessibleDescription(/Waiting/);
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({
      audio: { events: expect.arrayContaining(['assigned', 'unassigned', 'notme']) },
      email: { conversation_creation: true, conversation_assignment: false },
    });
  // Two queued changes of the grid, merged where they touch the same key: no more than two writes.
  expect(patches()).toBeLessThanOrEqual(2);
});

test('notification changes made offline survive a reload and go once back online', async ({
  page,
  backend,
  pageErrors,
}) => {
  await openAll(page, backend);
  await goOffline(page, pageErrors);
  await checkbox(page, 'Email A new conversation is created').check();
  await page.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
  // "Waiting" shows once each change is kept on the device: the tab may close then.
  await expect(checkbox(page, 'Email A new conversation is created')).toHaveAccessibleDescription(/Waiting/);
  await expect(page.getByRole('combobox', { name: 'Alert tone' })).toHaveAccessibleDescription(/Waiting/);
  await page.close();

  await page.context().setOffline(false);
  const again = await page.context().newPage();
  await openAll(again, backend);
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({ audio: { tone: 'bell' }, email: { conversation_creation: true } });
  await again.reload();
  await expect(checkbox(again, 'Email A new conversation is created')).toBeChecked();
  await expect(again.getByRole('combobox', { name: 'Alert tone' })).toHaveValue('bell');
});
