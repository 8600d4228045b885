import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { NotificationEvent, NotificationPreferencesPatch } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/notification-prefs.js';
import type { NotificationPrefs, SettingsFailedEvent } from '@profile-elements/elements';
import { $, click, until } from '../helpers/dom.js';

async function mount(adapter = new MemoryAdapter(), sections?: string) {
  const el = await fixture<NotificationPrefs>(
    sections === undefined
      ? html`<notification-prefs .adapter=${adapter}></notification-prefs>`
      : html`<notification-prefs .adapter=${adapter} sections=${sections}></notification-prefs>`,
  );
  await until(() => el.shadowRoot!.querySelector('table, fieldset'));
  return { el, adapter };
}

const root = (el: Element) => el.shadowRoot!;
/** The checkbox of one event × channel cell. */
const cell = (el: Element, channel: string, event: string) =>
  $<HTMLInputElement>(el, `input[aria-labelledby="col-${channel} row-${event}"]`);
const column = (el: Element, channel: string) =>
  $<HTMLInputElement>(el, `[part~="column-toggle"][aria-labelledby="col-${channel} all-${channel}"]`);
/** A radio or checkbox by the text of its label. */
const option = (el: Element, text: string) => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no option "${text}"`);
  return label.querySelector('input')!;
};
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const writes = (adapter: MemoryAdapter) =>
  adapter.calls
    .filter((c) => c.method === 'updateNotificationPreferences')
    .map((c) => c.args[0] as NotificationPreferencesPatch);
const rowLabels = (el: Element) =>
  [...root(el).querySelectorAll('[part~="row-header"]')].map((th) => th.textContent!.trim());
/** Waits until every queued write has answered. */
const settled = (el: NotificationPrefs) => until(() => status(el) !== '');

describe('<notification-prefs>', () => {
  it('shows a busy loading state, then audio, the email × push grid and browser push', async () => {
    const adapter = new MemoryAdapter({ latency: 80 });
    const el = await fixture<NotificationPrefs>(
      html`<notification-prefs .adapter=${adapter}></notification-prefs>`,
    );
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part~="skeleton"]').textContent).to.include('Loading your notification settings');
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('table'));
    const titles = [...root(el).querySelectorAll('h2')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal(['Audio notifications', 'Email and push notifications']);
    expect(option(el, 'None').checked, 'unset audio alerts are shown as None').to.equal(true);
    expect(option(el, 'None').closest('label')!.textContent).to.include('(the default)');
    expect($<HTMLSelectElement>(el, '[part~="tone"]').value).to.equal('ding');
    expect($<HTMLInputElement>(el, '[part~="volume"]').value).to.equal('100');
    expect($(el, '[part~="volume-value"]').textContent!.trim()).to.equal('100%');
    expect(rowLabels(el)).to.deep.equal([
      'A new conversation is created',
      'A conversation is assigned to you',
      'You are mentioned in a conversation',
      'A new message is created in an assigned conversation',
      'A new message is created in a participating conversation',
    ]);
    expect($(el, '[part~="corner"]').textContent!.trim()).to.equal('Notify me when…');
    expect(cell(el, 'email', 'conversation_assignment').checked).to.equal(true);
    expect(cell(el, 'push', 'conversation_creation').checked).to.equal(false);
    expect(root(el).querySelector('[part~="push"]'), 'the browser push block').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the SLA rows only when the account has them, and unknown events by their id', async () => {
    const { el } = await mount(new MemoryAdapter({ slaEvents: true }));
    expect(rowLabels(el).slice(5)).to.deep.equal([
      'A conversation misses its first response SLA',
      'A conversation misses its next response SLA',
      'A conversation misses its resolution SLA',
    ]);
    const custom = 'custom_event' as NotificationEvent;
    const { el: other } = await mount(
      new MemoryAdapter({ notifications: { events: ['conversation_creation', custom] } }),
    );
    expect(rowLabels(other)).to.deep.equal(['A new conversation is created', 'custom_event']);
  });

  it('shows one section per `sections`, with a one-column grid for one channel', async () => {
    const { el: email } = await mount(new MemoryAdapter(), 'email');
    expect([...root(email).querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Email notifications',
    ]);
    expect($(email, '[part~="corner"]').textContent!.trim()).to.equal('Send email notifications when…');
    expect(root(email).querySelectorAll('[part~="column-header"]')).to.have.length(1);
    expect(root(email).querySelector('fieldset, [part~="push"]')).to.equal(null);
    expect(root(email).querySelector('[part~="status"]')).to.not.equal(null);
    await expect(email).to.be.accessible();

    const { el: push } = await mount(new MemoryAdapter(), 'push');
    expect($(push, 'h2').textContent!.trim()).to.equal('Push notifications');
    expect($(push, '[part~="corner"]').textContent!.trim()).to.equal('Send push notifications when…');
    expect(root(push).querySelector('[part~="push"]')).to.not.equal(null);

    const { el: audio } = await mount(new MemoryAdapter(), 'audio');
    expect(root(audio).querySelector('table')).to.equal(null);
    expect($(audio, 'h2').textContent!.trim()).to.equal('Audio notifications');
  });

  it('hides itself when the adapter has no notification preferences', async () => {
    const adapter = new MemoryAdapter({ capabilities: [] });
    const el = await fixture<NotificationPrefs>(
      html`<notification-prefs .adapter=${adapter}></notification-prefs>`,
    );
    await until(() => getComputedStyle(el).display === 'none');
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('hides the browser push block when the adapter cannot take subscriptions', async () => {
    const adapter = new MemoryAdapter({
      capabilities: ['loadNotificationPreferences', 'updateNotificationPreferences'],
    });
    const { el } = await mount(adapter, 'push');
    expect(root(el).querySelector('table')).to.not.equal(null);
    expect(root(el).querySelector('[part~="push"]')).to.equal(null);
  });

  describe('audio', () => {
    it('maps the three choices onto the alert events and saves each at once', async () => {
      const { el, adapter } = await mount();
      const saved = oneEvent(el, 'pe-saved');
      click(option(el, 'All conversations'));
      expect((await saved).detail.section).to.equal('audio');
      await settled(el);
      expect(status(el)).to.equal('Saved');
      expect(writes(adapter)).to.deep.equal([{ audio: { events: ['assigned', 'unassigned', 'notme'] } }]);
      click(option(el, 'Conversations assigned to me'));
      await until(() => writes(adapter).length === 2);
      expect(writes(adapter)[1]).to.deep.equal({ audio: { events: ['assigned'] } });
      click(option(el, 'None'));
      await until(() => writes(adapter).length === 3);
      expect(writes(adapter)[2]).to.deep.equal({ audio: { events: [] } });
    });

    it('shows a combination that matches no choice as Custom, with its three boxes', async () => {
      const { el, adapter } = await mount(
        new MemoryAdapter({ notifications: { audio: { events: ['unassigned'] } } }),
      );
      expect(option(el, 'Custom').checked).to.equal(true);
      expect(option(el, 'Unassigned conversations').checked).to.equal(true);
      expect(option(el, 'Conversations assigned to me').closest('[part~="custom"]')).to.equal(null);
      const boxes = root(el).querySelectorAll('[part~="custom"] input[type="checkbox"]');
      expect(boxes).to.have.length(3);
      click(boxes[2] as HTMLInputElement);
      await until(() => writes(adapter).length === 1);
      expect(writes(adapter)[0]).to.deep.equal({ audio: { events: ['unassigned', 'notme'] } });
      await expect(el).to.be.accessible();
    });

    it('opens Custom from a preset without saving, keeping the current events', async () => {
      const { el, adapter } = await mount(
        new MemoryAdapter({ notifications: { audio: { events: ['assigned'] } } }),
      );
      click(option(el, 'Custom'));
      await el.updateComplete;
      const boxes = [...root(el).querySelectorAll<HTMLInputElement>('[part~="custom"] input')];
      expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
      expect(writes(adapter)).to.have.length(0);
    });

    it('saves the tone, and plays it only when Play is clicked', async () => {
      const { el, adapter } = await mount();
      const oscillators = sinon.spy(BaseAudioContext.prototype, 'createOscillator');
      try {
        const select = $<HTMLSelectElement>(el, '[part~="tone"]');
        select.value = 'chime';
        select.dispatchEvent(new Event('change'));
        await until(() => writes(adapter).length === 1);
        expect(writes(adapter)[0]).to.deep.equal({ audio: { tone: 'chime' } });
        expect(oscillators.callCount, 'nothing plays by itself').to.equal(0);
        // A real key press: browsers unlock audio only for a user's gesture.
        $(el, '[part~="play"]').focus();
        await sendKeys({ press: 'Enter' });
        await until(() => oscillators.callCount > 0);
        expect(oscillators.callCount, 'chime has two notes').to.equal(2);
      } finally {
        oscillators.restore();
      }
    });

    it('shows the volume as text while dragging and saves it on release', async () => {
      const { el, adapter } = await mount();
      const slider = $<HTMLInputElement>(el, '[part~="volume"]');
      slider.value = '40';
      slider.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect($(el, '[part~="volume-value"]').textContent!.trim()).to.equal('40%');
      expect(slider.getAttribute('aria-valuetext')).to.equal('40%');
      expect(writes(adapter)).to.have.length(0);
      slider.dispatchEvent(new Event('change'));
      await until(() => writes(adapter).length === 1);
      expect(writes(adapter)[0]).to.deep.equal({ audio: { volume: 0.4 } });
    });

    it('saves the two conditions', async () => {
      const { el, adapter } = await mount();
      click(option(el, 'Play even when this tab is active'));
      click(option(el, 'Repeat every 30 seconds'));
      await until(() => writes(adapter).length === 2);
      await settled(el);
      expect(writes(adapter)).to.deep.equal([
        { audio: { alwaysPlay: true } },
        { audio: { repeatWhileUnread: true } },
      ]);
    });
  });

  describe('email × push grid', () => {
    it('saves one cell at once, optimistically, and announces "Saved"', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ latency: 60 }));
      const box = cell(el, 'push', 'conversation_mention');
      const saved = oneEvent(el, 'pe-saved');
      click(box);
      await el.updateComplete;
      expect(box.checked, 'shown before the server answers').to.equal(true);
      expect(status(el)).to.equal('');
      const event = await saved;
      expect(event.detail.section).to.equal('push');
      expect(event.detail.value).to.have.nested.property('push.conversation_mention', true);
      await settled(el);
      expect(status(el)).to.equal('Saved');
      expect(writes(adapter)).to.deep.equal([{ push: { conversation_mention: true } }]);
    });

    it('switches a whole column at once, from mixed', async () => {
      const { el, adapter } = await mount();
      const toggle = column(el, 'email');
      expect(toggle.indeterminate, 'one of five is on').to.equal(true);
      expect(toggle.checked).to.equal(false);
      click(toggle);
      await until(() => writes(adapter).length === 1);
      expect(Object.values(writes(adapter)[0]!.email!)).to.deep.equal([true, true, true, true, true]);
      await settled(el);
      expect(toggle.indeterminate).to.equal(false);
      expect(toggle.checked).to.equal(true);
      click(toggle);
      await until(() => writes(adapter).length === 2);
      await until(() => !cell(el, 'email', 'conversation_assignment').checked);
      expect(toggle.checked).to.equal(false);
      expect(toggle.indeterminate).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('sends one write at a time', async () => {
      const adapter = new MemoryAdapter({ latency: 20 });
      let running = 0;
      let most = 0;
      const update = adapter.updateNotificationPreferences;
      adapter.updateNotificationPreferences = async (patch, options) => {
        most = Math.max(most, ++running);
        try {
          return await update(patch, options);
        } finally {
          running--;
        }
      };
      const { el } = await mount(adapter);
      for (const event of [
        'conversation_creation',
        'conversation_mention',
        'assigned_conversation_new_message',
      ])
        click(cell(el, 'email', event));
      click(cell(el, 'push', 'conversation_creation'));
      await settled(el);
      expect(most).to.equal(1);
      expect(writes(adapter)).to.have.length(4);
      expect(adapter.calls.at(-1)!.method).to.equal('updateNotificationPreferences');
    });

    it('coalesces quick changes of one switch', async () => {
      const { el, adapter } = await mount(new MemoryAdapter({ latency: 30 }));
      const box = cell(el, 'email', 'conversation_creation');
      for (let i = 0; i < 5; i++) click(box);
      await settled(el);
      expect(box.checked).to.equal(true);
      expect(writes(adapter).length).to.be.at.most(2);
      expect(writes(adapter).at(-1)).to.deep.equal({ email: { conversation_creation: true } });
      expect((await adapter.loadNotificationPreferences()).email.conversation_creation).to.equal(true);
    });

    it('rolls back only the failed one of several quick toggles, says why next to it, and retries', async () => {
      const adapter = new MemoryAdapter({ latency: 15 });
      adapter.failOn('updateNotificationPreferences', null, 'server', null);
      const { el } = await mount(adapter);
      const failed = oneEvent(el, 'pe-failed');
      const [a, b, c] = [
        'conversation_creation',
        'conversation_mention',
        'assigned_conversation_new_message',
      ].map((event) => cell(el, 'email', event));
      click(a!);
      click(b!);
      click(c!);
      expect((await failed).detail).to.deep.include({ section: 'email', during: 'save' });
      await until(() => writes(adapter).length === 3 && status(el) !== '');
      expect([a!.checked, b!.checked, c!.checked]).to.deep.equal([true, false, true]);
      const error = root(el).getElementById('error-email.conversation_mention')!;
      expect(error.textContent).to.include('Not saved: something went wrong on the server.');
      expect(b!.getAttribute('aria-describedby')).to.equal('error-email.conversation_mention');
      expect(error.closest('tr')!.previousElementSibling!.textContent).to.include('You are mentioned');
      expect(status(el)).to.equal('Not saved: something went wrong on the server.');
      expect($(el, '[part~="status"]').className, 'heard; the message by the switch is what shows').to.equal(
        'visually-hidden',
      );
      await expect(el).to.be.accessible();

      click(error.querySelector<HTMLButtonElement>('[part~="retry"]')!);
      expect(root(el).activeElement, 'focus goes back to the switch').to.equal(b);
      await until(() => b!.checked && !root(el).getElementById('error-email.conversation_mention'));
      await until(() => status(el) === 'Saved');
      const stored = await adapter.loadNotificationPreferences();
      expect([stored.email.conversation_creation, stored.email.conversation_mention]).to.deep.equal([
        true,
        true,
      ]);
    });

    it('keeps a later change of the same switch when an earlier write of it fails', async () => {
      const adapter = new MemoryAdapter({ latency: 20 });
      adapter.failOn('updateNotificationPreferences', 'server');
      const { el } = await mount(adapter);
      const box = cell(el, 'push', 'conversation_creation');
      click(box); // on: in flight, fails
      click(box); // off: queued
      click(box); // on: replaces the queued "off"
      await until(() => writes(adapter).length === 2 && status(el) !== '');
      expect(box.checked).to.equal(true);
      expect(root(el).getElementById('error-push.conversation_creation') === null, 'superseded').to.equal(
        true,
      );
    });

    it('does not flip a switch back when the section reloads during a save', async () => {
      const adapter = new MemoryAdapter({ latency: 40 });
      const { el } = await mount(adapter);
      const box = cell(el, 'email', 'conversation_creation');
      click(box);
      const reload = el.reload();
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      await reload;
      await el.updateComplete;
      expect(box.checked, 'the load answered before the write: the pending write wins').to.equal(true);
      await settled(el);
      expect(box.checked).to.equal(true);
      // A reload that starts during the write and answers after it does not undo it either.
      adapter.latency = 30;
      click(box);
      await new Promise((r) => setTimeout(r, 5));
      const late = el.reload();
      await late;
      await settled(el);
      await el.updateComplete;
      expect(box.checked).to.equal(false);
    });

    it('says when the network is down, on load and on save', async () => {
      const adapter = new MemoryAdapter().failNext('network');
      const events: SettingsFailedEvent[] = [];
      const el = await fixture<NotificationPrefs>(
        html`<notification-prefs
          .adapter=${adapter}
          @pe-failed=${(e: SettingsFailedEvent) => events.push(e)}
        ></notification-prefs>`,
      );
      await until(() => events.length === 1);
      expect(events[0]!.detail).to.deep.include({ section: 'audio', during: 'load' });
      await until(() => root(el).querySelector('[part~="alert"]'));
      expect(root(el).querySelectorAll('[part~="alert"]'), 'one alert for the element').to.have.length(1);
      expect(root(el).querySelectorAll('h2'), 'no empty Email/Push heading under it').to.have.length(1);
      expect($(el, '[part~="alert"]').textContent).to.include("Couldn't reach the server");
      await expect(el).to.be.accessible();
      click($(el, '[part~="alert"] [part~="retry"]'));
      await until(() => root(el).querySelector('table'));

      adapter.failOn('updateNotificationPreferences', 'network', 'network');
      click(cell(el, 'email', 'conversation_creation'));
      click(cell(el, 'push', 'conversation_creation'));
      await until(() => root(el).querySelectorAll('[part~="field-error"]').length === 2);
      expect(cell(el, 'email', 'conversation_creation').checked).to.equal(false);
      expect(cell(el, 'push', 'conversation_creation').checked).to.equal(false);
      expect(root(el).querySelectorAll('.row-error'), 'both in one row').to.have.length(1);
      expect($(el, '.row-error').textContent).to.include("Not saved: couldn't reach the server.");
      await expect(el).to.be.accessible();
    });

    it('offers no retry for a failure that a retry cannot fix', async () => {
      const adapter = new MemoryAdapter();
      adapter.failOn('updateNotificationPreferences', 'auth');
      const { el } = await mount(adapter);
      click(option(el, 'Play even when this tab is active'));
      await until(() => root(el).getElementById('error-audio.alwaysPlay'));
      expect(root(el).getElementById('error-audio.alwaysPlay')!.textContent).to.include('Sign in again');
      expect(root(el).querySelector('[part~="retry"]')).to.equal(null);
      expect(option(el, 'Play even when this tab is active').checked).to.equal(false);
    });

    it('shows a failed column write under the grid', async () => {
      const adapter = new MemoryAdapter();
      adapter.failOn('updateNotificationPreferences', 'server');
      const { el } = await mount(adapter);
      click(column(el, 'push'));
      await until(() => root(el).getElementById('error-push.*'));
      expect(column(el, 'push').indeterminate, 'rolled back to mixed').to.equal(true);
      expect(column(el, 'push').getAttribute('aria-describedby')).to.equal('error-push.*');
    });

    it('works with the keyboard: arrows move through the grid, Space toggles', async () => {
      const { el, adapter } = await mount();
      cell(el, 'email', 'conversation_creation').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(root(el).activeElement).to.equal(cell(el, 'push', 'conversation_creation'));
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(cell(el, 'push', 'conversation_assignment'));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(root(el).activeElement).to.equal(column(el, 'push'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(root(el).activeElement).to.equal(column(el, 'email'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(root(el).activeElement, 'stops at the edge').to.equal(column(el, 'email'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      await until(() => writes(adapter).length === 1);
      expect(writes(adapter)[0]).to.deep.equal({ email: { conversation_creation: true } });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(
        cell(el, 'push', 'conversation_creation'),
        'Tab visits every checkbox',
      );
    });
  });

  describe('browser push', () => {
    let restore: (() => void)[] = [];
    const stub = (target: object, key: string, value: unknown) => {
      const before = Object.getOwnPropertyDescriptor(target, key);
      Object.defineProperty(target, key, { configurable: true, writable: true, value });
      restore.push(() =>
        before ? Object.defineProperty(target, key, before) : delete (target as Record<string, unknown>)[key],
      );
    };
    const permission = (value: NotificationPermission) => stub(Notification, 'permission', value);
    afterEach(() => {
      restore.reverse().forEach((r) => r());
      restore = [];
    });

    /** A registration whose push manager works like a browser's, without a push service. */
    function fakeRegistration() {
      let current: PushSubscription | null = null;
      const unsubscribe = sinon.spy(async () => {
        current = null;
        return true;
      });
      const subscribe = sinon.spy(async (options: PushSubscriptionOptionsInit) => {
        // As browsers do: no key, no subscription.
        if (!(options.applicationServerKey as Uint8Array | undefined)?.length)
          throw new DOMException('The provided applicationServerKey is not valid.', 'InvalidAccessError');
        current = {
          endpoint: 'https://push.example/abc',
          toJSON: () => ({ endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } }),
          unsubscribe,
        } as unknown as PushSubscription;
        return current;
      });
      const registration = {
        pushManager: { subscribe, getSubscription: async () => current },
      } as unknown as ServiceWorkerRegistration;
      return { registration, subscribe, unsubscribe };
    }

    async function mountPush(adapter = new MemoryAdapter()) {
      const fake = fakeRegistration();
      const el = await fixture<NotificationPrefs>(
        html`<notification-prefs
          sections="push"
          vapid-public-key="BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"
          .adapter=${adapter}
          .serviceWorkerRegistration=${fake.registration}
        ></notification-prefs>`,
      );
      await until(() => root(el).querySelector('[part~="push-state"]'));
      return { el, adapter, ...fake };
    }
    const pushText = (el: Element) => $(el, '[part~="push"]').textContent!.replace(/\s+/g, ' ');
    const pushButton = (el: Element) => $<HTMLButtonElement>(el, '[part~="push-button"]');

    it('asks permission, subscribes with the VAPID key, hands the subscription over, and turns it off', async () => {
      permission('default');
      const ask = sinon.spy(async () => {
        permission('granted');
        return 'granted' as NotificationPermission;
      });
      stub(Notification, 'requestPermission', ask);
      const { el, adapter, subscribe, unsubscribe } = await mountPush();
      expect(pushText(el)).to.include('Push notifications are off in this browser');
      expect(pushText(el)).to.include('Your browser will ask for permission');
      await expect(el).to.be.accessible();
      const changed = oneEvent(el, 'pe-push-change');
      click(pushButton(el));
      expect((await changed).detail).to.deep.equal({ subscribed: true });
      expect(ask.callCount).to.equal(1);
      const options = subscribe.firstCall.args[0];
      expect(options.userVisibleOnly).to.equal(true);
      expect((options.applicationServerKey as Uint8Array).length, 'a P-256 public key').to.equal(65);
      expect(adapter.pushSubscriptions).to.deep.equal([
        { endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } },
      ]);
      await until(() => pushText(el).includes('Push notifications are on'));
      expect(status(el)).to.equal('Push notifications are on in this browser.');
      expect(pushButton(el).textContent!.trim()).to.equal('Turn off in this browser');
      await expect(el).to.be.accessible();

      const off = oneEvent(el, 'pe-push-change');
      click(pushButton(el));
      expect((await off).detail).to.deep.equal({ subscribed: false });
      expect(unsubscribe.callCount).to.equal(1);
      expect(adapter.pushSubscriptions).to.deep.equal([]);
      await until(() => pushButton(el).textContent!.trim() === 'Enable push notifications');
    });

    it('explains how to allow notifications again when they are blocked', async () => {
      permission('denied');
      const { el } = await mountPush();
      expect(pushText(el)).to.include('Notifications are blocked for this site');
      expect(pushText(el)).to.include('site settings');
      expect(root(el).querySelector('[part~="push-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the block when the user refuses at the prompt', async () => {
      permission('default');
      stub(Notification, 'requestPermission', async () => {
        permission('denied');
        return 'denied';
      });
      const { el, adapter } = await mountPush();
      click(pushButton(el));
      await until(() => pushText(el).includes('blocked'));
      expect(adapter.pushSubscriptions).to.deep.equal([]);
      expect(root(el).querySelector('[part~="push"] [part~="field-error"]')).to.equal(null);
    });

    it('says so when the prompt was dismissed', async () => {
      permission('default');
      stub(Notification, 'requestPermission', async () => 'default');
      const { el } = await mountPush();
      click(pushButton(el));
      await until(() => root(el).querySelector('[part~="push"] [part~="field-error"]'));
      expect(pushText(el)).to.include('Choose “Allow” when your browser asks');
    });

    it('says which browsers can when this one cannot', async () => {
      stub(window, 'PushManager', undefined);
      delete (window as { PushManager?: unknown }).PushManager;
      const { el } = await mountPush();
      expect(pushText(el)).to.include('This browser cannot receive push notifications');
      expect(pushText(el)).to.include('Use Google services for push messaging');
      await expect(el).to.be.accessible();
    });

    it('does not keep a subscription the backend refused', async () => {
      permission('granted');
      const adapter = new MemoryAdapter();
      adapter.failOn('subscribePush', 'server');
      const { el, unsubscribe } = await mountPush(adapter);
      const failed = oneEvent(el, 'pe-failed');
      click(pushButton(el));
      expect((await failed).detail).to.deep.include({ section: 'push', during: 'save' });
      await until(() => root(el).querySelector('[part~="push"] [part~="field-error"]'));
      expect(pushText(el)).to.include('Something went wrong on the server');
      expect(unsubscribe.callCount).to.equal(1);
      expect(pushButton(el).textContent!.trim()).to.equal('Enable push notifications');
    });

    it('leaves a subscription that existed before alone when the backend refuses it', async () => {
      permission('granted');
      const adapter = new MemoryAdapter();
      adapter.failOn('subscribePush', 'server');
      const { el, registration, unsubscribe } = await mountPush(adapter);
      // Subscribed before (by the host, or another tab): the element only tells the backend about it.
      await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: new Uint8Array([4, 1, 2]),
      });
      click(pushButton(el));
      await until(() => root(el).querySelector('[part~="push"] [part~="field-error"]'));
      expect(unsubscribe.callCount).to.equal(0);
      expect(await registration.pushManager.getSubscription()).not.to.equal(null);
    });

    it('says when this browser cannot subscribe', async () => {
      permission('granted');
      const { el } = await mountPush();
      (el.serviceWorkerRegistration!.pushManager as { subscribe: unknown }).subscribe = async () => {
        throw new DOMException('Registration failed - push service error', 'AbortError');
      };
      const logged = sinon.stub(console, 'error');
      try {
        click(pushButton(el));
        await until(() => root(el).querySelector('[part~="push"] [part~="field-error"]'));
        expect(logged.callCount, 'the cause is logged for the developer').to.equal(1);
      } finally {
        logged.restore();
      }
      expect(pushText(el)).to.include('This browser could not subscribe to push notifications');
    });

    it('offers no button when the site has no VAPID key', async () => {
      permission('default');
      const { el } = await mountPush();
      el.vapidPublicKey = '';
      await el.updateComplete;
      expect(pushText(el)).to.include('Push notifications are not set up on this site');
      expect(root(el).querySelector('[part~="push-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
