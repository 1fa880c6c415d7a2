// The first look is loaded on every page at document_start, so that it can look at DOMContentLoaded itself
// (inject/when-parsed.ts) rather than when the browser gets round to document_end scripts, or finds the page
// idle. This reads the manifests the build wrote, for both browsers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.output');

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (dir) => {
  const manifestPath = join(OUTPUT, dir, 'manifest.json');
  it.skipIf(!existsSync(manifestPath))('loads the first look on every page at document_start', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.content_scripts).toEqual([
      { matches: ['<all_urls>'], js: ['first-look.js'], run_at: 'document_start' },
    ]);
  });
});
