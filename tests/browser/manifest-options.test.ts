// The built packages open the settings in a tab of their own (options_ui.open_in_tab), not in Chrome's narrow
// extension dialog. WXT writes options_ui from entrypoints/options/index.html's meta tags, so this reads what
// it wrote, for both browsers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.output');

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (dir) => {
  const manifestPath = join(OUTPUT, dir, 'manifest.json');
  it.skipIf(!existsSync(manifestPath))('opens the options page in its own tab', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
  });
});
