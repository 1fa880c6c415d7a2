// The outlets index written as plain data, so that it can be made once at build time (wxt.config.ts) and
// read back where pages are analysed, instead of being built there from the table on the first lookup (the
// outlets' names folded, tokenised and filed: about 200 ms in a fresh analyser's host, before its first
// answer). Reading it back makes the same index: the same keys in the same order, the same phrases in the
// same order, pointing at the same outlet objects of the table it is read against. Outlets are written as
// their place in the table's curated outlets followed by its dataset.
import type { Index, OutletTable, Phrase, TrieNode } from './lookup';
import { buildCharClasses } from './normalise';
import type { Outlet } from './types';

/** The id under which a build-time index reaches the analyser's host (a module whose default is its JSON). */
export const OUTLET_INDEX_MODULE = 'virtual:sourcelight-outlet-index';

/** A phrase: outlet number (-1 for a blocker), its forms, its gaps, its mode, and bare | short | inflects. */
type PhraseFile = [number, string[], number[], Phrase['mode'], number];
/** A trie node: its phrases and its children as key, node pairs (0 for a leaf). */
type NodeFile = [PhraseFile[], Array<number | NodeFile> | 0];

export interface IndexFile {
  /** How many curated and dataset outlets the numbers count, and their names' length in all: a check. */
  table: [number, number, number];
  /** Key, outlet number pairs, in the maps' order. */
  byName: Array<string | number>;
  byHost: Array<string | number>;
  byHandle: Array<string | number>;
  trie: NodeFile;
  /** Written name, outlet number pairs. */
  cjk: Array<string | number>;
  /** The ASCII codes that begin a phrase. */
  firstChars: number[];
  /** How the first words of names that take endings begin (the index's `inflectedStarts`). */
  inflectedStarts: string[];
}

const BARE = 1;
const SHORT = 2;
const INFLECTS = 4;

function outletsOf(table: OutletTable): readonly Outlet[] {
  return [...table.outlets, ...(table.dataset ?? [])];
}

function tableCheck(table: OutletTable, outlets: readonly Outlet[]): IndexFile['table'] {
  let chars = 0;
  for (const outlet of outlets) chars += outlet.name.length;
  return [table.outlets.length, table.dataset?.length ?? 0, chars];
}

/** The index as plain data (JSON-safe), its outlets numbered by their place in `table`. */
export function writeIndex(index: Index, table: OutletTable): IndexFile {
  const outlets = outletsOf(table);
  const numbers = new Map<Outlet, number>();
  outlets.forEach((outlet, n) => {
    numbers.set(outlet, n);
  });
  const number = (outlet: Outlet | null): number => {
    if (outlet === null) return -1;
    const n = numbers.get(outlet);
    if (n === undefined) throw new Error(`The index names an outlet not in its table: ${outlet.name}`);
    return n;
  };
  const pairs = (map: Map<string, Outlet>) => [...map].flatMap(([key, outlet]) => [key, number(outlet)]);
  const node = (trie: TrieNode): NodeFile => [
    trie.phrases.map((p) => [
      number(p.outlet),
      p.forms,
      p.gaps,
      p.mode,
      (p.bare ? BARE : 0) | (p.shortName ? SHORT : 0) | (p.inflects ? INFLECTS : 0),
    ]),
    trie.next === null ? 0 : [...trie.next].flatMap(([key, child]) => [key, node(child)]),
  ];
  const firstChars: number[] = [];
  index.firstChars.forEach((set, code) => {
    if (set) firstChars.push(code);
  });
  return {
    table: tableCheck(table, outlets),
    byName: pairs(index.byName),
    byHost: pairs(index.byHost),
    byHandle: pairs(index.byHandle),
    trie: node(index.trie),
    cjk: index.cjk.flatMap(({ written, outlet }) => [written, number(outlet)]),
    firstChars,
    inflectedStarts: [...index.inflectedStarts],
  };
}

/**
 * A trie node read from the file when a walk first reaches it: a page's text reaches a few hundred of the
 * index's thirteen thousand nodes, and making them all (a map and phrases each) was most of reading the index
 * at a fresh analyser's first lookup.
 */
class FileNode implements TrieNode {
  private children: Map<number, TrieNode> | null | undefined;
  private read: Phrase[] | undefined;

  constructor(
    private readonly file: NodeFile,
    private readonly outlets: readonly Outlet[],
  ) {}

  get next(): Map<number, TrieNode> | null {
    if (this.children === undefined) {
      const children = this.file[1];
      if (children === 0) this.children = null;
      else {
        const next = new Map<number, TrieNode>();
        for (let i = 0; i < children.length; i += 2)
          next.set(children[i] as number, new FileNode(children[i + 1] as NodeFile, this.outlets));
        this.children = next;
      }
    }
    return this.children;
  }

  get phrases(): Phrase[] {
    this.read ??= this.file[0].map(([n, forms, gaps, mode, flags]) => ({
      outlet: n < 0 ? null : this.outlets[n],
      forms,
      gaps,
      mode,
      bare: (flags & BARE) !== 0,
      shortName: (flags & SHORT) !== 0,
      inflects: (flags & INFLECTS) !== 0,
    }));
    return this.read;
  }
}

/** The index `writeIndex` wrote, read against the same table; null when it was written for another table. */
export function readIndex(file: IndexFile, table: OutletTable): Index | null {
  const outlets = outletsOf(table);
  const check = tableCheck(table, outlets);
  if (!Array.isArray(file?.table) || check.some((n, i) => file.table[i] !== n)) return null;
  const map = (pairs: Array<string | number>) => {
    const out = new Map<string, Outlet>();
    for (let i = 0; i < pairs.length; i += 2) out.set(pairs[i] as string, outlets[pairs[i + 1] as number]);
    return out;
  };
  const cjk = [];
  for (let i = 0; i < file.cjk.length; i += 2)
    cjk.push({ written: file.cjk[i] as string, outlet: outlets[file.cjk[i + 1] as number] });
  const firstChars = new Uint8Array(128);
  for (const code of file.firstChars) firstChars[code] = 1;
  return {
    byName: map(file.byName),
    byHost: map(file.byHost),
    byHandle: map(file.byHandle),
    trie: new FileNode(file.trie, outlets),
    cjk,
    firstChars,
    inflectedStarts: new Set(file.inflectedStarts),
    classes: buildCharClasses(),
  };
}
