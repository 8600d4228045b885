/** Avatar: upload (with optional progress), removal, and the files Chatwoot refuses. */
import { equal, expectSettingsError, nonEmptyString, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';
import { gifFile, oversizedPngFile, pngFile, webpFile } from './samples.js';

export function avatarTests(suite: ContractSuite): void {
  suite.describe('avatar (uploadAvatar, removeAvatar)', () => {
    suite.test('uploads a PNG: the profile then has an image', ['uploadAvatar'], async ({ adapter }) => {
      const saved = await adapter.uploadAvatar!(pngFile());
      nonEmptyString(saved.avatarUrl, 'avatarUrl after the upload');
      nonEmptyString((await adapter.loadProfile()).avatarUrl, 'avatarUrl after a reload');
    });

    suite.test('uploads a GIF', ['uploadAvatar'], async ({ adapter }) => {
      nonEmptyString((await adapter.uploadAvatar!(gifFile())).avatarUrl, 'avatarUrl after the upload');
    });

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

    suite.test('refuses a WebP image on the avatar field', ['uploadAvatar'], async ({ adapter }) => {
      await expectSettingsError(adapter.uploadAvatar!(webpFile()), 'validation', 'a WebP avatar', 'avatar');
      equal((await adapter.loadProfile()).avatarUrl, '', 'avatarUrl afterwards');
    });

    suite.test('refuses an image over 15 MB on the avatar field', ['uploadAvatar'], async ({ adapter }) => {
      await expectSettingsError(
        adapter.uploadAvatar!(oversizedPngFile()),
        'validation',
        'an avatar over 15 MB',
        'avatar',
      );
      equal((await adapter.loadProfile()).avatarUrl, '', 'avatarUrl afterwards');
    });
  });
}
