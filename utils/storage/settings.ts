// The reader's settings as rules: hosts cleaned, stored values made valid, which sites are off and where
// highlights show. Pure: reading and writing them in browser.storage.local is settings-store.ts's (the
// background's).
import { hostOf } from '../url';
import { DEFAULT_SETTINGS, type Settings } from './types';

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

/** Whether a host is one where Sourcelight stays off (the host itself or any subdomain of a listed one). */
export function isSiteDisabled(settings: Settings, host: string | null): boolean {
  if (!host) return false;
  const clean = cleanHost(host);
  return settings.disabledSites.some((site) => clean === site || clean.endsWith(`.${site}`));
}

/** Whether the page at `url` is on a site where Sourcelight stays off. Its host is worked out only when some site
 * is: with none (the usual case) a page's first answer parses no URL and builds no expression for it. */
export function isPageDisabled(settings: Settings, url: string): boolean {
  return settings.disabledSites.length > 0 && isSiteDisabled(settings, hostOf(url));
}

export function highlightsOnFor(settings: Settings, host: string | null): boolean {
  const clean = host ? cleanHost(host) : '';
  return settings.siteHighlights[clean] ?? settings.highlightsByDefault;
}
