#!/usr/bin/env node
// Neither vitest nor Playwright ends with a line CI can read, so this sums every runner's JSON report
// into one closing line, `N passed, N failed`, and exits non-zero on any failure or missing report.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const reports = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.reports');

/** The parsed report, or undefined when the runner never wrote it (it crashed or never ran). */
function read(file) {
  const path = join(reports, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const number = (value) => (Number.isInteger(value) && value >= 0 ? value : 0);

function vitest(report) {
  // A test file that throws while loading fails its suite without failing a single test.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  let failed = number(report.numFailedTests) + brokenFiles;
  if (report.success === false && failed === 0) failed = 1;
  return { passed: number(report.numPassedTests), failed, note: brokenFiles > 0 ? `${brokenFiles} file(s) failed to load` : '' };
}

function playwright(report) {
  const { expected, unexpected, flaky } = report.stats ?? {};
  // Retries are off, so a flaky result is a failure too; top-level errors are files that did not load,
  // a global timeout and the like.
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  const notes = [flaky > 0 ? `${flaky} flaky` : '', errors > 0 ? `${errors} error(s) outside tests` : ''].filter(Boolean);
  return { passed: number(expected), failed: number(unexpected) + number(flaky) + errors, note: notes.join(', ') };
}

function size(report) {
  const checks = Array.isArray(report) ? report : [];
  const over = checks.filter((check) => check.pass !== true);
  return { passed: checks.length - over.length, failed: checks.length === 0 ? 1 : over.length, note: over.map((c) => c.name).join(', ') };
}

const runners = [
  { name: 'vitest', step: 'unit', file: 'vitest.json', count: vitest },
  { name: 'playwright', step: 'e2e', file: 'playwright.json', count: playwright },
  { name: 'firefox', step: 'firefox', file: 'firefox.json', count: vitest },
  { name: 'size', step: 'size', file: 'size.json', count: size },
];

const rows = [];
const steps = read('steps.json');
if (!Array.isArray(steps)) rows.push({ name: 'npm test', passed: 0, failed: 1, note: 'no .reports/steps.json: npm test did not finish' });
const stepStatus = (name) => (Array.isArray(steps) ? steps.find((s) => s.name === name)?.status : undefined);

for (const name of ['typecheck', 'lint', 'build']) {
  const status = stepStatus(name);
  if (status !== undefined) rows.push({ name, passed: 0, failed: status === 'passed' ? 0 : 1, note: status === 'passed' ? '' : 'step failed' });
}
for (const { name, step, file, count } of runners) {
  const report = read(file);
  if (report === undefined) {
    rows.push({ name, passed: 0, failed: 1, note: `no readable .reports/${file}` });
    continue;
  }
  const row = { name, ...count(report) };
  // The step's exit code has the last word: a runner that failed must not sum to "0 failed".
  if (stepStatus(step) === 'failed' && row.failed === 0) {
    row.failed = 1;
    row.note = `${step} step failed without a failing test in its report`;
  }
  rows.push(row);
}

console.log(`${'runner'.padEnd(12)}${'passed'.padStart(7)}${'failed'.padStart(8)}`);
for (const { name, passed, failed, note } of rows) {
  console.log(`${name.padEnd(12)}${String(passed).padStart(7)}${String(failed).padStart(8)}${note ? `  ${note}` : ''}`);
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
