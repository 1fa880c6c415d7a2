#!/usr/bin/env node
// Thin launcher: the real tool is bundled by `npm install` (scripts/build-cli.mjs). Pages nested thousands of
// levels deep overflow Node's default stack inside the DOM library, so the tool runs with a larger one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STACK = '--stack-size=4000';
if (!process.execArgv.includes(STACK)) {
  const run = spawnSync(process.execPath, [STACK, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error(
    'sourcelight: dist/cli.mjs is missing; run `npm install` (or `node scripts/build-cli.mjs`) first.',
  );
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
