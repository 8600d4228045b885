// Property tests of core's rules and schemas over hostile text: they never throw, agree with each
// other, count characters (not UTF-16 units), and let through exactly what the rules allow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_PROFILE_RULES,
  charLength,
  checkDisplayName,
  checkEmail,
  checkName,
  checkPassword,
  normalizeEmail,
} from '@profile-elements/core';
import { ProfileSchema } from '@profile-elements/core/schemas';
import { CHATWOOT_PASSWORD_POLICY, CHATWOOT_PROFILE_RULES } from '@profile-elements/chatwoot-adapter/rules';
import { hostileText } from '../helpers/hostile-strings.js';

const RULES = [DEFAULT_PROFILE_RULES, CHATWOOT_PROFILE_RULES];

test('name and display name: too long exactly past maxLength characters, required only when blank', () => {
  fc.assert(
    fc.property(hostileText, fc.constantFrom(...RULES), (text, rules) => {
      const long = charLength(text) > rules.maxLength;
      assert.equal(checkDisplayName(text, rules), long ? 'too-long' : null);
      assert.equal(checkName(text, rules), !text.trim() ? 'required' : long ? 'too-long' : null);
    }),
  );
});

test('an emoji is one character, however many UTF-16 units it takes', () => {
  const family = '👨‍👩‍👧';
  assert.equal(charLength('😀'.repeat(255)), 255);
  assert.equal(checkName('😀'.repeat(255), CHATWOOT_PROFILE_RULES), null);
  assert.equal(checkName('😀'.repeat(256), CHATWOOT_PROFILE_RULES), 'too-long');
  assert.equal(charLength(family), [...family].length);
});

test('email: never throws, normalising is idempotent, and markup or controls are never an address', () => {
  const forbidden =
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    /[<>"(),:;[\]\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
  fc.assert(
    fc.property(hostileText, (local) => {
      const text = `${local}@example.com`;
      assert.equal(normalizeEmail(normalizeEmail(text)), normalizeEmail(text));
      const verdict = checkEmail(text);
      const bare = normalizeEmail(text).slice(0, -'@example.com'.length);
      if (forbidden.test(bare) || bare.includes('@') || !bare)
        assert.notEqual(verdict, null, JSON.stringify(text));
      else if (charLength(normalizeEmail(text)) <= DEFAULT_PROFILE_RULES.maxLength)
        assert.equal(verdict, null);
    }),
  );
  for (const address of [
    '<script>@example.com',
    'a"b@example.com',
    'a\u0000b@example.com',
    'a\u202eb@example.com',
  ])
    assert.equal(checkEmail(address), 'invalid', JSON.stringify(address));
});

test('passwords: the check never throws, and a password meeting no rule fails', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const check = checkPassword(CHATWOOT_PASSWORD_POLICY, text);
      assert.ok(Array.isArray(check.failed));
      if (!text) assert.ok(check.failed.length > 0);
    }),
  );
});

test('the profile schema keeps any text as it is, and refuses anything that is not a profile', () => {
  fc.assert(
    fc.property(hostileText, hostileText, (name, displayName) => {
      const profile = {
        id: '1',
        name,
        displayName,
        email: 'agent@example.com',
        pendingEmail: null,
        avatarUrl: '',
      };
      const parsed = ProfileSchema.safeParse(profile);
      assert.ok(parsed.success);
      assert.deepEqual(parsed.data, profile);
    }),
  );
  fc.assert(
    fc.property(fc.anything(), (value) => {
      // Never throws; only objects of the right shape pass.
      const parsed = ProfileSchema.safeParse(value);
      if (parsed.success) assert.equal(typeof (parsed.data as { name: unknown }).name, 'string');
    }),
  );
});
