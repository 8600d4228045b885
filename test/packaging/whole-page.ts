// The scenario every scratch host passes: the whole page loads through the Chatwoot adapter from the
// reference server on another origin, and a change in each kind of section saves and reaches it.
import { expect, type Page } from '@playwright/test';
import type { backendFor } from './hosts.js';

type Backend = Awaited<ReturnType<typeof backendFor>>;

/** Every section of `<profile-settings>`, by the id it has inside it (Password is slotted). */
const SECTIONS = [
  'profile',
  'availability',
  'interface',
  'signature',
  'hotkey',
  'audio',
  'email',
  'push',
  'access-token',
];

/** Opens the host and waits until every section shows its data (custom state `ready`). */
export async function openWholePage(
  page: Page,
  backend: Backend,
  tag = 'profile-settings',
): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(backend.pageUrl());
  await page.waitForFunction(
    ({ tag, ids }) => {
      const settings = document.querySelector(tag);
      const sections = [
        ...ids.map((id) => settings?.shadowRoot?.getElementById(id)),
        settings?.querySelector('[slot="password"]'),
      ];
      return sections.every((section) => section?.matches(':state(ready)'));
    },
    { tag, ids: SECTIONS },
  );
  expect(errors, 'no error in the console').toEqual([]);
  return errors;
}

/**
 * Saves a change in the Profile, Availability, Hotkey, Interface, Signature, Email and Password
 * sections; the server holds each.
 */
export async function saveInEverySection(page: Page, backend: Backend, errors: string[]): Promise<void> {
  await page.getByLabel('Display name').fill('Packed Host');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.getByText('Your profile has been updated successfully')).toBeVisible();
  await expect.poll(async () => (await backend.profile())['display_name']).toBe('Packed Host');

  await page.getByRole('radio', { name: 'Busy', exact: true }).check();
  await expect
    .poll(async () => ((await backend.profile())['accounts'] as { availability: string }[])[0]?.availability)
    .toBe('busy');

  // Ctrl+Enter is Chatwoot's default: choosing Enter is a change.
  await page.locator('[id="hotkey"]').getByRole('radio', { name: 'Enter', exact: true }).check();
  await expect
    .poll(
      async () => ((await backend.profile())['ui_settings'] as Record<string, unknown>)['editor_message_key'],
    )
    .toBe('enter');

  await page.locator('[id="interface"] [part~="font-size"]').selectOption('18');
  await expect
    .poll(async () => ((await backend.profile())['ui_settings'] as Record<string, unknown>)['font_size'])
    .toBe('18px');

  await page.getByLabel('Signature', { exact: true }).fill('**Packed** host');
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expect.poll(async () => (await backend.profile())['message_signature']).toBe('**Packed** host');

  const email = page.getByRole('checkbox', { name: 'Email A conversation is assigned to you', exact: true });
  const wasOn = await email.isChecked();
  await email.click();
  await expect(email).toBeChecked({ checked: !wasOn });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Current password').fill('Password1!');
  await field('New password').fill('Packed-Host-2');
  await field('Confirm new password').fill('Packed-Host-2');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed')).toBeVisible();

  // The host heard every save through its typed `pe-saved` listener (or React callback).
  await expect(page.locator('#saved'), errors.join('\n')).toHaveText(
    /profile availability hotkey interface signature email password/,
  );
  expect(errors, 'no error in the console').toEqual([]);
}
