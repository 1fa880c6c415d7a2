// Runs a TypeScript script on Node 20 (which cannot run TypeScript itself): bundles it with esbuild into a
// temporary file, then imports it. Arguments after the script's path are passed on in process.argv.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [, , script, ...rest] = process.argv;
if (!script) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args...]');
  process.exit(2);
}
// Inside the project, so the bundle's imports of packages resolve from node_modules.
const dir = resolve('node_modules/.cache/sourcelight-run');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `script-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(script)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(script), ...rest];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  process.on('exit', () => rmSync(outfile, { force: true }));
}
