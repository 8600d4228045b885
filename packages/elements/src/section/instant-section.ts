import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsAdapter } from '@profile-elements/core';
import { msg } from '../shared/localize.js';
import { SettingsSection } from './settings-section.js';
import { WriteQueue, type ChangeKey } from './write-queue.js';
import { changeNote, changeNoteId, notSaved } from './change-note.js';

/**
 * The base of sections whose every change saves at once, with no Save button (Interface, Hotkey,
 * Availability): a choice shows at once, is sent in the background one write at a time
 * (`WriteQueue`), waits for the network when the browser is offline, and when refused rolls back
 * and says why next to its control, with "Try again".
 *
 * A section then says how to read a key from its data (`stored`), how to send a change (`send`), and
 * renders its controls with `value`, `change`, `note` and `noteId` inside `frame`.
 */
export abstract class InstantSection<T> extends SettingsSection<T> {
  protected readonly writes = new WriteQueue();
  /** The last announcement is a failure: heard, not shown (the note next to the control shows it). */
  #failedLast = false;

  /** What the backend holds for `key`. */
  protected abstract stored(data: T, key: ChangeKey): unknown;
  /** Sends one change; resolves with the backend's data after it. */
  protected abstract send(
    values: Map<ChangeKey, unknown>,
    adapter: SettingsAdapter,
    signal: AbortSignal,
  ): Promise<T>;
  /** A change was saved and `data` is the backend's answer (sections that apply it at once do so here). */
  protected applied(_data: T, _values: Map<ChangeKey, unknown>): void {}

  /** What to show for `key`: the user's unsaved choice, else what the server has. */
  protected value(key: ChangeKey): unknown {
    const pending = this.writes.pending(key);
    return pending ? pending.value : this.stored(this.data!, key);
  }

  /** Shows a change at once and queues its write; `anchor` names where its outcome shows. */
  protected change(anchor: string, values: Record<ChangeKey, unknown>): void {
    this.writes.add(anchor, new Map(Object.entries(values)));
    this.announcement = '';
    this.#failedLast = false;
    this.requestUpdate();
    void this.#flush();
  }

  /** The note next to the control anchored at `anchor`: waiting, or why it did not save. */
  protected note(anchor: string): unknown {
    return changeNote(this.writes, anchor, () => {
      const failure = this.writes.failures.get(anchor)!;
      // The button goes away with the failure: keep the user's place on the control, and for radios
      // on the one the change checks again, once it shows (not the first of the group).
      const controls = [
        ...this.renderRoot.querySelectorAll<HTMLElement>(`[aria-describedby~="error-${anchor}"]`),
      ];
      controls[0]?.focus();
      this.change(anchor, Object.fromEntries(failure.values));
      if (controls.length > 1)
        void this.updateComplete.then(() => controls.find((c) => (c as HTMLInputElement).checked)?.focus());
    });
  }

  /** `aria-describedby` for a control: its own descriptions (`ids`), then its change's note, if any. */
  protected describedBy(anchor: string, ...ids: string[]): string | typeof nothing {
    const note = changeNoteId(this.writes, anchor);
    const all = note === nothing ? ids : [...ids, note];
    return all.length ? all.join(' ') : nothing;
  }

  override get dirty(): boolean {
    return this.writes.queue.length > 0;
  }

  protected override get waiting(): boolean {
    return this.writes.waitingNet && this.writes.queue.length > 0;
  }

  protected override backOnline(): void {
    this.writes.waitingNet = false;
    void this.#flush();
  }

  /** Another tab saved this data: it shows here; changes waiting in this tab keep their values. */
  protected override receive(value: unknown): void {
    this.data = value as T;
  }

  /** After signing in again: every failed change is sent again. */
  protected override retrySave(): void {
    for (const failure of [...this.writes.failures.values()])
      this.change(failure.anchor, Object.fromEntries(failure.values));
  }

  async #flush(): Promise<void> {
    const end = await this.writes.drain({
      offline: () => this.offline,
      send: (change) => this.call('save', (adapter, signal) => this.send(change.values, adapter, signal)),
      saved: (value, change) => {
        this.data = value as T;
        this.applied(this.data, change.values);
      },
      failed: (failure) => {
        this.announcement = notSaved(failure.error);
        this.#failedLast = true;
      },
      changed: () => this.requestUpdate(),
      clearError: () => this.clearError(),
    });
    if (end === 'waiting') this.announcement = msg('Offline: waiting to save');
    else if (end === 'saved') this.announcement = msg('Saved');
    this.requestUpdate();
  }

  /**
   * The section: title, description and status, then its controls once the data has loaded (a
   * skeleton before, the failure with "Try again" when loading failed).
   */
  protected frame(title: string, description: string, content: (data: T) => unknown): TemplateResult {
    return html`<section part="section" aria-labelledby="title" aria-busy=${this.status === 'loading'}>
      <header part="header">
        <h2 id="title" part="title">${title}</h2>
        ${description ? html`<p part="description">${description}</p>` : nothing}
        <p
          part="status"
          role="status"
          class=${this.#failedLast ? 'visually-hidden' : this.waiting ? 'waiting-status' : 'success'}
          .textContent=${this.announcement}
        ></p>
      </header>
      ${this.renderLoaded(content)}
    </section>`;
  }
}
