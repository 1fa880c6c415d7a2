// Maintenance tool, not run by tests or CI: turns iptv-org's channel list (data/channels.csv of
// github.com/iptv-org/database, public domain) into utils/outlets/broadcasters.json, the broadcasters the
// lookups know beyond the curated table and the newspapers dataset. The rules are in
// scripts/lib/broadcasters.ts; the source, licence and figures in docs/outlets.md, "The broadcasters dataset".
//
//   node scripts/run-ts.mjs scripts/outlets-broadcasters.ts channels.csv "SOURCE DESCRIPTION" > utils/outlets/broadcasters.json
//   npx biome format --write utils/outlets/broadcasters.json
import { readFileSync } from 'node:fs';
import { OUTLETS } from '../utils/outlets/data';
import { DATASET } from '../utils/outlets/dataset';
import { nameKey } from '../utils/outlets/normalise';
import { broadcastersFromCsv } from './lib/broadcasters';

const [file, sourceText] = process.argv.slice(2);
if (!file || !sourceText) {
  console.error('usage: outlets-broadcasters.ts channels.csv "SOURCE DESCRIPTION"');
  process.exit(2);
}
const known = {
  keys: new Set([
    ...OUTLETS.flatMap((o) => [o.name, ...o.aliases, ...(o.shortNames ?? [])].map(nameKey)),
    ...DATASET.outlets.map((e) => nameKey(e[1])),
  ]),
  domains: [...OUTLETS.flatMap((o) => o.domains), ...DATASET.outlets.flatMap((e) => e[2])],
};
const kept = broadcastersFromCsv(readFileSync(file, 'utf8'), known);
const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
const lines = kept.map(
  ([name, aliases, domains, country]) =>
    `    [${JSON.stringify(name)}, ${list(aliases)}, ${list(domains)}, "${country}"]`,
);
process.stdout.write(
  `{\n  "source": ${JSON.stringify(sourceText)},\n  "fields": ["name", "aliases", "domains", "country"],\n` +
    `  "outlets": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
console.error(
  `${kept.length} broadcasters, ${kept.reduce((n, e) => n + e[1].length, 0)} aliases, ` +
    `${new Set(kept.map((e) => e[3])).size} countries`,
);
