/**
 * Writes the browser tests' counts, and what failed, to a file so `npm test` can end with one
 * plain list of failures and one closing line (web-test-runner's own summary shares its line with
 * a progress bar, and its failure reports sit in the middle of a long log, far from the end that
 * a CI page shows).
 */
import { relative } from 'node:path';
import { writeFileSync } from 'node:fs';

/** The first lines of an error: enough to name the cause without the whole stack. */
function shortError(error) {
  if (!error) return '';
  const lines = String(error.message ?? error).split('\n').slice(0, 6);
  const where = String(error.stack ?? '').split('\n').find((line) => /\.test\.ts/.test(line));
  return [...lines, ...(where ? [where.trim()] : [])].join('\n');
}

function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push({ file, test: [...path, test.name].join(' › '), error: shortError(test.error) });
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        count(session.testResults, totals, file);
        // A test file that failed to load has no test results but must still count as failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.sessionErrors++;
          totals.failures.push({ file, test: '(the file itself)', error: session.errors.map(shortError).join('\n') });
        }
      }
      const file = process.env.QW_TEST_SUMMARY;
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
