/**
 * Writes the browser tests' counts to a file so `npm test` can print one plain closing line
 * (web-test-runner's own summary shares its line with a progress bar).
 */
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A test file that failed to load has no test results but must still count as failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors++;
      }
      const file = process.env.QW_TEST_SUMMARY;
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
