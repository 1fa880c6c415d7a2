// @vitest-environment node
// The background is the library's one writer. Extension pages (popup, options, and any other page with an
// index.html) read IndexedDB through the read API (utils/storage/library-read.ts) and send every change as a
// message; this checks it on what the pages actually bundle: esbuild follows their imports (type-only ones
// vanish, as in the build), and no module of the write API may be among them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Modules that write the library or the extension's storage areas: the background's alone. */
const WRITE_API = [
  'utils/storage/area.ts',
  'utils/storage/db.ts',
  'utils/storage/history.ts',
  'utils/storage/library-import.ts',
  'utils/storage/library.ts',
  'utils/storage/migrations.ts',
  'utils/storage/record-analysis.ts',
  'utils/storage/settings-store.ts',
  'utils/storage/tab-state.ts',
  'utils/messaging/router.ts',
];

/**
 * What changes the database or a storage area: a readwrite transaction (or a function typed to take one),
 * a schema change, a key-value area's set or remove.
 */
const WRITES = /'readwrite'|createObjectStore|deleteIndex|\barea\.(set|remove)\(/;

/** The project's files an entry point bundles, relative to the repository. */
async function bundled(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    // Modules the build makes (wxt.config.ts: the outlets index, as data) are no one's write API.
    external: ['virtual:*'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules'));
}

/** Every extension page: each entry point with an index.html, by the module its page loads. */
function extensionPages(): string[] {
  const dir = join(root, 'entrypoints');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .flatMap((entry) => {
      const html = readFileSync(join(dir, entry.name, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) => m[1]);
      return scripts.map((script) => `entrypoints/${entry.name}/${script}`);
    });
}

describe('the single writer', () => {
  it('finds the extension pages', () => {
    expect(extensionPages()).toEqual(
      expect.arrayContaining(['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx']),
    );
  });

  it.each(extensionPages())(
    '%s bundles no part of the write API',
    async (entry) => {
      const files = await bundled(entry);
      expect(files.filter((file) => WRITE_API.includes(file))).toEqual([]);
    },
    30_000,
  );

  it.each(['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'])(
    '%s reads the library itself and writes through messages',
    async (entry) => {
      const files = await bundled(entry);
      expect(files).toContain('utils/storage/library-read.ts');
      expect(files).toContain('utils/messaging/client.ts');
    },
    30_000,
  );

  it('finds the write API where it belongs: in the background', async () => {
    const files = await bundled('entrypoints/background.ts');
    for (const module of ['utils/storage/library.ts', 'utils/storage/db.ts', 'utils/messaging/router.ts'])
      expect(files).toContain(module);
  }, 30_000);

  it('lists every storage module that writes', () => {
    const dir = join(root, 'utils/storage');
    const writers = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `utils/storage/${name}`)
      .filter((path) => WRITES.test(readFileSync(join(root, path), 'utf8')));
    expect(writers.length).toBeGreaterThan(5);
    expect(writers.filter((path) => !WRITE_API.includes(path))).toEqual([]);
  });
});
