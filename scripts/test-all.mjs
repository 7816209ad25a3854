#!/usr/bin/env node
// `npm test`: every check, in order, continuing after a failure so that one run shows everything:
//
//   1. npm run typecheck      (prisma generate, next typegen, tsc)   — counts as 1 test
//   2. npm run lint           (eslint, no warnings allowed)          — counts as 1 test
//   3. vitest unit            → .test-output/vitest-unit.json
//   4. vitest integration     → .test-output/vitest-integration.json (PostgreSQL 15 or the embedded PostgreSQL, SMTP sink)
//   5. playwright (e2e)       → .test-output/playwright.json          (Debian chromium at /usr/bin/chromium)
//
// The last line printed is "N passed, N failed" (", N skipped" if any): the tests of the three JSON reports plus
// typecheck and lint as one test each. A step that fails without a report (crash, config error) counts as one
// failure. Exit code: 0 only when every step succeeded.
//
// Options: --skip-e2e (steps 1–4 only), --only=typecheck,lint,unit,integration,e2e

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countStep, formatSummary, sumCounts } from './test-summary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const OUT = path.join(ROOT, '.test-output');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const argv = process.argv.slice(2);
const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const skipE2e = argv.includes('--skip-e2e');

const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const playwright = path.join(ROOT, 'node_modules/@playwright/test/cli.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const steps = [
  { id: 'typecheck', title: 'Type check', command: npm, args: ['run', '--silent', 'typecheck'] },
  { id: 'lint', title: 'Lint', command: npm, args: ['run', '--silent', 'lint'] },
  {
    id: 'unit',
    title: 'Unit tests (Vitest)',
    command: process.execPath,
    args: [vitest, 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile=${path.join(OUT, 'vitest-unit.json')}`],
    kind: 'vitest',
    reportFile: path.join(OUT, 'vitest-unit.json'),
  },
  {
    id: 'integration',
    title: 'Integration tests (Vitest, database + SMTP)',
    command: process.execPath,
    args: [vitest, 'run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile=${path.join(OUT, 'vitest-integration.json')}`],
    kind: 'vitest',
    reportFile: path.join(OUT, 'vitest-integration.json'),
  },
  {
    id: 'e2e',
    title: 'End-to-end tests (Playwright, Chromium)',
    command: process.execPath,
    args: [playwright, 'test', '--pass-with-no-tests'],
    kind: 'playwright',
    reportFile: path.join(OUT, 'playwright.json'),
    precheck: () =>
      fs.existsSync(CHROMIUM)
        ? undefined
        : `Chromium is missing at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium ` +
          `(.ci/run does this). Never "npx playwright install": its downloads are not reachable.`,
  },
].filter((s) => (only ? only.includes(s.id) : !(skipE2e && s.id === 'e2e')));

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`[test] could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

// prisma generate (in typecheck) tries to download engines when DATABASE_URL is unset, as on a fresh clone without
// .env; any postgresql:// URL will do for it. The integration and e2e setups use their own databases.
process.env.DATABASE_URL ||= 'postgresql://postgres@127.0.0.1:5432/postgres';

fs.mkdirSync(OUT, { recursive: true });
const results = [];
const startedAll = performance.now();
for (const step of steps) {
  console.log(`\n━━━ ${step.title} ━━━`);
  if (step.reportFile) fs.rmSync(step.reportFile, { force: true });
  const t0 = performance.now();
  let exitCode;
  const problem = step.precheck?.();
  if (problem) {
    console.error(`[test] ${problem}`);
    exitCode = 1;
  } else {
    exitCode = await run(step.command, step.args);
  }
  const counts = countStep({ exitCode, kind: step.kind, reportFile: step.reportFile });
  const seconds = (performance.now() - t0) / 1000;
  results.push({ ...step, exitCode, counts, seconds });
  console.log(`[test] ${step.title}: ${exitCode === 0 ? 'OK' : `FAILED (exit code ${exitCode})`} in ${seconds.toFixed(1)} s`);
}

console.log('\n━━━ Summary ━━━');
for (const r of results) {
  const c = r.counts;
  const detail = `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.flaky ? ` (${c.flaky} flaky: passed on retry)` : ''}`;
  console.log(`${r.exitCode === 0 ? '✔' : '✘'} ${r.title.padEnd(46)} ${detail.padEnd(34)} ${r.seconds.toFixed(1)} s`);
}
console.log(`total time ${((performance.now() - startedAll) / 1000).toFixed(1)} s; typecheck and lint count as one test each`);
const totals = sumCounts(results.map((r) => r.counts));
const allOk = results.every((r) => r.exitCode === 0);
console.log(formatSummary(totals));
process.exit(allOk ? 0 : 1);
