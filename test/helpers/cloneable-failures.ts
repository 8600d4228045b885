// Loaded on every wtr test page after fail-on-unhandled-rejection.ts (see testRunnerHtml in
// web-test-runner.config.mjs), so that its root `afterEach` runs last and sees every failure.
// wtr hands a failed test's `actual` and `expected` to the runner as they are, and its web socket
// (@web/dev-server-core 0.7) passes the message through `structuredClone`: a DOM node there, as in
// a failed `expect(element).to.equal(null)`, throws a DataCloneError, the results never leave the
// page and the run ends with "Browser tests did not finish" and no test reported
// (modernweb-dev/web#2967). Such values are replaced by their text, as chai prints them.
import { chai } from '@open-wc/testing';

function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return chai.util.inspect(value);
  }
}

mocha.rootHooks({
  afterEach: [
    function (this: Mocha.Context) {
      const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
      if (!error) return;
      error.actual = cloneable(error.actual);
      error.expected = cloneable(error.expected);
    },
  ],
});
