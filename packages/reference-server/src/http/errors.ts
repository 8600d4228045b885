/**
 * Chatwoot's error responses as throwable values. Handlers `throw` one of these and the app's error
 * handler sends its status and body unchanged, so every shape is written down once, here.
 * See chatwoot-api.md §1.2–1.3 for where each body comes from.
 */
import { CHATWOOT_MESSAGES } from '@profile-elements/chatwoot-adapter/rules';
import type { RecordErrors } from '../validation/record-errors.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: Record<string, unknown>,
    /** Sent with the answer, e.g. `retry-after`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.error ?? body.message ?? statusCode));
  }
}

/** devise_token_auth, when no credentials were sent at all. */
export const notSignedIn = () =>
  new HttpError(401, { errors: ['You need to sign in or sign up before continuing.'] });

/** `AccessTokenAuthHelper`, when the `api_access_token` header names no token. */
export const invalidAccessToken = () => new HttpError(401, { error: CHATWOOT_MESSAGES.invalidAccessToken });

/** `EnsureCurrentAccountHelper` and Pundit both answer with `render_unauthorized(message)`. */
export const unauthorized = (message: string) => new HttpError(401, { error: message });

/** `ActiveRecord::RecordNotFound`. */
export const notFound = () => new HttpError(404, { error: CHATWOOT_MESSAGES.notFound });

/** `ActionController::ParameterMissing` from `params.require(key)`. */
export const paramMissing = (key: string) =>
  new HttpError(422, { error: `param is missing or the value is empty: ${key}` });

/** `render_could_not_create_error(message)`, e.g. a wrong current password. */
export const couldNotCreate = (message: string) => new HttpError(422, { error: message });

/** `ActiveRecord::RecordInvalid`: full messages joined with ", " plus the attribute names. */
export const recordInvalid = (errors: RecordErrors) => new HttpError(422, errors.toBody());

/**
 * Where Chatwoot raises an unhandled exception (a Rails 500), we answer 500 too, but with a JSON
 * `{error}` that says what was wrong instead of Rails' generic page.
 */
export const internalError = (message: string) => new HttpError(500, { error: message });

const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`;

/**
 * Ours (Chatwoot does not throttle password checks): too many wrong current passwords lately.
 * Chatwoot's `{error}` envelope, so clients that read `error` show it as they are.
 */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new HttpError(
    429,
    { error: `Too many attempts. Try again in ${seconds(retryAfterSeconds)}.` },
    { 'retry-after': String(retryAfterSeconds) },
  );

/** Ours: another connection kept the database locked for longer than the busy timeout. */
export const databaseBusy = () =>
  new HttpError(503, { error: `The database is busy. Try again in ${seconds(1)}.` }, { 'retry-after': '1' });

/** Ours: a multipart body with a file anywhere but in the one file field, or a second file. */
export const unexpectedFile = (field: string) =>
  new HttpError(400, { error: `Only one file, in ${field}, is accepted` });
