/**
 * `ProfilesController#update` in Chatwoot's order (chatwoot-api.md §1.4):
 * 1. only when `password` is present: check `current_password` (422 `{error}` and nothing saved;
 *    ours: 429 after too many wrong ones), then validate and save the new password — on its own,
 *    so it stays changed even if step 2 fails;
 * 2. assign the permitted profile fields, merge `phone_number` into custom_attributes, validate, save.
 */
import { newAvatarKey } from './avatar/avatar.js';
import type { AppContext } from './context.js';
import { checkCurrentPassword, upgradeOutdatedHash } from './current-password.js';
import { internalError, recordInvalid } from './http/errors.js';
import { isPlainObject } from './http/nested-keys.js';
import { castString, permitScalar, type Params } from './http/params.js';
import { UploadedFile } from './http/uploaded-file.js';
import { hashPassword } from './security/passwords.js';
import { generateToken } from './security/tokens.js';
import type { UserPatch } from './db/store.js';
import { validatePasswordChange } from './validation/password.js';
import { validateProfile, type ProfileChanges } from './validation/profile.js';

export async function updateProfile(ctx: AppContext, userId: number, profile: Params): Promise<void> {
  await changePassword(ctx, userId, profile);
  saveProfile(ctx, userId, profile);
}

async function changePassword(ctx: AppContext, userId: number, profile: Params): Promise<void> {
  const password = castString(profile.password);
  // Rails' `present?`: a missing, null or all-blank password skips the whole step.
  if (password == null || password.trim() === '') return;

  const user = ctx.store.getUser(userId);
  if (!user) throw new Error(`User ${userId} vanished`);
  const current = castString(profile.current_password) ?? '';
  await checkCurrentPassword(ctx, user, current);

  const errors = validatePasswordChange(password, castString(profile.password_confirmation) ?? null);
  if (!errors.isEmpty) {
    // The right password stays: its hash is the one to bring up to today's cost.
    await upgradeOutdatedHash(ctx, user, current);
    throw recordInvalid(errors);
  }
  ctx.store.updatePassword(userId, await hashPassword(password, ctx.passwordCost), generateToken());
}

function saveProfile(ctx: AppContext, userId: number, profile: Params): void {
  const { store } = ctx;
  const user = store.getUser(userId);
  if (!user) throw new Error(`User ${userId} vanished`);

  const changes: ProfileChanges = {
    name: castString(profile.name),
    display_name: castString(profile.display_name),
    email: castString(profile.email),
    message_signature: castString(profile.message_signature),
    ...(profile.avatar instanceof UploadedFile ? { avatar: profile.avatar } : {}),
  };
  const { errors, newEmail, avatarType } = validateProfile(user, changes, (email) =>
    store.userIdByEmail(email),
  );
  if (!errors.isEmpty) throw recordInvalid(errors);
  // Validation passed but the NOT NULL column refuses it: Chatwoot fails the same way, with a 500.
  if (changes.name === null) throw internalError('name cannot be null');

  const patch: UserPatch = {};
  if (changes.name !== undefined) patch.name = changes.name;
  if (changes.display_name !== undefined) patch.display_name = changes.display_name;
  if (changes.message_signature !== undefined) patch.message_signature = changes.message_signature;
  // Devise's reconfirmable: the address in `email` stays until the new one is confirmed.
  if (newEmail !== null) patch.unconfirmed_email = newEmail;
  // Replaced wholesale, never merged: clients must send the whole object.
  if (isPlainObject(profile.ui_settings)) patch.ui_settings = profile.ui_settings;
  const phone = permitScalar(profile.phone_number);
  if (phone !== undefined && !(phone instanceof UploadedFile)) {
    patch.custom_attributes = { ...user.custom_attributes, phone_number: phone };
  }

  store.transaction(() => {
    store.updateUser(userId, patch);
    if (changes.avatar && avatarType) {
      store.replaceAvatar(userId, {
        key: newAvatarKey(),
        content_type: avatarType,
        data: changes.avatar.data,
      });
    }
  });
}
