// @vitest-environment node
// Chrome's service worker evaluates its whole script before it opens the analyser's offscreen document, so a
// fresh browser's first page waits for that evaluation too (docs/highlights.md, "The worker's script"). The
// analyser and its word lists belong to the offscreen document (and to Firefox's background page, which
// imports them when first asked): none of them may be among the modules the worker's script loads at start.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The modules the background's script loads as it starts: its static imports, followed from module to module. */
async function loadedAtStart(): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/background.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    external: ['wxt/*', 'virtual:*'],
    define: { __SOURCELIGHT_TIMING__: 'false', 'import.meta.env.FIREFOX': 'false' },
    logLevel: 'silent',
  });
  const { inputs } = result.metafile;
  const seen = new Set(['entrypoints/background.ts']);
  const queue = [...seen];
  for (let file = queue.shift(); file !== undefined; file = queue.shift())
    for (const { path, kind } of inputs[file]?.imports ?? [])
      if (kind === 'import-statement' && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
  return [...seen];
}

describe('the service worker’s script', () => {
  it('loads neither the analyser nor its data as it starts', async () => {
    const modules = await loadedAtStart();
    // The walk follows the worker's own imports (the router, the offscreen link).
    expect(modules).toContain('utils/messaging/router.ts');
    expect(modules).toContain('utils/messaging/offscreen.ts');
    const heavy = modules.filter(
      (file) =>
        file.endsWith('.json') ||
        (/^utils\/(analysis|outlets)\//.test(file) && file !== 'utils/analysis/report.ts') ||
        file === 'utils/round-trip/host/analyse.ts' ||
        file === 'utils/claims/extract.ts',
    );
    expect(heavy).toEqual([]);
  }, 30_000);
});
