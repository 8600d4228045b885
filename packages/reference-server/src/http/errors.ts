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
