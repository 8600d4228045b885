import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InterfacePreferencesPatch, TabMessage } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/hotkey-prefs.js';
import type {
  HotkeyPrefs,
  SettingsDirtyChangeEvent,
  SettingsFailedEvent,
  SettingsSavedEvent,
} from '@profile-elements/elements';
import { $, click, until } from '../helpers/dom.js';
import { goOffline } from '../helpers/offline.js';
import { mountSection } from '../helpers/section-fixture.js';

async function mount(adapter = new MemoryAdapter()) {
  return { ...(await mountSection<HotkeyPrefs>('hotkey-prefs', adapter, 'input')), adapter };
}

const root = (el: Element) => el.shadowRoot!;
const radio = (el: Element, key: 'enter' | 'cmd_enter') =>
  $<HTMLInputElement>(el, `input[type="radio"][aria-describedby~="text-${key}"]`);
const checked = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    .filter((r) => r.checked)
    .map((r) => r.value);
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const keys = (el: Element, key: 'enter' | 'cmd_enter') =>
  [...radio(el, key).closest('label')!.querySelectorAll('[part~="key"]')].map((k) => k.textContent);
const writes = (adapter: MemoryAdapter) =>
  adapter.calls
    .filter((c) => c.method === 'updateInterfacePreferences')
    .map((c) => c.args[0] as InterfacePreferencesPatch);
const descriptions = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) =>
      (control.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim(),
    );

describe('<hotkey-prefs>', () => {
  let restore: (() => void)[] = [];
  /** Makes `navigator[key]` say `value` for this test (an own property shadows the prototype's). */
  const stubNavigator = (key: string, value: unknown) => {
    Object.defineProperty(navigator, key, { configurable: true, get: () => value });
    restore.push(() => delete (navigator as unknown as Record<string, unknown>)[key]);
  };
  afterEach(() => {
    restore.reverse().forEach((r) => r());
    restore = [];
  });

  it('shows a busy loading state, then the stored key as two described radio cards', async () => {
    stubNavigator('userAgentData', { platform: 'Windows' });
    const adapter = new MemoryAdapter({ latency: 60, interface: { sendKey: 'cmd_enter' } });
    const el = await fixture<HotkeyPrefs>(html`<hotkey-prefs .adapter=${adapter}></hotkey-prefs>`);
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('input'));
    expect($(el, 'h2').textContent!.trim()).to.equal('Hotkey to send messages');
    expect($(el, 'fieldset').getAttribute('aria-labelledby')).to.equal('title');
    expect(checked(el)).to.deep.equal(['cmd_enter']);
    expect(keys(el, 'enter')).to.deep.equal(['Enter']);
    expect(keys(el, 'cmd_enter')).to.deep.equal(['Ctrl', 'Enter']);
    expect(descriptions(radio(el, 'enter'))).to.deep.equal([
      'Enter sends the message. Shift + Enter starts a new line.',
    ]);
    expect(descriptions(radio(el, 'cmd_enter'))).to.deep.equal([
      'Ctrl + Enter sends the message. Enter starts a new line.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says ⌘ on Apple devices by navigator.platform, Ctrl elsewhere', async () => {
    stubNavigator('userAgentData', undefined);
    stubNavigator('platform', 'MacIntel');
    const { el } = await mount();
    expect(keys(el, 'cmd_enter')).to.deep.equal(['⌘', 'Enter']);
    expect(descriptions(radio(el, 'cmd_enter'))[0]).to.equal(
      '⌘ + Enter sends the message. Enter starts a new line.',
    );
    restore.pop()!();

    stubNavigator('platform', 'iPad');
    const { el: ipad } = await mount();
    expect(keys(ipad, 'cmd_enter')).to.deep.equal(['⌘', 'Enter']);
    restore.pop()!();

    stubNavigator('platform', 'Linux x86_64');
    const { el: linux } = await mount();
    expect(keys(linux, 'cmd_enter')).to.deep.equal(['Ctrl', 'Enter']);
  });

  it('says ⌘ on a Mac whose browser reports userAgentData (platform "macOS")', async () => {
    // Chromium's User-Agent Client Hints name the platform "macOS" (lower-case m), and it wins over
    // navigator.platform.
    stubNavigator('userAgentData', { platform: 'macOS' });
    stubNavigator('platform', 'MacIntel');
    const { el } = await mount();
    expect(keys(el, 'cmd_enter')).to.deep.equal(['⌘', 'Enter']);
  });

  it('saves a choice at once with exactly that patch, once, and says "Saved"', async () => {
    const { el, adapter, events } = await mount(new MemoryAdapter({ latency: 30 }));
    const saved = oneEvent(el, 'pe-saved');
    click(radio(el, 'cmd_enter'));
    await el.updateComplete;
    expect(checked(el), 'shown before the server answers').to.deep.equal(['cmd_enter']);
    expect(el.matches(':state(dirty)')).to.equal(true);
    expect(el.matches(':state(saving)')).to.equal(true);
    const { detail } = (await saved) as SettingsSavedEvent;
    expect(detail.section).to.equal('hotkey');
    expect(detail.value).to.deep.include({ sendKey: 'cmd_enter' });
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ sendKey: 'cmd_enter' }]);
    expect(adapter.interfacePreferences.sendKey).to.equal('cmd_enter');
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(1);
    expect(
      events
        .filter((e) => e.type === 'pe-dirty-change')
        .map((e) => (e as SettingsDirtyChangeEvent).detail.dirty),
    ).to.deep.equal([true, false]);
    expect(el.matches(':state(saving)')).to.equal(false);
  });

  it('works with the keyboard: arrow keys move the choice, quick moves coalesce', async () => {
    const adapter = new MemoryAdapter();
    // The first write answers only when the test says, so the next key presses find it in flight.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const update = adapter.updateInterfacePreferences;
    adapter.updateInterfacePreferences = async (patch, options) => {
      if (writes(adapter).length === 0) await held;
      return update(patch, options);
    };
    const { el } = await mount(adapter);
    radio(el, 'enter').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(el)).to.deep.equal(['cmd_enter']);
    expect(root(el).activeElement).to.equal(radio(el, 'cmd_enter'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    release();
    await until(() => status(el) === 'Saved');
    expect(checked(el)).to.deep.equal(['cmd_enter']);
    expect(writes(adapter), 'the two queued moves went as one').to.deep.equal([
      { sendKey: 'cmd_enter' },
      { sendKey: 'cmd_enter' },
    ]);
    expect(adapter.interfacePreferences.sendKey).to.equal('cmd_enter');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'one tab stop for the group').to.equal(null);
  });

  it('rolls a refused choice back, says why next to the cards, and Try again saves it', async () => {
    const adapter = new MemoryAdapter();
    adapter.failOn('updateInterfacePreferences', 'server');
    const { el, events } = await mount(adapter);
    const failed = oneEvent(el, 'pe-failed');
    click(radio(el, 'cmd_enter'));
    expect(((await failed) as SettingsFailedEvent).detail).to.deep.include({
      section: 'hotkey',
      during: 'save',
    });
    await until(() => root(el).getElementById('error-sendKey'));
    expect(checked(el), 'rolled back').to.deep.equal(['enter']);
    expect(root(el).getElementById('error-sendKey')!.textContent).to.include(
      'Not saved: something went wrong on the server.',
    );
    expect(descriptions(radio(el, 'cmd_enter'))[1]).to.include('Not saved');
    expect(descriptions(radio(el, 'enter'))[1]).to.include('Not saved');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();

    click($(el, '#error-sendKey [part~="retry"]'));
    await until(() => status(el) === 'Saved');
    expect(checked(el)).to.deep.equal(['cmd_enter']);
    expect(root(el).activeElement, 'focus on the choice made again').to.equal(radio(el, 'cmd_enter'));
    expect(writes(adapter)).to.deep.equal([{ sendKey: 'cmd_enter' }, { sendKey: 'cmd_enter' }]);
    expect(root(el).getElementById('error-sendKey')).to.equal(null);
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(1);
  });

  it('offline, a choice waits for the network and goes once when it is back', async () => {
    const { el, adapter } = await mount();
    const network = goOffline();
    try {
      click(radio(el, 'cmd_enter'));
      await until(() => el.matches(':state(waiting)'));
      expect(checked(el), 'not undone').to.deep.equal(['cmd_enter']);
      expect(descriptions(radio(el, 'cmd_enter'))[1]).to.include('Waiting for the network');
      expect(status(el)).to.equal('Offline: waiting to save');
      expect(writes(adapter)).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      network.online();
    }
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ sendKey: 'cmd_enter' }]);
    expect(el.matches(':state(waiting)') || el.matches(':state(dirty)')).to.equal(false);
  });

  it('says when loading fails, and Try again loads', async () => {
    const adapter = new MemoryAdapter().failNext('server');
    const seen: SettingsFailedEvent[] = [];
    const el = await fixture<HotkeyPrefs>(
      html`<hotkey-prefs
        .adapter=${adapter}
        @pe-failed=${(e: SettingsFailedEvent) => seen.push(e)}
      ></hotkey-prefs>`,
    );
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect(seen.map((e) => [e.detail.section, e.detail.during])).to.deep.equal([['hotkey', 'load']]);
    expect($(el, '[part~="alert"]').textContent).to.include('Something went wrong on the server');
    click($(el, '[part~="alert"] [part~="retry"]'));
    await until(() => root(el).querySelector('input'));
    expect(checked(el)).to.deep.equal(['enter']);
  });

  it('hides itself when the adapter has no interface settings', async () => {
    const adapter = new MemoryAdapter({ capabilities: [] });
    const el = await fixture<HotkeyPrefs>(html`<hotkey-prefs .adapter=${adapter}></hotkey-prefs>`);
    await until(() => getComputedStyle(el).display === 'none');
    expect(el.matches(':state(unsupported)')).to.equal(true);
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('shows a key chosen in another tab', async () => {
    const adapter = new MemoryAdapter({ name: `hotkey-tabs-${Date.now()}` });
    const { el } = await mount(adapter);
    const other = new BroadcastChannel('profile-elements');
    const message: TabMessage = {
      scope: await adapter.storageKey(),
      topic: 'interface',
      value: { fontSize: 16, locale: null, sendKey: 'cmd_enter' },
      at: Date.now(),
    };
    other.postMessage(message);
    other.close();
    await until(() => checked(el)[0] === 'cmd_enter');
  });
});
