import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '../shared/localize.js';
import {
  isSettingsError,
  type SettingsError,
  type NotificationPreferences,
  type SettingsAdapter,
} from '@profile-elements/core';
import { SectionController, toSettingsError } from '../shared/section-controller.js';
import { SettingsFailedEvent, SettingsSavedEvent, type SectionName } from '../shared/events.js';
import { errorMessage } from '../shared/error-message.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { notificationPrefsStyles } from './notification-prefs.styles.js';
import { PrefWrites, storedValue, toPatch } from './pref-writes.js';
import type { PrefFields } from './pref-fields.js';
import { PushSubscriptionChangeEvent } from './notification-prefs-events.js';
import { renderAudio } from './audio-section.js';
import { renderChannelGrid, type Channel } from './channel-grid.js';
import { pushOnOffText, renderPush, type PushStatus } from './push-section.js';
import { pushState, registrationOf, subscribe } from './push.js';

type Part = 'audio' | 'email' | 'push';
/** A load's result, stamped with the write count when it started (see `willUpdate`). */
type Loaded = { writes: number; prefs: NotificationPreferences };

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
 * `<profile-settings>` shows the three as separate sections (`sections="audio"`, `"email"`,
 * `"push"`); with email and push together, one grid has a column for each.
 *
 * @summary Audio alerts, email and push notification preferences, and browser push.
 * @tagname notification-prefs
 *
 * @fires pe-saved - A change was saved. `detail: { section: 'audio' | 'email' | 'push', value: NotificationPreferences }`.
 * @fires pe-failed - Loading or saving failed. `detail: { section, during: 'load' | 'save', error: SettingsError }`.
 * @fires pe-push-change - This browser's push subscription was turned on or off. `detail: { subscribed }`.
 *
 * @csspart section - Each section's frame (`section audio`, `section channels`).
 * @csspart header - Title, description and status.
 * @csspart title - A section title.
 * @csspart description - The text under a title.
 * @csspart status - The polite live region ("Saved").
 * @csspart fieldset - Each group of audio options (`fieldset audio-events`, `fieldset conditions`).
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
 * @csspart retry - "Try again".
 * @csspart push - The browser push block.
 * @csspart push-title - Its title.
 * @csspart push-state - What push does in this browser now.
 * @csspart push-help - What to do about it.
 * @csspart push-button - "Enable push notifications" / "Turn off".
 * @csspart alert - A load failure.
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
export class NotificationPrefs extends LitElement {
  static override styles = [themeStyles, formStyles, visuallyHidden, notificationPrefsStyles];
  static override properties = {
    adapter: { attribute: false },
    sections: {},
    vapidPublicKey: { attribute: 'vapid-public-key' },
    serviceWorkerRegistration: { attribute: false },
    announcement: { state: true, attribute: false },
    customAudio: { state: true, attribute: false },
    volumeDraft: { state: true, attribute: false },
    push: { state: true, attribute: false },
    pushBusy: { state: true, attribute: false },
    pushError: { state: true, attribute: false },
  };

  /** The backend to use. When unset, the nearest `<settings-provider>` or `<profile-settings>` supplies it. */
  adapter: SettingsAdapter | undefined;

  /** Which sections to show: a space-separated subset of `audio email push`. */
  sections = 'audio email push';

  /** The backend's VAPID public key (base64url), needed to subscribe this browser to push. */
  vapidPublicKey = '';

  /**
   * The host's service worker registration, used to subscribe to push. When unset, the page's
   * registration is used (the page must have registered a service worker that shows pushes).
   */
  serviceWorkerRegistration: ServiceWorkerRegistration | undefined;

  private announcement = '';
  /** The user chose "Custom" (kept even when the boxes then match a preset). */
  private customAudio = false;
  /** The volume while the slider is dragged (saved on release). */
  private volumeDraft: number | undefined;
  private push: PushStatus | undefined;
  private pushBusy = false;
  private pushError = '';

  #server: NotificationPreferences | undefined;
  #seen: Loaded | null | undefined;
  /** Writes completed so far: a load that started before one of them is older than its answer. */
  #writeCount = 0;
  /** The last announcement is a failure: heard, not shown (the message next to the control shows it). */
  #failedLast = false;
  readonly #writes = new PrefWrites();
  readonly #section: SectionController<Loaded | null>;
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    const first = () => this.#shown[0] ?? 'audio';
    this.#section = new SectionController<Loaded | null>(this, {
      // A failed load is reported for the first section shown.
      get section() {
        return first();
      },
      load: async (adapter, signal) => {
        if (!adapter.loadNotificationPreferences || !adapter.updateNotificationPreferences) return null;
        const writes = this.#writeCount;
        return { writes, prefs: await adapter.loadNotificationPreferences({ signal }) };
      },
    });
  }

  /** Loads the preferences again. Changes not saved yet keep their values. */
  reload(): Promise<void> {
    return this.#section.load();
  }

  get #shown(): Part[] {
    const words = this.sections.split(/\s+/);
    return PARTS.filter((p) => words.includes(p));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#refreshPush();
  }

  protected override willUpdate(): void {
    const loaded = this.#section.value;
    if (loaded !== this.#seen) {
      this.#seen = loaded;
      // A load that raced a write may predate it: the write's answer (a full snapshot) is newer.
      if (loaded && loaded.writes === this.#writeCount) this.#server = loaded.prefs;
      // No capability: the whole element hides (`:host(:state(unsupported))`).
      this.#internals.states?.[loaded === null ? 'add' : 'delete']('unsupported');
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
      this.announcement = '';
      this.#failedLast = false;
      this.requestUpdate();
      void this.#flush();
    },
    failed: (anchor) => this.#writes.failures.has(anchor),
    failure: (anchor) => {
      const failure = this.#writes.failures.get(anchor);
      return failure
        ? html`<p class="error" part="field-error" id="error-${anchor}">
            ${notSaved(failure.error)}
            ${
              failure.error.retryable
                ? this.#retry(() => {
                    // The button goes away with the failure: keep the user's place on the control.
                    this.renderRoot
                      .querySelector<HTMLElement>(`[aria-describedby~="error-${anchor}"]:not(fieldset)`)
                      ?.focus();
                    this.#fields.set(anchor, Object.fromEntries(failure.values));
                  })
                : nothing
            }
          </p>`
        : nothing;
    },
    describedBy: (anchor) => (this.#writes.failures.has(anchor) ? `error-${anchor}` : nothing),
  };

  /** Sends the queued changes one at a time, until none is left. */
  async #flush(): Promise<void> {
    const writes = this.#writes;
    if (writes.busy) return;
    writes.busy = true;
    let failed = false;
    while (writes.queue.length) {
      const change = writes.queue[0]!;
      const section = change.anchor.split('.')[0] as SectionName;
      try {
        const prefs = await this.#section.adapter!.updateNotificationPreferences!(toPatch(change.values));
        this.#writeCount++;
        this.#server = prefs;
        this.dispatchEvent(new SettingsSavedEvent({ section, value: prefs }));
      } catch (e) {
        const error = toSettingsError(e);
        this.dispatchEvent(new SettingsFailedEvent({ section, during: 'save', error }));
        // Keys the user has changed again since are not failures: their newer value is on its way.
        const later = writes.queue.slice(1);
        const values = new Map([...change.values].filter(([key]) => !later.some((c) => c.values.has(key))));
        if (values.size) {
          failed = true;
          writes.failures.set(change.anchor, { anchor: change.anchor, values, error });
          this.announcement = notSaved(error);
          this.#failedLast = true;
        }
      }
      writes.queue.shift();
      this.requestUpdate();
    }
    writes.busy = false;
    if (!failed) this.announcement = msg('Saved');
  }

  protected override render() {
    if (this.#section.value === null) return nothing;
    const shown = this.#shown;
    const channels = shown.filter((p): p is Channel => p !== 'audio');
    const only = channels.length === 1 && channels[0];
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
      channels.length
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
              channels.includes('push') && this.#section.adapter?.subscribePush
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
    const section = this.#section;
    const first = id === this.#firstFrame;
    const error = section.status === 'error' && first && section.error;
    return html`<section
      part="section ${id}"
      aria-labelledby="title-${id}"
      aria-busy=${section.status === 'loading'}
    >
      <header part="header">
        <h2 id="title-${id}" part="title">${title}</h2>
        ${
          first
            ? html`<p part="status" role="status" class=${this.#failedLast ? 'visually-hidden' : 'success'}>
                ${this.announcement}
              </p>`
            : nothing
        }
        ${description ? html`<p part="description">${description}</p>` : nothing}
      </header>
      ${
        this.#server
          ? content(this.#server)
          : error
            ? html`<div part="alert" role="alert">
                <p>${errorMessage(error)}</p>
                ${error.retryable ? this.#retry(() => section.load()) : nothing}
              </div>`
            : html`<div class="skeleton" role="status">
                <span class="visually-hidden">${msg('Loading your notification settings…')}</span>
              </div>`
      }
    </section>`;
  }

  get #firstFrame() {
    return this.#shown[0] === 'audio' ? 'audio' : 'channels';
  }

  #retry(retry: () => void) {
    return html`<button type="button" part="retry" @click=${retry}>${msg('Try again')}</button>`;
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
    const adapter = this.#section.adapter!;
    let subscription: PushSubscription | null | undefined;
    try {
      if (on) {
        subscription = await subscribe(this.serviceWorkerRegistration, this.vapidPublicKey);
        await adapter.subscribePush!(subscription.toJSON());
      } else {
        subscription = await (
          await registrationOf(this.serviceWorkerRegistration)
        )?.pushManager.getSubscription();
        await subscription?.unsubscribe();
        // Unsubscribed here, the endpoint is dead; a backend that missed this drops it on its next push.
        if (subscription) await adapter.unsubscribePush?.(subscription.toJSON()).catch(() => {});
      }
      this.announcement = pushOnOffText(on);
      this.dispatchEvent(new PushSubscriptionChangeEvent({ subscribed: on }));
    } catch (e) {
      // The backend did not take it: leave no subscription that nobody pushes to.
      if (on) await subscription?.unsubscribe().catch(() => {});
      const state = pushState();
      if (isSettingsError(e)) {
        this.pushError = errorMessage(e);
        this.dispatchEvent(new SettingsFailedEvent({ section: 'push', during: 'save', error: e }));
      } else if (state === 'default') {
        this.pushError = msg('Notifications were not allowed. Choose “Allow” when your browser asks.');
      } else if (state === 'granted') {
        // (A refusal shows as the "blocked" state itself.) The cause is for the site's developer.
        this.pushError = msg('This browser could not subscribe to push notifications. Try again later.');
        console.error('profile-elements: push subscription failed', e);
      }
    }
    this.pushBusy = false;
    await this.#refreshPush();
  }
}

/** Why a change did not save. A rolled-back change is not "kept", whatever the shared wording says. */
const notSaved = (error: SettingsError) =>
  error.kind === 'network'
    ? msg("Not saved: couldn't reach the server.")
    : error.kind === 'server'
      ? msg('Not saved: something went wrong on the server.')
      : errorMessage(error);
