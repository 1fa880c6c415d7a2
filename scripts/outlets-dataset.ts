// Maintenance tool, not run by tests or CI: turns a Wikidata query result (SPARQL JSON: one row per
// newspaper, official website and country) into utils/outlets/dataset.json, the outlets the lookups know
// beyond the curated table. See docs/outlets.md, "The dataset", for the query, the source and the licence.
//
//   node scripts/run-ts.mjs scripts/outlets-dataset.ts RESULT.json "SOURCE DESCRIPTION" > utils/outlets/dataset.json
//   npx biome format --write utils/outlets/dataset.json
//
// What it keeps: items with an English label and a website of their own. It drops websites on platforms,
// archives, libraries and public bodies, websites shared by several items (a publisher's or a chain's
// site), sub-pages of larger sites, and every item the curated table already knows by name or domain.
import { readFileSync } from 'node:fs';
import { OUTLETS } from '../utils/outlets/data';
import { DATASET_FIELDS, NOT_COUNTRY_CODES, NOT_OUTLET_HOSTS } from '../utils/outlets/dataset-rules';
import { hostFromInput, nameKey } from '../utils/outlets/normalise';

interface Binding {
  type: string;
  value: string;
}
type Row = Record<string, Binding | undefined>;

const [file, sourceText] = process.argv.slice(2);
if (!file || !sourceText) {
  console.error('usage: outlets-dataset.ts RESULT.json "SOURCE DESCRIPTION"');
  process.exit(2);
}
const rows: Row[] = JSON.parse(readFileSync(file, 'utf8')).results.bindings;

// ---------------------------------------------------------------------------------------------------------
// Countries: Wikidata's English labels → ISO 3166-1 alpha-2, from the runtime's own region names plus the
// labels Wikidata spells differently. Former states (Soviet Union, Ottoman Empire, …) map to nothing.

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryByLabel = new Map<string, string>();
const labelKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z]+/g, ' ')
    .trim();
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (NOT_COUNTRY_CODES.has(code)) continue;
    const label = regionNames.of(code);
    if (label && label !== code) countryByLabel.set(labelKey(label), code);
  }
}
const WIKIDATA_COUNTRY_LABELS: Record<string, string> = {
  'United States of America': 'US',
  "People's Republic of China": 'CN',
  'Republic of Ireland': 'IE',
  'Czech Republic': 'CZ',
  'Republic of the Congo': 'CG',
  'Democratic Republic of the Congo': 'CD',
  'Kingdom of the Netherlands': 'NL',
  'The Gambia': 'GM',
  'State of Palestine': 'PS',
  'Ivory Coast': 'CI',
  Turkey: 'TR',
  Myanmar: 'MM',
  'Cape Verde': 'CV',
  'Northern Ireland': 'GB',
  'Hong Kong': 'HK',
  Macau: 'MO',
  'European Union': 'INT',
};
for (const [label, code] of Object.entries(WIKIDATA_COUNTRY_LABELS))
  countryByLabel.set(labelKey(label), code);

/** Country-code top-level domains sold as generic names: they say nothing about where a paper is. */
const GENERIC_CCTLDS = new Set(
  'co io tv fm me ly ai am cc ws to gg la nu tk ag gl sh st vc fo ac cx'.split(' '),
);

function countryFromTld(host: string): string | null {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return regionNames.of(code) !== code && !NOT_COUNTRY_CODES.has(code) ? code : null;
}

// ---------------------------------------------------------------------------------------------------------
// Websites

/** Second-level labels that make a two-label host a public suffix ("com.gt", "gob.mx"). */
const SECOND_LEVEL = /^(com|co|net|org|gov|gob|gouv|edu|ac|or|ne|go|mil|nic|gv|govt|info|in|web)\.[a-z]{2}$/;
/** Public bodies and academia: never a news outlet's own domain here. */
const PUBLIC_BODY = /(^|\.)(gov|gob|gouv|govt|gv|edu|ac|mil|int|nic)(\.[a-z]{2})?$/;
const ALLOWED_PATH = /^\/?(?:(?:[a-z]{2}(?:[-_][a-z]{2})?|index\.(?:html?|php|aspx?)|home)\/?)?$/i;

/** The host a website is filed under, or null when the URL is not the item's own site. */
function ownHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.search !== '' || !ALLOWED_PATH.test(parsed.pathname)) return null;
  const host = hostFromInput(parsed.hostname);
  if (host === null) return null;
  const filed = host.replace(/^(?:(?:www\d*|m|mobile|amp)\.)+/, '');
  const labels = filed.split('.');
  if (labels.length < 2 || SECOND_LEVEL.test(filed) || PUBLIC_BODY.test(filed)) return null;
  for (let i = 0; i < labels.length - 1; i++)
    if (NOT_OUTLET_HOSTS.has(labels.slice(i).join('.'))) return null;
  return filed;
}

// ---------------------------------------------------------------------------------------------------------
// Items

interface Item {
  id: string;
  name: string;
  hosts: Set<string>;
  countries: string[];
}

const items = new Map<string, Item>();
for (const row of rows) {
  const id = row.item?.value.replace(/^.*\//, '');
  const label = row.itemLabel?.value;
  if (!id || !label || /^Q\d+$/.test(label)) continue;
  let item = items.get(id);
  if (!item) {
    // Labels sometimes carry a disambiguation in brackets: "The Star (Malaysia)".
    const name = label
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    item = { id, name, hosts: new Set(), countries: [] };
    items.set(id, item);
  }
  const host = row.offurl ? ownHost(row.offurl.value) : null;
  if (host) item.hosts.add(host);
  const country = row.countryLabel ? countryByLabel.get(labelKey(row.countryLabel.value)) : undefined;
  if (country) item.countries.push(country);
}

// A host claimed by several items is a publisher's or a chain's site, or an archive: nobody's alone.
const claims = new Map<string, number>();
for (const item of items.values()) for (const h of item.hosts) claims.set(h, (claims.get(h) ?? 0) + 1);

const curatedKeys = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
const curatedDomains = OUTLETS.flatMap((o) => o.domains);
const underCurated = (host: string) => curatedDomains.some((d) => host === d || host.endsWith(`.${d}`));

const kept: [string, string, string[], string][] = [];
for (const item of items.values()) {
  if (nameKey(item.name) === '' || curatedKeys.has(nameKey(item.name))) continue;
  const own = [...item.hosts].filter((h) => claims.get(h) === 1);
  // "novine.novilist.hr" adds nothing to "novilist.hr": subdomains resolve to their parent.
  const hosts = own.filter((h) => !own.some((p) => h.endsWith(`.${p}`))).sort();
  if (hosts.length === 0 || hosts.some(underCurated)) continue;
  kept.push([item.id, item.name, hosts, countryOf(item, hosts)]);
}

/** The country most rows give, else the one the domain's top-level domain says, else ZZ (unknown). */
function countryOf(item: Item, hosts: string[]): string {
  const counts = new Map<string, number>();
  for (const c of item.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best) return best;
  for (const h of hosts) {
    const c = countryFromTld(h);
    if (c) return c;
  }
  return 'ZZ';
}

kept.sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : 1));
// One entry a line, spaced as the project's formatter (biome) writes JSON.
const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
const lines = kept.map(
  ([id, name, hosts, country]) => `    ${list([id, name]).slice(0, -1)}, ${list(hosts)}, "${country}"]`,
);
process.stdout.write(
  `{\n  "source": ${JSON.stringify(sourceText)},\n  "fields": ${list(DATASET_FIELDS)},\n` +
    `  "outlets": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
console.error(
  `${kept.length} outlets, ${kept.reduce((n, e) => n + e[2].length, 0)} domains, ` +
    `${new Set(kept.map((e) => e[3])).size} countries (of ${items.size} named items)`,
);
