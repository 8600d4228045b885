import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '@profile-elements/elements/define/profile-details.js';
import type { MemoryAdapter } from '@profile-elements/core/memory';
import { SettingsError, type ProfilePatch } from '@profile-elements/core';
import {
  BRAND_TOKENS,
  adapterOf,
  loadedForm,
  replaceText,
  states,
  withAdapter,
} from './support/profile-states.js';
import { avatarStates } from './support/avatar-states.js';
import { keptOnDevice } from './support/kept-on-device.js';
import { offline } from './support/offline.js';
import { findPart } from './support/shadow-section.js';
import {
  expectSessionExpired,
  sessionExpiredArgTypes,
  sessionExpiredArgs,
} from './support/session-expired.js';

// `<profile-details>`: the Profile section on its own, on an in-memory backend. Every state of the
// section has a story; the ones that need a user (typing, "Update Profile") get there in `play`.
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description,
// from the manifest, on the docs page.)
const meta: Meta = {
  title: 'Elements/Profile details',
  component: 'profile-details',
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    dirty: { control: false },
    ...sessionExpiredArgTypes,
  },
  args: sessionExpiredArgs(),
  render: (args, context) =>
    html`<profile-details
      .adapter=${adapterOf(context)}
      @pe-session-expired=${args['onSessionExpired']}
    ></profile-details>`,
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { ...states.Loaded };
export const Loading: Story = { ...states.Loading };
export const EmptyDisplayName: Story = { ...states.EmptyDisplayName };
export const LongUnicodeName: Story = { ...states.LongUnicodeName };
export const MarkupShownAsText: Story = { ...states.MarkupShownAsText };
export const PendingEmailChange: Story = { ...states.PendingEmailChange };
export const LoadFailed: Story = { ...states.LoadFailed };
export const LoadFailedThenRetried: Story = { ...states.LoadFailedThenRetried };
export const SessionExpired: Story = { ...states.SessionExpired };

/** "Update Profile" refused because the session ended: why, no "Try again", the edits kept, the host told. */
export const SessionExpiredWhileSaving: Story = {
  loaders: withAdapter({}, (adapter) => adapter.failOn('updateProfile', 'auth')),
  play: async (context) => {
    const form = await loadedForm(context.canvasElement);
    await replaceText(form.name, 'Jane Q. Doe');
    await userEvent.click(form.submit);
    await expect(await form.findByRole('alert')).toHaveTextContent(
      'Your session has ended or your access was revoked. Sign in again to continue.',
    );
    await expect(form.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(form.name).toHaveValue('Jane Q. Doe');
    await expectSessionExpired(context.args, 'save');
  },
};
/** The server asked to wait (429 with `Retry-After: 30`): how long, a retry, the edits kept. */
export const ServerBusy: Story = {
  loaders: withAdapter({}, (adapter) =>
    adapter.failOn('updateProfile', new SettingsError('busy', 'Too many requests', { retryAfter: 30 })),
  ),
  play: async (context) => {
    const form = await loadedForm(context.canvasElement);
    await replaceText(form.name, 'Jane Q. Doe');
    await userEvent.click(form.submit);
    await expect(await form.findByRole('alert')).toHaveTextContent('The server is busy. Try again in 30 s.');
    await expect(form.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(form.name).toHaveValue('Jane Q. Doe');
  },
};
export const InvalidInput: Story = { ...states.InvalidInput };
export const EmailTaken: Story = { ...states.EmailTaken };
export const SaveFailed: Story = { ...states.SaveFailed };
export const Saving: Story = { ...states.Saving };
export const Saved: Story = { ...states.Saved };
export const Dark: Story = { ...states.Dark };
export const DarkEdited: Story = { ...states.DarkEdited };

/** Brand colours, radius and font through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  ...states.Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(section) {
          max-width: 38rem;
          padding: 24px;
          border: 1px solid light-dark(#ddd6fe, #4c1d95);
          border-radius: 20px;
          background: var(--pe-color-surface);
        }
        .brand::part(title) {
          font-size: 1.5rem;
          letter-spacing: 0.01em;
        }
        .brand::part(avatar) {
          border-radius: 24px;
        }
        .brand::part(submit) {
          border-radius: 999px;
          padding-inline: 28px;
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
      </style>
      <profile-details class="brand" .adapter=${adapterOf(context)}></profile-details>`,
};

/** The same theme in the dark scheme: the brand tokens are `light-dark()` pairs too. */
export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };

export const WithAvatar: Story = { ...avatarStates.WithAvatar };
export const ImagePreview: Story = { ...avatarStates.ImagePreview };
export const DropTarget: Story = { ...avatarStates.DropTarget };
export const Uploading: Story = { ...avatarStates.Uploading };
export const ImageSaved: Story = { ...avatarStates.ImageSaved };
export const WrongFileType: Story = { ...avatarStates.WrongFileType };
export const FileTooBig: Story = { ...avatarStates.FileTooBig };
export const NotAnImage: Story = { ...avatarStates.NotAnImage };
export const ImageRefusedByServer: Story = { ...avatarStates.RefusedByServer };
export const ImageUploadFailed: Story = { ...avatarStates.UploadFailed };
export const RemoveConfirmation: Story = { ...avatarStates.RemoveConfirmation };
export const RemoveConfirmationDark: Story = {
  ...avatarStates.RemoveConfirmation,
  globals: { theme: 'dark' },
};
export const ImageRemoved: Story = { ...avatarStates.ImageRemoved };
export const NoImageCapability: Story = { ...avatarStates.NoImageCapability };

// Kept on the device: unsaved edits come back after a reload (seeded in IndexedDB before the element
// loads, under an adapter `name` of the story's own), and "Update Profile" offline waits for the network.

/** Edits kept on the device for the profile as the server has it now (`base`) and what was typed. */
const keptEdits =
  (values: ProfilePatch, base: ProfilePatch = {}) =>
  ({ profile }: MemoryAdapter) => ({
    base: { name: profile.name, displayName: profile.displayName, email: profile.email, ...base },
    values,
    queued: false,
  });

/** The loaded form and the notice above it about kept edits. */
const draftNotice = async (canvasElement: HTMLElement) => {
  const form = await loadedForm(canvasElement);
  return { ...form, notice: await findPart(form.root, 'draft-notice') };
};

/** Unsaved edits from an earlier visit, back in their fields, with a notice and "Discard". */
export const RestoredDraft: Story = {
  loaders: withAdapter({ name: 'story-profile-restored-draft' }),
  beforeEach: keptOnDevice('profile', keptEdits({ name: 'Jane Q. Doe', displayName: 'JQ' })),
  play: async ({ canvasElement }) => {
    const form = await draftNotice(canvasElement);
    await expect(form.notice).toHaveTextContent(/^\s*Unsaved changes restored\.\s*Discard\s*$/);
    await expect(form.getByRole('button', { name: 'Discard' })).toBeVisible();
    await expect(form.name).toHaveValue('Jane Q. Doe');
    await expect(form.displayName).toHaveValue('JQ');
    await expect(form.submit).toHaveAttribute('aria-disabled', 'false');
    await expect(form.host.matches(':state(restored)')).toBe(true);
  },
};

/** The kept edits were made before the profile changed elsewhere: restored, with a warning to check them. */
export const RestoredDraftChangedElsewhere: Story = {
  loaders: withAdapter({ name: 'story-profile-restored-draft-changed-elsewhere' }),
  beforeEach: keptOnDevice('profile', keptEdits({ name: 'Jane Q. Doe' }, { name: 'Jane Smith' })),
  play: async ({ canvasElement }) => {
    const form = await draftNotice(canvasElement);
    await expect(form.notice).toHaveTextContent(
      'Unsaved changes restored. Your profile was changed elsewhere after you made them: check them before you save.',
    );
    await expect(form.getByRole('button', { name: 'Discard' })).toBeVisible();
    await expect(form.name).toHaveValue('Jane Q. Doe');
  },
};

/** "Update Profile" offline: the save waits for the network (kept on the device), nothing is sent. */
export const WaitingOffline: Story = {
  tags: ['!autodocs'],
  loaders: withAdapter({ name: 'story-profile-waiting-offline' }),
  beforeEach: [keptOnDevice('profile'), offline],
  play: async (context) => {
    const form = await loadedForm(context.canvasElement);
    await replaceText(form.name, 'Jane Q. Doe');
    await userEvent.click(form.submit);
    await expect(await findPart(form.root, 'waiting')).toHaveTextContent(
      "You're offline. Your changes will be saved when you're back online.",
    );
    await expect(form.host.matches(':state(waiting)')).toBe(true);
    await expect(form.name).toHaveValue('Jane Q. Doe');
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain('updateProfile');
  },
};
