// The build reads a JSON file as one default export (wxt.config.ts: `json.namedExports: false`), except the data
// files it splits key by key (KEYED_JSON). A named import of any other JSON file passes the unit tests, which do not
// build, and breaks the extension's build: every such import must be a default one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['utils', 'entrypoints', 'inject', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The data files wxt.config.ts splits key by key, as paths from the project's root. */
function keyedJson(): Set<string> {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const list = /const KEYED_JSON = new Map\(\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
  return new Set([...list.matchAll(/'\.\/([^']+\.json)'/g)].map((m) => m[1]));
}

/** Named imports of JSON files: `import { a, b } from './x.json'`, with the file's path from the root. */
function namedJsonImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/import\s*(?:type\s*)?\{[^}]*\}\s*from\s*'([^']+\.json)'/g)].map((m) =>
    relative(ROOT, resolve(file, '..', m[1])),
  );
}

describe('JSON imports', () => {
  it('reads the keyed list from the build config', () => {
    expect(keyedJson().has('utils/analysis/data/lead-in-words.json')).toBe(true);
  });

  it('are default imports, except of the files the build splits key by key', () => {
    const keyed = keyedJson();
    const wrong = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      namedJsonImports(file)
        .filter((json) => !keyed.has(json))
        .map((json) => `${relative(ROOT, file)} → ${json}`),
    );
    expect(wrong).toEqual([]);
  });
});
