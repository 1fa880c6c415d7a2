// The settings the background keeps between pages: read once, read again after a change or a failure.
import { describe, expect, it } from 'vitest';
import { cachedSettings } from '../../utils/storage/settings-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/types';

function stored() {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let reads = 0;
  let fail = false;
  let changed: () => void = () => {};
  const read = async () => {
    reads++;
    if (fail) throw new Error('storage.local is gone');
    return settings;
  };
  const cache = cachedSettings(read, (drop) => {
    changed = drop;
  });
  return {
    cache,
    reads: () => reads,
    write(next: Partial<Settings>) {
      settings = { ...settings, ...next };
      changed();
    },
    failNext(on: boolean) {
      fail = on;
    },
  };
}

describe('the settings kept between pages', () => {
  it('reads storage once for many pages', async () => {
    const store = stored();
    await store.cache();
    await store.cache();
    expect(store.reads()).toBe(1);
  });

  it('reads again after the settings change', async () => {
    const store = stored();
    expect((await store.cache()).disabledSites).toEqual([]);
    store.write({ disabledSites: ['zerohedge.com'] });
    expect((await store.cache()).disabledSites).toEqual(['zerohedge.com']);
    expect(store.reads()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const store = stored();
    store.failNext(true);
    await expect(store.cache()).rejects.toThrow('storage.local is gone');
    store.failNext(false);
    expect((await store.cache()).minScore).toBe(DEFAULT_SETTINGS.minScore);
    expect(store.reads()).toBe(2);
  });

  it('does not keep a read that a change overtook', async () => {
    const store = stored();
    const early = store.cache();
    store.write({ disabledSites: ['zerohedge.com'] });
    await early;
    expect((await store.cache()).disabledSites).toEqual(['zerohedge.com']);
  });
});
