/**
 * Password rules as data plus one pure checker, shared by the password element (live checklist)
 * and the reference server (Chatwoot's 422 messages), so both refuse exactly the same passwords.
 *
 * The policy is plain data so a UI can render it (rule list, allowed special characters) and a
 * backend with other rules can hand its own object to the same checker.
 */
import { charLength } from './rules.js';

/** A class of characters the policy counts (at least `min`, at most `max` of them). */
export interface PasswordCharacterClass {
  /** Stable id; also the word Chatwoot uses in its message ("1 uppercase character"). */
  readonly id: string;
  /** Every character that belongs to the class. */
  readonly characters: string;
  readonly min: number;
  readonly max: number;
  /** How the class is shown after the rule text, e.g. `(A..Z)`. */
  readonly display: string;
}

export interface PasswordPolicy {
  /** Length bounds in characters (code points, as Ruby counts them), both inclusive. */
  readonly minLength: number;
  readonly maxLength: number;
  /** Checked, and reported, in this order. */
  readonly classes: readonly PasswordCharacterClass[];
  /** How many characters outside every class are allowed (Chatwoot: none). */
  readonly maxInvalid: number;
}

/** One broken rule. `limit` is the bound that was crossed, so messages can quote it. */
export type PasswordViolation =
  | { readonly rule: 'length'; readonly bound: 'min' | 'max'; readonly limit: number }
  | {
      readonly rule: 'class';
      readonly classId: string;
      readonly bound: 'min' | 'max';
      readonly limit: number;
    }
  | { readonly rule: 'invalid-characters'; readonly limit: number; readonly count: number };

export interface PasswordCheck {
  /** The broken rules in the order Chatwoot reports them: length, each class, invalid characters. */
  readonly failed: readonly PasswordViolation[];
  /** Distinct characters outside every class, in order of first appearance. */
  readonly invalidCharacters: readonly string[];
}

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
 * uppercase, lowercase, number and special character; any other character is refused.
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
      // whole policy in bundles that never use it (the elements take theirs from the adapter).
      display: '( !@#$%^&*()_+-=[]{}|"/\\.,`<>:;?~\')',
    },
  ],
  maxInvalid: 0,
} as const satisfies PasswordPolicy;

/** Checks `value` against `policy`. Pure; safe to run on every keystroke. */
export function checkPassword(policy: PasswordPolicy, value: string): PasswordCheck {
  const failed: PasswordViolation[] = [];
  const length = charLength(value);
  if (length < policy.minLength) failed.push({ rule: 'length', bound: 'min', limit: policy.minLength });
  else if (length > policy.maxLength) failed.push({ rule: 'length', bound: 'max', limit: policy.maxLength });

  const counts = new Map<string, number>(policy.classes.map((c) => [c.id, 0]));
  const invalid: string[] = [];
  let invalidCount = 0;
  for (const char of value) {
    const cls = policy.classes.find((c) => c.characters.includes(char));
    if (cls) {
      counts.set(cls.id, (counts.get(cls.id) ?? 0) + 1);
    } else {
      invalidCount += 1;
      if (!invalid.includes(char)) invalid.push(char);
    }
  }

  for (const cls of policy.classes) {
    const count = counts.get(cls.id) ?? 0;
    if (count < cls.min) failed.push({ rule: 'class', classId: cls.id, bound: 'min', limit: cls.min });
    else if (count > cls.max) failed.push({ rule: 'class', classId: cls.id, bound: 'max', limit: cls.max });
  }
  if (invalidCount > policy.maxInvalid) {
    failed.push({ rule: 'invalid-characters', limit: policy.maxInvalid, count: invalidCount });
  }
  return { failed, invalidCharacters: invalid };
}
