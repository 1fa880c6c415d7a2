// The outlets index written at build time and read back where pages are analysed must be the very index the
// lookups would build: same maps, same trie, same outlet objects, so the same answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultOutlets, prebuiltOutlets, shippedIndexFile } from '../../utils/outlets/default-lookup';
import { type IndexFile, readIndex, writeIndex } from '../../utils/outlets/index-file';
import {
  buildIndex,
  createOutletLookup,
  type Index,
  inflectedStartsOf,
  type OutletTable,
  shippedOutletTable,
  type TrieNode,
} from '../../utils/outlets/lookup';
import type { Outlet } from '../../utils/outlets/types';

const table = shippedOutletTable();
const built = buildIndex(table);
const file = JSON.parse(JSON.stringify(writeIndex(built, table))) as IndexFile;

/** Every outlet the trie's phrases point at, in walk order. */
function phraseOutlets(node: TrieNode, out: Array<Outlet | null> = []): Array<Outlet | null> {
  for (const p of node.phrases) out.push(p.outlet);
  for (const child of node.next?.values() ?? []) phraseOutlets(child, out);
  return out;
}

/** The trie as plain nodes, every node read (the read index reads a node when a walk first reaches it). */
function plainTrie(node: TrieNode): TrieNode {
  return {
    next: node.next === null ? null : new Map([...node.next].map(([key, child]) => [key, plainTrie(child)])),
    phrases: node.phrases.map((p) => ({ ...p })),
  };
}

describe('the outlets index as data', () => {
  it('reads back, through JSON, as the index the table builds', () => {
    const read = readIndex(file, table) as Index;
    expect(read).not.toBeNull();
    // `classes` is a cache of each character's class, filled as text is read (building read the names):
    // where both know a character, they agree.
    const { classes: readClasses, trie: readTrie, ...readRest } = read;
    const { classes: builtClasses, trie: builtTrie, ...builtRest } = built;
    expect(readRest).toEqual(builtRest);
    expect(plainTrie(readTrie)).toEqual(plainTrie(builtTrie));
    const UNKNOWN = readClasses[0xffff];
    readClasses.forEach((cls, c) => {
      if (cls !== UNKNOWN && builtClasses[c] !== UNKNOWN) expect(cls).toBe(builtClasses[c]);
    });
    // The same keys in the same order, and the same outlet objects, not copies.
    for (const name of ['byName', 'byHost', 'byHandle'] as const) {
      expect([...read[name].keys()]).toEqual([...built[name].keys()]);
      for (const [key, outlet] of built[name]) expect(read[name].get(key)).toBe(outlet);
    }
    const readOutlets = phraseOutlets(read.trie);
    const builtOutlets = phraseOutlets(built.trie);
    expect(readOutlets.length).toBe(builtOutlets.length);
    readOutlets.forEach((outlet, i) => {
      expect(outlet).toBe(builtOutlets[i]);
    });
    read.cjk.forEach((name, i) => {
      expect(name.outlet).toBe(built.cjk[i].outlet);
    });
  });

  it('reads a trie node only when a walk reaches it', () => {
    // A node the walk never reaches can be anything: reading the index does not look at it.
    const [rootPhrases, rootChildren] = file.trie;
    const children = rootChildren === 0 ? [] : [...rootChildren];
    const brokenAt = children.length - 1;
    children[brokenAt] = 'not a node' as never;
    const read = readIndex({ ...file, trie: [rootPhrases, children] }, table) as Index;
    expect(read).not.toBeNull();
    const broken = read.trie.next?.get(children[brokenAt - 1] as number);
    expect(broken).toBeDefined();
    expect(() => broken?.phrases).toThrow();
    // Every other node reads as written.
    const first = read.trie.next?.get(children[0] as number);
    expect(first?.phrases.map((p) => p.outlet)).toEqual(
      built.trie.next?.get(children[0] as number)?.phrases.map((p) => p.outlet),
    );
  });

  it('has the shape the reader expects', () => {
    const outlets = table.outlets.length + (table.dataset?.length ?? 0);
    expect(file.table.slice(0, 2)).toEqual([table.outlets.length, table.dataset?.length]);
    const isOutlet = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < outlets;
    for (const pairs of [file.byName, file.byHost, file.byHandle, file.cjk]) {
      expect(pairs.length % 2).toBe(0);
      for (let i = 0; i < pairs.length; i += 2) {
        expect(typeof pairs[i]).toBe('string');
        expect(isOutlet(pairs[i + 1])).toBe(true);
      }
    }
    expect(file.firstChars.every((c) => Number.isInteger(c) && c >= 0 && c < 128)).toBe(true);
    // Made with the trie (the first page's first capitalised word walked the whole trie for them).
    expect(file.inflectedStarts.length).toBeGreaterThan(100);
    expect(file.inflectedStarts.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 3)).toBe(
      true,
    );
    expect(new Set(file.inflectedStarts)).toEqual(inflectedStartsOf(built.trie));
    const modes = new Set(['plain', 'acronym', 'blocker', 'word', 'surname', 'adjective', 'noun']);
    let phrases = 0;
    const walk = ([list, children]: IndexFile['trie']) => {
      for (const [n, forms, gaps, mode, flags] of list) {
        phrases++;
        expect(n === -1 || isOutlet(n)).toBe(true);
        expect(forms.length).toBeGreaterThan(0);
        expect(forms.every((f) => typeof f === 'string')).toBe(true);
        expect(gaps.length).toBe(forms.length);
        expect(modes.has(mode)).toBe(true);
        expect(flags & ~7).toBe(0);
      }
      if (children === 0) return;
      for (let i = 0; i < children.length; i += 2) {
        expect(Number.isInteger(children[i])).toBe(true);
        walk(children[i + 1] as IndexFile['trie']);
      }
    };
    walk(file.trie);
    expect(phrases).toBeGreaterThan(1000);
  });

  it('is not read against another table, and the lookups then build their own', () => {
    const other: OutletTable = { ...table, dataset: table.dataset?.slice(1) };
    expect(readIndex(file, other)).toBeNull();
    const lookup = createOutletLookup(other, file);
    // The first dataset outlet is not in the other table: found only if the index was built from it.
    const dropped = table.dataset?.[0];
    expect(dropped).toBeDefined();
    expect(lookup.byHost(dropped?.domains[0] ?? '')).not.toBe(dropped);
  });

  it('answers as the built index does, on every outlet and on the fixture pages', () => {
    const prebuilt = prebuiltOutlets(JSON.stringify(shippedIndexFile()));
    const same = (fn: (o: typeof defaultOutlets) => unknown) =>
      expect(fn(prebuilt)).toEqual(fn(defaultOutlets));
    for (const outlet of [...table.outlets, ...(table.dataset ?? [])].slice(0, 2000)) {
      same((o) => o.byName(outlet.name));
      for (const domain of outlet.domains) same((o) => o.byHost(`www.${domain}`));
      for (const handle of outlet.handles ?? []) same((o) => o.byHandle(handle));
    }
    const folder = join(__dirname, '../fixtures/pages');
    for (const page of readdirSync(folder).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(folder, page), 'utf8').replace(/<[^>]*>/g, ' ');
      same((o) => o.mentions(text));
    }
  });

  it('is read when first looked up, once, not as the lookups are made', () => {
    const made = vi.fn(() => file);
    const lookup = createOutletLookup(table, made);
    expect(made).not.toHaveBeenCalled();
    expect(lookup.byName('Reuters')?.name).toBe('Reuters');
    expect(lookup.mentions('Reuters said so.').length).toBeGreaterThan(0);
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('falls back to building when the build gave no index', () => {
    expect(prebuiltOutlets('not json').byName('Reuters')?.name).toBe('Reuters');
  });
});
