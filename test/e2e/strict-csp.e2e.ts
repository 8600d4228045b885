// The demo page under a strict Content Security Policy (nothing inline, no eval, Trusted Types for
// every DOM sink; see `demoPolicy` in scripts/demo-server.ts): each section is used, and every test
// fails if the browser reports a violation. A host with such a policy needs only
// `trusted-types lit-html` for the elements.
import { demoPolicy } from '../../scripts/demo-server.js';
import { expect, openSettings, saveProfile, test as base } from './fixtures.js';

/** A 1 × 1 PNG, orange. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN4lqcBAAO6AX2HMMfzAAAAAElFTkSuQmCC',
  'base64',
);

/** The policy the page server sends for a page talking to the backends at `origins`. */
const strictPolicy = (...origins: string[]) => demoPolicy(origins);

/** What makes it strict, said independently of how the server writes it. */
function expectStrict(policy: string): void {
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  for (const name of ['default-src', 'script-src', 'style-src'])
    expect(directives.get(name)).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
  expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(directives.get('trusted-types')).toContain('lit-html');
  expect(directives.get('object-src')).toEqual(["'none'"]);
}

/** What the browser prints when it blocks something for the policy or for Trusted Types. */
const POLICY_MESSAGE = /Content Security Policy|Trusted ?(Type|HTML|Script)/i;

/**
 * Every test here fails on a violation the page saw, across reloads: `securitypolicyviolation`
 * events (fired at the offending element or the document, composed and bubbling; caught while
 * capturing, so nothing in the page can stop them first) handed over through a binding, and the
 * browser's console lines about the policy, warnings included.
 */
const test = base.extend<{ violations: string[] }>({
  violations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        const { reportPolicyViolation } = globalThis as unknown as {
          reportPolicyViolation(text: string): void;
        };
        document.addEventListener(
          'securitypolicyviolation',
          (e) => reportPolicyViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
          true,
        );
      });
      page.on('console', (message) => {
        if (POLICY_MESSAGE.test(message.text()))
          violations.push(`console.${message.type()}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

test('serves the strict policy, and the page is styled under it', async ({ page, backend }) => {
  const response = await page.goto(backend.pageUrl);
  const policy = response!.headers()['content-security-policy']!;
  expectStrict(policy);
  expect(policy).toBe(strictPolicy(backend.server.url));
  // A service worker runs under its own response's policy (no backend named: none allowed).
  const worker = await page.request.get(new URL('/sw.js', backend.pageUrl).href);
  expect(worker.headers()['content-security-policy']).toBe(strictPolicy());
  await expect(page.getByLabel('Your full name')).toBeVisible();

  // Nothing inline: the page's linked sheet, the shadow roots' adopted sheets, and the sheet the
  // light-DOM Password section has the document adopt.
  const accent = 'rgb(31, 111, 235)';
  await expect(page.locator('profile-settings')).toHaveCSS('border-radius', '12px');
  await expect(page.getByRole('button', { name: 'Update Profile' })).toHaveCSS('background-color', accent);
  await expect(page.getByRole('button', { name: 'Change password' })).toHaveCSS('background-color', accent);
});

test('Profile: edits the names and the image, saves, and shows the image from the backend', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Strict');
  await page.getByLabel('Display name').fill('JS');
  // The preview is a blob: URL; the saved image comes from the backend's origin.
  await page.locator('profile-details input[type="file"]').setInputFiles({
    name: 'me.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(page.getByRole('img', { name: 'Preview of your new profile image' })).toBeVisible();
  await saveProfile(page);
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Strict');
  const avatar = page.getByRole('img', { name: 'Your profile image' });
  await expect(avatar).toBeVisible();
  expect(new URL((await avatar.getAttribute('src'))!).origin).toBe(backend.server.url);
  await expect
    .poll(() => avatar.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
      message: 'the image loads',
    })
    .toBe(1);
});

test('Password: shows and hides a field, and changes the password', async ({ page, backend }) => {
  await openSettings(page, backend);
  const current = page.getByLabel('Current password', { exact: true });
  const reveal = page.getByRole('button', { name: 'Show current password' });
  await current.fill('Password1!');
  await reveal.click();
  await expect(current).toHaveAttribute('type', 'text');
  await reveal.click();
  await expect(current).toHaveAttribute('type', 'password');
  await page.getByLabel('New password', { exact: true }).fill('Strict Csp 1!');
  await page.getByLabel('Confirm new password', { exact: true }).fill('Strict Csp 1!');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed')).toBeVisible();
});

test('Notifications: flips an email switch, picks and plays an alert tone', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByRole('checkbox', { name: 'Email A new conversation is created', exact: true }).check();
  await page.getByRole('combobox', { name: 'Alert tone' }).selectOption('bell');
  // Web Audio, synthesised: nothing to fetch.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect
    .poll(() => backend.preferences())
    .toMatchObject({ audio: { tone: 'bell' }, email: { conversation_creation: true } });
});

test('Access token: shows it and copies it', async ({ page, context, backend }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(backend.pageUrl).origin,
  });
  await openSettings(page, backend);
  await page.getByRole('button', { name: 'Show token' }).click();
  await expect(page.getByRole('textbox', { name: 'Access token' })).toHaveValue(backend.server.demo.token);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.locator('access-token').getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(backend.server.demo.token);
});
