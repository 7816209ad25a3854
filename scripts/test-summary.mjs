// Counting for scripts/test-all.mjs: reads the JSON reports of Vitest and Playwright and sums them into the one line
// CI reads: "N passed, N failed" (", N skipped" when some were skipped).

import fs from 'node:fs';

/** @typedef {{ passed: number, failed: number, skipped: number, flaky?: number }} Counts */

/** Vitest's JSON reporter (Jest-compatible). A file that failed to load counts as one failure. */
export function countVitest(report) {
  const failedTests = report.numFailedTests ?? 0;
  let failed = failedTests;
  if (report.success === false && failedTests === 0) failed = Math.max(1, report.numFailedTestSuites ?? 0);
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter. Flaky tests (passed on retry) count as passed and are reported apart;
 * errors outside tests (e.g. in the global setup) count as failures. */
export function countPlaywright(report) {
  const stats = report.stats ?? {};
  const unexpected = stats.unexpected ?? 0;
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: unexpected + globalErrors,
    skipped: stats.skipped ?? 0,
    flaky: stats.flaky ?? 0,
  };
}

/** Counts of one step from its exit code and (optional) report: a failing step always counts at least one failure,
 * and a step without report counts as one test (typecheck, lint). */
export function countStep({ exitCode, kind, reportFile }) {
  let counts;
  if (kind && reportFile && fs.existsSync(reportFile)) {
    try {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      counts = kind === 'playwright' ? countPlaywright(report) : countVitest(report);
    } catch {
      counts = undefined;
    }
  }
  counts ??= { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return counts;
}

/** @param {Counts[]} list */
export function sumCounts(list) {
  return list.reduce(
    (t, c) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed, skipped: t.skipped + c.skipped, flaky: (t.flaky ?? 0) + (c.flaky ?? 0) }),
    { passed: 0, failed: 0, skipped: 0, flaky: 0 },
  );
}

/** @param {Counts} totals */
export function formatSummary(totals) {
  return `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
}
