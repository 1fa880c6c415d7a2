// The reader's settings, in browser.storage.local. Each site's highlight choice is its own key, so two tabs
// choosing at once cannot overwrite each other's choice; everything else lives under one key.
import type { KeyValueArea } from './area';
import { DEFAULT_SETTINGS, type Settings } from './types';

const SETTINGS_KEY = 'settings';
const SITE_PREFIX = 'site-highlights:';

/** A hostname as the settings keep it: lower-case, no "www.", no port, no trailing dot. */
export function cleanHost(raw: string): string {
  let host = raw.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    // Not a URL: keep what was typed, cleaned below.
  }
  return host
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

function cleanHosts(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const hosts = list
    .filter((h): h is string => typeof h === 'string')
    .map(cleanHost)
    .filter(Boolean);
  return [...new Set(hosts)].sort();
}

/** Whatever is stored, as valid settings: unknown or wrong-typed values fall back to the defaults. */
export function sanitiseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const minScore =
    typeof r.minScore === 'number' && Number.isFinite(r.minScore) ? r.minScore : DEFAULT_SETTINGS.minScore;
  const siteHighlights: Record<string, boolean> = {};
  if (typeof r.siteHighlights === 'object' && r.siteHighlights !== null) {
    for (const [host, on] of Object.entries(r.siteHighlights)) {
      if (typeof on === 'boolean') siteHighlights[cleanHost(host)] = on;
    }
  }
  return {
    disabledSites: cleanHosts(r.disabledSites),
    historyEnabled:
      typeof r.historyEnabled === 'boolean' ? r.historyEnabled : DEFAULT_SETTINGS.historyEnabled,
    highlightsByDefault:
      typeof r.highlightsByDefault === 'boolean'
        ? r.highlightsByDefault
        : DEFAULT_SETTINGS.highlightsByDefault,
    minScore: Math.min(1, Math.max(0, minScore)),
    siteHighlights,
  };
}

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

/** Whether a host is one where Sourcelight stays off (the host itself or any subdomain of a listed one). */
export function isSiteDisabled(settings: Settings, host: string | null): boolean {
  if (!host) return false;
  const clean = cleanHost(host);
  return settings.disabledSites.some((site) => clean === site || clean.endsWith(`.${site}`));
}

export function highlightsOnFor(settings: Settings, host: string | null): boolean {
  const clean = host ? cleanHost(host) : '';
  return settings.siteHighlights[clean] ?? settings.highlightsByDefault;
}
