import { expect } from '@open-wc/testing';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import {
  audioFromUiSettings,
  flagListsWith,
  formatAudioEvents,
  parseAudioEvents,
} from '../../packages/chatwoot-adapter/src/chatwoot-notifications.js';
import { demoApi, startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';
import { settingsErrorOf } from '../helpers/settings-error.js';

describe('Chatwoot audio-alert grammar', () => {
  for (const [stored, events] of [
    [undefined, []],
    ['none', []],
    ['assigned', ['assigned']],
    ['assigned+unassigned', ['assigned', 'unassigned']],
    ['assigned+notme+unassigned', ['assigned', 'unassigned', 'notme']],
    ['mine', ['assigned']],
    ['all', ['assigned', 'unassigned', 'notme']],
    ['bogus+assigned', ['assigned']],
  ] as const) {
    it(`reads ${JSON.stringify(stored)}`, () => {
      expect(parseAudioEvents(stored)).to.have.members([...events]);
    });
  }

  it('writes a sorted, de-duplicated join, and "none" for nothing', () => {
    expect(formatAudioEvents(['unassigned', 'assigned', 'unassigned'])).to.equal('assigned+unassigned');
    expect(formatAudioEvents(['notme', 'unassigned', 'assigned'])).to.equal('assigned+notme+unassigned');
    expect(formatAudioEvents([])).to.equal('none');
  });

  it('makes the defaults explicit when nothing is stored', () => {
    expect(audioFromUiSettings({})).to.deep.equal({
      events: [],
      tone: 'ding',
      volume: 1,
      alwaysPlay: false,
      repeatWhileUnread: false,
    });
    expect(audioFromUiSettings({ notification_tone: 'drumroll', notification_volume: 7 })).to.include({
      tone: 'ding',
      volume: 1,
    });
  });

  it('always writes both flag lists, only with flags the server listed', () => {
    const settings = {
      all_email_flags: ['email_conversation_creation', 'email_conversation_assignment'],
      selected_email_flags: ['email_conversation_assignment'],
      all_push_flags: ['push_conversation_creation', 'push_conversation_assignment'],
      selected_push_flags: ['push_conversation_assignment'],
    };
    expect(
      flagListsWith(settings, { email: { conversation_creation: true, conversation_mention: true } }),
    ).to.deep.equal({
      selected_email_flags: ['email_conversation_creation', 'email_conversation_assignment'],
      selected_push_flags: ['push_conversation_assignment'],
    });
  });
});

describe('ChatwootAdapter notifications against the reference server', () => {
  let server: ReferenceServer;
  let adapter: ChatwootAdapter;
  const api = (path: string, init?: RequestInit) => demoApi(server)(path, init);

  beforeEach(async () => {
    server = await startReferenceServer();
    adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token });
  });
  afterEach(() => server.stop());

  it('keeps the other ui_settings keys when it writes audio settings', async () => {
    await api('/api/v1/profile', {
      method: 'PUT',
      body: JSON.stringify({
        profile: { ui_settings: { font_size: '18px', is_contact_sidebar_open: true } },
      }),
    });
    await adapter.updateNotificationPreferences({
      audio: { events: ['assigned', 'unassigned'], tone: 'bell', volume: 0.4 },
    });
    const user = await api('/api/v1/profile');
    expect(user.ui_settings).to.deep.equal({
      font_size: '18px',
      is_contact_sidebar_open: true,
      enable_audio_alerts: 'assigned+unassigned',
      notification_tone: 'bell',
      notification_volume: 0.4,
    });
  });

  it('runs quick writes one after another, so none undoes another', async () => {
    const results = await Promise.all([
      adapter.updateNotificationPreferences({ email: { conversation_creation: true } }),
      adapter.updateNotificationPreferences({ push: { conversation_mention: true } }),
      adapter.updateNotificationPreferences({ audio: { tone: 'chime' } }),
      adapter.updateNotificationPreferences({ audio: { alwaysPlay: true } }),
      adapter.updateNotificationPreferences({ email: { conversation_assignment: false } }),
    ]);
    const last = results.at(-1)!;
    expect(last.email).to.include({ conversation_creation: true, conversation_assignment: false });
    expect(last.push).to.include({ conversation_mention: true, conversation_assignment: true });
    expect(last.audio).to.include({ tone: 'chime', alwaysPlay: true });
    const settings = await api(`/api/v1/accounts/${server.demo.accountId}/notification_settings`);
    expect(settings.selected_email_flags).to.deep.equal(['email_conversation_creation']);
  });

  it('refuses an event the account does not offer without sending anything', async () => {
    const error = await settingsErrorOf(
      adapter.updateNotificationPreferences({ email: { sla_missed_resolution: true } }),
    );
    expect(error.kind).to.equal('validation');
    const withSla = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, slaEvents: true });
    const prefs = await withSla.updateNotificationPreferences({ email: { sla_missed_resolution: true } });
    expect(prefs.events).to.include('sla_missed_resolution');
    expect(prefs.email.sla_missed_resolution).to.equal(true);
  });

  it('keeps working with the new token after a reset, and the old one stops at once', async () => {
    const old = server.demo.token;
    const fresh = await adapter.resetAccessToken();
    expect(fresh).not.to.equal(old);
    expect((await adapter.loadProfile()).email).to.equal('agent@example.com');
    const stale = new ChatwootAdapter({ baseUrl: server.url, token: old });
    expect((await settingsErrorOf(stale.loadProfile())).kind).to.equal('auth');
  });

  it('can remove a push subscription it registered', async () => {
    const sub = { endpoint: 'https://push.example/abc', keys: { p256dh: 'BNc', auth: 'tBH' } };
    await adapter.subscribePush(sub);
    await adapter.unsubscribePush(sub);
  });

  it('reports upload progress and ends at 1', async () => {
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const seen: number[] = [];
    const profile = await adapter.uploadAvatar(new Blob([png], { type: 'image/png' }), {
      onProgress: (f) => seen.push(f),
    });
    expect(profile.avatarUrl).to.match(/^http/);
    expect(seen.at(-1)).to.equal(1);
    const image = new Image();
    image.src = profile.avatarUrl;
    await image.decode();
    expect(image.naturalWidth).to.equal(1);
  });
});
