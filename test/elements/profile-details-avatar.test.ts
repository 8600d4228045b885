import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SettingsError, deviceStore } from '@profile-elements/core';
import { MemoryAdapter, type MemoryAdapterOptions } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-details.js';
import type { ProfileDetails } from '@profile-elements/elements';
import { $, click, field, type, until } from '../helpers/dom.js';
import { kept } from '../helpers/kept.js';

/** A two-colour image of the given size, encoded by the browser. */
async function image(width: number, height: number, type = 'image/png', name = 'photo.png'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d00';
  context.fillRect(0, 0, width / 2, height);
  context.fillStyle = '#00d';
  context.fillRect(width / 2, 0, width / 2, height);
  return new File([await canvas.convertToBlob({ type })], name, { type });
}
/** A 1 × 1 GIF. */
const GIF = Uint8Array.from(atob('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='), (c) =>
  c.charCodeAt(0),
);

const AVATAR_URL =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>',
  );

async function mount(options: MemoryAdapterOptions = {}) {
  const adapter = new MemoryAdapter(options);
  const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
  await until(() => el.shadowRoot!.querySelector('form'));
  return { el, adapter };
}
const files = (...list: File[]) => {
  const data = new DataTransfer();
  for (const file of list) data.items.add(file);
  return data;
};
/** Picks `file` through the "Choose image" file input. */
function pick(el: ProfileDetails, file: File) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  input.files = files(file).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const part = (el: ProfileDetails, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The first part name of the focused node (comparing elements would make chai print whole DOM trees). */
const focused = (el: ProfileDetails) =>
  el.shadowRoot!.activeElement?.getAttribute('part')?.split(' ')[0] ?? null;
const avatarError = (el: ProfileDetails) => part(el, 'avatar-error')?.textContent!.trim() ?? '';
const staged = (el: ProfileDetails) => until(() => part(el, 'avatar-preview'));
const submitButton = (el: ProfileDetails) => $<HTMLButtonElement>(el, '[part~="submit"]');
const status = (el: ProfileDetails) => $(el, '[part~="status"]').textContent!.trim();
const calls = (adapter: MemoryAdapter, method: string) => adapter.calls.filter((c) => c.method === method);
async function sizeOf(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  return [bitmap.width, bitmap.height];
}

describe('<profile-details> profile image', () => {
  it('shows initials and a keyboard-reachable "Choose image" button that opens the file picker', async () => {
    const { el } = await mount();
    expect(part(el, 'avatar')!.textContent).to.equal('JD');
    const choose = $<HTMLButtonElement>(el, '[part~="avatar-choose"]');
    expect(choose.textContent!.trim()).to.equal('Choose image');
    expect(choose.getAttribute('aria-describedby')).to.equal('avatar-hint');
    expect(part(el, 'avatar-hint')!.textContent).to.include('JPEG, PNG, GIF: up to 15 MB');
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    expect(input.accept).to.equal('image/jpeg,image/png,image/gif');
    expect(input.hidden).to.equal(true);
    let opened = 0;
    input.addEventListener('click', (e) => {
      e.preventDefault();
      opened++;
    });
    $(el, 'input#name').focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)).to.equal('avatar-choose');
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    expect(part(el, 'avatar-remove'), 'nothing to remove').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('crops a picked image to a centred square and previews it before anything is sent', async () => {
    const { el, adapter } = await mount();
    const dirty: boolean[] = [];
    el.addEventListener('pe-dirty-change', (e) => dirty.push(e.detail.dirty));
    pick(el, await image(600, 400));
    await staged(el);
    const preview = part(el, 'avatar-preview') as HTMLImageElement;
    expect(preview.src).to.match(/^blob:/);
    expect(preview.alt).to.equal('Preview of your new profile image');
    expect(await sizeOf(await fetch(preview.src).then((r) => r.blob()))).to.deep.equal([400, 400]);
    expect(part(el, 'avatar-hint')!.textContent).to.include('select Update Profile to save it');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(dirty).to.deep.equal([true]);
    expect(calls(adapter, 'uploadAvatar')).to.have.length(0);
    expect(part(el, 'avatar-choose')!.textContent!.trim()).to.equal('Change image');
    await expect(el).to.be.accessible();
  });

  it('uploads on "Update Profile" with a progress bar, then shows the saved image', async () => {
    const { el, adapter } = await mount({ latency: 160 });
    pick(el, await image(2000, 1000, 'image/jpeg', 'camera.jpg'));
    await staged(el);
    const saved = oneEvent(el, 'pe-saved');
    click(submitButton(el));
    await until(() => part(el, 'avatar-progress'));
    const progress = part(el, 'avatar-progress') as HTMLProgressElement;
    expect(progress.getAttribute('aria-label')).to.equal('Uploading your profile image');
    await until(() => Number(progress.value) > 0);
    await expect(el).to.be.accessible();
    expect((await saved).detail.value)
      .to.have.property('avatarUrl')
      .that.matches(/^blob:/);
    await until(() => status(el) === 'Your profile has been updated successfully');
    expect(part(el, 'avatar-progress')).to.equal(null);
    const sent = calls(adapter, 'uploadAvatar')[0]!.args[0] as Blob;
    expect(sent.type).to.equal('image/jpeg');
    expect(await sizeOf(sent), 'downscaled to 512').to.deep.equal([512, 512]);
    expect((part(el, 'avatar') as HTMLImageElement).src).to.equal(adapter.profile.avatarUrl);
    expect(part(el, 'avatar-preview')).to.equal(null);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('keeps PNG for PNG and sends a small square image untouched (a GIF stays animated)', async () => {
    const { el, adapter } = await mount();
    pick(el, await image(1200, 900, 'image/png'));
    await staged(el);
    click(submitButton(el));
    await until(() => calls(adapter, 'uploadAvatar').length === 1);
    expect((calls(adapter, 'uploadAvatar')[0]!.args[0] as Blob).type).to.equal('image/png');
    await until(() => status(el) !== '');
    const gif = new File([GIF], 'dot.gif', { type: 'image/gif' });
    pick(el, gif);
    await staged(el);
    click(submitButton(el));
    await until(() => calls(adapter, 'uploadAvatar').length === 2);
    expect(calls(adapter, 'uploadAvatar')[1]!.args[0]).to.equal(gif);
  });

  const refused: [string, () => Promise<File>, string][] = [
    [
      'a WebP image',
      async () => new File([await (await image(10, 10)).arrayBuffer()], 'photo.webp', { type: 'image/webp' }),
      '“\u2068photo.webp\u2069” is not a JPEG, PNG, or GIF image.',
    ],
    [
      'a text file',
      async () => new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      '“\u2068notes.txt\u2069” is not a JPEG, PNG, or GIF image.',
    ],
    [
      'a text file renamed .png',
      async () => new File(['not really a picture'], 'fake.png', { type: 'image/png' }),
      '“\u2068fake.png\u2069” could not be read as an image. Choose a JPEG, PNG, or GIF image.',
    ],
    [
      'a 16 MB image',
      async () => new File([new Uint8Array(16 * 1024 * 1024)], 'huge.png', { type: 'image/png' }),
      '“\u2068huge.png\u2069” is larger than 15 MB. Choose a smaller image.',
    ],
    [
      'a name with markup',
      async () => new File(['x'], '<img src=x onerror="window.__avatarPwned=1">.bmp', { type: 'image/bmp' }),
      '“\u2068<img src=x onerror="window.__avatarPwned=1">.bmp\u2069” is not a JPEG, PNG, or GIF image.',
    ],
  ];
  for (const [what, make, message] of refused) {
    it(`refuses ${what} with a clear message and stages nothing`, async () => {
      const { el, adapter } = await mount();
      pick(el, await make());
      await until(() => avatarError(el) !== '');
      expect(avatarError(el)).to.equal(message);
      expect(part(el, 'avatar-error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'avatar-choose')!.getAttribute('aria-describedby')).to.equal(
        'avatar-hint avatar-error',
      );
      expect(part(el, 'avatar-preview')).to.equal(null);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(adapter.calls.filter((c) => !['loadProfile', 'storageKey'].includes(c.method))).to.have.length(
        0,
      );
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect((window as { __avatarPwned?: number }).__avatarPwned).to.equal(undefined);
      await expect(el).to.be.accessible();
      pick(el, await image(64, 64));
      await staged(el);
      expect(avatarError(el), 'a good image clears the message').to.equal('');
    });
  }

  it("shows the server's refusal of the image (magic-byte check) on it, keeping typed edits", async () => {
    const { el, adapter } = await mount();
    adapter.failOn(
      'uploadAvatar',
      new SettingsError('validation', 'Avatar filetype not supported', {
        fields: { avatar: ['Avatar filetype not supported'] },
        status: 422,
      }),
    );
    await type(el, field(el, 'Display name'), 'Kept');
    pick(el, await image(100, 100));
    await staged(el);
    click(submitButton(el));
    await until(() => avatarError(el) === 'Avatar filetype not supported');
    await until(() => el.shadowRoot!.activeElement === part(el, 'avatar-choose'));
    expect(part(el, 'avatar-preview')).to.equal(null);
    expect(field(el, 'Display name').value).to.equal('Kept');
    expect(calls(adapter, 'updateProfile'), 'nothing else sent after a failure').to.have.length(0);
    expect(part(el, 'alert')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const kind of ['network', 'server'] as const) {
    it(`keeps the picked image when the upload fails (${kind}) and sends it again on "Try again"`, async () => {
      const { el, adapter } = await mount();
      adapter.failOn('uploadAvatar', kind);
      pick(el, await image(100, 100));
      await staged(el);
      click(submitButton(el));
      await until(() => part(el, 'alert'));
      expect(part(el, 'avatar-preview')).not.to.equal(null);
      expect(part(el, 'avatar-progress')).to.equal(null);
      $<HTMLButtonElement>(el, '[part~="retry"]').click();
      await until(() => status(el) === 'Your profile has been updated successfully');
      expect(calls(adapter, 'uploadAvatar')).to.have.length(2);
      expect(adapter.profile.avatarUrl).not.to.equal('');
    });
  }

  it('saves a picked image and edited fields in one go; a failed field save keeps the image saved', async () => {
    const { el, adapter } = await mount();
    adapter.failOn('updateProfile', 'server');
    await type(el, field(el, 'Your full name'), 'Jane Q. Doe');
    pick(el, await image(100, 100));
    await staged(el);
    click(submitButton(el));
    await until(() => part(el, 'alert'));
    expect(adapter.profile.avatarUrl, 'the image got there').not.to.equal('');
    expect((part(el, 'avatar') as HTMLImageElement).src).to.equal(adapter.profile.avatarUrl);
    expect(field(el, 'Your full name').value, 'the edit is kept').to.equal('Jane Q. Doe');
    $<HTMLButtonElement>(el, '[part~="retry"]').click();
    await until(() => status(el) === 'Your profile has been updated successfully');
    expect(calls(adapter, 'uploadAvatar')).to.have.length(1);
    expect(calls(adapter, 'updateProfile').at(-1)!.args[0]).to.deep.equal({ name: 'Jane Q. Doe' });
  });

  it('takes an image dropped onto the image area, showing where it can be dropped', async () => {
    const { el } = await mount();
    const zone = part(el, 'avatar-field')!;
    const data = files(await image(300, 300));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await staged(el);
    expect(zone.classList.contains('dragging')).to.equal(false);
  });

  it('takes a pasted image, but leaves text pasted into a field alone', async () => {
    const { el } = await mount();
    const name = field(el, 'Your full name');
    const withText = files(await image(50, 50));
    withText.setData('text/plain', 'Jane');
    name.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: withText, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(part(el, 'avatar-preview')).to.equal(null);
    $(el, '[part~="avatar-choose"]').dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: files(await image(50, 50)),
        bubbles: true,
        composed: true,
      }),
    );
    await staged(el);
  });

  it('discards a picked image', async () => {
    const { el } = await mount();
    pick(el, await image(50, 50));
    await staged(el);
    $<HTMLButtonElement>(el, '[part~="avatar-discard"]').click();
    await el.updateComplete;
    expect(part(el, 'avatar')!.textContent).to.equal('JD');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('asks in a dialog before removing the image; Escape keeps it and returns focus', async () => {
    const { el, adapter } = await mount({ profile: { avatarUrl: AVATAR_URL } });
    const remove = $<HTMLButtonElement>(el, '[part~="avatar-remove"]');
    click(remove);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(focused(el), 'the safe choice first').to.equal('dialog-cancel');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('remove-title');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    expect(focused(el)).to.equal('avatar-remove');
    expect(calls(adapter, 'removeAvatar')).to.have.length(0);
  });

  it('removes the image after confirmation, keeps typed edits and moves focus to "Choose image"', async () => {
    const { el, adapter } = await mount({ profile: { avatarUrl: AVATAR_URL } });
    await type(el, field(el, 'Display name'), 'Typed before removing');
    $<HTMLButtonElement>(el, '[part~="avatar-remove"]').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('dialog-confirm');
    const saved = oneEvent(el, 'pe-saved');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.value).to.include({ avatarUrl: '' });
    await until(() => status(el) === 'Your profile image has been removed');
    expect(part(el, 'avatar')!.textContent).to.equal('JD');
    expect(focused(el)).to.equal('avatar-choose');
    expect(field(el, 'Display name').value).to.equal('Typed before removing');
    expect(el.dirty).to.equal(true);
    expect(adapter.profile.avatarUrl).to.equal('');
  });

  it('says why removing failed, next to the image', async () => {
    const { el, adapter } = await mount({ profile: { avatarUrl: AVATAR_URL } });
    adapter.failOn('removeAvatar', 'network');
    click($(el, '[part~="avatar-remove"]'));
    click($(el, '[part~="dialog-confirm"]'));
    await until(() => avatarError(el) !== '');
    expect(avatarError(el)).to.include("Couldn't reach the server");
    expect(part(el, 'alert')).to.equal(null);
    expect(part(el, 'avatar-remove')).not.to.equal(null);
  });

  it('offers no image controls when the adapter cannot upload or remove', async () => {
    const { el } = await mount({ capabilities: [], profile: { avatarUrl: AVATAR_URL } });
    expect(part(el, 'avatar')).not.to.equal(null);
    expect(
      el.shadowRoot!.querySelector('input[type="file"], [part~="avatar-choose"], [part~="avatar-remove"]'),
    ).to.equal(null);
    // No drop target or paste either.
    $(el, '[part~="avatar-field"]').dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: files(await image(50, 50)),
        bubbles: true,
        composed: true,
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(part(el, 'avatar-preview')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers "Remove image" only with removeAvatar, and choosing only with uploadAvatar', async () => {
    const { el } = await mount({ capabilities: ['removeAvatar'], profile: { avatarUrl: AVATAR_URL } });
    expect(part(el, 'avatar-remove')).not.to.equal(null);
    expect(part(el, 'avatar-choose')).to.equal(null);
  });

  it('keeps a picked image on the device until it is saved, and shows it again after a reload', async () => {
    const { el, adapter } = await mount({ name: `avatar-kept-${Date.now()}` });
    pick(el, await image(64, 64));
    await staged(el);
    const key = `${await adapter.storageKey()}|profile`;
    const draft = await kept<{ avatar?: Blob }>(key, (v) => !!v?.avatar);
    expect(draft!.avatar).to.be.instanceOf(Blob);
    el.remove();

    const again = await fixture<ProfileDetails>(
      html`<profile-details .adapter=${adapter}></profile-details>`,
    );
    await staged(again);
    expect(part(again, 'draft-notice')!.textContent).to.include('Unsaved changes restored.');
    expect(submitButton(again).getAttribute('aria-disabled')).to.equal('false');
    again.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => status(again) === 'Your profile has been updated successfully');
    expect(adapter.calls.filter((c) => c.method === 'uploadAvatar')).to.have.length(1);
    expect(await deviceStore.read(key), 'a save clears it').to.equal(undefined);
  });
});
