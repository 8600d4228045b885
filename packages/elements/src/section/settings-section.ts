import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  SettingsError,
  isAbortError,
  isSettingsError,
  nextSectionStatus,
  tabChannel,
  type TabMessage,
  type SectionEvent,
  type SectionStatus,
  type SettingsAdapter,
} from '@profile-elements/core';
import { msg, updateWhenLocaleChanges } from '../shared/localize.js';
import { speakPageLanguage, stopSpeakingPageLanguage } from '../locale/page-locale.js';
import { adapterContext } from './adapter-context.js';
import { checkAdapter } from '#dev-warnings';
import { SECTION_SUPPORT } from './capabilities.js';
import { setStates } from './custom-states.js';
import {
  SessionExpiredEvent,
  SettingsDirtyChangeEvent,
  SettingsFailedEvent,
  SettingsLeaveEvent,
  SettingsSavedEvent,
  type SectionName,
} from './events.js';
import { FieldFeedback } from './field-feedback.js';
import { sectionAlert } from './section-alert.js';
import { afterPaint, nextFrame } from '../shared/frames.js';

/** One adapter call: what it needs and where it reports. */
export type AdapterCall<R> = (adapter: SettingsAdapter, signal: AbortSignal) => Promise<R>;

export interface CallOptions {
  /** The section named in the outcome event (default: the element's own `section`). */
  section?: SectionName;
  /** The result is a secret (a token): the `pe-saved` event carries `null` instead. */
  secret?: boolean;
  /** Fire no outcome event and keep no error (a best-effort call whose failure the user cannot act on). */
  quiet?: boolean;
}

/** How an adapter call ended. `undefined` from a call means it was refused or cancelled: say nothing. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: SettingsError };

/**
 * The base of every section element: everything between the template and the adapter.
 *
 * - **Adapter**: the `adapter` property, else the nearest `<settings-provider>` / `<profile-settings>`
 *   (context). A section whose capability the adapter lacks renders nothing and is
 *   `:state(unsupported)` (hidden by default); the rule is `SECTION_SUPPORT`, shared with
 *   `<profile-settings>`.
 * - **Loading** (`loadData`) starts when an adapter arrives or changes, is cancelled (its signal
 *   aborted) when the element leaves the page or another load starts, and runs again on return.
 * - **Saving** (`save`) follows core's section state machine, so a second save while one runs is
 *   refused: nothing is submitted twice. Every call gets an `AbortSignal`, aborted when the element
 *   leaves the page.
 * - **Failures** are `SettingsError`s only: anything else an adapter throws is reported (console) as
 *   an adapter bug and shown as a server failure. A failed save puts the backend's per-field messages
 *   on the section's `fields` and moves focus to the first field in error.
 * - **Kept and shared** (sections with a `keepAs` name, when the adapter has `storageKey`): the
 *   section knows its `scope` (backend and user) after a load, hears other tabs' saves of the same
 *   scope and data (`receive`), and tells them of its own.
 * - **Leaving** with unsaved work (`dirty`): the section fires a cancelable `pe-before-leave`, and
 *   unless the host cancels it, asks the browser to confirm leaving the page.
 * - **Expired credentials**: an `auth` failure also fires `pe-session-expired`, whose `retry()`
 *   repeats what failed once the host has signed the user in again; the user's edits stay.
 * - **Outcomes** leave as `pe-saved` / `pe-failed` / `pe-dirty-change` events, and as custom states:
 *   `:state(loading)`, `:state(ready)` (data loaded), `:state(saving)`, `:state(dirty)`,
 *   `:state(error)` (the last call failed), `:state(unsupported)`.
 *
 * A section is then its fields (`fields`, `clientError`), its data (`loadData`), its saves (`save`)
 * and its template (`renderSection`).
 *
 * @typeParam T the section's data, as `loadData` returns it
 * @typeParam F the names of its fields, as the adapter's `SettingsError.fields` names them
 */
export abstract class SettingsSection<T, F extends string = never> extends LitElement {
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The backend to use. When unset, the nearest `<settings-provider>` or `<profile-settings>` supplies it. */
  adapter: SettingsAdapter | undefined;

  /** The section's name in events and in `<profile-settings hidden-sections>`. */
  protected abstract readonly section: SectionName;
  /** The fields whose backend errors this section shows, in the order focus looks for the first error. */
  protected readonly fields: readonly F[] = [];
  /** When each field shows its message (touched, submitted, the server's verdict). */
  protected readonly feedback = new FieldFeedback<F>();

  /** Where the section is in its life (core's state machine). */
  protected status: SectionStatus = 'idle';
  /** The section's data as the backend last returned it. */
  protected data: T | undefined;
  /** The last failure, until the next call of the same kind succeeds. */
  protected error: SettingsError | undefined;
  protected failedDuring: 'load' | 'save' | undefined;
  /** What the section's polite live region (`part="status"`) says. */
  protected announcement = '';
  /**
   * The name the section's data is kept on the device and shared with other tabs under
   * (`profile`, `notifications`); `undefined`: nothing is kept or shared.
   */
  protected readonly keepAs: string | undefined = undefined;
  /** The adapter's `storageKey` (backend and user), known after a load when the section keeps data. */
  protected scope: string | undefined;

  readonly #context = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #internals = this.attachInternals();
  /** The adapter the current data (or the load in flight) came from. */
  #loadedFrom: SettingsAdapter | undefined;
  #loading: AbortController | undefined;
  /** Every call in flight but the load, aborted when the element leaves the page. */
  readonly #calls = new Set<AbortController>();
  #writes = 0;
  #wasDirty = false;
  #stopListening: (() => void) | undefined;
  /** When the data was last saved here or heard from another tab (see `TabMessage.at`). */
  #dataAt = 0;
  readonly #onBeforeUnload = (event: BeforeUnloadEvent) => this.#beforeUnload(event);
  readonly #onOnline = () => this.backOnline();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Loads the section's data. Called when an adapter arrives or changes, and by `reload()`. */
  protected abstract loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<T>;
  /** The template, once the adapter (if any) is known to support the section. */
  protected abstract renderSection(): unknown;

  /** The adapter in use: the element's own, else the provided one. */
  protected get activeAdapter(): SettingsAdapter | undefined {
    return this.adapter ?? this.#context.value;
  }

  /** Whether the adapter in use lacks this section's capability (unknown until there is one). */
  get unsupported(): boolean {
    const adapter = this.activeAdapter;
    return !!adapter && !SECTION_SUPPORT[this.section](adapter);
  }

  /** Whether there are edits that are not saved yet. */
  get dirty(): boolean {
    return false;
  }

  /** Whether a save waits for the network (`:state(waiting)`). */
  protected get waiting(): boolean {
    return false;
  }

  /** Whether unsaved work kept on the device was brought back after a reload (`:state(restored)`). */
  protected get restored(): boolean {
    return false;
  }

  /** Whether the browser says it is offline (a save then waits for the network, where the section can). */
  protected get offline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  /** The browser is back online: sections send what waited. */
  protected backOnline(): void {}

  /** Forgets the last failure (a save that failed because the network went now waits for it instead). */
  protected clearError(): void {
    this.error = this.failedDuring = undefined;
    if (this.status === 'error') this.#settle();
  }

  /** Another tab of the same scope saved this section's data; `value` is what the backend now holds. */
  protected receive(_value: unknown): void {}

  /** Repeats the last failed save (after the user signed in again); by default, nothing to repeat. */
  protected retrySave(): void {}

  /** The client-side rule's message for a field, whether or not it is time to show it. */
  protected clientError(_field: F): string | null {
    return null;
  }

  /** The message to show under a field now (the server's, else the client rule's when due), or `null`. */
  protected errorFor(field: F): string | null {
    return this.feedback.message(field, this.clientError(field));
  }

  /**
   * Before a save: counts as a submit for the fields' feedback and checks every field. `false` (and
   * focus moves to the first field in error) when one fails. Synchronous, so that the save starts in
   * the same task as the submit and a second submit finds the section already saving.
   */
  protected validate(): boolean {
    this.feedback.submitted = true;
    if (!this.fields.some((f) => this.clientError(f))) return true;
    void this.focusFirstError();
    return false;
  }

  /** Moves focus to the first field marked invalid, once the messages are on screen. */
  protected async focusFirstError(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Says `text` in the section's live region; said again even when it is the same as last time. */
  protected async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  /** Whether the last failure put messages on this section's fields (then no banner is needed). */
  protected get failedOnFields(): boolean {
    const fields = this.error?.fields ?? {};
    return this.fields.some((f) => (fields as Record<string, string[] | undefined>)[f]?.length);
  }

  /**
   * The failure banner with "Try again" (when trying again can help): for a failed load, or for a
   * failed save whose error is not on a field. `retrySave` repeats the save; without it, a failed
   * save shows no banner.
   */
  protected renderAlert(retrySave?: () => void): unknown {
    const error = this.error;
    if (!error || this.status !== 'error') return nothing;
    if (this.failedDuring === 'load') return sectionAlert(error, () => void this.reload());
    return retrySave && !this.failedOnFields ? sectionAlert(error, retrySave) : nothing;
  }

  /**
   * The section's content once its data has loaded; before, a placeholder (heard as "Loading…"), or
   * the load's failure with "Try again".
   */
  protected renderLoaded(content: (data: T) => unknown): unknown {
    if (this.data !== undefined) return content(this.data);
    if (this.status === 'error') return this.renderAlert();
    return html`<div part="skeleton" class="skeleton" role="status">
      <span class="visually-hidden">${msg('Loading…')}</span>
    </div>`;
  }

  /** (Re)loads the section; a load already running is cancelled first. */
  async reload(): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter || this.unsupported || !this.#go('load')) return;
    this.#loading?.abort();
    const controller = (this.#loading = new AbortController());
    this.#loadedFrom = adapter;
    try {
      const [data, scope] = await Promise.all([
        this.loadData(adapter, controller.signal),
        this.#scopeOf(adapter, controller.signal),
      ]);
      if (controller.signal.aborted) return;
      this.scope = scope;
      this.data = data;
      if (this.failedDuring === 'load') this.error = this.failedDuring = undefined;
      this.#go('loaded');
    } catch (error) {
      if (!controller.signal.aborted) this.#fail('load', error, {});
    } finally {
      if (this.#loading === controller) this.#loading = undefined;
    }
  }

  /** The backend and user this section's kept data belongs to; a failure only means nothing is kept. */
  #scopeOf(adapter: SettingsAdapter, signal: AbortSignal): Promise<string | undefined> {
    if (!this.keepAs || !adapter.storageKey) return Promise.resolve(undefined);
    return adapter.storageKey({ signal }).catch(() => undefined);
  }

  /**
   * Saves through the adapter, one save at a time (a second one while the first runs is refused and
   * resolves `undefined`, as does a save cancelled by leaving the page). Fires `pe-saved` or
   * `pe-failed`; a failure's field messages go onto the section's fields.
   */
  protected async save<R>(run: AdapterCall<R>, options: CallOptions = {}): Promise<Outcome<R> | undefined> {
    if (!this.activeAdapter || !this.#go('save')) return undefined;
    this.announcement = '';
    const outcome = await this.call('save', run, options);
    if (outcome?.ok) this.#go('saved');
    else if (!outcome) this.#settle();
    return outcome;
  }

  /**
   * One adapter call outside the load/save life: a write that may overlap others (the notification
   * switches) or a read on demand (the token). Reports like `save`, without its one-at-a-time rule.
   */
  protected async call<R>(
    during: 'load' | 'save',
    run: AdapterCall<R>,
    options: CallOptions = {},
  ): Promise<Outcome<R> | undefined> {
    const adapter = this.activeAdapter;
    if (!adapter) return undefined;
    const controller = new AbortController();
    this.#calls.add(controller);
    if (during === 'save') this.#writes++;
    try {
      const value = await run(adapter, controller.signal);
      if (this.failedDuring === during) this.error = this.failedDuring = undefined;
      if (during === 'save' && !options.quiet) {
        const detail = { section: options.section ?? this.section, value: options.secret ? null : value };
        this.dispatchEvent(new SettingsSavedEvent(detail));
        this.#dataAt = Date.now();
        if (!options.secret && this.keepAs && this.scope)
          tabChannel.post({ scope: this.scope, topic: this.keepAs, value, at: this.#dataAt });
      }
      return { ok: true, value };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return undefined;
      const failure = toSettingsError(error);
      if (!options.quiet) this.#fail(during, failure, options);
      return { ok: false, error: failure };
    } finally {
      this.#calls.delete(controller);
      if (during === 'save') this.#writes--;
      this.requestUpdate();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a cancelled load: the next update starts it again.
    this.requestUpdate();
    speakPageLanguage(this);
    addEventListener('beforeunload', this.#onBeforeUnload);
    addEventListener('online', this.#onOnline);
    if (this.keepAs) this.#stopListening = tabChannel.listen((message) => this.#heard(message));
    checkAdapter(this, () => this.activeAdapter);
  }

  /**
   * Whether the first render is on screen. Work the first frame does not need waits for it: reading
   * kept drafts opens IndexedDB, 1.3 ms of a 10 ms first render.
   */
  protected painted = false;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void afterPaint().then(() => {
      this.painted = true;
      // Sections that keep drafts look for them now.
      if (this.keepAs) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopSpeakingPageLanguage(this);
    removeEventListener('beforeunload', this.#onBeforeUnload);
    removeEventListener('online', this.#onOnline);
    this.#stopListening?.();
    this.#stopListening = undefined;
    for (const controller of this.#calls) controller.abort();
    if (this.#loading) {
      this.#loading.abort();
      this.#loading = this.#loadedFrom = undefined;
      this.#settle();
    }
  }

  /**
   * The first render waits for the data, until the next frame at most: a section whose backend
   * answers at once then renders once, with its data, instead of a skeleton replaced a moment later
   * (which cost a whole second render and a flash); a slower one shows its skeleton in the first frame.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && this.#needsLoad()) {
      const loading = this.reload();
      await Promise.race([loading, nextFrame()]);
    }
    return super.scheduleUpdate();
  }

  #needsLoad(): boolean {
    const adapter = this.activeAdapter;
    return !!adapter && adapter !== this.#loadedFrom && this.isConnected && !this.unsupported;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#needsLoad()) void this.reload();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dirty = this.dirty;
    if (dirty !== this.#wasDirty) {
      this.#wasDirty = dirty;
      this.dispatchEvent(new SettingsDirtyChangeEvent({ section: this.section, dirty }));
    }
    setStates(this.#internals, {
      loading: this.status === 'loading',
      ready: this.data !== undefined,
      saving: this.#writes > 0,
      dirty,
      error: !!this.error,
      unsupported: this.unsupported,
      waiting: this.waiting,
      restored: this.restored,
    });
  }

  protected override render(): unknown {
    return this.unsupported ? nothing : this.renderSection();
  }

  #heard(message: TabMessage): void {
    if (message.topic !== this.keepAs || message.scope !== this.scope || this.data === undefined) return;
    // A save answered here after that one was: what this tab shows is newer.
    if (message.at < this.#dataAt) return;
    this.#dataAt = message.at;
    this.receive(message.value);
    this.requestUpdate();
  }

  /** The page is about to go: unsaved work asks the browser to confirm, unless the host says not to. */
  #beforeUnload(event: BeforeUnloadEvent): void {
    if (!this.dirty) return;
    const leave = new SettingsLeaveEvent({ section: this.section });
    if (!this.dispatchEvent(leave)) return;
    event.preventDefault();
    // Older browsers ask only when `returnValue` is set.
    event.returnValue = '';
  }

  #go(event: SectionEvent): boolean {
    const next = nextSectionStatus(this.status, event);
    if (next) {
      this.status = next;
      this.requestUpdate();
    }
    return next !== null;
  }

  /** After a cancelled call: back to where the data says the section is. */
  #settle(): void {
    this.status = this.data === undefined ? 'idle' : 'ready';
    this.requestUpdate();
  }

  #fail(during: 'load' | 'save', cause: unknown, options: CallOptions): void {
    const error = toSettingsError(cause);
    this.error = error;
    this.failedDuring = during;
    if (this.status === 'loading' || this.status === 'saving') this.#go('failed');
    if (during === 'save') {
      const server: Partial<Record<F, string>> = {};
      const fields = error.fields as Record<string, string[] | undefined>;
      for (const f of this.fields) if (fields[f]?.length) server[f] = fields[f]!.join(' ');
      this.feedback.setServerErrors(server);
      if (this.failedOnFields) void this.focusFirstError();
    }
    const section = options.section ?? this.section;
    this.dispatchEvent(new SettingsFailedEvent({ section, during, error }));
    if (error.kind === 'auth') {
      const retry = () => (during === 'load' ? void this.reload() : this.retrySave());
      this.dispatchEvent(new SessionExpiredEvent({ section, during, error, retry }));
    }
  }
}

/** Adapters must throw `SettingsError`s; anything else is an adapter bug, shown as a server failure. */
export function toSettingsError(error: unknown): SettingsError {
  if (isSettingsError(error)) return error;
  console.error('profile-elements: the adapter threw something that is not a SettingsError', error);
  return new SettingsError('server', 'Unexpected adapter failure', { cause: error });
}
