import { expect } from '@open-wc/testing';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { interfaceFrom } from '../../packages/chatwoot-adapter/src/chatwoot-interface.js';
import { demoApi, startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';
import { settingsErrorOf } from '../helpers/settings-error.js';

describe("Chatwoot's interface keys", () => {
  it('reads font size, language and send key, with Chatwoot’s defaults and the legacy send flag', () => {
    expect(interfaceFrom({})).to.deep.equal({ fontSize: 16, locale: null, sendKey: 'cmd_enter' });
    expect(interfaceFrom({ enter_to_send_enabled: true })).to.include({ sendKey: 'enter' });
    expect(
      interfaceFrom({
        font_size: '20px',
        locale: 'pt_BR',
        editor_message_key: 'enter',
        enter_to_send_enabled: false,
      }),
    ).to.deep.equal({ fontSize: 20, locale: 'pt-BR', sendKey: 'enter' });
    expect(interfaceFrom({ font_size: '17px', locale: 'zh_CN' })).to.include({
      fontSize: 16,
      locale: 'zh-Hans',
    });
  });
});

describe('ChatwootAdapter interface, signature and availability against the reference server', () => {
  let server: ReferenceServer;
  let adapter: ChatwootAdapter;
  const api = (path: string, init?: RequestInit) => demoApi(server)(path, init);

  beforeEach(async () => {
    server = await startReferenceServer();
    adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token });
  });
  afterEach(() => server.stop());

  it("writes Chatwoot's keys and keeps every other ui_settings key", async () => {
    await api('/api/v1/profile', {
      method: 'PUT',
      body: JSON.stringify({
        profile: { ui_settings: { is_contact_sidebar_open: true, notification_tone: 'bell' } },
      }),
    });
    await adapter.updateInterfacePreferences({ fontSize: 18, locale: 'pt-BR', sendKey: 'enter' });
    expect((await api('/api/v1/profile')).ui_settings).to.deep.equal({
      is_contact_sidebar_open: true,
      notification_tone: 'bell',
      font_size: '18px',
      locale: 'pt_BR',
      editor_message_key: 'enter',
    });
    await adapter.updateInterfacePreferences({ locale: null });
    expect((await api('/api/v1/profile')).ui_settings).to.include({ locale: null, font_size: '18px' });
  });

  it('runs interface and audio writes one after another, so none undoes another', async () => {
    await Promise.all([
      adapter.updateInterfacePreferences({ fontSize: 20 }),
      adapter.updateNotificationPreferences({ audio: { tone: 'chime' } }),
      adapter.updateInterfacePreferences({ sendKey: 'enter' }),
      adapter.updateNotificationPreferences({ audio: { alwaysPlay: true } }),
    ]);
    expect((await api('/api/v1/profile')).ui_settings).to.include({
      font_size: '20px',
      editor_message_key: 'enter',
      notification_tone: 'chime',
      always_play_audio_alert: true,
    });
  });

  it('refuses a size, key or language Chatwoot’s UI cannot set, before sending anything', async () => {
    for (const patch of [{ fontSize: 17 }, { sendKey: 'shift_enter' }, { locale: 'tlh' }] as const) {
      expect((await settingsErrorOf(adapter.updateInterfacePreferences(patch as never))).kind).to.equal(
        'validation',
      );
    }
    expect((await api('/api/v1/profile')).ui_settings ?? {}).not.to.have.property('font_size');
  });

  it('saves the signature as message_signature; one too long fails on the signature field', async () => {
    expect(await adapter.updateSignature('— Jane\n**Acme**')).to.equal('— Jane\n**Acme**');
    expect((await api('/api/v1/profile')).message_signature).to.equal('— Jane\n**Acme**');
    const error = await settingsErrorOf(adapter.updateSignature('x'.repeat(20_001)));
    expect(error.kind).to.equal('validation');
    expect(error.fields.signature?.[0]).to.match(/too long/i);
  });

  it('sets availability and auto-offline per account, and refuses an unknown status without a 500', async () => {
    const { currentAccountId } = await adapter.loadAvailability();
    const saved = await adapter.updateAvailability({
      accountId: currentAccountId,
      status: 'busy',
      autoOffline: false,
    });
    expect(saved.accounts.find((a) => a.accountId === currentAccountId)).to.include({
      status: 'busy',
      autoOffline: false,
    });
    const user = await api('/api/v1/profile');
    expect(user.accounts[0]).to.include({ availability: 'busy', auto_offline: false });
    const refused = await settingsErrorOf(
      adapter.updateAvailability({ accountId: currentAccountId, status: 'away' as never }),
    );
    expect(refused.kind).to.equal('validation');
  });
});
