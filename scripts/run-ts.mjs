// Runs a TypeScript script on Node 20 (which cannot run TypeScript itself): bundles it with esbuild into a
// temporary file, then imports it. Arguments after the script's path are passed on in process.argv.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [, , script, ...rest] = process.argv;
if (!script) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args...]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-run-'));
const outfile = join(dir, 'script.mjs');
await build({
  entryPoints: [resolve(script)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // Bundled output lives in a temp dir; resolve packages from the project.
  nodePaths: [resolve('node_modules')],
});
process.argv = [process.argv[0], resolve(script), ...rest];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
