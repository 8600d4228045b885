import type { nothing } from 'lit';
import type { PrefKey } from './pref-writes.js';

/**
 * What the sections' controls need from `<notification-prefs>`: the value to show, a way to save a
 * change, and where a failed save says so. The element owns the state and the write queue; the
 * sections only render, so they stay plain functions.
 */
export interface PrefFields {
  /** What to show for `key`: the user's unsaved choice, else what the server has. */
  get(key: PrefKey): unknown;
  /** Applies a change at once and queues its write; `anchor` is where its outcome shows. */
  set(anchor: string, values: Record<PrefKey, unknown>): void;
  /** Whether the change anchored at `anchor` has a note: it failed to save, or waits for the network. */
  noted(anchor: string): boolean;
  /** That note, to show next to the control (`nothing` when none). */
  failure(anchor: string): unknown;
  /** The `aria-describedby` of a control whose change is anchored at `anchor`: its note, if any. */
  describedBy(anchor: string): string | typeof nothing;
}

/** The state of the checkbox an event came from. */
export const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;
