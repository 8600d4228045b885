import { deviceStore } from '@profile-elements/core';

/** Waits until what the device keeps under `key` satisfies `check` (drafts are written debounced). */
export async function kept<T = unknown>(
  key: string,
  check: (value: T | undefined) => boolean,
): Promise<T | undefined> {
  const end = performance.now() + 3000;
  for (;;) {
    const value = await deviceStore.read<T>(key);
    if (check(value)) return value;
    if (performance.now() > end) throw new Error(`what is kept under ${key} never became as expected`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
