import { msg, str } from '../shared/localize.js';
import { formatNumber, leftToRight, plural } from '../locale/format.js';
import { getLocale } from '../locale/page-locale.js';
import { checkPassword, type PasswordPolicy } from '@profile-elements/core';

/** One line of the live checklist. */
export interface PasswordRule {
  text: string;
  met: boolean;
}

/**
 * "At least 1 uppercase character (A..Z)" for the classes core's policies use, whole sentences (a
 * class name glued into one would not translate), with the count's plural form; another class id is
 * shown with its characters only.
 */
function classRule(id: string, min: number, characters: string): string {
  const n = formatNumber(min);
  switch (id) {
    case 'uppercase':
      return plural(min, {
        zero: () => msg(str`At least ${n} uppercase characters ${characters}`, { id: 'rule-uppercase.zero' }),
        one: () => msg(str`At least ${n} uppercase character ${characters}`, { id: 'rule-uppercase.one' }),
        two: () => msg(str`At least ${n} uppercase characters ${characters}`, { id: 'rule-uppercase.two' }),
        few: () => msg(str`At least ${n} uppercase characters ${characters}`, { id: 'rule-uppercase.few' }),
        many: () => msg(str`At least ${n} uppercase characters ${characters}`, { id: 'rule-uppercase.many' }),
        other: () =>
          msg(str`At least ${n} uppercase characters ${characters}`, { id: 'rule-uppercase.other' }),
      });
    case 'lowercase':
      return plural(min, {
        zero: () => msg(str`At least ${n} lowercase characters ${characters}`, { id: 'rule-lowercase.zero' }),
        one: () => msg(str`At least ${n} lowercase character ${characters}`, { id: 'rule-lowercase.one' }),
        two: () => msg(str`At least ${n} lowercase characters ${characters}`, { id: 'rule-lowercase.two' }),
        few: () => msg(str`At least ${n} lowercase characters ${characters}`, { id: 'rule-lowercase.few' }),
        many: () => msg(str`At least ${n} lowercase characters ${characters}`, { id: 'rule-lowercase.many' }),
        other: () =>
          msg(str`At least ${n} lowercase characters ${characters}`, { id: 'rule-lowercase.other' }),
      });
    case 'number':
      return plural(min, {
        zero: () => msg(str`At least ${n} number characters ${characters}`, { id: 'rule-number.zero' }),
        one: () => msg(str`At least ${n} number character ${characters}`, { id: 'rule-number.one' }),
        two: () => msg(str`At least ${n} number characters ${characters}`, { id: 'rule-number.two' }),
        few: () => msg(str`At least ${n} number characters ${characters}`, { id: 'rule-number.few' }),
        many: () => msg(str`At least ${n} number characters ${characters}`, { id: 'rule-number.many' }),
        other: () => msg(str`At least ${n} number characters ${characters}`, { id: 'rule-number.other' }),
      });
    case 'special':
      return plural(min, {
        zero: () => msg(str`At least ${n} special characters ${characters}`, { id: 'rule-special.zero' }),
        one: () => msg(str`At least ${n} special character ${characters}`, { id: 'rule-special.one' }),
        two: () => msg(str`At least ${n} special characters ${characters}`, { id: 'rule-special.two' }),
        few: () => msg(str`At least ${n} special characters ${characters}`, { id: 'rule-special.few' }),
        many: () => msg(str`At least ${n} special characters ${characters}`, { id: 'rule-special.many' }),
        other: () => msg(str`At least ${n} special characters ${characters}`, { id: 'rule-special.other' }),
      });
    default:
      return plural(min, {
        zero: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.zero' }),
        one: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.one' }),
        two: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.two' }),
        few: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.few' }),
        many: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.many' }),
        other: () => msg(str`At least ${n} of ${characters}`, { id: 'rule-other.other' }),
      });
  }
}

/** The refused characters, as the locale lists units ("é, €"). */
const listOf = (items: readonly string[]) =>
  new Intl.ListFormat(getLocale(), { type: 'conjunction', style: 'narrow' }).format(items);

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
      text: lengthRule(policy.minLength, policy.maxLength),
      met: ok('length'),
    },
    ...policy.classes
      .filter((c) => c.min > 0)
      .map((c) => ({
        // No line break inside the characters (Chatwoot's special ones start with a space).
        // Left to right in every language: in a right-to-left sentence the brackets would turn round.
        text: classRule(c.id, c.min, leftToRight(c.display.replaceAll(' ', '\u00a0'))),
        met: ok('class', c.id),
      })),
  ];
  const allowed = ok('invalid-characters');
  if (!allowed || policy.maxInvalid === 0) {
    rules.push({
      text: allowed ? msg('Only the characters above') : msg(str`Not allowed: ${listOf(invalidCharacters)}`),
      met: allowed,
    });
  }
  return rules;
}

/** "6 to 128 characters", in the plural form of the larger number. */
function lengthRule(minLength: number, maxLength: number): string {
  const [min, max] = [formatNumber(minLength), formatNumber(maxLength)];
  return plural(maxLength, {
    zero: () => msg(str`${min} to ${max} characters`, { id: 'rule-length.zero' }),
    one: () => msg(str`${min} to ${max} character`, { id: 'rule-length.one' }),
    two: () => msg(str`${min} to ${max} characters`, { id: 'rule-length.two' }),
    few: () => msg(str`${min} to ${max} characters`, { id: 'rule-length.few' }),
    many: () => msg(str`${min} to ${max} characters`, { id: 'rule-length.many' }),
    other: () => msg(str`${min} to ${max} characters`, { id: 'rule-length.other' }),
  });
}
