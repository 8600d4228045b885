import { msg, str } from '../shared/localize.js';
import { formatNumber } from '../locale/format.js';
import type { SettingsError } from '@profile-elements/core';

/**
 * The sentence a user sees for a failure: what happened and what to do. Validation messages come
 * from the backend (already localised there); the rest are ours, because transport wording is not
 * something a user can act on.
 */
export function errorMessage(error: SettingsError): string {
  switch (error.kind) {
    case 'network':
      return msg("Couldn't reach the server. Check your connection, then try again.");
    case 'server':
      return msg('Something went wrong on the server. Your changes are kept; try again in a moment.');
    case 'auth':
      // A token reset landed but its reply was lost: the old token is dead and the new one unknown here.
      return error.code === 'token-replaced'
        ? msg(
            'Your access token was regenerated, but the new one did not reach this page. Sign in again to continue.',
          )
        : msg('Your session has ended or your access was revoked. Sign in again to continue.');
    case 'not-found':
      return msg('Your account could not be found. It may have been removed.');
    case 'conflict':
      return msg('Your settings were changed elsewhere. Reload to see the latest, then try again.');
    case 'busy':
      // The server asked to wait (429, 503) or took too long (408): say how long when it said.
      if (!error.retryAfter) return msg('The server is busy. Try again in a moment.');
      // Units, not words: "1 min" and "5 min" need no plural rules.
      return error.retryAfter < 90
        ? msg(str`The server is busy. Try again in ${formatNumber(Math.ceil(error.retryAfter))} s.`)
        : msg(str`The server is busy. Try again in ${formatNumber(Math.ceil(error.retryAfter / 60))} min.`);
    case 'validation':
      return error.message;
  }
}
