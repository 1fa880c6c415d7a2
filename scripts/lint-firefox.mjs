// Validates the Firefox package with Mozilla's addons-linter, offline. Lints the newest
// .output/*-firefox.zip (what would be uploaded), or .output/firefox-mv2 when no zip exists.
// Fails on any error; warnings and notices are printed but do not fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(root, '.output');

function packageToLint() {
  const explicit = process.argv[2];
  if (explicit) return explicit;
  const zips = existsSync(outputDir)
    ? readdirSync(outputDir)
        .filter((name) => name.endsWith('-firefox.zip'))
        .map((name) => join(outputDir, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (zips.length > 0) return zips[0];
  const dir = join(outputDir, 'firefox-mv2');
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  return null;
}

const target = packageToLint();
if (!target) {
  console.error('lint-firefox: nothing to lint. Run `npm run zip` (or `npx wxt zip -b firefox`) first.');
  process.exit(1);
}

const linter = spawnSync(
  process.execPath,
  [
    '--import',
    join(root, 'scripts/no-network.mjs'),
    join(root, 'node_modules/addons-linter/bin/addons-linter'),
    '--output',
    'json',
    '--boring',
    target,
  ],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);

let report;
try {
  report = JSON.parse(linter.stdout);
} catch {
  console.error(`lint-firefox: addons-linter did not produce a report (exit ${linter.status}).`);
  process.stderr.write(linter.stdout ?? '');
  process.stderr.write(linter.stderr ?? '');
  process.exit(1);
}

const where = (message) =>
  message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
const { errors = [], warnings = [], notices = [] } = report;
console.log(
  `addons-linter ${relative(root, target)}: ${errors.length} error(s), ${warnings.length} warning(s), ${notices.length} notice(s)`,
);
for (const [label, list] of [
  ['error', errors],
  ['warning', warnings],
  ['notice', notices],
]) {
  for (const message of list) console.log(`  ${label} ${message.code}: ${message.message}${where(message)}`);
}
process.exit(errors.length > 0 ? 1 : 0);
