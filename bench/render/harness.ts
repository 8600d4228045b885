// The page side of bench/render.mjs, shared by every case. Each case's bundle starts with
// `performance.mark('eval-start')` (an esbuild banner); everything here is timed from that mark.
//
// - `rendered`: the first moment the case's `ready()` holds and no lit element on the page has an
//   update pending. It is checked in a microtask after every lit update (lit's `update` is wrapped
//   below), so it is the time the DOM was committed, not the time a poll noticed it.
// - `frame`: a requestAnimationFrame after `rendered`, then the next task (a MessageChannel message):
//   by then the browser has run that frame's style, layout and paint, so the data is on screen.
// - `fcp`: first-contentful-paint from the paint timeline, when the browser reports one.
// - `renders`: lit updates per tag until `frame`, with their summed time (the wrapper's own cost is
//   a `performance.now()` pair per update).
import { LitElement } from 'lit';

const start = performance.getEntriesByName('eval-start')[0]?.startTime ?? 0;
const since = (t: number) => t - start;

const seen = new Set<LitElement>();
const renders: Record<string, { count: number; ms: number; dataAt?: number }> = {};
/** Every update as [tag, start, ms], for the trace's timeline. */
const log: [string, number, number][] = [];
let ready: () => boolean = () => false;
let checkQueued = false;
let settle: (at: number) => void;
const rendered = new Promise<number>((resolve) => (settle = resolve));

const update = LitElement.prototype['update'];
LitElement.prototype['update'] = function (this: LitElement, changed) {
  const t0 = performance.now();
  update.call(this, changed);
  const entry = (renders[this.localName] ??= { count: 0, ms: 0 });
  entry.count++;
  entry.ms += performance.now() - t0;
  log.push([this.localName, since(t0), performance.now() - t0]);
  // Sections keep their data in `data` (protected): the first update that had it.
  if (entry.dataAt === undefined && (this as unknown as { data?: unknown }).data !== undefined)
    entry.dataAt = since(performance.now());
  seen.add(this);
  if (!checkQueued) {
    checkQueued = true;
    // After `updated()` (custom states are set there) and any update this one started.
    queueMicrotask(check);
  }
};

function check() {
  checkQueued = false;
  if ([...seen].some((el) => el.isUpdatePending)) return;
  if (ready()) settle(performance.now());
}

const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

let fcp: number | undefined;
let painted: () => void;
const fcpSeen = new Promise<void>((resolve) => (painted = resolve));
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') {
        fcp = since(e.startTime);
        painted();
      }
  }).observe({ type: 'paint', buffered: true });
} catch {
  // No paint timing: `fcp` stays empty.
}

/**
 * Mounts a case: `mount()` puts it on the page, `isReady()` says when it shows its data. The result
 * lands on `window.benchResult` for the driver.
 */
export async function measure(mount: () => void, isReady: () => boolean): Promise<void> {
  ready = isReady;
  mount();
  const renderedAt = await rendered;
  await new Promise((r) => requestAnimationFrame(r));
  await nextTask();
  const frameAt = performance.now();
  // FCP arrives once the compositor reports the frame presented, a little later; its time is that
  // of the paint, whenever it is read.
  await Promise.race([fcpSeen, new Promise((r) => setTimeout(r, 500))]);
  Object.assign(window, {
    benchResult: { rendered: since(renderedAt), frame: since(frameAt), fcp, renders, log },
  });
  // The driver waits for this message: polling from the driver would run its own script in the page.
  console.debug('bench:done');
}

/** Whether a section element shows its data: `:state(ready)` is set once an update had it. */
export const hasData = (el: Element | null | undefined): boolean => {
  if (!el) return false;
  try {
    return el.matches(':state(ready)');
  } catch {
    return el.matches(':--ready');
  }
};
