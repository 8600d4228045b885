import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Availability, AvailabilityPatch, TabMessage } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/availability-prefs.js';
import type {
  AvailabilityPrefs,
  SettingsDirtyChangeEvent,
  SettingsFailedEvent,
  SettingsSavedEvent,
} from '@profile-elements/elements';
import { $, click, until } from '../helpers/dom.js';
import { goOffline } from '../helpers/offline.js';
import { mountSection } from '../helpers/section-fixture.js';

/** The demo agent: in two accounts, with a different availability in each. */
const TWO_ACCOUNTS: Availability = {
  accounts: [
    { accountId: '1', accountName: 'Acme Support', status: 'online', autoOffline: true },
    { accountId: '3', accountName: 'Acme Sales', status: 'busy', autoOffline: false },
  ],
  currentAccountId: '1',
};

async function mount(adapter = new MemoryAdapter()) {
  return { ...(await mountSection<AvailabilityPrefs>('availability-prefs', adapter, 'fieldset')), adapter };
}

const root = (el: Element) => el.shadowRoot!;
/** A radio or checkbox by the text of its label. */
const option = (el: Element, text: string) => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`no option "${text}"`);
  return label.querySelector('input')!;
};
const chosen = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    .filter((r) => r.checked)
    .map((r) => r.value);
const autoOffline = (el: Element) => option(el, 'Mark me offline automatically when I close the app');
const account = (el: Element) => $<HTMLSelectElement>(el, '[part~="account"]');
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const writes = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'updateAvailability').map((c) => c.args[0] as AvailabilityPatch);
const descriptions = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) =>
      (control.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim(),
    );
function pickAccount(el: Element, id: string) {
  account(el).value = id;
  account(el).dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<availability-prefs>', () => {
  it('shows a busy loading state, then the status and auto-offline of the one account, with no account list', async () => {
    const adapter = new MemoryAdapter({ latency: 60 });
    const el = await fixture<AvailabilityPrefs>(
      html`<availability-prefs .adapter=${adapter}></availability-prefs>`,
    );
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('fieldset'));
    expect($(el, 'h2').textContent!.trim()).to.equal('Availability');
    expect($(el, 'legend').textContent!.trim()).to.equal('Your status');
    expect(chosen(el)).to.deep.equal(['online']);
    expect(
      [...root(el).querySelectorAll('[part~="option"]')].map((l) => l.textContent!.trim()),
    ).to.deep.equal(['Online', 'Busy', 'Offline']);
    expect(autoOffline(el).checked).to.equal(true);
    expect(descriptions(autoOffline(el))).to.deep.equal([
      'When it is off, you stay online until you change your status yourself.',
    ]);
    expect(root(el).querySelector('[part~="account"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the agent is in no account', async () => {
    const adapter = new MemoryAdapter({ availability: { accounts: [], currentAccountId: '1' } });
    const el = await fixture<AvailabilityPrefs>(
      html`<availability-prefs .adapter=${adapter}></availability-prefs>`,
    );
    await until(() => root(el).querySelector('[part~="hint"]'));
    expect($(el, '[part~="hint"]').textContent!.trim()).to.equal('You are not a member of any account.');
  });

  it('saves a status at once with exactly that patch, once, and says "Saved"', async () => {
    const { el, adapter, events } = await mount(new MemoryAdapter({ latency: 30 }));
    const saved = oneEvent(el, 'pe-saved');
    click(option(el, 'Busy'));
    await el.updateComplete;
    expect(chosen(el), 'shown before the server answers').to.deep.equal(['busy']);
    const { detail } = (await saved) as SettingsSavedEvent;
    expect(detail.section).to.equal('availability');
    expect((detail.value as Availability).accounts[0]!.status).to.equal('busy');
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ accountId: '1', status: 'busy' }]);
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(1);
    expect(
      events.filter((e) => e.type === 'pe-dirty-change').map((e) => (e as SettingsDirtyChangeEvent).detail),
    ).to.deep.equal([
      { section: 'availability', dirty: true },
      { section: 'availability', dirty: false },
    ]);
  });

  it('saves auto-offline on its own; quick toggles coalesce', async () => {
    const { el, adapter } = await mount(new MemoryAdapter({ latency: 30 }));
    for (let i = 0; i < 5; i++) click(autoOffline(el));
    await until(() => status(el) === 'Saved');
    expect(autoOffline(el).checked).to.equal(false);
    expect(writes(adapter)).to.deep.equal([
      { accountId: '1', autoOffline: false },
      { accountId: '1', autoOffline: false },
    ]);
    expect(adapter.availability.accounts[0]).to.deep.include({ status: 'online', autoOffline: false });
  });

  describe('an agent in several accounts', () => {
    it('lists the accounts, the one in use first chosen, and shows the one picked', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ availability: TWO_ACCOUNTS }));
      expect(root(el).querySelector('label[for="account"]')!.textContent!.trim()).to.equal('Account');
      expect([...account(el).options].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
        ['1', 'Acme Support'],
        ['3', 'Acme Sales'],
      ]);
      expect(account(el).value).to.equal('1');
      expect([chosen(el), autoOffline(el).checked]).to.deep.equal([['online'], true]);
      pickAccount(el, '3');
      await el.updateComplete;
      expect([chosen(el), autoOffline(el).checked]).to.deep.equal([['busy'], false]);
      expect(writes(adapter), 'picking an account saves nothing').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('sends a change for the account shown only', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ availability: TWO_ACCOUNTS }));
      pickAccount(el, '3');
      await el.updateComplete;
      click(option(el, 'Offline'));
      click(autoOffline(el));
      await until(() => writes(adapter).length === 2 && status(el) === 'Saved');
      expect(writes(adapter)).to.deep.equal([
        { accountId: '3', status: 'offline' },
        { accountId: '3', autoOffline: true },
      ]);
      expect(adapter.availability.accounts).to.deep.equal([
        TWO_ACCOUNTS.accounts[0],
        { accountId: '3', accountName: 'Acme Sales', status: 'offline', autoOffline: true },
      ]);
      pickAccount(el, '1');
      await el.updateComplete;
      expect([chosen(el), autoOffline(el).checked]).to.deep.equal([['online'], true]);
    });

    it('keeps a pending change with its account when the user switches accounts', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ availability: TWO_ACCOUNTS, latency: 40 }));
      click(option(el, 'Offline'));
      pickAccount(el, '3');
      await el.updateComplete;
      expect(chosen(el), 'Acme Sales shows its own status').to.deep.equal(['busy']);
      click(option(el, 'Online'));
      pickAccount(el, '1');
      await el.updateComplete;
      expect(chosen(el)).to.deep.equal(['offline']);
      await until(() => writes(adapter).length === 2 && status(el) === 'Saved');
      expect(writes(adapter)).to.deep.equal([
        { accountId: '1', status: 'offline' },
        { accountId: '3', status: 'online' },
      ]);
      expect(adapter.availability.accounts.map((a) => a.status)).to.deep.equal(['offline', 'online']);
    });

    it('works with the keyboard: arrows pick the account and the status', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ availability: TWO_ACCOUNTS }));
      account(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => chosen(el)[0] === 'busy');
      expect(account(el).value).to.equal('3');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, 'Tab enters the group on its checked radio').to.equal(
        option(el, 'Busy'),
      );
      await sendKeys({ press: 'ArrowDown' });
      expect(chosen(el)).to.deep.equal(['offline']);
      await until(() => writes(adapter).length === 1 && status(el) === 'Saved');
      expect(writes(adapter)).to.deep.equal([{ accountId: '3', status: 'offline' }]);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(autoOffline(el));
      await sendKeys({ press: 'Space' });
      await until(() => writes(adapter).length === 2);
      expect(writes(adapter)[1]).to.deep.equal({ accountId: '3', autoOffline: true });
    });
  });

  it('rolls a refused status back, says why next to it, and Try again saves it with focus on the status', async () => {
    const adapter = new MemoryAdapter();
    adapter.failOn('updateAvailability', 'server');
    const { el, events } = await mount(adapter);
    const failed = oneEvent(el, 'pe-failed');
    click(option(el, 'Offline'));
    expect(((await failed) as SettingsFailedEvent).detail).to.deep.include({
      section: 'availability',
      during: 'save',
    });
    await until(() => root(el).getElementById('error-1.status'));
    expect(chosen(el), 'rolled back').to.deep.equal(['online']);
    expect(descriptions(option(el, 'Offline'))).to.deep.equal([
      'Not saved: something went wrong on the server. Try again',
    ]);
    expect(autoOffline(el).getAttribute('aria-describedby'), 'the checkbox is not involved').to.equal(
      'auto-offline-hint',
    );
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();

    click($(el, '[part~="retry"]'));
    await until(() => status(el) === 'Saved');
    expect(chosen(el)).to.deep.equal(['offline']);
    expect(root(el).activeElement, 'focus on the status chosen again').to.equal(option(el, 'Offline'));
    expect(writes(adapter)).to.deep.equal([
      { accountId: '1', status: 'offline' },
      { accountId: '1', status: 'offline' },
    ]);
    expect(root(el).querySelector('[part~="field-error"]')).to.equal(null);
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(1);
  });

  it('rolls a refused auto-offline back next to the checkbox', async () => {
    const adapter = new MemoryAdapter();
    adapter.failOn('updateAvailability', 'network');
    const { el } = await mount(adapter);
    click(autoOffline(el));
    await until(() => root(el).getElementById('error-1.autoOffline'));
    expect(autoOffline(el).checked).to.equal(true);
    expect(descriptions(autoOffline(el))[1]).to.include("Not saved: couldn't reach the server.");
    click($(el, '#error-1\\.autoOffline [part~="retry"]'));
    expect(root(el).activeElement).to.equal(autoOffline(el));
    await until(() => status(el) === 'Saved');
    expect(autoOffline(el).checked).to.equal(false);
  });

  it('offline, a change waits for the network and goes once when it is back', async () => {
    const { el, adapter } = await mount();
    const network = goOffline();
    try {
      click(option(el, 'Busy'));
      await until(() => el.matches(':state(waiting)'));
      click(option(el, 'Offline'));
      await until(() => status(el) === 'Offline: waiting to save');
      expect(chosen(el), 'not undone').to.deep.equal(['offline']);
      expect(descriptions(option(el, 'Offline'))[0]).to.include('Waiting for the network');
      expect(writes(adapter)).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      network.online();
    }
    await until(() => status(el) === 'Saved');
    expect(writes(adapter)).to.deep.equal([{ accountId: '1', status: 'offline' }]);
    expect(el.matches(':state(waiting)')).to.equal(false);
  });

  it('says when loading fails, and Try again loads', async () => {
    const adapter = new MemoryAdapter().failNext('network');
    const seen: SettingsFailedEvent[] = [];
    const el = await fixture<AvailabilityPrefs>(
      html`<availability-prefs
        .adapter=${adapter}
        @pe-failed=${(e: SettingsFailedEvent) => seen.push(e)}
      ></availability-prefs>`,
    );
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect(seen.map((e) => [e.detail.section, e.detail.during])).to.deep.equal([['availability', 'load']]);
    expect($(el, '[part~="alert"]').textContent).to.include("Couldn't reach the server");
    await expect(el).to.be.accessible();
    click($(el, '[part~="alert"] [part~="retry"]'));
    await until(() => root(el).querySelector('fieldset'));
  });

  it('hides itself when the adapter has no availability', async () => {
    const adapter = new MemoryAdapter({ capabilities: ['loadAvailability'] });
    const el = await fixture<AvailabilityPrefs>(
      html`<availability-prefs .adapter=${adapter}></availability-prefs>`,
    );
    await until(() => getComputedStyle(el).display === 'none');
    expect(el.matches(':state(unsupported)')).to.equal(true);
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('shows a status saved in another tab', async () => {
    const adapter = new MemoryAdapter({
      name: `availability-tabs-${Date.now()}`,
      availability: TWO_ACCOUNTS,
    });
    const { el } = await mount(adapter);
    const other = new BroadcastChannel('profile-elements');
    const value = structuredClone(TWO_ACCOUNTS);
    value.accounts[0]!.status = 'busy';
    const message: TabMessage = {
      scope: await adapter.storageKey(),
      topic: 'availability',
      value,
      at: Date.now(),
    };
    other.postMessage(message);
    other.close();
    await until(() => chosen(el)[0] === 'busy');
  });
});
