// Runs the real-browser tests (tests/browser/**/*.test.ts) against the built extensions: Chrome's in Chromium,
// Firefox's in Firefox ESR (tests/browser/firefox.test.ts).
// Usage: node scripts/browser-tests.mjs [--skip-build] [vitest args...]
// Without /usr/bin/chromium or /usr/bin/firefox-esr: a failure when CI=true, otherwise a loud skip (the tests
// are still collected and reported as skipped, so they are counted). Writes Vitest's JSON report to
// test-results/browser.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const reportPath = join(resultsDir, 'browser.json');
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const bin = (name) => join(root, 'node_modules/.bin', name);

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const vitestArgs = args.filter((arg) => arg !== '--skip-build');
const inCi = process.env.CI === 'true' || process.env.CI === '1';

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

mkdirSync(resultsDir, { recursive: true });
rmSync(reportPath, { force: true });

const browserMissing = !existsSync(CHROMIUM);
if (browserMissing && inCi) {
  console.error(`\n✖ Browser tests cannot run: no Chromium at ${CHROMIUM}, and CI=true requires them.`);
  console.error('  Install it with `apt-get install -y chromium` (.ci/run does this).\n');
  process.exit(1);
}

const firefoxMissing = !existsSync(FIREFOX);
if (firefoxMissing && inCi) {
  console.error(`\n✖ Firefox tests cannot run: no Firefox ESR at ${FIREFOX}, and CI=true requires them.`);
  console.error('  Install it with `apt-get install -y firefox-esr` (.ci/run does this).\n');
  process.exit(1);
}

if (!skipBuild && !browserMissing) {
  const status = run(bin('wxt'), ['build']);
  if (status !== 0) process.exit(status);
}
if (!skipBuild && !firefoxMissing) {
  const status = run(bin('wxt'), ['build', '-b', 'firefox']);
  if (status !== 0) process.exit(status);
}

const status = run(bin('vitest'), [
  'run',
  '--config',
  'vitest.browser.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportPath}`,
  // Without a browser, a name pattern that matches nothing: every test is collected and reported as
  // skipped (so it is counted), and no hook launches anything.
  ...(browserMissing ? ['--testNamePattern', '(?!)'] : []),
  ...vitestArgs,
]);

if (browserMissing) {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.`);
  console.warn('!! Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) to run them.');
  console.warn(`!! With CI=true this is a failure.\n${bar}\n`);
}
if (firefoxMissing && !browserMissing) {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! FIREFOX TESTS SKIPPED: no Firefox ESR at ${FIREFOX}.`);
  console.warn('!! Install it (Debian: `sudo apt-get install -y firefox-esr`) to run them.');
  console.warn(`!! With CI=true this is a failure.\n${bar}\n`);
}
process.exit(status);
