// Bundles the command-line tool (cli/sourcelight.ts and the pure core it uses) into dist/cli.mjs,
// so `npx sourcelight` works right after `npm install` on Node 20, which cannot run TypeScript itself.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/sourcelight.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
