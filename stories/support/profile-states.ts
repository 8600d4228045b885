/**
 * The states of the Profile section, shared by the `<profile-details>` and `<profile-settings>`
 * stories: each is a story without a `render` (the stories file supplies one). Every state runs on
 * its own `MemoryAdapter` (a loader, so each render — also on a docs page — gets a fresh backend);
 * states that need interaction reach them in a `play` function, through the section's shadow root.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { chatwootMemoryRules } from '@profile-elements/chatwoot-adapter/rules';
import { MemoryAdapter, type MemoryAdapterOptions } from '@profile-elements/core/memory';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Long enough that nothing a story does ever waits it out (about 11 days). */
const FOREVER = 1_000_000_000;

/**
 * A story loader that gives the render (and `play`) a fresh adapter as `loaded.adapter`;
 * `prepare` runs before the element sees it (e.g. to make its first call fail).
 */
export function withAdapter(options: MemoryAdapterOptions = {}, prepare?: (adapter: MemoryAdapter) => void) {
  return [
    async () => {
      // Chatwoot mode: the stories show Chatwoot's page, with its password rules and messages.
      const adapter = new MemoryAdapter({ rules: chatwootMemoryRules, ...options });
      prepare?.(adapter);
      return { adapter };
    },
  ];
}

/** The story's adapter, as created by `withAdapter`. */
export function adapterOf(context: Pick<StoryContext, 'loaded'>): MemoryAdapter {
  const adapter: unknown = context.loaded['adapter'];
  if (!(adapter instanceof MemoryAdapter)) throw new Error('this story has no `withAdapter` loader');
  return adapter;
}

/**
 * Testing Library queries scoped to the `<profile-details>` in the story: the story's own element,
 * or the one inside `<profile-settings>`'s shadow root.
 */
export async function profileSection(canvasElement: HTMLElement) {
  const host = await waitFor(() => {
    const el =
      canvasElement.querySelector('profile-details') ??
      canvasElement.querySelector('profile-settings')?.shadowRoot?.querySelector('profile-details');
    if (!el?.shadowRoot) throw new Error('<profile-details> has not rendered yet');
    return el;
  });
  await host.updateComplete;
  const root = host.shadowRoot!;
  // Queries work on any container node; the ShadowRoot is typed as an element only for `within`.
  return { host, root, ...within(root as unknown as HTMLElement) };
}

/** Waits for the loaded form and returns its fields and button. */
export async function loadedForm(canvasElement: HTMLElement) {
  const section = await profileSection(canvasElement);
  const name = await section.findByLabelText<HTMLInputElement>('Your full name');
  return {
    ...section,
    name,
    displayName: section.getByLabelText<HTMLInputElement>('Display name'),
    email: section.getByLabelText<HTMLInputElement>('Your email address'),
    submit: section.getByRole('button', { name: 'Update Profile' }),
  };
}

/**
 * Replaces a field's text the way a user does: select all, type over it. (`userEvent.clear` cannot
 * be used: it checks `document.activeElement`, which is the shadow host, not the input.)
 */
export async function replaceText(input: HTMLInputElement, text: string) {
  await userEvent.type(input, text || '{Backspace}', {
    initialSelectionStart: 0,
    initialSelectionEnd: input.value.length,
  });
}

type State = Omit<StoryObj, 'render'>;

export const LONG_UNICODE_NAME =
  'Zoë Ångström-Łukasiewicz Øvergård Ñúñez 李小龍 Владимир Ελένη محمد بن سلمان 👩🏽‍💻 Ngọc Ánh Nguyễn Thị Ÿvonne Ğülşen';

/** Text a careless element would turn into markup (and run). */
export const MARKUP_NAME = `<img src=x onerror="window.__peInjected=true"><script>window.__peInjected=true</script>`;

export const states = {
  Loaded: {
    loaders: withAdapter(),
    play: async (context) => {
      const form = await loadedForm(context.canvasElement);
      const { profile } = adapterOf(context);
      await expect(form.name).toHaveValue(profile.name);
      await expect(form.displayName).toHaveValue(profile.displayName);
      await expect(form.email).toHaveValue(profile.email);
      // Nothing changed yet, so there is nothing to submit.
      await expect(form.submit).toHaveAttribute('aria-disabled', 'true');
    },
  },

  Loading: {
    loaders: withAdapter({ latency: FOREVER }),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await expect(section.getByRole('status')).toHaveTextContent(/loading your profile/i);
      await expect(section.queryByRole('button', { name: 'Update Profile' })).toBeNull();
    },
  },

  EmptyDisplayName: {
    loaders: withAdapter({ profile: { displayName: '' } }),
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await expect(form.displayName).toHaveValue('');
      await expect(form.displayName).toHaveAttribute('aria-invalid', 'false');
    },
  },

  LongUnicodeName: {
    loaders: withAdapter({ profile: { name: LONG_UNICODE_NAME, displayName: '李小龍 👩🏽‍💻' } }),
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await expect(form.name).toHaveValue(LONG_UNICODE_NAME);
    },
  },

  MarkupShownAsText: {
    loaders: withAdapter({ profile: { name: MARKUP_NAME, displayName: '<b>Jane</b> & <i>co</i>' } }),
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await expect(form.name).toHaveValue(MARKUP_NAME);
      await expect(form.displayName).toHaveValue('<b>Jane</b> & <i>co</i>');
      await expect(form.root.querySelector('script, b, i, img:not([part~="avatar"])')).toBeNull();
      await expect((window as { __peInjected?: boolean }).__peInjected).toBeUndefined();
    },
  },

  PendingEmailChange: {
    loaders: withAdapter({ profile: { pendingEmail: 'jane.doe@new-company.example' } }),
    play: async (context) => {
      const form = await loadedForm(context.canvasElement);
      await expect(form.email).toHaveValue(adapterOf(context).profile.email);
      await expect(form.getByText(/jane\.doe@new-company\.example/)).toBeVisible();
    },
  },

  LoadFailed: {
    loaders: withAdapter({}, (adapter) => adapter.failOn('loadProfile', 'network')),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await expect(await section.findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
      await expect(section.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },

  LoadFailedThenRetried: {
    loaders: withAdapter({}, (adapter) => adapter.failOn('loadProfile', 'network')),
    play: async (context) => {
      const section = await profileSection(context.canvasElement);
      await userEvent.click(await section.findByRole('button', { name: 'Try again' }));
      const form = await loadedForm(context.canvasElement);
      await expect(form.name).toHaveValue(adapterOf(context).profile.name);
      await expect(form.queryByRole('alert')).toBeNull();
    },
  },

  SessionExpired: {
    loaders: withAdapter({}, (adapter) => adapter.failOn('loadProfile', 'auth')),
    play: async ({ canvasElement }) => {
      const section = await profileSection(canvasElement);
      await expect(await section.findByRole('alert')).toHaveTextContent(/sign in again/i);
      // Retrying cannot help; the element offers no "Try again".
      await expect(section.queryByRole('button', { name: 'Try again' })).toBeNull();
    },
  },

  InvalidInput: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await replaceText(form.name, '');
      await replaceText(form.email, 'jane@example');
      await userEvent.click(form.submit);
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      await expect(form.email).toHaveAttribute('aria-invalid', 'true');
      await expect(form.name).toHaveAccessibleDescription(/enter your full name/i);
      await waitFor(() => expect(form.root.activeElement).toBe(form.name));
    },
  },

  EmailTaken: {
    loaders: withAdapter({ takenEmails: ['taken@example.com'] }),
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await replaceText(form.email, 'taken@example.com');
      await userEvent.click(form.submit);
      await waitFor(() => expect(form.email).toHaveAttribute('aria-invalid', 'true'));
      await expect(form.email).toHaveAccessibleDescription(/already been taken/i);
      await waitFor(() => expect(form.root.activeElement).toBe(form.email));
    },
  },

  SaveFailed: {
    loaders: withAdapter(),
    play: async (context) => {
      const form = await loadedForm(context.canvasElement);
      adapterOf(context).failOn('updateProfile', 'server');
      await replaceText(form.name, 'Jane Q. Doe');
      await userEvent.click(form.submit);
      await expect(await form.findByRole('alert')).toHaveTextContent(/went wrong on the server/i);
      // The user's edit survives the failure.
      await expect(form.name).toHaveValue('Jane Q. Doe');
    },
  },

  Saving: {
    loaders: withAdapter(),
    play: async (context) => {
      const form = await loadedForm(context.canvasElement);
      adapterOf(context).latency = FOREVER;
      await replaceText(form.name, 'Jane Q. Doe');
      await userEvent.click(form.submit);
      const busy = await form.findByRole('button', { name: 'Saving…' });
      await expect(busy).toHaveAttribute('aria-disabled', 'true');
    },
  },

  Saved: {
    loaders: withAdapter(),
    play: async (context) => {
      const form = await loadedForm(context.canvasElement);
      await replaceText(form.name, 'Jane Q. Doe');
      await userEvent.click(form.submit);
      await waitFor(() =>
        expect(form.getByRole('status')).toHaveTextContent('Your profile has been updated successfully'),
      );
      await expect(adapterOf(context).profile.name).toBe('Jane Q. Doe');
    },
  },

  Dark: {
    loaders: withAdapter(),
    globals: { theme: 'dark' },
    play: async ({ canvasElement }) => {
      await loadedForm(canvasElement);
    },
  },

  /** Dark, with an edit made: the enabled primary button, a field error and the focus ring. */
  DarkEdited: {
    loaders: withAdapter(),
    globals: { theme: 'dark' },
    play: async ({ canvasElement }) => {
      const form = await loadedForm(canvasElement);
      await replaceText(form.email, 'jane@example');
      await userEvent.click(form.submit);
      await expect(form.email).toHaveAttribute('aria-invalid', 'true');
      await expect(form.submit).toHaveAttribute('aria-disabled', 'false');
    },
  },
} satisfies Record<string, State>;

/** Brand tokens for the themed stories: every `--pe-*` custom property the elements read. */
export const BRAND_TOKENS = `
  --pe-color-text: light-dark(#2e1065, #ede9fe);
  --pe-color-text-muted: light-dark(#5b4a86, #c4b5fd);
  --pe-color-surface: light-dark(#fdfbff, #140a24);
  --pe-color-field: light-dark(#faf5ff, #1e1033);
  --pe-color-border: light-dark(#a78bfa, #6d28d9);
  --pe-color-accent: light-dark(#6d28d9, #a78bfa);
  --pe-color-on-accent: light-dark(#ffffff, #1e1033);
  --pe-color-danger: light-dark(#b91c1c, #fca5a5);
  --pe-color-success: light-dark(#166534, #86efac);
  --pe-radius: 14px;
  --pe-space: 9px;
  --pe-font-family: Georgia, 'Times New Roman', serif;
  --pe-font-size: 1rem;
  --pe-avatar-size: 88px;
`;
