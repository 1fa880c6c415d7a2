// Maintenance tool, not run by tests or CI: turns lists of given names (one per line) into
// utils/analysis/data/given-names.json, the first names by which a capitalised pair reads as a person's name
// ("Mia Castellano") rather than a title ("Executive Traveller"). See docs/analysis.md, "Given names", for
// the source and its licence.
//
//   node scripts/run-ts.mjs scripts/given-names.ts "SOURCE DESCRIPTION" FILE... > utils/analysis/data/given-names.json
//   npx biome format --write utils/analysis/data/given-names.json
import { readFileSync } from 'node:fs';

const [source, ...files] = process.argv.slice(2);
if (!source || files.length === 0) {
  console.error('usage: given-names.ts "SOURCE DESCRIPTION" FILE...');
  process.exit(2);
}
const names = new Set<string>();
for (const file of files)
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = line.trim().toLowerCase();
    // Letters only, two or more: initials and hyphenated or spaced compounds are read by other rules.
    if (/^\p{L}{2,}$/u.test(name)) names.add(name);
  }
const sorted = [...names].sort();
process.stdout.write(`${JSON.stringify({ source, names: sorted })}\n`);
