import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InterfacePreferencesPatch, TabMessage } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/all.js';
import type {
  InterfaceChangeEvent,
  InterfacePrefs,
  ProfileSettings,
  SettingsDirtyChangeEvent,
  SettingsFailedEvent,
  SettingsSavedEvent,
} from '@profile-elements/elements';
import { $, click, until } from '../helpers/dom.js';
import { goOffline } from '../helpers/offline.js';

type Recorded = { changes: InterfaceChangeEvent['detail'][]; events: Event[] };

async function mount(adapter = new MemoryAdapter(), cancel = false) {
  const seen: Recorded = { changes: [], events: [] };
  const onChange = (e: InterfaceChangeEvent) => {
    seen.changes.push(e.detail);
    if (cancel) e.preventDefault();
  };
  const record = (e: Event) => seen.events.push(e);
  const el = await fixture<InterfacePrefs>(
    html`<interface-prefs
      .adapter=${adapter}
      @pe-interface-change=${onChange}
      @pe-saved=${record}
      @pe-failed=${record}
      @pe-dirty-change=${record}
    ></interface-prefs>`,
  );
  await until(() => el.shadowRoot!.querySelector('select'));
  return { el, adapter, seen };
}

const root = (el: Element) => el.shadowRoot!;
const fontSize = (el: Element) => $<HTMLSelectElement>(el, '[part~="font-size"]');
const language = (el: Element) => $<HTMLSelectElement>(el, '[part~="language"]');
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
/** Picks an option the way the browser reports it. */
function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
const writes = (adapter: MemoryAdapter) =>
  adapter.calls
    .filter((c) => c.method === 'updateInterfacePreferences')
    .map((c) => c.args[0] as InterfacePreferencesPatch);
/** The text of what `aria-describedby` points at, in order. */
const descriptions = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) =>
      (control.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim(),
    );
const events = (seen: Recorded, type: string) => seen.events.filter((e) => e.type === type);

describe('<interface-prefs>', () => {
  it('shows a busy loading state, then the stored size and language, each language named in itself', async () => {
    const adapter = new MemoryAdapter({ latency: 60, interface: { fontSize: 18, locale: 'pt-BR' } });
    const el = await fixture<InterfacePrefs>(html`<interface-prefs .adapter=${adapter}></interface-prefs>`);
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    expect(el.matches(':state(loading)')).to.equal(true);
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('select'));
    expect(el.matches(':state(ready)')).to.equal(true);
    expect($(el, 'h2').textContent!.trim()).to.equal('Interface');
    expect(fontSize(el).value).to.equal('18');
    // As read: without the isolates that keep "16 px" in order in right-to-left text.
    const read = (o: HTMLOptionElement) => o.textContent!.trim().replace(/[\u2066-\u2069]/g, '');
    expect([...fontSize(el).options].map(read)).to.deep.equal([
      'Smaller (14\u00a0px)',
      'Small (15\u00a0px)',
      'Default (16\u00a0px)',
      'Large (18\u00a0px)',
      'Larger (20\u00a0px)',
    ]);
    expect(language(el).value).to.equal('pt-BR');
    const options = [...language(el).options];
    expect(options[0]!.textContent!.trim()).to.equal('Use the account default');
    expect(options[0]!.value).to.equal('');
    // Sorted by their names in the page's language, which never move; their own names join after paint.
    const text = (o: HTMLOptionElement) => o.textContent!.trim();
    const order = options.map((o) => o.value);
    await until(() => text(options.find((o) => o.value === 'de')!) === 'German (Deutsch)');
    const names = Object.fromEntries(options.slice(1).map((o) => [o.value, text(o)]));
    expect(names).to.include({
      de: 'German (Deutsch)',
      ja: 'Japanese (日本語)',
      fr: 'French (Français)',
      'pt-BR': 'Brazilian Portuguese (Português (Brasil))',
      en: 'English',
    });
    expect([...language(el).options].map((o) => o.value)).to.deep.equal(order);
    expect(options).to.have.length(1 + adapter.interfaceLocales.length);
    const sorted = options.slice(1).map((o) => text(o));
    expect(sorted).to.deep.equal([...sorted].sort((a, b) => a.localeCompare(b)));
    expect(el.hasAttribute('lang'), 'what the page shows at load is the host’s to decide').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('has labelled selects, the language one described by its hint', async () => {
    const { el } = await mount();
    expect(root(el).querySelector('label[for="font-size"]')!.textContent!.trim()).to.equal('Font size');
    expect(root(el).querySelector('label[for="language"]')!.textContent!.trim()).to.equal('Language');
    expect(fontSize(el).hasAttribute('aria-describedby')).to.equal(false);
    expect(descriptions(language(el))).to.deep.equal([
      'The language of the app and of the emails it sends you.',
    ]);
  });

  it('shows no language select without interfaceLocales, and a stored language the list lacks', async () => {
    const { el } = await mount(
      new MemoryAdapter({
        capabilities: ['loadInterfacePreferences', 'updateInterfacePreferences'],
        interface: { locale: 'sv' },
      }),
    );
    expect(root(el).querySelector('[part~="language"]')).to.equal(null);
    const adapter = new MemoryAdapter({ interface: { locale: 'sv' } });
    const { el: other } = await mount(adapter);
    expect(language(other).value).to.equal('sv');
    // Named in the page's language for the first frame, then in itself (language-names.ts).
    await until(() => language(other).selectedOptions[0]!.textContent!.trim() === 'Swedish (Svenska)');
  });

  it('saves a font size at once with exactly that patch, once, and says "Saved"', async () => {
    const { el, adapter, seen } = await mount(new MemoryAdapter({ latency: 30 }));
    const saved = oneEvent(el, 'pe-saved');
    choose(fontSize(el), '20');
    await el.updateComplete;
    expect(fontSize(el).value, 'shown before the server answers').to.equal('20');
    expect(el.matches(':state(dirty)')).to.equal(true);
    const { detail } = (await saved) as SettingsSavedEvent;
    expect(detail).to.deep.equal({
      section: 'interface',
      value: { fontSize: 20, locale: null, sendKey: 'enter' },
    });
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ fontSize: 20 }]);
    expect(adapter.interfacePreferences.fontSize).to.equal(20);
    expect(events(seen, 'pe-saved')).to.have.length(1);
    expect(events(seen, 'pe-dirty-change').map((e) => (e as SettingsDirtyChangeEvent).detail)).to.deep.equal([
      { section: 'interface', dirty: true },
      { section: 'interface', dirty: false },
    ]);
    expect(el.matches(':state(dirty)')).to.equal(false);
  });

  it('saves "Use the account default" as null', async () => {
    const { el, adapter } = await mount(new MemoryAdapter({ interface: { locale: 'en' } }));
    choose(language(el), '');
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ locale: null }]);
    expect(adapter.interfacePreferences.locale).to.equal(null);
  });

  it('coalesces quick changes: at most two writes, the last choice wins', async () => {
    const { el, adapter } = await mount(new MemoryAdapter({ latency: 30 }));
    for (const size of ['14', '15', '18', '20', '15']) choose(fontSize(el), size);
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.have.length(2);
    expect(writes(adapter)).to.deep.equal([{ fontSize: 14 }, { fontSize: 15 }]);
    expect(fontSize(el).value).to.equal('15');
    expect(adapter.interfacePreferences.fontSize).to.equal(15);
  });

  it('fires pe-interface-change and applies the choice to itself: lang and the font size', async () => {
    const { el, seen } = await mount();
    choose(fontSize(el), '20');
    await el.updateComplete;
    expect(seen.changes).to.deep.equal([{ fontSize: 20, locale: null }]);
    expect(el.style.getPropertyValue('--pe-font-size')).to.equal('1.171875rem');
    expect(el.hasAttribute('lang')).to.equal(false);
    choose(language(el), 'en');
    await el.updateComplete;
    expect(seen.changes.at(-1)).to.deep.equal({ fontSize: 20, locale: 'en' });
    expect(el.lang).to.equal('en');
    choose(language(el), '');
    await el.updateComplete;
    expect(seen.changes.at(-1)).to.deep.equal({ fontSize: 20, locale: null });
    expect(el.hasAttribute('lang'), 'the account default: the page’s language applies again').to.equal(false);
    await until(() => status(el) === 'Saved');
    expect(seen.changes, 'once per choice; no echo when the save lands').to.have.length(3);
  });

  it('sets the direction of a right-to-left language, and removes it with the language', async () => {
    const { el } = await mount();
    choose(language(el), 'ar');
    await el.updateComplete;
    expect([el.lang, el.dir]).to.deep.equal(['ar', 'rtl']);
    choose(language(el), '');
    await el.updateComplete;
    expect(el.hasAttribute('lang') || el.hasAttribute('dir')).to.equal(false);
    // The page's language (English) applies again before the next test.
    await until(() => $(el, 'h2').textContent!.trim() === 'Interface');
  });

  it('applies nothing itself when the host cancels pe-interface-change', async () => {
    const { el, adapter, seen } = await mount(new MemoryAdapter(), true);
    choose(language(el), 'en');
    await el.updateComplete;
    choose(fontSize(el), '14');
    await until(() => writes(adapter).length === 2 && status(el) === 'Saved');
    expect(seen.changes).to.deep.equal([
      { fontSize: 16, locale: 'en' },
      { fontSize: 14, locale: 'en' },
    ]);
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.style.getPropertyValue('--pe-font-size')).to.equal('');
    expect(adapter.interfacePreferences).to.deep.include({ fontSize: 14, locale: 'en' });
  });

  it('inside <profile-settings>, applies the choice to <profile-settings>', async () => {
    const adapter = new MemoryAdapter();
    const page = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${adapter}></profile-settings>`,
    );
    await until(() => page.shadowRoot!.querySelector('interface-prefs')?.shadowRoot?.querySelector('select'));
    const el = page.shadowRoot!.querySelector('interface-prefs')!;
    choose(language(el), 'en');
    choose(fontSize(el), '18');
    await el.updateComplete;
    expect(page.lang).to.equal('en');
    expect(page.style.getPropertyValue('--pe-font-size')).to.equal('1.0546875rem');
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.style.getPropertyValue('--pe-font-size')).to.equal('');
    choose(language(el), '');
    await el.updateComplete;
    expect(page.hasAttribute('lang')).to.equal(false);
  });

  it('rolls a refused choice back, applies the old values again, says why next to it, and Try again saves it', async () => {
    const adapter = new MemoryAdapter({ latency: 10 });
    adapter.failOn('updateInterfacePreferences', 'server');
    const { el, seen } = await mount(adapter);
    const failed = oneEvent(el, 'pe-failed');
    choose(language(el), 'en');
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    const { detail } = (await failed) as SettingsFailedEvent;
    expect(detail).to.deep.include({ section: 'interface', during: 'save' });
    expect(detail.error.kind).to.equal('server');
    await until(() => root(el).getElementById('error-locale'));
    expect(language(el).value, 'rolled back').to.equal('');
    expect(el.hasAttribute('lang'), 'the old language applies again').to.equal(false);
    expect(seen.changes).to.deep.equal([
      { fontSize: 16, locale: 'en' },
      { fontSize: 16, locale: null },
    ]);
    expect(descriptions(language(el))).to.deep.equal([
      'The language of the app and of the emails it sends you.',
      'Not saved: something went wrong on the server. Try again',
    ]);
    expect(status(el)).to.equal('Not saved: something went wrong on the server.');
    expect($(el, '[part~="status"]').className, 'heard; the note shows it').to.equal('visually-hidden');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(fontSize(el).getAttribute('aria-describedby'), 'the other select is not involved').to.equal(null);
    await expect(el).to.be.accessible();

    click($(el, '#error-locale [part~="retry"]'));
    expect(root(el).activeElement, 'focus stays on the select').to.equal(language(el));
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ locale: 'en' }, { locale: 'en' }]);
    expect(language(el).value).to.equal('en');
    expect(el.lang).to.equal('en');
    expect(root(el).getElementById('error-locale')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(events(seen, 'pe-saved')).to.have.length(1);
  });

  it('offers no Try again for a refusal that a retry cannot fix', async () => {
    const adapter = new MemoryAdapter();
    adapter.failOn('updateInterfacePreferences', 'auth');
    const { el } = await mount(adapter);
    choose(fontSize(el), '14');
    await until(() => root(el).getElementById('error-fontSize'));
    expect(root(el).getElementById('error-fontSize')!.textContent).to.include('Sign in again');
    expect(root(el).querySelector('[part~="retry"]')).to.equal(null);
    expect(fontSize(el).value).to.equal('16');
  });

  it('offline, a choice waits for the network and goes once when it is back', async () => {
    const { el, adapter } = await mount();
    const network = goOffline();
    try {
      choose(fontSize(el), '18');
      choose(fontSize(el), '20');
      await until(() => el.matches(':state(waiting)'));
      expect(fontSize(el).value, 'not undone').to.equal('20');
      expect(descriptions(fontSize(el))[0]).to.include('Waiting for the network');
      expect(status(el)).to.equal('Offline: waiting to save');
      expect(el.matches(':state(dirty)')).to.equal(true);
      expect(writes(adapter)).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      network.online();
    }
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ fontSize: 20 }]);
    expect(el.matches(':state(waiting)')).to.equal(false);
    expect(fontSize(el).getAttribute('aria-describedby')).to.equal(null);
  });

  it('says when loading fails, and Try again loads', async () => {
    const adapter = new MemoryAdapter().failNext('network');
    const seen: SettingsFailedEvent[] = [];
    const el = await fixture<InterfacePrefs>(
      html`<interface-prefs
        .adapter=${adapter}
        @pe-failed=${(e: SettingsFailedEvent) => seen.push(e)}
      ></interface-prefs>`,
    );
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.deep.include({ section: 'interface', during: 'load' });
    expect(seen[0]!.detail.error.kind).to.equal('network');
    expect($(el, '[part~="alert"]').getAttribute('role')).to.equal('alert');
    expect($(el, '[part~="alert"]').textContent).to.include("Couldn't reach the server");
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    click($(el, '[part~="alert"] [part~="retry"]'));
    await until(() => root(el).querySelector('select'));
    expect(root(el).querySelector('[part~="alert"]')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('hides itself when the adapter has no interface settings', async () => {
    const adapter = new MemoryAdapter({ capabilities: ['loadSignature', 'updateSignature'] });
    const el = await fixture<InterfacePrefs>(html`<interface-prefs .adapter=${adapter}></interface-prefs>`);
    await until(() => getComputedStyle(el).display === 'none');
    expect(el.matches(':state(unsupported)')).to.equal(true);
    expect(root(el).querySelector('section')).to.equal(null);
    expect(adapter.calls).to.have.length(0);
  });

  it('works with the keyboard: arrow keys choose in a focused select, and each choice saves', async () => {
    const { el, adapter } = await mount();
    fontSize(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => writes(adapter).length === 1);
    expect(fontSize(el).value).to.equal('18');
    expect(writes(adapter)).to.deep.equal([{ fontSize: 18 }]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(language(el));
  });

  it('shows a choice saved in another tab', async () => {
    const adapter = new MemoryAdapter({ name: `interface-tabs-${Date.now()}` });
    const { el } = await mount(adapter);
    const other = new BroadcastChannel('profile-elements');
    const message: TabMessage = {
      scope: await adapter.storageKey(),
      topic: 'interface',
      value: { fontSize: 14, locale: 'de', sendKey: 'enter' },
      at: Date.now(),
    };
    other.postMessage(message);
    other.close();
    await until(() => fontSize(el).value === '14');
    expect(language(el).value).to.equal('de');
  });
});
