// Core's in-memory adapter in Chatwoot mode (`chatwootMemoryRules`): the same refusals, in the same
// words, as the reference server — which stories and element tests rely on.
import { expect } from '@open-wc/testing';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import {
  CHATWOOT_PASSWORD_POLICY,
  CHATWOOT_PROFILE_RULES,
  chatwootMemoryRules,
} from '@profile-elements/chatwoot-adapter/rules';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { settingsErrorOf } from '../helpers/settings-error.js';

const chatwootMemory = (options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) =>
  new MemoryAdapter({ rules: chatwootMemoryRules, ...options });

describe('MemoryAdapter with chatwootMemoryRules', () => {
  it('declares the rules the ChatwootAdapter declares', () => {
    const adapter = chatwootMemory();
    const chatwoot = new ChatwootAdapter({ baseUrl: 'http://chat.invalid', token: 't' });
    expect(adapter.passwordPolicy).to.equal(CHATWOOT_PASSWORD_POLICY);
    expect(adapter.profileRules).to.equal(CHATWOOT_PROFILE_RULES);
    expect(chatwoot.passwordPolicy).to.equal(CHATWOOT_PASSWORD_POLICY);
    expect(chatwoot.profileRules).to.equal(CHATWOOT_PROFILE_RULES);
  });

  it('refuses a wrong current password with Chatwoot’s message', async () => {
    const adapter = chatwootMemory({ password: 'Own-pass1' });
    const error = await settingsErrorOf(
      adapter.changePassword({
        currentPassword: 'Password1!',
        password: 'N3w-pass!',
        passwordConfirmation: 'N3w-pass!',
      }),
    );
    expect({ kind: error.kind, message: error.message, fields: error.fields }).to.deep.equal({
      kind: 'validation',
      message: 'Invalid current password',
      fields: { currentPassword: ['Invalid current password'] },
    });
  });

  it('refuses a weak password with Chatwoot’s exact messages, on password and its confirmation', async () => {
    const error = await settingsErrorOf(
      chatwootMemory().changePassword({
        currentPassword: 'Password1!',
        password: 'abcé',
        passwordConfirmation: 'abcé',
      }),
    );
    expect(error.fields.password).to.deep.equal([
      'Password must contain at least 6 characters',
      'Password must contain at least 1 uppercase character  (A..Z)',
      'Password must contain at least 1 number character  (0..9)',
      'Password must contain at least 1 special character  ( !@#$%^&*()_+-=[]{}|"/\\.,`<>:;?~\')',
      'Password contains 1 invalid character (é)',
    ]);
    expect(error.fields.passwordConfirmation?.[0]).to.equal(
      'Password confirmation must contain at least 6 characters',
    );
    expect(error.message).to.equal(
      [...error.fields.password!, ...error.fields.passwordConfirmation!].join(', '),
    );
  });

  it('refuses a confirmation that differs with "doesn\'t match Password" only', async () => {
    const error = await settingsErrorOf(
      chatwootMemory().changePassword({
        currentPassword: 'Password1!',
        password: 'N3w-pass!',
        passwordConfirmation: 'N3w-pass!!',
      }),
    );
    expect(error.fields).to.deep.equal({
      passwordConfirmation: ["Password confirmation doesn't match Password"],
    });
  });

  it('refuses avatars with Chatwoot’s messages, too big first', async () => {
    const adapter = chatwootMemory();
    const webp = new Blob(['RIFF'], { type: 'image/webp' });
    expect((await settingsErrorOf(adapter.uploadAvatar(webp))).fields).to.deep.equal({
      avatar: ['Avatar filetype not supported'],
    });
    const huge = new Blob([new Uint8Array(15 * 1024 * 1024 + 1)], { type: 'image/bmp' });
    expect((await settingsErrorOf(adapter.uploadAvatar(huge))).fields).to.deep.equal({
      avatar: ['Avatar is too big', 'Avatar filetype not supported'],
    });
  });

  it('refuses profile fields with Chatwoot’s messages, accepting a blank name as Chatwoot does', async () => {
    const adapter = chatwootMemory();
    const fields = async (patch: Parameters<MemoryAdapter['updateProfile']>[0]) =>
      (await settingsErrorOf(adapter.updateProfile(patch))).fields;
    expect(await fields({ name: 'n'.repeat(256), displayName: 'd'.repeat(256) })).to.deep.equal({
      name: ['Name is too long (maximum is 255 characters)'],
      displayName: ['Display name is too long (maximum is 255 characters)'],
    });
    const emails = [];
    for (const email of ['', 'jane', 'jane@example', `${'e'.repeat(250)}@example.com`, 'Taken@example.com'])
      emails.push(...((await fields({ email })).email ?? []));
    expect(emails).to.deep.equal([
      "Email can't be blank",
      'Email is invalid',
      'Email is not an email',
      'Email is too long (maximum is 255 characters)',
      'Email has already been taken',
    ]);
    expect((await adapter.updateProfile({ name: '' })).name).to.equal('');
  });

  it('answers injected failures and a push subscription without endpoint in Chatwoot’s words', async () => {
    const adapter = chatwootMemory().failNext('auth', 'not-found');
    expect((await settingsErrorOf(adapter.loadProfile())).message).to.equal('Invalid Access Token');
    expect((await settingsErrorOf(adapter.loadProfile())).message).to.equal('Resource could not be found');
    expect((await settingsErrorOf(adapter.subscribePush({}))).message).to.equal("Identifier can't be blank");
  });
});
