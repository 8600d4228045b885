/**
 * The parts of Chatwoot's JSON this adapter reads (see the contract, §2 and §1.3), checked by hand.
 * Each reply is one flat object of a few keys, so a dozen type guards do what zod/mini would at a
 * fifth of its 4.7 KB (brotli) — bytes every host page would pay before its first render. Checks are
 * loose: Chatwoot sends many more keys, and new ones must not break the adapter. zod still checks
 * what adapters hand the elements, in the contract suite (`@profile-elements/core/schemas`).
 */
import { SettingsError } from '@profile-elements/core';

type Guard<T> = (value: unknown) => value is T;
type Shape = Record<string, Guard<unknown>>;
/** The type a shape of guards describes. */
type Read<S extends Shape> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never };

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nullish =
  <T>(guard: Guard<T>): Guard<T | null | undefined> =>
  (value): value is T | null | undefined =>
    value == null || guard(value);
const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || guard(value);
const listOf =
  <T>(guard: Guard<T>): Guard<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(guard);

/** `app/views/api/v1/models/_user.json.jbuilder`, the keys the elements need. */
const USER = {
  id: isNumber,
  name: isString,
  display_name: nullish(isString),
  email: isString,
  /** Not in Chatwoot's JSON; the reference server adds it. Without it the adapter remembers what it sent. */
  unconfirmed_email: nullish(isString),
  avatar_url: nullish(isString),
  access_token: optional(isString),
  /** The account of the most recently active membership: where notification settings live. */
  account_id: nullish(isNumber),
  /** Free-form; the audio alert keys live here (§4). Sent back whole on every write. */
  ui_settings: nullish(isObject),
  /** Markdown (§2.1). */
  message_signature: nullish(isString),
  /** One per membership, with its availability (§2.1); read member by member (`readMemberships`). */
  accounts: optional(listOf(isObject)),
};
export type ChatwootUser = Read<typeof USER>;

/** `app/views/api/v1/accounts/notification_settings/show.json.jbuilder` (§2.2). */
const NOTIFICATION_SETTINGS = {
  all_email_flags: listOf(isString),
  selected_email_flags: listOf(isString),
  all_push_flags: listOf(isString),
  selected_push_flags: listOf(isString),
};
export type ChatwootNotificationSettings = Read<typeof NOTIFICATION_SETTINGS>;

/** The three error envelopes: `{error}`, `{message, attributes}` and devise's `{errors: []}`. */
const ERROR = {
  error: optional(isString),
  message: optional(isString),
  attributes: optional(listOf(isString)),
  errors: optional(listOf(isString)),
};
export type ChatwootErrorBody = Partial<Read<typeof ERROR>>;

/**
 * The reply as `S` describes it, or a `server` failure naming the first key that does not fit: the
 * one way replies are read, so a malformed one never reaches the elements as `undefined`.
 */
function read<S extends Shape>(shape: S, body: unknown): Read<S> {
  const wrong = !isObject(body) ? 'the reply' : Object.keys(shape).find((key) => !shape[key]!(body[key]));
  if (wrong !== undefined) {
    throw new SettingsError('server', 'The server sent a reply this adapter does not understand', {
      cause: new TypeError(`Unexpected ${wrong}`),
    });
  }
  return body as Read<S>;
}

export const readUser = (body: unknown): ChatwootUser => read(USER, body);
export const readNotificationSettings = (body: unknown): ChatwootNotificationSettings =>
  read(NOTIFICATION_SETTINGS, body);

/** The error envelope's keys that fit; an error body that is not one (HTML, text) reads as empty. */
export function readErrorBody(body: unknown): ChatwootErrorBody {
  if (!isObject(body)) return {};
  return Object.fromEntries(
    Object.entries(ERROR).map(([key, guard]) => [key, guard(body[key]) ? body[key] : undefined]),
  ) as ChatwootErrorBody;
}
