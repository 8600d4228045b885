/**
 * Password rules as data plus one pure checker. An adapter declares its backend's policy as
 * `passwordPolicy`; the password element checks it live and the backend (or its stand-in) refuses
 * with the same checker, so both refuse exactly the same passwords.
 *
 * The policy is plain data so a UI can render it (rule list, allowed special characters) and every
 * backend can hand its own object to the same checker.
 */
import { charLength } from './rules.js';

/** A class of characters the policy counts (at least `min`, at most `max` of them). */
export interface PasswordCharacterClass {
  /** Stable id, e.g. `uppercase`; UIs and messages name the class by it ("1 uppercase character"). */
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
  /** How many characters outside every class are allowed (`Infinity`: any number). */
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
  /** The broken rules in a fixed order: length, each class, invalid characters. */
  readonly failed: readonly PasswordViolation[];
  /** Distinct characters outside every class, in order of first appearance. */
  readonly invalidCharacters: readonly string[];
}

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
