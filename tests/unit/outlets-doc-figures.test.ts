import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../utils/outlets/data';
import { DATASET, datasetOutlets, isDistinctiveName } from '../../utils/outlets/dataset';
import { nameKey } from '../../utils/outlets/normalise';
import { OUTLET_KINDS, type Outlet } from '../../utils/outlets/types';

// The figures docs/outlets.md states about the tables (the headline counts, the curated table by region and
// kind, the dataset's counts and how many of its names the lookups use) are the tables' own: an outlet added or
// moved without recounting fails here, with the figure the doc should state.
const doc = readFileSync(join(__dirname, '../../docs/outlets.md'), 'utf8');
const n = (value: number) => value.toLocaleString('en-US');
const KINDS = OUTLET_KINDS;

// The regions of the doc's table, as its note under the table assigns the countries between them.
const REGIONS: [string, string][] = [
  ['North America', 'US CA BM GL PM'],
  [
    'Western Europe',
    'GB IE FR DE AT CH BE NL LU IT ES PT GR CY MT DK SE NO FI IS FO AX JE GG IM GI AD MC LI SM VA',
  ],
  [
    'Latin America & Caribbean',
    'MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT GY SR CO VE EC PE BO PY UY AR CL BR PR VI VG AI AG DM GD KN ' +
      'LC VC MS TC KY AW CW SX BQ MQ GP GF BL MF FK',
  ],
  [
    'Sub-Saharan Africa',
    'NG GH KE UG TZ RW BI ET ER DJ SO SS ZA NA BW ZW ZM MW MZ AO CD CG GA CM CF TD NE ML BF SN GM GW GN SL LR ' +
      'CI TG BJ CV ST GQ MG MU SC KM RE YT LS SZ',
  ],
  ['Middle East & North Africa', 'EG LY TN DZ MA EH SD MR IL PS LB SY JO IQ IR TR SA AE QA BH KW OM YE'],
  [
    'Central & Eastern Europe (incl. Russia, Ukraine)',
    'PL CZ SK HU RO BG MD UA BY RU EE LV LT SI HR BA RS ME MK AL XK',
  ],
  ['South Asia', 'IN PK BD LK NP BT MV'],
  ['Southeast Asia', 'ID MY SG TH VN PH KH LA MM BN TL'],
  ['Oceania', 'AU NZ PG FJ SB VU WS TO KI TV NR MH FM PW GU MP AS PF NC CK NU WF'],
  ['East Asia', 'CN JP KR KP TW HK MO'],
  ['Caucasus & Central Asia', 'GE AM AZ KZ KG TJ TM UZ AF MN'],
  ['International (`INT`)', 'INT'],
];
const regionOf = new Map(
  REGIONS.flatMap(([region, codes]) => codes.split(' ').map((c) => [c, region] as const)),
);

const domainsOf = (outlets: readonly Outlet[]) => outlets.reduce((sum, o) => sum + o.domains.length, 0);
const dataset = datasetOutlets(DATASET);

/** The dataset names the lookups file by name (addDataset in lookup.ts): several words, borne by no curated
 * outlet and by no other dataset outlet. */
function datasetNamesLookedUp(): Outlet[] {
  const curated = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
  const named = new Map<string, Outlet | null>();
  for (const outlet of dataset) {
    const key = nameKey(outlet.name);
    if (
      key === '' ||
      curated.has(key) ||
      !/[^\s\u2010\u2011-][\s\u2010\u2011-]+[^\s\u2010\u2011-]/.test(outlet.name.replace(/^the\s+/i, ''))
    )
      continue;
    named.set(key, named.has(key) ? null : outlet);
  }
  return [...named.values()].filter((o): o is Outlet => o !== null);
}

describe('the figures docs/outlets.md states', () => {
  it('gives the headline counts of both tables', () => {
    const all = OUTLETS.length + dataset.length;
    expect(doc).toContain(
      `Together they hold ${n(all)} outlets with ${n(domainsOf(OUTLETS) + domainsOf(dataset))} domains: ` +
        `${n(OUTLETS.length)} curated, ${n(dataset.length)} from the dataset.`,
    );
  });

  it("gives the curated table's countries, domains, aliases, names by language, services and handles", () => {
    const countries = new Set(OUTLETS.map((o) => o.country)).size;
    const aliases = OUTLETS.reduce((sum, o) => sum + o.aliases.length, 0);
    const named = OUTLETS.filter((o) => o.names).length;
    const handles = OUTLETS.reduce((sum, o) => sum + (o.handles?.length ?? 0), 0);
    const services = OUTLETS.reduce((sum, o) => sum + (o.services?.length ?? 0), 0);
    expect(doc).toContain(
      `${n(OUTLETS.length)} outlets from ${countries} countries, with ${n(domainsOf(OUTLETS))} domains, ` +
        `${n(aliases)} aliases, ${named} outlets' names by language, ${n(services)} services and ${n(handles)} social handles`,
    );
  });

  it('counts the curated table by region and kind, every country in a region', () => {
    expect(OUTLETS.filter((o) => !regionOf.has(o.country)).map((o) => `${o.name}: ${o.country}`)).toEqual([]);
    const totals = KINDS.map(() => 0);
    for (const [region] of REGIONS) {
      const counts = KINDS.map(
        (kind) => OUTLETS.filter((o) => regionOf.get(o.country) === region && o.kind === kind).length,
      );
      counts.forEach((count, i) => {
        totals[i] += count;
      });
      const row = doc.split('\n').find((line) => line.startsWith(`| ${region} `));
      const cells = row
        ?.split('|')
        .slice(2, -1)
        .map((cell) => cell.trim());
      expect(cells, region).toEqual([...counts.map(n), n(counts.reduce((a, b) => a + b, 0))]);
    }
    const all = doc.split('\n').find((line) => line.startsWith('| **all** '));
    expect(
      all
        ?.split('|')
        .slice(2, -1)
        .map((cell) => cell.trim()),
    ).toEqual([...totals.map(n), n(OUTLETS.length)]);
  });

  it("gives the dataset's counts and how many of its names the lookups use", () => {
    const countries = new Set(dataset.map((o) => o.country).filter((c) => c !== 'ZZ' && c !== 'INT')).size;
    const without = dataset.filter((o) => o.country === 'ZZ').length;
    expect(doc).toContain(
      `adds ${n(dataset.length)} newspapers (${n(domainsOf(dataset))} domains, ${countries} countries and \`INT\`; ` +
        `${n(without)} without a`,
    );
    const named = datasetNamesLookedUp();
    expect(doc).toContain(`no curated outlet and no other dataset outlet bears: ${n(named.length)} names.`);
    expect(doc).toContain(
      `(\`isDistinctiveName\` in \`dataset.ts\`): ${n(named.filter((o) => isDistinctiveName(o.name)).length)} names,`,
    );
  });
});
