// The rules that turn iptv-org's channel list (data/channels.csv: id, name, alt_names, network, owners,
// country, categories, is_nsfw, launched, closed, replaced_by, website) into broadcasters grouped by their
// own domain. Pure: scripts/outlets-broadcasters.ts reads the file and writes the result. See
// docs/outlets.md, "The broadcasters dataset".
import {
  BROADCAST_WORDS,
  CHANNEL_PLATFORM_HOSTS,
  GENERIC_WORDS,
  NOT_COUNTRY_CODES,
  NOT_OUTLET_HOSTS,
} from '../../utils/outlets/dataset-rules';
import { hostFromInput, nameKey } from '../../utils/outlets/normalise';

/** One broadcaster: [name, aliases, domains, ISO 3166-1 alpha-2 country or "ZZ"]. */
export type BroadcasterEntry = [string, string[], string[], string];

/** What the curated table and the newspapers dataset already hold: their outlets are not repeated. */
export interface Known {
  keys: ReadonlySet<string>;
  domains: readonly string[];
}

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}

/** Categories that make a channel a broadcaster of news: its news, or a general channel's programme. */
const NEWS_CATEGORIES = new Set(['news', 'general']);
/** Categories that rule a channel out even beside "general": shopping, worship, adult, parliaments. */
const NOT_NEWS_CATEGORIES = new Set(['shop', 'religious', 'xxx', 'legislative']);

/** Second-level labels that make a two-label host a public suffix ("com.br", "co.jp"). */
const SECOND_LEVEL =
  /^(com|co|net|org|gov|gob|gouv|edu|ac|or|ne|go|mil|nic|gv|govt|info|in|web|tv)\.[a-z]{2}$/;
/** Public bodies and academia, as the newspapers dataset leaves them out. */
const PUBLIC_BODY = /(^|\.)(gov|gob|gouv|govt|gv|edu|ac|mil|int|nic)(\.[a-z]{2})?$/;

/** The domain a channel's website is filed under, or null when it is not the channel's own site. */
export function channelHost(website: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(website);
  } catch {
    return null;
  }
  const host = hostFromInput(parsed.hostname);
  if (host === null) return null;
  const filed = host.replace(/^(?:(?:www\d*|m|mobile|amp)\.)+/, '');
  const labels = filed.split('.');
  if (labels.length < 2 || SECOND_LEVEL.test(filed) || PUBLIC_BODY.test(filed)) return null;
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    if (NOT_OUTLET_HOSTS.has(suffix) || CHANNEL_PLATFORM_HOSTS.has(suffix)) return null;
  }
  return filed;
}

/**
 * Whether a name of several words is only broadcast words, generic words and numbers ("News 24", "TV One",
 * "Canal 13"): such a name says which kind of channel, not which one.
 */
export function isGenericChannelName(name: string): boolean {
  return ownWords(name) === '';
}

/** The name keys of a name's first word, first two words, … (all but the whole name). */
function leadingKeys(name: string): string[] {
  const words = wordKeys(name);
  return words.slice(1).map((_, i) => words.slice(0, i + 1).join(''));
}

/** A name's words, each as a name key (folded, lower case, without punctuation). */
function wordKeys(name: string): string[] {
  return name
    .split(/[\s\u2010\u2011-]+/)
    .map(nameKey)
    .filter((w) => w !== '');
}

/** A name's words that are neither broadcast words, generic words nor figures, as a name key. */
function ownWords(name: string): string {
  return wordKeys(name)
    .filter((w) => !/\d/.test(w) && !BROADCAST_WORDS.has(w) && !GENERIC_WORDS.has(w))
    .join('');
}

/**
 * Whether a group's channels are one broadcaster's: one or two channels, or channels that all give the same
 * network or whose names all begin with the same word. Three channels or more with nothing in common are an
 * operator's or a directory's line-up on its own site.
 */
function oneBroadcaster(group: Group): boolean {
  if (group.names.length < 3) return true;
  if (group.networks.length === group.names.length && new Set(group.networks).size === 1) return true;
  return new Set(group.names.map((n) => wordKeys(n)[0])).size === 1;
}

const SEVERAL_WORDS = /\S[\s\u2010\u2011-]+\S/;

interface Group {
  names: string[];
  networks: string[];
  altNames: string[];
  countries: string[];
}

/**
 * The broadcasters of a channel list: open, not adult, news or general channels with a website of their own
 * (not under `CHANNEL_PLATFORM_HOSTS`, the services that host channels' pages), grouped by that website's
 * domain (a subdomain joins its parent's group). A group is named by its shortest channel name that is one
 * word or unambiguous; names of several words that another domain's channel also bears, or that are only
 * generic words and numbers, are left out, and so is a group with no name left. Groups the `known` outlets
 * hold by domain or name are left out.
 */
export function broadcastersFromCsv(text: string, known: Known): BroadcasterEntry[] {
  const [header, ...rows] = parseCsv(text);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`channels CSV has no ${name} column`);
    return i;
  };
  const [NAME, ALT, NETWORK, COUNTRY, CATS, NSFW, CLOSED, REPLACED, SITE] = [
    'name',
    'alt_names',
    'network',
    'country',
    'categories',
    'is_nsfw',
    'closed',
    'replaced_by',
    'website',
  ].map(col);

  // Every domain (or, without a website, every channel) bearing a name, over the whole list: a name on
  // two of them is nobody's alone.
  const bearers = new Map<string, Set<string>>();
  const groups = new Map<string, Group>();
  for (const [i, r] of rows.entries()) {
    const host = channelHost(r[SITE] ?? '');
    const bearer = host ?? `#${i}`;
    for (const n of [r[NAME], ...(r[ALT] ?? '').split(';')]) {
      const key = nameKey(n ?? '');
      if (key === '') continue;
      const set = bearers.get(key) ?? new Set();
      set.add(bearer);
      bearers.set(key, set);
    }
    const cats = (r[CATS] ?? '').split(';');
    if (host === null || r[NSFW] !== 'FALSE' || r[CLOSED] || r[REPLACED]) continue;
    if (!cats.some((c) => NEWS_CATEGORIES.has(c)) || cats.some((c) => NOT_NEWS_CATEGORIES.has(c))) continue;
    let group = groups.get(host);
    if (!group) {
      group = { names: [], networks: [], altNames: [], countries: [] };
      groups.set(host, group);
    }
    group.names.push(r[NAME].trim());
    if ((r[NETWORK] ?? '').trim() !== '') group.networks.push(r[NETWORK].trim());
    for (const a of (r[ALT] ?? '').split(';')) if (a.trim() !== '') group.altNames.push(a.trim());
    const country = r[COUNTRY] === 'UK' ? 'GB' : r[COUNTRY];
    if (isCountry(country ?? '')) group.countries.push(country);
  }

  // "news.example.tv" joins "example.tv".
  for (const host of [...groups.keys()].sort((a, b) => b.length - a.length)) {
    const parent = [...groups.keys()].find((p) => p !== host && host.endsWith(`.${p}`));
    if (!parent) continue;
    const [from, to] = [groups.get(host) as Group, groups.get(parent) as Group];
    to.names.push(...from.names);
    to.networks.push(...from.networks);
    to.altNames.push(...from.altNames);
    to.countries.push(...from.countries);
    groups.delete(host);
  }

  const underKnown = (host: string) => known.domains.some((d) => host === d || host.endsWith(`.${d}`));
  // A name whose own words are a known outlet's name ("KBS TV" beside KBS), or that begins with one ("BBC
  // Nordic"), would pass for that outlet.
  const usable = (n: string) =>
    !known.keys.has(ownWords(n)) &&
    !leadingKeys(n).some((k) => known.keys.has(k)) &&
    (!SEVERAL_WORDS.test(n) || ((bearers.get(nameKey(n))?.size ?? 0) <= 1 && !isGenericChannelName(n)));
  const out: BroadcasterEntry[] = [];
  for (const [host, group] of groups) {
    const all = [...group.names, ...group.altNames];
    if (underKnown(host) || [...all, ...group.networks].some((n) => known.keys.has(nameKey(n)))) continue;
    if (!oneBroadcaster(group)) continue;
    const name = groupName(group, usable);
    if (name === null) continue;
    const seen = new Set([nameKey(name)]);
    const aliases: string[] = [];
    for (const n of all) {
      const key = nameKey(n);
      // One word is never looked up as a dataset name: it would be dead weight in the file.
      if (key === '' || seen.has(key) || !SEVERAL_WORDS.test(n) || !usable(n)) continue;
      seen.add(key);
      aliases.push(n);
    }
    out.push([name, aliases.sort(), [host], countryOf(group.countries)]);
  }
  return out.sort((a, b) => (a[0] === b[0] ? (a[2][0] < b[2][0] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
}

/**
 * A group's name: the network every channel of the group gives (a broadcaster's many channels and stations
 * are known by it: "Global" over "CFRE-DT"), else its shortest usable channel name without a figure ("2M"
 * over "2M Monde", "BFM" over "BFM Alsace"), else its shortest usable name; null when none is usable.
 */
function groupName(group: Group, usable: (name: string) => boolean): string | null {
  const network = group.networks[0];
  if (
    network &&
    group.networks.length === group.names.length &&
    group.networks.every((n) => n === network) &&
    usable(network)
  )
    return network;
  // Alternative names are not candidates: many are the channel's generic name in another script ("10 канал").
  const names = group.names
    .filter(usable)
    .sort((a, b) => Number(/\d/.test(a)) - Number(/\d/.test(b)) || a.length - b.length || (a < b ? -1 : 1));
  return names[0] ?? null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Whether a code is a current ISO 3166-1 alpha-2 country the runtime knows. */
function isCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRY_CODES.has(code) && regionNames.of(code) !== code;
}

/** The country most of a group's channels give; "ZZ" (unknown) when none or a tie. */
function countryOf(countries: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return 'ZZ';
  return ranked[0][0];
}
