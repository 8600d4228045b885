import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../shared/localize.js';
import type { NotificationPreferences, SettingsAdapter } from '@profile-elements/core';
import { SettingsSection } from '../section/settings-section.js';
import { KeptDraft } from '../section/kept-draft.js';
import type { SectionName } from '../section/events.js';
import { errorMessage } from '../section/error-message.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { notificationPrefsStyles } from './notification-prefs.styles.js';
import { storedValue, toPatch, type PrefKey, type PrefValue } from './pref-writes.js';
import { WriteQueue } from '../section/write-queue.js';
import { changeNote, changeNoteId, changeNoteStyles, notSaved } from '../section/change-note.js';
import type { PrefFields } from './pref-fields.js';
import { PushSubscriptionChangeEvent } from './notification-prefs-events.js';
import { renderAudio } from './audio-section.js';
import { renderChannelGrid, type Channel } from './channel-grid.js';
import { pushOnOffText, renderPush, type PushStatus } from './push-section.js';
import { pushState, registrationOf, subscribe } from './push.js';

type Part = 'audio' | 'email' | 'push';
/** A load's result, stamped with the write count when it started (see `willUpdate`). */
type Loaded = { writes: number; prefs: NotificationPreferences };
/** A queued change as kept on the device while it waits for the network. */
type KeptChange = { anchor: string; values: [PrefKey, PrefValue][] };

const PARTS: Part[] = ['audio', 'email', 'push'];

/**
 * The Audio, Email and Push sections of the settings page: audio alerts (which conversations, the
 * tone with a preview, the volume, when to play), the event × channel grid for email and push, and
 * this browser's push subscription.
 *
 * Every change saves at once and shows at once. Writes go one at a time; a failed one rolls back
 * only what it changed and says why next to it, with "Try again"; a reload during a save does not
 * flip a switch back. Nothing is disabled while saving.
 *
 * Offline, changes wait: each shows "Waiting for the network" next to its control, the queue is kept
 * on the device (IndexedDB, with an adapter that has `storageKey`) so a reload keeps it, and it is
 * sent in order, once, when the browser is back online. Changes saved in another tab show at once.
 *
 * `<profile-settings>` shows the three as separate sections (`sections="audio"`, `"email"`,
 * `"push"`); with email and push together, one grid has a column for each.
 *
 * @summary Audio alerts, email and push notification preferences, and browser push.
 * @tagname notification-prefs
 *
 * @fires {SettingsSavedEvent} pe-saved - A change was saved. `detail: { section: 'audio' | 'email' | 'push', value: NotificationPreferences }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'audio' | 'email' | 'push', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - Changes started or finished saving (queued changes count as unsaved). `detail: { section, dirty }`.
 * @fires {PushSubscriptionChangeEvent} pe-push-change - This browser's push subscription was turned on or off. `detail: { subscribed }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload with unsaved work here; cancelable: `preventDefault()` lets the page go without the browser's "Leave site?". `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials (expired, revoked, or replaced: `error.code === 'token-replaced'`); edits are kept, `detail.retry()` repeats what failed once the user is signed in again. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The preferences are loading.
 * @cssstate ready - The preferences have loaded.
 * @cssstate saving - A change is being saved.
 * @cssstate dirty - Changes wait to be saved (queued or in flight).
 * @cssstate error - The last load or save failed.
 * @cssstate unsupported - The adapter cannot load and save notification preferences: the element hides.
 * @cssstate waiting - Changes wait for the browser to be back online.
 * @cssstate restored - Changes that waited for the network were brought back after a reload.
 *
 * @csspart section - Each section's frame.
 * @csspart audio - The Audio section's frame (also `section`).
 * @csspart channels - The Email / Push section's frame (also `section`).
 * @csspart header - Title, description and status.
 * @csspart title - A section title.
 * @csspart description - The text under a title.
 * @csspart status - The polite live region ("Saved").
 * @csspart fieldset - Each group of audio options.
 * @csspart audio-events - The group of conversations that play a sound (also `fieldset`).
 * @csspart conditions - The group of alert conditions (also `fieldset`).
 * @csspart legend - Each group's legend.
 * @csspart option - Each radio or checkbox with its label.
 * @csspart custom - The three conversation checkboxes of the "Custom" audio choice.
 * @csspart label - The labels of the tone and volume controls.
 * @csspart tone - The tone select.
 * @csspart play - The button that plays the tone.
 * @csspart volume - The volume slider.
 * @csspart volume-value - The volume as text.
 * @csspart matrix - The event × channel table.
 * @csspart corner - The table's first header cell ("Send email notifications when…").
 * @csspart column-header - Each channel's header cell.
 * @csspart column-toggle - The checkbox that switches a whole column.
 * @csspart row - Each event's row.
 * @csspart row-header - Each event's label.
 * @csspart cell - Each event × channel cell.
 * @csspart toggle - Each event × channel checkbox.
 * @csspart field-error - A failed save's message, next to what failed.
 * @csspart waiting - "Waiting for the network", next to a change that waits to be sent.
 * @csspart retry - "Try again".
 * @csspart push - The browser push block.
 * @csspart push-title - Its title.
 * @csspart push-state - What push does in this browser now.
 * @csspart push-help - What to do about it.
 * @csspart push-button - "Enable push notifications" / "Turn off".
 * @csspart alert - A load failure, with its retry button.
 * @csspart skeleton - The placeholder while the preferences load.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-surface] - Background.
 * @cssproperty [--pe-color-field] - Control background.
 * @cssproperty [--pe-color-border] - Borders and grid lines.
 * @cssproperty [--pe-color-accent] - Checked controls, focus ring.
 * @cssproperty [--pe-color-on-accent] - Text on the accent colour.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - "Saved".
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest a section grows (40rem here).
 * @cssproperty [--pe-page-gap] - Space between the audio and the email/push sections when both show (32px).
 */
export class NotificationPrefs extends SettingsSection<Loaded> {
  static override styles = [
    themeStyles,
    formStyles,
    visuallyHidden,
    changeNoteStyles,
    notificationPrefsStyles,
  ];
  static override properties = {
    sections: {},
    vapidPublicKey: { attribute: 'vapid-public-key' },
    serviceWorkerRegistration: { attribute: false },
    customAudio: { state: true, attribute: false },
    volumeDraft: { state: true, attribute: false },
    push: { state: true, attribute: false },
    pushBusy: { state: true, attribute: false },
    pushError: { state: true, attribute: false },
  };

  /** Which sections to show: a space-separated subset of `audio email push`. */
  sections = 'audio email push';

  /** The backend's VAPID public key (base64url), needed to subscribe this browser to push. */
  vapidPublicKey = '';

  /**
   * The host's service worker registration, used to subscribe to push. When unset, the page's
   * registration is used (the page must have registered a service worker that shows pushes).
   */
  serviceWorkerRegistration: ServiceWorkerRegistration | undefined;

  /** The user chose "Custom" (kept even when the boxes then match a preset). */
  private customAudio = false;
  /** The volume while the slider is dragged (saved on release). */
  private volumeDraft: number | undefined;
  private push: PushStatus | undefined;
  private pushBusy = false;
  private pushError = '';

  #server: NotificationPreferences | undefined;
  #seen: Loaded | undefined;
  /** Writes completed so far: a load that started before one of them is older than its answer. */
  #writeCount = 0;
  /** The last announcement is a failure: heard, not shown (the message next to the control shows it). */
  #failedLast = false;
  readonly #writes = new WriteQueue();
  /** The queue as kept on the device, so changes made offline survive a reload. */
  readonly #kept = new KeptDraft<KeptChange[]>(0);
  #restoredFor: string | undefined;
  #restoredQueue = false;

  protected override readonly keepAs = 'notifications';

  /** A load failure is reported for the first section shown. */
  protected get section(): SectionName {
    return this.#shown[0] ?? 'audio';
  }

  protected async loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<Loaded> {
    const writes = this.#writeCount;
    return { writes, prefs: await adapter.loadNotificationPreferences!({ signal }) };
  }

  /** Whether changes wait to be saved: queued, or on their way. */
  override get dirty(): boolean {
    return this.#writes.queue.length > 0;
  }

  get #shown(): Part[] {
    const words = this.sections.split(/\s+/);
    return PARTS.filter((p) => words.includes(p));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Only where Push shows: asking the browser costs a few ms per element on the first render.
    if (this.#shown.includes('push')) void this.#refreshPush();
  }

  protected override get waiting(): boolean {
    return this.#writes.waitingNet && this.#writes.queue.length > 0;
  }

  protected override get restored(): boolean {
    return this.#restoredQueue;
  }

  protected override backOnline(): void {
    this.#writes.waitingNet = false;
    void this.#flush();
  }

  /** Another tab saved preferences: they show here; changes waiting in this tab keep their values. */
  protected override receive(value: unknown): void {
    this.#server = value as NotificationPreferences;
  }

  /** After signing in again: every failed change is sent again. */
  protected override retrySave(): void {
    for (const failure of [...this.#writes.failures.values()])
      this.#fields.set(failure.anchor, Object.fromEntries(failure.values));
  }

  /** Changes that waited for the network when the page last closed join the queue. */
  async #restore(scope: string) {
    this.#restoredFor = scope;
    // `<profile-settings>` shows the sections as separate elements: each keeps its own queue.
    this.#kept.key = `${scope}|notifications|${this.#shown.join(' ')}`;
    const kept = await this.#kept.read();
    if (!kept?.length || this.#restoredFor !== scope) return;
    for (const change of kept) this.#writes.add(change.anchor, new Map(change.values));
    this.#restoredQueue = true;
    this.requestUpdate();
    void this.#flush();
  }

  /** Keeps the queue on the device (or forgets it once empty). */
  #keep() {
    const queue = this.#writes.queue;
    this.#kept.write(
      queue.length ? queue.map((c) => ({ anchor: c.anchor, values: [...c.values] })) : undefined,
    );
    void this.#kept.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sections') && changed.get('sections') !== undefined && this.#shown.includes('push'))
      void this.#refreshPush();
    if (this.data && this.scope && this.painted && this.#restoredFor !== this.scope)
      void this.#restore(this.scope);
    const loaded = this.data;
    if (loaded !== this.#seen) {
      this.#seen = loaded;
      // A load that raced a write may predate it: the write's answer (a full snapshot) is newer.
      if (loaded && loaded.writes === this.#writeCount) this.#server = loaded.prefs;
    }
  }

  /** How the sections read, save and report the preferences: through the write queue. */
  readonly #fields: PrefFields = {
    get: (key) => {
      const pending = this.#writes.pending(key);
      return pending ? pending.value : storedValue(this.#server!, key);
    },
    set: (anchor, values) => {
      this.#writes.add(anchor, new Map(Object.entries(values)));
      this.#keep();
      this.announcement = '';
      this.#failedLast = false;
      this.requestUpdate();
      void this.#flush();
    },
    noted: (anchor) => this.#writes.failures.has(anchor) || this.#writes.waitsAt(anchor),
    failure: (anchor) =>
      changeNote(this.#writes, anchor, () => {
        const failure = this.#writes.failures.get(anchor)!;
        // The button goes away with the failure: keep the user's place on the control.
        this.renderRoot
          .querySelector<HTMLElement>(`[aria-describedby~="error-${anchor}"]:not(fieldset)`)
          ?.focus();
        this.#fields.set(anchor, Object.fromEntries(failure.values));
      }),
    describedBy: (anchor) => changeNoteId(this.#writes, anchor),
  };

  /** Sends the queued changes one at a time, until none is left. */
  async #flush(): Promise<void> {
    const end = await this.#writes.drain({
      offline: () => this.offline,
      // Shown as waiting once kept on the device, so a tab closed after seeing that loses nothing.
      beforeWaiting: () => this.#kept.flush(),
      send: (change) =>
        this.call(
          'save',
          (adapter, signal) => adapter.updateNotificationPreferences!(toPatch(change.values), { signal }),
          { section: change.anchor.split('.')[0] as SectionName },
        ),
      saved: (value) => {
        this.#writeCount++;
        this.#server = value as NotificationPreferences;
      },
      failed: (failure) => {
        this.announcement = notSaved(failure.error);
        this.#failedLast = true;
      },
      changed: () => {
        this.#keep();
        this.requestUpdate();
      },
      clearError: () => this.clearError(),
    });
    if (end === 'waiting') {
      this.announcement = msg('Offline: waiting to save');
      this.requestUpdate();
    } else if (end === 'saved') {
      this.#restoredQueue = false;
      this.announcement = msg('Saved');
    }
  }

  protected renderSection() {
    const shown = this.#shown;
    const channels = shown.filter((p): p is Channel => p !== 'audio');
    const only = channels.length === 1 && channels[0];
    // A failed load shows its alert in the first section; the others would only be empty headings.
    const loadFailed = !this.#server && this.status === 'error' && shown[0] === 'audio';
    return html`${
      shown[0] === 'audio'
        ? this.#frame(
            'audio',
            msg('Audio notifications'),
            msg('Play a sound in this browser when a message arrives.'),
            () =>
              renderAudio(
                this.#fields,
                { customAudio: this.customAudio, volumeDraft: this.volumeDraft },
                // Both are reactive properties: setting them renders again.
                (change) => Object.assign(this, change),
              ),
          )
        : nothing
    }
    ${
      channels.length && !loadFailed
        ? this.#frame(
            'channels',
            !only
              ? msg('Email and push notifications')
              : only === 'email'
                ? msg('Email notifications')
                : msg('Push notifications'),
            '',
            (prefs) => [
              renderChannelGrid(this.#fields, prefs.events as string[], channels),
              channels.includes('push') && this.activeAdapter?.subscribePush
                ? renderPush(this.push, this.vapidPublicKey, this.pushBusy, this.pushError, (on) =>
                    this.#togglePush(on),
                  )
                : nothing,
            ],
          )
        : nothing
    }`;
  }

  /** One section: its header (the first one also holds the status), then its content once loaded. */
  #frame(
    id: 'audio' | 'channels',
    title: string,
    description: string,
    content: (prefs: NotificationPreferences) => unknown,
  ): TemplateResult {
    const first = id === this.#firstFrame;
    return html`<section
      part="section ${id}"
      aria-labelledby="title-${id}"
      aria-busy=${this.status === 'loading'}
    >
      <header part="header">
        <h2 id="title-${id}" part="title">${title}</h2>
        ${
          first
            ? html`<p
                part="status"
                role="status"
                class=${this.#failedLast ? 'visually-hidden' : this.waiting ? 'waiting-status' : 'success'}
              >
                ${this.announcement}
              </p>`
            : nothing
        }
        ${description ? html`<p part="description">${description}</p>` : nothing}
      </header>
      ${
        this.#server
          ? content(this.#server)
          : this.status === 'error'
            ? first
              ? this.renderAlert()
              : nothing
            : html`<div part="skeleton" class="skeleton" role="status">
                <span class="visually-hidden">${msg('Loading your notification settings…')}</span>
              </div>`
      }
    </section>`;
  }

  get #firstFrame() {
    return this.#shown[0] === 'audio' ? 'audio' : 'channels';
  }

  // ---- Browser push ------------------------------------------------------------------------------

  async #refreshPush(): Promise<void> {
    const state = pushState();
    let subscribed = false;
    if (state === 'granted') {
      try {
        const registration = await registrationOf(this.serviceWorkerRegistration);
        subscribed = !!(await registration?.pushManager.getSubscription());
      } catch {
        // No way to tell: show it as off, so the user can turn it on.
      }
    }
    this.push = { state, subscribed };
  }

  /** Turns push on (asking permission, subscribing, telling the backend) or off in this browser. */
  async #togglePush(on: boolean): Promise<void> {
    if (this.pushBusy) return;
    this.pushBusy = true;
    this.pushError = '';
    let subscription: PushSubscription | null | undefined;
    /** This call subscribed the browser: a refusal drops what it made, never a subscription from before. */
    let created = false;
    try {
      if (on) {
        ({ subscription, created } = await subscribe(this.serviceWorkerRegistration, this.vapidPublicKey));
        const json = subscription.toJSON();
        const told = await this.call('save', (adapter, signal) => adapter.subscribePush!(json, { signal }), {
          section: 'push',
          secret: true,
        });
        if (!told?.ok) {
          // The backend did not take it: leave no subscription of ours that nobody pushes to.
          if (created) await subscription.unsubscribe().catch(() => {});
          if (told) this.pushError = errorMessage(told.error);
          return;
        }
      } else {
        subscription = await (
          await registrationOf(this.serviceWorkerRegistration)
        )?.pushManager.getSubscription();
        await subscription?.unsubscribe();
        // Unsubscribed here, the endpoint is dead; a backend that missed this drops it on its next push.
        const json = subscription?.toJSON();
        if (json && this.activeAdapter?.unsubscribePush)
          await this.call('save', (adapter, signal) => adapter.unsubscribePush!(json, { signal }), {
            quiet: true,
          });
      }
      this.announcement = pushOnOffText(on);
      this.dispatchEvent(new PushSubscriptionChangeEvent({ subscribed: on }));
    } catch (e) {
      // The browser refused (permission, push service): the backend was not involved.
      if (on && created) await subscription?.unsubscribe().catch(() => {});
      const state = pushState();
      if (state === 'default') {
        this.pushError = msg('Notifications were not allowed. Choose “Allow” when your browser asks.');
      } else if (state === 'granted') {
        // (A refusal shows as the "blocked" state itself.) The cause is for the site's developer.
        this.pushError = msg('This browser could not subscribe to push notifications. Try again later.');
        console.error('profile-elements: push subscription failed', e);
      }
    } finally {
      this.pushBusy = false;
      await this.#refreshPush();
    }
  }
}
