#!/usr/bin/env node
// Thin launcher: the real tool is bundled by `npm install` (scripts/build-cli.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error(
    'sourcelight: dist/cli.mjs is missing; run `npm install` (or `node scripts/build-cli.mjs`) first.',
  );
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
