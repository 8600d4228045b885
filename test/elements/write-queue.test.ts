// The saving rules of the sections that save every change at once, without a section around them:
// one write at a time, quick changes coalesce, a failure rolls back only its own keys, offline waits.
import { expect } from '@open-wc/testing';
import { SettingsError } from '@profile-elements/core';
import {
  WriteQueue,
  type Change,
  type DrainHost,
  type Failure,
} from '../../packages/elements/src/section/write-queue.js';
import type { Outcome } from '../../packages/elements/src/section/settings-section.js';

const values = (entries: Record<string, unknown>) => new Map(Object.entries(entries));
const plain = (change: Change) => ({ anchor: change.anchor, values: Object.fromEntries(change.values) });

/** A promise resolved from outside: a write that answers when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A host that records what the queue does. `answer` decides each write's outcome (default: saved,
 * answering with the values sent); `offline` is read on every turn.
 */
function host(
  answer: (change: Change) => Promise<Outcome<unknown> | undefined> | Outcome<unknown> | undefined,
) {
  const log = {
    sent: [] as { anchor: string; values: Record<string, unknown> }[],
    saved: [] as unknown[],
    failed: [] as Failure[],
    changed: 0,
    cleared: 0,
    offline: false,
  };
  const drainHost: DrainHost = {
    offline: () => log.offline,
    send: async (change) => {
      log.sent.push(plain(change));
      return answer(change);
    },
    saved: (value) => log.saved.push(value),
    failed: (failure) => log.failed.push(failure),
    changed: () => log.changed++,
    clearError: () => log.cleared++,
  };
  return { log, drainHost };
}
const ok = (change: Change): Outcome<unknown> => ({ ok: true, value: Object.fromEntries(change.values) });
const fail = (kind: 'server' | 'network' = 'server'): Outcome<unknown> => ({
  ok: false,
  error: new SettingsError(kind, kind),
});

describe('WriteQueue', () => {
  it('shows the latest queued value of a key, and nothing once it is sent', async () => {
    const queue = new WriteQueue();
    expect(queue.pending('a')).to.equal(undefined);
    queue.add('a', values({ a: 1 }));
    queue.add('b', values({ b: true }));
    expect(queue.pending('a')).to.deep.equal({ value: 1 });
    expect(queue.pending('b')).to.deep.equal({ value: true });
    const { log, drainHost } = host(ok);
    expect(await queue.drain(drainHost)).to.equal('saved');
    expect(log.sent).to.deep.equal([
      { anchor: 'a', values: { a: 1 } },
      { anchor: 'b', values: { b: true } },
    ]);
    expect(log.saved).to.deep.equal([{ a: 1 }, { b: true }]);
    expect(log.changed).to.equal(2);
    expect(queue.queue).to.have.length(0);
    expect(queue.pending('a')).to.equal(undefined);
  });

  it('keeps a pending value that is null or false (a value, not "nothing pending")', () => {
    const queue = new WriteQueue();
    queue.add('locale', values({ locale: null }));
    queue.add('auto', values({ auto: false }));
    expect(queue.pending('locale')).to.deep.equal({ value: null });
    expect(queue.pending('auto')).to.deep.equal({ value: false });
  });

  it('sends one write at a time; changes queued meanwhile coalesce into one write per key', async () => {
    const queue = new WriteQueue();
    const answers: ReturnType<typeof deferred<Outcome<unknown>>>[] = [];
    let running = 0;
    let most = 0;
    const { log, drainHost } = host(async (change) => {
      most = Math.max(most, ++running);
      const answer = deferred<Outcome<unknown>>();
      answers.push(answer);
      const outcome = await answer.promise;
      running--;
      return outcome.ok ? ok(change) : outcome;
    });
    queue.add('a', values({ a: 1 }));
    const draining = queue.drain(drainHost);
    expect(queue.busy).to.equal(true);
    // Five quick changes of the same key while the first is in flight: the in-flight one stays as it
    // was sent, the queued ones collapse into the last.
    for (const a of [2, 3, 4, 5, 6]) queue.add('a', values({ a }));
    expect(await queue.drain(drainHost), 'a drain already runs').to.equal(undefined);
    expect(queue.queue.map(plain)).to.deep.equal([
      { anchor: 'a', values: { a: 1 } },
      { anchor: 'a', values: { a: 6 } },
    ]);
    expect(queue.pending('a')).to.deep.equal({ value: 6 });
    answers[0]!.resolve({ ok: true, value: null });
    await until(() => answers.length === 2);
    answers[1]!.resolve({ ok: true, value: null });
    expect(await draining).to.equal('saved');
    expect(log.sent).to.deep.equal([
      { anchor: 'a', values: { a: 1 } },
      { anchor: 'a', values: { a: 6 } },
    ]);
    expect(most).to.equal(1);
    expect(queue.busy).to.equal(false);
  });

  it('a change of several keys loses only the keys changed again since', () => {
    const queue = new WriteQueue();
    queue.add('all', values({ a: true, b: true }));
    queue.add('a', values({ a: false }));
    expect(queue.queue.map(plain)).to.deep.equal([
      { anchor: 'all', values: { b: true } },
      { anchor: 'a', values: { a: false } },
    ]);
    // Emptied entirely: it leaves the queue.
    queue.add('b', values({ b: false }));
    expect(queue.queue.map(plain)).to.deep.equal([
      { anchor: 'a', values: { a: false } },
      { anchor: 'b', values: { b: false } },
    ]);
  });

  it('keeps a failure with its error for "Try again", and rolls back only the failed keys', async () => {
    const queue = new WriteQueue();
    const outcomes = [ok, () => fail('server'), ok];
    const { log, drainHost } = host((change) => outcomes.shift()!(change));
    queue.add('a', values({ a: 1 }));
    queue.add('b', values({ b: 2 }));
    queue.add('c', values({ c: 3 }));
    expect(await queue.drain(drainHost)).to.equal('failed');
    expect(log.failed).to.have.length(1);
    expect(log.failed[0]!.anchor).to.equal('b');
    expect(log.failed[0]!.error.kind).to.equal('server');
    expect([...queue.failures.keys()]).to.deep.equal(['b']);
    expect(Object.fromEntries(queue.failures.get('b')!.values)).to.deep.equal({ b: 2 });
    expect(queue.pending('b'), 'rolled back: the display falls back to the server').to.equal(undefined);
    expect(log.saved).to.deep.equal([{ a: 1 }, { c: 3 }]);

    // Try again: the same change, queued anew, replaces its failure.
    queue.add('b', new Map(queue.failures.get('b')!.values));
    expect(queue.failures.size).to.equal(0);
    const again = host(ok);
    expect(await queue.drain(again.drainHost)).to.equal('saved');
    expect(again.log.sent).to.deep.equal([{ anchor: 'b', values: { b: 2 } }]);
  });

  it('is no failure when the key was changed again while its write failed', async () => {
    const queue = new WriteQueue();
    const first = deferred<Outcome<unknown>>();
    let calls = 0;
    const { log, drainHost } = host((change) => (++calls === 1 ? first.promise : ok(change)));
    queue.add('a', values({ a: 1 }));
    const draining = queue.drain(drainHost);
    queue.add('a', values({ a: 2 }));
    first.resolve(fail('server'));
    expect(await draining).to.equal('saved');
    expect(log.failed).to.have.length(0);
    expect(queue.failures.size).to.equal(0);
    expect(log.sent.map((s) => s.values)).to.deep.equal([{ a: 1 }, { a: 2 }]);
  });

  it('a later change of the same key clears its earlier failure', async () => {
    const queue = new WriteQueue();
    const { drainHost } = host(() => fail('server'));
    queue.add('a', values({ a: 1, b: 1 }));
    await queue.drain(drainHost);
    expect(queue.failures.has('a')).to.equal(true);
    queue.add('x', values({ a: 2 }));
    expect(Object.fromEntries(queue.failures.get('a')!.values), 'only b still failed').to.deep.equal({
      b: 1,
    });
    queue.add('y', values({ b: 2 }));
    expect(queue.failures.size).to.equal(0);
  });

  it('waits for the network when offline, sends nothing, and goes on once back', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(ok);
    log.offline = true;
    queue.add('a', values({ a: 1 }));
    expect(await queue.drain(drainHost)).to.equal('waiting');
    expect(queue.waitingNet).to.equal(true);
    expect(queue.waitsAt('a')).to.equal(true);
    expect(queue.waitsAt('b')).to.equal(false);
    expect(log.sent).to.have.length(0);
    // Changed again while waiting: still one write.
    queue.add('a', values({ a: 2 }));
    log.offline = false;
    queue.waitingNet = false;
    expect(await queue.drain(drainHost)).to.equal('saved');
    expect(log.sent).to.deep.equal([{ anchor: 'a', values: { a: 2 } }]);
    expect(queue.waitsAt('a')).to.equal(false);
  });

  it('a write that fails because the connection went waits at the head of the queue, not failed', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(() => {
      log.offline = true;
      return fail('network');
    });
    queue.add('a', values({ a: 1 }));
    expect(await queue.drain(drainHost)).to.equal('waiting');
    expect(log.cleared, 'the network error is forgotten').to.equal(1);
    expect(log.failed).to.have.length(0);
    expect(queue.failures.size).to.equal(0);
    expect(queue.queue.map(plain)).to.deep.equal([{ anchor: 'a', values: { a: 1 } }]);
  });

  it('a network failure while online is a failure (with its retry)', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(() => fail('network'));
    queue.add('a', values({ a: 1 }));
    expect(await queue.drain(drainHost)).to.equal('failed');
    expect(log.cleared).to.equal(0);
    expect(queue.failures.get('a')!.error.kind).to.equal('network');
  });

  it('lets the host write the queue down before waiting, and goes on if the network came back meanwhile', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(ok);
    log.offline = true;
    let before = 0;
    drainHost.beforeWaiting = async () => {
      before++;
      log.offline = false;
    };
    queue.add('a', values({ a: 1 }));
    expect(await queue.drain(drainHost)).to.equal('saved');
    expect(before).to.equal(1);
    expect(queue.waitingNet).to.equal(false);
    expect(log.sent).to.have.length(1);
  });

  it('a change made while the queue writes itself down before waiting still coalesces (nothing was sent)', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(ok);
    log.offline = true;
    const writtenDown = deferred<void>();
    drainHost.beforeWaiting = () => writtenDown.promise;
    queue.add('a', values({ a: 1 }));
    const draining = queue.drain(drainHost);
    queue.add('a', values({ a: 2 }));
    expect(queue.queue.map(plain), 'the first was never sent: the second replaces it').to.deep.equal([
      { anchor: 'a', values: { a: 2 } },
    ]);
    writtenDown.resolve();
    expect(await draining).to.equal('waiting');
    log.offline = false;
    queue.waitingNet = false;
    expect(await queue.drain(drainHost)).to.equal('saved');
    expect(log.sent).to.deep.equal([{ anchor: 'a', values: { a: 2 } }]);
  });

  it('stops, keeping the change, when the write is cancelled (the element left the page)', async () => {
    const queue = new WriteQueue();
    const { log, drainHost } = host(() => undefined);
    queue.add('a', values({ a: 1 }));
    expect(await queue.drain(drainHost)).to.equal('stopped');
    expect(queue.busy).to.equal(false);
    expect(queue.queue.map(plain)).to.deep.equal([{ anchor: 'a', values: { a: 1 } }]);
    expect(log.failed).to.have.length(0);
  });

  it('is free again after a host callback throws', async () => {
    const queue = new WriteQueue();
    const { drainHost } = host(ok);
    drainHost.saved = () => {
      throw new Error('boom');
    };
    queue.add('a', values({ a: 1 }));
    let thrown: unknown;
    await queue.drain(drainHost).catch((e: unknown) => (thrown = e));
    expect((thrown as Error).message).to.equal('boom');
    expect(queue.busy).to.equal(false);
  });
});

/** Waits a microtask turn at a time until `predicate` holds (the writes here answer in microtasks). */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !predicate(); i++) await Promise.resolve();
  if (!predicate()) throw new Error(`condition not met: ${predicate}`);
}
