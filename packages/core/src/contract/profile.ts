/**
 * Profile: load, partial update, pending email, and the refusals every backend must make: the
 * emails core's `checkEmail` refuses, and values over the `maxLength` of the adapter's `profileRules`.
 */
import { ProfileSchema } from '../schemas.js';
import { equal, expectSettingsError, fits, includes, nonEmptyString, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';

export function profileTests(suite: ContractSuite): void {
  suite.describe('profile (loadProfile, updateProfile)', () => {
    suite.test('loads the seeded profile, without secrets', [], async ({ adapter, seed }) => {
      const profile = await adapter.loadProfile();
      fits(ProfileSchema, profile, 'the profile');
      includes(profile, { name: seed.name, displayName: seed.displayName, email: seed.email }, 'the profile');
      equal(profile.pendingEmail, null, 'pendingEmail of a fresh user');
      equal(profile.avatarUrl, '', 'avatarUrl of a user without an image');
      nonEmptyString(profile.id, 'the profile id');
      const secret = Object.keys(profile).filter((key) => /token|password|secret/i.test(key));
      equal(secret.length, 0, `keys that look secret in the profile (${show(secret)})`);
    });

    suite.test('saves only the fields it is given, and keeps them', [], async ({ adapter, seed }) => {
      const saved = await adapter.updateProfile({ displayName: 'Janie' });
      fits(ProfileSchema, saved, 'the saved profile');
      includes(saved, { name: seed.name, displayName: 'Janie', email: seed.email }, 'the saved profile');
      includes(
        await adapter.loadProfile(),
        { displayName: 'Janie', name: seed.name },
        'the reloaded profile',
      );
    });

    suite.test('keeps unicode, HTML and an empty display name as given', [], async ({ adapter }) => {
      const name = '<img src=x onerror=alert(1)> Zoë 山田 😀';
      includes(
        await adapter.updateProfile({ name, displayName: '' }),
        { name, displayName: '' },
        'the saved profile',
      );
      includes(await adapter.loadProfile(), { name, displayName: '' }, 'the reloaded profile');
    });

    suite.test(
      'keeps the old email until a change is confirmed, and reports the new one as pending',
      [],
      async ({ adapter, seed }) => {
        const saved = await adapter.updateProfile({ email: 'new.address@example.com' });
        equal(saved.email, seed.email, 'email right after the change');
        equal(saved.pendingEmail, 'new.address@example.com', 'pendingEmail right after the change');
      },
    );

    suite.test('refuses an email that is taken, on the email field', [], async ({ adapter, seed }) => {
      await expectSettingsError(
        adapter.updateProfile({ email: seed.takenEmail }),
        'validation',
        'a taken email',
        'email',
      );
      includes(
        await adapter.loadProfile(),
        { email: seed.email, pendingEmail: null },
        'the profile afterwards',
      );
    });

    for (const [label, email] of [
      ['malformed', 'not-an-email'],
      ['without a top-level domain', 'jane@example'],
      ['blank', ''],
    ] as const) {
      suite.test(
        `refuses a ${label} email on the email field and saves nothing`,
        [],
        async ({ adapter, seed }) => {
          await expectSettingsError(
            adapter.updateProfile({ email }),
            'validation',
            `a ${label} email`,
            'email',
          );
          includes(
            await adapter.loadProfile(),
            { email: seed.email, pendingEmail: null },
            'the profile afterwards',
          );
        },
      );
    }

    suite.test(
      'refuses values over the maxLength of its profileRules on their fields and saves nothing',
      ['profileRules'],
      async ({ adapter, seed }) => {
        const long = 'a'.repeat(adapter.profileRules!.maxLength + 1);
        const error = await expectSettingsError(
          adapter.updateProfile({ name: long, displayName: 'ok' }),
          'validation',
          'a name that is too long',
          'name',
        );
        ok(!error.fields.displayName?.length, `no message on the valid display name (${show(error.fields)})`);
        includes(
          await adapter.loadProfile(),
          { name: seed.name, displayName: seed.displayName },
          'the profile afterwards',
        );
        await expectSettingsError(
          adapter.updateProfile({ displayName: long }),
          'validation',
          'a display name that is too long',
          'displayName',
        );
      },
    );
  });
}
