// The Audio, Email and Push sections on the demo page, through the Chatwoot adapter to the reference
// server: each change saves at once, and a reload shows it kept.
import type { Page } from '@playwright/test';
import { expect, openSettings, test, type TestBackend } from './fixtures.js';

/** Waits until the section's status says "Saved" (the user's view of it). */
const saved = (page: Page, section: 'Audio' | 'Email' | 'Push') =>
  expect(
    page
      .getByRole('region', { name: `${section} notifications` })
      .getByRole('status')
      .filter({ hasText: 'Saved' }),
  ).toBeVisible();

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

async function openNotifications(page: Page, backend: TestBackend): Promise<void> {
  await openSettings(page, backend);
  await expect(page.getByRole('radio', { name: 'None (the default)' })).toBeVisible();
  await expect(checkbox(page, 'Push A new conversation is created')).toBeVisible();
}

test('changes audio, email and push settings, reloads and sees them kept', async ({ page, backend }) => {
  await openNotifications(page, backend);
  // Chatwoot's defaults, shown explicitly: no audio alerts, "ding", assignment by email and push.
  await expect(page.getByRole('radio', { name: 'None (the default)' })).toBeChecked();
  await expect(checkbox(page, 'Email A conversation is assigned to you')).toBeChecked();

  await page.getByRole('radio', { name: 'All conversations' }).check();
  await saved(page, 'Audio');
  await page.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
  await saved(page, 'Audio');
  const volume = page.getByRole('slider', { name: 'Volume' });
  await volume.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await checkbox(page, 'Repeat every 30 seconds while an assigned conversation is unread').check();
  await saved(page, 'Audio');

  await checkbox(page, 'Email A new conversation is created').check();
  await checkbox(page, 'Email A conversation is assigned to you').uncheck();
  await saved(page, 'Email');
  await checkbox(page, 'Push You are mentioned in a conversation').check();
  await saved(page, 'Push');
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({
      audio: {
        events: expect.arrayContaining(['assigned', 'unassigned', 'notme']),
        tone: 'bell',
        volume: 0.8,
        repeatWhileUnread: true,
      },
      email: { conversation_creation: true, conversation_assignment: false },
      push: { conversation_mention: true },
    });

  await page.reload();
  await openNotifications(page, backend);
  await expect(page.getByRole('radio', { name: 'All conversations' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Alert tone' })).toHaveValue('bell');
  await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('80');
  await expect(
    checkbox(page, 'Repeat every 30 seconds while an assigned conversation is unread'),
  ).toBeChecked();
  await expect(checkbox(page, 'Email A new conversation is created')).toBeChecked();
  await expect(checkbox(page, 'Email A conversation is assigned to you')).not.toBeChecked();
  await expect(checkbox(page, 'Push You are mentioned in a conversation')).toBeChecked();
  // One section's save did not touch another's: push assignment is still on.
  await expect(checkbox(page, 'Push A conversation is assigned to you')).toBeChecked();
});

test('switches a whole column with many quick changes, and keeps every one', async ({ page, backend }) => {
  await openNotifications(page, backend);
  await page.getByRole('radio', { name: 'All conversations' }).check();
  await checkbox(page, 'Push all events').check();
  // Quick toggles while the column write may still run: serialised, none lost.
  await checkbox(page, 'Push A new conversation is created').uncheck();
  await checkbox(page, 'Push A new message is created in a participating conversation').uncheck();
  await page.getByRole('radio', { name: 'Custom' }).check();
  await checkbox(page, 'Unassigned conversations').uncheck();
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({
      audio: { events: ['assigned', 'notme'] },
      push: {
        conversation_creation: false,
        conversation_mention: true,
        participating_conversation_new_message: false,
      },
    });

  await page.reload();
  await openNotifications(page, backend);
  const push = (name: string) => checkbox(page, `Push ${name}`);
  await expect(push('A new conversation is created')).not.toBeChecked();
  await expect(push('A conversation is assigned to you')).toBeChecked();
  await expect(push('You are mentioned in a conversation')).toBeChecked();
  await expect(push('A new message is created in an assigned conversation')).toBeChecked();
  await expect(push('A new message is created in a participating conversation')).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked();
  await expect(checkbox(page, 'Unassigned conversations')).not.toBeChecked();
  await expect(checkbox(page, 'Conversations assigned to others')).toBeChecked();
});
