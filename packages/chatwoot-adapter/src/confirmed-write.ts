/**
 * Writes whose outcome is unknown. When a write's reply is lost (a timeout, a dropped connection: kind
 * `network`) or a gateway gave up on it (502, 504), the server may have applied it or not. Failing
 * with `network` either way makes the user send it again, and a second send is not always harmless:
 * a password change sent again is refused with "Invalid current password", since the first one
 * changed it. So the adapter asks the server what happened and reports that.
 */
import { isSettingsError, type SettingsError } from '@profile-elements/core';

/** Whether a failed write may have been applied all the same (its reply was lost). */
export function mayHaveLanded(error: unknown): error is SettingsError {
  return isSettingsError(error) && (error.kind === 'network' || error.status === 502 || error.status === 504);
}

export interface UncertainWrite<T> {
  /** Sends the write. Its result must not be `undefined` (that is `landed`'s "it did not"). */
  write: () => Promise<T>;
  /**
   * What the write became, asked of the server after a failure that `unknown` picks: the result to
   * resolve with when it was applied, `undefined` when it was not. A check that fails cannot tell,
   * and the write's own failure stands.
   */
  landed: (failure: SettingsError) => Promise<T | undefined>;
  /** The failures that leave the outcome unknown. Default: `mayHaveLanded`. */
  unknown?: (failure: SettingsError) => boolean;
  /** The caller's signal: once it aborts, its `AbortError` is the answer, not a check's. */
  signal?: AbortSignal | undefined;
}

/** `write()`, or, when its outcome is unknown, what `landed` finds it became. */
export async function confirmedWrite<T>(uncertain: UncertainWrite<T>): Promise<T> {
  const { write, landed, unknown = mayHaveLanded, signal } = uncertain;
  try {
    return await write();
  } catch (failure) {
    if (signal?.aborted || !isSettingsError(failure) || !unknown(failure)) throw failure;
    let result: T | undefined;
    try {
      result = await landed(failure);
    } catch {
      signal?.throwIfAborted();
      throw failure;
    }
    if (result === undefined) throw failure;
    return result;
  }
}
