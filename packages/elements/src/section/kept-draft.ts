import { deviceStore } from '@profile-elements/core';

/**
 * A section's unsaved work as kept on this device (IndexedDB through core's `deviceStore`), so a
 * reload, a crash or a closed tab does not lose it. Writes are debounced while the user types and
 * flushed when the page is hidden (the last chance a closing tab gets); `undefined` removes it.
 *
 * Only what a section puts in its draft is kept: never passwords, never tokens.
 */
/** Drafts with a write waiting: a page that is hidden (maybe closing) writes them at once. */
const waiting = new Set<KeptDraft<unknown>>();
if (typeof addEventListener === 'function')
  addEventListener('pagehide', () => {
    for (const draft of waiting) void draft.flush();
  });

export class KeptDraft<V> {
  /** `backend+user|section`, once the section knows its scope; nothing is kept before. */
  key: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { value: V | undefined } | undefined;
  /** The write in flight, so a flush waits for it and writes land in order. */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly delay = 300) {}

  /** Whether this browser keeps drafts: `false` once IndexedDB was missing or refused. */
  get kept(): boolean | undefined {
    return deviceStore.kept;
  }

  read(): Promise<V | undefined> {
    return this.key ? deviceStore.read<V>(this.key) : Promise.resolve(undefined);
  }

  /** Keeps `value` (or removes the draft, for `undefined`) after the user pauses. */
  write(value: V | undefined): void {
    this.#pending = { value };
    waiting.add(this);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes what waits now. */
  flush(): Promise<unknown> {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    const key = this.key;
    this.#pending = undefined;
    waiting.delete(this);
    if (pending && key) {
      this.#writing = this.#writing.then(() =>
        pending.value === undefined ? deviceStore.remove(key) : deviceStore.write(key, pending.value),
      );
    }
    return this.#writing;
  }
}
