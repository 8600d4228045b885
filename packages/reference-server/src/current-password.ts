/**
 * The current-password check of a password change: throttled per user before any hashing (so a
 * refused guess costs no scrypt), then checked against the stored hash. A stored hash of an older
 * cost is brought to today's once the password is known to be right.
 */
import { CHATWOOT_MESSAGES as MESSAGES } from '@profile-elements/chatwoot-adapter/rules';
import type { AppContext } from './context.js';
import type { UserRow } from './db/store.js';
import { couldNotCreate, tooManyAttempts } from './http/errors.js';
import { hashPassword, isOutdated, verifyPassword } from './security/passwords.js';

/** Resolves when `current` is the user's password; throws Chatwoot's 422, or our 429, otherwise. */
export async function checkCurrentPassword(ctx: AppContext, user: UserRow, current: string): Promise<void> {
  const attempt = ctx.passwordThrottle.begin(user.id);
  if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
  let correct: boolean | undefined;
  try {
    correct = await verifyPassword(current, user.encrypted_password);
  } finally {
    attempt.settle(correct);
  }
  if (!correct) throw couldNotCreate(MESSAGES.invalidCurrentPassword);
}

/**
 * Re-hashes a password just checked right at today's cost, if its stored hash has another one.
 * Only for checks that do not go on to store a new password, which gets today's cost anyway.
 */
export async function upgradeOutdatedHash(ctx: AppContext, user: UserRow, password: string): Promise<void> {
  if (!isOutdated(user.encrypted_password, ctx.passwordCost)) return;
  ctx.store.upgradePasswordHash(
    user.id,
    user.encrypted_password,
    await hashPassword(password, ctx.passwordCost),
  );
}
