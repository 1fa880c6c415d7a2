// The reader's settings in browser.storage.local, read and written by the background (extension pages send
// settings/get and settings/set). Each site's highlight choice is its own key, so two tabs choosing at once
// cannot overwrite each other's choice; everything else lives under one key.
import type { KeyValueArea } from './area';
import { cleanHost, sanitiseSettings } from './settings';
import type { Settings } from './types';

const SETTINGS_KEY = 'settings';
const SITE_PREFIX = 'site-highlights:';

export async function readSettings(area: KeyValueArea): Promise<Settings> {
  const all = await area.get(null);
  const siteHighlights: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(SITE_PREFIX)) siteHighlights[key.slice(SITE_PREFIX.length)] = value;
  }
  const base = typeof all[SETTINGS_KEY] === 'object' && all[SETTINGS_KEY] !== null ? all[SETTINGS_KEY] : {};
  return sanitiseSettings({ ...(base as object), siteHighlights });
}

/** Applies a change and returns the settings as now stored. */
export async function writeSettings(area: KeyValueArea, change: Partial<Settings>): Promise<Settings> {
  const current = await readSettings(area);
  const next = sanitiseSettings({ ...current, ...change, siteHighlights: current.siteHighlights });
  const { siteHighlights: _sites, ...rest } = next;
  const items: Record<string, unknown> = { [SETTINGS_KEY]: rest };
  if (change.siteHighlights) {
    for (const [host, on] of Object.entries(
      sanitiseSettings({ siteHighlights: change.siteHighlights }).siteHighlights,
    )) {
      items[SITE_PREFIX + host] = on;
    }
  }
  await area.set(items);
  return readSettings(area);
}

export async function chooseSiteHighlights(area: KeyValueArea, host: string, on: boolean): Promise<void> {
  const clean = cleanHost(host);
  if (clean) await area.set({ [SITE_PREFIX + clean]: on });
}
