// Text and host normalisation shared by the outlet lookups: name keys, hostnames, handles, and the
// tokenizer that findOutletMentions runs over page text.

import { capturedUrl } from '../url';

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Invisible characters that may sit inside a word (soft hyphen, zero-width joiners). */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Letters NFKD leaves alone but readers consider accented forms of plain letters. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};
const NON_ASCII = /[^ -~\t\n\r]/;
const UNFOLDED_LETTERS = /[ßẞæÆœŒøØłŁđĐðÐþÞı]/g;

/** "Süddeutsche" → "Suddeutsche", "Dagens Næringsliv" → "Dagens Naeringsliv"; keeps case. */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLES, '')
    .replace(UNFOLDED_LETTERS, (c) => LETTER_FOLDS[c] ?? c);
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u00b4`]/g;

/**
 * The forgiving key outletByName compares: folded, lower-case, no leading "the", no dots, spaces or
 * punctuation, "&" read as "and". "The N.Y. Times" and "ny times" share one key.
 */
export function nameKey(name: string): string {
  let s = foldDiacritics(name).toLowerCase().replace(APOSTROPHES, "'").trim();
  s = s.replace(/^the\s+/, '');
  s = s.replace(/&/g, ' and ');
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How a short name ("the Times") and the words a page wrote for one compare: no leading "the", lower case. */
export function shortNameKey(words: string): string {
  return words.replace(/^the\s+/i, '').toLowerCase();
}

/** The keys to try for a name a page wrote: as written, then without a trailing possessive ("BBC's"). */
export function nameKeysToTry(name: string): string[] {
  const asWritten = nameKey(name);
  const trimmed = name.trim().replace(APOSTROPHES, "'");
  const withoutPossessive = /'s$/i.test(trimmed) ? nameKey(trimmed.slice(0, -2)) : asWritten;
  return withoutPossessive === asWritten ? [asWritten] : [asWritten, withoutPossessive];
}

/** "@NYPost" → "nypost"; null when it cannot be a handle. Domain-style handles keep their dots. */
export function normaliseHandle(handle: string): string | null {
  const h = handle.trim().replace(/^@/, '').toLowerCase();
  return /^[a-z0-9_][a-z0-9_.-]{0,252}$/.test(h) ? h.replace(/\.$/, '') : null;
}

// Second-level public suffixes (a hand-kept slice of the Public Suffix List covering the countries in the
// table). A registrable domain is one label below one of these, or below a top-level domain.
const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk net.uk sch.uk nhs.uk police.uk ' +
    'com.au net.au org.au edu.au gov.au asn.au id.au co.nz org.nz net.nz govt.nz ac.nz ' +
    'co.jp or.jp ne.jp ac.jp go.jp ad.jp ed.jp gr.jp lg.jp co.kr or.kr go.kr ne.kr re.kr ac.kr ' +
    'com.cn net.cn org.cn gov.cn edu.cn ac.cn com.hk org.hk gov.hk net.hk edu.hk idv.hk ' +
    'com.tw org.tw gov.tw net.tw edu.tw idv.tw com.sg org.sg gov.sg net.sg edu.sg ' +
    'com.my org.my gov.my net.my edu.my com.ph org.ph gov.ph net.ph co.id or.id go.id ac.id web.id ' +
    'co.th or.th go.th in.th ac.th com.vn org.vn gov.vn net.vn edu.vn com.kh org.kh gov.kh com.mm ' +
    'co.in gov.in org.in net.in nic.in ac.in firm.in gen.in ind.in com.pk gov.pk org.pk net.pk ' +
    'com.bd gov.bd org.bd net.bd com.np gov.np org.np com.lk gov.lk org.lk com.af gov.af org.af ' +
    'com.tr gov.tr org.tr net.tr av.tr bel.tr co.il org.il gov.il ac.il net.il muni.il ' +
    'com.lb gov.lb org.lb net.lb edu.lb com.eg org.eg gov.eg net.eg edu.eg com.sa gov.sa org.sa net.sa ' +
    'co.ae gov.ae net.ae org.ae ac.ae com.qa org.qa gov.qa net.qa edu.qa com.kw net.kw gov.kw org.kw ' +
    'com.jo gov.jo org.jo net.jo com.iq gov.iq org.iq com.sy gov.sy org.sy co.ir gov.ir org.ir ac.ir ' +
    'com.ps gov.ps org.ps net.ps com.tn gov.tn org.tn info.tn net.tn com.dz gov.dz org.dz co.ma gov.ma ' +
    'com.ly gov.ly org.ly com.sd gov.sd org.sd co.za org.za gov.za net.za web.za com.ng gov.ng org.ng ' +
    'net.ng edu.ng co.ke or.ke go.ke ne.ke ac.ke co.ug or.ug go.ug ac.ug co.tz or.tz go.tz com.gh ' +
    'gov.gh org.gh edu.gh com.et gov.et org.et com.kp gov.kp org.kp rep.kp edu.kp tra.kp ' +
    'com.br gov.br org.br net.br art.br blog.br com.ar gov.ar org.ar net.ar int.ar com.mx gob.mx org.mx ' +
    'net.mx edu.mx com.co gov.co org.co net.co edu.co com.pe gob.pe org.pe net.pe com.ve gob.ve org.ve ' +
    'com.ec gob.ec org.ec com.uy gub.uy org.uy co.cr com.cu gob.cu org.cu cu.cu com.pr org.pr gov.pr ' +
    'cl.cl gob.cl com.ua gov.ua org.ua net.ua in.ua kiev.ua kyiv.ua com.ru net.ru org.ru com.by gov.by ' +
    'com.az gov.az org.az com.pl gov.pl org.pl net.pl co.at or.at gv.at ac.at com.es gob.es org.es ' +
    'nom.es com.pt gov.pt org.pt com.gr gov.gr org.gr com.cy gov.cy com.mt gov.mt co.hu info.hu org.hu ' +
    'com.ro org.ro com.hr com.rs org.rs co.rs gov.rs'
  ).split(' '),
);

/** A generic label under a two-letter country code, as most countries' registries open their second level
 * ("co.ao", "com.my", "org.na", "gov.bw"), whether or not the list above names the country. */
const COUNTRY_SECOND_LEVEL = /^(?:co|com|net|org|gov|govt|edu|ac|gob|gub|gouv|mil)\.[a-z]{2}$/;

/** Whether two labels ("co.ao") are a second-level public suffix. */
const secondLevelSuffix = (lastTwo: string): boolean =>
  MULTI_LABEL_SUFFIXES.has(lastTwo) || COUNTRY_SECOND_LEVEL.test(lastTwo);

/** True for a top-level domain or a second-level public suffix ("co.uk", "co.ao"). */
export function isPublicSuffix(host: string): boolean {
  return !host.includes('.') || secondLevelSuffix(host);
}

/** "news.bbc.co.uk" → "bbc.co.uk"; null for a bare suffix or something that is not a hostname. */
export function registrableDomain(host: string): string | null {
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return null;
  const lastTwo = labels.slice(-2).join('.');
  if (secondLevelSuffix(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return lastTwo;
}

const HOST_SHAPE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)+$/;
const AMP_CACHE_SUFFIX = '.cdn.ampproject.org';

/**
 * The lower-case hostname in a URL or a bare host ("https://www.reuters.com/x", "Reuters.com:443",
 * "//edition.cnn.com"). Google AMP cache hosts are turned back into the publisher's host, and a web archive's
 * capture into the host of the address it shows. Null when the input holds no plausible hostname (IP
 * addresses included).
 */
export function hostFromInput(input: string): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  if (s === '' || s.length > 2048) return null;
  s = capturedUrl(s) ?? s;
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('//')) {
    try {
      host = new URL(s.startsWith('//') ? `https:${s}` : s).hostname;
    } catch {
      return null;
    }
  } else {
    s = s.replace(/^[^/?#]*@/, '');
    host = s.split(/[/?#]/, 1)[0].replace(/:\d*$/, '');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.length > 253 || !HOST_SHAPE.test(host) || /^[\d.]+$/.test(host)) return null;
  if (host.endsWith(AMP_CACHE_SUFFIX)) {
    const encoded = host.slice(0, -AMP_CACHE_SUFFIX.length);
    if (encoded.includes('.')) return null;
    // The cache writes "." as "-" and a real "-" as "--".
    const decoded = encoded
      .split('--')
      .map((part) => part.replace(/-/g, '.'))
      .join('-');
    return HOST_SHAPE.test(decoded) ? decoded : null;
  }
  return host;
}

// ---------------------------------------------------------------------------------------------------------
// Tokenizer. Text becomes word tokens (runs of letters, digits and marks) and one-character punctuation
// tokens; spaces and hyphens are gaps between tokens. Dotted initialisms ("A.P.", "U.S.") become one word.

export const CHAR_OTHER = 0;
export const CHAR_WORD = 1;
export const CHAR_SPACE = 2;
export const CHAR_NEWLINE = 3;
export const CHAR_HYPHEN = 4;

/** Not yet classified: classes are worked out on first sight of a character, so building an index costs
 * nothing up front (classifying all 65,536 characters at once took 70–300 ms in Chromium). */
const UNKNOWN = 255;
const SPACE_RE = /\s/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function classify(c: number): number {
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return CHAR_NEWLINE;
  if (c === 0x2d || c === 0x2010 || c === 0x2011) return CHAR_HYPHEN;
  if (c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060) return CHAR_WORD;
  if (c === 0xfeff) return CHAR_SPACE;
  // The modifier apostrophe is a letter to Unicode but an apostrophe to writers ("BBCʼs").
  if (c === 0x02bc || (c >= 0xd800 && c < 0xe000)) return CHAR_OTHER;
  const ch = String.fromCharCode(c);
  if (SPACE_RE.test(ch)) return CHAR_SPACE;
  return WORD_RE.test(ch) ? CHAR_WORD : CHAR_OTHER;
}

/** Character classes for the Basic Multilingual Plane (astral characters count as punctuation), filled in
 * as characters are met; read them through classOf. ASCII is classified up front. */
export function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000).fill(UNKNOWN);
  for (let c = 0; c < 128; c++) classes[c] = classify(c);
  return classes;
}

export function classOf(classes: Uint8Array, c: number): number {
  const known = classes[c];
  if (known !== UNKNOWN) return known;
  const cls = classify(c);
  classes[c] = cls;
  return cls;
}

export const TOKEN_WORD = 1;
export const TOKEN_PUNCT = 2;
/** Flag on a word token written with dots between single letters ("A.P."). */
export const TOKEN_DOTTED = 4;
/** Flag on a word token with characters outside ASCII (its form needs folding). */
export const TOKEN_NON_ASCII = 8;

/** What separates a token from the one before it. */
export const GAP_NONE = 0;
/** Spaces, a line break or a hyphen: the two tokens may belong to one name. */
export const GAP_SOFT = 1;
/** A blank line or a run of hyphens: never inside a name. */
export const GAP_HARD = 2;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** The gap before each token; the first token's gap is GAP_HARD. */
  gap: Uint8Array;
}

/** Tokens handed back by `releaseTokens`, for the next `tokenize` to fill: a typed array's own memory takes
 * microseconds to allocate, longer than tokenizing a lead-in takes, and the analysis looks up the outlets of
 * many short texts. Only short texts' tokens are kept. */
let spare: Tokens | null = null;
const SPARE_MAX_TOKENS = 1024;

export function tokenize(text: string, classes: Uint8Array): Tokens {
  const n = text.length;
  // Prose averages well over four characters a token, so this rarely grows.
  const capacity = 16 + (n >> 2);
  let tokens: Tokens;
  if (spare !== null && spare.start.length >= capacity) {
    tokens = spare;
    spare = null;
  } else tokens = emptyTokens(capacity);
  let count = 0;
  let newlines = 0;
  let hyphens = 0;
  let sawGap = false;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(classes, c);
    const s = i;
    let f = TOKEN_PUNCT;
    if (cls === CHAR_WORD) {
      let nonAscii = c > 127;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classOf(classes, d) !== CHAR_WORD) break;
        if (d > 127) nonAscii = true;
        i++;
      }
      f = TOKEN_WORD | (nonAscii ? TOKEN_NON_ASCII : 0);
      if (i - s === 1 && text.charCodeAt(i) === 46) {
        const dottedEnd = dottedInitialismEnd(text, s, classes);
        if (dottedEnd > 0) {
          f |= TOKEN_DOTTED;
          i = dottedEnd;
        }
      }
    } else if (cls === CHAR_SPACE || cls === CHAR_NEWLINE || cls === CHAR_HYPHEN) {
      sawGap = true;
      // CR LF counts once.
      if (cls === CHAR_NEWLINE && !(c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) newlines++;
      if (cls === CHAR_HYPHEN) hyphens++;
      i++;
      continue;
    } else {
      // Surrogate pairs stay together as one punctuation token.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    if (count === tokens.start.length) tokens = grown(tokens, count);
    tokens.start[count] = s;
    tokens.end[count] = i;
    tokens.flags[count] = f;
    tokens.gap[count] =
      count === 0 || newlines >= 2 || hyphens >= 2 ? GAP_HARD : sawGap ? GAP_SOFT : GAP_NONE;
    count++;
    newlines = 0;
    hyphens = 0;
    sawGap = false;
  }
  tokens.count = count;
  return tokens;
}

/** Gives tokens back for a later `tokenize`, which hands them out again as new (zeroed): the caller keeps no
 * reference to them. */
export function releaseTokens(tokens: Tokens): void {
  if (tokens.start.length > SPARE_MAX_TOKENS) return;
  tokens.start.fill(0, 0, tokens.count);
  tokens.end.fill(0, 0, tokens.count);
  tokens.flags.fill(0, 0, tokens.count);
  tokens.gap.fill(0, 0, tokens.count);
  tokens.count = 0;
  spare = tokens;
}

function emptyTokens(capacity: number): Tokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    gap: new Uint8Array(capacity),
  };
}

function grown(old: Tokens, count: number): Tokens {
  const fresh = emptyTokens(old.start.length * 2);
  fresh.start.set(old.start.subarray(0, count));
  fresh.end.set(old.end.subarray(0, count));
  fresh.flags.set(old.flags.subarray(0, count));
  fresh.gap.set(old.gap.subarray(0, count));
  return fresh;
}

/** End of "A.P." / "U.S.A." starting at `s`, or 0 when the text there is not a dotted initialism. */
function dottedInitialismEnd(text: string, s: number, classes: Uint8Array): number {
  const n = text.length;
  let p = s;
  let letters = 0;
  // Each step consumes one letter and its dot; the caller saw the first pair.
  do {
    letters++;
    p += 2;
  } while (p + 1 < n && classOf(classes, text.charCodeAt(p)) === CHAR_WORD && text.charCodeAt(p + 1) === 46);
  if (letters < 2) return 0;
  // "A.B.Cdef" or "a.b.com": the run goes on into a longer word, so it is not an initialism.
  if (p < n && classOf(classes, text.charCodeAt(p)) === CHAR_WORD) return 0;
  return p;
}

/**
 * A token as the matcher compares it: words folded and without the dots of an initialism, apostrophes and
 * quotes unified ("’" → "'"), other punctuation as written. Case is kept.
 */
export function tokenForm(text: string, tokens: Tokens, i: number): string {
  const f = tokens.flags[i];
  if (f & TOKEN_PUNCT) return punctuationForm(text, tokens.start[i], tokens.end[i]);
  let s = text.slice(tokens.start[i], tokens.end[i]);
  if (f & TOKEN_DOTTED) s = s.replace(/\./g, '');
  if (f & TOKEN_NON_ASCII) s = foldDiacritics(s);
  return s;
}

function punctuationForm(text: string, start: number, end: number): string {
  switch (text.charCodeAt(start)) {
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
    case 0x00b4:
    case 0x60:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x00ab:
    case 0x00bb:
      return '"';
    default:
      return text.slice(start, end);
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A 32-bit hash of a lower-case token key (FNV-1a over UTF-16 units). */
export function hashKey(key: string): number {
  return hashOn(FNV_OFFSET, key, 0, key.length);
}

/** hashKey's state after more characters, key[from..to): hashKey(a + b) is hashOn(hashKey(a), b, 0, b.length). */
export function hashOn(state: number, key: string, from: number, to: number): number {
  let h = state;
  for (let k = from; k < to; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
  return h | 0;
}

/** The hash state of each prefix of `key`, key[0..k) at `into[k]`; `into` grows as needed and is returned. */
export function prefixHashes(key: string, into: Int32Array): Int32Array {
  const states = into.length > key.length ? into : new Int32Array(key.length * 2 + 1);
  states[0] = FNV_OFFSET | 0;
  for (let k = 0; k < key.length; k++) states[k + 1] = Math.imul(states[k] ^ key.charCodeAt(k), FNV_PRIME);
  return states;
}

/** hashKey(tokenForm(text, tokens, i).toLowerCase()), without building a string for ASCII tokens. */
export function tokenHash(text: string, tokens: Tokens, i: number): number {
  const f = tokens.flags[i];
  if (f & TOKEN_NON_ASCII) return hashKey(tokenForm(text, tokens, i).toLowerCase());
  if (f & TOKEN_PUNCT) return hashKey(punctuationForm(text, tokens.start[i], tokens.end[i]));
  const dotted = (f & TOKEN_DOTTED) !== 0;
  let h = FNV_OFFSET;
  for (let k = tokens.start[i], end = tokens.end[i]; k < end; k++) {
    let c = text.charCodeAt(k);
    if (dotted && c === 46) continue;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h | 0;
}
