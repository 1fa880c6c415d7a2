// One spelling per page, so a claim's id (hash of page URL + text) and the library's page key do not depend
// on how the reader arrived (tracking parameters, fragments, host case, default ports, parameter order).

/** Query parameters that only say how the reader got here, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function decodedName(pair: string): string {
  const raw = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lower-cases the host, drops default ports, the fragment and tracking parameters (utm_*, fbclid, gclid, …),
 * and sorts the remaining query parameters (keeping their original encoding). A string that is not an
 * absolute URL comes back trimmed but otherwise unchanged.
 */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  // URL already lower-cases the scheme and host and drops the scheme's default port.
  parsed.hash = '';
  const pairs = parsed.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodedName(pair)));
  // Code-unit order, not locale order: the result must be the same on every machine.
  pairs.sort((a, b) => compare(decodedName(a), decodedName(b)) || compare(a, b));
  parsed.search = pairs.length ? `?${pairs.join('&')}` : '';
  return parsed.href;
}

/** Whether a URL may be opened or linked to: only http(s), never javascript:, data: or the like. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host a URL belongs to, lower-cased, or null for something that is not a web URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
}

/** Whether the host is a web archive's: the Wayback Machine's or one of archive.today's domains. */
export function isArchiveHost(host: string | null | undefined): boolean {
  return !!host && /^(?:web\.archive\.org|archive\.(?:today|ph|is|li|md|vn|fo))$/i.test(host);
}

/**
 * The address a web archive's capture shows, or null when the URL is not a capture. The Wayback Machine's
 * captures are "web.archive.org/web/<timestamp>[<modifier>_]/<address>" (a "*" after the timestamp lists the
 * captures of that address); archive.today's, on each of its domains, "/<timestamp>/<address>",
 * "/newest/<address>" and, for the links inside a capture, "/o/<capture id>/<address>". An address without its
 * scheme gets "https://".
 */
export function capturedUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m =
    /^https?:\/\/web\.archive\.org\/web\/\d{1,14}(?:[a-z]{2}_)?\*?\/(.+)$/i.exec(url) ??
    /^https?:\/\/archive\.(?:today|ph|is|li|md|vn|fo)\/(?:\d{4,14}|newest|oldest|o\/\w{4,12})\/(.+)$/i.exec(
      url,
    );
  if (!m) return null;
  const inner = /^https?:\/\//i.test(m[1]) ? m[1] : `https://${m[1].replace(/^\/+/, '')}`;
  return isWebUrl(inner) ? inner : null;
}

/**
 * The host a web URL names a site by, without "www." ("www.reuters.com" → "reuters.com"), or null. A web
 * archive's capture names the site it shows, not the archive's.
 */
export function siteHostOf(url: string | null | undefined): string | null {
  return hostOf(capturedUrl(url) ?? url)?.replace(/^www\./, '') ?? null;
}

/**
 * Whether two addresses show the same page, allowing for what redirects commonly change: http → https, a
 * "www." host, a trailing slash.
 */
export function samePage(a: string, b: string): boolean {
  const loose = (url: string) =>
    normaliseUrl(url)
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/(?=\?|$)/, '');
  return loose(a) === loose(b);
}
