/**
 * The in-memory adapter's rules when it is given none: a backend with no opinions of its own —
 * core's field rules, a length-only password policy (no composition rules, as NIST SP 800-63B
 * advises) — answering in plain English.
 */
import type { FieldErrors } from './errors.js';
import type { MemoryRules } from './memory-rules.js';
import { checkPassword, type PasswordPolicy, type PasswordViolation } from './password-policy.js';
import {
  DEFAULT_PROFILE_RULES,
  checkAvatar,
  checkDisplayName,
  checkEmail,
  checkName,
  normalizeEmail,
} from './rules.js';

/** At least 8 characters, at most 128, any characters. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  maxLength: 128,
  classes: [],
  maxInvalid: Infinity,
};

const rules = DEFAULT_PROFILE_RULES;
const atMost = `at most ${rules.maxLength} characters`;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function passwordMessage(violation: PasswordViolation, invalid: readonly string[]): string {
  if (violation.rule === 'invalid-characters') return `Password must not contain ${invalid.join(', ')}`;
  const bound = violation.bound === 'min' ? 'at least' : 'at most';
  const noun = violation.rule === 'class' ? `${violation.classId} character` : 'character';
  return `Password must have ${bound} ${plural(violation.limit, noun)}`;
}

const MB = 1024 * 1024;

export const DEFAULT_MEMORY_RULES: MemoryRules = {
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  profileRules: rules,

  profileErrors(patch, isTaken) {
    const fields: FieldErrors = {};
    const name = patch.name === undefined ? null : checkName(patch.name, rules);
    if (name === 'required') fields.name = ['Name is required'];
    if (name === 'too-long') fields.name = [`Name must have ${atMost}`];
    if (patch.displayName !== undefined && checkDisplayName(patch.displayName, rules))
      fields.displayName = [`Display name must have ${atMost}`];
    if (patch.email !== undefined) {
      const email = checkEmail(patch.email, rules);
      if (email === 'required') fields.email = ['Email is required'];
      else if (email === 'too-long') fields.email = [`Email must have ${atMost}`];
      else if (email) fields.email = ['Email is not a valid address'];
      else if (isTaken(normalizeEmail(patch.email))) fields.email = ['Email belongs to another account'];
    }
    return fields;
  },

  avatarErrors(file) {
    switch (checkAvatar(file, rules)) {
      case 'type':
        return [`Images of type ${file.type || 'unknown'} are not accepted`];
      case 'size':
        return [`Images must be at most ${rules.avatarMaxBytes / MB} MB`];
      default:
        return [];
    }
  },

  passwordErrors(password, confirmation) {
    const { failed, invalidCharacters } = checkPassword(DEFAULT_PASSWORD_POLICY, password);
    return {
      password: failed.map((violation) => passwordMessage(violation, invalidCharacters)),
      passwordConfirmation: confirmation === password ? [] : ['Password confirmation does not match'],
    };
  },

  messages: {
    wrongCurrentPassword: 'The current password is wrong',
    pushWithoutEndpoint: 'The push subscription has no endpoint',
    signatureTooLong: (max) => `The signature is too long (at most ${max} characters)`,
    failures: {
      validation: 'The input was refused',
      auth: 'You are not signed in',
      conflict: 'The data changed on the server',
      'not-found': 'Not found',
      network: 'The server could not be reached',
      busy: 'The server is busy',
      server: 'The server failed',
    },
  },
};
