/**
 * A first-come, first-served gate: at most `max` tasks run at once, the others wait in arrival
 * order. A finishing task hands its place straight to the oldest waiter, so a newcomer can never
 * overtake the queue.
 */
export class ConcurrencyLimit {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, not ${max}`);
  }

  /** Tasks running now and tasks waiting for a place. */
  get running(): number {
    return this.#running;
  }
  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running < this.max) this.#running += 1;
    // The place is handed over by `release`, already counted in `#running`.
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running -= 1;
  }
}
