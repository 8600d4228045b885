// Several tabs of the same page: a save in one shows in the others at once, without touching what
// the user is typing there, and two tabs' notification writes never undo each other.
import type { Page } from '@playwright/test';
import { expect, openSettings, saveProfile, test, type TestBackend } from './fixtures.js';

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

async function twoTabs(page: Page, backend: TestBackend): Promise<[Page, Page]> {
  await openSettings(page, backend);
  const other = await page.context().newPage();
  await openSettings(other, backend);
  await expect(checkbox(page, 'Email A new conversation is created')).toBeVisible();
  await expect(checkbox(other, 'Email A new conversation is created')).toBeVisible();
  return [page, other];
}

test('a profile saved in one tab shows in the other at once, keeping what is typed there', async ({
  page,
  backend,
}) => {
  const [one, two] = await twoTabs(page, backend);
  await two.getByLabel('Display name').fill('Typing in tab two');
  await one.getByLabel('Your full name').fill('Jane From Tab One');
  await saveProfile(one);
  await expect(two.getByLabel('Your full name')).toHaveValue('Jane From Tab One');
  await expect(two.getByLabel('Display name'), 'the edit in progress stays').toHaveValue('Typing in tab two');
});

test('a notification switch saved in one tab flips in the other', async ({ page, backend }) => {
  const [one, two] = await twoTabs(page, backend);
  await checkbox(one, 'Push You are mentioned in a conversation').check();
  await expect(checkbox(two, 'Push You are mentioned in a conversation')).toBeChecked();
  await one.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
  await expect(two.getByRole('combobox', { name: 'Alert tone' })).toHaveValue('bell');
});

test('two tabs changing different notifications at the same time both keep their change', async ({
  page,
  backend,
}) => {
  const [one, two] = await twoTabs(page, backend);
  // Each write reads the whole settings, merges its change and writes them back (Chatwoot replaces
  // them wholesale): without a lock across tabs, the later write would undo the earlier one.
  // Each tab acts in turn on its own page (a click while a section above changes height could land
  // on the wrong box); the two tabs act at the same time.
  await Promise.all([
    (async () => {
      await checkbox(one, 'Email A new conversation is created').check();
      await one.getByRole('radio', { name: 'All conversations' }).check();
    })(),
    (async () => {
      await checkbox(two, 'Push A new message is created in a participating conversation').check();
      await two.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
    })(),
  ]);
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({
      audio: { tone: 'bell', events: expect.arrayContaining(['assigned', 'unassigned', 'notme']) },
      email: { conversation_creation: true },
      push: { participating_conversation_new_message: true },
    });
});
