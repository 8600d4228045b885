/**
 * Reads a request body at a set rate, for the 'slow-upload' fault.
 *
 * Node's HTTP parser hands body chunks to the request stream with `push()`, and stops reading the
 * socket when that returns false; the stream's `_read()` starts it again. Holding the chunks here,
 * handing them on in small slices at the rate, and not restarting the socket while any are held
 * makes TCP push back on the sender. The answer therefore comes after about size / rate; a
 * browser's upload progress moves at the rate only once the kernel's socket buffers are full, and
 * on loopback those hold megabytes (about 4 MB measured on Linux), so a smaller upload shows as sent
 * at once and then waits for its answer. Done on the request stream itself because
 * @fastify/multipart reads `request.raw` directly, past fastify's `preParsing` payload: every reader
 * of the body sees the same slowed stream.
 */
import type { IncomingMessage } from 'node:http';

/** Slices per second: small enough steps for a progress bar to move smoothly. */
const SLICES_PER_SECOND = 10;
const SLICE_MS = 1000 / SLICES_PER_SECOND;

export function meterBody(raw: IncomingMessage, bytesPerSecond: number): void {
  const push = raw.push.bind(raw);
  const read = raw._read.bind(raw);
  const sliceSize = Math.max(1, Math.round(bytesPerSecond / SLICES_PER_SECOND));
  /** Chunks from the parser not yet handed on; `null` is the end of the body. */
  const held: (Buffer | null)[] = [];
  /** Pending while a slice's time has not yet passed. */
  let timer: NodeJS.Timeout | undefined;
  /** The stream asked for more while we were holding or pacing. */
  let readWanted = false;
  /** When pacing started, and how much has gone out since. */
  let started: number | undefined;
  let sent = 0;

  const release = () => {
    timer = undefined;
    const chunk = held.shift();
    if (chunk === undefined) {
      // All handed on and paced: now the socket may deliver more.
      if (readWanted) {
        readWanted = false;
        read(sliceSize);
      }
      return;
    }
    if (chunk === null) {
      push(null);
      return;
    }
    const slice = chunk.subarray(0, sliceSize);
    if (chunk.length > sliceSize) held.unshift(chunk.subarray(sliceSize));
    // Due times count from a start, so late timers and socket reads do not add up; but when the
    // sender was the slow one (behind by more than a slice), pacing starts afresh instead of
    // catching up in a burst.
    const now = performance.now();
    if (started === undefined || now - (started + (sent / bytesPerSecond) * 1000) > SLICE_MS) {
      started = now;
      sent = 0;
    }
    sent += slice.length;
    // Set before pushing: a push may call `_read` at once, which must see that we are pacing.
    timer = setTimeout(release, started + (sent / bytesPerSecond) * 1000 - now);
    push(slice);
  };

  raw.push = ((chunk: Buffer | null) => {
    held.push(chunk);
    timer ??= setTimeout(release, 0);
    return false; // the parser stops reading the socket
  }) as typeof raw.push;
  raw._read = (size) => {
    if (held.length === 0 && timer === undefined) read(size);
    else readWanted = true;
  };
  raw.once('close', () => clearTimeout(timer));
}
