import {
  SettingsError,
  type FieldErrors,
  type FieldName,
  type SettingsErrorKind,
} from '@profile-elements/core';
import { ChatwootErrorSchema } from './chatwoot-schemas.js';
import { humanize } from './rules/messages.js';

/** Chatwoot's attribute names (Rails) → the core field names. */
const FIELD_BY_ATTRIBUTE: Record<string, FieldName> = {
  name: 'name',
  display_name: 'displayName',
  email: 'email',
  avatar: 'avatar',
  current_password: 'currentPassword',
  password: 'password',
  password_confirmation: 'passwordConfirmation',
};

/** Hard-coded `{error}` messages that belong to a field although Chatwoot sends no attribute. */
const FIELD_BY_ERROR: Record<string, FieldName> = {
  'Invalid current password': 'currentPassword',
};

function kindOf(status: number): SettingsErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 400 && status < 500) return 'validation';
  return 'server';
}

/**
 * Splits Rails' joined `full_messages` onto the fields named in `attributes`. Each message goes to
 * the attribute whose human name it starts with (the longest, so "Password confirmation …" does not
 * land on `password`); Devise registers its email validators twice, so repeats are dropped.
 */
export function fieldsFromRecordInvalid(message: string, attributes: string[]): FieldErrors {
  const fields: FieldErrors = {};
  const known = attributes.filter((a) => a in FIELD_BY_ATTRIBUTE).sort((a, b) => b.length - a.length);
  for (const text of new Set(message.split(', '))) {
    const attribute = known.find((a) => text.startsWith(humanize(a))) ?? known.at(-1);
    if (!attribute) continue;
    const field = FIELD_BY_ATTRIBUTE[attribute]!;
    (fields[field] ??= []).push(text);
  }
  return fields;
}

/**
 * Turns one of Chatwoot's three error envelopes into a `SettingsError`, taking the message the way
 * Chatwoot's own SPA does (`message`, then `error`, then `errors[0]`).
 */
export function errorFromResponse(status: number, body: unknown): SettingsError {
  const parsed = ChatwootErrorSchema.safeParse(body);
  const data = parsed.success ? parsed.data : {};
  const message = data.message ?? data.error ?? data.errors?.[0] ?? `The server answered ${status}`;
  const kind = kindOf(status);
  let fields: FieldErrors = {};
  if (kind === 'validation') {
    if (data.message && data.attributes) fields = fieldsFromRecordInvalid(data.message, data.attributes);
    else if (data.error && data.error in FIELD_BY_ERROR)
      fields = { [FIELD_BY_ERROR[data.error]!]: [data.error] };
  }
  return new SettingsError(kind, message, { status, fields });
}
