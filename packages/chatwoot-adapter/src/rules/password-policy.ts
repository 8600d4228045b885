import type { PasswordPolicy } from '@profile-elements/core';

/** Pure (`@__NO_SIDE_EFFECTS__`): a bundle that does not use the policy below drops it. */
const range = /* @__NO_SIDE_EFFECTS__ */ (from: string, to: string): string =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  ).join('');

/** The gem counts each class up to this many characters (`LENGTH_MAX`); beyond it is an error. */
const GEM_CLASS_MAX = 255;

/** The 33 characters Chatwoot's fork of devise-secure_password counts as special, in its order. */
const CHATWOOT_SPECIAL = ' !@#$%^&*()_+-=[]{}|"/\\.,`<>:;?~\'';

/**
 * Chatwoot's rules: Devise `password_length = 6..128` and devise-secure_password requiring one
 * uppercase, lowercase, number and special character; any other character is refused. The class ids
 * are the words the gem's messages use ("1 uppercase character").
 */
export const CHATWOOT_PASSWORD_POLICY = {
  minLength: 6,
  maxLength: 128,
  classes: [
    { id: 'uppercase', characters: range('A', 'Z'), min: 1, max: GEM_CLASS_MAX, display: '(A..Z)' },
    { id: 'lowercase', characters: range('a', 'z'), min: 1, max: GEM_CLASS_MAX, display: '(a..z)' },
    { id: 'number', characters: range('0', '9'), min: 1, max: GEM_CLASS_MAX, display: '(0..9)' },
    {
      id: 'special',
      characters: CHATWOOT_SPECIAL,
      min: 1,
      max: GEM_CLASS_MAX,
      // Spelled out, not `(${CHATWOOT_SPECIAL})`, which esbuild cannot prove pure: it would keep the
      // whole policy in bundles that never use it.
      display: '( !@#$%^&*()_+-=[]{}|"/\\.,`<>:;?~\')',
    },
  ],
  maxInvalid: 0,
} as const satisfies PasswordPolicy;
