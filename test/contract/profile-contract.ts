import { expect } from '@open-wc/testing';
import { settingsErrorOf } from '../helpers/settings-error.js';
import { isAbortError, type SettingsAdapter } from '@profile-elements/core';

/** What a contract run needs: a fresh backend with the demo agent, and an adapter to it. */
export interface ContractSetup {
  adapter: SettingsAdapter;
  /** The seeded user, as the adapter should report it. */
  seed: { name: string; displayName: string; email: string };
  /** An address that belongs to another user. */
  takenEmail: string;
  teardown?: () => Promise<void>;
}

/**
 * The profile part of the adapter contract: every adapter must pass it, whatever its backend.
 * Run here against the Chatwoot adapter (real HTTP to the reference server) and the in-memory one.
 */
export function profileContract(name: string, setup: () => Promise<ContractSetup>) {
  describe(`${name}: profile contract`, () => {
    let ctx: ContractSetup;
    beforeEach(async () => {
      ctx = await setup();
    });
    afterEach(async () => {
      await ctx.teardown?.();
    });

    it('loads the profile', async () => {
      const profile = await ctx.adapter.loadProfile();
      expect(profile).to.include(ctx.seed);
      expect(profile.pendingEmail).to.equal(null);
      expect(profile.avatarUrl).to.equal('');
      expect(profile.id).to.be.a('string');
      expect(Object.keys(profile)).not.to.include('accessToken');
    });

    it('saves only the fields it is given and keeps them', async () => {
      const saved = await ctx.adapter.updateProfile({ displayName: 'Janie' });
      expect(saved).to.include({ name: ctx.seed.name, displayName: 'Janie', email: ctx.seed.email });
      expect(await ctx.adapter.loadProfile()).to.include({ displayName: 'Janie' });
    });

    it('keeps unicode, HTML and an empty display name as given', async () => {
      const name = '<img src=x onerror=alert(1)> Zoë 山田 😀';
      const saved = await ctx.adapter.updateProfile({ name, displayName: '' });
      expect(saved).to.include({ name, displayName: '' });
      expect(await ctx.adapter.loadProfile()).to.include({ name, displayName: '' });
    });

    it('keeps the old email until a change is confirmed, and reports the new one as pending', async () => {
      const saved = await ctx.adapter.updateProfile({ email: 'new.address@example.com' });
      expect(saved.email).to.equal(ctx.seed.email);
      expect(saved.pendingEmail).to.equal('new.address@example.com');
    });

    it('refuses an email that is taken, on the email field', async () => {
      const error = await settingsErrorOf(ctx.adapter.updateProfile({ email: ctx.takenEmail }));
      expect(error.kind).to.equal('validation');
      expect(error.fields.email?.[0]).to.match(/taken/);
    });

    for (const [label, email] of [
      ['malformed', 'not-an-email'],
      ['without a top-level domain', 'jane@example'],
      ['blank', ''],
    ]) {
      it(`refuses a ${label} email on the email field`, async () => {
        const error = await settingsErrorOf(ctx.adapter.updateProfile({ email }));
        expect(error.kind).to.equal('validation');
        expect(error.fields.email).to.have.length.greaterThan(0);
        expect(await ctx.adapter.loadProfile()).to.include({ email: ctx.seed.email });
      });
    }

    it('refuses values over 255 characters on their fields and saves nothing', async () => {
      const error = await settingsErrorOf(
        ctx.adapter.updateProfile({ name: 'a'.repeat(256), displayName: 'ok' }),
      );
      expect(error.kind).to.equal('validation');
      expect(error.fields.name?.[0]).to.match(/too long/);
      expect(await ctx.adapter.loadProfile()).to.include({
        name: ctx.seed.name,
        displayName: ctx.seed.displayName,
      });
    });

    it('rejects an aborted call with an AbortError, not a SettingsError', async () => {
      const controller = new AbortController();
      controller.abort();
      try {
        await ctx.adapter.loadProfile({ signal: controller.signal });
        expect.fail('expected an abort');
      } catch (error) {
        expect(isAbortError(error)).to.equal(true);
      }
    });
  });
}
