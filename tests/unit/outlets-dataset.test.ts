import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../utils/outlets/data';
import { DATASET, datasetOutlets, isDistinctiveName } from '../../utils/outlets/dataset';
import { DATASET_FIELDS, NOT_COUNTRY_CODES, NOT_OUTLET_HOSTS } from '../../utils/outlets/dataset-rules';
import {
  canonicalPublication,
  createOutletLookup,
  findOutletMentions,
  outletByHost,
  outletByName,
} from '../../utils/outlets/lookup';
import { isPublicSuffix, nameKey } from '../../utils/outlets/normalise';
import type { Outlet } from '../../utils/outlets/types';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const entries = DATASET.outlets;
const curatedDomains = OUTLETS.flatMap((o) => o.domains);
const curatedKeys = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/** Dataset outlets whose name no other dataset outlet shares. */
const uniquelyNamed = (() => {
  const count = new Map<string, number>();
  for (const e of entries) count.set(nameKey(e[1]), (count.get(nameKey(e[1])) ?? 0) + 1);
  return entries.filter((e) => count.get(nameKey(e[1])) === 1);
})();

describe('the dataset file (utils/outlets/dataset.json)', () => {
  it('names its source and licence, and its columns', () => {
    expect(DATASET.source).toMatch(/Wikidata \(CC0 1\.0\)/);
    expect(DATASET.source).toMatch(/commit [0-9a-f]{40}/);
    expect(DATASET.fields).toEqual([...DATASET_FIELDS]);
  });

  it('holds several thousand outlets', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3000);
  });

  it('writes each entry as [Wikidata id, name, domains, country], ids unique', () => {
    const bad = entries.filter(
      (e) =>
        e.length !== 4 ||
        !/^Q\d+$/.test(e[0]) ||
        typeof e[1] !== 'string' ||
        e[1].trim() !== e[1] ||
        e[1] === '' ||
        /\s{2}/.test(e[1]) ||
        !Array.isArray(e[2]) ||
        e[2].length === 0,
    );
    expect(bad).toEqual([]);
    expect(duplicates(entries.map((e) => e[0]))).toEqual([]);
  });

  it('gives ISO 3166-1 alpha-2 countries, INT, or ZZ where the dataset gives none', () => {
    const bad = entries.filter(
      ([, , , c]) =>
        c !== 'ZZ' &&
        c !== 'INT' &&
        !(/^[A-Z]{2}$/.test(c) && regionNames.of(c) !== c && !NOT_COUNTRY_CODES.has(c)),
    );
    expect(bad).toEqual([]);
  });

  it('lists each domain once, as a lower-case host, never a public suffix or a www. host', () => {
    const domains = entries.flatMap((e) => [...e[2]]);
    expect(duplicates(domains)).toEqual([]);
    const bad = domains.filter(
      (d) =>
        !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(d) ||
        isPublicSuffix(d) ||
        /^(www\d*|m|amp|mobile)\./.test(d),
    );
    expect(bad).toEqual([]);
  });

  it('leaves out platforms, archives, public bodies and academia', () => {
    const bad = entries
      .flatMap((e) => [...e[2]])
      .filter((d) => {
        const labels = d.split('.');
        const parents = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
        return (
          parents.some((p) => NOT_OUTLET_HOSTS.has(p)) ||
          /(^|\.)(gov|gob|gouv|govt|gv|edu|ac|mil|int)(\.[a-z]{2})?$/.test(d)
        );
      });
    expect(bad).toEqual([]);
  });

  it('leaves out what the curated table knows: its names and aliases, its domains and their subdomains', () => {
    expect(entries.filter((e) => curatedKeys.has(nameKey(e[1]))).map((e) => e[1])).toEqual([]);
    const underCurated = entries
      .flatMap((e) => [...e[2]])
      .filter((d) => curatedDomains.some((c) => d === c || d.endsWith(`.${c}`)));
    expect(underCurated).toEqual([]);
  });
});

describe('dataset outlets in the lookups', () => {
  it('finds every dataset outlet by each of its domains, as a newspaper from the dataset', () => {
    const wrong: string[] = [];
    for (const [, name, domains] of entries) {
      for (const d of domains) {
        const found = outletByHost(`https://www.${d}/2024/story`);
        if (found?.name !== name || found.source !== 'dataset' || found.kind !== 'newspaper')
          wrong.push(`${d}: ${found?.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers by domain and name for a known paper', () => {
    const herald = outletByHost('www.heraldnet.com');
    expect(herald).toMatchObject({ name: 'The Everett Herald', country: 'US', source: 'dataset' });
    expect(outletByName('The Everett Herald')).toBe(herald);
    expect(outletByName('Everett Herald')).toBe(herald);
    expect(canonicalPublication('heraldnet.com')).toBe('The Everett Herald');
    expect(outletByHost('aachener-zeitung.de')?.country).toBe('DE');
  });

  it('lets the curated table win on a shared name or domain', () => {
    const table = {
      outlets: [
        {
          name: 'Curated Courier',
          aliases: [],
          domains: ['courier.example'],
          kind: 'newspaper',
          country: 'US',
        },
      ],
      dataset: [
        {
          name: 'Curated Courier',
          aliases: [],
          domains: ['other.example'],
          kind: 'newspaper',
          country: 'GB',
          source: 'dataset',
        },
        {
          name: 'Dataset Courier',
          aliases: [],
          domains: ['courier.example', 'dc.example'],
          kind: 'newspaper',
          country: 'GB',
          source: 'dataset',
        },
      ],
    } satisfies { outlets: Outlet[]; dataset: Outlet[] };
    const lookup = createOutletLookup(table);
    expect(lookup.byHost('courier.example')?.country).toBe('US');
    expect(lookup.byHost('dc.example')?.name).toBe('Dataset Courier');
    expect(lookup.byName('Curated Courier')?.country).toBe('US');
    expect(lookup.byHost('other.example')?.name).toBe('Curated Courier');
    expect(lookup.mentions('said the Curated Courier.').map((m) => m.outlet.country)).toEqual(['US']);
  });

  it('gives a name two dataset outlets share to neither, and one word alone to none', () => {
    const lookup = createOutletLookup({
      outlets: [],
      dataset: [
        {
          name: 'Daily Herald',
          aliases: [],
          domains: ['a.example'],
          kind: 'newspaper',
          country: 'US',
          source: 'dataset',
        },
        {
          name: 'Daily Herald',
          aliases: [],
          domains: ['b.example'],
          kind: 'newspaper',
          country: 'GB',
          source: 'dataset',
        },
        {
          name: 'Reason',
          aliases: [],
          domains: ['c.example'],
          kind: 'newspaper',
          country: 'US',
          source: 'dataset',
        },
        {
          name: 'The Day',
          aliases: [],
          domains: ['d.example'],
          kind: 'newspaper',
          country: 'US',
          source: 'dataset',
        },
      ],
    });
    expect(lookup.byName('Daily Herald')).toBeNull();
    expect(lookup.byHost('b.example')?.country).toBe('GB');
    expect(lookup.byName('Reason')).toBeNull();
    expect(lookup.byName('The Day')).toBeNull();
    expect(lookup.byHost('d.example')?.name).toBe('The Day');
    expect(lookup.mentions('Reason says the Daily Herald wrote it on The Day it happened.')).toEqual([]);
  });

  it('never names an outlet after a platform, a search engine or an archive', () => {
    const named = [...NOT_OUTLET_HOSTS]
      .flatMap((h) => [h, `www.${h}`, `someone.${h}`, `https://${h}/someone/post`])
      .filter((h) => outletByHost(h) !== null);
    expect(named).toEqual([]);
  });
});

describe('dataset names in running text', () => {
  it('finds a distinctive name, written as the paper writes it', () => {
    const found = findOutletMentions(
      'As the Everett Herald reported on Monday, and the Aachener Zeitung confirmed.',
    );
    expect(found.map((m) => [m.text, m.outlet.source])).toEqual([
      ['the Everett Herald', 'dataset'],
      ['Aachener Zeitung', 'dataset'],
    ]);
    expect(findOutletMentions('the everett herald and the aachener zeitung')).toEqual([]);
  });

  it('finds every distinctive, unshared dataset name in a neutral sentence', () => {
    const missed = uniquelyNamed
      .filter((e) => isDistinctiveName(e[1]))
      .filter(
        (e) =>
          !findOutletMentions(`It was reported by ${e[1]} on Monday.`).some((m) => m.outlet.name === e[1]),
      )
      .map((e) => e[1]);
    expect(missed).toEqual([]);
  });

  it('finds no other dataset name in running text (a name written as a domain counts as the domain)', () => {
    const found = entries
      .filter((e) => !isDistinctiveName(e[1]))
      .flatMap((e) => findOutletMentions(`It was reported by ${e[1]} on Monday.`))
      .filter((m) => m.outlet.source === 'dataset' && m.via !== 'domain')
      .map((m) => m.text);
    expect(found).toEqual([]);
  });

  it('leaves common words, places and people alone', () => {
    const text =
      'The Day began with Reason and Time. Slate roofs in Patch Street, a Vox pop in Everett, the Herald ' +
      'Square crowd, Morning Star yoga, the Daily News digest, Sunday Times reading and the National Review ' +
      'of Plans. Mr. Herald told Daily Record keepers that the Free Press was free.';
    expect(findOutletMentions(text).filter((m) => m.outlet.source === 'dataset')).toEqual([]);
  });

  it.each([
    ['The Everett Herald', true],
    ['Aachener Zeitung', true],
    ['Los Angeles Daily News', true],
    ['The Day', false],
    ['Reason', false],
    ['Daily News', false],
    ['Morning Star', false],
    ['The Sunday Times', false],
    ['Everett', false],
    ['the everett herald', false],
    ['168 Hours', false],
  ])('isDistinctiveName(%s) is %s', (name, expected) => {
    expect(isDistinctiveName(name)).toBe(expected);
  });

  it('turns every entry into an outlet without aliases or handles', () => {
    const outlets = datasetOutlets(DATASET);
    expect(outlets).toHaveLength(entries.length);
    expect(outlets.every((o) => o.aliases.length === 0 && o.handles === undefined)).toBe(true);
  });
});
