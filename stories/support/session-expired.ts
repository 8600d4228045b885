/**
 * Seeing `pe-session-expired` fire in a story. A stories file puts `sessionExpiredArgs()` in its
 * meta's `args` (a spy, which the Actions panel lists too) and `sessionExpiredArgTypes` in its
 * `argTypes`, and binds `args.onSessionExpired` to the event in its render; a `play` function then
 * checks the event with `expectSessionExpired`.
 */
import type { Args } from '@storybook/web-components-vite';
import type { SessionExpiredEvent } from '@profile-elements/elements';
import { expect, fn, waitFor, type Mock } from 'storybook/test';

/** A spy per stories file; Storybook resets its calls before each story. */
export const sessionExpiredArgs = () => ({ onSessionExpired: fn() });

export const sessionExpiredArgTypes = {
  onSessionExpired: {
    control: false,
    description: 'Set by the story: a spy listening for `pe-session-expired`.',
  },
} as const;

/** The event fired once, for a failure `during` a load or a save, with the error's `code`. */
export async function expectSessionExpired(args: Args, during: 'load' | 'save', code?: string) {
  const spy = args['onSessionExpired'] as Mock<(event: SessionExpiredEvent) => void>;
  await waitFor(() => expect(spy).toHaveBeenCalledOnce());
  const { detail } = spy.mock.calls[0]![0];
  await expect(detail.during).toBe(during);
  await expect(detail.error).toMatchObject({ kind: 'auth', code });
}
