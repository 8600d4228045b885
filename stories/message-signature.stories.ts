import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { SettingsError } from '@profile-elements/core';
import { chatwootMemoryRules } from '@profile-elements/chatwoot-adapter/rules';
import '@profile-elements/elements/define/message-signature.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { findPart, pin, shadowSection } from './support/shadow-section.js';
import { keptOnDevice } from './support/kept-on-device.js';
import { offline } from './support/offline.js';
import { loaded } from './support/instant-states.js';
import {
  expectSessionExpired,
  sessionExpiredArgTypes,
  sessionExpiredArgs,
} from './support/session-expired.js';

// `<message-signature>`: the agent's Markdown signature, with its live preview, on an in-memory
// backend. Every state has a story; typing and "Save signature" happen in `play`.
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

const TAG = 'message-signature';

/** Long enough that nothing a story does ever waits it out (about 11 days). */
const FOREVER = 1_000_000_000;

const meta: Meta = {
  title: 'Elements/Message signature',
  component: TAG,
  args: sessionExpiredArgs(),
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    dirty: { control: false },
    ...sessionExpiredArgTypes,
  },
  loaders: withAdapter({ signature: '**Jane Doe** · Support lead, [Acme](https://acme.example)' }),
  render: (args, context) =>
    html`<message-signature
      .adapter=${adapterOf(context)}
      @pe-session-expired=${args['onSessionExpired']}
    ></message-signature>`,
};
export default meta;

type Story = StoryObj;

/** The loaded section, its editor, preview and button. */
async function editor(canvasElement: HTMLElement) {
  const section = await loaded(canvasElement, TAG);
  return {
    ...section,
    editor: section.getByLabelText<HTMLTextAreaElement>('Signature', { exact: true }),
    preview: section.getByRole('region', { name: 'Preview' }),
    submit: section.getByRole('button', { name: /^(Save signature|Saving…)$/ }),
    status: section.root.querySelector('.actions [part~="status"]'),
  };
}

/**
 * Types `text` at the end of the editor, as a user does. (`[` and `{` start key names in
 * `userEvent.type`: doubled, they are typed as themselves.)
 */
const typeIn = (field: HTMLTextAreaElement, text: string) =>
  userEvent.type(field, text.replace(/[[{]/g, '$&$&'), {
    initialSelectionStart: field.value.length,
    initialSelectionEnd: field.value.length,
  });

/** Replaces the editor's text, as select-all and typing over it does. */
const replace = (field: HTMLTextAreaElement, text: string) =>
  userEvent.type(field, text.replace(/[[{]/g, '$&$&') || '{Backspace}', {
    initialSelectionStart: 0,
    initialSelectionEnd: field.value.length,
  });

/** A signature, its preview rendered as Markdown; the button waits for an edit. */
export const Loaded: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    await expect(s.editor).toHaveValue(adapterOf(context).signature);
    await waitFor(() => expect(s.preview.querySelector('strong')).toHaveTextContent('Jane Doe'));
    await expect(s.getByText(/\/ 20,000$/)).toBeVisible();
    await expect(s.submit).toHaveAttribute('aria-disabled', 'true');
  },
};

/** No signature yet: an empty editor, and the preview says so. */
export const Empty: Story = {
  loaders: withAdapter(),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    await expect(s.editor).toHaveValue('');
    await expect(s.preview).toHaveTextContent('No signature yet.');
  },
};

export const Loading: Story = {
  loaders: withAdapter({ latency: FOREVER }),
  play: async ({ canvasElement }) => {
    const section = await shadowSection(canvasElement, TAG);
    await expect(await findPart(section.root, 'skeleton')).toHaveTextContent('Loading…');
    await expect(section.host.matches(':state(loading)')).toBe(true);
  },
};

/** Markdown as it is typed: bold and a link show in the preview; the counter follows. */
export const TypingMarkdown: Story = {
  loaders: withAdapter(),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    await typeIn(s.editor, '**Jane** from [Acme](https://acme.example)');
    await waitFor(() => expect(s.preview.querySelector('strong')).toHaveTextContent('Jane'));
    const link = s.preview.querySelector('a')!;
    await expect(link).toHaveTextContent('Acme');
    await expect(link).toHaveAttribute('href', 'https://acme.example');
    await expect(s.getByText('42 / 20,000')).toBeVisible();
    await expect(s.submit).toHaveAttribute('aria-disabled', 'false');
    await expect(s.host.matches(':state(dirty)')).toBe(true);
  },
};

/** A signature with HTML in it: shown as text in the preview, never as elements, never run. */
export const MarkupShownAsText: Story = {
  loaders: withAdapter({
    signature:
      'Jane <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\n[click](javascript:alert(3))',
  }),
  // Were the preview to run it, the story would hear it here rather than block on a dialog.
  beforeEach: () => pin(window, 'alert', fn()),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    // Rendered as Markdown (the link shows), not the plain text shown while micromark loads.
    await waitFor(() => expect(s.preview.querySelector('a')).toHaveTextContent('click'));
    await expect(s.preview).toHaveTextContent('Jane <img src=x onerror=alert(1)>');
    await expect(s.preview).toHaveTextContent('<script>alert(2)</script>');
    await expect(s.preview.querySelector('img, script')).toBeNull();
    // A `javascript:` link keeps its text and loses its URL.
    await expect(s.preview.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
    await expect(window.alert).not.toHaveBeenCalled();
  },
};

/** Typing HTML: the same, as it is typed. */
export const MarkupTyped: Story = {
  loaders: withAdapter(),
  beforeEach: () => pin(window, 'alert', fn()),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    await typeIn(s.editor, '**Hi** <img src=x onerror=alert(1)><script>alert(2)</script>');
    await waitFor(() => expect(s.preview.querySelector('strong')).toHaveTextContent('Hi'));
    await expect(s.preview).toHaveTextContent('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect(s.preview.querySelector('img, script')).toBeNull();
    await expect(window.alert).not.toHaveBeenCalled();
  },
};

/**
 * Over the limit: the adapter declares a signature of at most 60 characters (`signatureMaxLength`;
 * Chatwoot's is 20,000). The rule shows once the user leaves the field, and "Save signature" sends
 * nothing.
 */
export const TooLong: Story = {
  loaders: withAdapter({ signature: 'Jane Doe · Support lead at Acme', signatureMaxLength: 60 }),
  play: async (context) => {
    const s = await editor(context.canvasElement);
    await typeIn(s.editor, ' · Mon–Fri, 9:00–17:00 Central European Time');
    await expect(s.getByText('75 / 60')).toBeVisible();
    await userEvent.click(s.submit);
    await expect(await findPart(s.root, 'field-error')).toHaveTextContent('Use at most 60 characters.');
    await expect(s.editor).toHaveAttribute('aria-invalid', 'true');
    await expect(s.editor).toHaveAccessibleDescription(/Use at most 60 characters\./);
    await waitFor(() => expect(s.root.activeElement).toBe(s.editor));
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain('updateSignature');
  },
};

/** The server refused the signature (its limit is lower than the adapter said): its words, on the field. */
export const RefusedByServer: Story = {
  loaders: withAdapter({}, (adapter) => {
    const message = chatwootMemoryRules.messages.signatureTooLong(20);
    adapter.failOn(
      'updateSignature',
      new SettingsError('validation', message, { fields: { signature: [message] }, status: 422 }),
    );
  }),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    await typeIn(s.editor, 'Jane Doe, Support lead at Acme');
    await userEvent.click(s.submit);
    await expect(await findPart(s.root, 'field-error')).toHaveTextContent(
      chatwootMemoryRules.messages.signatureTooLong(20),
    );
    await expect(s.editor).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(s.root.activeElement).toBe(s.editor));
    // The text is kept; no banner repeats the field's message.
    await expect(s.editor).toHaveValue('Jane Doe, Support lead at Acme');
    await expect(s.queryByRole('alert')).toBeNull();
  },
};

export const Saving: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    adapterOf(context).latency = FOREVER;
    await typeIn(s.editor, ' — Acme');
    await userEvent.click(s.submit);
    const busy = await s.findByRole('button', { name: 'Saving…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Saved: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    await replace(s.editor, '_Jane_ · Acme Support');
    await userEvent.click(s.submit);
    await waitFor(() => expect(s.status).toHaveTextContent('Signature saved'));
    await expect(adapterOf(context).signature).toBe('_Jane_ · Acme Support');
    await expect(s.submit).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Removing the signature: an empty one saves too. */
export const Removed: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    await replace(s.editor, '');
    await expect(s.preview).toHaveTextContent('No signature yet.');
    await userEvent.click(s.submit);
    await waitFor(() => expect(s.status).toHaveTextContent('Signature saved'));
    await expect(adapterOf(context).signature).toBe('');
  },
};

/** The network failed: why, with "Try again"; the text is kept. */
export const SaveFailed: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    adapterOf(context).failOn('updateSignature', 'network');
    await typeIn(s.editor, ' — Acme');
    await userEvent.click(s.submit);
    await expect(await s.findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
    await expect(s.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(s.editor).toHaveValue(`${adapterOf(context).signature} — Acme`);
  },
};

/** The server failed: why, with "Try again", which saves. */
export const SaveFailedOnServer: Story = {
  play: async (context) => {
    const s = await editor(context.canvasElement);
    adapterOf(context).failOn('updateSignature', 'server');
    await typeIn(s.editor, ' — Acme');
    await userEvent.click(s.submit);
    await expect(await s.findByRole('alert')).toHaveTextContent(/went wrong on the server/i);
    await userEvent.click(s.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(s.status).toHaveTextContent('Signature saved'));
    await expect(s.queryByRole('alert')).toBeNull();
  },
};

export const LoadFailed: Story = {
  loaders: withAdapter({}, (adapter) => adapter.failOn('loadSignature', 'network')),
  play: async ({ canvasElement }) => {
    const section = await shadowSection(canvasElement, TAG);
    await expect(await section.findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
    await expect(section.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const LoadFailedThenRetried: Story = {
  loaders: withAdapter({ signature: 'Jane' }, (adapter) => adapter.failOn('loadSignature', 'network')),
  play: async ({ canvasElement }) => {
    const section = await shadowSection(canvasElement, TAG);
    await userEvent.click(await section.findByRole('button', { name: 'Try again' }));
    const s = await editor(canvasElement);
    await expect(s.editor).toHaveValue('Jane');
  },
};

/** The session ended before the signature could load: why, no "Try again"; the host is told. */
export const SessionExpired: Story = {
  loaders: withAdapter({}, (adapter) => adapter.failOn('loadSignature', 'auth')),
  play: async ({ canvasElement, args }) => {
    const section = await shadowSection(canvasElement, TAG);
    await expect(await section.findByRole('alert')).toHaveTextContent(
      'Your session has ended or your access was revoked. Sign in again to continue.',
    );
    await expect(section.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expectSessionExpired(args, 'load');
  },
};

/** "Save signature" refused because the session ended: the text is kept, the host is told. */
export const SessionExpiredWhileSaving: Story = {
  loaders: withAdapter({ signature: 'Jane' }, (adapter) => adapter.failOn('updateSignature', 'auth')),
  play: async ({ canvasElement, args }) => {
    const s = await editor(canvasElement);
    await typeIn(s.editor, ' — Acme');
    await userEvent.click(s.submit);
    await expect(await s.findByRole('alert')).toHaveTextContent(/sign in again/i);
    await expect(s.editor).toHaveValue('Jane — Acme');
    await expectSessionExpired(args, 'save');
  },
};

/** An adapter without `loadSignature` / `updateSignature`: the element hides itself. */
export const Unsupported: Story = {
  loaders: withAdapter({ capabilities: [] }),
  play: async (context) => {
    const section = await shadowSection(context.canvasElement, TAG);
    await expect(section.host.matches(':state(unsupported)')).toBe(true);
    await expect(section.host).not.toBeVisible();
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain('loadSignature');
  },
};

// Kept on the device: an unsaved signature comes back after a reload (seeded in IndexedDB before the
// element loads, under an adapter `name` of the story's own), and saving offline waits for the network.

/** An unsaved signature from an earlier visit, back in the editor, with a notice and "Discard". */
export const RestoredDraft: Story = {
  loaders: withAdapter({ name: 'story-signature-restored-draft', signature: 'Jane' }),
  beforeEach: keptOnDevice('signature', () => ({ base: 'Jane', value: '**Jane Doe** · Acme Support' })),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    const notice = await findPart(s.root, 'draft-notice');
    await expect(notice).toHaveTextContent(/^\s*Unsaved changes restored\.\s*Discard\s*$/);
    await expect(s.editor).toHaveValue('**Jane Doe** · Acme Support');
    await waitFor(() => expect(s.preview.querySelector('strong')).toHaveTextContent('Jane Doe'));
    await expect(s.submit).toHaveAttribute('aria-disabled', 'false');
    await expect(s.host.matches(':state(restored)')).toBe(true);
  },
};

/** "Discard" on a restored signature: the saved one is back, and the kept one goes. */
export const RestoredDraftDiscarded: Story = {
  loaders: withAdapter({ name: 'story-signature-restored-draft-discarded', signature: 'Jane' }),
  beforeEach: keptOnDevice('signature', () => ({ base: 'Jane', value: 'Jane, Acme' })),
  play: async ({ canvasElement }) => {
    const s = await editor(canvasElement);
    await userEvent.click(await s.findByRole('button', { name: 'Discard' }));
    await expect(s.editor).toHaveValue('Jane');
    await expect(s.root.querySelector('[part~="draft-notice"]')).toBeNull();
    await waitFor(() => expect(s.status).toHaveTextContent('Unsaved changes discarded'));
  },
};

/** "Save signature" offline: the save waits for the network (kept on the device), nothing is sent. */
export const WaitingOffline: Story = {
  tags: ['!autodocs'],
  loaders: withAdapter({ name: 'story-signature-waiting-offline', signature: 'Jane' }),
  beforeEach: [keptOnDevice('signature'), offline],
  play: async (context) => {
    const s = await editor(context.canvasElement);
    await typeIn(s.editor, ' — Acme');
    await userEvent.click(s.submit);
    await expect(await findPart(s.root, 'waiting')).toHaveTextContent(
      "You're offline. Your changes will be saved when you're back online.",
    );
    await expect(s.host.matches(':state(waiting)')).toBe(true);
    await expect(s.editor).toHaveValue('Jane — Acme');
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain('updateSignature');
  },
};

export const Dark: Story = { ...TypingMarkdown, globals: { theme: 'dark' } };
export const DarkTooLong: Story = { ...TooLong, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  ...Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(editor) {
          border-radius: 16px;
          font-family: ui-monospace, monospace;
        }
        .brand::part(preview) {
          border-style: solid;
          background: var(--pe-color-field);
        }
        .brand::part(submit) {
          border-radius: 999px;
          padding-inline: 28px;
        }
      </style>
      <message-signature class="brand" .adapter=${adapterOf(context)}></message-signature>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };
