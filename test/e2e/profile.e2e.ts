// The Profile section on the demo page, through the Chatwoot adapter to the reference server.
import { crc32, deflateSync } from 'node:zlib';
import { allowRefusal, expect, expectFieldError, openSettings, saveProfile, test } from './fixtures.js';

/** A `width` × `height` PNG, half orange and half blue. */
function png(width: number, height: number): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      raw.set(x < width / 2 ? [230, 110, 40] : [40, 90, 200], y * row + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 4 + body.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('edits the display name, saves, reloads and sees it kept', async ({ page, backend }) => {
  await openSettings(page, backend);
  const displayName = page.getByLabel('Display name');
  await expect(displayName).toHaveValue('Jane');
  await displayName.fill('Jane from e2e');
  await saveProfile(page);
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Jane from e2e');
});

test('keeps the edit across a restart of the server', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Restarted');
  await saveProfile(page);
  await backend.restart();
  await openSettings(page, backend);
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Restarted');
});

test('shows the server refusing a taken email on the field and keeps the other edits', async ({
  page,
  backend,
  pageErrors,
}) => {
  allowRefusal(pageErrors);
  await openSettings(page, backend);
  await page.getByLabel('Display name').fill('Kept edit');
  const email = page.getByLabel('Your email address');
  await email.fill('taken@example.com');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expectFieldError(email, /Email has already been taken/);
  await expect(page.getByLabel('Display name')).toHaveValue('Kept edit');
});

test('changes full name and display name, and keeps them after a reload', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.getByLabel('Your full name').fill('Jane Q. Doe');
  await page.getByLabel('Display name').fill('Jane Q.');
  await saveProfile(page);
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Jane Q. Doe');
  await expect(page.getByLabel('Display name')).toHaveValue('Jane Q.');
});

test('uploads a profile image cropped to a square, sees it after a reload, then removes it', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await page.locator('profile-details input[type="file"]').setInputFiles({
    name: 'me.png',
    mimeType: 'image/png',
    buffer: png(600, 400),
  });
  await expect(page.getByRole('img', { name: 'Preview of your new profile image' })).toBeVisible();
  await saveProfile(page);

  await page.reload();
  const image = page.getByRole('img', { name: 'Your profile image' });
  await expect
    .poll(
      () =>
        image.evaluate((img) => [
          (img as HTMLImageElement).naturalWidth,
          (img as HTMLImageElement).naturalHeight,
        ]),
      { message: 'cropped to a square on the device' },
    )
    .toEqual([400, 400]);

  await page.getByRole('button', { name: 'Remove image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove your profile image?' });
  await dialog.getByRole('button', { name: 'Remove image' }).click();
  await expect(page.getByText('Your profile image has been removed')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('img', { name: 'Your initials (no profile image)' })).toBeVisible();
});

test('refuses a file that is not an image with a clear message', async ({ page, backend }) => {
  await openSettings(page, backend);
  await page.locator('profile-details input[type="file"]').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture'),
  });
  await expect(page.getByText('“\u2068notes.png\u2069” could not be read as an image')).toBeVisible();
});

test('changes the email: the new one waits for confirmation, also after a reload', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await page.getByLabel('Your email address').fill('jane.e2e@example.com');
  await saveProfile(page);
  const pending = page.getByText('Check \u2066jane.e2e@example.com\u2069 for a confirmation link');
  await expect(pending).toBeVisible();
  await expect(page.getByLabel('Your email address')).toHaveValue('agent@example.com');
  await page.reload();
  await expect(pending).toBeVisible();
});
