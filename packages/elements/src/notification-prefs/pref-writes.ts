import type {
  NotificationPreferences,
  NotificationPreferencesPatch,
  SettingsError,
} from '@profile-elements/core';

/**
 * The saving rules of `<notification-prefs>`, apart from rendering:
 *
 * - every change shows at once (optimistic) and is queued; one write is in flight at a time;
 * - a change queued behind the write in flight absorbs older queued values of the same keys, so
 *   toggling a switch five times quickly sends at most two writes for it;
 * - a failed write rolls back only its own keys (the display falls back to what the server has,
 *   or to a later change of the same key) and is kept, with its error, for "Try again";
 * - while a key has a queued or running write, its value comes from that write, never from a load,
 *   so a reload during a save does not flip a switch back.
 *
 * Keys are `audio.<field>` and `<channel>.<event>`.
 */
export type PrefKey = string;
export type PrefValue = unknown;

export interface Change {
  /** Where the UI shows the outcome: a key, or a group such as `column:email`. */
  readonly anchor: string;
  readonly values: Map<PrefKey, PrefValue>;
}

export interface Failure extends Change {
  readonly error: SettingsError;
}

export class PrefWrites {
  /** Changes not yet confirmed; the first one is in flight while `busy`. */
  readonly queue: Change[] = [];
  /** Failed changes, by anchor, until retried or superseded. */
  readonly failures = new Map<string, Failure>();
  busy = false;

  /** The value the user last chose for `key`, while it is not confirmed yet. */
  pending(key: PrefKey): { value: PrefValue } | undefined {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const values = this.queue[i]!.values;
      if (values.has(key)) return { value: values.get(key) };
    }
    return undefined;
  }

  /** Queues a change; it supersedes older queued values and failures of the same keys. */
  add(anchor: string, values: Map<PrefKey, PrefValue>): void {
    const waiting = this.busy ? this.queue.slice(1) : this.queue;
    for (const older of [...waiting, ...this.failures.values()]) {
      for (const key of values.keys()) older.values.delete(key);
    }
    for (const [at, failure] of this.failures) if (!failure.values.size) this.failures.delete(at);
    for (let i = this.queue.length - 1; i >= (this.busy ? 1 : 0); i--) {
      if (!this.queue[i]!.values.size) this.queue.splice(i, 1);
    }
    this.queue.push({ anchor, values });
  }
}

/** `values` as the adapter's patch. */
export function toPatch(values: Map<PrefKey, PrefValue>): NotificationPreferencesPatch {
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of values) {
    const [group, field] = key.split('.') as [string, string];
    (patch[group] ??= {})[field] = value;
  }
  return patch as NotificationPreferencesPatch;
}

/** The stored value of `key` in `prefs`. */
export function storedValue(prefs: NotificationPreferences, key: PrefKey): PrefValue {
  const [group, field] = key.split('.') as [string, string];
  return (prefs as unknown as Record<string, Record<string, unknown>>)[group]?.[field];
}
