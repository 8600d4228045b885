// Prints one plain closing line "wtr: N passed, N failed, N skipped" after the run, for scripts/test.mjs
// (wtr's own summary line carries a progress bar). A file that failed to load counts as a failure.
export function summaryReporter() {
  let last = [];
  const count = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions ?? last) {
        count(s.testResults, acc);
        if (!s.passed && s.errors?.length && !s.testResults?.tests?.length && !s.testResults?.suites?.length)
          acc.failed++;
      }
      process.once('exit', () =>
        process.stdout.write(`wtr: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`),
      );
    },
  };
}
