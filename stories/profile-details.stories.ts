import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@profile-elements/elements/define/profile-details.js';
import { BRAND_TOKENS, adapterOf, states } from './support/profile-states.js';
import { avatarStates } from './support/avatar-states.js';

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
  },
  render: (_args, context) => html`<profile-details .adapter=${adapterOf(context)}></profile-details>`,
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
