// Nothing lost, at the unit level: the device store fails soft, drafts come back, offline saves wait
// and go once, other tabs' saves show, leaving asks, and expired credentials are announced with a
// retry. The end-to-end tests (test/e2e/drafts, offline, tabs, credentials) hold the same promises
// on the real demo; these pin the elements' side of each, fast and one at a time.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DeviceStore, deviceStore, type TabMessage } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/all.js';
import type { NotificationPrefs, ProfileDetails } from '@profile-elements/elements';
import { KeptDraft } from '../../packages/elements/src/section/kept-draft.js';
import { $, field, type, until } from '../helpers/dom.js';
import { goOffline } from '../helpers/offline.js';
import { kept } from '../helpers/kept.js';

let stories = 0;
/** A memory adapter with a name of its own, so what it keeps is this test's alone. */
const named = (options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) =>
  new MemoryAdapter({ name: `nothing-lost-${++stories}-${Date.now()}`, ...options });

const mountProfile = async (adapter: MemoryAdapter) => {
  const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
  await until(() => el.shadowRoot!.querySelector('form'));
  return el;
};
const submit = (el: ProfileDetails) => el.shadowRoot!.querySelector('form')!.requestSubmit();
const text = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();
const calls = (adapter: MemoryAdapter, method: string) => adapter.calls.filter((c) => c.method === method);

describe('the device store', () => {
  it('keeps, reads and removes values', async () => {
    const store = new DeviceStore('pe-test-store');
    expect(await store.write('k', { a: 1 })).to.equal(true);
    expect(await store.read('k')).to.deep.equal({ a: 1 });
    expect(store.kept).to.equal(true);
    expect(await store.remove('k')).to.equal(true);
    expect(await store.read('k')).to.equal(undefined);
  });

  it('fails soft when IndexedDB refuses: nothing thrown, nothing kept, and it says so', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const store = new DeviceStore('pe-test-refused');
      expect(await store.write('k', 1)).to.equal(false);
      expect(await store.read('k')).to.equal(undefined);
      expect(await store.remove('k')).to.equal(false);
      expect(store.kept).to.equal(false);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('writes a draft once after the user pauses, and removes it for undefined', async () => {
    const draft = new KeptDraft<string>(20);
    draft.key = `pe-test-draft-${Date.now()}`;
    draft.write('a');
    draft.write('ab');
    expect(await deviceStore.read(draft.key)).to.equal(undefined);
    await kept(draft.key, (v) => v === 'ab');
    draft.write(undefined);
    await draft.flush();
    expect(await deviceStore.read(draft.key)).to.equal(undefined);
  });
});

describe('drafts of <profile-details>', () => {
  it('keeps typed edits on the device and restores them with a notice; Discard drops them', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Your full name'), 'Jane Typed');
    const key = `${await adapter.storageKey()}|profile`;
    await kept(key, (v) => v !== undefined);
    el.remove();

    const again = await mountProfile(adapter);
    await until(() => field(again, 'Your full name').value === 'Jane Typed');
    expect(text(again, 'draft-notice')).to.include('Unsaved changes restored.');
    expect(again.matches(':state(restored)')).to.equal(true);
    expect(again.matches(':state(dirty)')).to.equal(true);
    await expect(again).to.be.accessible();
    $(again, '[part~="draft-discard"]').click();
    await until(() => field(again, 'Your full name').value === 'Jane Doe');
    await kept(key, (v) => v === undefined);
    expect(again.matches(':state(restored)')).to.equal(false);
  });

  it('warns when the profile changed after the draft was made, and does not save it on its own', async () => {
    const adapter = named({ profile: { name: 'Jane Newer' } });
    const key = `${await adapter.storageKey()}|profile`;
    await deviceStore.write(key, {
      base: { name: 'Jane Doe', displayName: 'Jane', email: 'agent@example.com' },
      values: { name: 'Jane Draft' },
      queued: true,
    });
    const el = await mountProfile(adapter);
    await until(() => field(el, 'Your full name').value === 'Jane Draft');
    expect(text(el, 'draft-notice')).to.include('Your profile was changed elsewhere');
    expect(calls(adapter, 'updateProfile')).to.have.length(0);
  });

  it('never keeps anything but the profile fields', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Display name'), 'Only this');
    const key = `${await adapter.storageKey()}|profile`;
    await kept(key, (v) => v !== undefined);
    expect(await deviceStore.read(key)).to.deep.equal({
      base: { name: 'Jane Doe', displayName: 'Jane', email: 'agent@example.com' },
      values: { displayName: 'Only this' },
      queued: false,
    });
  });
});

describe('offline saves', () => {
  it('"Update Profile" offline waits, then saves once back online', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Your full name'), 'Jane Offline');
    const network = goOffline();
    try {
      submit(el);
      await until(() => el.matches(':state(waiting)'));
      expect(text(el, 'waiting')).to.include("You're offline");
      submit(el);
      expect(calls(adapter, 'updateProfile')).to.have.length(0);
    } finally {
      network.online();
    }
    await until(() => text(el, 'status') === 'Your profile has been updated successfully');
    expect(calls(adapter, 'updateProfile')).to.have.length(1);
    expect(el.matches(':state(waiting)')).to.equal(false);
  });

  it('a save that loses the network on the way waits for it instead of failing', async () => {
    const adapter = named({ latency: 50 });
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Your full name'), 'Jane Cut Off');
    adapter.failOn('updateProfile', 'network');
    submit(el);
    const network = goOffline();
    try {
      await until(() => el.matches(':state(waiting)'));
      expect(el.matches(':state(error)'), 'no failure shown').to.equal(false);
      expect(text(el, 'alert')).to.equal(undefined);
    } finally {
      network.online();
    }
    await until(() => text(el, 'status') === 'Your profile has been updated successfully');
    expect(calls(adapter, 'updateProfile')).to.have.length(2);
  });

  it('notification switches flipped offline show as waiting, then go in one write', async () => {
    const adapter = named();
    const el = await fixture<NotificationPrefs>(
      html`<notification-prefs .adapter=${adapter} sections="email"></notification-prefs>`,
    );
    await until(() => el.shadowRoot!.querySelector('table'));
    const box = $<HTMLInputElement>(el, 'input[aria-labelledby="col-email row-conversation_creation"]');
    const network = goOffline();
    try {
      box.click();
      await until(() => el.matches(':state(waiting)'));
      expect(box.checked, 'not undone').to.equal(true);
      const note = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!);
      expect(note!.textContent).to.include('Waiting for the network');
      expect(el.matches(':state(dirty)')).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      network.online();
    }
    await until(() => !el.matches(':state(dirty)'));
    expect(calls(adapter, 'updateNotificationPreferences')).to.have.length(1);
    expect(box.getAttribute('aria-describedby')).to.equal(null);
  });
});

describe('other tabs', () => {
  it('a profile saved in another tab shows here; a field being edited keeps its text', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Display name'), 'Mine');
    const other = new BroadcastChannel('profile-elements');
    const message: TabMessage = {
      scope: await adapter.storageKey(),
      topic: 'profile',
      value: { ...adapter.profile, name: 'Jane From Elsewhere', displayName: 'Theirs' },
      at: Date.now(),
    };
    other.postMessage(message);
    other.close();
    await until(() => field(el, 'Your full name').value === 'Jane From Elsewhere');
    expect(field(el, 'Display name').value).to.equal('Mine');
  });

  it('ignores saves of another user or backend', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    const other = new BroadcastChannel('profile-elements');
    other.postMessage({
      scope: 'memory:someone-else#1',
      topic: 'profile',
      value: { ...adapter.profile, name: 'X' },
      at: Date.now(),
    });
    other.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(field(el, 'Your full name').value).to.equal('Jane Doe');
  });

  it('ignores a save answered before its own latest one (a late delivery)', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    const before = Date.now() - 1000;
    await type(el, field(el, 'Your full name'), 'Jane Saved Here');
    submit(el);
    await until(() => text(el, 'status') === 'Your profile has been updated successfully');
    const other = new BroadcastChannel('profile-elements');
    other.postMessage({
      scope: await adapter.storageKey(),
      topic: 'profile',
      value: { ...adapter.profile, name: 'Jane Older' },
      at: before,
    });
    other.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(field(el, 'Your full name').value).to.equal('Jane Saved Here');
  });
});

describe('leaving and expired credentials', () => {
  it('asks before the page unloads with unsaved work, unless the host cancels pe-before-leave', async () => {
    const el = await mountProfile(named());
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload(), 'nothing to lose').to.equal(false);
    await type(el, field(el, 'Your full name'), 'Jane Leaving');
    const heard = oneEvent(el, 'pe-before-leave');
    expect(unload(), 'asks').to.equal(true);
    expect((await heard).detail.section).to.equal('profile');
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('pe-before-leave', cancel);
    expect(unload(), 'the host said not to ask').to.equal(false);
    el.removeEventListener('pe-before-leave', cancel);
  });

  it('an auth failure fires pe-session-expired, keeps the edits, and retry() saves them', async () => {
    const adapter = named();
    const el = await mountProfile(adapter);
    await type(el, field(el, 'Your full name'), 'Jane Expired');
    adapter.failOn('updateProfile', 'auth');
    const expired = oneEvent(el, 'pe-session-expired');
    submit(el);
    const { detail } = await expired;
    expect(detail).to.include({ section: 'profile', during: 'save' });
    expect(detail.error.kind).to.equal('auth');
    await until(() => text(el, 'alert')?.includes('Sign in again'));
    expect(field(el, 'Your full name').value).to.equal('Jane Expired');
    detail.retry();
    await until(() => text(el, 'status') === 'Your profile has been updated successfully');
    expect(adapter.profile.name).to.equal('Jane Expired');
  });
});
