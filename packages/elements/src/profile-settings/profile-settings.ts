import { afterPaint } from '../shared/frames.js';
import { speakPageLanguage, stopSpeakingPageLanguage } from '../locale/page-locale.js';
import { LitElement, html, nothing } from 'lit';
import { checkAdapter } from '#dev-warnings';
import { ContextProvider } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '../shared/localize.js';
import type { SettingsAdapter } from '@profile-elements/core';
import { adapterContext } from '../section/adapter-context.js';
import { SECTION_NAMES, type SectionName } from '../section/events.js';
import { SECTION_SUPPORT } from '../section/capabilities.js';
import { parts as profileParts } from '../profile-details/parts.js';
import { parts as notificationParts } from '../notification-prefs/parts.js';
import { parts as tokenParts } from '../access-token/parts.js';
import { parts as availabilityParts } from '../availability-prefs/parts.js';
import { parts as interfaceParts } from '../interface-prefs/parts.js';
import { parts as signatureParts } from '../message-signature/parts.js';
import { parts as hotkeyParts } from '../hotkey-prefs/parts.js';
import { themeStyles } from '../shared/theme.styles.js';
import { profileSettingsStyles } from './profile-settings.styles.js';

/**
 * `exportparts` for a section: each of its parts, prefixed with the section's name (the one rule).
 * The lists come from the sections' `parts.ts`, apart from their classes, so the page can export
 * them without loading a section's code.
 */
const exportParts = (section: SectionName, parts: readonly string[]) =>
  parts.map((part) => `${part}: ${section}-${part}`).join(', ');

/** Each section's parts, re-exported with the section's name as prefix. */
const SECTION_PARTS: Record<Exclude<SectionName, 'password'>, readonly string[]> = {
  profile: profileParts,
  availability: availabilityParts,
  interface: interfaceParts,
  signature: signatureParts,
  hotkey: hotkeyParts,
  audio: notificationParts,
  email: notificationParts,
  push: notificationParts,
  'access-token': tokenParts,
};
/** The sections that are each one `<notification-prefs sections="…">`. */
const NOTIFICATIONS: readonly SectionName[] = ['audio', 'email', 'push'];

/**
 * The element of each section, to know whether the host page has defined it (loaded its module). Under
 * `defineWithPrefix('acme')`, each is the prefix and this name (`acme-profile-details`).
 */
const TAGS: Record<SectionName, string> = {
  profile: 'profile-details',
  availability: 'availability-prefs',
  interface: 'interface-prefs',
  signature: 'message-signature',
  hotkey: 'hotkey-prefs',
  password: 'password-change',
  audio: 'notification-prefs',
  email: 'notification-prefs',
  push: 'notification-prefs',
  'access-token': 'access-token',
};

/**
 * The whole Profile Settings page: every section in Chatwoot's order — Profile, Availability,
 * Interface, Message signature, Hotkey, Password, Audio, Email and Push notifications, Access token —
 * sharing one adapter. Each section is also its own
 * element, for hosts that lay the page out themselves.
 *
 * When the element is wide enough (a container query on the element, not the viewport), a section
 * list on the side scrolls to a section and moves focus to its title; `aria-current` marks the
 * section in view. Narrower, the sections stack without it.
 *
 * A section is left out (with its list entry) when it is named in `hidden-sections`, when the adapter
 * lacks its capability (no `changePassword`: no Password section), or, in the list, when its element
 * is neither defined on the page nor loadable (`sectionLoaders`). The quick start
 * (`define/profile-settings.js`) sets the loaders: sections other than Profile load right after the
 * first frame is painted (or as they near the viewport), and a space is kept for each until it arrives. `<password-change>` is created in this element's light DOM and slotted,
 * so password managers can reach its inputs; style it with `profile-settings password-change [part~='…']`.
 * The other sections' parts are re-exported with their section's name as prefix.
 *
 * @summary The signed-in user's settings page, all sections in one tag, with a section list.
 * @tagname profile-settings
 *
 * @fires {SettingsSavedEvent} pe-saved - A section saved (bubbles from the section). `detail: { section, value }`.
 * @fires {SettingsFailedEvent} pe-failed - A section failed to load or save. `detail: { section, during, error }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - A section's unsaved edits appeared or went away. `detail: { section, dirty }`.
 * @fires {InterfaceChangeEvent} pe-interface-change - The font size or interface language was chosen (from the Interface section); cancelable: `preventDefault()` keeps the elements from applying it to themselves. `detail: { fontSize, locale }`.
 * @fires {TokenCopiedEvent} pe-token-copied - The access token was copied (bubbles from the Access token section).
 * @fires {PushSubscriptionChangeEvent} pe-push-change - This browser's push subscription was turned on or off (from the Push section).
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload with unsaved work in a section; cancelable: `preventDefault()` lets the page go without the browser's "Leave site?". `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials (expired, revoked, or replaced: `error.code === 'token-replaced'`); edits are kept, `detail.retry()` repeats what failed once the user is signed in again. `detail: { section, during, error, retry }`.
 *
 * @csspart page - The page frame: the section list and the sections.
 * @csspart nav - The section list (wide layouts only).
 * @csspart nav-list - Its list.
 * @csspart nav-item - Each entry; `aria-current="true"` on the section in view.
 * @csspart sections - The column of sections.
 * @csspart profile-* - Every part of the Profile section (`<profile-details>`), prefixed: `profile-input`, `profile-submit`, `profile-field-display-name`, …
 * @csspart availability-* - Every part of the Availability section (`<availability-prefs>`), prefixed: `availability-option`, `availability-auto-offline`, …
 * @csspart interface-* - Every part of the Interface section (`<interface-prefs>`), prefixed: `interface-font-size`, `interface-language`, …
 * @csspart signature-* - Every part of the Message signature section (`<message-signature>`), prefixed: `signature-editor`, `signature-preview`, …
 * @csspart hotkey-* - Every part of the Hotkey section (`<hotkey-prefs>`), prefixed: `hotkey-choice`, `hotkey-key`, …
 * @csspart audio-* - Every part of the Audio section (`<notification-prefs sections="audio">`), prefixed: `audio-option`, `audio-volume`, …
 * @csspart email-* - Every part of the Email section (`<notification-prefs sections="email">`), prefixed: `email-toggle`, …
 * @csspart push-* - Every part of the Push section (`<notification-prefs sections="push">`), prefixed: `push-push-button`, …
 * @csspart access-token-* - Every part of the Access token section (`<access-token>`), prefixed: `access-token-copy`, …
 *
 * @cssproperty [--pe-page-gap] - Space between sections, and between the list and the sections (32px).
 * @cssproperty [--pe-page-max-width] - Widest the column of sections grows (48rem).
 * @cssproperty [--pe-nav-top] - How far below the top of the scrolling area the section list sticks, e.g. under a fixed header (0).
 */
export class ProfileSettings extends LitElement {
  static override styles = [themeStyles, profileSettingsStyles];

  /**
   * How to load a section's element when the page does not define it yet, by tag: loaded right after
   * the first frame is painted, or when the section nears the viewport (or is chosen in the list). Set by
   * `define/profile-settings.js`; a host that imports the classes itself may set its own.
   */
  static sectionLoaders: Partial<Record<string, () => Promise<unknown>>> = {};
  /**
   * Put before every section's tag (`acme-` renders `<acme-profile-details>`): set by
   * `defineWithPrefix()` on the subclass it registers, for hosts whose tag names collide.
   */
  static tagPrefix = '';
  /** Loads already asked for, by tag (shared by every instance: a module loads once). */
  static readonly #loading = new Map<string, Promise<unknown>>();

  static override properties = {
    adapter: { attribute: false },
    hiddenSections: { attribute: 'hidden-sections' },
    vapidPublicKey: { attribute: 'vapid-public-key' },
    serviceWorkerRegistration: { attribute: false },
    current: { state: true, attribute: false },
  };

  /** The backend every section uses. */
  adapter: SettingsAdapter | undefined;

  /**
   * Sections to leave out: space-separated names from `profile availability interface signature
   * hotkey password audio email push access-token`.
   */
  hiddenSections = '';

  /** For browser push: your VAPID public key (base64url), handed to the Push section. */
  vapidPublicKey = '';

  /** For browser push: your service worker's registration (default: the page's ready one). */
  serviceWorkerRegistration: ServiceWorkerRegistration | undefined;

  /** The section in view (or last chosen in the list). */
  private current: SectionName | undefined;

  readonly #provider = new ContextProvider(this, { context: adapterContext });
  /** The other sections' elements, by name (`#section`). */
  readonly #sections = new Map<SectionName, HTMLElement>();
  /** The Password section, in the light DOM (slotted) so that password managers can reach it. */
  #password: HTMLElement | undefined;
  readonly #visible = new Set<SectionName>();
  /** Chosen in the list: stays current until the user scrolls themselves. */
  #pinned: SectionName | undefined;
  #observer: IntersectionObserver | undefined;
  /** Watches sections not defined yet, to load them as they near the viewport. */
  #nearing: IntersectionObserver | undefined;
  /** The first frame has been painted: sections shown from then on load at once. */
  #painted = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // The list links only the sections whose element exists; re-render as they get defined.
    for (const tag of new Set(SECTION_NAMES.map((name) => this.#tag(name)))) {
      customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  /** This class's statics: a `defineWithPrefix()` subclass has its own prefix and loaders. */
  get #class(): typeof ProfileSettings {
    return this.constructor as typeof ProfileSettings;
  }

  /** A section's tag, with this class's prefix. */
  #tag(name: SectionName): string {
    return this.#class.tagPrefix + TAGS[name];
  }

  /**
   * A section's element, made once (under this class's tag for it) and kept while this page lives, so
   * a section hidden and shown again keeps what the user did in it.
   */
  #section(name: Exclude<SectionName, 'password'>): HTMLElement {
    let section = this.#sections.get(name);
    if (!section) {
      section = document.createElement(this.#tag(name));
      section.id = name;
      section.setAttribute('exportparts', exportParts(name, SECTION_PARTS[name]));
      if (NOTIFICATIONS.includes(name)) section.setAttribute('sections', name);
      this.#sections.set(name, section);
    }
    if (NOTIFICATIONS.includes(name)) {
      section.setAttribute('vapid-public-key', this.vapidPublicKey);
      (
        section as HTMLElement & { serviceWorkerRegistration?: ServiceWorkerRegistration }
      ).serviceWorkerRegistration = this.serviceWorkerRegistration;
    }
    return section;
  }

  /** Whether the page has defined a section's element. */
  #defined(name: SectionName): boolean {
    return !!customElements.get(this.#tag(name));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    checkAdapter(this, () => this.adapter);
    speakPageLanguage(this);
    this.#observer = new IntersectionObserver(this.#onIntersect, { rootMargin: '0px 0px -50% 0px' });
    // Back in the page after a move: `updated` observes the sections again.
    this.requestUpdate();
    for (const type of ['wheel', 'touchmove', 'keydown'])
      addEventListener(type, this.#unpin, { passive: true });
    this.#nearing = new IntersectionObserver(this.#onNearing, { rootMargin: '50% 0px' });
    // Once the first frame is on screen (the first section in it), the rest load, before the user
    // scrolls to them.
    void afterPaint().then(() => {
      if (this.#painted || !this.isConnected) return;
      this.#painted = true;
      this.#loadShown();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopSpeakingPageLanguage(this);
    this.#observer?.disconnect();
    this.#nearing?.disconnect();
    this.#visible.clear();
    for (const type of ['wheel', 'touchmove', 'keydown']) removeEventListener(type, this.#unpin);
  }

  /** The sections shown, in order. */
  get #shown(): SectionName[] {
    const hidden = this.hiddenSections.split(/\s+/);
    const adapter = this.adapter;
    return SECTION_NAMES.filter(
      (name) => !hidden.includes(name) && (!adapter || SECTION_SUPPORT[name](adapter)),
    );
  }

  protected override willUpdate(): void {
    this.#provider.setValue(this.adapter);
  }

  protected override updated(): void {
    if (this.#painted) this.#loadShown();
    const wanted = this.#shown.includes('password');
    if (wanted && !this.#password) {
      this.#password = document.createElement(this.#tag('password'));
      this.#password.slot = 'password';
      this.append(this.#password);
    } else if (!wanted && this.#password) {
      this.#password.remove();
      this.#password = undefined;
    }
    for (const name of this.#shown) {
      const el = this.#element(name);
      if (el) {
        el.dataset['section'] = name;
        this.#observer?.observe(el);
        if (!this.#defined(name)) this.#nearing?.observe(el);
      }
    }
  }

  /** Loads the element of a shown section that the page has not defined; resolves once it is. */
  #load(name: SectionName): Promise<unknown> {
    const tag = this.#tag(name);
    if (this.#defined(name)) return Promise.resolve();
    // Loaders are named by the section's own tag, whatever the prefix.
    const loader = this.#class.sectionLoaders[TAGS[name]];
    if (!loader) return Promise.resolve();
    let loading = ProfileSettings.#loading.get(tag);
    if (!loading) {
      loading = loader().catch((error: unknown) => {
        // A chunk that failed to download may load on the next try: once back online, or from the list.
        ProfileSettings.#loading.delete(tag);
        if (navigator.onLine === false) addEventListener('online', () => this.#loadShown(), { once: true });
        else console.error(`profile-elements: could not load <${tag}>`, error);
      });
      ProfileSettings.#loading.set(tag, loading);
    }
    return loading;
  }

  /** Loads every shown section, once the adapter says which ones it supports. */
  #loadShown(): void {
    if (!this.adapter) return;
    for (const name of this.#shown) void this.#load(name);
  }

  #onNearing = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.#nearing?.unobserve(entry.target);
      void this.#load((entry.target as HTMLElement).dataset['section'] as SectionName);
    }
  };

  #element(name: SectionName): HTMLElement | null | undefined {
    return name === 'password' ? this.#password : this.renderRoot.querySelector<HTMLElement>(`#${name}`);
  }

  #onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const name = (entry.target as HTMLElement).dataset['section'] as SectionName;
      if (entry.isIntersecting) this.#visible.add(name);
      else this.#visible.delete(name);
    }
    this.current = this.#pinned ?? this.#shown.find((name) => this.#visible.has(name)) ?? this.current;
  };

  #unpin = (event: Event) => {
    if ((event as KeyboardEvent).key !== 'Tab') this.#pinned = undefined;
  };

  /** Scrolls to a section and moves focus to its title, for keyboard and screen reader users. */
  async #go(name: SectionName) {
    // Not loaded yet: load it first, so that there is a title to focus.
    if (!this.#defined(name)) {
      await this.#load(name);
      await this.updateComplete;
    }
    const el = this.#element(name);
    if (!el) return;
    this.current = this.#pinned = name;
    const title = (el.shadowRoot ?? el).querySelector<HTMLElement>('h2') ?? el;
    if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
    title.focus({ preventScroll: true });
    el.scrollIntoView({
      block: 'start',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }

  protected override render() {
    const shown = this.#shown;
    const show = (name: SectionName) => shown.includes(name);
    const labels: Record<SectionName, string> = {
      profile: msg('Profile'),
      availability: msg('Availability'),
      interface: msg('Interface'),
      signature: msg('Message signature'),
      hotkey: msg('Hotkey to send messages'),
      password: msg('Password'),
      audio: msg('Audio notifications'),
      email: msg('Email notifications'),
      push: msg('Push notifications'),
      'access-token': msg('Access token'),
    };
    const section = (name: Exclude<SectionName, 'password'>) => (show(name) ? this.#section(name) : nothing);
    return html`<div part="page" class="page" role="region" aria-label=${msg('Profile settings')}>
      <nav part="nav" aria-label=${msg('Settings sections')}>
        <ul part="nav-list" role="list">
          ${shown
            .filter((name) => this.#defined(name) || this.#class.sectionLoaders[TAGS[name]])
            .map(
              (name) =>
                html`<li>
                  <button
                    type="button"
                    part="nav-item"
                    aria-current=${this.current === name}
                    @click=${() => void this.#go(name)}
                  >
                    ${labels[name]}
                  </button>
                </li>`,
            )}
        </ul>
      </nav>
      <div part="sections" class="sections">
        ${section('profile')} ${section('availability')} ${section('interface')} ${section('signature')}
        ${section('hotkey')} ${show('password') ? html`<slot name="password"></slot>` : nothing}
        ${section('audio')} ${section('email')} ${section('push')} ${section('access-token')}
      </div>
    </div>`;
  }
}
