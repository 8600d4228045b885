import { msg, str } from '../shared/localize.js';
import { checkPassword, type PasswordPolicy } from '@profile-elements/core';

/** One line of the live checklist. */
export interface PasswordRule {
  text: string;
  met: boolean;
}

/** The words for the classes core's policies use; another id is shown as it is. */
const className = (id: string): string =>
  ({
    uppercase: msg('uppercase'),
    lowercase: msg('lowercase'),
    number: msg('number'),
    special: msg('special'),
  })[id] ?? id;

/**
 * The checklist for `value`, from the policy's data (so another backend's policy renders its own
 * rules): the length, each required class with its characters ("At least 1 uppercase character
 * (A..Z)", the seed's words), and — when the policy refuses other characters — the ones in `value`
 * that it refuses ("Not allowed: é, €").
 */
export function passwordRules(policy: PasswordPolicy, value: string): PasswordRule[] {
  const { failed, invalidCharacters } = checkPassword(policy, value);
  const ok = (rule: string, classId?: string) =>
    !failed.some((v) => v.rule === rule && (v.rule !== 'class' || v.classId === classId));
  const rules: PasswordRule[] = [
    {
      text: msg(str`${policy.minLength} to ${policy.maxLength} characters`),
      met: ok('length'),
    },
    ...policy.classes
      .filter((c) => c.min > 0)
      .map((c) => ({
        // No line break inside the characters (Chatwoot's special ones start with a space).
        text: msg(str`At least ${c.min} ${className(c.id)} character ${c.display.replaceAll(' ', '\u00a0')}`),
        met: ok('class', c.id),
      })),
  ];
  const allowed = ok('invalid-characters');
  if (!allowed || policy.maxInvalid === 0) {
    rules.push({
      text: allowed
        ? msg('Only the characters above')
        : msg(str`Not allowed: ${invalidCharacters.join(', ')}`),
      met: allowed,
    });
  }
  return rules;
}
