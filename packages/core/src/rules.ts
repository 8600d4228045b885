/**
 * Field rules shared by the elements (live validation), the in-memory adapter and the reference
 * server, so that the UI refuses exactly what the backend refuses. Plain functions, no zod: these
 * run in the element bundle, where every byte counts.
 *
 * A rule returns a violation code (or `null`); each consumer turns codes into its own words —
 * the elements through `msg()`, the reference server in Chatwoot's English.
 */

/** Chatwoot limits every string column to 255 characters (ApplicationRecord's length guard). */
export const MAX_STRING_LENGTH = 255;

/** Devise's `email_regexp`: one `@`, no white space. */
export const EMAIL_FORMAT = /^[^@\s]+@[^@\s]+$/;
/** devise_token_auth's stricter check: the domain needs a dot and a top-level domain. */
export const EMAIL_DOMAIN = /^([^@\s]+)@((?:[-a-z0-9]+\.)+[a-z]{2,})$/i;

export type TextViolation = 'required' | 'too-long';
export type EmailViolation = TextViolation | 'invalid' | 'no-domain';

/** Length in characters as Ruby counts them (code points), not UTF-16 units. */
export const charLength = (value: string): number => [...value].length;

const tooLong = (value: string) => charLength(value) > MAX_STRING_LENGTH;

/** Full name: required by the UI (Chatwoot's form requires it), at most 255 characters. */
export function checkName(value: string): TextViolation | null {
  if (!value.trim()) return 'required';
  return tooLong(value) ? 'too-long' : null;
}

/** Display name: optional, at most 255 characters. */
export function checkDisplayName(value: string): TextViolation | null {
  return tooLong(value) ? 'too-long' : null;
}

/** Emails are compared and stored trimmed and lower-cased, as Devise does. */
export const normalizeEmail = (value: string): string => value.trim().toLowerCase();

/** Email: required, Devise's format, a real domain, at most 255 characters. */
export function checkEmail(value: string): EmailViolation | null {
  const email = normalizeEmail(value);
  if (!email) return 'required';
  if (tooLong(email)) return 'too-long';
  if (!EMAIL_FORMAT.test(email)) return 'invalid';
  return EMAIL_DOMAIN.test(email) ? null : 'no-domain';
}

/** Profile images the backend accepts (Chatwoot: JPEG, PNG or GIF; WebP is refused). */
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/gif'] as const;
/** The largest profile image the backend accepts: 15 MB. */
export const AVATAR_MAX_BYTES = 15 * 1024 * 1024;

export type AvatarViolation = 'type' | 'size';

/** Whether the backend would accept `file` as a profile image. */
export function checkAvatar(file: Blob): AvatarViolation | null {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'type';
  return file.size > AVATAR_MAX_BYTES ? 'size' : null;
}
