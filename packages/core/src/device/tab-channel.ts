/**
 * Other tabs of the same page (same origin) hear of every save at once, over one BroadcastChannel:
 * a tab that saved posts what the backend now holds, the others show it without a reload.
 * Messages carry data the user already sees (a profile, preferences), never secrets.
 */
export interface TabMessage {
  /** The adapter's `storageKey`: backend and user. Tabs of another user or backend ignore it. */
  scope: string;
  /** What was saved: a section's data name (`profile`, `notifications`). */
  topic: string;
  /** What the backend now holds. */
  value: unknown;
  /**
   * When the save was answered (`Date.now()` of the saving tab: the tabs share one clock). A tab
   * whose own data is newer ignores the message: deliveries can arrive after a later save.
   */
  at: number;
}

type Listener = (message: TabMessage) => void;

const CHANNEL = 'profile-elements';

/** One channel per page: every section shares it. */
class TabChannel {
  #channel: BroadcastChannel | undefined;
  readonly #listeners = new Set<Listener>();

  /** Tells the other tabs (never this one: BroadcastChannel does not echo to its sender). */
  post(message: TabMessage): void {
    this.#open()?.postMessage(message);
  }

  /** Listens until the returned function is called. */
  listen(listener: Listener): () => void {
    this.#open();
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) this.#close();
    };
  }

  #open(): BroadcastChannel | undefined {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return this.#channel;
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (event: MessageEvent<TabMessage>) => {
      for (const listener of this.#listeners) listener(event.data);
    };
    return this.#channel;
  }

  // A page with no section left lets the channel go.
  #close(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }
}

export const tabChannel = new TabChannel();

/**
 * Runs `task` holding the Web Lock `name`, so that the pages of one origin (tabs, windows, workers)
 * that ask for the same name run their tasks one after another. Where there are no Web Locks (an
 * insecure page, an old browser, Node) the task runs at once; the caller then serialises it within
 * its own page only.
 *
 * Aborting `signal` while waiting for the lock rejects with the signal's reason (the lock is then
 * never taken); while the task runs, the task itself must heed the signal.
 */
export async function withTabLock<T>(name: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  if (!locks) return task();
  try {
    return await locks.request(name, signal ? { signal } : {}, task);
  } catch (error) {
    // An abandoned wait rejects with an AbortError of the browser's making; callers expect their own.
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
}
