// The Audio, Email and Push sections on the demo page, through the Chatwoot adapter to the reference
// server: each change saves at once, and a reload shows it kept.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openSettings, untilServer } from './context.js';
import { test } from './harness.js';

/** Waits until the section's status says "Saved" (the user's view of it). */
const saved = (page: Page, section: 'audio' | 'email' | 'push') =>
  page
    .locator(`notification-prefs[sections="${section}"] [part~="status"]`)
    .filter({ hasText: 'Saved' })
    .waitFor();

async function openNotifications(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByRole('radio', { name: 'None (the default)' }).waitFor();
  await page.getByRole('checkbox', { name: 'Push A new conversation is created' }).waitFor();
}

test('changes audio, email and push settings, reloads and sees them kept', async (page) => {
  await openNotifications(page);
  // Chatwoot's defaults, shown explicitly: no audio alerts, "ding", assignment by email and push.
  assert.equal(await page.getByRole('radio', { name: 'None (the default)' }).isChecked(), true);
  assert.equal(
    await page.getByRole('checkbox', { name: 'Email A conversation is assigned to you' }).isChecked(),
    true,
  );

  await page.getByRole('radio', { name: 'All conversations' }).check();
  await saved(page, 'audio');
  await page.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
  await saved(page, 'audio');
  const volume = page.getByRole('slider', { name: 'Volume' });
  await volume.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page
    .getByRole('checkbox', { name: 'Repeat every 30 seconds while an assigned conversation is unread' })
    .check();
  await saved(page, 'audio');

  await page.getByRole('checkbox', { name: 'Email A new conversation is created' }).check();
  await page.getByRole('checkbox', { name: 'Email A conversation is assigned to you' }).uncheck();
  await saved(page, 'email');
  await page.getByRole('checkbox', { name: 'Push You are mentioned in a conversation' }).check();
  await saved(page, 'push');
  await untilServer(
    ({ audio, email, push }) =>
      audio.events.length === 3 &&
      audio.tone === 'bell' &&
      audio.volume === 0.8 &&
      audio.repeatWhileUnread &&
      email.conversation_creation &&
      !email.conversation_assignment &&
      push.conversation_mention,
  );

  await page.reload();
  await openNotifications(page);
  assert.equal(await page.getByRole('radio', { name: 'All conversations' }).isChecked(), true);
  assert.equal(await page.getByRole('combobox', { name: 'Alert tone' }).inputValue(), 'bell');
  assert.equal(await page.getByRole('slider', { name: 'Volume' }).inputValue(), '80');
  assert.equal(
    await page
      .getByRole('checkbox', { name: 'Repeat every 30 seconds while an assigned conversation is unread' })
      .isChecked(),
    true,
  );
  assert.equal(
    await page.getByRole('checkbox', { name: 'Email A new conversation is created' }).isChecked(),
    true,
  );
  assert.equal(
    await page.getByRole('checkbox', { name: 'Email A conversation is assigned to you' }).isChecked(),
    false,
  );
  assert.equal(
    await page.getByRole('checkbox', { name: 'Push You are mentioned in a conversation' }).isChecked(),
    true,
  );
  // One section's save did not touch another's: push assignment is still on.
  assert.equal(
    await page.getByRole('checkbox', { name: 'Push A conversation is assigned to you' }).isChecked(),
    true,
  );
});

test('switches a whole column with many quick changes, and keeps every one', async (page) => {
  await openNotifications(page);
  const all = page.getByRole('checkbox', { name: 'Push all events' });
  await all.check();
  // Quick toggles while the column write may still run: serialised, none lost.
  await page.getByRole('checkbox', { name: 'Push A new conversation is created' }).uncheck();
  await page
    .getByRole('checkbox', { name: 'Push A new message is created in a participating conversation' })
    .uncheck();
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByRole('checkbox', { name: 'Unassigned conversations' }).uncheck();
  await untilServer(
    ({ audio, push }) =>
      audio.events.join() === 'assigned,notme' &&
      !push.conversation_creation &&
      push.conversation_mention &&
      !push.participating_conversation_new_message,
  );

  await page.reload();
  await openNotifications(page);
  const push = async (name: string) => page.getByRole('checkbox', { name: `Push ${name}` }).isChecked();
  assert.equal(await push('A new conversation is created'), false);
  assert.equal(await push('A conversation is assigned to you'), true);
  assert.equal(await push('You are mentioned in a conversation'), true);
  assert.equal(await push('A new message is created in an assigned conversation'), true);
  assert.equal(await push('A new message is created in a participating conversation'), false);
  assert.equal(await page.getByRole('radio', { name: 'Custom' }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Unassigned conversations' }).isChecked(), false);
  assert.equal(
    await page.getByRole('checkbox', { name: 'Conversations assigned to others' }).isChecked(),
    true,
  );
});
