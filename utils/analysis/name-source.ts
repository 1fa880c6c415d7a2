// Turns a phrase that names a source (a lead-in, a <cite>, a credit line) into a source: a known outlet from
// the table, an outlet the table lacks (reported by the name the page uses), a person, or a document.
import { registrableDomain } from '../outlets/normalise';
import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
import givenNames from './data/given-names.json';
import platformData from './data/platform-domains.json';
import shopWords from './data/shop-words.json';
import { unicodeExpression } from './lead-in-words';
import {
  bodyNamed,
  DOCUMENT_WORDS,
  NEWS_COMPOUND,
  NEWS_WORDS,
  NOT_NAME_WORDS,
  PERSON_WORDS,
  TRADE_WORDS,
} from './source-words';
import type { Evidence, QuoteKind } from './types';

export interface SourceGuess {
  kind: QuoteKind;
  outlet: string | null;
  href: string | null;
  evidence: Evidence;
  /** The name is an outlet's only because no given name opens it ("— Water Briefing"): a lead-in that says a
   * person speaks ("One reader wrote in:") outranks it. */
  tentative?: boolean;
}

/** A site's address written as its name, in lower case ("quaywire.cc reports:", "from ridgeline.news"). */
const ADDRESS_NAME =
  '[a-z][a-z0-9-]{1,30}\\.(?:com|org|net|news|info|io|co\\.uk|[a-z]{2})(?![\\p{L}\\p{N}.-])';
/** The words for a television channel before its number, in the languages the analyser reads ("Channel 5",
 * "Canal 13", "Kanaal 2"): as a piece of an expression. */
const CHANNEL_WORDS = '(?:Channel|Canale?|Kanaa?l|Cadena)';
/** A frequency of the FM band written with its decimal ("93.9", "104.3"), as a piece of an expression. */
const FM_DIAL = '(?:8[89]|9\\d|10[0-7])\\.\\d';
/** A name closing on such a frequency: a music station's ("Bay 93.9", "Gold 104.3"), not a numbered thing's
 * ("Route 98.1", "Section 101.2"). */
const ON_FM_DIAL = new RegExp(
  `^(?!.*\\b(?:Route|Highway|Exit|Mile|Section|Article|Chapter|Clause|Rule|Part|Paragraph|Schedule|Version|Figure|Table|Page|Item|Step|Level|Grade|Unit|Lot|Room|Model)\\b)\\p{Lu}[\\p{L}\\s’'&-]*\\s${FM_DIAL}$`,
  'u',
);
/** A broadcaster's channel number or dial after its name ("KZXQ News 7", "CJMV 98.1", "CFRT 107,3" with the
 * decimal comma of French and Portuguese, "Kestrel TV 2", "Channel 5", "Canal 13"): after a call sign or a
 * broadcasting word only, and not a date's day ("Harbour Radio 3 December");
 * or after any name, a frequency of the FM band with its decimal, as music stations call themselves ("Bay 93.9",
 * "Gold 104.3"). */
const CHANNEL_NUMBER = `(?:(?<=(?:\\bNews|\\bTV|\\bFM|\\bRadio|\\b${CHANNEL_WORDS}|\\b[KW][A-Z]{3}|\\bC[FHIJK][A-Z]{2}))\\s+\\d{1,3}(?:[.,]\\d)?(?![\\p{L}\\p{N}]|[.,]\\d|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\b)|\\s+${FM_DIAL}(?![\\p{L}\\p{N}]|[.,]\\d))?`;
/** A capitalised name ("Tri-Valley Bugle", "The Smalltown Gazette", "Le Canard enchaîné", "Le Phare de l'Erdre",
 * "Gazeta da Ribeira", "Eco della Valle", Irish "Raidió na Gaeltachta"), its small words only between its
 * capitalised ones (so "Labhair Raidió na Gaeltachta le …" ends before "le"), or a site's address.
 * Linear in the text: its first word starts at no capital that one before it in the same run of the word's
 * characters could start (which matches all that the later one would, and is tried first; the test follows the
 * capital, so that it runs at capitals only), and it runs on for at most 15 words after the first; a channel's
 * number is a word of its name ("Channel 5", "Canal 13"). Without
 * these, a run of capitals or of capitalised words is read again from each of its letters or words. */
const NAME =
  `(?:${ADDRESS_NAME}|` +
  "(?:[Tt]he\\s+)?\\p{Lu}(?<!\\p{Lu}[\\p{L}\\p{N}’'.&-]*?\\p{Lu})[\\p{L}\\p{N}’'.&-]*(?:\\s+(?:(?:of|for|and|&|de|du|des|la|le|der|die|das|del|della|dello|di|da|do|dos|van|von|vom|het|na)(?=\\s+(?:\\p{Lu}|[ldLD][’']|(?:the|de|la|le|les|der|die|das|del|di|da|do|dos|na|van|von)\\s))|[ldLD][’']\\p{Lu}[\\p{L}\\p{N}’'.&-]*|\\p{Lu}[\\p{L}\\p{N}’'.&-]*)){0,15}" +
  `${CHANNEL_NUMBER})`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');
/** Words by which a line says its passage is taken from the outlet named next, with the article or elision
 * they end on, as a piece of an expression read with the u flag: "Tiré du …", "Extrait de l'…", "Tomado de …",
 * "Tratto da …", "Retirado do …". */
const TAKEN_FROM =
  "(?:[Tt]ir[ée]|[Ee]xtrait)e?s?\\s+(?:de\\s+la|du|des|de)\\s+|(?:[Tt]ir[ée]|[Ee]xtrait)e?s?\\s+de\\s+l['’]|[Tt]omad[oa]s?\\s+(?:del|de)\\s+|[Ee]xtra[ií]d[oa]s?\\s+(?:del|de)\\s+|[Rr]eproducid[oa]s?\\s+(?:del|de)\\s+|[Tt]ratt[oa]\\s+(?:dalla|dallo|dal|da)\\s+|[Rr]etirad[oa]s?\\s+(?:da|do|de)\\s+";

export function looksLikeOutletName(name: string): boolean {
  // "Northern Courier Services", "Mirror Lake Residents' Association", "Post Office": a business's or a body's
  // name may hold a newsroom's word.
  if (bodyNamed(name)) return false;
  const words = name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/[\s-]+/);
  // A site's address: "Index.hr", "Kun.uz", "Tengrinews.kz" (a country's two letters, in lower case).
  if (/\.(?:com|org|net|co\.uk|io|news|info)$/i.test(name) || /\p{L}\.[a-z]{2}$/u.test(name)) return true;
  // Capitals ending in TV or FM are a broadcaster's ("FITV", "NTV", "RTV", "BFM-TV"), also as a name's last word
  // ("Pannon RTV", "Kanal ATV"; a bare "TV" after a brand is a product's, "Apple TV"); a station by its dial and
  // call sign ("630 CHED", "98.5 KLUC-FM") is one too.
  if (/(?:^|\s)\p{Lu}{1,5}-?(?:TV|FM)$/u.test(name.trim()) || DIAL_CALL_SIGN.test(name.trim())) return true;
  // A station's band closing a name of capitalised words ("Isles FM", "Skyz Metro FM"): radio, as no other body
  // names itself. A word in lower case inside may join two names ("Taifa Leo na Baraka FM", Swahili "and").
  if (/\sFM$/.test(name.trim()) && !/\s\p{Ll}/u.test(name)) return true;
  // A channel by its number is a broadcaster ("Channel 5", "Canal 13", "Kanal 7"), and a name by its dial on
  // the FM band a station ("Bay 93.9").
  if (CHANNEL_BY_NUMBER.test(name.trim()) || ON_FM_DIAL.test(name.trim())) return true;
  // A capitalised word ending in a number is a newsroom's brand ("Rue89", "Splash247", "News24", "Ma7"): no one's
  // name is spelled so. Product codes ("HWiNFO64", "RT-AX86U") have capitals or letters among the digits.
  if (/(?<![\p{L}\d-])\p{Lu}\p{Ll}+\d+(?![\p{L}\d-])/u.test(name)) return true;
  // One word joining capitalised words and closing on a word for news ("NetNewsLedger", "PhillyVoice"): a
  // brand's spelling, as no one's name is ("McPherson", "DeWitt" close on none); not a platform's ("WordPress").
  if (/\p{Ll}\p{Lu}/u.test(name) && name.split(/[\s-]+/).some(closesOnNewsWord) && !isPlatformName(name))
    return true;
  // An elided article is no part of the word: Italian and French "L’Eco", "L’Écho", "dell’Eco". A news word is
  // read with its accents or without them ("Rádio", "Diário" as "radio", "diario").
  return words.some(
    (w) =>
      newsWord(w.replace(/[^\p{L}]/gu, '')) ||
      newsWord(w.replace(/^\p{L}{1,4}[’']/u, '').replace(/[^\p{L}]/gu, '')) ||
      NEWS_COMPOUND.test(w),
  );
}

/** Whether a word in lower case is a word for news, as written or with its accents left off. */
const newsWord = (word: string): boolean =>
  NEWS_WORDS.has(word) ||
  (/[^a-z]/.test(word) && NEWS_WORDS.has(word.normalize('NFD').replace(/\p{M}/gu, '')));

/** A word's last capitalised part, after letters in lower case: "Ledger" in "NetNewsLedger". */
const CAMEL_TAIL = /\p{Ll}(\p{Lu}\p{Ll}{2,})(?:[’']s)?$/u;

/** Whether a word spelled in camel case closes on a word for news ("NetNewsLedger", "HuffPost"). */
const closesOnNewsWord = (word: string): boolean => {
  const tail = CAMEL_TAIL.exec(word);
  return tail !== null && NEWS_WORDS.has(tail[1].toLowerCase());
};

/** "Tom's Guide", "Harper's Bazaar", Turkish "Ege'de Son Söz" ("the last word in the Aegean"): a possessive, or
 * a case ending after an apostrophe, before the last word makes a title, never a person's name (people's names
 * do not carry one inside them; "O'Brien" and "N'Golo" are no ending). */
export function isPossessiveTitle(name: string): boolean {
  return /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*(?:[’']s|(?<=\p{Ll})[’']\p{Ll}{1,3})\s+\p{Lu}/u.test(
    name.trim(),
  );
}

export function looksLikePersonName(name: string): boolean {
  if (isPossessiveTitle(name) || isTradeTitle(name)) return false;
  if (PERSON_WORDS.test(name)) return true;
  // People's names take no article ("the Florida Phoenix" is a title), nor words of a trade ("New Civil Engineer").
  if (/^(?:the|het)\s/i.test(name.trim())) return false;
  const first = name.trim().split(/\s+/)[0].toLowerCase();
  // After a given name, a surname's particle is no word of a title ("Jan de Vries", "Ana da Silva"); elsewhere
  // it joins a title's parts ("Monitorul de Cluj").
  const given = isGivenName(first);
  const words = (given ? plainSurnames(name) : name)
    .split(/\s+/)
    .filter((w, i, all) => !given || i === 0 || i === all.length - 1 || !SURNAME_PARTICLES.test(w));
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // A surname may be double-barrelled ("Watkins-Hughes"), the first word not: "How-To Geek" is a title.
    words.every(
      (w, i) =>
        /^\p{Lu}[\p{Ll}’'.-]+$/u.test(w) ||
        (i > 0 && /^\p{Lu}[\p{Ll}’'.]+(?:-\p{Lu}[\p{Ll}’'.]+)+$/u.test(w)) ||
        /^\p{Lu}\.$/u.test(w),
    ) &&
    !looksLikeOutletName(name)
  );
}

/** A title in capitalised words naming a trade ("Game Developer", "Electronics Weekly"): the trade press names
 * itself so, and no one's name holds such a word. */
function isTradeTitle(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    words.some((w) => TRADE_WORDS.has(w.toLowerCase()))
  );
}

const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.names);

/** Compass points, which the English lists hold as given names ("North", "West") but which open places' and
 * titles' names far more often ("West Sound", "North Star Gazette"). */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/** Letters that no accent mark makes, which the list spells as plain letters ("Guðrún" as "gudrun", "Łucja"
 * as "lucja", "Bjørn" as "bjorn"). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ð: 'd', đ: 'd', ø: 'o', ł: 'l', þ: 'th', æ: 'ae' };

/** Whether a word, lower case, is a given name of the list, also written with the marks the list leaves off
 * ("Lucía", "Józef", "Anaïs") or with letters it spells plain ("Guðrún"); not a compass point. */
export function isGivenName(word: string): boolean {
  if (COMPASS_POINTS.has(word)) return false;
  const unmarked = word.normalize('NFD').replace(/\p{M}/gu, '');
  return (
    GIVEN_NAMES.has(word) ||
    GIVEN_NAMES.has(unmarked) ||
    GIVEN_NAMES.has(unmarked.replace(/[ðđøłþæ]/g, (letter) => PLAIN_LETTERS[letter]))
  );
}

/** Particles inside people's names: "Jan de Vries", "Ana da Silva", "Ursula von der Leyen". */
const SURNAME_PARTICLES = /^(?:de|van|der|den|von|da|di|del|della|dos|du|ten|ter|zu)$/;

/** "MacLeod", "McGrath", "FitzGerald": a surname's prefix and the capital after it. */
const GAELIC_SURNAME = /\b(Mac|Mc|Fitz)(\p{Lu})(?=\p{Ll}{2})/gu;

/** The name with its Gaelic surnames spelled plain ("MacLeod" → "Macleod"), to be read by its shape. */
const plainSurnames = (name: string): string =>
  name.replace(GAELIC_SURNAME, (_, prefix: string, capital: string) => prefix + capital.toLowerCase());

/** Words that open a sentence without naming anyone: "It has the numbers", "Everyone covered it". */
const NOT_NAMES =
  /^(?:it|this|that|these|those|he|she|they|we|i|you|one|everyone|everybody|someone|somebody|nobody|anyone|each|both|all|most|many|some|others?|another|nothing|everything|here|there|then|now|yesterday|today|police|officials?)$/i;

/**
 * What a capitalised name's shape says when no word of it says "newsroom": `'person'` for a person's name
 * (a given name, an initial or a title first: "Mia Castellano", "J. Ortiz"), `'title'` for a title no one is
 * named (an article first, as in "The Lens"; capitals or digits inside a word, as in "RedFM", "InfoQ", "NME";
 * two to four words that do not open on a given name, as in "Executive Traveller" or "Louisiana
 * Illuminator"), and null for one plain word ("Brownfield", "Smith"), which may be either. Names whose first
 * word is a given name no English list holds read as titles: callers use this only where the page's structure
 * already says the name is a source.
 */
export function nameShape(name: string): 'person' | 'title' | null {
  const text = name.trim().replace(/[’']s$/, '');
  if (!text) return null;
  if (PERSON_WORDS.test(text)) return 'person';
  // A Romance article opens a title ("El Diari de Terrassa", "La Vanguardia", Galician and Portuguese "O Correo
  // Galego": "O" before a word is no initial; "A" is left out, an initial as often as an article), or, before a
  // given name, a person as Catalan and Spanish speak of them ("la Marta", "L'Anna"); so do Dutch "Het" and
  // German "Der", "Die", "Das" ("Het Dijkblad", "Die Glocke"), which open no one's name.
  const article =
    /^(?:(?:El|La|Le|Les|Los|Las|Il|Lo|L['’])\s*|(?:O|Os|As|Het|Der|Die|Das)\s+)(\p{Lu}\p{Ll}+)/u.exec(text);
  if (article) return isGivenName(article[1].toLowerCase()) ? 'person' : 'title';
  const words = nameWords(text);
  if (!words) return null;
  const given = givenNameWord(words[0]);
  // A Gaelic surname's capital inside it ("Ewan MacLeod", "Aoife McGrath") is no title's after a given name.
  const spelled = words.length > 1 && given ? plainSurnames(text) : text;
  if (spelledAsTitle(spelled, true)) return 'title';
  if (words.length === 1) return null;
  if (given || /^\p{Lu}\.?$/u.test(words[0])) return 'person';
  return 'title';
}

/** Whether a capitalised word is a given name, or given names joined by a hyphen as French writes compound ones
 * ("Marie-Claude", "Jean-François"). */
function givenNameWord(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return (
    isGivenName(word.toLowerCase().replace(/[^\p{L}]/gu, '')) ||
    (parts.length === 2 && parts.every((part) => part.length > 1 && isGivenName(part)))
  );
}

/** A channel's number before its capitals, as small broadcasters brand themselves ("1FLTV", "3AW", "9NEWS"). */
export const DIAL_CAPITALS = /^\d{1,2}\p{Lu}{2,5}$/u;

/** The words of a name of one to four capitalised words (small linking words allowed), else null. */
function nameWords(text: string): string[] | null {
  const words = text.replace(/^[Tt]he\s+/, '').split(/\s+/);
  return words.length <= 4 &&
    words.every(
      (w) => /^\p{Lu}/u.test(w) || DIAL_CAPITALS.test(w) || /^(?:of|for|and|&|de|du|la|le)$/.test(w),
    )
    ? words
    : null;
}

/**
 * Whether a name is spelled as no one's name is, whatever its words mean: a capitalised article first ("The
 * Lens"), a possessive inside ("Tom's Guide"), a capital after a small letter or two capitals before one
 * ("InDaily", "MLex"), a word with digits at its end ("Law360"); and, with `capitals`, capitals only ("NME",
 * "WWNO", "ČTK"), which are also how bodies are known ("NASA", "CDC"), or after a channel's number ("1FLTV").
 * Dotted initials ("J.R.") are a person's.
 */
/** Capitals inside people's names: "MacLeod", "McAllister", "LaToya", "DeShawn", "O'Brien", "VanDyke". */
const NAME_PREFIX = /^(?:Mc|Mac|La|Le|De|Da|Di|Du|Van|Von|O[’'])\p{Lu}\p{Ll}+$/u;

/** A radio station by its dial and call sign, as Canadian and US stations brand themselves: "630 CHED", "98.5
 * KLUC-FM", "1010 WINS", or the call sign first ("CJMV 98.1", "CKRO 97,1", "KZXQ 7"). */
const DIAL_CALL_SIGN =
  /^(?:\d{2,4}(?:[.,]\d)?\s+(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM))?|(?:[KW][A-Z]{3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM))?\s+\d{1,3}(?:[.,]\d)?)$/;
/** A station by its dial's capitals, perhaps with its city, as Australian radio names itself ("3AW", "2HD
 * Newcastle", "4BC Brisbane"): standing alone as a credit, a broadcaster's (a clock's "3PM" is none). */
const DIAL_STATION = /^\d{1,2}(?!(?:AM|PM)\b)\p{Lu}{2,5}(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;
/** A television channel by its number, in the languages the analyser reads: "Channel 5", "Canal 13" (a letter
 * after the word, "Kanal D", is not read so: it names many things). */
const CHANNEL_BY_NUMBER = new RegExp(`^(?:[Tt]he\\s+)?${CHANNEL_WORDS}\\s+\\d{1,3}$`);
/** A broadcaster's call sign of four letters, a newsroom's, not a body's: a US one as the FCC assigns them ("KTOO",
 * "WWNO-FM"), or a Canadian one in the prefixes Canada gives its broadcasters ("CKNW", "CJAD", "CFRB"), Newfoundland's
 * VO among them ("VOCM"). */
export const CALL_SIGN = /^(?:[KW][A-Z]{3}|C[FHIJK][A-Z]{2}|VO[A-Z]{2})(?:-(?:TV|FM|AM))?$/;

/**
 * Whether a name the table lacks is an outlet's on more than its shape: a newsroom's word ("Harbour Beat" is not,
 * "Valley Radio" is), a capitalised article ("The Quayside"), or a US call sign. A list's number before it
 * ("1.2. ") is set aside. Readings resting on shape alone are tentative (analyze.ts).
 */
export function firmlyNamed(written: string): boolean {
  const text = written.trim().replace(/^[^\p{L}]*(?:\d+(?:\.\d+)*\.?\s+)?/u, '');
  const bare = text.replace(/^the\s+/i, '');
  return /^The\s/.test(text) || looksLikeOutletName(bare) || CALL_SIGN.test(bare);
}

export function spelledAsTitle(name: string, capitals = false): boolean {
  const text = name.trim().replace(/[’']s$/, '');
  if (isPossessiveTitle(text) || /^The\s+\p{Lu}/u.test(text)) return true;
  const words = nameWords(text);
  if (!words) return false;
  if (capitals && words.some((w) => /^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(w) || DIAL_CAPITALS.test(w)))
    return true;
  // Digits only as a brand's tail ("Law360", "Rue89"): product codes mix them in ("HWiNFO64", "RT-AX86U"). After
  // capitals, only the round-the-clock news's 24 ("DNG24", "TVN24"): other numbers there are codes' ("MH17").
  return words.some((w) =>
    /\d/.test(w)
      ? /^\p{Lu}\p{Ll}{2,}\d{2,}$|^\p{Lu}{2,5}24$/u.test(w)
      : /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}/u.test(w) && !NAME_PREFIX.test(w),
  );
}

/** Last words by which businesses are named ("Tidewell Energy", "Corran Shipping"): newsrooms put a trade's word
 * first or inside ("Energy Voice", "Lloyd's List Shipping Daily"), so such a name is a company's unless it says
 * newsroom some other way. */
const COMPANY_TAILS: ReadonlySet<string> = new Set([
  'energy',
  'power',
  'utilities',
  'water',
  'shipping',
  'transport',
  'airlines',
  'airways',
  'rail',
  'freight',
  'construction',
  'engineering',
  'insurance',
  'property',
  'properties',
  'housing',
  'retail',
  'foods',
  'farms',
  'pharma',
  'pharmaceuticals',
  'therapeutics',
  'capital',
  'ventures',
  'labs',
  'mining',
  'minerals',
  'chemicals',
  'packaging',
  'software',
  'electronics',
  'automotive',
  'telecom',
  // Shops and local trades ("Harbour Hardware", "Marlow Motors"), kept as data.
  ...shopWords.tails,
]);

/** A name of two or more words ending on a business's or a shop's word, or on a product's model, with nothing
 * else saying newsroom ("Tidewell Energy", "Harbour Hardware", "Anchorline X2"): a company's, not an outlet's. */
export function companyShaped(name: string): boolean {
  const words = name
    .trim()
    .replace(/[’']s$/, '')
    .split(/\s+/);
  return (
    words.length >= 2 &&
    (COMPANY_TAILS.has(words[words.length - 1].toLowerCase()) || MODEL_NAME.test(name.trim())) &&
    !firmlyNamed(name)
  );
}

/** A product's brand in one or two plain words, then its model in capitals and digits ("Anchorline X2",
 * "Driftcam R4", "Kelp Scout RX100"); a channel's number alone ("Radio 4") is no model, nor a channel's own
 * letters and number after another word ("Екипа N1", "N1's crew"). */
const MODEL_NAME = /^[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\s+[A-Z]{1,2}\d{1,4}[A-Z]?$/;

/** A name that opens a sentence and may be a source's: not a pronoun, a time, a platform, a body or a
 * document. */
export function mayNameSource(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  return !(NOT_NAMES.test(bare) || isPlatformName(bare) || bodyNamed(bare) || DOCUMENT_WORDS.test(bare));
}

const PLATFORMS: ReadonlySet<string> = new Set(platformData.domains);
const PLATFORM_FAMILIES: ReadonlySet<string> = new Set(platformData.families);
const NOT_NEWSROOMS = platformData.suffixes.map((suffix) => `.${suffix}`);

/** A name that is a platform's ("Reddit", "YouTube"): a site that hosts other people's words. */
export function isPlatformName(name: string): boolean {
  const letters = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return PLATFORM_FAMILIES.has(letters) || PLATFORMS.has(`${letters}.com`);
}

/** Whether a host is a platform's, which hosts other people's words ("telegra.ph", "medium.com"). */
export function isPlatformHost(host: string): boolean {
  const site = registrableDomain(host) ?? host;
  return PLATFORMS.has(host) || PLATFORMS.has(site) || PLATFORM_FAMILIES.has(site.split('.')[0]);
}

/** The registrable domain a link names as an outlet ("www.harbourledger.co.uk" → "harbourledger.co.uk"), or
 * null for a platform, a bookshop, a government or a university. */
export function siteOf(href: string): string | null {
  const host = siteHostOf(href);
  if (!host || PLATFORMS.has(host)) return null;
  const site = registrableDomain(host) ?? host;
  if (PLATFORMS.has(site) || PLATFORM_FAMILIES.has(site.split('.')[0])) return null;
  if (NOT_NEWSROOMS.some((suffix) => `.${site}`.endsWith(suffix))) return null;
  return site;
}

/** A site's address written alone, perhaps after "www.": "larepublica.pe", "www.zinfos974.com". */
const SITE_ADDRESS = /^(?:www\.)?[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}$/i;

/** Words that may stand capitalised before a source's name in a credit: "Via The Guardian", "From Reuters". */
const CREDIT_WORDS =
  /^(?:via|from|source|sources|by|in|at|on|for|per|courtesy|with|and|credit|photo|reporting|quelle|fuente|fonte|bron|aus|de|desde|quelle|fuente|fonte|bron|źródło|källa|kilde|lähde|zdroj|forrás|kaynak|sursa|sumber|πηγή|источник|джерело|font|nguồn)$/iu;

/** Whether a name found from `start` to `end` is part of a longer capitalised title ("Under the Block: A History
 * of …"): a book or a film, not the outlet its last words spell. Not when the capitalised word before it is the
 * line's opening article ("The Sheffield Star, Wednesday": the name's own "The"), nor when a word in lower case
 * follows it, as in a sentence ("What El País wrote"), not a title. */
function insideTitle(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before === null || CREDIT_WORDS.test(before[1])) return false;
  if (before[1] === 'The' && text.slice(0, start).trim() === 'The') return false;
  return !/^\s+\p{Ll}/u.test(text.slice(end));
}

/** A credit opening on a hat tip: "h/t X", "(hat tip: X)", "HT X". */
const HAT_TIP_OPENING = /^[\s[(—–-]*(?:h\/t|hat[ -]tip|HT)\b/i;

/** A newsroom's name in Chinese title marks, ending on the kind of newsroom it is ("《市民日報》", "《论尽媒体》",
 * "《澳亞衛視》"): the marks make it a title, the ending a newsroom's, not a book's, a policy's or a gazette's
 * ("《施政報告》", "《政府公報》"). */
const HAN_NEWSROOM_TITLE =
  /^《(\p{Script=Han}{1,12}?(?:日報|日报|晚報|晚报|早報|早报|時報|时报|週報|周报|新聞|新闻|媒體|媒体|電視|电视|衛視|卫视|廣視|广视|電台|电台|通訊社|通讯社|新聞網|新闻网|週刊|周刊|(?<![公簡简通海情電电])[報报]))》$/u;

export function hanNewsroomTitle(text: string): string | undefined {
  return text.startsWith('《') ? HAN_NEWSROOM_TITLE.exec(text)?.[1] : undefined;
}
/** A clipping's date after its name's comma: "3 dicembre", "4 December 2026", "Dec. 3". */
export const DATED_REST = unicodeExpression(
  String.raw`^\s*(?:\d{1,2}\.?\s+\p{L}{3,}\.?(?:\s+\d{4})?|\p{L}{3,}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*$`,
);
/** A title's article opening a name, in English and the Romance, German and Dutch ways. */
const ARTICLE_OPENING = unicodeExpression(
  String.raw`^(?:The|El|La|Le|Il|Lo|L['’]|Der|Die|Das|Het|De|O)\s*\p{Lu}`,
);

/**
 * Names the source in a short credit ("[Engadget]", "— Reuters", "Source: AP", a <cite>, a figcaption).
 * `links` are hrefs found in it; a link to a known outlet names it even when the words do not.
 */
export function nameSource(
  raw: string,
  links: readonly string[],
  type: Evidence['type'],
  outlets: OutletLookup,
): SourceGuess | null {
  // "h/t the Harbour Mercury": a hat tip thanks whoever pointed the way to the passage; it names no source.
  if (HAT_TIP_OPENING.test(raw)) return null;
  const text = raw
    .replace(/^[\s[(—–-]+|[\s\])]+$/g, '')
    .replace(/^(?:source|sources|via|credit|from|courtesy(?: of)?)\s*:?\s+/i, '')
    .replace(/[.,;:]+$/, '')
    // "— Radio Tideline, Thursday": the weekday the clipping ran is no part of the name, nor a person's place.
    .replace(/,\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/, '')
    .trim();
  // A title's article in lower case, as Dutch and Italian write it inside a sentence ("het Polderdagblad"), is
  // left out where the name is read by its shape; the table is asked with it first ("de Volkskrant").
  const shapeText = text.replace(/^(?:de|het|la|le|les|el|il|lo)\s+(?=\p{Lu})/u, '');
  const guess = (
    kind: QuoteKind,
    outlet: string | null,
    href: string | null,
    source = outlet,
  ): SourceGuess => ({
    kind,
    outlet,
    href,
    evidence: { type, value: raw.trim().slice(0, 200), source },
  });
  if (!text && links.length === 0) return null;
  const exact = text ? outlets.byName(text) : null;
  if (exact) return guess('outlet', exact.name, links[0] ?? null);
  // A credit that is a site's address, "(larepublica.pe)", "— zinfos974.com": the table's outlet there, else,
  // under a passage, the site itself (not a platform's).
  if (SITE_ADDRESS.test(text)) {
    const there = outlets.byHost(text);
    if (there) return guess('outlet', there.name, links[0] ?? null);
    const site = type === 'credit-line' ? siteOf(`https://${text}`) : null;
    if (site) return guess('outlet', site, links[0] ?? null);
  }
  // "Die Presse, Printausgabe vom 2. Dezember", "Nikkei Asia — 20 Nov": an outlet's name, then its edition
  // or date. The rest must hold a number, or any caption opening with a word an outlet is named ("Time, the
  // great healer") is one.
  const cut = text.search(/,|\s[—–]\s/);
  const head = cut > 0 && /\d/.test(text.slice(cut)) ? outlets.byName(text.slice(0, cut)) : null;
  if (head) return guess('outlet', head.name, links[0] ?? null);
  // "Il Tirreno, 3 dicembre", "The Marlbeck Courier, Dec. 3": a name opening on an article, dated as a clipping
  // is, is a paper's title, not a person's name and place.
  if (cut > 0 && DATED_REST().test(text.slice(cut + 1))) {
    const titled = text.slice(0, cut).trim();
    if (
      ARTICLE_OPENING().test(titled) &&
      nameShape(titled) === 'title' &&
      !DOCUMENT_WORDS.test(titled) &&
      !bodyNamed(titled)
    )
      return guess('outlet', titled, links[0] ?? null);
  }
  const mention = text ? outlets.mentions(text).find((m) => !insideTitle(text, m.start, m.end)) : undefined;
  if (mention) return guess('outlet', mention.outlet.name, links[0] ?? null);
  for (const href of links) {
    const outlet = outlets.byHost(href);
    if (outlet) return guess('outlet', outlet.name, href);
  }
  if (!text || text.length > 80) return null;
  // A credit wholly in a language's title marks is a title ("— «Северный вестник»", "Źródło: „Kurier
  // Nadwarciański”"), unless a document's or a body's words say whose.
  const marked = /^[«„]\s*(\p{Lu}[^»“”«„]{1,60}?)\s*[»“”]$/u.exec(text)?.[1] ?? hanNewsroomTitle(text);
  if (marked && !DOCUMENT_WORDS.test(marked) && !bodyNamed(marked))
    return guess('outlet', marked, links[0] ?? null);
  if (
    ((NAME_RE.test(shapeText) || DIAL_CALL_SIGN.test(shapeText)) && looksLikeOutletName(shapeText)) ||
    DIAL_STATION.test(shapeText)
  )
    return guess('outlet', shapeText, links[0] ?? null);
  // A credit line under a passage names its source: a title-shaped name ("— Tom's Guide", "— New Civil
  // Engineer": no one's name opens on "New") is a publication.
  if (
    type === 'credit-line' &&
    NAME_RE.test(text) &&
    (isPossessiveTitle(text) ||
      (isTradeTitle(text) && !companyShaped(text)) ||
      /^New\s+\p{Lu}/u.test(text)) &&
    !DOCUMENT_WORDS.test(text)
  )
    return guess('outlet', text, links[0] ?? null);
  if (DOCUMENT_WORDS.test(text)) return guess('document', null, links[0] ?? null, text);
  if (looksLikePersonName(text) || /^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3},/u.test(text))
    return guess('person', null, links[0] ?? null, text);
  // A credit that only links: the structure says "this is the source", so its site names it by domain,
  // unless the site only hosts other people's words (a platform, a link shortener).
  const site = links.length ? siteOf(links[0]) : null;
  // A business's own site is no newsroom's ("Link: <a href=…>Harbour Hardware</a>").
  if (site && type === 'credit-line' && !companyShaped(text)) return guess('outlet', site, links[0]);
  if (links.length && siteHostOf(links[0])) return guess('unknown', null, links[0], siteHostOf(links[0]));
  return null;
}

export { NAME, TAKEN_FROM };
