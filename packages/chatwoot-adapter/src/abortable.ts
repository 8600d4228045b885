/**
 * `promise`, or the signal's reason as soon as the signal aborts. The work behind `promise` goes on:
 * it is shared with other callers (a read in flight, a token being fetched), and one caller giving
 * up must not cancel it for the others.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    // A page-long signal must not collect one listener per call.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
