// The Interface, Message signature, Hotkey and Availability sections on the demo page, through the
// Chatwoot adapter to the reference server: each change saves, survives a reload and lands in the
// database in Chatwoot's shape, and a change to one `ui_settings` key never touches the others.
import type { Page } from '@playwright/test';
import {
  allowFailedRequests,
  allowRefusal,
  expect,
  expectFieldError,
  LAZY_SECTIONS,
  test,
  type TestBackend,
} from './fixtures.js';

const SECTIONS = [
  'profile-details',
  'availability-prefs',
  'interface-prefs',
  'message-signature',
  'hotkey-prefs',
];

/**
 * Opens the demo and waits until the Profile and the four sections show their data. By state, not
 * by a label: after a reload the page may speak the agent's language.
 */
async function openSections(page: Page, backend: TestBackend): Promise<void> {
  await page.goto(backend.pageUrl);
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        document.querySelector('profile-settings')?.shadowRoot?.querySelector(tag)?.matches(':state(ready)'),
      ),
    SECTIONS,
  );
  // The sections below load lazily too: a test that cuts the network must not cut their download.
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), LAZY_SECTIONS);
}

// By part, not by label: these must still find the controls once the page speaks German.
const fontSize = (page: Page) => page.locator('interface-prefs [part~="font-size"]');
const language = (page: Page) => page.locator('interface-prefs [part~="language"]');
const signature = (page: Page) => page.getByLabel('Signature', { exact: true });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const enterCard = (page: Page) =>
  page.locator('hotkey-prefs').getByRole('radio', { name: 'Enter', exact: true });
const ctrlCard = (page: Page) => page.locator('hotkey-prefs').getByRole('radio', { name: /^Ctrl \+ Enter/ });
const availability = (page: Page) => page.locator('availability-prefs');
const status = (page: Page, name: 'Online' | 'Busy' | 'Offline') =>
  availability(page).getByRole('radio', { name, exact: true });
const autoOffline = (page: Page) =>
  availability(page).getByRole('checkbox', { name: 'Mark me offline automatically when I close the app' });
const account = (page: Page) => availability(page).getByRole('combobox', { name: 'Account' });
const uiSettings = (backend: TestBackend) => () => backend.stored().ui_settings;

test('a font size and a language apply at once, reach the server and survive a reload', async ({
  page,
  backend,
}) => {
  await openSections(page, backend);
  const title = page.locator('interface-prefs h2');
  const titleSize = () => title.evaluate((h2) => parseFloat(getComputedStyle(h2).fontSize));
  const defaultSize = await titleSize();
  await expect(page.locator('profile-details h2')).toHaveText('Profile');
  await fontSize(page).selectOption('18'); // Large (18 px)
  await language(page).selectOption('de'); // German (Deutsch)
  // Both at once, before any reload. The elements set `lang` on <profile-settings> unless the host
  // takes the change over (the demo sets it on <html>): either way the sections read German.
  await expect
    .poll(() => page.locator('profile-settings').evaluate((el) => el.closest('[lang]')?.getAttribute('lang')))
    .toBe('de');
  await expect(page.locator('profile-details h2')).toHaveText('Profil');
  await expect.poll(titleSize).toBeGreaterThan(defaultSize);
  await expect.poll(uiSettings(backend)).toEqual({ font_size: '18px', locale: 'de' });

  await page.reload();
  await openSections(page, backend);
  await expect(fontSize(page)).toHaveValue('18');
  await expect(language(page)).toHaveValue('de');
  // The host takes the agent's language from the server (`ui_settings.locale`) on load.
  await expect(page.locator('profile-details h2')).toHaveText('Profil');
});

test('a Markdown signature previews safely, saves exactly as typed and survives a reload', async ({
  page,
  backend,
}) => {
  await openSections(page, backend);
  const text = '**Jane** from Acme\n\n<img src=x onerror="window.pwned = true">';
  await signature(page).fill(text);
  await expect(preview(page).locator('strong')).toHaveText('Jane');
  // Raw HTML shows as text and never runs.
  await expect(preview(page)).toContainText('<img src=x onerror="window.pwned = true">');
  await expect(preview(page).locator('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expect(page.locator('message-signature').getByRole('status')).toHaveText('Signature saved');
  expect(backend.stored().message_signature).toBe(text);

  await page.reload();
  await openSections(page, backend);
  await expect(signature(page)).toHaveValue(text);
  await expect(preview(page).locator('strong')).toHaveText('Jane');
  await expect(preview(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('the send key saves as editor_message_key and survives a reload', async ({ page, backend }) => {
  // Enter, as chosen earlier in Chatwoot's own dashboard.
  backend.writeUiSettings({ editor_message_key: 'enter' });
  await openSections(page, backend);
  await expect(enterCard(page)).toBeChecked();
  await ctrlCard(page).check();
  await expect.poll(uiSettings(backend)).toEqual({ editor_message_key: 'cmd_enter' });
  await page.reload();
  await openSections(page, backend);
  await expect(ctrlCard(page)).toBeChecked();
});

test('availability and auto-offline save per account, the other account untouched, and survive a reload', async ({
  page,
  backend,
}) => {
  await openSections(page, backend);
  await expect(account(page)).toHaveValue('1');
  await expect(status(page, 'Online')).toBeChecked();
  await status(page, 'Busy').check();
  await autoOffline(page).uncheck();
  await expect
    .poll(() => backend.stored().accounts)
    .toEqual({
      1: { availability: 'busy', auto_offline: false },
      3: { availability: 'online', auto_offline: true },
    });

  await account(page).selectOption({ label: 'Acme Sales' });
  await expect(status(page, 'Online')).toBeChecked();
  await expect(autoOffline(page)).toBeChecked();
  await status(page, 'Offline').check();
  await expect
    .poll(() => backend.stored().accounts)
    .toEqual({
      1: { availability: 'busy', auto_offline: false },
      3: { availability: 'offline', auto_offline: true },
    });

  await page.reload();
  await openSections(page, backend);
  await expect(account(page)).toHaveValue('1');
  await expect(status(page, 'Busy')).toBeChecked();
  await expect(autoOffline(page)).not.toBeChecked();
  await account(page).selectOption({ label: 'Acme Sales' });
  await expect(status(page, 'Offline')).toBeChecked();
  await expect(autoOffline(page)).toBeChecked();
});

/** `ui_settings` keys Chatwoot's dashboard keeps that no section here shows: every write must keep them. */
const DASHBOARD_KEYS = {
  is_contact_sidebar_open: true,
  conversation_display_type: 'condensed',
  previously_used_sidebar_view: 'inbox',
};
const SEEDED = { ...DASHBOARD_KEYS, notification_tone: 'bell', enable_audio_alerts: 'assigned' };

test('quick changes to font size, send key and alert tone all land, and keep every other ui_settings key', async ({
  page,
  backend,
}) => {
  backend.writeUiSettings(SEEDED);
  await openSections(page, backend);
  const tone = page.getByRole('combobox', { name: 'Alert tone' });
  await expect(tone).toHaveValue('bell');
  // One after another without waiting for a save: each read-merge-write must see the one before.
  await fontSize(page).selectOption('20');
  await enterCard(page).check();
  await tone.selectOption('ding');
  await expect
    .poll(uiSettings(backend))
    .toEqual({ ...SEEDED, font_size: '20px', editor_message_key: 'enter', notification_tone: 'ding' });
});

test('two tabs writing ui_settings at the same time keep both changes and every other key', async ({
  page,
  backend,
}) => {
  backend.writeUiSettings(SEEDED);
  await openSections(page, backend);
  const other = await page.context().newPage();
  await openSections(other, backend);
  await Promise.all([
    (async () => {
      await fontSize(page).selectOption('14');
      await enterCard(page).check();
    })(),
    (async () => {
      await other.getByRole('combobox', { name: 'Alert tone' }).selectOption('ding');
      await language(other).selectOption('fr');
    })(),
  ]);
  await expect.poll(uiSettings(backend)).toEqual({
    ...SEEDED,
    font_size: '14px',
    editor_message_key: 'enter',
    notification_tone: 'ding',
    locale: 'fr',
  });
});

test('a signature over 20,000 characters is refused on the field, and nothing is sent', async ({
  page,
  backend,
}) => {
  await openSections(page, backend);
  const text = 'x'.repeat(20_001);
  await signature(page).fill(text);
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expectFieldError(signature(page), /Use at most 20,000 characters\./);
  await expect(signature(page)).toHaveValue(text);
  expect(backend.faults.log.filter((r) => r.method === 'PUT')).toEqual([]);
  expect(backend.stored().message_signature).toBeNull();
});

test('the length rule counts characters as the server does: 10,000 emoji fit in 20,000', async ({
  page,
  backend,
}) => {
  await openSections(page, backend);
  // 10,000 characters, 20,000 UTF-16 code units: the server (and Chatwoot, Ruby's String#length) counts the former.
  const text = '😀'.repeat(10_000) + 'x';
  await signature(page).fill(text);
  await expect(page.locator('message-signature [part~="counter"]')).toHaveText('10,001 / 20,000');
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expect(page.locator('message-signature').getByRole('status')).toHaveText('Signature saved');
  expect(backend.stored().message_signature).toBe(text);
});

test("the server's refusal of a signature lands on the field, keeping the text", async ({
  page,
  backend,
  pageErrors,
}) => {
  allowRefusal(pageErrors);
  await openSections(page, backend);
  // A rule the client does not know: the request is made to break the server's own limit on its
  // way, so the refusal is the server's, in its own words and shape.
  const profileUrl = (url: URL) => url.pathname === '/api/v1/profile';
  await page.route(profileUrl, (route) => {
    const request = route.request();
    const body = request.method() === 'PUT' ? request.postDataJSON() : null;
    if (typeof body?.profile?.message_signature !== 'string') return route.continue();
    const profile = { message_signature: 'y'.repeat(20_001) };
    return route.continue({ postData: JSON.stringify({ profile }) });
  });
  await signature(page).fill('Jane, Acme');
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expectFieldError(signature(page), /too long/i);
  await expect(signature(page)).toHaveValue('Jane, Acme');
  expect(backend.stored().message_signature).toBeNull();

  await page.unroute(profileUrl);
  await page.getByRole('button', { name: 'Save signature' }).click();
  await expect(page.locator('message-signature').getByRole('status')).toHaveText('Signature saved');
  expect(backend.stored().message_signature).toBe('Jane, Acme');
});

test('a send key change that cannot reach the server says "Not saved", and Try again saves it', async ({
  page,
  backend,
  pageErrors,
}) => {
  allowFailedRequests(pageErrors);
  await openSections(page, backend);
  backend.faults.inject({ kind: 'drop', method: 'PUT', path: '/api/v1/profile' });
  await enterCard(page).check();
  await expect(enterCard(page)).toHaveAccessibleDescription(/Not saved: couldn't reach the server\./);
  await expect(ctrlCard(page), 'rolled back to what the server has').toBeChecked();
  expect(backend.stored().ui_settings).toEqual({});

  await page.locator('hotkey-prefs').getByRole('button', { name: 'Try again' }).click();
  await expect(enterCard(page)).toBeChecked();
  await expect.poll(uiSettings(backend)).toEqual({ editor_message_key: 'enter' });
  await expect(page.locator('hotkey-prefs').getByText('Not saved')).toHaveCount(0);
});
