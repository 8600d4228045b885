import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { live } from '../shared/live.js';
import { msg, updateWhenLocaleChanges } from '../shared/localize.js';
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  isSettingsError,
  type SettingsError,
  type AudioAlertEvent,
  type AudioTone,
  type NotificationPreferences,
  type SettingsAdapter,
} from '@profile-elements/core';
import { SectionController, toSettingsError } from '../shared/section-controller.js';
import { SettingsFailedEvent, SettingsSavedEvent, type SectionName } from '../shared/events.js';
import { errorMessage } from '../shared/error-message.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { notificationPrefsStyles } from './notification-prefs.styles.js';
import { PrefWrites, storedValue, toPatch, type PrefKey } from './pref-writes.js';
import { audioEventLabel, channelLabel, eventLabel, toneLabel } from './labels.js';
import { pushState, registrationOf, subscribe, type PushState } from './push.js';
import { PushSubscriptionChangeEvent } from './notification-prefs-events.js';
import { playTone } from './tones.js';

type Part = 'audio' | 'email' | 'push';
type Channel = 'email' | 'push';
type Preset = 'none' | 'assigned' | 'all' | 'custom';
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
  private push: { state: PushState; subscribed: boolean } | undefined;
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

  /** What to show for `key`: the user's unsaved choice, else what the server has. */
  #get(key: PrefKey): unknown {
    const pending = this.#writes.pending(key);
    return pending ? pending.value : storedValue(this.#server!, key);
  }

  /** Applies a change at once and queues its write; `anchor` is where its outcome shows. */
  #set(anchor: string, values: Record<PrefKey, unknown>): void {
    this.#writes.add(anchor, new Map(Object.entries(values)));
    this.announcement = '';
    this.#failedLast = false;
    this.requestUpdate();
    void this.#flush();
  }

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
            (prefs) => this.#renderAudio(prefs),
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
              this.#renderMatrix(prefs, channels),
              channels.includes('push') && this.#section.adapter?.subscribePush
                ? this.#renderPush()
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

  /** The failure of the change anchored at `anchor`, next to it: why, and "Try again" when it may help. */
  #failure(anchor: string) {
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
                  this.#set(anchor, Object.fromEntries(failure.values));
                })
              : nothing
          }
        </p>`
      : nothing;
  }

  #describedBy(anchor: string) {
    return this.#writes.failures.has(anchor) ? `error-${anchor}` : nothing;
  }

  // ---- Audio -------------------------------------------------------------------------------------

  #renderAudio(_prefs: NotificationPreferences) {
    const events = this.#get('audio.events') as AudioAlertEvent[];
    const preset: Preset = this.customAudio
      ? 'custom'
      : !events.length
        ? 'none'
        : events.length === 3
          ? 'all'
          : events + '' === 'assigned'
            ? 'assigned'
            : 'custom';
    const tone = this.#get('audio.tone') as AudioTone;
    const volume = this.volumeDraft ?? (this.#get('audio.volume') as number);
    const percent = Math.round(volume * 100) + '%';
    const choices: [Preset, string][] = [
      ['none', msg('None (the default)')],
      ['assigned', msg('Conversations assigned to me')],
      ['all', msg('All conversations')],
      ['custom', msg('Custom')],
    ];
    return html`<fieldset part="fieldset audio-events" aria-describedby=${this.#describedBy('audio.events')}>
        <legend part="legend">${msg('Play a sound for')}</legend>
        ${choices.map(
          ([value, label]) =>
            html`<label part="option"
              ><input
                type="radio"
                name="audio-events"
                .checked=${live(preset === value)}
                @change=${() => this.#pickPreset(value)}
              />${label}</label
            >`,
        )}
        ${
          preset === 'custom'
            ? html`<div part="custom">
                ${AUDIO_ALERT_EVENTS.map((event) =>
                  this.#check(
                    'audio.events',
                    audioEventLabel(event),
                    events.includes(event),
                    AUDIO_ALERT_EVENTS.filter((e) => (e === event) !== events.includes(e)),
                  ),
                )}
              </div>`
            : nothing
        }
        ${this.#failure('audio.events')}
      </fieldset>
      <div class="controls">
        <div class="field">
          <label for="tone" part="label">${msg('Alert tone')}</label>
          <div>
            <select
              id="tone"
              part="tone"
              aria-describedby=${this.#describedBy('audio.tone')}
              @change=${(e: Event) => this.#set('audio.tone', { 'audio.tone': (e.target as HTMLSelectElement).value })}
            >
              ${AUDIO_TONES.map((t) => html`<option value=${t} ?selected=${t === tone}>${toneLabel(t)}</option>`)}
            </select>
            <button type="button" part="play" @click=${() => playTone(tone, volume).catch(() => {})}>
              ${msg('Play')}
            </button>
          </div>
          ${this.#failure('audio.tone')}
        </div>
        <div class="field">
          <label for="volume" part="label">${msg('Volume')}</label>
          <div>
            <input
              id="volume"
              part="volume"
              type="range"
              step="5"
              .value=${live(String(Math.round(volume * 100)))}
              aria-valuetext=${percent}
              aria-describedby=${this.#describedBy('audio.volume')}
              @input=${(e: Event) => (this.volumeDraft = +(e.target as HTMLInputElement).value / 100)}
              @change=${(e: Event) => {
                this.volumeDraft = undefined;
                this.#set('audio.volume', { 'audio.volume': +(e.target as HTMLInputElement).value / 100 });
              }}
            />
            <output for="volume" part="volume-value">${percent}</output>
          </div>
          ${this.#failure('audio.volume')}
        </div>
      </div>
      <fieldset part="fieldset conditions">
        <legend part="legend">${msg('Alert conditions')}</legend>
        ${this.#check('audio.alwaysPlay', msg('Play even when this tab is active'))}
        ${this.#failure('audio.alwaysPlay')}
        ${this.#check('audio.repeatWhileUnread', msg('Repeat every 30 seconds while an assigned conversation is unread'))}
        ${this.#failure('audio.repeatWhileUnread')}
      </fieldset>`;
  }

  /** A labelled checkbox that saves `key` as `on` (the box's state) or as `value` when given. */
  #check(key: PrefKey, label: string, on = !!this.#get(key), value?: unknown) {
    return html`<label part="option"
      ><input
        type="checkbox"
        .checked=${live(on)}
        aria-describedby=${this.#describedBy(key)}
        @change=${(e: Event) => this.#set(key, { [key]: value ?? checked(e) })}
      />${label}</label
    >`;
  }

  #pickPreset(preset: Preset): void {
    this.customAudio = preset === 'custom';
    if (preset === 'custom') return;
    const events: AudioAlertEvent[] =
      preset === 'none' ? [] : preset === 'assigned' ? ['assigned'] : [...AUDIO_ALERT_EVENTS];
    this.#set('audio.events', { 'audio.events': events });
  }

  // ---- Email × push grid -------------------------------------------------------------------------

  #renderMatrix(prefs: NotificationPreferences, channels: Channel[]) {
    const events = prefs.events as string[];
    const box = (
      key: string,
      r: number,
      c: number,
      on: boolean,
      values: Record<PrefKey, boolean>,
      label: string,
    ) =>
      html`<input
        type="checkbox"
        part=${r ? 'toggle' : 'column-toggle'}
        data-r=${r}
        data-c=${c}
        aria-labelledby=${label}
        aria-describedby=${this.#describedBy(key)}
        .checked=${live(on)}
        .indeterminate=${!r && !on && events.some((e) => this.#get(`${key.split('.')[0]}.${e}`))}
        @change=${(e: Event) => this.#set(key, Object.fromEntries(Object.keys(values).map((k) => [k, checked(e)])))}
      />`;
    return html`<table part="matrix" @keydown=${this.#onGridKey}>
        <thead>
          <tr>
            <th scope="col" part="corner">
              ${
                channels.length > 1
                  ? msg('Notify me when…')
                  : channels[0] === 'email'
                    ? msg('Send email notifications when…')
                    : msg('Send push notifications when…')
              }
            </th>
            ${channels.map((channel, c) => {
              const keys = Object.fromEntries(events.map((e) => [`${channel}.${e}`, true]));
              return html`<th scope="col" part="column-header">
                <span id="col-${channel}">${channelLabel(channel)}</span>
                ${box(
                  `${channel}.*`,
                  0,
                  c,
                  events.every((e) => this.#get(`${channel}.${e}`)),
                  keys,
                  `col-${channel} all-${channel}`,
                )}
                <span id="all-${channel}" class="visually-hidden">${msg('all events')}</span>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${events.map((event, r) => {
            const failed = channels.filter((channel) => this.#writes.failures.has(`${channel}.${event}`));
            return html`<tr part="row">
                <th scope="row" part="row-header" id="row-${event}">${eventLabel(event)}</th>
                ${channels.map((channel, c) => {
                  const key = `${channel}.${event}`;
                  return html`<td part="cell">
                    ${box(key, r + 1, c, !!this.#get(key), { [key]: true }, `col-${channel} row-${event}`)}
                  </td>`;
                })}
              </tr>
              ${
                failed.length
                  ? html`<tr class="row-error">
                      <td colspan=${channels.length + 1}>
                        ${failed.map((channel) => this.#failure(`${channel}.${event}`))}
                      </td>
                    </tr>`
                  : nothing
              }`;
          })}
        </tbody>
      </table>
      ${channels.map((channel) => this.#failure(`${channel}.*`))}`;
  }

  /** Arrow keys move between the grid's checkboxes (Tab still visits each one). */
  #onGridKey = (e: KeyboardEvent) => {
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    const from = e.target as HTMLElement;
    if (!step || !from.dataset['r']) return;
    const next = this.renderRoot.querySelector<HTMLInputElement>(
      `[data-r="${+from.dataset['r'] + step[0]!}"][data-c="${+from.dataset['c']! + step[1]!}"]`,
    );
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

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
      this.announcement = on
        ? msg('Push notifications are on in this browser.')
        : msg('Push notifications are off in this browser.');
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

  #renderPush() {
    const push = this.push;
    if (!push) return nothing;
    const on = push.subscribed;
    // Without the site's VAPID key nobody can subscribe: say so rather than offer a button that fails.
    const state = this.vapidPublicKey || on || push.state === 'denied' ? push.state : 'unset';
    const [text, help] = {
      unset: [msg('Push notifications are not set up on this site.')],
      unsupported: [
        msg('This browser cannot receive push notifications.'),
        msg(
          'Push needs a secure (https) page and a recent Chrome, Edge, Firefox or Safari. In Brave, turn on “Use Google services for push messaging” in its privacy settings. On iPhone and iPad, add this site to the Home Screen first.',
        ),
      ],
      denied: [
        msg('Notifications are blocked for this site.'),
        msg(
          'To allow them again, click the icon left of the address bar, set Notifications to “Allow” in the site settings, then reload this page.',
        ),
      ],
      default: [
        msg('Push notifications are off in this browser.'),
        msg('Your browser will ask for permission.'),
      ],
      granted: [
        on
          ? msg('Push notifications are on in this browser.')
          : msg('Push notifications are off in this browser.'),
      ],
    }[state];
    return html`<div part="push">
      <h3 part="push-title">${msg('This browser')}</h3>
      <p part="push-state">${text}</p>
      ${help ? html`<p part="push-help" class="hint">${help}</p>` : nothing}
      ${
        state === 'default' || state === 'granted'
          ? html`<button
              type="button"
              part="push-button"
              class=${on ? '' : 'primary'}
              aria-disabled=${this.pushBusy}
              @click=${() => this.#togglePush(!on)}
            >
              ${on ? msg('Turn off in this browser') : msg('Enable push notifications')}
            </button>`
          : nothing
      }
      ${this.pushError ? html`<p part="field-error" class="error" role="alert">${this.pushError}</p>` : nothing}
    </div>`;
  }
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/** Why a change did not save. A rolled-back change is not "kept", whatever the shared wording says. */
const notSaved = (error: SettingsError) =>
  error.kind === 'network'
    ? msg("Not saved: couldn't reach the server.")
    : error.kind === 'server'
      ? msg('Not saved: something went wrong on the server.')
      : errorMessage(error);
