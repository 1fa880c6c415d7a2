// Turns Vitest JSON reports into pass/fail/skip counts for the last line of `npm test`.
// A file that fails without any failing test (import error, throw at top level, no tests) counts as one
// failure, and so does an expected file the report never mentions: every file must show up somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function emptyCounts() {
  return { passed: 0, failed: 0, skipped: 0 };
}

export function addCounts(a, b) {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** Counts one parsed Vitest JSON report; `expectedFiles` (absolute paths) must each appear in it. */
export function countReport(report, expectedFiles = []) {
  const counts = emptyCounts();
  const seen = new Set();
  for (const file of report.testResults ?? []) {
    seen.add(resolve(file.name));
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') failedInFile += 1;
      else counts.skipped += 1;
    }
    if (failedInFile === 0 && file.status === 'failed') failedInFile = 1;
    counts.failed += failedInFile;
  }
  for (const file of expectedFiles) {
    if (!seen.has(resolve(file))) counts.failed += 1;
  }
  return counts;
}

/** Counts a report file; a missing or unreadable report counts each expected file as failed. */
export function countReportFile(path, expectedFiles = []) {
  if (!existsSync(path)) return { ...emptyCounts(), failed: expectedFiles.length };
  try {
    return countReport(JSON.parse(readFileSync(path, 'utf8')), expectedFiles);
  } catch {
    return { ...emptyCounts(), failed: Math.max(1, expectedFiles.length) };
  }
}

/** Test files under `dir` (recursively) whose names match `pattern`. */
export function findTestFiles(dir, pattern = /\.test\.tsx?$/) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The exact last line of `npm test`. */
export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
