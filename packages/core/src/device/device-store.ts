import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * What the elements keep on this device between page loads: unsaved edits (drafts) and changes
 * waiting for the network. One IndexedDB database through idb-keyval, keys made of the adapter's
 * `storageKey` (backend and user) and the section. Never passwords, never tokens: callers keep
 * only what a section's draft holds, and secret fields are not part of any draft.
 *
 * IndexedDB may be missing (old or locked-down browsers), refused (private windows of some
 * browsers, storage blocked by policy) or full (quota). Every method then resolves quietly —
 * `read` with `undefined`, `write` and `remove` with `false` — and `kept` turns `false`, so the
 * elements work as without it and can say that nothing is kept.
 */
export class DeviceStore {
  #store: UseStore | undefined;
  #kept: boolean | undefined;

  constructor(
    readonly databaseName = 'profile-elements',
    readonly storeName = 'kept',
  ) {}

  /** `true` once a read or write worked, `false` once one failed, `undefined` before either. */
  get kept(): boolean | undefined {
    return this.#kept;
  }

  async read<T>(key: string): Promise<T | undefined> {
    return this.#run(async (store) => (await get<T>(key, store)) ?? undefined, undefined);
  }

  async write(key: string, value: unknown): Promise<boolean> {
    return this.#run(async (store) => (await set(key, value, store), true), false);
  }

  async remove(key: string): Promise<boolean> {
    return this.#run(async (store) => (await del(key, store), true), false);
  }

  async #run<R>(job: (store: UseStore) => Promise<R>, fallback: R): Promise<R> {
    if (this.#kept === false) return fallback;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      this.#store ??= createStore(this.databaseName, this.storeName);
      const result = await job(this.#store);
      this.#kept = true;
      return result;
    } catch {
      // Refused, missing or full: from now on, nothing is kept (and nobody waits on a broken store).
      this.#kept = false;
      return fallback;
    }
  }
}

/** The store the elements share. Tests may swap it for one on another database. */
export const deviceStore = new DeviceStore();
