import type { SettingsError } from '@profile-elements/core';
import type { Outcome } from './settings-section.js';

/**
 * The saving rules of sections that save every change at once (notifications, interface, hotkey,
 * availability), apart from rendering:
 *
 * - every change shows at once (optimistic) and is queued; one write is in flight at a time;
 * - a change queued behind the write in flight absorbs older queued values of the same keys, so
 *   toggling a switch five times quickly sends at most two writes for it;
 * - a failed write rolls back only its own keys (the display falls back to what the server has,
 *   or to a later change of the same key) and is kept, with its error, for "Try again";
 * - while a key has a queued or running write, its value comes from that write, never from a load,
 *   so a reload during a save does not flip a switch back;
 * - offline, the queue waits for the network instead of failing.
 */
export type ChangeKey = string;

export interface Change {
  /** Where the UI shows the outcome: a key, or a group such as `column:email`. */
  readonly anchor: string;
  readonly values: Map<ChangeKey, unknown>;
}

export interface Failure extends Change {
  readonly error: SettingsError;
}

/** What `drain` needs from its section. */
export interface DrainHost {
  /** Whether the browser is offline now. */
  offline(): boolean;
  /** Sends one change; `undefined` when cancelled (the element left the page). */
  send(change: Change): Promise<Outcome<unknown> | undefined>;
  /** `change` was saved; `value` is the backend's answer. */
  saved(value: unknown, change: Change): void;
  /** A write failed and some of its keys were not changed again since. */
  failed(failure: Failure): void;
  /** The queue changed (a change left it): keep it, render. */
  changed(): void;
  /** Forgets a failure the network caused, now that the change waits instead. */
  clearError(): void;
  /** Before the queue shows as waiting for the network (a section that keeps it writes it down). */
  beforeWaiting?(): Promise<unknown>;
}

/** How a drain ended: every change sent, some failed, or the rest waits for the network / the page. */
export type DrainEnd = 'saved' | 'failed' | 'waiting' | 'stopped';

export class WriteQueue {
  /** Changes not yet confirmed; the first one is in flight while `busy`. */
  readonly queue: Change[] = [];
  /** Failed changes, by anchor, until retried or superseded. */
  readonly failures = new Map<string, Failure>();
  busy = false;
  /**
   * The head of the queue is on its way to the backend: a later change cannot take its keys. Not
   * the same as `busy`: a drain that waits (for `beforeWaiting`) has sent nothing yet.
   */
  #sending = false;
  /** The queue stopped because the browser is offline; it goes on when it is back. */
  waitingNet = false;

  /** The value the user last chose for `key`, while it is not confirmed yet. */
  pending(key: ChangeKey): { value: unknown } | undefined {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const values = this.queue[i]!.values;
      if (values.has(key)) return { value: values.get(key) };
    }
    return undefined;
  }

  /** Whether the change anchored at `anchor` waits for the network. */
  waitsAt(anchor: string): boolean {
    return this.waitingNet && this.queue.some((c) => c.anchor === anchor);
  }

  /** Queues a change; it supersedes older queued values and failures of the same keys. */
  add(anchor: string, values: Map<ChangeKey, unknown>): void {
    const waiting = this.#sending ? this.queue.slice(1) : this.queue;
    for (const older of [...waiting, ...this.failures.values()]) {
      for (const key of values.keys()) older.values.delete(key);
    }
    for (const [at, failure] of this.failures) if (!failure.values.size) this.failures.delete(at);
    for (let i = this.queue.length - 1; i >= (this.#sending ? 1 : 0); i--) {
      if (!this.queue[i]!.values.size) this.queue.splice(i, 1);
    }
    this.queue.push({ anchor, values });
  }

  /**
   * Sends the queued changes one at a time, until none is left, the browser is offline, or the page
   * cancels. `undefined` when a drain is already running (it will send what was just queued).
   */
  async drain(host: DrainHost): Promise<DrainEnd | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    let end: DrainEnd = 'saved';
    try {
      while (this.queue.length) {
        if (host.offline()) {
          // Nothing can go: the queue waits until the browser is back online.
          await host.beforeWaiting?.();
          // Back online meanwhile: the `online` handler found this loop busy, so it goes on here.
          if (!host.offline()) continue;
          this.waitingNet = true;
          return 'waiting';
        }
        const change = this.queue[0]!;
        this.#sending = true;
        const outcome = await host.send(change);
        this.#sending = false;
        // Cancelled: the element left the page; the queue stays for its return (or on the device).
        if (!outcome) return 'stopped';
        // The connection went while sending: the change waits at the head of the queue.
        if (!outcome.ok && outcome.error.kind === 'network' && host.offline()) {
          host.clearError();
          continue;
        }
        if (outcome.ok) host.saved(outcome.value, change);
        else {
          // Keys the user has changed again since are not failures: their newer value is on its way.
          const later = this.queue.slice(1);
          const values = new Map([...change.values].filter(([key]) => !later.some((c) => c.values.has(key))));
          if (values.size) {
            end = 'failed';
            const failure = { anchor: change.anchor, values, error: outcome.error };
            this.failures.set(change.anchor, failure);
            host.failed(failure);
          }
        }
        this.queue.shift();
        host.changed();
      }
      return end;
    } finally {
      this.busy = this.#sending = false;
    }
  }
}
