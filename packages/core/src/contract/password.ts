/**
 * Password: the current password is checked, every rule of the adapter's `passwordPolicy` is
 * enforced by the backend, the confirmation must match, and a change takes effect.
 */
import type { SettingsAdapter } from '../adapter.js';
import {
  checkPassword,
  type PasswordCharacterClass,
  type PasswordPolicy,
  type PasswordViolation,
} from '../password-policy.js';
import { expectSettingsError, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';

/** Tried first as the new password: it passes most policies (all four classes, 13 characters). */
const NEW_PASSWORD = 'N3w-password!';

export function passwordTests(suite: ContractSuite): void {
  suite.describe('password (changePassword, passwordPolicy)', () => {
    suite.test(
      'refuses a wrong current password on currentPassword, changing nothing',
      ['changePassword'],
      async ({ adapter, seed }) => {
        const password = newPassword(adapter);
        await expectSettingsError(
          adapter.changePassword!({
            currentPassword: `${seed.password}x`,
            password,
            passwordConfirmation: password,
          }),
          'validation',
          'a wrong current password',
          'currentPassword',
        );
        // The seeded password is still the current one.
        await adapter.changePassword!({
          currentPassword: seed.password,
          password,
          passwordConfirmation: password,
        });
      },
    );

    suite.test(
      'refuses a confirmation that differs, on passwordConfirmation',
      ['changePassword'],
      async ({ adapter, seed }) => {
        const password = newPassword(adapter);
        const other = `${password}9`;
        ok(
          !adapter.passwordPolicy || !checkPassword(adapter.passwordPolicy, other).failed.length,
          'a valid confirmation',
        );
        const error = await expectSettingsError(
          adapter.changePassword!({ currentPassword: seed.password, password, passwordConfirmation: other }),
          'validation',
          'a confirmation that differs',
          'passwordConfirmation',
        );
        ok(!error.fields.password?.length, `no message on the valid password (${show(error.fields)})`);
      },
    );

    suite.test(
      'changes the password: the new one is then the current one, the old one is not',
      ['changePassword'],
      async ({ adapter, seed }) => {
        const password = newPassword(adapter);
        await adapter.changePassword!({
          currentPassword: seed.password,
          password,
          passwordConfirmation: password,
        });
        await expectSettingsError(
          adapter.changePassword!({
            currentPassword: seed.password,
            password,
            passwordConfirmation: password,
          }),
          'validation',
          'the old password as the current one',
          'currentPassword',
        );
        const back = seed.password;
        await adapter.changePassword!({
          currentPassword: password,
          password: back,
          passwordConfirmation: back,
        });
        await adapter.loadProfile();
      },
    );

    suite.test(
      'has a usable passwordPolicy that the new passwords of these tests pass',
      ['passwordPolicy'],
      async ({ adapter }) => {
        const policy = adapter.passwordPolicy!;
        ok(
          Number.isInteger(policy.minLength) && policy.minLength >= 0 && policy.maxLength >= policy.minLength,
          `length bounds ${policy.minLength}..${policy.maxLength}`,
        );
        ok(Array.isArray(policy.classes), 'classes is an array');
        ok(validPassword(policy) !== null, 'a password that passes the policy can be built from it');
      },
    );

    const rules: [string, (policy: PasswordPolicy) => Candidate | null][] = [
      ['shorter than its minLength', tooShort],
      ['longer than its maxLength', tooLong],
      ['with characters outside every class', withInvalidCharacters],
    ];
    for (const [label, make] of rules) {
      suite.test(
        `refuses a password ${label}, on password`,
        ['changePassword', 'passwordPolicy'],
        async ({ adapter, seed }, skip) => {
          const candidate =
            make(adapter.passwordPolicy!) ?? skip(`the policy has no such rule to break alone`);
          await refuses(adapter, seed.password, candidate);
        },
      );
    }

    suite.test(
      'refuses a password missing any required class of characters, on password',
      ['changePassword', 'passwordPolicy'],
      async ({ adapter, seed }, skip) => {
        const policy = adapter.passwordPolicy!;
        const candidates = policy.classes.map((cls) => withoutClass(policy, cls)).filter((c) => c !== null);
        if (!candidates.length) skip('the policy requires no class of characters');
        for (const candidate of candidates) await refuses(adapter, seed.password, candidate);
      },
    );
  });
}

/** A password that breaks exactly one rule, and which. */
interface Candidate {
  password: string;
  breaks: string;
}

async function refuses(
  adapter: SettingsAdapter,
  current: string,
  { password, breaks }: Candidate,
): Promise<void> {
  await expectSettingsError(
    adapter.changePassword!({ currentPassword: current, password, passwordConfirmation: password }),
    'validation',
    `a password that breaks ${breaks} (${show(password.length > 40 ? `${password.slice(0, 40)}…` : password)})`,
    'password',
  );
}

function newPassword(adapter: SettingsAdapter): string {
  const policy = adapter.passwordPolicy;
  if (!policy || !checkPassword(policy, NEW_PASSWORD).failed.length) return NEW_PASSWORD;
  return validPassword(policy) ?? NEW_PASSWORD;
}

/** A character of the class that is not white space (a leading or trailing space invites trimming). */
const sample = (cls: PasswordCharacterClass): string | undefined =>
  [...cls.characters].find((char) => char.trim() !== '');

/** The required characters of every class but `omit`, then filler up to `length`. */
function build(policy: PasswordPolicy, length: number, omit?: PasswordCharacterClass): string | null {
  const classes = policy.classes.filter((cls) => cls !== omit);
  let password = '';
  for (const cls of classes) {
    const char = sample(cls);
    if (cls.min > 0 && !char) return null;
    password += (char ?? '').repeat(cls.min);
  }
  // Filler from the class with the most room left, so no class goes over its maximum; a policy
  // without classes counts nothing but length, so any letter does.
  const filler = [...classes].sort((a, b) => b.max - b.min - (a.max - a.min))[0];
  const char = filler ? sample(filler) : 'x';
  const missing = length - [...password].length;
  if (missing > 0) {
    if (!char) return null;
    password += char.repeat(missing);
  }
  return password;
}

/** `password` if it breaks exactly the rule `is` accepts, else `null`. */
function only(
  policy: PasswordPolicy,
  password: string | null,
  breaks: string,
  is: (violation: PasswordViolation) => boolean,
): Candidate | null {
  if (password === null) return null;
  const { failed } = checkPassword(policy, password);
  return failed.length === 1 && is(failed[0]!) ? { password, breaks } : null;
}

function validPassword(policy: PasswordPolicy): string | null {
  const password = build(policy, Math.max(policy.minLength, 8));
  return password !== null && !checkPassword(policy, password).failed.length ? password : null;
}

function tooShort(policy: PasswordPolicy): Candidate | null {
  if (policy.minLength <= 1) return null;
  const required = build(policy, 0);
  const password = required && [...required].length ? required : build(policy, policy.minLength - 1);
  return only(
    policy,
    password,
    `minLength ${policy.minLength}`,
    (v) => v.rule === 'length' && v.bound === 'min',
  );
}

function tooLong(policy: PasswordPolicy): Candidate | null {
  if (!Number.isFinite(policy.maxLength) || policy.maxLength > 10_000) return null;
  return only(
    policy,
    build(policy, policy.maxLength + 1),
    `maxLength ${policy.maxLength}`,
    (v) => v.rule === 'length' && v.bound === 'max',
  );
}

function withoutClass(policy: PasswordPolicy, cls: PasswordCharacterClass): Candidate | null {
  if (cls.min < 1) return null;
  return only(
    policy,
    build(policy, Math.max(policy.minLength, 8), cls),
    `the ${cls.id} class`,
    (v) => v.rule === 'class' && v.classId === cls.id && v.bound === 'min',
  );
}

function withInvalidCharacters(policy: PasswordPolicy): Candidate | null {
  if (!Number.isFinite(policy.maxInvalid)) return null;
  const outside = ['é', '€', 'ß', 'ñ', '中'].find((char) =>
    policy.classes.every((c) => !c.characters.includes(char)),
  );
  const valid = validPassword(policy);
  if (!outside || valid === null) return null;
  return only(
    policy,
    valid + outside.repeat(policy.maxInvalid + 1),
    `maxInvalid ${policy.maxInvalid}`,
    (v) => v.rule === 'invalid-characters',
  );
}
