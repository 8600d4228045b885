// The section base, through the real elements: every adapter call carries a signal, failures are
// SettingsErrors only, outcomes are events and custom states, and capabilities agree with the page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SettingsError, type SettingsAdapter } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/all.js';
import type {
  AccessToken,
  NotificationPrefs,
  PasswordChange,
  ProfileDetails,
  ProfileSettings,
} from '@profile-elements/elements';
import { setStates } from '../../packages/elements/src/section/custom-states.js';
import { parts as profileParts } from '../../packages/elements/src/profile-details/parts.js';
import { parts as passwordParts } from '../../packages/elements/src/password-change/parts.js';
import { parts as notificationParts } from '../../packages/elements/src/notification-prefs/parts.js';
import { parts as tokenParts } from '../../packages/elements/src/access-token/parts.js';
import { field, type, until } from '../helpers/dom.js';

/** The in-memory adapter's demo profile, served by the hand-made adapter below. */
const PROFILE = new MemoryAdapter().profile;

/** A call an adapter received: its name and the options it was given. */
type Seen = { method: string; signal: AbortSignal | undefined };

/**
 * A hand-made adapter whose answers the test controls: each call waits for `release()` (or answers at
 * once with `instant`), and every call's options are recorded.
 */
function controlledAdapter(members: Partial<SettingsAdapter> = {}) {
  const seen: Seen[] = [];
  const waiting: (() => void)[] = [];
  let instant = true;
  const answer = <T>(method: string, value: () => T) => {
    return async (...args: unknown[]): Promise<T> => {
      const options = args.find((a) => a && typeof a === 'object' && 'signal' in a) as
        { signal?: AbortSignal } | undefined;
      const signal = options?.signal;
      seen.push({ method, signal });
      if (!instant)
        await new Promise<void>((resolve, reject) => {
          waiting.push(resolve);
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      return value();
    };
  };
  const adapter: SettingsAdapter = {
    loadProfile: answer('loadProfile', () => ({ ...PROFILE })),
    updateProfile: answer('updateProfile', () => ({ ...PROFILE, name: 'Jane Q. Doe' })),
    ...members,
  };
  return {
    adapter,
    seen,
    answer,
    hold: () => (instant = false),
    release: () => waiting.splice(0).forEach((go) => go()),
  };
}

describe('the section base', () => {
  it('publishes loading, ready, saving, dirty and error as custom states', async () => {
    const control = controlledAdapter();
    control.hold();
    const el = await fixture<ProfileDetails>(
      html`<profile-details .adapter=${control.adapter}></profile-details>`,
    );
    await until(() => el.matches(':state(loading)'));
    expect(el.matches(':state(ready)')).to.equal(false);
    control.release();
    await until(() => el.matches(':state(ready)'));
    expect(el.matches(':state(loading)')).to.equal(false);

    await type(el, field(el, 'Your full name'), 'Jane Q. Doe');
    await until(() => el.matches(':state(dirty)'));
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => el.matches(':state(saving)'));
    control.release();
    await until(() => !el.matches(':state(saving)'));
    expect(el.matches(':state(dirty)')).to.equal(false);
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('marks a failed load as :state(error) and clears it when the retry succeeds', async () => {
    const adapter = new MemoryAdapter();
    adapter.failOn('loadProfile', 'server');
    const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
    await until(() => el.matches(':state(error)'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => el.matches(':state(ready)'));
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('passes an AbortSignal to every save, reveal and reset, and aborts them when the element leaves', async () => {
    const control = controlledAdapter({});
    const token = control.answer('revealAccessToken', () => 'pe7DemoTokenxQ4hR2mKz9Vw');
    const reset = control.answer('resetAccessToken', () => 'pe7NewTokenxxQ4hR2mKz9Vw');
    Object.assign(control.adapter, { revealAccessToken: token, resetAccessToken: reset });
    const el = await fixture<AccessToken>(html`<access-token .adapter=${control.adapter}></access-token>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reveal"]')!.click();
    await until(() => control.seen.some((c) => c.method === 'revealAccessToken'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="regenerate"]')!.click();
    await el.updateComplete;
    control.hold();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dialog-confirm"]')!.click();
    await until(() => control.seen.some((c) => c.method === 'resetAccessToken'));
    for (const call of control.seen) expect(call.signal, call.method).to.be.instanceOf(AbortSignal);
    const resetCall = control.seen.find((c) => c.method === 'resetAccessToken')!;
    expect(resetCall.signal!.aborted).to.equal(false);
    el.remove();
    expect(resetCall.signal!.aborted, 'leaving the page cancels the wait').to.equal(true);
  });

  it('passes an AbortSignal to profile saves and notification writes', async () => {
    const adapter = new MemoryAdapter();
    const calls: Record<string, unknown[]> = {};
    for (const method of ['updateProfile', 'updateNotificationPreferences'] as const) {
      const original = adapter[method]!.bind(adapter) as (...args: unknown[]) => Promise<never>;
      (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        calls[method] = args;
        return original(...args);
      };
    }
    const details = await fixture<ProfileDetails>(
      html`<profile-details .adapter=${adapter}></profile-details>`,
    );
    await until(() => details.matches(':state(ready)'));
    await type(details, field(details, 'Your full name'), 'Jane Q. Doe');
    const saved = oneEvent(details, 'pe-saved');
    details.shadowRoot!.querySelector('form')!.requestSubmit();
    await saved;
    expect((calls.updateProfile![1] as { signal: unknown }).signal).to.be.instanceOf(AbortSignal);

    const prefs = await fixture<NotificationPrefs>(
      html`<notification-prefs sections="email" .adapter=${adapter}></notification-prefs>`,
    );
    await until(() => prefs.matches(':state(ready)'));
    const written = oneEvent(prefs, 'pe-saved');
    prefs.shadowRoot!.querySelector<HTMLInputElement>('[part~="toggle"]')!.click();
    await written;
    expect((calls.updateNotificationPreferences![1] as { signal: unknown }).signal).to.be.instanceOf(
      AbortSignal,
    );
  });

  it('turns anything an adapter throws that is not a SettingsError into a server failure', async () => {
    const control = controlledAdapter({
      updateProfile: () => Promise.reject(new TypeError('undefined is not a function')),
    });
    const el = await fixture<ProfileDetails>(
      html`<profile-details .adapter=${control.adapter}></profile-details>`,
    );
    await until(() => el.matches(':state(ready)'));
    await type(el, field(el, 'Your full name'), 'Jane Q. Doe');
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const failed = oneEvent(el, 'pe-failed');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      const { detail } = await failed;
      expect(detail.error).to.be.instanceOf(SettingsError);
      expect(detail.error.kind).to.equal('server');
      expect(detail.during).to.equal('save');
    } finally {
      console.error = error;
    }
    expect(logged.length, 'the adapter bug is reported for its developer').to.equal(1);
    expect(field(el, 'Your full name').value, 'the edit is kept').to.equal('Jane Q. Doe');
  });

  it('hides a section whose capability is missing, as :state(unsupported), without calling the adapter', async () => {
    const control = controlledAdapter();
    const el = await fixture<PasswordChange>(
      html`<password-change .adapter=${control.adapter}></password-change>`,
    );
    await el.updateComplete;
    expect(el.matches(':state(unsupported)')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(control.seen).to.deep.equal([]);
  });

  it('sets dashed states where the browser refuses plain names (Chromium before 125)', () => {
    const added: string[] = [];
    const legacy = {
      add(name: string) {
        if (!name.startsWith('--')) throw new DOMException('not a valid custom state', 'SyntaxError');
        added.push(name);
      },
      delete: (name: string) => added.splice(added.indexOf(name) >>> 0, 1),
    };
    setStates({ states: legacy } as unknown as ElementInternals, { ready: true, saving: false });
    expect(added).to.deep.equal(['--ready']);
    expect(
      () => setStates({} as ElementInternals, { ready: true }),
      'no CustomStateSet at all',
    ).to.not.throw();
  });
});

/** Every part token on the nodes under `root`. */
const renderedParts = (root: ParentNode) =>
  new Set(
    [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.trim().split(/\s+/)),
  );

describe('a busy server', () => {
  it('says how long to wait, in seconds or minutes, and offers to try again', async () => {
    for (const [retryAfter, says] of [
      [30, 'Try again in 30 s.'],
      [900, 'Try again in 15 min.'],
      [undefined, 'Try again in a moment.'],
    ] as const) {
      const adapter = new MemoryAdapter();
      adapter.failOn('updateProfile', new SettingsError('busy', 'Too many requests', { retryAfter }));
      const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
      await until(() => el.shadowRoot!.querySelector('form'));
      await type(el, field(el, 'Your full name'), 'Jane Busy');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
      expect(el.shadowRoot!.querySelector('[part~="alert"]')!.textContent).to.include(says);
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).not.to.equal(null);
      el.remove();
    }
  });
});

describe('part names', () => {
  it('are the documented ones, in every section as rendered', async () => {
    const adapter = new MemoryAdapter({
      profile: { avatarUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
    });
    adapter.failOn('loadNotificationPreferences', 'network');
    const page = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${adapter}></profile-settings>`,
    );
    const root = page.shadowRoot!;
    const details = root.querySelector<ProfileDetails>('profile-details')!;
    await until(() => details.matches(':state(ready)'));
    const prefs = root.querySelector<NotificationPrefs>('notification-prefs')!;
    await until(() => prefs.matches(':state(error)'));
    const password = page.querySelector<PasswordChange>('password-change')!;
    await until(() => password.matches(':state(ready)'));
    const token = root.querySelector<AccessToken>('access-token')!;
    const documented: [ParentNode & Node, readonly string[]][] = [
      [details.shadowRoot!, profileParts],
      [password, passwordParts],
      [prefs.shadowRoot!, notificationParts],
      [token.shadowRoot!, tokenParts],
    ];
    for (const [node, parts] of documented)
      expect(
        [...renderedParts(node)].filter((p) => !parts.includes(p as never)),
        node.nodeName,
      ).to.deep.equal([]);
  });

  it('are all re-exported by <profile-settings> as <section>-<part>', async () => {
    const el = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${new MemoryAdapter()}></profile-settings>`,
    );
    await el.updateComplete;
    const exported = (id: string) =>
      el.shadowRoot!.getElementById(id)!.getAttribute('exportparts')!.split(', ');
    expect(exported('profile')).to.deep.equal(profileParts.map((p) => `${p}: profile-${p}`));
    expect(exported('access-token')).to.deep.equal(tokenParts.map((p) => `${p}: access-token-${p}`));
    for (const section of ['audio', 'email', 'push'])
      expect(exported(section)).to.deep.equal(notificationParts.map((p) => `${p}: ${section}-${p}`));
  });
});

describe('<profile-settings> and the sections agree', () => {
  it('leaves out the notification sections when the adapter can read them but not save them', async () => {
    // Before: the page listed Audio, Email and Push, whose element then hid itself (an empty entry).
    const adapter = new MemoryAdapter({
      capabilities: ['loadNotificationPreferences', 'changePassword', 'revealAccessToken'],
    });
    const el = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${adapter}></profile-settings>`,
    );
    await el.updateComplete;
    const listed = [...el.shadowRoot!.querySelectorAll('[part~="nav-item"]')].map((b) =>
      b.textContent!.trim(),
    );
    expect(listed).to.deep.equal(['Profile', 'Password', 'Access token']);
    expect(el.shadowRoot!.querySelector('notification-prefs')).to.equal(null);
  });
});

describe('the light-DOM styles of <password-change>', () => {
  it('animate the skeleton with the library keyframes, not the page’s own of the same name', async () => {
    const page = document.createElement('style');
    page.textContent = '@keyframes pulse { to { opacity: 0.1; } }';
    document.head.append(page);
    try {
      const adapter = new MemoryAdapter({ latency: 100_000 });
      const el = await fixture<PasswordChange>(html`<password-change .adapter=${adapter}></password-change>`);
      const skeleton = el.querySelector<HTMLElement>('[part~="skeleton"]')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('pe-skeleton-pulse');
      // The library's keyframes sit at the top of its layer, where the browser keeps them.
      const sheet = document.adoptedStyleSheets.find((s) =>
        [...s.cssRules].some((r) => r.cssText.startsWith('@layer profile-elements')),
      )!;
      const layer = sheet.cssRules[0] as CSSLayerBlockRule;
      const keyframes = [...layer.cssRules].filter((r) => r instanceof CSSKeyframesRule);
      expect(keyframes.map((r) => (r as CSSKeyframesRule).name)).to.deep.equal(['pe-skeleton-pulse']);
    } finally {
      page.remove();
    }
  });
});
