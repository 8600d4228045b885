/**
 * A password change whose reply was lost, remembered until the user tries it again.
 *
 * A password cannot be read back, so right after a lost reply nothing tells whether the change
 * landed. If it did, the user's retry (the same change) is refused with "Invalid current password",
 * for the old password is not the current one any more. Only then is the question asked, in the one
 * way Chatwoot allows: the new password as the current one (`current_password = password =
 * password_confirmation = <new>`). Accepted: the first change had landed (this one sets the same
 * password again; Chatwoot signs other sessions out once more, as the first change did). Refused: it
 * had not, and the current password the user typed is wrong.
 *
 * The change is held in this object's memory only (never stored, logged or put in an error), for
 * one retry: `take` forgets it, whatever the retry's outcome.
 */
import { isSettingsError, type PasswordChange, type SettingsError } from '@profile-elements/core';

export class LostPasswordChange {
  #isSame: ((change: PasswordChange) => boolean) | undefined;

  remember({ currentPassword, password, passwordConfirmation }: PasswordChange): void {
    this.#isSame = (change) =>
      change.currentPassword === currentPassword &&
      change.password === password &&
      change.passwordConfirmation === passwordConfirmation;
  }

  /** Whether `change` is the one whose reply was lost; forgets that one either way. */
  take(change: PasswordChange): boolean {
    const isSame = this.#isSame;
    this.#isSame = undefined;
    return isSame?.(change) ?? false;
  }
}

/** Chatwoot's refusal of the current password: 422 `{"error":"Invalid current password"}`. */
export function isWrongCurrentPassword(error: unknown): error is SettingsError {
  return isSettingsError(error) && error.kind === 'validation' && !!error.fields.currentPassword?.length;
}
