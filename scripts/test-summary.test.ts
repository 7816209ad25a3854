import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPlaywright, countStep, countVitest, formatSummary, sumCounts } from './test-summary.mjs';

describe('test summary', () => {
  it('counts a Vitest JSON report', () => {
    expect(countVitest({ numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1, success: false })).toEqual({
      passed: 7,
      failed: 2,
      skipped: 2,
    });
  });

  it('counts a Vitest file that failed to load as a failure', () => {
    expect(countVitest({ numPassedTests: 3, numFailedTests: 0, numFailedTestSuites: 1, success: false }).failed).toBe(1);
  });

  it('counts Playwright stats, flaky as passed and global errors as failures', () => {
    expect(countPlaywright({ stats: { expected: 5, unexpected: 1, flaky: 2, skipped: 1 }, errors: [{ message: 'setup' }] })).toEqual({
      passed: 7,
      failed: 2,
      skipped: 1,
      flaky: 2,
    });
  });

  it('counts a step without report as one test, and a failing step as at least one failure', () => {
    expect(countStep({ exitCode: 0 })).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(countStep({ exitCode: 2 })).toEqual({ passed: 0, failed: 1, skipped: 0 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(file, JSON.stringify({ numPassedTests: 4, numFailedTests: 0, success: true }));
    expect(countStep({ exitCode: 1, kind: 'vitest', reportFile: file })).toEqual({ passed: 4, failed: 1, skipped: 0 });
    expect(countStep({ exitCode: 1, kind: 'vitest', reportFile: path.join(dir, 'missing.json') })).toEqual({ passed: 0, failed: 1, skipped: 0 });
    fs.rmSync(dir, { recursive: true });
  });

  it('sums and formats the closing line', () => {
    const totals = sumCounts([
      { passed: 1, failed: 0, skipped: 0 },
      { passed: 10, failed: 2, skipped: 3 },
    ]);
    expect(formatSummary(totals)).toBe('11 passed, 2 failed, 3 skipped');
    expect(formatSummary({ passed: 4, failed: 0, skipped: 0 })).toBe('4 passed, 0 failed');
  });
});
