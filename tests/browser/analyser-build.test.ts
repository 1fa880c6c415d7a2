// The analyser's host starts with its data ready to read (docs/highlights.md, "The first load"): the outlets
// index made at build time, and the outlets dataset as JSON.parse of a string rather than an object literal,
// which V8 parses far more slowly; Chrome's offscreen document fetches both, with the curated table, as one file
// instead of carrying them in its script. This reads the bundles and files the build wrote, for both browsers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { shippedIndexFile, shippedOutletsFile } from '../../utils/outlets/default-lookup';
import { OUTLETS_FILE, outletsFileText } from '../../utils/outlets/outlets-file';

const OUTPUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.output');

/** The bundle holding the analyser: Chrome's offscreen document's chunk, Firefox's background page. */
function analyserBundle(dir: string): string | null {
  const root = join(OUTPUT, dir);
  if (!existsSync(join(root, 'manifest.json'))) return null;
  if (dir === 'firefox-mv2') return readFileSync(join(root, 'background.js'), 'utf8');
  const chunk = readdirSync(join(root, 'chunks')).find((f) => f.startsWith('offscreen-'));
  return chunk ? readFileSync(join(root, 'chunks', chunk), 'utf8') : null;
}

describe('chrome-mv3 outlets file', () => {
  const bundle = analyserBundle('chrome-mv3');
  const root = join(OUTPUT, 'chrome-mv3');
  it.skipIf(bundle === null)('holds the table, dataset and index, which the script does not carry', () => {
    expect(readFileSync(join(root, OUTLETS_FILE), 'utf8')).toBe(outletsFileText(shippedOutletsFile()));
    const index = JSON.stringify(shippedIndexFile());
    expect(bundle).not.toContain(index.slice(0, 200));
    expect(bundle).not.toMatch(/Wikidata/);
    expect(bundle).not.toMatch(/name:[`'"]Adnkronos/);
  });
  it.skipIf(bundle === null)('is fetched as the offscreen document starts (preloaded)', () => {
    expect(readFileSync(join(root, 'offscreen.html'), 'utf8')).toContain(
      `<link rel="preload" href="/${OUTLETS_FILE}" as="fetch" crossorigin="anonymous">`,
    );
  });
});

describe.each(['firefox-mv2'])('%s analyser bundle', (dir) => {
  const bundle = analyserBundle(dir);
  it.skipIf(bundle === null)('carries the outlets index made at build time, as JSON', () => {
    const written = JSON.stringify(shippedIndexFile());
    expect(bundle).toContain(written.slice(0, 200));
    expect(bundle).toContain(written.slice(-200));
  });
  it.skipIf(bundle === null)('carries the outlets dataset as JSON to parse, not as an object literal', () => {
    expect(bundle).toMatch(/JSON\.parse\([`'"]\{"source":"Wikidata/);
    expect(bundle).not.toMatch(/\{source:[`'"]Wikidata/);
  });
});

/** The flags of each regular expression literal over a Unicode property in `code`. */
function propertyLiteralFlags(code: string): string[] {
  const flags: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const literal = node as { type?: string; regex?: { pattern: string; flags: string } };
    if (literal.type === 'Literal' && literal.regex && /\\[pP]\{/.test(literal.regex.pattern))
      flags.push(literal.regex.flags);
    for (const value of Object.values(node)) visit(value);
  };
  visit(parseAst(code));
  return flags;
}

describe('chrome-mv3 analyser bundle', () => {
  const bundle = analyserBundle('chrome-mv3');
  it.skipIf(bundle === null)(
    'writes its expressions over Unicode properties as strings, but those kept with g or y (scripts/unicode-regexps.mjs)',
    () => {
      // V8 checks every such literal as it compiles the chunk, before the document's first answer.
      const flags = propertyLiteralFlags(bundle ?? '');
      expect(flags.every((f) => /[gy]/.test(f))).toBe(true);
      expect(bundle).toContain('new RegExp(');
    },
  );
});
