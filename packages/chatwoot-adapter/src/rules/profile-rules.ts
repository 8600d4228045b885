import type { ProfileRules } from '@profile-elements/core';

/**
 * Chatwoot's limits on the profile: ApplicationRecord's length guard caps every string column at
 * 255 characters; `Avatarable` takes JPEG, PNG or GIF up to `15.megabytes` (15 MiB in Rails).
 */
export const CHATWOOT_PROFILE_RULES = {
  maxLength: 255,
  avatarTypes: ['image/jpeg', 'image/png', 'image/gif'],
  avatarMaxBytes: 15 * 1024 * 1024,
} as const satisfies ProfileRules;

/** Devise's `email_regexp`: one `@`, no white space ("is invalid"). */
export const EMAIL_FORMAT = /^[^@\s]+@[^@\s]+$/;
/** devise_token_auth's stricter check: the domain needs a dot and a top-level domain ("is not an email"). */
export const EMAIL_DOMAIN = /^([^@\s]+)@((?:[-a-z0-9]+\.)+[a-z]{2,})$/i;
