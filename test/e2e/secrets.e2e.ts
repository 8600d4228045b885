// Passwords and tokens never reach IndexedDB, localStorage, sessionStorage, the console, an event's
// detail or an attribute — with drafts and the offline queue at work around them.
import type { Page } from '@playwright/test';
import { changePassword, dumpKept, expect, goOffline, openSettings, saveProfile, test } from './fixtures.js';

const NEW_PASSWORD = 'Secrets Passw0rd!';

/** Records, in the page, every event's `detail` as the page's listeners would see it. */
function recordEventDetails(): void {
  const details: string[] = [];
  (window as unknown as { __details: string[] }).__details = details;
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event: Event) {
    const detail = (event as CustomEvent).detail as unknown;
    if (detail !== undefined && detail !== null) {
      try {
        details.push(
          `${event.type} ${JSON.stringify(detail, (_k, v) => (v instanceof Error ? { ...v, message: v.message } : v))}`,
        );
      } catch {
        details.push(`${event.type} (not serialisable)`);
      }
    }
    return dispatch.call(this, event);
  };
}

/** Every attribute value in the document, shadow roots included. */
function allAttributes(): string[] {
  const values: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) values.push(`${attribute.name}=${attribute.value}`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return values;
}

/** Everything the page could have leaked a secret into, as one text. */
async function everywhere(page: Page, attributes: string[], consoleLines: string[]): Promise<string> {
  const stores = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    details: (window as unknown as { __details: string[] }).__details.join('\n'),
  }));
  return [
    await page.evaluate(dumpKept),
    stores.local,
    stores.session,
    stores.details,
    ...attributes,
    ...consoleLines,
  ].join('\n');
}

test('passwords and tokens stay out of storage, the console, event details and attributes', async ({
  page,
  context,
  backend,
  pageErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(backend.pageUrl).origin,
  });
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.addInitScript(recordEventDetails);
  await openSettings(page, backend);
  const { password: oldPassword, token: oldToken } = backend.server.demo;
  const attributes: string[] = [];

  // Drafts and the offline queue at work, with passwords typed beside them.
  await page.getByLabel('Your full name').fill('Jane Secretive');
  await page.getByLabel('Current password', { exact: true }).fill(oldPassword);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Show current password' }).click();
  await expect.poll(async () => JSON.parse(await page.evaluate(dumpKept)).length).toBeGreaterThan(0);
  await goOffline(page, pageErrors);
  await page.getByRole('checkbox', { name: 'Email A new conversation is created', exact: true }).check();
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.getByText("You're offline.")).toBeVisible();
  attributes.push(...(await page.evaluate(allAttributes)));
  await context.setOffline(false);
  await expect(page.getByText('Your profile has been updated successfully')).toBeVisible();

  await changePassword(page, oldPassword, NEW_PASSWORD);
  await expect(page.getByText('Your password has been changed')).toBeVisible();

  await page.getByRole('button', { name: 'Show token' }).click();
  await expect(page.getByRole('textbox', { name: 'Access token' })).toHaveValue(oldToken);
  attributes.push(...(await page.evaluate(allAttributes)));
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.locator('access-token').getByRole('status')).toContainText('New token generated');
  const newToken = backend.server.demo.token;
  attributes.push(...(await page.evaluate(allAttributes)));
  await page.getByLabel('Display name').fill('After the reset');
  await saveProfile(page);

  const seen = await everywhere(page, attributes, consoleLines);
  expect(seen, 'the checks saw the drafts and events at all').toContain('Jane Secretive');
  for (const [what, secret] of [
    ['the old password', oldPassword],
    ['the new password', NEW_PASSWORD],
    ['the old token', oldToken],
    ['the new token', newToken],
  ] as const) {
    expect(seen.includes(secret), `${what} leaked`).toBe(false);
  }
});
