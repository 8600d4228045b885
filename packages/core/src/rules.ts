/**
 * Field rules as data plus pure checkers, shared by the elements (live validation) and the
 * in-memory adapter. Backend-free: an adapter declares its backend's limits as `profileRules`
 * (see `adapter.ts`) and the elements check those; `DEFAULT_PROFILE_RULES` stands in when it
 * declares none. Plain functions, no zod: these run in the element bundle, where every byte counts.
 *
 * A rule returns a violation code (or `null`); each consumer turns codes into its own words.
 */

/** The limits a backend puts on the profile fields. */
export interface ProfileRules {
  /** The most characters (code points) a name, display name or email may have. */
  readonly maxLength: number;
  /** The image types accepted as a profile image (MIME types, e.g. `image/png`). */
  readonly avatarTypes: readonly string[];
  /** The largest profile image accepted, in bytes. */
  readonly avatarMaxBytes: number;
}

/**
 * The rules the elements check when the adapter declares none: the common `VARCHAR(255)` column,
 * the three image types every browser and image library reads, and 15 MiB.
 */
export const DEFAULT_PROFILE_RULES: ProfileRules = {
  maxLength: 255,
  avatarTypes: ['image/jpeg', 'image/png', 'image/gif'],
  avatarMaxBytes: 15 * 1024 * 1024,
};

export type TextViolation = 'required' | 'too-long';
export type EmailViolation = TextViolation | 'invalid';

/** Length in characters as most backends count them (code points), not UTF-16 units. */
export const charLength = (value: string): number => [...value].length;

const tooLong = (value: string, rules: ProfileRules) => charLength(value) > rules.maxLength;

/** Full name: required by the UI, at most `maxLength` characters. */
export function checkName(value: string, rules: ProfileRules = DEFAULT_PROFILE_RULES): TextViolation | null {
  if (!value.trim()) return 'required';
  return tooLong(value, rules) ? 'too-long' : null;
}

/** Display name: optional, at most `maxLength` characters. */
export function checkDisplayName(
  value: string,
  rules: ProfileRules = DEFAULT_PROFILE_RULES,
): TextViolation | null {
  return tooLong(value, rules) ? 'too-long' : null;
}

/** Emails are compared and sent trimmed and lower-cased. */
export const normalizeEmail = (value: string): string => value.trim().toLowerCase();

/**
 * The shape of an address mail can be delivered to: one `@`; a local part without white space,
 * control or invisible formatting characters (C0, C1, zero-width, bidirectional controls) or the
 * characters that only a quoted local part may hold (`<>"(),:;[]\`), so markup never passes as an
 * address; and a domain of host-name labels ending in a top-level domain of two or more letters.
 */
const EMAIL_SHAPE =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^[^@\s<>"(),:;[\]\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]+@(?:[-a-z0-9]+\.)+[a-z]{2,}$/i;

/** Email: required, at most `maxLength` characters, shaped like a deliverable address. */
export function checkEmail(
  value: string,
  rules: ProfileRules = DEFAULT_PROFILE_RULES,
): EmailViolation | null {
  const email = normalizeEmail(value);
  if (!email) return 'required';
  if (tooLong(email, rules)) return 'too-long';
  return EMAIL_SHAPE.test(email) ? null : 'invalid';
}

export type AvatarViolation = 'type' | 'size';

/** Whether the backend would accept `file` as a profile image (its type first, then its size). */
export function checkAvatar(file: Blob, rules: ProfileRules = DEFAULT_PROFILE_RULES): AvatarViolation | null {
  if (!rules.avatarTypes.includes(file.type)) return 'type';
  return file.size > rules.avatarMaxBytes ? 'size' : null;
}
