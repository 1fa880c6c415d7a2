// Where the outlets table (curated table and dataset) is loaded: only where pages are analysed (the
// background, Chrome's offscreen document) and the CLI, never in the content script that runs in every page.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function outletModulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((path) => path.startsWith('utils/outlets/'));
}

describe('where the outlets table is loaded', () => {
  it.each(['entrypoints/first-look/index.ts', 'inject/session.ts'])(
    'leaves it out of the content script (%s)',
    async (entry) => {
      expect(await outletModulesOf(entry)).toEqual([]);
    },
  );

  it.each(['entrypoints/background.ts', 'cli/analyze-file.ts'])(
    'loads it, dataset included, where pages are analysed (%s)',
    async (entry) => {
      expect(await outletModulesOf(entry)).toEqual(
        expect.arrayContaining(['utils/outlets/data.ts', 'utils/outlets/dataset.json']),
      );
    },
  );

  it("leaves it out of Chrome's offscreen document, which fetches it as a file (utils/outlets/outlets-file.ts)", async () => {
    const result = await build({
      entryPoints: ['entrypoints/offscreen/main.ts'],
      bundle: true,
      write: false,
      metafile: true,
      packages: 'external',
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const [output] = Object.values(result.metafile.outputs);
    const carried = (path: string) => output.inputs[path]?.bytesInOutput ?? 0;
    expect(carried('utils/outlets/outlets-file.ts')).toBeGreaterThan(0);
    expect(carried('utils/outlets/lookup.ts')).toBeGreaterThan(0);
    expect(carried('utils/outlets/data.ts')).toBe(0);
    expect(carried('utils/outlets/dataset.json')).toBe(0);
    expect(result.outputFiles[0].text).not.toContain('virtual:sourcelight-outlet-index');
  });
});
