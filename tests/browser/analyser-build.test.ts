// The analyser's host starts with its data ready to read (docs/highlights.md, "The first load"): the outlets
// index made at build time, and the outlets dataset as JSON.parse of a string rather than an object literal,
// which V8 parses far more slowly. This reads the bundles the build wrote, for both browsers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shippedIndexFile } from '../../utils/outlets/default-lookup';

const OUTPUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.output');

/** The bundle holding the analyser: Chrome's offscreen document's chunk, Firefox's background page. */
function analyserBundle(dir: string): string | null {
  const root = join(OUTPUT, dir);
  if (!existsSync(join(root, 'manifest.json'))) return null;
  if (dir === 'firefox-mv2') return readFileSync(join(root, 'background.js'), 'utf8');
  const chunk = readdirSync(join(root, 'chunks')).find((f) => f.startsWith('offscreen-'));
  return chunk ? readFileSync(join(root, 'chunks', chunk), 'utf8') : null;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s analyser bundle', (dir) => {
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
