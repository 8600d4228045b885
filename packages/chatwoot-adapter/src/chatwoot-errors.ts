import {
  SettingsError,
  type FieldErrors,
  type FieldName,
  type SettingsErrorKind,
} from '@profile-elements/core';
import { readErrorBody } from './chatwoot-replies.js';
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
  message_signature: 'signature',
};

/** Hard-coded `{error}` messages that belong to a field although Chatwoot sends no attribute. */
const FIELD_BY_ERROR: Record<string, FieldName> = {
  'Invalid current password': 'currentPassword',
};

/** What a `busy` answer says when its body says nothing (Rack::Attack's 429 body is a bare "Retry later"). */
const BUSY_MESSAGES: Record<number, string> = {
  408: 'The server gave up waiting for the request',
  429: 'Too many requests: the server asks to wait',
  503: 'The server is busy or down for maintenance',
};

function kindOf(status: number): SettingsErrorKind {
  if (status in BUSY_MESSAGES) return 'busy';
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
 * Chatwoot's own SPA does (`message`, then `error`, then `errors[0]`). 408, 429 and 503 are `busy`,
 * with `retryAfter` (seconds, from the `Retry-After` header) when the caller read one.
 */
export function errorFromResponse(status: number, body: unknown, retryAfter?: number): SettingsError {
  const data = readErrorBody(body);
  const fallback = BUSY_MESSAGES[status] ?? `The server answered ${status}`;
  const message = data.message ?? data.error ?? data.errors?.[0] ?? fallback;
  const kind = kindOf(status);
  let fields: FieldErrors = {};
  if (kind === 'validation') {
    if (data.message && data.attributes) fields = fieldsFromRecordInvalid(data.message, data.attributes);
    else if (data.error && data.error in FIELD_BY_ERROR)
      fields = { [FIELD_BY_ERROR[data.error]!]: [data.error] };
  }
  return new SettingsError(kind, message, {
    status,
    fields,
    retryAfter: kind === 'busy' ? retryAfter : undefined,
  });
}
