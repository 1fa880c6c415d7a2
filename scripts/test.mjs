// `npm test`: every check the project has, in order, stopping at the first failure.
// Each step prints its name and duration; the last line is always `N passed, N failed[, N skipped]`,
// counting the unit and browser tests of this run (from Vitest's JSON reports in test-results/).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCounts, countReportFile, emptyCounts, findTestFiles, formatCounts } from './test-counts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const unitReport = join(resultsDir, 'unit.json');
const browserReport = join(resultsDir, 'browser.json');
const bin = (name) => join(root, 'node_modules/.bin', name);

const steps = [
  { name: 'type-check', command: [bin('tsc'), '--noEmit'] },
  { name: 'lint', command: [bin('biome'), 'check', '.'] },
  {
    name: 'unit tests',
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
    counts: () => countReportFile(unitReport, findTestFiles(join(root, 'tests/unit'))),
  },
  { name: 'build + zip (chrome)', command: [bin('wxt'), 'zip'] },
  { name: 'build + zip (firefox)', command: [bin('wxt'), 'zip', '-b', 'firefox'] },
  {
    name: 'firefox package lint (addons-linter, offline)',
    command: [process.execPath, 'scripts/lint-firefox.mjs'],
  },
  {
    name: 'browser tests',
    // The chrome and firefox builds from the zip steps are what get tested.
    command: [process.execPath, 'scripts/browser-tests.mjs', '--skip-build'],
    counts: () => countReportFile(browserReport, findTestFiles(join(root, 'tests/browser'))),
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

function runStep(command) {
  return new Promise((resolveStep) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error.message);
      resolveStep(1);
    });
    child.on('close', (code, signal) => resolveStep(signal ? 1 : (code ?? 1)));
  });
}

// Ctrl+C reaches the children through the terminal; just make sure we exit non-zero with them.
process.on('SIGINT', () => {
  process.exitCode = 130;
});

mkdirSync(resultsDir, { recursive: true });
for (const stale of [unitReport, browserReport]) rmSync(stale, { force: true });

const started = Date.now();
const timings = [];
let counts = emptyCounts();
let failedStep = null;

for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  const stepStarted = Date.now();
  const code = await runStep(step.command);
  const took = Date.now() - stepStarted;
  timings.push({ name: step.name, took, ok: code === 0 });
  if (step.counts) {
    const stepCounts = step.counts();
    // Vitest also fails a run for errors outside any test (unhandled rejections): count that as one failure.
    if (code !== 0 && stepCounts.failed === 0) {
      console.log(`(${step.name} exited ${code} without a failing test: counted as 1 failure)`);
      stepCounts.failed = 1;
    }
    counts = addCounts(counts, stepCounts);
  }
  console.log(
    `${code === 0 ? '✔' : '✖'} ${step.name} — ${seconds(took)}${code === 0 ? '' : ` (exit ${code})`}`,
  );
  if (code !== 0) {
    failedStep = step.name;
    break;
  }
}

console.log('\nSummary');
for (const { name, took, ok } of timings)
  console.log(`  ${ok ? '✔' : '✖'} ${name.padEnd(48)} ${seconds(took)}`);
for (const step of steps.slice(timings.length)) console.log(`  - ${step.name.padEnd(48)} not run`);
console.log(`  total ${seconds(Date.now() - started)}`);
if (timings.some(({ name }) => name === 'browser tests') && !existsSync('/usr/bin/chromium')) {
  console.log('\n!! Browser tests were SKIPPED: no /usr/bin/chromium (apt-get install -y chromium).');
}
if (timings.some(({ name }) => name === 'browser tests') && !existsSync('/usr/bin/firefox-esr')) {
  console.log('\n!! Firefox tests were SKIPPED: no /usr/bin/firefox-esr (apt-get install -y firefox-esr).');
}
if (failedStep) console.log(`\nnpm test FAILED at: ${failedStep}`);
console.log(formatCounts(counts));
process.exit(failedStep ? 1 : (process.exitCode ?? 0));
