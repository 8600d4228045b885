import type { NotificationPreferences, NotificationPreferencesPatch } from '@profile-elements/core';
import type { ChangeKey } from '../section/write-queue.js';

/** Keys of notification preferences in the write queue: `audio.<field>` and `<channel>.<event>`. */
export type PrefKey = ChangeKey;
export type PrefValue = unknown;

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
