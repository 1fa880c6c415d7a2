// The built packages carry the icon set (16 to 128 px) as the extension's icons and the toolbar action's.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.output');
const SIZES = ['16', '32', '48', '128'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe.each([
  { dir: 'chrome-mv3', action: 'action' },
  { dir: 'firefox-mv2', action: 'browser_action' },
])('$dir manifest', ({ dir, action }) => {
  const manifestPath = join(OUTPUT, dir, 'manifest.json');
  it.skipIf(!existsSync(manifestPath))('lists icons 16/32/48/128 and the action’s default icon', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(Object.keys(manifest.icons).sort()).toEqual([...SIZES].sort());
    expect(manifest[action].default_icon).toEqual(manifest.icons);
    for (const size of SIZES) {
      const file = join(OUTPUT, dir, manifest.icons[size]);
      expect(pngSize(file)).toEqual([Number(size), Number(size)]);
    }
  });
});
