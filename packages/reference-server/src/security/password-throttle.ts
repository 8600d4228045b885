/**
 * Per-user throttle of current-password checks (ours: Chatwoot has none). Wrong guesses are
 * remembered per user for a sliding window; once `attempts` of them fall inside it, further checks
 * — right or wrong — are refused until the oldest of those leaves the window, so there is never a
 * permanent lockout. A right password forgets the user's wrong ones.
 *
 * A check in flight holds a place too: otherwise a burst of simultaneous guesses would all pass
 * the gate before the first of them is known to be wrong.
 */
export interface PasswordThrottleOptions {
  /** Wrong current passwords allowed within the window. */
  attempts: number;
  /** How long a wrong one counts, in milliseconds. */
  windowMs: number;
}

export const DEFAULT_PASSWORD_THROTTLE: PasswordThrottleOptions = { attempts: 5, windowMs: 15 * 60 * 1000 };

/** Wait suggested when only checks still in flight fill the places (they settle within a hash). */
const IN_FLIGHT_WAIT_MS = 1000;

export type ThrottleDecision =
  | {
      allowed: true;
      /** Reports the check's outcome: `true` right, `false` wrong, `undefined` none (it failed). */
      settle(correct: boolean | undefined): void;
    }
  | { allowed: false; retryAfterSeconds: number };

interface UserState {
  /** Times of wrong guesses still inside the window, oldest first. */
  failures: number[];
  inFlight: number;
}

export class PasswordThrottle {
  readonly #users = new Map<number, UserState>();

  constructor(
    readonly options: PasswordThrottleOptions = DEFAULT_PASSWORD_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {
    const { attempts, windowMs } = options;
    if (!Number.isInteger(attempts) || attempts < 1 || !(windowMs > 0))
      throw new RangeError('passwordThrottle needs attempts >= 1 and windowMs > 0');
  }

  /** Asks to check a current password of `userId`: either go ahead (and `settle`), or wait. */
  begin(userId: number): ThrottleDecision {
    const { attempts, windowMs } = this.options;
    const now = this.now();
    const state = this.#users.get(userId) ?? { failures: [], inFlight: 0 };
    state.failures = state.failures.filter((at) => at > now - windowMs);

    if (state.failures.length + state.inFlight >= attempts) {
      this.#forgetIfIdle(userId, state);
      // Places free up as the oldest counted failures leave the window.
      const blocking = state.failures[state.failures.length - attempts];
      const waitMs = blocking === undefined ? IN_FLIGHT_WAIT_MS : blocking + windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }

    state.inFlight += 1;
    this.#users.set(userId, state);
    let settled = false;
    return {
      allowed: true,
      settle: (correct) => {
        if (settled) return;
        settled = true;
        state.inFlight -= 1;
        if (correct === true) state.failures = [];
        // Only the last `attempts` ever matter.
        else if (correct === false) state.failures = [...state.failures, this.now()].slice(-attempts);
        this.#forgetIfIdle(userId, state);
      },
    };
  }

  /** Users with nothing to remember take no memory. */
  #forgetIfIdle(userId: number, state: UserState): void {
    if (state.inFlight === 0 && state.failures.length === 0) this.#users.delete(userId);
    else this.#users.set(userId, state);
  }
}
