/**
 * The states every section that saves each choice at once shares (`<interface-prefs>`,
 * `<hotkey-prefs>`, `<availability-prefs>`): loading, a failed load, an expired session, an adapter
 * without the capability, and a choice that fails, is retried or waits for the network. Each is a
 * story without a `render` (the stories file supplies one) on its own `MemoryAdapter`; the stories
 * file says how to make one choice in its section (`InstantSubject.choose`).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { MemoryAdapterMethod } from '@profile-elements/core/memory';
import { expect, userEvent, waitFor } from 'storybook/test';
import { adapterOf, withAdapter } from './profile-states.js';
import { findPart, shadowSection } from './shadow-section.js';
import { offline } from './offline.js';
import { expectSessionExpired } from './session-expired.js';

type State = Omit<StoryObj, 'render'>;
export type Section = Awaited<ReturnType<typeof shadowSection>>;

/** Long enough that nothing a story does ever waits it out (about 11 days). */
const FOREVER = 1_000_000_000;

export const WAITING = "Waiting for the network: it will be saved when you're back online.";

/** Matches a text that contains `text` (an accessible description joins several). */
export const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** One choice made in a loaded section: the control, and checks of what it shows. */
export interface Choice {
  /** The control whose note ("Not saved…", "Waiting…") describes it. */
  control: HTMLElement;
  /** It shows the new choice. */
  shown(): Promise<void>;
  /** It shows the value from before the choice (rolled back). */
  rolledBack(): Promise<void>;
}

export interface InstantSubject {
  tag: string;
  load: MemoryAdapterMethod;
  update: MemoryAdapterMethod;
  /** Makes one choice in the loaded section. */
  choose(section: Section): Promise<Choice>;
}

/** The section once its data has loaded. */
export async function loaded(canvasElement: HTMLElement, tag: string): Promise<Section> {
  const section = await shadowSection(canvasElement, tag);
  await waitFor(() => expect(section.host.matches(':state(ready)')).toBe(true));
  await section.host.updateComplete;
  return section;
}

/** The polite live region in the section's header ("Saved"). */
export const statusRegion = (section: Section) => section.root.querySelector('[part~="status"]');

export function instantStates(subject: InstantSubject) {
  const { tag, load, update } = subject;
  const methods = (context: Parameters<typeof adapterOf>[0]) => adapterOf(context).calls.map((c) => c.method);

  /** Makes a choice that the backend refuses: rolled back, with `message` and "Try again" next to it. */
  const failed = async (section: Section, message: string) => {
    const choice = await subject.choose(section);
    const note = await findPart(section.root, 'field-error');
    await expect(note).toHaveTextContent(message);
    await expect(choice.control).toHaveAccessibleDescription(containing(message));
    await choice.rolledBack();
    return { choice, retry: section.getByRole('button', { name: 'Try again' }) };
  };

  return {
    /** A slow backend: the placeholder, busy, until the settings arrive. */
    Loading: {
      loaders: withAdapter({ latency: FOREVER }),
      play: async ({ canvasElement }) => {
        const section = await shadowSection(canvasElement, tag);
        await expect(await findPart(section.root, 'skeleton')).toHaveTextContent('Loading…');
        await expect(section.root.querySelector('[part~="section"]')).toHaveAttribute('aria-busy', 'true');
        await expect(section.host.matches(':state(loading)')).toBe(true);
      },
    },

    /** The settings could not be loaded: why, and "Try again". */
    LoadFailed: {
      loaders: withAdapter({}, (adapter) => adapter.failOn(load, 'network')),
      play: async ({ canvasElement }) => {
        const section = await shadowSection(canvasElement, tag);
        await expect(await section.findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
        await expect(section.getByRole('button', { name: 'Try again' })).toBeVisible();
        await expect(section.host.matches(':state(error)')).toBe(true);
      },
    },

    /** "Try again" after a failed load: the settings show. */
    LoadFailedThenRetried: {
      loaders: withAdapter({}, (adapter) => adapter.failOn(load, 'network')),
      play: async ({ canvasElement }) => {
        const section = await shadowSection(canvasElement, tag);
        await userEvent.click(await section.findByRole('button', { name: 'Try again' }));
        await loaded(canvasElement, tag);
        await expect(section.queryByRole('alert')).toBeNull();
      },
    },

    /** The session ended before the settings could load: why, no "Try again"; the host is told. */
    SessionExpired: {
      loaders: withAdapter({}, (adapter) => adapter.failOn(load, 'auth')),
      play: async ({ canvasElement, args }) => {
        const section = await shadowSection(canvasElement, tag);
        await expect(await section.findByRole('alert')).toHaveTextContent(
          'Your session has ended or your access was revoked. Sign in again to continue.',
        );
        await expect(section.queryByRole('button', { name: 'Try again' })).toBeNull();
        await expectSessionExpired(args, 'load');
      },
    },

    /** An adapter without this section's capability (the profile only): the element hides itself. */
    Unsupported: {
      loaders: withAdapter({ capabilities: [] }),
      play: async (context) => {
        const section = await shadowSection(context.canvasElement, tag);
        await expect(section.host.matches(':state(unsupported)')).toBe(true);
        await expect(section.host).not.toBeVisible();
        await expect(section.root.querySelector('[part~="section"]')).toBeNull();
        await expect(methods(context)).not.toContain(load);
      },
    },

    /** A choice on its way: shown at once, nothing disabled. */
    Saving: {
      loaders: withAdapter(),
      play: async (context) => {
        const section = await loaded(context.canvasElement, tag);
        adapterOf(context).latency = FOREVER;
        const choice = await subject.choose(section);
        await choice.shown();
        await expect(choice.control).toBeEnabled();
        await waitFor(() => expect(section.host.matches(':state(saving)')).toBe(true));
      },
    },

    /** The network failed: the choice rolled back, why next to it, with "Try again". */
    SaveFailed: {
      loaders: withAdapter(),
      play: async (context) => {
        const section = await loaded(context.canvasElement, tag);
        adapterOf(context).failOn(update, 'network');
        const { retry } = await failed(section, "Not saved: couldn't reach the server.");
        await expect(retry).toBeVisible();
      },
    },

    /** The server failed: the same, in its words. */
    SaveFailedOnServer: {
      loaders: withAdapter(),
      play: async (context) => {
        const section = await loaded(context.canvasElement, tag);
        adapterOf(context).failOn(update, 'server');
        const { retry } = await failed(section, 'Not saved: something went wrong on the server.');
        await expect(retry).toBeVisible();
      },
    },

    /** "Try again" after a failed choice: it is sent again and saves; the note goes. */
    SaveFailedThenRetried: {
      loaders: withAdapter(),
      play: async (context) => {
        const section = await loaded(context.canvasElement, tag);
        adapterOf(context).failOn(update, 'network');
        const { choice, retry } = await failed(section, "Not saved: couldn't reach the server.");
        await userEvent.click(retry);
        await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
        await choice.shown();
        await expect(section.root.querySelector('[part~="field-error"]')).toBeNull();
      },
    },

    /** A choice made offline: shown at once, with its note; nothing is sent until the network is back. */
    WaitingOffline: {
      tags: ['!autodocs'],
      loaders: withAdapter(),
      beforeEach: offline,
      play: async (context) => {
        const section = await loaded(context.canvasElement, tag);
        const choice = await subject.choose(section);
        await choice.shown();
        await expect(await findPart(section.root, 'waiting')).toHaveTextContent(WAITING);
        await waitFor(() => expect(choice.control).toHaveAccessibleDescription(containing(WAITING)));
        await expect(statusRegion(section)).toHaveTextContent('Offline: waiting to save');
        await expect(section.host.matches(':state(waiting)')).toBe(true);
        await expect(methods(context)).not.toContain(update);
      },
    },
  } satisfies Record<string, State>;
}
