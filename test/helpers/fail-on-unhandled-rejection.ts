// Loaded on every wtr test page right after the test framework (see testRunnerHtml in
// web-test-runner.config.mjs), before the test file runs. Mocha in the browser fails a test on an
// uncaught error but not on an unhandled rejection, which wtr only logs: this makes it fail the test.
//  - While a test runs, the reason is reported as an uncaught error: mocha fails that test.
//  - A promise left rejected as a test ends is reported only after the task it ended in, so a root
//    `afterEach` waits for those events and hands what came to mocha as that test's error.
let settling = false;
const pending: unknown[] = [];

window.addEventListener('unhandledrejection', (event) => {
  if (settling) pending.push(event.reason);
  else reportError(event.reason);
});

/** Resolves in a new task (a message, not a timer: no clamping). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/**
 * Chromium queues the rejection event as a task when the task that left the promise rejected ends;
 * a message posted in that same task can still run first (measured), one posted from the next task
 * runs after it.
 */
const afterRejectionEvents = () => nextTask().then(nextTask);

mocha.rootHooks({
  afterEach: [
    async function (this: Mocha.Context) {
      settling = true;
      await afterRejectionEvents();
      settling = false;
      const reasons = pending.splice(0);
      // `Hook#error` fails the test the hook ran after, and the run goes on (a throw here would fail
      // the hook instead and skip every test left).
      if (reasons.length)
        (this.test as Mocha.Hook).error(
          reasons.length === 1
            ? reasons[0]
            : new AggregateError(reasons, 'Unhandled promise rejections in this test'),
        );
    },
  ],
});
