// What the contract suite (test/contract) does not cover: the in-memory adapter's own test tools
// (failure injection, capabilities, latency), its promises (secrets kept out of `calls`, its
// defaults), and the rules it is given (by default core's plain-English ones; Chatwoot's are tested
// in test/chatwoot-adapter/memory-rules.test.ts).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  DEFAULT_AUDIO_ALERTS,
  DEFAULT_PROFILE_RULES,
  NOTIFICATION_EVENTS,
  SettingsError,
  type SettingsAdapter,
} from '@profile-elements/core';
import {
  DEFAULT_MEMORY_RULES,
  DEFAULT_PASSWORD_POLICY,
  MemoryAdapter,
  type MemoryRules,
} from '@profile-elements/core/memory';
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
  'profileRules',
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
      expect(
        {
          email: [prefs.email.conversation_creation, prefs.email.conversation_mention],
          push: prefs.push.conversation_creation,
        },
        'the failed toggle (email conversation_mention) changed nothing',
      ).to.deep.equal({
        email: [true, false],
        push: true,
      });
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
      expect(OPTIONAL.filter((member) => member in adapter)).to.deep.equal([...OPTIONAL]);
      expect(adapter.passwordPolicy).to.equal(DEFAULT_PASSWORD_POLICY);
      expect(adapter.profileRules).to.equal(DEFAULT_PROFILE_RULES);
    });

    it('really lacks the optional members left out of `capabilities`', async () => {
      const adapter: SettingsAdapter = new MemoryAdapter({
        capabilities: ['changePassword', 'revealAccessToken'],
      });
      expect(OPTIONAL.filter((member) => member in adapter)).to.deep.equal([
        'changePassword',
        'revealAccessToken',
      ]);
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
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers();
    });
    afterEach(() => clock.restore());

    it('waits the latency before it answers', async () => {
      const adapter = new MemoryAdapter({ latency: 60 });
      let state = 'waiting';
      const call = adapter.loadProfile().then(() => (state = 'answered'));
      await clock.tickAsync(59);
      expect(state, 'after 59 of 60 ms').to.equal('waiting');
      await clock.tickAsync(1);
      await call;
      expect(state, 'after 60 ms').to.equal('answered');
    });

    it('rejects with the signal’s AbortError as soon as it is aborted while waiting, and saves nothing', async () => {
      const adapter = new MemoryAdapter({ latency: 10_000 });
      const controller = new AbortController();
      const call = adapter.updateProfile({ name: 'Aborted' }, { signal: controller.signal });
      await clock.tickAsync(20);
      controller.abort();
      // No more time passes: only the abort can settle the call.
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.equal(controller.signal.reason);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(adapter.profile.name).to.equal('Jane Doe');
    });

    it('reports upload progress in steps up to 1 when there is latency, and none without', async () => {
      const steps: number[] = [];
      const upload = new MemoryAdapter({ latency: 20 }).uploadAvatar(png(), {
        onProgress: (f) => steps.push(f),
      });
      await clock.tickAsync(20);
      await upload;
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
      const outcome = call.catch((e: unknown) => e);
      await clock.tickAsync(200);
      expect(await outcome).to.equal(controller.signal.reason);
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

  describe('its default rules: core’s, in plain English', () => {
    it('takes its password from the options and refuses a wrong one on currentPassword', async () => {
      const adapter = new MemoryAdapter({ password: 'Own-pass1' });
      const error = await settingsErrorOf(
        adapter.changePassword({
          currentPassword: 'Password1!',
          password: 'N3w-pass!',
          passwordConfirmation: 'N3w-pass!',
        }),
      );
      expect({ kind: error.kind, message: error.message, fields: error.fields }).to.deep.equal({
        kind: 'validation',
        message: 'The current password is wrong',
        fields: { currentPassword: ['The current password is wrong'] },
      });
      await adapter.changePassword({
        currentPassword: 'Own-pass1',
        password: 'N3w-pass!',
        passwordConfirmation: 'N3w-pass!',
      });
    });

    it('refuses a password outside its length bounds, and a confirmation that differs', async () => {
      const adapter = new MemoryAdapter();
      const change = (password: string, passwordConfirmation = password) =>
        settingsErrorOf(
          adapter.changePassword({ currentPassword: 'Password1!', password, passwordConfirmation }),
        );
      expect((await change('short')).fields).to.deep.equal({
        password: ['Password must have at least 8 characters'],
      });
      expect((await change('x'.repeat(129))).fields).to.deep.equal({
        password: ['Password must have at most 128 characters'],
      });
      const mismatch = await change('long enough', 'long enough!');
      expect({ message: mismatch.message, fields: mismatch.fields }).to.deep.equal({
        message: 'Password confirmation does not match',
        fields: { passwordConfirmation: ['Password confirmation does not match'] },
      });
      await adapter.changePassword({
        currentPassword: 'Password1!',
        password: 'any characters: é €',
        passwordConfirmation: 'any characters: é €',
      });
    });

    it('refuses profile fields on their fields, and saves nothing', async () => {
      const adapter = new MemoryAdapter();
      const fields = async (patch: Parameters<MemoryAdapter['updateProfile']>[0]) =>
        (await settingsErrorOf(adapter.updateProfile(patch))).fields;
      expect(await fields({ name: ' ', displayName: 'd'.repeat(256) })).to.deep.equal({
        name: ['Name is required'],
        displayName: ['Display name must have at most 255 characters'],
      });
      expect(await fields({ name: 'n'.repeat(256) })).to.deep.equal({
        name: ['Name must have at most 255 characters'],
      });
      const emails = [];
      for (const email of ['', 'jane@example', `${'e'.repeat(250)}@example.com`, ' Taken@Example.com'])
        emails.push(...((await fields({ email })).email ?? []));
      expect(emails).to.deep.equal([
        'Email is required',
        'Email is not a valid address',
        'Email must have at most 255 characters',
        'Email belongs to another account',
      ]);
      expect(adapter.profile).to.include({ name: 'Jane Doe', displayName: 'Jane', pendingEmail: null });
      expect((await adapter.updateProfile({ email: 'agent@example.com' })).pendingEmail).to.equal(null);
    });

    it('refuses avatars outside core’s default rules', async () => {
      const adapter = new MemoryAdapter();
      const webp = new Blob(['RIFF'], { type: 'image/webp' });
      expect((await settingsErrorOf(adapter.uploadAvatar(webp))).fields).to.deep.equal({
        avatar: ['Images of type image/webp are not accepted'],
      });
      const huge = new Blob([new Uint8Array(15 * 1024 * 1024 + 1)], { type: 'image/png' });
      expect((await settingsErrorOf(adapter.uploadAvatar(huge))).fields).to.deep.equal({
        avatar: ['Images must be at most 15 MB'],
      });
    });

    it('gives injected failures and a push subscription without endpoint plain words', async () => {
      const adapter = new MemoryAdapter().failNext('auth', 'network');
      expect((await settingsErrorOf(adapter.loadProfile())).message).to.equal('You are not signed in');
      expect((await settingsErrorOf(adapter.loadProfile())).message).to.equal(
        'The server could not be reached',
      );
      expect((await settingsErrorOf(adapter.subscribePush({}))).message).to.equal(
        'The push subscription has no endpoint',
      );
    });

    it('answers with the rules it is given instead', async () => {
      const rules: MemoryRules = {
        ...DEFAULT_MEMORY_RULES,
        passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, minLength: 4 },
        profileErrors: (patch) => (patch.name === 'Nope' ? { name: ['Not that name'] } : {}),
        messages: { ...DEFAULT_MEMORY_RULES.messages, wrongCurrentPassword: 'Nein' },
      };
      const adapter = new MemoryAdapter({ rules });
      expect(adapter.passwordPolicy).to.equal(rules.passwordPolicy);
      expect((await settingsErrorOf(adapter.updateProfile({ name: 'Nope' }))).fields).to.deep.equal({
        name: ['Not that name'],
      });
      const wrong = { currentPassword: 'wrong', password: 'abcd', passwordConfirmation: 'abcd' };
      expect((await settingsErrorOf(adapter.changePassword(wrong))).message).to.equal('Nein');
    });
  });

  describe('its other behaviour', () => {
    it('shows an uploaded image at an object URL, revoked when it is replaced', async () => {
      const adapter = new MemoryAdapter();
      const first = (await adapter.uploadAvatar(png())).avatarUrl;
      expect(first).to.match(/^blob:/);
      expect((await fetch(first)).status).to.equal(200);
      await adapter.uploadAvatar(png());
      const replaced = await fetch(first).then(
        (response) => `answered ${response.status}`,
        (error: Error) => error.name,
      );
      expect(replaced, 'the replaced object URL is revoked').to.equal('TypeError');
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

  describe('storageKey', () => {
    it('is memory:<name>#<profile id>, a name of its own unless named, the same after a token reset', async () => {
      const [one, two] = [await new MemoryAdapter().storageKey(), await new MemoryAdapter().storageKey()];
      expect(one).to.match(/^memory:instance-\d+-\w+#1$/);
      expect(two, 'two unnamed instances keep nothing in common').not.to.equal(one);
      const adapter = new MemoryAdapter({
        name: 'stories',
        profile: { id: '42' },
        token: 'host-given-token-1234567',
      });
      const key = await adapter.storageKey();
      expect(key).to.equal('memory:stories#42');
      const token = await adapter.resetAccessToken();
      expect(await adapter.storageKey()).to.equal(key);
      expect(key).not.to.include(token).and.not.to.include('host-given-token-1234567');
    });

    it('is recorded in `calls`, takes no `failNext` entry, and fails with its own `failOn`', async () => {
      const adapter = new MemoryAdapter().failNext('network');
      expect(await adapter.storageKey()).to.match(/^memory:instance-\d+-\w+#1$/);
      expect((await settingsErrorOf(adapter.loadProfile())).kind, 'failNext is left to the load').to.equal(
        'network',
      );
      adapter.failOn('storageKey', 'server');
      expect((await settingsErrorOf(adapter.storageKey())).kind).to.equal('server');
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(['storageKey', 'loadProfile', 'storageKey']);
    });

    it('rejects with the AbortError of an aborted signal, and can be left out with `capabilities`', async () => {
      const signal = AbortSignal.abort();
      expect(await new MemoryAdapter().storageKey({ signal }).catch((e: unknown) => e)).to.equal(
        signal.reason,
      );
      expect('storageKey' in new MemoryAdapter({ capabilities: ['changePassword'] })).to.equal(false);
    });
  });
});
