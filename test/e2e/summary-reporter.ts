// Prints one plain closing line "e2e: N passed, N failed, N skipped" for scripts/test.mjs, beside
// Playwright's own list. An error outside any test (a config or fixture that failed to load, a
// worker that crashed) counts as one failure, so a run that tested nothing does not pass.
import type { FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  #suite: Suite | undefined;
  #errors = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.#suite = suite;
  }

  onError(_error: TestError): void {
    this.#errors++;
  }

  onEnd(result: FullResult): void {
    const count = { passed: 0, failed: this.#errors, skipped: 0 };
    for (const test of this.#suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected') count.passed++;
      else if (outcome === 'skipped') count.skipped++;
      else count.failed++; // 'unexpected', and 'flaky' (passed only on a retry)
    }
    if (result.status !== 'passed' && count.failed === 0) count.failed = 1;
    console.log(`e2e: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
