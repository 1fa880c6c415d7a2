// Lookups over an outlets table: by name, host, social handle, and mentions in running text. Everything is
// derived from the table through one index, built on first use and never changed after. The module-level
// functions use the curated table in ./data.ts and the dataset in ./dataset.json; createOutletLookup
// serves a table handed over at run time.

import {
  CASE_ENDINGS,
  countriesOfLanguage,
  findStem,
  inflectionFits,
  inflectsIn,
  joinsEnding,
} from './case-endings';
import { type CjkName, cjkNames, findCjkNames } from './cjk-names';
import {
  ARTICLES,
  AUXILIARIES_AFTER,
  CLITICS_AFTER,
  CUES_AFTER_ELISION,
  DURATION_WORDS,
  HANDOVER_WORDS,
  HELD_ARTICLES,
  HELD_STORY_WORDS,
  HOLDING_VERBS,
  NOT_TITLE_WORDS_BEFORE,
  NOUN_CUE_PAIRS_AFTER,
  NOUN_CUE_PREFIXES_AFTER,
  NOUN_CUES_AFTER,
  NOUN_CUES_BEFORE,
  OPENING_CUES_AFTER,
  POSSESSED_STORY_WORDS,
  SPLIT_CUE_AUXILIARIES,
  SPLIT_CUE_PARTICIPLES,
} from './context-words';
import { MENTION_CARE, type MentionCare, NOT_OUTLET_PHRASES, OUTLETS, SHARED_ALIASES } from './data';
import { DATASET, datasetOutlets, isDistinctiveName } from './dataset';
import { type IndexFile, readIndex } from './index-file';
import {
  buildCharClasses,
  foldDiacritics,
  GAP_HARD,
  GAP_NONE,
  hashKey,
  hostFromInput,
  isPublicSuffix,
  nameKey,
  nameKeysToTry,
  normaliseHandle,
  releaseTokens,
  shortNameKey,
  TOKEN_PUNCT,
  TOKEN_WORD,
  type Tokens,
  tokenForm,
  tokenHash,
  tokenize,
} from './normalise';
import notPlaceWords from './not-place-words.json';
import { serviceInPath, withServices } from './services';
import type { MentionOptions, Outlet, OutletLookup, OutletMentionRef } from './types';

export type { MentionOptions };

export interface OutletMention extends OutletMentionRef {
  /** What was written: a name or alias, a back-reference short name, a domain, or an @handle. */
  via: 'name' | 'short-name' | 'domain' | 'handle';
}

/** What the lookups are built from. */
export interface OutletTable {
  outlets: readonly Outlet[];
  /** See MENTION_CARE in ./data.ts. */
  mentionCare?: Readonly<Record<string, MentionCare>>;
  /** See NOT_OUTLET_PHRASES in ./data.ts. */
  notOutletPhrases?: readonly string[];
  /** See SHARED_ALIASES in ./data.ts. */
  sharedAliases?: Readonly<Record<string, string>>;
  /**
   * Outlets from a public dataset (./dataset.json). They answer byHost, and byName for a name of two words
   * or more that no curated outlet and no other dataset outlet bears; in running text only names that
   * isDistinctiveName accepts count. The curated `outlets` win on a shared domain or name.
   */
  dataset?: readonly Outlet[];
}

/** An OutletLookup whose mentions() also takes MentionOptions. */
export interface OutletLookupWithOptions extends OutletLookup {
  mentions(text: string, options?: MentionOptions): OutletMention[];
}

/** How a phrase is checked against its context; see MentionCare in ./data.ts. */
type Mode = 'plain' | 'acronym' | MentionCare | 'blocker';

export interface Phrase {
  /** Null for a phrase that only blocks ("across the Atlantic"). */
  outlet: Outlet | null;
  /** Token forms as written in the table (case kept, folded). */
  forms: string[];
  /** Gap before each token in the table's spelling (GAP_NONE keeps "Scroll.in" from matching "scroll. In"). */
  gaps: number[];
  mode: Mode;
  /** Does not begin with "the". */
  bare: boolean;
  shortName: boolean;
  /** Its words may carry the case endings of its outlet's country in text ("Süddeutschen", "Sanomien",
   * "Коммерсанта"); see ./case-endings.ts. */
  inflects: boolean;
}

/** Keyed by hashKey of each token's lower-case form; fits() then compares the tokens themselves. */
export interface TrieNode {
  /** Null on leaves, which are most nodes. */
  next: Map<number, TrieNode> | null;
  phrases: Phrase[];
}

export interface Index {
  byName: Map<string, Outlet>;
  byHost: Map<string, Outlet>;
  byHandle: Map<string, Outlet>;
  trie: TrieNode;
  /** Names written in Han, kana or Hangul, found by their characters (./cjk-names.ts). */
  cjk: CjkName[];
  /** 1 for each ASCII code that begins (in lower case) the first token of some phrase. */
  firstChars: Uint8Array;
  /** How the first words of names that take endings begin (`mayOpenInflected`): made with the trie, so that the
   * first capitalised word of the first page does not walk the whole trie for them. */
  inflectedStarts: ReadonlySet<string>;
  classes: Uint8Array;
}

/** The table this project ships: the curated outlets (./data.ts), their services as outlets of their own
 * (./services.ts), and the dataset (./dataset.json). */
export function shippedOutletTable(): OutletTable {
  return {
    outlets: withServices(OUTLETS),
    mentionCare: MENTION_CARE,
    notOutletPhrases: NOT_OUTLET_PHRASES,
    sharedAliases: SHARED_ALIASES,
    dataset: datasetOutlets(DATASET),
  };
}

/**
 * Lookups over the given table; the index is built on the first call, or read from `made` (or what it returns,
 * asked on the first call), the same index written ahead of time for this table (./index-file.ts; built after
 * all should it not fit the table).
 */
export function createOutletLookup(
  table: OutletTable,
  made?: IndexFile | (() => IndexFile | undefined),
): OutletLookupWithOptions {
  let index: Index | null = null;
  const get = (): Index => {
    if (index === null) {
      const file = typeof made === 'function' ? made() : made;
      index = Object.freeze((file && readIndex(file, table)) || buildIndex(table));
    }
    return index;
  };
  let shared: Map<string, Outlet[]> | null = null;
  let shortNames: Set<string> | null = null;
  const lookup: OutletLookupWithOptions = Object.freeze({
    byName: (name: string) => nameLookup(get(), name),
    byHost: (hostOrUrl: string) => hostLookup(get(), hostOrUrl),
    byHandle: (handle: string) => handleLookup(get(), handle),
    mentions: (text: string, options?: MentionOptions) => mentionsIn(get(), text, options),
    canonicalPublication: (nameOrHost: string) => publicationIn(get(), nameOrHost),
    hasShortName: (words: string) => {
      shortNames ??= new Set(table.outlets.flatMap((o) => (o.shortNames ?? []).map(shortNameKey)));
      return shortNames.has(shortNameKey(words));
    },
    inLanguage: (language: string | null, country?: string | null | (() => string | null)) => {
      const spoken = language ? countriesOfLanguage(language) : null;
      const hasSpoken = spoken !== null && spoken.size > 0;
      if (!country && !hasSpoken) return lookup;
      // The page's country is asked for when a shared name is first met, not before (it may read the page).
      let preferred: ReadonlySet<string>[] | null = null;
      const countries = () => {
        if (preferred === null) {
          const own = typeof country === 'function' ? country() : country;
          preferred = [...(own ? [new Set([own])] : []), ...(hasSpoken ? [spoken] : [])];
        }
        return preferred;
      };
      shared ??= sharedNames(table);
      return preferringCountries(lookup, shared, countries);
    },
  });
  return lookup;
}

/** The names and aliases of the curated table that several outlets answer to, with those outlets. */
function sharedNames(table: OutletTable): Map<string, Outlet[]> {
  const all = new Map<string, Outlet[]>();
  for (const outlet of table.outlets)
    for (const written of new Set([outlet.name, ...(outlet.aliases ?? [])].map(nameKey))) {
      const list = all.get(written);
      if (list) list.push(outlet);
      else all.set(written, [outlet]);
    }
  for (const [key, list] of all) if (list.length < 2) all.delete(key);
  return all;
}

/**
 * `lookup`, where a name written as several outlets' names means the one of the first set of `preferred`
 * countries that holds one of them (the page's country, then its language's), else the usual one. `preferred`
 * is asked only for such a name.
 */
function preferringCountries(
  lookup: OutletLookupWithOptions,
  shared: ReadonlyMap<string, Outlet[]>,
  preferred: () => readonly ReadonlySet<string>[],
): OutletLookupWithOptions {
  const local = (outlet: Outlet, written: string): Outlet => {
    const sharing = shared.get(nameKey(written));
    if (!sharing) return outlet;
    for (const countries of preferred()) {
      if (countries.has(outlet.country)) return outlet;
      const found = sharing.find((o) => countries.has(o.country));
      if (found) return found;
    }
    return outlet;
  };
  return Object.freeze({
    ...lookup,
    byName: (name: string) => {
      const found = lookup.byName(name);
      return found && local(found, name);
    },
    mentions: (text: string, options?: MentionOptions) =>
      lookup.mentions(text, options).map((m) => {
        const outlet = local(m.outlet, m.text);
        return outlet === m.outlet ? m : { ...m, outlet };
      }),
  });
}

// The one piece of module state: the shipped table's lookups, built on first use, read-only afterwards.
let shipped: OutletLookupWithOptions | null = null;

function shippedLookup(): OutletLookupWithOptions {
  shipped ??= createOutletLookup(shippedOutletTable());
  return shipped;
}

/** Lower-case words that never need their case to match ("the" in "The Hill", "al" in "Al Jazeera"). */
const PARTICLES: ReadonlySet<string> = new Set(
  'the a an of and on in for at to by de del della di da do dos das du des la le les el al il lo y e et en und der die von van'.split(
    ' ',
  ),
);

/** The index over `table`, from its entries (./index-file.ts writes it as data). */
export function buildIndex(table: OutletTable): Index {
  const classes = buildCharClasses();
  const sharedWinners = new Map<string, string>();
  for (const [alias, winner] of Object.entries(table.sharedAliases ?? {}))
    sharedWinners.set(nameKey(alias), winner);

  const byName = new Map<string, Outlet>();
  const byHost = new Map<string, Outlet>();
  const byHandle = new Map<string, Outlet>();
  const entries: PhraseEntry[] = [];

  for (const outlet of table.outlets) {
    for (const written of [outlet.name, ...(outlet.aliases ?? [])]) {
      const key = nameKey(written);
      if (key === '') continue;
      const winner = sharedWinners.get(key);
      if (!byName.has(key) || winner === outlet.name) byName.set(key, outlet);
      entries.push({ written, outlet, short: false });
    }
    for (const written of outlet.shortNames ?? []) entries.push({ written, outlet, short: true });
    for (const domain of outlet.domains ?? []) if (!byHost.has(domain)) byHost.set(domain, outlet);
    for (const handle of outlet.handles ?? []) if (!byHandle.has(handle)) byHandle.set(handle, outlet);
  }
  addDataset(table.dataset ?? [], byName, byHost, entries);
  for (const written of table.notOutletPhrases ?? []) entries.push({ written, outlet: null, short: false });
  const trie = buildTrie(entries, classes, table.mentionCare ?? {});
  orderPhrases(trie, sharedWinners);
  const firstChars = new Uint8Array(128);
  for (const { written } of entries) {
    const c = foldDiacritics(written).toLowerCase().charCodeAt(0);
    if (c < 128) firstChars[c] = 1;
  }
  const cjk = cjkNames(
    entries.flatMap((e) => (e.outlet && !e.short ? [{ written: e.written, outlet: e.outlet }] : [])),
  );
  return {
    byName,
    byHost,
    byHandle,
    trie,
    cjk,
    firstChars,
    inflectedStarts: inflectedStartsOf(trie),
    classes,
  };
}

/** Two words or more ("Everett Herald", "Ouest-France"): one word alone is too often something else. */
const SEVERAL_WORDS = /[^\s\u2010\u2011-][\s\u2010\u2011-]+[^\s\u2010\u2011-]/;

/**
 * Files the dataset's outlets after the curated ones: a domain or name already taken stays with its owner,
 * and a name two dataset outlets share names neither. Only distinctive names become phrases.
 */
function addDataset(
  dataset: readonly Outlet[],
  byName: Map<string, Outlet>,
  byHost: Map<string, Outlet>,
  entries: PhraseEntry[],
) {
  const named = new Map<string, Outlet | null>();
  for (const outlet of dataset) {
    for (const domain of outlet.domains ?? []) if (!byHost.has(domain)) byHost.set(domain, outlet);
    const key = nameKey(outlet.name);
    if (key === '' || byName.has(key) || !SEVERAL_WORDS.test(outlet.name.replace(/^the\s+/i, ''))) continue;
    named.set(key, named.has(key) ? null : outlet);
  }
  for (const [key, outlet] of named) {
    if (outlet === null) continue;
    byName.set(key, outlet);
    if (isDistinctiveName(outlet.name)) entries.push({ written: outlet.name, outlet, short: false });
  }
}

interface PhraseEntry {
  written: string;
  outlet: Outlet | null;
  short: boolean;
}

/** Tokenizes all phrases in one pass (one text, blank lines between) and files each under its tokens. */
function buildTrie(
  entries: PhraseEntry[],
  classes: Uint8Array,
  care: Readonly<Record<string, MentionCare>>,
): TrieNode {
  const trie: TrieNode = { next: new Map(), phrases: [] };
  const text = entries.map((e) => e.written).join('\n\n');
  const tokens = tokenize(text, classes);
  let t = 0;
  let entryEnd = -2;
  for (const entry of entries) {
    const entryStart = entryEnd + 2;
    entryEnd = entryStart + entry.written.length;
    const forms: string[] = [];
    const gaps: number[] = [];
    const flags: number[] = [];
    let node = trie;
    for (; t < tokens.count && tokens.start[t] < entryEnd; t++) {
      const form = tokenForm(text, tokens, t);
      gaps.push(forms.length === 0 ? GAP_NONE : tokens.gap[t]);
      forms.push(form);
      flags.push(tokens.flags[t]);
      const key = hashKey(form.toLowerCase());
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, phrases: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    if (forms.length === 0) continue;
    const bare = forms[0].toLowerCase() !== 'the';
    const mode = modeFor(entry, forms, flags, care);
    const inflects = entry.outlet !== null && inflectsIn(entry.outlet.country);
    node.phrases.push({ outlet: entry.outlet, forms, gaps, mode, bare, shortName: entry.short, inflects });
  }
  return trie;
}

function modeFor(
  { written, outlet }: PhraseEntry,
  forms: string[],
  flags: number[],
  careFor: Readonly<Record<string, MentionCare>>,
): Mode {
  if (outlet === null) return 'blocker';
  const care = Object.hasOwn(careFor, written) ? careFor[written] : undefined;
  if (care) return care;
  const isWord = (i: number) => (flags[i] & TOKEN_WORD) !== 0 && !/\d/.test(forms[i]);
  if (forms.length === 2 && forms[0].toLowerCase() === 'the' && isWord(1)) return 'word';
  // A number and a unit of time read as a length of time ("après 20 Minutes de débat").
  if (forms.length === 2 && /^\d+$/.test(forms[0]) && DURATION_WORDS.has(forms[1].toLowerCase()))
    return 'noun';
  if (forms.length === 1 && forms[0].length <= 3 && isWord(0) && isAllCapitals(forms[0])) return 'acronym';
  return 'plain';
}

function isAllCapitals(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Blockers first, then each shared alias's winner, then the table's order. */
function orderPhrases(node: TrieNode, sharedWinners: Map<string, string>) {
  if (node.phrases.length > 1) {
    const rank = (p: Phrase) => {
      if (p.outlet === null) return 0;
      const winner = sharedWinners.get(nameKey(p.forms.join(' ')));
      return winner === p.outlet.name ? 1 : 2;
    };
    node.phrases.sort((a, b) => rank(a) - rank(b));
  }
  for (const child of node.next?.values() ?? []) orderPhrases(child, sharedWinners);
}

// ---------------------------------------------------------------------------------------------------------
// The shipped table's lookups

/** An outlet by its canonical name or an alias, forgiving case, "The", possessives, accents and dots. */
export function outletByName(name: string): Outlet | null {
  return shippedLookup().byName(name);
}

/** Whether an outlet of the shipped table goes by these words as a short name (see OutletLookup.hasShortName). */
export function hasShortName(words: string): boolean {
  return shippedLookup().hasShortName?.(words) ?? true;
}

/** The shipped table's lookups for a page in `language`, of `country` if it says (see OutletLookup.inLanguage). */
export function outletsInLanguage(
  language: string | null,
  country?: string | null | (() => string | null),
): OutletLookup {
  return shippedLookup().inLanguage?.(language, country) ?? shippedLookup();
}

/**
 * An outlet by hostname or URL. Tries the host and then ever shorter parent domains ("money.cnn.com",
 * "cnn.com"), so www., m. and amp. prefixes and any section subdomain resolve; stops before a bare public
 * suffix ("co.uk"). Never throws.
 */
export function outletByHost(hostOrUrl: string): Outlet | null {
  return shippedLookup().byHost(hostOrUrl);
}

/** An outlet by social handle ("@nypost" or "nypost"); a domain-style handle ("@nytimes.com") by domain. */
export function outletByHandle(handle: string): Outlet | null {
  return shippedLookup().byHandle(handle);
}

/** The canonical name for a publication's name, host, URL or handle ("zerohedge.com" → "Zero Hedge"). */
export function canonicalPublication(nameOrHost: string): string | null {
  return shippedLookup().canonicalPublication(nameOrHost);
}

/**
 * Every non-overlapping mention of an outlet in the text: names and aliases on word boundaries
 * (leftmost, then longest), domains ("reuters.com") and @handles. A possessive after a name ends it
 * ("Reuters' report", "BBC’s editor"). Common-word names need their exact case and a context that reads
 * as a name (see MentionCare in ./data.ts). One pass over the text's tokens; time grows linearly with it.
 */
export function findOutletMentions(text: string, options: MentionOptions = {}): OutletMention[] {
  return shippedLookup().mentions(text, options);
}

// ---------------------------------------------------------------------------------------------------------
// Direct lookups over an index

function nameLookup(index: Index, name: string): Outlet | null {
  if (typeof name !== 'string' || name.length > 500) return null;
  for (const key of nameKeysToTry(name)) {
    if (key === '') continue;
    const found = index.byName.get(key);
    if (found) return found;
  }
  return null;
}

function hostLookup(index: Index, hostOrUrl: string): Outlet | null {
  const host = hostFromInput(hostOrUrl);
  const found = host === null ? null : outletBySuffixWalk(host, index.byHost);
  // A regional newsroom's story on its network's site names the newsroom by its folder (serviceInPath).
  const service = found?.services ? serviceInPath(found, hostOrUrl) : null;
  return (service && nameLookup(index, service)) || found;
}

function outletBySuffixWalk(host: string, byHost: Map<string, Outlet>): Outlet | null {
  let candidate = host;
  while (!isPublicSuffix(candidate)) {
    const found = byHost.get(candidate);
    if (found) return found;
    candidate = candidate.slice(candidate.indexOf('.') + 1);
  }
  return null;
}

function handleLookup(index: Index, handle: string): Outlet | null {
  if (typeof handle !== 'string') return null;
  const h = normaliseHandle(handle);
  if (h === null) return null;
  if (h.includes('.')) return outletBySuffixWalk(h, index.byHost);
  return index.byHandle.get(h) ?? null;
}

function publicationIn(index: Index, nameOrHost: string): string | null {
  if (typeof nameOrHost !== 'string') return null;
  const s = nameOrHost.trim();
  if (s === '') return null;
  if (s.startsWith('@')) return handleLookup(index, s)?.name ?? null;
  const named = nameLookup(index, s);
  if (named) return named.name;
  if (/^\S+\.\S+$/.test(s)) return hostLookup(index, s)?.name ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Mentions in running text

/** Words after an adjective-like name that show it is the outlet ("The Australian reported"). */
const REPORTING_WORDS: ReadonlySet<string> = new Set(
  (
    'said says say reported reports reporting report wrote writes write noted notes revealed reveals quoted ' +
    'quotes cited cites claimed claims added adds understands understood learned learnt learns found finds ' +
    'published publishes ran runs obtained obtains confirmed confirms first newspaper paper daily magazine ' +
    'website site columnist column editorial editor editors reporter reporters correspondent journalist ' +
    'journalists story stories article articles piece interview investigation analysis poll survey has had ' +
    'have also last earlier recently previously exclusively today yesterday on in at by for from via with ' +
    'asked called described detailed explained according reviewed broke podcast newsletter headline ' +
    'headlines front online print edition staff writer writers contributor tweeted posted tells told ' +
    'estimated estimates showed shows highlighted alleged alleges suggested suggests warned warns argued ' +
    'argues insisted observed pointed contacted approached reveal revealing scoop scooped scoops'
  ).split(' '),
);

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '…']);
/** Tokens after a possessive's story word within which the clause must end on a colon (openingCue). */
const POSSESSED_REACH = 15;
/** Punctuation that opens a credit or a source line: "(Bild)", "— Die Welt", "Quelle: Spiegel". */
const CREDIT_OPENERS: ReadonlySet<string> = new Set(['(', '[', ':', '—', '–', '|']);
const OPENERS_AND_CLOSERS: ReadonlySet<string> = new Set(['"', "'", '(', ')', '[', ']', '{', '}', '*', '_']);
/** Capitalised words that open a sentence without being part of a name ("As Bloomberg reported"). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an as but and or so yet while when if although though because since per via says said told tells ' +
    'writes wrote reports reported like unlike both meanwhile also today yesterday now then here there in on ' +
    'at by for from with to of after before during over under separately still even only earlier later last ' +
    'this that thus hence instead citing according asked quoting see read watch listen more unless until ' +
    'whereas where what why how who which'
  ).split(' '),
);
const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms dr sen rep gov gen prof st sir lord lady'.split(' '),
);
/** Longest name, in tokens, the matcher follows; the table's longest is far shorter. */
const MAX_PHRASE_TOKENS = 32;

interface Candidate {
  end: number;
  endToken: number;
  outlet: Outlet | null;
  via: OutletMention['via'];
}

/** findOutletMentions over an index. */
function mentionsIn(index: Index, text: string, options: MentionOptions = {}): OutletMention[] {
  if (typeof text !== 'string' || text === '') return [];
  const tokens = tokenize(text, index.classes);
  try {
    return mentionsOfTokens(index, text, tokens, options);
  } finally {
    releaseTokens(tokens);
  }
}

function mentionsOfTokens(
  index: Index,
  text: string,
  tokens: Tokens,
  options: MentionOptions,
): OutletMention[] {
  const ctx = new MentionContext(text, tokens, options.backReferences ?? [], options.pageText);
  const mentions: OutletMention[] = [];

  let i = 0;
  while (i < tokens.count) {
    const start = tokens.start[i];
    let best: Candidate | null = null;
    if (tokens.flags[i] & TOKEN_PUNCT) {
      if (text.charCodeAt(start) === 64 /* @ */) best = handleAt(text, tokens, i, index);
    } else if (startsHost(text, start, tokens.end[i])) {
      best = domainAt(text, start, tokens, i, index);
    }
    const phrase = phraseAt(ctx, i, index);
    if (
      phrase &&
      (best === null || phrase.end > best.end || (phrase.end === best.end && phrase.outlet === null))
    )
      best = phrase;

    if (best === null) {
      i++;
      continue;
    }
    if (best.outlet !== null) {
      mentions.push({
        outlet: best.outlet,
        start,
        end: best.end,
        text: text.slice(start, best.end),
        via: best.via,
      });
    }
    i = best.endToken + 1;
    while (i < tokens.count && tokens.start[i] < best.end) i++;
  }
  const cjk = findCjkNames(text, index.cjk);
  if (cjk.length === 0) return mentions;
  const merged = mentions.filter((m) => !cjk.some((c) => c.start < m.end && m.start < c.end));
  for (const c of cjk) merged.push({ ...c, text: text.slice(c.start, c.end), via: 'name' });
  return merged.sort((a, b) => a.start - b.start);
}

function isHostChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95
  );
}

/** A word that begins a run of host characters and goes on with "." or "-" may begin a domain. */
function startsHost(text: string, start: number, wordEnd: number): boolean {
  const after = text.charCodeAt(wordEnd);
  return (after === 46 || after === 45) && !isHostChar(text.charCodeAt(start - 1));
}

function domainAt(text: string, start: number, tokens: Tokens, i: number, index: Index): Candidate | null {
  let end = start;
  while (end < text.length && end - start <= 253 && isHostChar(text.charCodeAt(end))) end++;
  if (end - start > 253) return null;
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  const host = text.slice(start, end).toLowerCase();
  if (!host.includes('.') || host.includes('_')) return null;
  const outlet = outletBySuffixWalk(host, index.byHost);
  if (!outlet) return null;
  let endToken = i;
  while (endToken + 1 < tokens.count && tokens.start[endToken + 1] < end) endToken++;
  return { end, endToken, outlet, via: 'domain' };
}

function handleAt(text: string, tokens: Tokens, i: number, index: Index): Candidate | null {
  const at = tokens.start[i];
  // An @ inside an e-mail address or straight after a word is not a handle.
  if (isHostChar(text.charCodeAt(at - 1))) return null;
  let end = at + 1;
  while (end < text.length && end - at <= 31 && isHandleChar(text.charCodeAt(end))) end++;
  if (end === at + 1 || end - at > 31) return null;
  const outlet = index.byHandle.get(text.slice(at + 1, end).toLowerCase());
  if (!outlet) return null;
  let endToken = i;
  while (endToken + 1 < tokens.count && tokens.start[endToken + 1] < end) endToken++;
  return { end, endToken, outlet, via: 'handle' };
}

function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether the token after `last` is the word "Online", joined to it by a space. */
function onlineAfter(ctx: MentionContext, last: number): boolean {
  const next = last + 1;
  if (next >= ctx.tokens.count || ctx.tokens.gap[next] === GAP_HARD) return false;
  return ctx.text.slice(ctx.tokens.start[next], ctx.tokens.end[next]) === 'Online';
}

/** Articles, as written opening a sentence, before a title of one common word ("O Público", "El Mundo"). */
const OPENING_ARTICLES: ReadonlySet<string> = new Set('O A Os As El La Le Il Lo De Het'.split(' '));

/** Words that join a title's parts in French, Spanish, Italian, Portuguese, Dutch and German. */
const TITLE_PARTICLES: ReadonlySet<string> = new Set(
  'du de des del della dello di da do dos das van von vom'.split(' '),
);

/** Whether the name ending at token `last` goes on as a longer title: a particle and a capitalised word ("L'Écho
 * du Vercors", "Le Courrier de Vallorbe"), a newsroom the table lacks rather than the shorter one it knows. */
function longerTitleAfter(ctx: MentionContext, last: number): boolean {
  const { tokens, text } = ctx;
  const particle = last + 1;
  const word = last + 2;
  if (word >= tokens.count || tokens.gap[particle] === GAP_HARD || tokens.gap[word] === GAP_HARD)
    return false;
  if (!TITLE_PARTICLES.has(text.slice(tokens.start[particle], tokens.end[particle]))) return false;
  return /^\p{Lu}/u.test(text.slice(tokens.start[word], tokens.end[word]));
}

/** The longest phrase from the trie that starts at token i and fits its context. */
function phraseAt(ctx: MentionContext, i: number, index: Index): Candidate | null {
  const { tokens, reachedNodes, reachedLast } = ctx;
  // Most tokens cannot begin any phrase; their first character says so without hashing.
  const c = ctx.text.charCodeAt(tokens.start[i]);
  if (c < 128 && index.firstChars[c >= 65 && c <= 90 ? c + 32 : c] === 0) return null;
  let node = childFor(index.trie, ctx, i, index.inflectedStarts);
  if (!node) return null;
  let depth = 0;
  let j = i;
  for (;;) {
    if (node.phrases.length > 0) {
      reachedNodes[depth] = node;
      reachedLast[depth] = j;
      depth++;
    }
    if (node.next === null || depth >= MAX_PHRASE_TOKENS || j + 1 >= tokens.count) break;
    if (tokens.gap[j + 1] === GAP_HARD) break;
    const child = childFor(node, ctx, j + 1, null);
    if (!child) break;
    node = child;
    j++;
  }
  for (let r = depth - 1; r >= 0; r--) {
    const last = reachedLast[r];
    const phrase = ctx.choose(reachedNodes[r].phrases, i, last);
    if (phrase && longerTitleAfter(ctx, last)) return null;
    if (phrase) {
      // "GMA News Online", "Rappler Online": a newsroom's site is its name with "Online" after it.
      const tail = onlineAfter(ctx, last) ? last + 1 : last;
      return {
        end: tokens.end[tail],
        endToken: tail,
        outlet: phrase.outlet,
        via: phrase.shortName ? 'short-name' : 'name',
      };
    }
  }
  return null;
}

/**
 * The trie node below `node` for token i: by the token as written, else by a word it may be an inflected form
 * of ("Süddeutschen" → "süddeutsche", "Sanomien" → "sanomat", "Коммерсанта" → "коммерсант"; ./case-endings.ts).
 * A name's first word (`starts`: the index's `inflectedStarts`, null for a later word) is tried so only when it
 * does not start in lower case. Whether the phrase found may take the ending is for caseFits to say.
 */
function childFor(
  node: TrieNode,
  ctx: MentionContext,
  i: number,
  starts: ReadonlySet<string> | null,
): TrieNode | undefined {
  const next = node.next;
  if (next === null) return undefined;
  const exact = next.get(tokenHash(ctx.text, ctx.tokens, i));
  if (exact || !(ctx.tokens.flags[i] & TOKEN_WORD)) return exact;
  if (starts === null) return findStem(ctx.key(i), false, (hash) => next.get(hash));
  if (startsInLowerCase(ctx.text, ctx.tokens.start[i])) return undefined;
  const key = ctx.key(i);
  return mayOpenInflected(starts, key) ? findStem(key, true, (hash) => next.get(hash)) : undefined;
}

/**
 * Whether a word may be a name's first word with an ending: its stem begins as one of those names does
 * (`starts`, after a particle written before it). Most capitalised words of a text are no name, and this says so
 * before their stems are tried.
 */
function mayOpenInflected(starts: ReadonlySet<string>, key: string): boolean {
  if (starts.has(key.slice(0, STEM_START))) return true;
  for (const { oblique, bases } of CASE_ENDINGS.prefixes) {
    if (!key.startsWith(oblique)) continue;
    const rest = key.slice(oblique.length, oblique.length + STEM_START);
    if (bases.some((base) => starts.has((base + rest).slice(0, STEM_START)))) return true;
  }
  return false;
}

const NON_ASCII = /[^ -~]/;

/** Letters of a stem compared by mayOpenInflected: a stem has at least three (./case-endings.ts). */
const STEM_START = 3;

/** How the first words of the names in `trie` that take endings begin (their first letters, folded, lower case). */
export function inflectedStartsOf(trie: TrieNode): Set<string> {
  const starts = new Set<string>();
  collectStarts(trie, starts);
  return starts;
}

/** The names that take endings of their own country's languages, or of a script's (never an ASCII name's). */
function collectStarts(node: TrieNode, starts: Set<string>) {
  for (const p of node.phrases) {
    const word = p.forms[0];
    if (p.inflects && p.outlet && (CASE_ENDINGS.byCountry.has(p.outlet.country) || NON_ASCII.test(word)))
      starts.add(word.toLowerCase().slice(0, STEM_START));
  }
  for (const child of node.next?.values() ?? []) collectStarts(child, starts);
}

/** A word starting with a lower-case letter. Georgian letters have capitals that running text never uses. */
function startsInLowerCase(text: string, at: number): boolean {
  const c = text.charAt(at);
  const code = c.charCodeAt(0);
  return c !== c.toUpperCase() && !(code >= 0x10d0 && code <= 0x10ff);
}

/** The most words an aside between a name and its verb holds ("of course", "as ever", "wie immer"). */
const ASIDE_WORDS_MAX = 3;

/** Quotation marks that set a title apart in the languages that write one so ("«Коммерсанта»", „Die Welt“, Hebrew's
 * gershayim after a particle, "ב״הארץ״"). */
const TITLE_OPENERS = '«„‹״';
const TITLE_CLOSERS = '»“”›״';

/** Title-case words: a place's name ("Baltimore", "New York", "St. Louis"). */
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** Title-case words of a name that name no place ("Daily", "National", "Irish"). */
const NOT_PLACE_WORD: ReadonlySet<string> = new Set(notPlaceWords.words);

/**
 * The place in an outlet's name: the name without its article and the words of the short name written
 * (`forms`, "the Sun": "The Baltimore Sun" → "Baltimore"), when what is left is title-case words not all of
 * which name no place (./not-place-words.json: "Daily Mirror", "Irish Independent"; "Sydney Morning" stays); else null.
 */
export function placeOf(outlet: Outlet, forms: readonly string[]): string | null {
  const shortWords = new Set(forms.map((f) => f.toLowerCase()));
  // A word joined by a hyphen is one word of the name, the short name's when any part is ("Whig-Standard" for
  // "the Whig"), and a place's whole ("Wilkes-Barre").
  const words = outlet.name.split(/\s+/).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
  const kept = words.filter(
    (w) =>
      !shortWords.has(w.toLowerCase()) &&
      !w.split(/[\u2010\u2011-]/).some((part) => shortWords.has(part.toLowerCase())),
  );
  if (kept.length === words.length || kept.length === 0) return null;
  if (kept.every((w) => NOT_PLACE_WORD.has(w))) return null;
  const place = kept.join(' ');
  return PLACE.test(place) ? place : null;
}

/** Per page text, whether each outlet's place is named in it: asked again for every mention of a short name. */
const placesNamed = new WeakMap<() => string, Map<string, boolean>>();

/** Whether the page's text names the place in the outlet's name, as a word of its own, in its case. */
function placeNamed(outlet: Outlet, forms: readonly string[], pageText: () => string): boolean {
  let seen = placesNamed.get(pageText);
  if (!seen) {
    seen = new Map();
    placesNamed.set(pageText, seen);
  }
  const key = `${outlet.name}\n${forms.join(' ')}`;
  let named = seen.get(key);
  if (named === undefined) {
    const place = placeOf(outlet, forms);
    named =
      place !== null &&
      new RegExp(
        `(?<![\\p{L}\\p{N}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'u',
      ).test(pageText());
    seen.set(key, named);
  }
  return named;
}

/** The text being searched, and the context rules that decide whether a phrase fits where it was found. */
class MentionContext {
  /** Scratch space for phraseAt: the trie nodes with phrases met along one walk. */
  readonly reachedNodes: TrieNode[] = new Array(MAX_PHRASE_TOKENS);
  readonly reachedLast: number[] = new Array(MAX_PHRASE_TOKENS);

  /** Canonical name → position among the outlets already named (names, so copies of a table work too). */
  private readonly backRefs = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    backReferences: readonly Outlet[],
    private readonly pageText?: () => string,
  ) {
    for (const [rank, o] of backReferences.entries()) this.backRefs.set(o.name, rank);
  }

  /** The phrase of a trie node that fits tokens first..last, if any. */
  choose(phrases: Phrase[], first: number, last: number): Phrase | null {
    // A short name counts only for an outlet already named, and then beats a name spelled the same way.
    if (this.backRefs.size > 0) {
      let bestShort: Phrase | null = null;
      let bestRank = -1;
      for (const p of phrases) {
        if (!p.shortName || p.outlet === null) continue;
        const rank = this.backRefs.get(p.outlet.name) ?? -1;
        if (rank > bestRank && this.fits(p, first, last)) {
          bestShort = p;
          bestRank = rank;
        }
      }
      if (bestShort) return bestShort;
    }
    // Or for the one outlet written so whose place the page names (MentionOptions.pageText).
    if (this.pageText) {
      let local: Phrase | null = null;
      for (const p of phrases) {
        if (!p.shortName || p.outlet === null || !placeNamed(p.outlet, p.forms, this.pageText)) continue;
        if (!this.fits(p, first, last)) continue;
        if (local && local.outlet !== p.outlet) {
          local = null;
          break;
        }
        local = p;
      }
      if (local) return local;
    }
    for (const p of phrases) if (!p.shortName && this.fits(p, first, last)) return p;
    return null;
  }

  form(i: number): string {
    return tokenForm(this.text, this.tokens, i);
  }

  key(i: number): string {
    return this.form(i).toLowerCase();
  }

  fits(p: Phrase, first: number, last: number): boolean {
    const { tokens } = this;
    if (last - first + 1 !== p.forms.length) return false;
    for (let k = 0; k < p.forms.length; k++) {
      const t = first + k;
      if (k > 0 && p.gaps[k] === GAP_NONE && tokens.gap[t] !== GAP_NONE) return false;
      if (!this.caseFits(p, k, this.form(t))) return false;
    }
    // The context is read after an ending the name carries behind a mark ("Hürriyet'e göre", "HS:n mukaan").
    const end = this.endingAfter(p, last);
    switch (p.mode) {
      case 'plain':
        return !this.longerTitleBefore(p, first);
      case 'blocker':
        return true;
      case 'acronym':
        return this.acronymFits(p, first, end);
      case 'word':
        return this.wordFits(p, first, end);
      case 'surname':
        return this.surnameFits(first, end);
      case 'adjective':
        return this.adjectiveFits(p, first, end);
      case 'noun':
        return this.nounFits(p, first, end);
    }
  }

  /**
   * The token of a case ending written after the name behind a mark its language puts there ("Hürriyet'e",
   * "STT:n", "MTI-nek"): up to five lower-case letters right after the mark. Else `last`.
   */
  private endingAfter(p: Phrase, last: number): number {
    if (!p.inflects || p.outlet === null) return last;
    const { tokens, text } = this;
    const end = tokens.end[last];
    let word = last + 1;
    let mark = text.charAt(end);
    if (mark === '-') {
      if (word >= tokens.count || tokens.start[word] !== end + 1) return last;
    } else {
      if (word + 1 >= tokens.count || tokens.gap[word] !== GAP_NONE || !(tokens.flags[word] & TOKEN_PUNCT))
        return last;
      mark = this.form(word);
      word++;
      if (tokens.gap[word] !== GAP_NONE) return last;
    }
    if (!joinsEnding(p.outlet.country, mark) || !(tokens.flags[word] & TOKEN_WORD)) return last;
    const ending = text.slice(tokens.start[word], tokens.end[word]);
    return ending.length <= 5 && ending === ending.toLowerCase() && ending !== ending.toUpperCase()
      ? word
      : last;
  }

  /** Tokens are compared as written; hashing only narrowed the search. */
  private caseFits(p: Phrase, k: number, written: string): boolean {
    const expected = p.forms[k];
    if (written === expected) return true;
    // An elided article opening a name is written in lower case inside a sentence: "selon l'Équipe", "segons
    // l'Ara".
    if (k === 0 && expected === 'L' && written === 'l' && p.forms.length > 2 && /^['’]$/.test(p.forms[1]))
      return true;
    const lower = expected.toLowerCase();
    if (p.mode === 'blocker' || PARTICLES.has(lower)) return written.toLowerCase() === lower;
    // A word that differs only in case has no ending ("TIMES", "times").
    if (
      p.inflects &&
      p.mode !== 'acronym' &&
      written.toLowerCase() !== lower &&
      p.outlet !== null &&
      inflectionFits(p.outlet.country, expected, written, k === 0)
    )
      return true;
    if (p.mode === 'word' || p.mode === 'acronym') return false;
    return written === expected.toUpperCase() && written !== lower;
  }

  /**
   * Whether a name is the end of a longer title, another paper's: a capitalised word right before it inside a
   * sentence, not an article, a cue, an opener, a day or a month ("According to the Skerrin Island Times" names no
   * Island Times, "From Kelp Bay Newsday:" no Newsday; "told The Associated Press", "the Sunday New York Times"
   * do).
   */
  private longerTitleBefore(p: Phrase, first: number): boolean {
    if (!p.bare) return false;
    const prev = this.wordBefore(first);
    if (prev < 0 || !this.isCapitalised(prev) || this.isAllCaps(prev) || this.startsSentence(prev))
      return false;
    const key = this.key(prev);
    return !(
      ARTICLES.has(key) ||
      NOUN_CUES_BEFORE.has(key) ||
      SENTENCE_OPENERS.has(key) ||
      NOT_TITLE_WORDS_BEFORE.has(key)
    );
  }

  private acronymFits(p: Phrase, first: number, last: number): boolean {
    const prev = this.wordBefore(first);
    const next = this.wordAfter(last);
    // "6 FT", "TPM 2.0": a number beside a short acronym makes it something else.
    if ((prev >= 0 && this.isNumber(prev)) || (next >= 0 && this.isNumber(next))) return false;
    // "RT @someone" is a retweet.
    const after = this.tokenAfter(last);
    if (after >= 0 && this.form(after) === '@') return false;
    // Two-letter acronyms inside shouted text ("RT-PCR", "AP STYLE") are not the outlet.
    if (
      p.forms[0].length <= 2 &&
      ((prev >= 0 && this.isAllCaps(prev)) || (next >= 0 && this.isAllCaps(next)))
    )
      return false;
    return true;
  }

  private wordFits(p: Phrase, first: number, last: number): boolean {
    if (this.titleQuoted(first, last)) return true;
    const prev = this.wordBefore(first);
    const next = this.wordAfter(last);
    if (next >= 0 && (this.isCapitalised(next) || this.isNumber(next) || this.key(next) === 'of'))
      return false;
    if ((prev >= 0 && this.isAllCaps(prev)) || (next >= 0 && this.isAllCaps(next))) return false;
    if (p.bare) {
      // "O Público escreve:": an article opening the sentence before the name opens it with the name.
      const opensOnArticle = prev >= 0 && OPENING_ARTICLES.has(this.form(prev)) && this.startsSentence(prev);
      if (this.startsSentence(first) || opensOnArticle)
        return this.openingCue(last, p.forms.length === 1 ? 3 : 15, p.forms.length > 1);
      if (prev >= 0 && this.isPartOfName(prev)) return false;
      if (this.followsInitial(first)) return false;
    }
    return true;
  }

  private surnameFits(first: number, last: number): boolean {
    const prev = this.wordBefore(first);
    const next = this.wordAfter(last);
    if (next >= 0 && (this.isCapitalised(next) || this.isNumber(next))) return false;
    if (prev >= 0 && this.isPartOfName(prev)) return false;
    return !this.followsInitial(first) && !this.followsHonorific(first);
  }

  private adjectiveFits(p: Phrase, first: number, last: number): boolean {
    const prev = this.wordBefore(first);
    if (prev >= 0 && this.isAllCaps(prev)) return false;
    if (p.bare && prev >= 0 && this.isPartOfName(prev)) return false;
    const next = this.tokenAfter(last);
    if (next < 0 || this.tokens.flags[next] & TOKEN_PUNCT) return true;
    const form = this.form(next);
    return form === form.toLowerCase() && REPORTING_WORDS.has(form);
  }

  /**
   * A German common noun ("Die Welt", "Zeit", "Bild", "Spiegel") counts only beside a word that shows the
   * outlet is meant ("laut Bild", "so die Zeit", "Bild berichtet", "der Zeit zufolge", "told Spiegel"), before
   * a possessive, or framed as a credit ("(Bild)", "Quelle: Die Welt"). A name that starts with its article
   * needs the article capitalised inside a sentence ("told Die Welt"): "die Presse berichtet" is the press.
   */
  private nounFits(p: Phrase, first: number, last: number): boolean {
    if (this.titleQuoted(first, last)) return true;
    // "Der Elbtaler Kurier", "die Frankfurter Rundschau": a capitalised word before the noun makes a longer
    // title, another newsroom's, unless it is a cue or an article ("Laut Spiegel", "Die Zeit", Hungarian "Az
    // Origo").
    const left = this.tokenBefore(first);
    if (
      left >= 0 &&
      this.tokens.flags[left] & TOKEN_WORD &&
      this.isCapitalised(left) &&
      this.form(left).length > 2
    ) {
      const key = this.key(left);
      if (!ARTICLES.has(key) && !NOUN_CUES_BEFORE.has(key)) return false;
    }
    if (ARTICLES.has(p.forms[0].toLowerCase())) {
      const article = this.form(first);
      if (article === article.toLowerCase()) return false;
      // Opening a sentence, the article is capitalised anyway: only a newsroom's verb after the name shows
      // the outlet ("Der Standard schreibt dazu:"; "Die Welt retten wir nicht allein" is the world).
      if (this.startsSentence(first)) return this.openingCue(last, 15, p.forms.length > 1);
    }
    let prev = this.wordBefore(first);
    if (prev >= 0 && ARTICLES.has(this.key(prev))) prev = this.wordBefore(prev);
    if (prev >= 0 && NOUN_CUES_BEFORE.has(this.key(prev)) && this.elidedAsCue(prev)) return true;
    const next = this.tokenAfter(last);
    const word = next >= 0 && this.tokens.flags[next] & TOKEN_WORD ? next : this.wordAfterAside(last);
    const cue = this.pastAuxiliary(word);
    if (cue >= 0) {
      const key = this.key(cue);
      // The split verb is read from its auxiliary ("hat mit … gesprochen"), the verb after one from that verb.
      return (
        NOUN_CUES_AFTER.has(key) ||
        NOUN_CUE_PREFIXES_AFTER.some((c) => key.startsWith(c)) ||
        this.cuePair(cue) ||
        this.splitVerbCue(word)
      );
    }
    const after = next >= 0 ? this.form(next) : '';
    if (after === "'" || after === ')' || after === ']') return true;
    let before = this.tokenBefore(first);
    if (before >= 0 && this.tokens.flags[before] & TOKEN_WORD && ARTICLES.has(this.key(before)))
      before = this.tokenBefore(before);
    return before >= 0 && CREDIT_OPENERS.has(this.form(before)) && (next < 0 || SENTENCE_ENDS.has(after));
  }

  /**
   * A name opening a sentence that hands over to a quotation: a newsroom's verb right after it and a colon
   * ending the clause ("Der Standard schreibt dazu:", "La Nación habló con un productor, que lo resume así:"),
   * not "People reported feeling ill." In place of the verb, a possessive and what a newsroom publishes or who
   * writes it ("Wired's take is blunter:", possessedStory). `reach` is how many tokens after the verb the colon
   * may come: a name of one ordinary word needs it close ("Grist reports:"), or "People noted on the forum:" is
   * the magazine. `endsOnThat`: a text ending on "that" or a comma after the verb hands over too ("… reported on
   * Tuesday that", "As Inside Housing noted on Friday,").
   */
  private openingCue(last: number, reach: number, endsOnThat: boolean): boolean {
    const next = this.wordAfter(last);
    const verb = this.pastAuxiliary(next);
    const from =
      next >= 0
        ? OPENING_CUES_AFTER.has(this.key(verb))
          ? verb
          : this.heldStory(next)
        : this.possessedStory(last);
    if (from < 0) return false;
    // A possessive already reads as a name's, so its clause may run longer ("Wired's take is more technical:").
    if (next < 0) reach = Math.max(reach, POSSESSED_REACH);
    for (let i = from + 1; i < Math.min(this.tokens.count, from + 1 + reach); i++) {
      if (this.tokens.gap[i] === GAP_HARD) return false;
      const form = this.form(i);
      if (form === ':') return true;
      if (SENTENCE_ENDS.has(form)) return false;
      // "Business Day reported on Tuesday that", "As Inside Housing noted on Friday,": the text ends on the
      // conjunction or a comma, and the passage completes it. Not for a name of one ordinary word: "People
      // reported that" is anyone.
      if (
        endsOnThat &&
        (HANDOVER_WORDS.has(form.toLowerCase()) || form === ',') &&
        (i + 1 >= this.tokens.count || this.tokens.gap[i + 1] === GAP_HARD)
      )
        return true;
    }
    return false;
  }

  /** An auxiliary at token `aux` and, before the clause ends, within ten tokens, a participle of getting someone's
   * words: "hat mit einer Hebamme gesprochen" (SPLIT_CUE_AUXILIARIES, SPLIT_CUE_PARTICIPLES). */
  private splitVerbCue(aux: number): boolean {
    if (!SPLIT_CUE_AUXILIARIES.has(this.key(aux))) return false;
    for (let i = aux + 1; i < Math.min(this.tokens.count, aux + 11); i++) {
      if (this.tokens.gap[i] === GAP_HARD) return false;
      if (!(this.tokens.flags[i] & TOKEN_WORD)) {
        const form = this.form(i);
        if (form === ':' || SENTENCE_ENDS.has(form)) return false;
        continue;
      }
      if (SPLIT_CUE_PARTICIPLES.has(this.key(i))) return true;
    }
    return false;
  }

  /** The word after an auxiliary at `i` ("a rapporté", "hat berichtet", "has reported"): the verb its cue is;
   * else `i`. */
  private pastAuxiliary(i: number): number {
    // "À Punt ho ha explicat", "El Sur lo cuenta": an object pronoun between the name and its verb.
    if (i >= 0 && CLITICS_AFTER.has(this.key(i))) {
      const verb = this.tokenAfter(i);
      if (verb >= 0 && this.tokens.flags[verb] & TOKEN_WORD) i = verb;
    }
    if (i < 0 || !AUXILIARIES_AFTER.has(this.key(i))) return i;
    const verb = this.tokenAfter(i);
    return verb >= 0 && this.tokens.flags[verb] & TOKEN_WORD ? verb : i;
  }

  /** Whether the cue at `i` stands as one: a cue that is one only after an elided word ("d'après", not "après")
   * has it right before. */
  private elidedAsCue(i: number): boolean {
    const elided = CUES_AFTER_ELISION.get(this.key(i));
    if (elided === undefined) return true;
    const mark = this.tokenBefore(i);
    if (mark < 0 || !/^['’]$/.test(this.form(mark))) return false;
    const word = this.tokenBefore(mark);
    return word >= 0 && this.key(word) === elided;
  }

  /** "Wired's take", "Stuff's Wellington bureau": a possessive right after the name, then within three words
   * what a newsroom publishes or who writes it (POSSESSED_STORY_WORDS). That word's token, or -1. */
  private possessedStory(last: number): number {
    const mark = this.tokenAfter(last);
    if (mark < 0 || !/^['’]$/.test(this.form(mark))) return -1;
    const s = this.tokenAfter(mark);
    if (s < 0 || this.form(s) !== 's' || this.tokens.gap[s] !== GAP_NONE) return -1;
    for (let i = s, words = 0; words < 3; words++) {
      i = this.wordAfter(i);
      if (i < 0) return -1;
      if (POSSESSED_STORY_WORDS.has(this.key(i))) return i;
    }
    return -1;
  }

  /** "ran the numbers", "has the regulator's side", "got a comment": a verb of holding, "the", and within three words what a
   * newsroom has (HELD_STORY_WORDS). The last word's token, or -1. */
  private heldStory(verb: number): number {
    if (!HOLDING_VERBS.has(this.key(verb))) return -1;
    const article = this.wordAfter(verb);
    if (article < 0 || !HELD_ARTICLES.has(this.key(article))) return -1;
    for (let i = article, words = 0; words < 3; words++) {
      i = this.wordAfter(i);
      if (i < 0) return -1;
      if (HELD_STORY_WORDS.has(this.key(i))) return i;
    }
    return -1;
  }

  /** The name, and nothing else, in the quotation marks that set a title apart: "по данным «Ведомостей»",
   * "σύμφωνα με το «Βήμα»". Not straight or English quotes, which also mark a word used oddly. */
  private titleQuoted(first: number, last: number): boolean {
    const { tokens, text } = this;
    const before = text.charAt(tokens.start[first] - 1);
    const after = text.charAt(tokens.end[last]);
    return before !== '' && TITLE_OPENERS.includes(before) && after !== '' && TITLE_CLOSERS.includes(after);
  }

  /** The token right before `i` when nothing but spaces or a hyphen separates them, else -1. */
  private tokenBefore(i: number): number {
    return i > 0 && this.tokens.gap[i] !== GAP_HARD ? i - 1 : -1;
  }

  /**
   * The word after an aside set off by commas right after token `last` ("Mothership, naturally, found", "Bild,
   * wie immer, berichtet"): one to three lower-case words between the commas. Else -1.
   */
  private wordAfterAside(last: number): number {
    const open = this.tokenAfter(last);
    if (open < 0 || this.form(open) !== ',') return -1;
    let i = this.wordAfter(open);
    for (let words = 0; i >= 0 && words < ASIDE_WORDS_MAX; words++) {
      if (this.isCapitalised(i) || this.isNumber(i)) return -1;
      const after = this.tokenAfter(i);
      if (after < 0) return -1;
      if (this.form(after) === ',') return this.wordAfter(after);
      i = this.tokens.flags[after] & TOKEN_WORD ? after : -1;
    }
    return -1;
  }

  /** The token right after `i` when nothing but spaces or a hyphen separates them, else -1. */
  private tokenAfter(i: number): number {
    const j = i + 1;
    return j < this.tokens.count && this.tokens.gap[j] !== GAP_HARD ? j : -1;
  }

  /** Whether the word at `i` and the next one are a cue of two words (NOUN_CUE_PAIRS_AFTER). */
  private cuePair(i: number): boolean {
    const next = this.wordAfter(i);
    return next >= 0 && NOUN_CUE_PAIRS_AFTER.has(`${this.key(i)} ${this.key(next)}`);
  }

  private wordAfter(i: number): number {
    const j = this.tokenAfter(i);
    return j >= 0 && this.tokens.flags[j] & TOKEN_WORD ? j : -1;
  }

  private wordBefore(i: number): number {
    const j = i - 1;
    return j >= 0 && this.tokens.gap[i] !== GAP_HARD && this.tokens.flags[j] & TOKEN_WORD ? j : -1;
  }

  /** At the start of the text or a paragraph, or after . ! ? : (quotes and brackets in between allowed). */
  private startsSentence(i: number): boolean {
    const { tokens } = this;
    let k = i - 1;
    for (let steps = 0; k >= 0 && tokens.gap[k + 1] !== GAP_HARD && tokens.flags[k] & TOKEN_PUNCT; steps++) {
      const f = this.form(k);
      if (SENTENCE_ENDS.has(f)) return true;
      if (!OPENERS_AND_CLOSERS.has(f) || steps > 8) return false;
      k--;
    }
    return k < 0 || tokens.gap[k + 1] === GAP_HARD;
  }

  /** "Michael R. Bloomberg": the name follows a one-letter initial and its dot. */
  private followsInitial(i: number): boolean {
    const dot = i - 1;
    const letter = i - 2;
    return (
      letter >= 0 &&
      this.form(dot) === '.' &&
      this.tokens.gap[dot] === GAP_NONE &&
      (this.tokens.flags[letter] & TOKEN_WORD) !== 0 &&
      this.form(letter).length === 1 &&
      this.isCapitalised(letter)
    );
  }

  /** "Mr. Bloomberg", "Sen. Forbes". */
  private followsHonorific(i: number): boolean {
    const dot = i - 1;
    const word = i - 2;
    return (
      word >= 0 &&
      this.form(dot) === '.' &&
      this.tokens.gap[dot] === GAP_NONE &&
      (this.tokens.flags[word] & TOKEN_WORD) !== 0 &&
      HONORIFICS.has(this.key(word))
    );
  }

  /** A capitalised word before a name joins it ("Michael Bloomberg"), unless it merely opens the sentence. */
  /** A capitalised word opening the sentence is no part of a name when it opens sentences anyway, or is a cue
   * before a name in any language ("Segons À Punt,", "Según …", "Laut …"). */
  private isPartOfName(i: number): boolean {
    if (!this.isCapitalised(i)) return false;
    if (!this.startsSentence(i)) return true;
    const key = this.key(i);
    return !(SENTENCE_OPENERS.has(key) || NOUN_CUES_BEFORE.has(key));
  }

  private isCapitalised(i: number): boolean {
    const c = this.form(i).charAt(0);
    return c !== c.toLowerCase();
  }

  private isAllCaps(i: number): boolean {
    const f = this.form(i);
    return f.length >= 2 && isAllCapitals(f);
  }

  private isNumber(i: number): boolean {
    const c = this.form(i).charCodeAt(0);
    return c >= 48 && c <= 57;
  }
}
