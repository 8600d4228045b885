// What the contract suite (test/contract) does not cover: the in-memory adapter's own test tools
// (failure injection, capabilities, latency) and its promises (secrets kept out of `calls`, the
// reference server's exact messages and defaults).
import { expect } from '@open-wc/testing';
import {
  CHATWOOT_PASSWORD_POLICY,
  DEFAULT_AUDIO_ALERTS,
  NOTIFICATION_EVENTS,
  SettingsError,
  isAbortError,
  type SettingsAdapter,
} from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { settingsErrorOf } from '../helpers/settings-error.js';

const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
const subscription = {
  endpoint: 'https://push.example/abc',
  keys: { p256dh: 'BPublicKey', auth: 'SecretAuth' },
};
const OPTIONAL = [
  'uploadAvatar',
  'removeAvatar',
  'changePassword',
  'passwordPolicy',
  'loadNotificationPreferences',
  'updateNotificationPreferences',
  'revealAccessToken',
  'resetAccessToken',
  'subscribePush',
  'unsubscribePush',
] as const;

describe('MemoryAdapter', () => {
  describe('failure injection', () => {
    it('fails the next calls in order with failNext, whatever the method, then answers again', async () => {
      const adapter = new MemoryAdapter().failNext('network', 'auth');
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('network');
      expect((await settingsErrorOf(adapter.revealAccessToken())).kind).to.equal('auth');
      expect((await adapter.loadProfile()).name).to.equal('Jane Doe');
    });

    it('throws an injected SettingsError as it is', async () => {
      const injected = new SettingsError('validation', 'param is missing', { fields: { name: ['x'] } });
      const adapter = new MemoryAdapter().failNext(injected);
      expect(await settingsErrorOf(adapter.loadProfile())).to.equal(injected);
    });

    it('fails exactly the Nth call of one method with failOn (a 500 on one toggle among several quick ones)', async () => {
      const adapter = new MemoryAdapter({ latency: 5 }).failOn(
        'updateNotificationPreferences',
        null,
        'server',
      );
      const results = await Promise.allSettled([
        adapter.updateNotificationPreferences({ email: { conversation_creation: true } }),
        adapter.updateNotificationPreferences({ email: { conversation_mention: true } }),
        adapter.loadProfile(),
        adapter.updateNotificationPreferences({ push: { conversation_creation: true } }),
      ]);
      expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(((results[1] as PromiseRejectedResult).reason as SettingsError).kind).to.equal('server');
      const prefs = await adapter.loadNotificationPreferences();
      expect(prefs.email.conversation_creation).to.equal(true);
      expect(prefs.email.conversation_mention, 'the failed toggle changed nothing').to.equal(false);
      expect(prefs.push.conversation_creation).to.equal(true);
    });

    it("takes a method's own failures before the general queue", async () => {
      const adapter = new MemoryAdapter().failNext('network').failOn('loadProfile', 'auth');
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('auth');
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('network');
      await adapter.loadProfile();
    });

    it('changes nothing on an injected failure', async () => {
      const adapter = new MemoryAdapter()
        .failOn('updateProfile', 'server')
        .failOn('changePassword', 'network');
      await settingsErrorOf(adapter.updateProfile({ name: 'Changed' }));
      expect(adapter.profile.name).to.equal('Jane Doe');
      await settingsErrorOf(
        adapter.changePassword({
          currentPassword: 'Password1!',
          password: 'N3w-pass!',
          passwordConfirmation: 'N3w-pass!',
        }),
      );
      await adapter.changePassword({
        currentPassword: 'Password1!',
        password: 'N3w-pass!',
        passwordConfirmation: 'N3w-pass!',
      });
    });
  });

  describe('capabilities', () => {
    it('has every optional member by default', () => {
      const adapter: SettingsAdapter = new MemoryAdapter();
      for (const member of OPTIONAL) expect(member in adapter, member).to.equal(true);
      expect(adapter.passwordPolicy).to.equal(CHATWOOT_PASSWORD_POLICY);
    });

    it('really lacks the optional members left out of `capabilities`', async () => {
      const adapter: SettingsAdapter = new MemoryAdapter({
        capabilities: ['changePassword', 'revealAccessToken'],
      });
      for (const member of OPTIONAL) {
        expect(member in adapter, member).to.equal(
          member === 'changePassword' || member === 'revealAccessToken',
        );
      }
      expect(adapter.passwordPolicy).to.equal(undefined);
      expect(adapter.uploadAvatar?.(png())).to.equal(undefined);
      expect(await adapter.revealAccessToken?.()).to.be.a('string');
    });

    it('keeps the required members whatever `capabilities` says', async () => {
      const adapter = new MemoryAdapter({ capabilities: [] });
      expect((await adapter.loadProfile()).name).to.equal('Jane Doe');
      expect((await adapter.updateProfile({ name: 'New' })).name).to.equal('New');
      expect(adapter).to.be.instanceOf(MemoryAdapter);
    });
  });

  describe('latency and abort', () => {
    it('waits the latency before it answers', async () => {
      const adapter = new MemoryAdapter({ latency: 60 });
      const started = performance.now();
      await adapter.loadProfile();
      expect(performance.now() - started).to.be.greaterThanOrEqual(55);
    });

    it('rejects with the signal’s AbortError as soon as it is aborted while waiting, and saves nothing', async () => {
      const adapter = new MemoryAdapter({ latency: 10_000 });
      const controller = new AbortController();
      const started = performance.now();
      const call = adapter.updateProfile({ name: 'Aborted' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isAbortError(error)).to.equal(true);
      expect(error).to.equal(controller.signal.reason);
      expect(performance.now() - started).to.be.lessThan(1000);
      expect(adapter.profile.name).to.equal('Jane Doe');
    });

    it('reports upload progress in steps up to 1 when there is latency, and none without', async () => {
      const steps: number[] = [];
      await new MemoryAdapter({ latency: 20 }).uploadAvatar(png(), { onProgress: (f) => steps.push(f) });
      expect(steps).to.deep.equal([0.25, 0.5, 0.75, 1]);
      const none: number[] = [];
      await new MemoryAdapter().uploadAvatar(png(), { onProgress: (f) => none.push(f) });
      expect(none).to.deep.equal([]);
    });

    it('stops reporting progress once an upload is aborted', async () => {
      const steps: number[] = [];
      const controller = new AbortController();
      const adapter = new MemoryAdapter({ latency: 200 });
      const call = adapter.uploadAvatar(png(), {
        signal: controller.signal,
        onProgress: (f) => {
          steps.push(f);
          controller.abort();
        },
      });
      expect(isAbortError(await call.catch((e: unknown) => e))).to.equal(true);
      expect(steps).to.deep.equal([0.25]);
      expect(adapter.profile.avatarUrl).to.equal('');
    });
  });

  describe('calls and secrets', () => {
    it('records every call with its arguments, in order', async () => {
      const adapter = new MemoryAdapter();
      await adapter.loadProfile();
      await adapter.updateProfile({ displayName: 'J' });
      await adapter.updateNotificationPreferences({ audio: { tone: 'bell' } });
      expect(adapter.calls).to.deep.equal([
        { method: 'loadProfile', args: [] },
        { method: 'updateProfile', args: [{ displayName: 'J' }] },
        { method: 'updateNotificationPreferences', args: [{ audio: { tone: 'bell' } }] },
      ]);
    });

    it('never keeps a password or push key in `calls`, also when the change is refused', async () => {
      const adapter = new MemoryAdapter();
      await adapter.changePassword({
        currentPassword: 'Password1!',
        password: 'S3cret-new!',
        passwordConfirmation: 'S3cret-new!',
      });
      await settingsErrorOf(
        adapter.changePassword({
          currentPassword: 'Wrong-guess1!',
          password: 'Other-s3cret!',
          passwordConfirmation: 'x',
        }),
      );
      await adapter.subscribePush(subscription);
      await adapter.unsubscribePush(subscription);
      const recorded = JSON.stringify(adapter.calls);
      for (const secret of [
        'Password1!',
        'S3cret-new!',
        'Wrong-guess1!',
        'Other-s3cret!',
        'SecretAuth',
        'BPublicKey',
      ]) {
        expect(recorded).not.to.include(secret);
      }
      expect(adapter.calls[0]).to.deep.equal({
        method: 'changePassword',
        args: [{ currentPassword: '[redacted]', password: '[redacted]', passwordConfirmation: '[redacted]' }],
      });
      expect(adapter.calls[2]!.args[0]).to.deep.include({ endpoint: subscription.endpoint });
    });

    it('keeps push subscriptions, one per endpoint, until they are let go', async () => {
      const adapter = new MemoryAdapter();
      await adapter.subscribePush(subscription);
      await adapter.subscribePush({ ...subscription, keys: { p256dh: 'BOther', auth: 'OtherAuth' } });
      await adapter.subscribePush({ endpoint: 'https://push.example/second' });
      expect(adapter.pushSubscriptions.map((s) => s.endpoint)).to.deep.equal([
        'https://push.example/abc',
        'https://push.example/second',
      ]);
      expect(adapter.pushSubscriptions[0]!.keys).to.deep.equal({ p256dh: 'BOther', auth: 'OtherAuth' });
      await adapter.unsubscribePush(subscription);
      expect(adapter.pushSubscriptions.map((s) => s.endpoint)).to.deep.equal(['https://push.example/second']);
      expect((await settingsErrorOf(adapter.subscribePush({}))).kind).to.equal('validation');
    });
  });

  describe('the reference backend’s behaviour', () => {
    it('takes its password from the options and refuses a wrong one with Chatwoot’s message', async () => {
      const adapter = new MemoryAdapter({ password: 'Own-pass1' });
      const error = await settingsErrorOf(
        adapter.changePassword({
          currentPassword: 'Password1!',
          password: 'N3w-pass!',
          passwordConfirmation: 'N3w-pass!',
        }),
      );
      expect(error.kind).to.equal('validation');
      expect(error.message).to.equal('Invalid current password');
      expect(error.fields).to.deep.equal({ currentPassword: ['Invalid current password'] });
      await adapter.changePassword({
        currentPassword: 'Own-pass1',
        password: 'N3w-pass!',
        passwordConfirmation: 'N3w-pass!',
      });
    });

    it('refuses a weak password with Chatwoot’s exact messages, on password and its confirmation', async () => {
      const adapter = new MemoryAdapter();
      const error = await settingsErrorOf(
        adapter.changePassword({
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
      const adapter = new MemoryAdapter();
      const error = await settingsErrorOf(
        adapter.changePassword({
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
      const adapter = new MemoryAdapter();
      const webp = new Blob(['RIFF'], { type: 'image/webp' });
      expect((await settingsErrorOf(adapter.uploadAvatar(webp))).fields).to.deep.equal({
        avatar: ['Avatar filetype not supported'],
      });
      const huge = new Blob([new Uint8Array(15 * 1024 * 1024 + 1)], { type: 'image/bmp' });
      expect((await settingsErrorOf(adapter.uploadAvatar(huge))).fields).to.deep.equal({
        avatar: ['Avatar is too big', 'Avatar filetype not supported'],
      });
    });

    it('shows an uploaded image at an object URL, revoked when it is replaced', async () => {
      const adapter = new MemoryAdapter();
      const first = (await adapter.uploadAvatar(png())).avatarUrl;
      expect(first).to.match(/^blob:/);
      expect((await fetch(first)).ok).to.equal(true);
      await adapter.uploadAvatar(png());
      const gone = await fetch(first).then(
        () => false,
        () => true,
      );
      expect(gone, 'the replaced object URL is revoked').to.equal(true);
    });

    it('falls back to a data URL where there are no object URLs', async () => {
      const original = URL.createObjectURL;
      (URL as unknown as { createObjectURL?: unknown }).createObjectURL = undefined;
      try {
        const { avatarUrl } = await new MemoryAdapter().uploadAvatar(png());
        expect(avatarUrl).to.equal('data:image/png;base64,iVBORw==');
      } finally {
        URL.createObjectURL = original;
      }
    });

    it('starts with Chatwoot’s notification defaults and the five non-SLA events', async () => {
      const prefs = await new MemoryAdapter().loadNotificationPreferences();
      expect(prefs.audio).to.deep.equal(DEFAULT_AUDIO_ALERTS);
      expect(prefs.events).to.deep.equal(NOTIFICATION_EVENTS.filter((e) => !e.startsWith('sla_')));
      for (const channel of ['email', 'push'] as const) {
        const on = Object.entries(prefs[channel]).filter(([, value]) => value);
        expect(on).to.deep.equal([['conversation_assignment', true]]);
      }
    });

    it('offers the SLA events with `slaEvents`, and merges `notifications` over the defaults', async () => {
      const adapter = new MemoryAdapter({
        slaEvents: true,
        notifications: { audio: { tone: 'chime' }, push: { conversation_assignment: false } },
      });
      const prefs = await adapter.loadNotificationPreferences();
      expect(prefs.events).to.deep.equal([...NOTIFICATION_EVENTS]);
      expect(prefs.audio).to.deep.equal({ ...DEFAULT_AUDIO_ALERTS, tone: 'chime' });
      expect(prefs.push.conversation_assignment).to.equal(false);
      expect(prefs.email.conversation_assignment).to.equal(true);
      const saved = await adapter.updateNotificationPreferences({ email: { sla_missed_resolution: true } });
      expect(saved.email.sla_missed_resolution).to.equal(true);
    });

    it('refuses audio values out of range', async () => {
      const adapter = new MemoryAdapter();
      for (const audio of [{ volume: 2 }, { tone: 'drumroll' }, { events: ['mine'] }]) {
        const patch = { audio } as unknown as Parameters<MemoryAdapter['updateNotificationPreferences']>[0];
        expect((await settingsErrorOf(adapter.updateNotificationPreferences(patch))).kind).to.equal(
          'validation',
        );
      }
      expect((await adapter.loadNotificationPreferences()).audio).to.deep.equal(DEFAULT_AUDIO_ALERTS);
    });

    it('stores audio alert events once each, in a fixed order', async () => {
      const saved = await new MemoryAdapter().updateNotificationPreferences({
        audio: { events: ['notme', 'assigned', 'notme'] },
      });
      expect(saved.audio.events).to.deep.equal(['assigned', 'notme']);
    });

    it('reveals the token from the options, and resets it to 24 new base58 characters', async () => {
      const adapter = new MemoryAdapter({ token: 'host-given-token-1234567' });
      expect(await adapter.revealAccessToken()).to.equal('host-given-token-1234567');
      const fresh = await adapter.resetAccessToken();
      expect(fresh).to.match(/^[1-9A-HJ-NP-Za-km-z]{24}$/);
      expect(await adapter.revealAccessToken()).to.equal(fresh);
      expect(await new MemoryAdapter().revealAccessToken()).to.match(/^[1-9A-HJ-NP-Za-km-z]{24}$/);
    });
  });
});
