import type { StoryContext } from '@storybook/web-components-vite';
import { deviceStore } from '@profile-elements/core';
import type { MemoryAdapter } from '@profile-elements/core/memory';
import { adapterOf } from './profile-states.js';

/**
 * A `beforeEach` for a story whose element keeps work on the device (drafts, changes waiting for the
 * network): the entry under the story adapter's `storageKey` and `suffix` (e.g. `profile`) starts as
 * `seed` — made from the adapter, so a draft can name the profile it was made against — or empty, and
 * is removed when the story is left.
 *
 * Give the story's adapter a `name` of its own (`withAdapter({ name })`): it names the key, so no
 * other story sees the entry. Starting empty also clears what an earlier visit left behind, such as
 * a save still on its way when the story was left.
 */
export function keptOnDevice(suffix: string, seed?: (adapter: MemoryAdapter) => unknown) {
  return async (context: StoryContext) => {
    const adapter = adapterOf(context);
    const key = `${await adapter.storageKey()}|${suffix}`;
    await (seed ? deviceStore.write(key, seed(adapter)) : deviceStore.remove(key));
    return async () => {
      await deviceStore.remove(key);
    };
  };
}
