/**
 * The profile-image states of `<profile-details>`: choosing, previewing, uploading, refusing and
 * removing an image. Stories without a `render` (the stories file supplies one), each on its own
 * `MemoryAdapter`; interactions happen in `play`, through the section's shadow root.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { SettingsError } from '@profile-elements/core';
import { expect, userEvent, waitFor } from 'storybook/test';
import { adapterOf, profileSection, withAdapter } from './profile-states.js';

type State = Omit<StoryObj, 'render'>;

/** A drawn image of the given size, as the browser would hand over a chosen file. */
export async function imageFile(width: number, height: number, type = 'image/png', name = 'photo.png') {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f97316';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1d4ed8';
  context.beginPath();
  context.arc(width / 2, height / 2, Math.min(width, height) * 0.35, 0, 2 * Math.PI);
  context.fill();
  return new File([await canvas.convertToBlob({ type })], name, { type });
}

/** An existing profile image (an SVG, so the story needs no network). */
export const AVATAR_URL =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"><rect width="72" height="72" fill="#1f6feb"/><circle cx="36" cy="28" r="13" fill="#fff"/><path d="M12 72c2-16 12-24 24-24s22 8 24 24z" fill="#fff"/></svg>',
  );

/** Chooses `file` the way the file picker does: sets the hidden input's files and fires `change`. */
async function choose(canvasElement: HTMLElement, file: File) {
  const section = await profileSection(canvasElement);
  await section.findByRole('button', { name: /choose image|change image/i });
  const input = section.root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return section;
}

const previewed = async (canvasElement: HTMLElement, file: File) => {
  const section = await choose(canvasElement, file);
  await section.findByRole('img', { name: 'Preview of your new profile image' });
  return section;
};

const refused = (make: () => Promise<File>, message: RegExp): State => ({
  loaders: withAdapter(),
  play: async ({ canvasElement }) => {
    const section = await choose(canvasElement, await make());
    await waitFor(() =>
      expect(section.root.querySelector('[part~="avatar-error"]')).toHaveTextContent(message),
    );
    await expect(section.queryByRole('img', { name: /preview/i })).toBeNull();
  },
});

export const avatarStates = {
  /** A profile image instead of initials, with "Change image" and "Remove image". */
  WithAvatar: { loaders: withAdapter({ profile: { avatarUrl: AVATAR_URL } }) },

  /** A chosen 600 × 400 photo, cropped to a square and shown before anything is sent. */
  ImagePreview: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const section = await previewed(canvasElement, await imageFile(600, 400));
      await expect(section.getByRole('button', { name: 'Update Profile' })).toHaveAttribute(
        'aria-disabled',
        'false',
      );
      await expect(section.getByRole('button', { name: 'Discard new image' })).toBeVisible();
    },
  },

  /** A file dragged over the image: the drop zone shows. */
  DropTarget: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await section.findByRole('button', { name: 'Choose image' });
      const zone = section.root.querySelector('[part~="avatar-field"]')!;
      const data = new DataTransfer();
      data.items.add(await imageFile(10, 10));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      await waitFor(() => expect(zone).toHaveClass('dragging'));
    },
  },

  /** "Update Profile" with a chosen image on a slow network: the upload's progress. */
  Uploading: {
    loaders: withAdapter({}, (adapter) => {
      adapter.uploadAvatar = (_file, options) => {
        options?.onProgress?.(0.6);
        return new Promise(() => {});
      };
    }),
    play: async ({ canvasElement }) => {
      const section = await previewed(canvasElement, await imageFile(1200, 800, 'image/jpeg', 'camera.jpg'));
      await userEvent.click(section.getByRole('button', { name: 'Update Profile' }));
      const progress = await section.findByRole('progressbar', { name: 'Uploading your profile image' });
      await expect(progress).toHaveAttribute('value', '60');
    },
  },

  /** The image saved: shown as the profile image, and the result announced. */
  ImageSaved: {
    loaders: withAdapter(),
    play: async (context) => {
      const section = await previewed(context.canvasElement, await imageFile(300, 300));
      await userEvent.click(section.getByRole('button', { name: 'Update Profile' }));
      await section.findByRole('img', { name: 'Your profile image' });
      await waitFor(() =>
        expect(section.getByRole('status')).toHaveTextContent('Your profile has been updated successfully'),
      );
      await expect(adapterOf(context).profile.avatarUrl).not.toBe('');
    },
  },

  WrongFileType: refused(
    async () =>
      new File([await (await imageFile(40, 40)).arrayBuffer()], 'holiday.webp', { type: 'image/webp' }),
    /“\u2068holiday\.webp\u2069” is not a JPEG, PNG, or GIF image/,
  ),
  FileTooBig: refused(
    async () => new File([new Uint8Array(16 * 1024 * 1024)], 'poster.png', { type: 'image/png' }),
    /larger than 15 MB/,
  ),
  NotAnImage: refused(
    async () => new File(['just some text'], 'notes.png', { type: 'image/png' }),
    /could not be read as an image/,
  ),

  /** The server looked at the bytes and refused them (Chatwoot: "Avatar filetype not supported"). */
  RefusedByServer: {
    loaders: withAdapter({}, (adapter) =>
      adapter.failOn(
        'uploadAvatar',
        new SettingsError('validation', 'Avatar filetype not supported', {
          fields: { avatar: ['Avatar filetype not supported'] },
          status: 422,
        }),
      ),
    ),
    play: async ({ canvasElement }) => {
      const section = await previewed(canvasElement, await imageFile(200, 200));
      await userEvent.click(section.getByRole('button', { name: 'Update Profile' }));
      await waitFor(() =>
        expect(section.root.querySelector('[part~="avatar-error"]')).toHaveTextContent(
          'Avatar filetype not supported',
        ),
      );
      await waitFor(() =>
        expect(section.root.activeElement).toBe(section.getByRole('button', { name: 'Choose image' })),
      );
    },
  },

  /** The upload failed on the network: the image stays chosen, "Try again" sends it again. */
  UploadFailed: {
    loaders: withAdapter({}, (adapter) => adapter.failOn('uploadAvatar', 'network')),
    play: async ({ canvasElement }) => {
      const section = await previewed(canvasElement, await imageFile(200, 200));
      await userEvent.click(section.getByRole('button', { name: 'Update Profile' }));
      await waitFor(() => expect(section.root.querySelector('[part~="alert"]')).toBeVisible());
      await expect(section.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(section.getByRole('img', { name: 'Preview of your new profile image' })).toBeVisible();
    },
  },

  /** "Remove image" asks first, in a modal dialog; the focus starts on "Cancel". */
  RemoveConfirmation: {
    loaders: withAdapter({ profile: { avatarUrl: AVATAR_URL } }),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await userEvent.click(await section.findByRole('button', { name: 'Remove image' }));
      const dialog = await section.findByRole('dialog', { name: 'Remove your profile image?' });
      await expect(dialog).toHaveAttribute('open');
      await waitFor(() => expect(section.root.activeElement).toHaveTextContent('Cancel'));
    },
  },

  /** Removed: the initials are back, the result is announced, focus is on "Choose image". */
  ImageRemoved: {
    loaders: withAdapter({ profile: { avatarUrl: AVATAR_URL } }),
    play: async (context) => {
      const section = await profileSection(context.canvasElement);
      await userEvent.click(await section.findByRole('button', { name: 'Remove image' }));
      const dialog = await section.findByRole('dialog');
      await userEvent.click(dialog.querySelector('[part~="dialog-confirm"]')!);
      await waitFor(() =>
        expect(section.getByRole('status')).toHaveTextContent('Your profile image has been removed'),
      );
      await expect(section.getByRole('img', { name: 'Your initials (no profile image)' })).toBeVisible();
      await expect(adapterOf(context).profile.avatarUrl).toBe('');
    },
  },

  /** An adapter without `uploadAvatar` / `removeAvatar`: the image is shown, without controls. */
  NoImageCapability: {
    loaders: withAdapter({ capabilities: [], profile: { avatarUrl: AVATAR_URL } }),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await section.findByRole('img', { name: 'Your profile image' });
      await expect(section.queryByRole('button', { name: /image/ })).toBeNull();
    },
  },
} satisfies Record<string, State>;
