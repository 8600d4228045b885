/**
 * Avatar: upload (with optional progress), removal, and the files refused by the adapter's declared
 * `profileRules` (the type and size limits the UI checks, which the backend must enforce too).
 */
import { equal, expectSettingsError, nonEmptyString, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';
import { gifFile, oversizedPngFile, pngFile, webpFile } from './samples.js';

/** Larger limits are not tried: the suite would have to build the file in memory. */
const MAX_TRIED_BYTES = 64 * 1024 * 1024;

export function avatarTests(suite: ContractSuite): void {
  suite.describe('avatar (uploadAvatar, removeAvatar)', () => {
    suite.test('uploads a PNG: the profile then has an image', ['uploadAvatar'], async ({ adapter }) => {
      const saved = await adapter.uploadAvatar!(pngFile());
      nonEmptyString(saved.avatarUrl, 'avatarUrl after the upload');
      nonEmptyString((await adapter.loadProfile()).avatarUrl, 'avatarUrl after a reload');
    });

    suite.test(
      'uploads a GIF, unless its profileRules leave GIF out',
      ['uploadAvatar'],
      async ({ adapter }, skip) => {
        if (adapter.profileRules && !adapter.profileRules.avatarTypes.includes('image/gif'))
          skip('the profileRules do not accept GIF');
        nonEmptyString((await adapter.uploadAvatar!(gifFile())).avatarUrl, 'avatarUrl after the upload');
      },
    );

    suite.test(
      'reports progress, if at all, between 0 and 1, never going back, ending at 1',
      ['uploadAvatar'],
      async ({ adapter }) => {
        const reported: number[] = [];
        await adapter.uploadAvatar!(pngFile(), { onProgress: (fraction) => reported.push(fraction) });
        if (!reported.length) return;
        ok(
          reported.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= reported[i - 1]!)),
          `progress must stay within 0..1 and never decrease: ${show(reported)}`,
        );
        equal(reported.at(-1), 1, `the last progress reported (${show(reported)})`);
      },
    );

    suite.test(
      'removes the image: avatarUrl becomes empty',
      ['uploadAvatar', 'removeAvatar'],
      async ({ adapter }) => {
        await adapter.uploadAvatar!(pngFile());
        equal((await adapter.removeAvatar!()).avatarUrl, '', 'avatarUrl after the removal');
        equal((await adapter.loadProfile()).avatarUrl, '', 'avatarUrl after a reload');
      },
    );

    suite.test('removing when there is no image succeeds', ['removeAvatar'], async ({ adapter, seed }) => {
      const profile = await adapter.removeAvatar!();
      equal(profile.avatarUrl, '', 'avatarUrl');
      equal(profile.name, seed.name, 'the rest of the profile comes back too: name');
    });

    suite.test(
      'refuses a WebP image on the avatar field, when its profileRules leave WebP out',
      ['uploadAvatar', 'profileRules'],
      async ({ adapter }, skip) => {
        if (adapter.profileRules!.avatarTypes.includes('image/webp')) skip('the profileRules accept WebP');
        await expectSettingsError(adapter.uploadAvatar!(webpFile()), 'validation', 'a WebP avatar', 'avatar');
        equal((await adapter.loadProfile()).avatarUrl, '', 'avatarUrl afterwards');
      },
    );

    suite.test(
      'refuses an image over the avatarMaxBytes of its profileRules, on the avatar field',
      ['uploadAvatar', 'profileRules'],
      async ({ adapter }, skip) => {
        const { avatarMaxBytes } = adapter.profileRules!;
        if (avatarMaxBytes > MAX_TRIED_BYTES) skip(`avatarMaxBytes ${avatarMaxBytes} is too large to try`);
        await expectSettingsError(
          adapter.uploadAvatar!(oversizedPngFile(avatarMaxBytes)),
          'validation',
          `an avatar over ${avatarMaxBytes} bytes`,
          'avatar',
        );
        equal((await adapter.loadProfile()).avatarUrl, '', 'avatarUrl afterwards');
      },
    );
  });
}
