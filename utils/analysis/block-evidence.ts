// Evidence a quoted block carries itself: a cite="" URL, a <cite> or <figcaption>, a dateline
// ("DAMASCUS (Reuters) -"), a credit line at its end or just after it ("[Engadget]", "— Reuters",
// "(Via CNN)", "Source: AP"). The block's own evidence outranks the lead-in.
import { ONE_WORD_PLACES } from '../claims/places';
import type { Outlet, OutletLookup } from '../outlets/types';
import { accordingCredit } from './according-credit';
import { readOn, sourceLabels } from './data/lead-in-words.json';
import { isReleaseWire } from './document-words';
import { squash, tagOf } from './dom';
import { FORUM_QUOTE_TITLE, FORUM_TITLE_WORDS } from './forum-quote';
import { alternation, lazyPattern, unicodeExpression } from './lead-in-words';
import {
  CALL_SIGN,
  companyShaped,
  DATED_REST,
  DIAL_CAPITALS,
  firmlyNamed,
  isGivenName,
  looksLikeOutletName,
  looksLikePersonName,
  mayNameSource,
  NAME,
  nameShape,
  nameSource,
  type SourceGuess,
  siteOf,
  spelledAsTitle,
  TAKEN_FROM,
} from './name-source';
import { creditCellOf, FOLD_LABEL, isQuoteBox, isTestimonial, labelLine } from './set-apart';
import { spellsDomain } from './site-names';
import { bodyNamed, DOCUMENT_WORDS, NEWS_WORDS, NOT_NAME_WORDS, PERSON_WORDS } from './source-words';
import { tabLabelOf } from './tabs';
import { withoutTranslatorsNote } from './translators-note';

/** "LONDON (Reuters) -", "Brussels (AFP) -", "SANTIAGO DE COMPOSTELA, 14 (EUROPA PRESS) -", "Porto, 04 jun 2025 (Lusa) -",
 * "Bilbao, 3 dic (EFE).-", "(Bloomberg) --", "Brno 3. prosince (ČTK) -", "İZMİR, (DHA) -", "Iași, 2 dec /Agerpres/ -",
 * "Szeged, 2026. december 3., szerda (MTI) –", "Huế, 2/12 (TTXVN) -", "जयपुर, 3 दिसंबर (आईएएनएस)।": a place in any case
 * or in a script without case, after a place in capitals perhaps its state or province as American and Canadian
 * wires write it ("PORT ELLIS, Maine (AP) —", "KELSO CITY, Mo. (AP) —"), perhaps a date (after a comma or not, the day perhaps with a full stop; the year
 * first as Hungarian writes it, or day and month with a slash; a month of two words, "6 كانون الأول", "3 de
 * diciembre"; a weekday after it; in the digits of any script,
 * "पुणे, ३ डिसेंबर (पीटीआय) –", "काठमाडौं, मंसिर १७ (रासस) –"; the year after a comma, "খুলনা, ৫ মার্চ, ২০২৬ (বাসস) :"),
 * then the agency in parentheses, or between slashes as Romanian wires write it (or Russian ones, a full stop
 * after: "МОСКВА, 3 декабря. /ТАСС/."; or Egyptian ones, the text straight after in a script without capitals:
 * "أسوان في 5 مارس /أ ش أ/ قال …"), and a dash (or, in Spanish, the text; in Hindi and Bengali the danda that ends a sentence); the agency must be known, or be an agency's short name (AGENCY_CODE). */
const DATELINE =
  /^\s*(?:[\p{Lu}\p{Lo}][\p{L}\p{M}\s.'’-]{1,40}?(?:(?<=\p{Lu}{2}),\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})?(?:(?:[,፣،]\s*|\s+)(?:(?:\p{L}[\p{L}\p{M}.]*\.?\s*)?\p{Nd}{1,2}(?:\.|\/\p{Nd}{4})?(?:(?:\s+|-)\p{L}[\p{L}\p{M}.]*\.?){0,2}(?:,?\s+\p{Nd}{4})?|\p{Nd}{4}\.\s*\p{L}[\p{L}.]*\.?\s+\p{Nd}{1,2}\.|\p{Nd}{1,2}\/\p{Nd}{1,2}(?:\/\p{Nd}{4})?)(?:,\s*\p{Ll}{4,10})?)?\s*,?\s*)?(?:\(([^)]{2,40})\)\s*(?:\.?\s*(?:[-—–:]|(?=\p{Lu}))|।|፡-?|፦)|\/([^/\s][^/]{0,38}[^/\s])\/\s*(?:[-—–]|\.\s*(?=\p{Lu})|(?=\p{Lo})))/u;
/** A dateline giving the agency after the date, between commas, as Baltic and Nordic wires write it: "KURESSAARE,
 * 3. detsember, BNS –", "TURKU, 3.12.2026, STT –", "Liepāja, 5. marts, LETA. Pilsētas …", and Armenian ones, a
 * colon after: "ԵՐԵՎԱՆ, 3 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: …": a place, a date (something with a number), the agency, a
 * dash, a full stop or a colon before the text's capital. The agency must be known, or be an agency's short
 * name, as above. */
const DATELINE_AFTER_DATE =
  /^\s*\p{Lu}[\p{L}\s.'’-]{1,40}?,\s*[^,\n]{0,30}\p{Nd}[^,\n]{0,30},\s*(\p{Lu}[\p{L}.&-]{1,20}(?:\s+\p{Lu}[\p{L}.&-]{1,20}){0,2}?)(?:\s*[-—–]\s|[.:]\s+(?=\p{Lu}))/u;
/** The same between full stops, as Ukrainian and Russian wires write it: "Львів, 3 грудня. Укрінформ.", "Київ, 3
 * грудня. УНІАН.": a place, a date, the agency, then the text in a capital. Known, or an agency's short name. */
const DATELINE_STOPS =
  /^\s*\p{Lu}[\p{L}\s'’-]{1,40}?,\s*[^,.\n]{0,30}\p{Nd}[^,.\n]{0,30}\.\s*(\p{Lu}[\p{L}&-]{1,20}(?:\s+\p{Lu}[\p{L}&-]{1,20}){0,2})\.\s+(?=\p{Lu})/u;
/** The agency after the date and a dash, then a full stop, as Russian wires write it: "МОСКВА, 3 дек — РИА
 * Новости.", then the text in a capital. Known, or an agency's short name. */
const DATELINE_DASH =
  /^\s*\p{Lu}[\p{L}\s'’-]{1,40}?,\s*\p{Nd}{1,2}\s+\p{L}{3,10}\.?\s+[—–-]\s+(\p{Lu}[\p{L}&-]{1,20}(?:\s+\p{Lu}[\p{L}&-]{1,20}){0,2})\.\s+(?=\p{Lu})/u;
/** The agency in square brackets after a place and a date, as Haitian and other francophone wires write it:
 * "Cap-Haïtien, 4 déc. 2026 [AlterPresse] ---", "Goma, 3 déc. [ACP] –". Known, or an agency's short name; a place
 * and a date must come first, so that a bracket opening a paragraph ("[Update] –") is no dateline. */
const DATELINE_BRACKETED =
  /^\s*\p{Lu}[\p{L}\p{M}\s.'’-]{1,40}?,\s*[^,[\]\n]{0,30}\p{Nd}[^,[\]\n]{0,30}?\s*\[([^\]]{2,40})\]\s*[-—–:]/u;
const PERSON = "\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,3}";
/** A reviewer's credit: "Adrian Kingsley-Hughes, ZDNet", "Ben Caspit — Al-Monitor". */
const REVIEWER = new RegExp(`^${PERSON}\\s*[,—–|]\\s*(.{2,50})$`, 'u');
/** "[IEEE Spectrum]": link blogs put the source in brackets under the excerpt. */
const BRACKETED = /^\[\s*(?:[Vv]ia\s+)?([^\]]{2,60})\s*\]$/;
/** A credit's label in the languages of data/lead-in-words.json ("Izvor:", "Šaltinis:", "Allikas:", "المصدر:",
 * "来源：", Armenian "Աղբյուրը՝" with the mark Armenian puts after a label), with its colon: without one, "Vir"
 * or "Bron" may open a name; so do Catalan "Font" and Vietnamese
 * "Nguồn" ("Font: Arial" is rare, "Font Awesome" common). */
const OTHER_LABEL = `(?:${alternation(sourceLabels, { right: true })}|font|nguồn)\\s*(?:[:：՝፦]|፡-?)\\s*`;
/** The same labels in scripts without case ("بشکریہ", "स्रोत"), which may go without their colon inside
 * parentheses ("(بشکریہ دنیا نیوز)"): no name opens on them, and a name after them in such a script counts only
 * when the table knows it. */
const UNCASED_LABEL = alternation(
  Object.fromEntries(
    Object.entries(sourceLabels).map(([code, words]) => [code, words.filter((w) => !/\p{Ll}/u.test(w))]),
  ),
  { right: true },
);
/** The word "source" in the languages read first (the data's sourceLabels hold the others). */
const SOURCE_WORDS =
  'quelle|fuente|fonte|bron|źródło|källa|kilde|lähde|zdroj|forrás|kaynak|sursa|sumber|πηγή|источник|джерело';
/** A label that says a line credits, with its colon: "Source:", "Quelle:", "Izvor:", "المصدر:". */
export const CREDIT_LABEL = `(?:(?:sources?|${SOURCE_WORDS})\\s*:\\s*|${OTHER_LABEL})`;
/** "(Source: FreightWaves)", "(via Hackaday)", "（来源：人民日报）", "(بشکریہ دنیا نیوز)": a credit that says it is
 * one, in parentheses of either width. */
const LABELLED = new RegExp(
  `^[(（]\\s*(?:(?:via|h\\/t|from|(?:source|hat tip|${SOURCE_WORDS})\\s*:?)\\s+|${OTHER_LABEL}|${UNCASED_LABEL}\\s+)([^)）]{2,60})[)）]$`,
  'iu',
);
/** "Source: USA Today", "Fonte: TGR Veneto": a line that says it credits. */
const SOURCE_LINE = new RegExp(
  `^(?:(?:source|sources|via|credit|h\\/t|hat tip|${SOURCE_WORDS})\\s*(?::|\\s[—–])?\\s+|${OTHER_LABEL})(.{2,60})$`,
  'iu',
);
/** Lines that send the reader on to where the passage came from: the name there is a publication's. */
const READ_ON = [
  // "The rest is here from Reuters", "Read the full story at the Guardian", "More at Politico."
  // "More at Gull Point's site.": the site is the name's.
  /^(?:the\s+)?(?:rest|full (?:story|article|report|piece|text)|more|read (?:more|on|the rest|it all|the full (?:story|article|report)))\b[^:]{0,30}?\b(?:from|at|in|on|via)\s+(.{2,60}?)(?:[’']s?\s+(?:own\s+)?(?:web\s?)?(?:site|page))?(?:\s+here)?[.!]?\s*[»›→]?$/i,
  // "Full story: WXYZ-TV", "Read more: the Harbour Mercury", "Link: Northshore Radio": a label, then the name
  // ("More: X, Y and others" under a river's item lists others that ran the story).
  /^(?:(?:the\s+)?(?:full|whole) (?:story|article|report|piece|text|thing)|the rest|read (?:more|on|it all|the rest|the whole (?:thing|story|piece|article))|link|story|original(?: story)?)\s*[:：]\s*(.{2,60}?)[.!]?\s*[»›→]?$/i,
  // "Continue reading at …", "Story continues on …", "Read the whole thing at …".
  /^(?:(?:continue|keep) reading|(?:the\s+)?(?:story|article|piece|report) continues|read the (?:whole|entire) (?:thing|story|piece|article|report))\s+(?:at|on|in|over at|via)\s+(.{2,60}?)[.!]?\s*[»›→]?$/i,
  // "Originally published by …", "This story first appeared in …", "First published in …".
  /^(?:(?:this|the) (?:story|article|piece|report|item) (?:was )?)?(?:first|originally) (?:published|appeared|ran|posted)\s+(?:by|in|on|at)\s+(.{2,60}?)(?:\s+on\s+\p{L}{3,}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?[.!]?$/iu,
  // A wire's own closing line: "This report by The Canadian Press was first published June 3, 2025."
  /^this (?:report|story|article|piece) (?:by|from) (.{2,60}?) was (?:first|originally) (?:published|posted)\b.{0,60}$/i,
  // "Lire la suite sur le site du Courrier picard.", "Weiterlesen bei der Zeit", "Seguir leyendo en El País".
  /^(?:lire la suite|la suite|(?:lire\s+)?l['’]article complet)\s+(?:sur|dans|chez)\s+(?:le site (?:du|de la|de l['’]|de|des)\s*)?(.{2,60}?)[.!]?$/i,
  /^(?:weiterlesen|mehr|den ganzen (?:artikel|text) lesen)\s+(?:bei|beim|auf|im|in)\s+(?:der|dem|den)?\s*(.{2,60}?)[.!]?$/i,
  /^(?:seguir leyendo|leer m[aá]s|sigue leyendo|m[aá]s)\s+en\s+(.{2,60}?)[.!]?$/i,
  // "Viac na sme.sk", "Læs mere på Politiken", "Прочетете още в Дневник", "اقرأ المزيد على الجزيرة".
  new RegExp(`^${alternation(readOn, { right: true })}\\s*[:：—–-]?\\s*(.{2,60}?)[.!]?$`, 'iu'),
  // "Go read the whole thing at …", "The whole piece is at …", "Excerpted from …", "The rest is behind …'s paywall.".
  /^(?:(?:go|do|you can)\s+)?read the (?:whole|entire|full) (?:thing|story|piece|article|report)\s+(?:at|on|in|over at)\s+(.{2,60}?)[.!]?$/i,
  /^the (?:whole|full|entire) (?:thing|story|piece|article|report|text) is (?:at|on|in|over at|up at)\s+(.{2,60}?)[.!]?$/i,
  // "Reprinted from …", "Reproduced from …", "Excerpted from …".
  /^(?:quoted|excerpted|taken|adapted|lifted|clipped|reprinted|republished|reproduced)\s+from\s+(.{2,60}?)[.!]?$/i,
  // The same in French, Spanish, Italian and Portuguese: "Tomado de El Espectador.", "Tiré du Courrier.".
  new RegExp(`^(?:${TAKEN_FROM})(\\p{Lu}.{1,59}?)[.!]?$`, 'u'),
  // A newsroom's files the passage was written from: "With files from The Canadian Press.", "Con información de
  // El Occidental.", "Com informações da Folha.", "Avec des informations de La Presse.".
  /^(?:with (?:files|information|reporting|additional reporting) from|con informaci[oó]n (?:de|del)|com informa[cç](?:ões|oes) (?:de|do|da|dos|das)|avec (?:des )?informations (?:de|du|de la|de l['’]|des))\s+(.{2,60}?)[.!]?$/i,
  /^the rest (?:is )?behind\s+(.{2,60}?)[’']s?\s+paywall[.!]?$/i,
  // "From the Harbour Mercury.", "From Axios, Dec. 3": a credit in a sentence of its own, the name capitalised,
  // perhaps with its date; not a time ("From Monday.").
  /^[Ff]rom\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday|Now|Then|Here|There)((?:the\s+)?\p{Lu}[^.!?:,]{1,58}?)(?:,\s*(?:\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\.?$/u,
  // "First reported by Gull Point.", "Originally in Ballast.", "This appeared in KXLT on Tuesday.", "Published in
  // the Harbour Mercury.": where the passage ran first, perhaps with when.
  /^(?:(?:[Tt]his|[Ii]t)\s+(?:appeared|ran)|(?:[Ff]irst|[Oo]riginally)(?:\s+(?:published|reported|appeared|ran|printed|aired))?|(?:[Pp]ublished|[Rr]eported|[Pp]rinted|[Aa]ired))\s+(?:by|in|on)\s+((?:the\s+)?\p{Lu}.{1,59}?)(?:\s+(?:on\s+\p{Lu}\p{Ll}+|today|yesterday|this (?:morning|week)|last (?:night|week)))?[.!]?$/u,
  // "That's from Gull Point.", "That was Ballast, this morning.": the writer pointing back at the passage.
  /^(?:[Tt]hat|[Tt]his)(?:[’']s| is| was)\s+(?:from\s+)?((?:the\s+)?\p{Lu}[^,.!?]{1,59}?)(?:,\s*(?:this morning|today|yesterday|last night|on \p{Lu}\p{Ll}+))?[.!]?$/u,
  // "From: Gull Point", "Credit to Ballast.", "Courtesy of the Harbour Mercury.": a label or a credit, then the
  // name.
  /^(?:from\s*:|credit to|courtesy(?:\s+of)?\s*:?)\s*(.{2,60}?)[.!]?$/i,
  // "Gull Point has the rest.", "KXLT has more, with a map.": the name first, sending the reader on.
  /^(.{2,60}?)\s+has (?:the rest|the full (?:story|piece|report|text|thing)|the whole (?:thing|story|piece)|more)\b[^.!?:]{0,40}[.!]?$/i,
];
/** A line opening on the words of taking it from a paper ("Tomado de …", "Tiré du …"). */
const TAKEN_FROM_OPENING = lazyPattern(() => new RegExp(`^(?:${TAKEN_FROM})`, 'u'));
/** A dash, or an arrow or link symbol pointing at the source ("🔗 American Banker", "→ Payments Dive"). */
const DASHED =
  /^(?:[—–-]{1,2}|(?:[\u2190-\u21FF\u2794-\u27BF\u2B95\u25B6\u25BA]|\u{1F517}|\u{1F449}|\u{1F4F0}|\u{1F4CE})\uFE0F?)\s*([^—–]{2,60})$/u;
/** "— Sen. Roberta Quiñones, in a floor speech on the data broker bill": a long credit names its source first. A
 * comma between digits is a decimal one, part of the name ("— CFRT 107,3, the community radio"). */
const DASHED_LONG = /^[—–-]{1,2}\s*((?:[^—–,]|(?<=\d),(?=\d)){2,60}),\s*\S.{0,120}$/;
/** A name alone in parentheses under a block, "(Kitsap Sun)", also after an article titles take in lower case
 * ("(de Volkskrant, 3 december 2026)", "(la Repubblica)", "(l’Équipe)"), a name in a script without capitals
 * ("(الرؤية)", "（中央社）"), or a site's address ("(larepublica.pe)"): only a name that reads as a newsroom or the
 * table knows counts (nameSource), not "(emphasis mine)". */
const PARENTHESISED =
  /^[(（]\s*((?:(?:the|de|het|la|le|les|el|il|lo)\s+|l['’])?\p{Lu}[^()]{1,59}|\p{Lo}[^()（）]{1,59}|(?:www\.)?[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,})\s*[)）]$/u;
/** Whether an element is a passage's box: a blockquote, or a box set apart as one. */
const opensPassage = (el: Element | null): boolean =>
  el !== null && (tagOf(el) === 'BLOCKQUOTE' || isQuoteBox(el));

/** A date after a credit's name: "3 December 2025", "Dec. 3", "2025-12-03", "3/12/2025". */
const CREDIT_DATE =
  /^(?:\d{1,2}\s+\p{L}{3,}\.?(?:\s+\d{4})?|\p{L}{3,}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/u;

/** A day named as a clipping's date is: "The Sheffield Star, Wednesday", "…, yesterday". */
const DAY_WORD =
  /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|this morning|last night)$/i;

/** A newsletter's clipping credit under a passage, a name and a date (CREDIT_DATE) after a middle dot or a bar:
 * "Global Coffee Report · 2 Dec", "Reuters | 3 December 2026". */
const DOTTED_DATED = new RegExp(`^(\\p{Lu}[^·•|]{1,58}?)\\s+[·•|]\\s+${CREDIT_DATE.source.slice(1)}`, 'u');

const CREDIT = [
  BRACKETED,
  DASHED,
  DOTTED_DATED,
  LABELLED,
  // "（QABニュースより）", "(琉球新報より)": Japanese says "from" after the name, perhaps after a word for its
  // newscast or article; read before a bare name in parentheses, which would take "より" in.
  /^[(（]\s*(.{2,40}?)(?:ニュース|の記事|の報道|の番組|電子版)?\s*より\s*[)）]$/u,
  PARENTHESISED,
  SOURCE_LINE,
  // "출처: KBS 뉴스", "出典：共同通信": Korean and Japanese source lines.
  /^(?:출처|出典|出所|ソース)\s*[:：]\s*(.{2,60})$/u,
  ...READ_ON,
  REVIEWER,
  DASHED_LONG,
];
/** Credits whose name may be a title by its shape alone ("— RedFM", "(The Lens)", "— Water Briefing (subscriber
 * piece)", "(Source: Bisnis Indonesia)", "[via Gull Point]"): a dash, a parenthesis or a "Source:" under a block says "this is the
 * source". */
const SHAPED_CREDITS = [BRACKETED, DASHED, DOTTED_DATED, DASHED_LONG, PARENTHESISED, LABELLED, SOURCE_LINE];

/** An outlet's name, the kind of piece it ran, then a date after a comma: the date is checked with CREDIT_DATE. */
const NAMED_DATED =
  /^(.{2,60}?)(?:\s+(?:editorial|leader|leading article|column|op-ed|opinion|analysis|report|feature|interview|podcast|newsletter))?,\s*([^,]{3,24}?)\.?$/i;

/** A name, a headline of three words or more (perhaps in quotation marks, its comma inside them), a date. */
const NAME_HEADLINE_DATED =
  /^([^,“”"]{2,40}),\s+[“"‘]?(\S+(?:\s+\S+){2,30}?)(?:,[”"’]|[”"’],|,)\s*([^,]{3,24}?)\.?$/u;

/** A possessive and the kind of piece it ran after a credit's name: "'s live page", "'s report on Tuesday". */
const PIECE_AFTER_NAME =
  /[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:live ?(?:page|blog|updates)|report|story|piece|coverage|write-?up|article|feature|front page|website|newsletter|podcast|bulletin|broadcast)(?:\s+(?:on|from|of|about)\s+(?:the\s+)?\S+)?$/u;

/** A comma that parts a credit's pieces: not one between digits, a frequency's decimal comma ("CFRT 107,3"). */
const DECIMAL_COMMA_APART = /(?<!\d),|,(?!\d)/;

/** The name of a dashed or parenthesised credit when its shape makes it a title no one is named (nameShape) or
 * its words a newsroom's, an aside in parentheses ("(subscriber piece)") or a programme after a comma
 * ("— ValleyFM, Morning Drive") set apart; not when what follows the comma describes a person ("— Ana Ruiz,
 * 34, nurse"). */
function titleCredit(raw: string): string | null {
  const [head, ...rest] = raw.replace(/\s*\([^()]*\)\s*$/, '').split(DECIMAL_COMMA_APART);
  // "— from The Quayside", "(From the Quay Mercury's live page, 3 Dec.)": a word handing over before the name,
  // the kind of piece after it.
  const name = head
    .trim()
    .replace(
      /^(?:[Ff]rom|[Vv]ia|(?:as\s+)?(?:first\s+)?(?:reported|published)\s+(?:by|in))\s+(?=(?:the\s+)?\p{Lu})/u,
      '',
    )
    .replace(PIECE_AFTER_NAME, '')
    // "Gull Point's report, 3 December": the piece's word went with the date; its owner is the name.
    .replace(/(?<=\p{L})[’']s$/u, '');
  const tail = rest.join(',');
  // A number after the comma is an age ("— Ana Ruiz, 34"), unless it is a date ("— Harbour Beat, 3 December").
  if (tail && (PERSON_WORDS.test(tail) || (/\d/.test(tail) && !CREDIT_DATE.test(tail.trim())))) return null;
  if (!(BARE_NAME.test(name) || DIAL_CAPITALS.test(name)) || !mayNameSource(name)) return null;
  if (looksLikeOutletName(name)) return name.replace(/^the\s+/i, '');
  // A trade's word at the end is how companies are named ("— Halvard Energy" under its executive's words);
  // trade papers put theirs first or inside ("Inside Higher Ed", "Energy Voice"), but for a regional business
  // paper's (BUSINESS_PAPER).
  if (
    nameShape(name) !== 'title' ||
    (NOT_NAME_WORDS.has(name.split(/\s+/).at(-1)!.toLowerCase()) && !BUSINESS_PAPER.test(name))
  )
    return null;
  return DOCUMENT_WORDS.test(name) || companyShaped(name) ? null : name.replace(/^the\s+/i, '');
}

/** A place's name, then "Business", as regional business papers are named ("Arkansas Business", "Northern Ontario
 * Business"): companies name themselves by their trade, not by being a business. */
const BUSINESS_PAPER = /^(?:\p{Lu}\p{Ll}+\s+){1,3}Business$/u;
const BARE_NAME = new RegExp(`^${NAME}$`, 'u');
/** Days and months, which open a dateline, not a credit ("Tuesday, 2 December"). */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Updated|Posted|Published)$/;
/** One capitalised word that credits a passage with a date after it: no given name, day, month or place, no
 * person's, document's or body's word. */
function oneWordCredit(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    !CALENDAR_WORD.test(word) &&
    !isGivenName(word.toLowerCase()) &&
    !ONE_WORD_PLACES.has(word) &&
    !PERSON_WORDS.test(word) &&
    !DOCUMENT_WORDS.test(word) &&
    !bodyNamed(word) &&
    !NOT_NAME_WORDS.has(word.toLowerCase()) &&
    mayNameSource(word)
  );
}
/** The paper of a writer's credit, "Dana Whitlock, Gull Point" or "Dana Whitlock, KXLT, 3 December": a person's
 * name first (nameShape), then a name read as a title (titleCredit) or a call sign; null otherwise. */
function writersPaper(text: string): string | null {
  const m = /^([^,]{3,40}),\s*(.{2,60})$/u.exec(text.trim());
  if (!m || nameShape(m[1]) !== 'person' || !looksLikePersonName(m[1])) return null;
  const paper = titleCredit(m[2]);
  if (paper) return companyShaped(paper) ? null : paper;
  const call = m[2].split(',')[0].trim();
  return CALL_SIGN.test(call) ? call : null;
}
/** A name standing alone that is no document's or body's; `person`, the test that it is no person's either. */
const isBareName = (name: string, person: (name: string) => boolean = looksLikePersonName) =>
  BARE_NAME.test(name.trim()) &&
  !person(name.trim()) &&
  !DOCUMENT_WORDS.test(name) &&
  !bodyNamed(name) &&
  !ONE_WORD_PLACES.has(name.trim()) &&
  !companyShaped(name);
/** A title written in sentence case, its later words in lower case, one of them a word for a paper or the news
 * ("Хөдөөгийн сонин", "Новая газета", "Кечки кабарлар"): under a "Source:" label it is a name, though it is not
 * capitalised as NAME reads one. */
const SENTENCE_CASE_TITLE = /^\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+[\p{L}\p{M}.’'-]+){1,3}$/u;
const isNewsTitle = (name: string) =>
  SENTENCE_CASE_TITLE.test(name.trim()) &&
  name
    .trim()
    .split(/\s+/)
    .slice(1)
    .some((w) => NEWS_WORDS.has(w.toLowerCase())) &&
  !DOCUMENT_WORDS.test(name) &&
  !bodyNamed(name);
/** In a line sending the reader on a title makes a person ("Dr."), and so does a given name opening two words
 * ("Read more at Maria Lindqvist"); other capitalised words may be a paper's ("Maine Public"). */
const titled = (name: string) => PERSON_WORDS.test(name) || nameShape(name) === 'person';

/** A chart's or a table's "Source:" line names where figures came from: a statistics office ("Eurostat",
 * "Destatis") or a body known by its capitals ("ONS", "OECD"). A known outlet's capitals are read before this; a
 * US broadcaster's call sign ("Source: KXLT") is a newsroom's, not a body's. */
const isDataSource = (name: string) =>
  (/^\s*\p{Lu}{2,}\s*$/u.test(name) && !CALL_SIGN.test(name.trim())) || /stat/i.test(name);

/** The links of an element, its own href included. */
export function hrefs(el: Element): string[] {
  const out: string[] = [];
  if (tagOf(el) === 'A' && el.getAttribute('href')) out.push(el.getAttribute('href')!);
  for (const a of el.querySelectorAll('a[href]')) out.push(a.getAttribute('href')!);
  return out;
}

/** A short line that credits a source: "[Engadget]", "— Reuters", "(Via CNN)", "Source: AP". */
export interface CreditOptions {
  /** The line sits inside the passage, after its words (a review's "Engadget" below a <br>): a bare name is a
   * credit there. Outside it, a bare name could be anything (a section heading, a one-word paragraph). */
  inside?: boolean;
  /** Whether the page gives someone this word as a surname: a credit that is only such a word ("Via:
   * Lindqvist" after "Sarah Lindqvist" was named) is that person's, not a paper's. */
  isSurname?: (word: string) => boolean;
}

export function readCreditLine(
  text: string,
  element: Element | null,
  outlets: OutletLookup,
  options: CreditOptions = {},
): SourceGuess | null {
  return notAWork(creditLine(text, element, outlets, options), element, outlets);
}

/** A name the table lacks, read as an outlet's by its shape or its place alone (no newsroom's word, article or
 * call sign: firmlyNamed), that the page sets in italics ("— <i>Silt and Salt</i>", "By Dana Whitlock, <em>Silt
 * and Salt</em>"): a work's title, a book's or a film's, not a newsroom's; the guess is dropped. */
function notAWork(
  guess: SourceGuess | null,
  element: Element | null,
  outlets: OutletLookup,
): SourceGuess | null {
  if (!guess?.outlet || !element || outlets.byName(guess.outlet) || firmlyNamed(guess.outlet)) return guess;
  const name = guess.outlet.replace(/^the\s+/i, '');
  for (const italic of element.querySelectorAll('i, em'))
    if (squash(italic.textContent ?? '').replace(/^the\s+/i, '') === name) {
      // "—Maud Ellery, <em>Shore Notes</em> (1911)": the writer of the work named first is whose words they are.
      const writer = /^[\s—–-]*(?:[Bb]y\s+)?([^,—–|(]{3,40}?)\s*[,—–|]/u.exec(
        squash(element.textContent ?? ''),
      )?.[1];
      return writer && nameShape(writer) === 'person'
        ? {
            kind: 'person',
            outlet: null,
            href: null,
            evidence: { type: 'person', value: guess.evidence.value, source: writer },
          }
        : null;
    }
  return guess;
}

function creditLine(
  text: string,
  element: Element | null,
  outlets: OutletLookup,
  options: CreditOptions,
): SourceGuess | null {
  const whole = squash(text);
  if (!whole || whole.length > 90) return null;
  // A heading after a block starts the next section: it credits nothing.
  if (element && /^H[1-6]$/.test(tagOf(element))) return null;
  // "Via Splash247 (h/t @bunkerjen)": the hat tip thanks whoever pointed the way, not the source; its links go
  // with it.
  const tip = HAT_TIP.exec(whole);
  // "Emphasis mine. Source: …": the note on the quotation's emphasis is no part of the credit.
  // A sentence's full stop after a name is no part of it ("Via Gull Point."); an abbreviation's is.
  // "(L'essentiel, meine Übersetzung)": the blogger's note that they translated it is no part of the credit either.
  const line = withoutTranslatorsNote(tip ? whole.slice(0, tip.index) : whole)
    .replace(/^emphasis (?:mine|added|ours)[.;,]\s+/i, '')
    .replace(/(?<=\p{Ll}{3}|\p{Lu}{2})\.$/u, '');
  if (!line) return null;
  // "— me, March 2023", "— myself, in 2019": the writer credits the words to themself, the blog's own.
  if (/^[—–-]\s*(?:me|myself)\b(?:\s*[,(]\s*[^,()]{0,40}\)?)?$/i.test(line))
    return {
      kind: 'self',
      outlet: null,
      href: null,
      evidence: { type: 'self-reference', value: line, source: null },
    };
  const links = element ? (tip ? hrefsOutside(element, whole.slice(tip.index)) : hrefs(element)) : [];
  /** The line names `name` as the passage's outlet, perhaps only by its shape. */
  const credited = (name: string, tentative = false): SourceGuess => ({
    kind: 'outlet',
    outlet: name,
    href: links[0] ?? null,
    evidence: { type: 'credit-line', value: line, source: name },
    ...(tentative ? { tentative: true } : {}),
  });
  // "(Theo Tiền Phong)": "according to" and a name the table knows.
  const according = accordingCredit(line, outlets);
  if (according) return credited(according.name);
  // A credit's sentence in parentheses of its own reads as without them: "(clipped from the Harbour Mercury)";
  // one opening on the words of taking it from a paper is read so only ("(Tomado de Subrayado.com.uy)"): those
  // words are no part of the name.
  const inner = /^\(\s*(\p{Ll}[^()]{3,80}?)\s*\)$/u.exec(line)?.[1];
  const taken = /^\(\s*([^()]{3,80}?)\s*\)$/u.exec(line)?.[1];
  const takenOnly = taken && TAKEN_FROM_OPENING.test(taken) ? taken : null;
  for (const pattern of CREDIT) {
    const m = takenOnly
      ? pattern.exec(takenOnly)
      : (pattern.exec(line) ?? (inner ? pattern.exec(inner) : null));
    if (!m) continue;
    // A clipping's name and date right over the next passage cite that one ("KoastFM | 3 Dec" between two).
    if (pattern === DOTTED_DATED && element && opensPassage(element.nextElementSibling)) continue;
    const word = m[1].trim().replace(/[.!]$/, '');
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && options.isSurname?.(word) && !outlets.byName(word))
      return {
        kind: 'person',
        outlet: null,
        href: null,
        evidence: { type: 'person', value: line, source: word },
      };
    const guess = nameSource(m[1], links, 'credit-line', outlets);
    // Brackets, and a line or a parenthesis that says "Source:", are a credit by convention: a name there that is
    // no person's is the source's, newsroom words or not ("[IEEE Spectrum]", "(Source: FreightWaves)"). A line
    // sending the reader on ("The rest is here from Maine Public") names a publication, even in two
    // capitalised words that could be a person's.
    const readOn = READ_ON.includes(pattern);
    const named = readOn
      ? isBareName(m[1], titled)
      : (pattern === BRACKETED || pattern === LABELLED || (pattern === SOURCE_LINE && !isDataSource(m[1]))) &&
        (isBareName(m[1]) || (pattern !== BRACKETED && isNewsTitle(m[1])));
    const shaped =
      SHAPED_CREDITS.includes(pattern) &&
      guess?.kind !== 'outlet' &&
      !((pattern === SOURCE_LINE || pattern === LABELLED) && isDataSource(m[1]))
        ? titleCredit(m[1])
        : null;
    if (shaped || (named && (guess === null || (readOn && guess.kind === 'person')))) {
      // A sentence's full stop is no part of the name ("Via Gull Point."), an abbreviation's is.
      const name =
        shaped ??
        m[1]
          .trim()
          .replace(/^the\s+/i, '')
          .replace(/(?<=\p{Ll}{3}|\p{Lu}{2})\.$/u, '');
      return credited(name, !!shaped && !named && !/^the\s/i.test(m[1].trim()) && !firmlyNamed(shaped));
    }
    // "— Dana Whitlock, Gull Point", "Dana Whitlock, KXLT, 3 December": a writer's name, then her paper's.
    const paper =
      pattern === REVIEWER || pattern === DASHED ? writersPaper(pattern === DASHED ? m[1] : line) : null;
    if (paper && guess?.kind !== 'outlet') return credited(paper, !firmlyNamed(paper));
    if (pattern === REVIEWER) {
      // After a reviewer's name the credit's other half is where the words appeared, but only when it reads
      // as a newsroom or the table knows it: "Amina Yusuf, Kano State" is a letter, not a newspaper.
      if (guess?.kind === 'outlet') return guess;
      continue;
    }
    if (guess) return guess;
  }
  // "Reuters, Harbour board delays vote again, 3 December 2026", "Gull Point, “Harbour board …,” 3 Dec.": a
  // citation under the passage, the name, the headline (three words or more), the date.
  const cited = NAME_HEADLINE_DATED.exec(line);
  if (cited && CREDIT_DATE.test(cited[3].trim())) {
    const known = outlets.byName(cited[1]);
    const titled = known ? null : titleCredit(cited[1]);
    const name = known?.name ?? (titled && !companyShaped(titled) ? titled : null);
    if (name) return credited(name, !(known || firmlyNamed(cited[1])));
  }
  // "Times of Malta editorial, 2 December": a known outlet's name, what kind of piece, and its date.
  // "Mairead Quinlan, 3 December": a person's, dated the same way.
  const dated = NAMED_DATED.exec(line);
  if (dated && CREDIT_DATE.test(dated[2])) {
    const outlet = outlets.byName(dated[1]);
    if (outlet) return credited(outlet.name);
    if (dated[1] === line.slice(0, dated[1].length) && looksLikePersonName(dated[1]))
      return {
        kind: 'person',
        outlet: null,
        href: null,
        evidence: { type: 'person', value: line, source: dated[1] },
      }; // "Gull Point, 3 December 2026": a title-shaped name and a date (titleCredit), tentatively.
    // A definition list's next term is no credit of the passage above it.
    const term = element !== null && tagOf(element) === 'DT';
    const titled = !term && dated[1] === line.slice(0, dated[1].length) ? titleCredit(dated[1]) : null;
    if (
      titled &&
      !/\s(?:editorial|leader|leading article|column|op-ed|opinion|analysis|report|feature|interview|podcast|newsletter)$/i.test(
        dated[1],
      )
    )
      return credited(titled, !firmlyNamed(titled));
    // "Pulse, 2 December": one capitalised word and a date, no given name, day or month, tentatively a title.
    if (!term && dated[1] === line.slice(0, dated[1].length) && oneWordCredit(dated[1]))
      return credited(dated[1], true);
  }
  // A line that is nothing but a known outlet's name, inside the passage ("Engadget" under a review's words), or
  // under it when the name is the whole of a link to that outlet's own site ("<a href=theguardian.com/…>The
  // Guardian</a>"): name and address agree on the source.
  const bare = line.replace(/^[\s—–([-]+|[\s.)\]]+$/g, '');
  const known = bare.length <= 50 ? outlets.byName(bare) : null;
  const outlet = options.inside
    ? known
    : known && (linksWholly(element, bare, known, outlets) || (element && wholly(element, SET_OFF)))
      ? known
      : null;
  if (outlet) return credited(outlet.name);
  // "<em>The Harbour Mercury</em>", "<i>KXLT</i>" alone under the passage: a name set off in italics or bold,
  // when a newsroom's word, a capitalised article or a call sign says what it is (a book's title in italics
  // says nothing of the kind).
  return !known && element && wholly(element, SET_OFF) && italicCredit(bare)
    ? credited(bare.replace(/^the\s+/i, ''))
    : null;
}

/** Tags that set a credit's name off from the text: italics, bold, a citation. */
const SET_OFF = ['EM', 'I', 'STRONG', 'B', 'CITE'];

/** A name set off alone under a passage that is a newsroom's by more than its shape (firmlyNamed). */
const italicCredit = (name: string): boolean =>
  BARE_NAME.test(name) &&
  firmlyNamed(name) &&
  mayNameSource(name) &&
  !looksLikePersonName(name) &&
  !companyShaped(name) &&
  !DOCUMENT_WORDS.test(name);

/** Whether the line's words (`bare`: without the dashes, brackets and stops around them) are all one link's, and
 * the link goes to the outlet's own site. Not a line right above a quotation: a link blog's line between two
 * passages names the one under it. */
function linksWholly(element: Element | null, bare: string, outlet: Outlet, outlets: OutletLookup): boolean {
  const next = element?.nextElementSibling ?? null;
  if (!element || (next !== null && tagOf(next) === 'BLOCKQUOTE')) return false;
  const links = element.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const link = links[0];
  if (squash(link.textContent ?? '') !== bare) return false;
  return outlets.byHost(link.getAttribute('href') ?? '') === outlet;
}

/** A hat tip ending a credit line: "(h/t @bunkerjen)", "— HT Jane". */
const HAT_TIP = /\s*[([—–-]?\s*\b(?:[Hh]\/[Tt]|[Hh]at[ -][Tt]ip|HT)\b[^)\]]*[)\]]?\s*$/;

/** The links of an element but those whose words are in `tail`. */
function hrefsOutside(el: Element, tail: string): string[] {
  const out: string[] = [];
  for (const a of el.querySelectorAll('a[href]'))
    if (!tail.includes(squash(a.textContent ?? '') || '\u0000')) out.push(a.getAttribute('href')!);
  return out;
}

/** "SpaceNews — Nordkap pushes its second flight", "Euractiv, Tuesday — the Commission's letter", "Gull Point |
 * Harbour board delays vote": a name, perhaps a day after a comma, a dash or a bar, the headline. */
const NAME_THEN_HEADLINE = /^([^—–:,»/|]{2,40}?)(?:,\s*[^—–:,|]{1,30})?\s+(?:[—–»|]|\/\/)\s+\S.{3,200}$/u;

/** A short line above a block that cites its source: "NY Times: <headline>", "<headline> (Reuters,
 * 2/13/18)", "<headline> — The Texas Tribune", "Source: USA Today", "Via WaPo:", "From RT:", "Ma'ariv by Ben
 * Caspit". */
/** "Source: Canary Media" above a block: a line that says it credits. */
const SOURCE_ABOVE = new RegExp(`^${CREDIT_LABEL}(.{2,60}?)\\s*[:：]?$`, 'iu');
const HEADLINE_THEN_NAME =
  /^.{5,200}?\s+[—–]\s+([^—–]{2,40}?)(?:\s*,\s*((?=[^,]*\d)[\p{L}\d/. -]{1,30}))?\s*[:：.]?$/u;
const HEADLINE_PIPE_NAME = /^.{5,200}?\s+\|\s+([^|]{2,40}?)\s*[:：.]?$/u;
/** "“Harbour board delays vote again,” Gull Point, 3 December 2026": a headline in quotation marks, then its
 * paper and a date (something with a number). */
const QUOTED_HEADLINE_NAME_DATE =
  /^[“"‘][^“”"]{5,200}[”"’],?\s+([^,“”"]{2,40}?),\s*((?=[^,]*\d)[\p{L}\d/., -]{1,30}?)\s*[:：.]?$/u;
/** "<headline> (Reuters, 2/13/18)", "<headline> (Gull Point)": a headline credited in parentheses after it. */
const HEADLINE_PAREN_NAME =
  /^.{5,200}?\(\s*([^(),]{2,40}?)(?:\s*,\s*([\p{L}\d/., -]{1,30}))?\s*\)\s*[:：.]?$/u;
/** "[Northshore Radio] <headline>", and the lenticular brackets Japanese headlines open on with their
 * broadcaster's name, no space after them ("【KTS】<headline>"). */
const BRACKETED_THEN_HEADLINE = /^(?:\[|【|［)\s*([^\]】］]{2,40}?)\s*(?:\]\s+|[】］]\s*)\S.{3,200}$/u;
/** A story's byline above it: "By Jane Doe, Reuters", "Por Mariana Lopes, g1 PR — Curitiba", "Par …, Le Monde",
 * "Von …, dpa", "Door …, NOS", "Av …, SVT", "By Jane Doe | Gull Point | 3 December 2026": the writer, the
 * outlet, perhaps the place after a dash or the date after a bar. */
const BYLINE = new RegExp(
  `^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|[Aa]v|[Dd]i|[Dd]a)\\s+${PERSON}\\s*[,—–|]\\s*(.{2,40}?)(?:\\s*[—–|]\\s*\\p{Lu}[\\p{L} .'’-]{1,30}|\\s*[—–|,]\\s*(?=[^|—–]*\\d)[\\p{L}\\d/., -]{3,30})?\\s*[:：]?$`,
  'u',
);
/** A clipping's label: the outlet, the headline and a date, parted by middle dots, bullets or bars. */
const NAME_HEADLINE_DATE =
  /^([^·•|]{2,40}?)\s*[·•|]\s*\S[^·•|]{3,200}?\s*[·•|]\s*(?=[^·•|]*\d)([\p{L}\d/., -]{1,30})$/u;
/** The same with the date before the headline: "HORTIDAILY · 1 DEC · Dutch growers trial wood fibre". */
const NAME_DATE_HEADLINE =
  /^([^·•|]{2,40}?)\s*[·•|]\s*(?=[^·•|]*\d)([\p{L}\d/., -]{1,30}?)\s*[·•|]\s*\S[^·•|]{3,200}$/u;
/** An outlet's regional edition, its region's code after the name: "g1 PR", "g1 SP". */
const REGIONAL_EDITION = /^(.{2,30}?)\s+\p{Lu}{2}$/u;
/** "Dana Whitlock | Gull Point", "Jane Doe, Reuters:": a writer, then her paper. */
const WRITER_PAPER = new RegExp(`^${PERSON}\\s*[,—–|]\\s*(.{2,40}?)\\s*[:：]?$`, 'u');
/** An expression of `CITATION` beside a test of a character every line it matches holds (a colon, a dash, a
 * bracket): a line without it is not asked, so a page compiles only the expressions its lines can match. */
export interface CitationShape {
  pattern: RegExp;
  needs: RegExp;
}
export const CITATION: readonly CitationShape[] = [
  { pattern: SOURCE_ABOVE, needs: /[:：]/ },
  {
    pattern:
      /^(?:source|sources|via|from|forwarded from|reenviado de|transféré de|weitergeleitet von|quelle|fuente|aus|de|desde|fonte|bron|źródło|källa|kilde|lähde|zdroj|forrás|kaynak|sursa|sumber|πηγή|источник|джерело)\s*:?\s+(.{2,60}?)\s*[:：]?$/iu,
    needs: /\s/,
  },
  { pattern: /^([^:：]{2,40}?)\s*[:：]\s+\S.{3,200}$/, needs: /[:：]/ },
  { pattern: HEADLINE_PAREN_NAME, needs: /\(/ },
  // "News24 · 3 December", "Bloomberg | Dec 3": a box's label, its outlet and a date.
  { pattern: labelLine(), needs: /[·•|—–]/ },
  // "Railway Age · “Short line seeks federal help” · Dec. 1": the same with the headline between them.
  { pattern: NAME_HEADLINE_DATE, needs: /[·•|]/ },
  { pattern: NAME_DATE_HEADLINE, needs: /[·•|]/ },
  // "<headline> — The Texas Tribune": a headline credited after a dash, perhaps with a date ("„…” – Trojmiasto.pl,
  // 2 grudnia 2026").
  { pattern: HEADLINE_THEN_NAME, needs: /[—–]/ },
  // "<headline> | The Harbour Mercury", as a page's title credits its site.
  { pattern: HEADLINE_PIPE_NAME, needs: /\|/ },
  // "[Northshore Radio] <headline>": a link blog's bracketed source before the headline.
  { pattern: BRACKETED_THEN_HEADLINE, needs: /^[[【［]/ },
  { pattern: QUOTED_HEADLINE_NAME_DATE, needs: /^[“"‘]/ },
  // "The Harbour Mercury, 3 December 2026:": a name and a date, then what it ran.
  { pattern: /^([^,:：]{2,40}?),\s+([\p{L}\d/., -]{1,30}?)\s*[:：]$/u, needs: /[:：]$/ },
  { pattern: new RegExp(`^(.{2,40}?)\\s+by\\s+${PERSON}\\s*[:：]?$`, 'u'), needs: /\sby\s/ },
  { pattern: WRITER_PAPER, needs: /[,—–|]/ },
  { pattern: NAME_THEN_HEADLINE, needs: /[—–»|]|\/\// },
  { pattern: BYLINE, needs: /[,—–|]/ },
  { pattern: FOLD_LABEL, needs: /기사|보도/ },
];
/** Slots where a name the table lacks counts when it is spelled as a title ("📉 DTN: Cash rents slip", "WWNO ·
 * Dec. 2", "1.1. SpaceNews — Nordkap pushes its second flight"). */
const SHAPED_CITATIONS: ReadonlySet<RegExp> = new Set([
  CITATION[2].pattern,
  labelLine(),
  NAME_HEADLINE_DATE,
  NAME_DATE_HEADLINE,
  NAME_THEN_HEADLINE,
  HEADLINE_THEN_NAME,
  HEADLINE_PIPE_NAME,
  HEADLINE_PAREN_NAME,
  BRACKETED_THEN_HEADLINE,
  QUOTED_HEADLINE_NAME_DATE,
]);
/** Words that label a line rather than credit it: "UPDATE:", "BREAKING —", "Q3: revenue fell". */
const LINE_LABELS =
  /^(?:update[ds]?|breaking|exclusive|live|video|watch|listen|photos?|chart|map|poll|quiz|faq|fyi|icymi|tl;?dr|nb|ps|pps|edit|note|opinion|analysis|explainer|recap|summary|q[1-4]|h[12]|fy\d*)$/i;

/** A round-up item's number opening a line: "2. ", "1.2. ". */
const ITEM_NUMBER = /^[^\p{L}\d]*\d+(?:\.\d+)*\.\s+\p{Lu}/u;
/** A name of two to four capitalised words that reads as a title by its shape ("Estuary Eye"), not a person's
 * ("Maria Lopez") nor a section's label ("Local News"). */
const itemTitle = (name: string): boolean =>
  CAPITALISED.test(name) && /\s/.test(name) && nameShape(name) === 'title' && !onlyNewsWords(name);

/** Every word capitalised but a joining "&", "and" or "of", as a title is written ("Oban Times", "Ferry & Harbour
 * Weekly"), not a line's label ("Daily ridership, May"). */
const CAPITALISED =
  /^(?:The\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*){0,4}$/u;
/** Whether every word of a name is a newsroom's ("Local News", "Daily Digest"): a section's label, not a title.
 * Two capitalised words joined by a hyphen are a paper's own name, whatever its words ("Kurier-Journal",
 * "Post-Gazette"). */
const onlyNewsWords = (name: string) =>
  !/\p{Lu}\p{Ll}+-\p{Lu}/u.test(name) &&
  name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .every(
      (w) =>
        looksLikeOutletName(w) ||
        /^(?:local|world|national|regional|business|tech|latest|top|morning|evening|weekend)$/i.test(w),
    );

/** A name the table lacks in a citation's slot, when its spelling makes it a title: list numbers and symbols
 * before it set aside. */
function shapedCitationName(raw: string, capitals: boolean): string | null {
  const name = raw.replace(/^[^\p{L}]*(?:\d+(?:\.\d+)*\.?\s+)?/u, '').trim();
  if (!name || LINE_LABELS.test(name) || !mayNameSource(name)) return null;
  // A handle's joining underscore ("TickTock_Travelers · Found it · 11/29") names a user, never a masthead.
  if (/[\p{L}\p{N}]_[\p{L}\p{N}]/u.test(name)) return null;
  // Spelled as a title ("📉 DTN:"), or a name of its own with a newsroom's word ("Oban Times:"), or, opening a
  // numbered item of a round-up ("2. Estuary Eye — <headline>"), two to four capitalised words that open on no
  // given name, as a credit's title is read. A title's article may be written in lower case ("— the Harbour
  // Mercury"); its name is capitalised.
  const bare = name.replace(/^the\s+(?=\p{Lu})/u, '');
  if (
    !spelledAsTitle(bare, capitals) &&
    !(CAPITALISED.test(bare) && looksLikeOutletName(bare) && !onlyNewsWords(bare)) &&
    !CALL_SIGN.test(bare) &&
    !(ITEM_NUMBER.test(raw) && itemTitle(name))
  )
    return null;
  return DOCUMENT_WORDS.test(name) || PERSON_WORDS.test(name) || companyShaped(bare)
    ? null
    : name.replace(/^the\s+/i, '');
}

/** "As seen on BBC Look North · Yorkshire Post", "Featured in: The Guardian | The Times": a strip of the
 * outlets that once covered the page's owner, two or more known names between separators, cites none. */
export function outletStrip(line: string, outlets: OutletLookup): boolean {
  const pieces = line.split(/\s+[·•|]\s+|\s*[·•]\s*/);
  if (pieces.length < 2) return false;
  const known = pieces.filter(
    (piece) =>
      outlets.byName(
        piece.replace(/^(?:as\s+)?(?:seen|featured|heard|read)\s+(?:on|in)\s*:?\s*/i, '').trim(),
      ) !== null,
  );
  return known.length >= 2;
}

/** A headline of a sentence's length, at least, that is wholly one link. */
const MIN_HEADLINE_CHARS = 25;

/** A line that is nothing but a link to a story (a headline over the excerpt, inside the box or above it):
 * the story's site is the source, by the table's name or by its domain. A link on the blog's own site is
 * taken back by the caller (attribute.ts reads a credit to the blog's own site as a self-quote). */
function linkedHeadline(element: Element, line: string, outlets: OutletLookup): SourceGuess | null {
  const links = element.querySelectorAll('a[href]');
  if (links.length !== 1 || line.length < MIN_HEADLINE_CHARS) return null;
  const link = links[0];
  if (squash(link.textContent ?? '') !== line.replace(/[\s:：]+$/, '')) return null;
  const href = link.getAttribute('href')!;
  const outlet = outlets.byHost(href)?.name ?? siteOf(href);
  return outlet
    ? {
        kind: 'outlet',
        outlet,
        href,
        evidence: { type: 'citation-line', value: line.slice(0, 200), source: outlet },
      }
    : null;
}

/** A bold label opening the box's first paragraph ("<strong>Bloomberg:</strong> Officials said …"): a
 * transcript's or a clipping's way of naming whose words follow. Only a source the name reads as counts. */
export function readBoldLabel(element: Element, outlets: OutletLookup): SourceGuess | null {
  let label: Element | null = null;
  for (let node = element.firstChild; node && !label; node = node.nextSibling) {
    if (node.nodeType === 3 && !/^\s*$/.test(node.nodeValue ?? '')) return null;
    if (node.nodeType === 1) {
      const tag = tagOf(node as Element);
      if (tag !== 'STRONG' && tag !== 'B') return null;
      label = node as Element;
    }
  }
  if (!label) return null;
  const words = squash(label.textContent ?? '');
  const after = label.nextSibling?.nodeType === 3 ? (label.nextSibling.nodeValue ?? '') : '';
  const colon = /[:：]$/.test(words) || /^\s*[:：]/.test(after);
  const name = words.replace(/\s*[:：]$/, '');
  if (!colon || name.length < 2 || name.length > 60 || LINE_LABELS.test(name)) return null;
  const guess = nameSource(name, hrefs(label), 'citation-line', outlets);
  return guess?.kind === 'outlet' ? guess : null;
}

/** The part of a testimonial box that names whose words they are (Divi's "et_pb_testimonial_author", a
 * "testimonial-name", a <cite>). */
const TESTIMONIAL_AUTHOR = /(?:^|[-_])(?:author|name|cite|source|by)$/i;

/** A testimonial box whose author line is an outlet the table knows ("Il Secolo XIX" under the words, a press
 * review shown with a theme's testimonial module): that outlet's words. A person's name there stays the
 * testimonial's giver (attribute.ts). */
export function readTestimonialAuthor(box: Element, outlets: OutletLookup): SourceGuess | null {
  if (!isTestimonial(box)) return null;
  const candidates = [
    ...box.getElementsByTagName('cite'),
    ...Array.from(box.querySelectorAll('[class]')).filter((el) =>
      [...el.classList].some((c) => TESTIMONIAL_AUTHOR.test(c)),
    ),
  ];
  for (const el of candidates.slice(0, 6)) {
    const words = squash(el.textContent ?? '').replace(/^[—–-]\s*/, '');
    const outlet = words.length >= 2 && words.length <= 60 ? outlets.byName(words) : null;
    if (outlet)
      return {
        kind: 'outlet',
        outlet: outlet.name,
        href: el.querySelector('a[href]')?.getAttribute('href') ?? null,
        evidence: { type: 'credit-line', value: words, source: outlet.name },
      };
  }
  return null;
}

/** An outlet's logo standing alone right above the box, or opening it: an image whose alt text is a name the
 * table knows ("Reuters", "BBC News logo"). A picture has no words for the lead-in reader to weigh. */
export function readLogo(box: Element, outlets: OutletLookup): SourceGuess | null {
  for (const holder of [box.previousElementSibling, box.firstElementChild]) {
    if (!holder || squash(holder.textContent ?? '') !== '') continue;
    const images = tagOf(holder) === 'IMG' ? [holder] : Array.from(holder.getElementsByTagName('img'));
    if (images.length !== 1) continue;
    const alt = squash(images[0].getAttribute('alt') ?? '').replace(/\s+(?:logo|logotype|masthead)$/i, '');
    const outlet = alt.length >= 2 && alt.length <= 60 ? outlets.byName(alt) : null;
    if (outlet)
      return {
        kind: 'outlet',
        outlet: outlet.name,
        href: holder.querySelector('a[href]')?.getAttribute('href') ?? null,
        evidence: { type: 'citation-line', value: alt, source: outlet.name },
      };
  }
  return null;
}

/** A definition list's term over the passage it heads, read as a credit: "The Sydney Morning Herald,
 * 2 December", "NTV News". Only an outlet: a term naming a person or a topic heads no outlet's words. */
export function readTermCredit(
  text: string,
  element: Element | null,
  outlets: OutletLookup,
): SourceGuess | null {
  const credit = readCreditLine(text, element, outlets, { inside: true });
  if (credit) return credit.kind === 'outlet' ? credit : null;
  const line = squash(text);
  const dated = NAMED_DATED.exec(line);
  const name = dated && CREDIT_DATE.test(dated[2]) ? dated[1] : line;
  if (name.length > 50 || /[.!?]$/.test(name)) return null;
  const guess = nameSource(name, element ? hrefs(element) : [], 'credit-line', outlets);
  if (guess?.kind === 'outlet') return { ...guess, evidence: { ...guess.evidence, value: line } };
  // "The Telegram, Dec. 1": a title, dated as a piece is; no one's name opens on "The".
  if (dated && name === dated[1] && /^The(?:\s+\p{Lu}[\p{L}’'.&-]*){1,4}$/u.test(name))
    return {
      kind: 'outlet',
      outlet: name.replace(/^The\s+/, ''),
      href: element ? (hrefs(element)[0] ?? null) : null,
      evidence: { type: 'credit-line', value: line, source: name },
      tentative: true,
    };
  return null;
}

export function readCitationLine(
  text: string,
  element: Element | null,
  outlets: OutletLookup,
): SourceGuess | null {
  return notAWork(citationLine(text, element, outlets), element, outlets);
}

/** The words a citation line hands over with before its name: "Via", "From", "Tiré du", "Tomado de". */
const HANDED_VIA = unicodeExpression(
  `^(?:(?:via|from)\\s+(?=\\p{Lu}|the\\s)|(?:${TAKEN_FROM})(?=\\p{Lu}))`,
  'iu',
);

/** A line ending on a clock time, its date and its time zone in brackets: a signed comment's time stamp (a wiki
 * talk page's "Name (talk) 11:40, 2 December 2026 (UTC)"), whose bracket is no credit. */
const TIME_STAMPED = /\b\d{1,2}:\d{2}\b[^()]{0,40}\((?:UTC|GMT|[A-Z]{1,3}S?T|UTC[+−-]\d{1,2})\)$/;

function citationLine(text: string, element: Element | null, outlets: OutletLookup): SourceGuess | null {
  const line = squash(text);
  if (!line || line.length > 240 || outletStrip(line, outlets)) return null;
  const headline = element ? linkedHeadline(element, line, outlets) : null;
  if (headline) return headline;
  for (const { pattern, needs } of CITATION) {
    const m = needs.test(line) ? pattern.exec(line) : null;
    if (!m || (pattern === HEADLINE_PAREN_NAME && TIME_STAMPED.test(line))) continue;
    // Only a name the table knows, written as the whole slot: "it ran in the Washington Post" or "speaking to
    // Fox News" are sentences about a source, which the lead-in reader weighs, not citations.
    // "The Guardian's headline: …", "WXYZ-TV's take: …": the possessor is the name, not its piece; "Via X: …",
    // "<headline> (via X)", "Tiré du Journal de X, en page 7 :", "Tomado de El X:": the words handing over are no
    // part of it.
    const via = HANDED_VIA();
    const handed = via.test(m[1].trim());
    const name = m[1]
      .replace(/[.,;:]+$/, '')
      .trim()
      .replace(via, '')
      // "The Guardian, Tuesday: <headline>": the day the clipping ran is no part of the name.
      .replace(/,\s*([^,]{3,20})$/, (whole, when: string) => (DAY_WORD.test(when) ? '' : whole))
      .replace(/^(.+?)[’']s?\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?$/u, (whole, owner: string) =>
        /\p{Lu}/u.test(owner) ? owner : whole,
      );
    // Words in lower case are a phrase, not a title: "From the conversation:" is no credit to The Conversation.
    const regional = pattern === BYLINE ? REGIONAL_EDITION.exec(name) : null;
    const outlet =
      /\s/.test(name) && !/\p{Lu}/u.test(name)
        ? null
        : (outlets.byName(name) ?? (regional ? outlets.byName(regional[1]) : null));
    // "<headline> (Mining Weekly, June 5)": a dated parenthesis is a citation whatever its name, so a name
    // that reads as a newsroom is the outlet even when the table lacks it.
    if (!outlet && m[2] && /\d/.test(m[2])) {
      const guess = nameSource(name, element ? hrefs(element) : [], 'citation-line', outlets);
      if (guess?.kind === 'outlet')
        return { ...guess, evidence: { ...guess.evidence, value: line.slice(0, 200) } };
    }
    if (outlet)
      return {
        kind: 'outlet',
        outlet: outlet.name,
        href: element ? (hrefs(element)[0] ?? null) : null,
        evidence: { type: 'citation-line', value: line.slice(0, 200), source: outlet.name },
      };
    if (pattern === HEADLINE_PAREN_NAME && m[2] && clippingNickname(line, name, m[2]))
      return {
        kind: 'outlet',
        outlet: name,
        href: element ? (hrefs(element)[0] ?? null) : null,
        evidence: { type: 'citation-line', value: line.slice(0, 200), source: name },
        tentative: true,
      };
    // A name in capitals before a colon may be a speaker's in a transcript ("MAYA: Rotterdam is not the
    // bottleneck."): there, only before a headline, a short line of one sentence ending on no stop.
    const spoken =
      pattern === CITATION[2].pattern &&
      (/[.!?…:：]["”’)]?$/u.test(line) || /[.!?]\s/.test(line) || line.length > 140);
    // "<a href=bnnbloomberg.ca>Loonie slides</a> (BNN Bloomberg)": a name the table lacks, spelled as the site
    // the headline links to, is that site's name, as the page writes it; a person's or a business's own site
    // is no newsroom's ("Via <a href=…>Sarah Lindqvist</a>:").
    const linked =
      element && nameShape(name) !== 'person' && !companyShaped(name)
        ? hrefs(element).find((href) => {
            const site = siteOf(href);
            return site !== null && spellsDomain(name, site);
          })
        : undefined;
    if (linked)
      return {
        kind: 'outlet',
        outlet: name,
        href: linked,
        evidence: { type: 'citation-line', value: line.slice(0, 200), source: name },
      };
    // "Source:" says the line credits, as under a block: a name there is read as a credit's (titleCredit). A
    // byline's paper after its writer ("By Dana Whitlock, Gull Point", "Dana Whitlock | Ballast") is read as a
    // writer's credit under a block is (writersPaper).
    const shaped =
      pattern === SOURCE_ABOVE && !isDataSource(m[1])
        ? titleCredit(m[1])
        : pattern === BYLINE || pattern === WRITER_PAPER
          ? bylinePaper(line, m[1])
          : SHAPED_CITATIONS.has(pattern) || handed
            ? shapedCitationName(name, !spoken)
            : null;
    if (shaped)
      return {
        kind: 'outlet',
        outlet: shaped,
        href: element ? (hrefs(element)[0] ?? null) : null,
        evidence: { type: 'citation-line', value: line.slice(0, 200), source: shaped },
        ...(firmlyNamed(name) ? {} : { tentative: true }),
      };
  }
  return nameAlone(line, element, outlets);
}

/** "“Glass program costs city $84 a ton” (Trib, Dec. 4)": a headline in quotation marks, then one word and the day
 * it ran, cites a paper by the name its readers call it (a short local name the table may lack). An author is
 * cited by a year, not a day, and no given name is a paper's. */
export function clippingNickname(line: string, name: string, when: string): boolean {
  return (
    /^[“"‘„«]/u.test(line) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
    DATED_REST().test(when) &&
    !isGivenName(name.toLowerCase()) &&
    mayNameSource(name)
  );
}

/** "<strong>Reuters</strong>", "<b>The Harbour Mercury</b>", "Tidewater Ledger, 3 December 2026" (under a headline,
 * over the passage): a line that is only a source's name, perhaps with its date, above a passage or opening it.
 * The table's name counts as it stands; one it lacks only in bold or before a date, and only when spelled as a
 * title or with a newsroom's word (shapedCitationName): a bold word heading a section ("<b>The vote</b>") or a
 * place and a date ("Port Ellis, 3 December") is none. */
function nameAlone(line: string, element: Element | null, outlets: OutletLookup): SourceGuess | null {
  const comma = line.indexOf(',');
  const when = line
    .slice(comma + 1)
    .trim()
    .replace(/[:：.]$/, '');
  const dated = comma > 0 && (CREDIT_DATE.test(when) || DAY_WORD.test(when));
  const name = (dated ? line.slice(0, comma) : line).replace(/\s*[:：]$/, '').trim();
  if (name.length < 2 || name.length > 50 || /[.!?]$/.test(name)) return null;
  // A forum quote box's title line names a member, whatever the name (forumQuoteTitle reads it); a definition
  // list's term is read as the credit of its <dd> (readTermCredit).
  if (element && (isTitleLine(element) || tagOf(element) === 'DT')) return null;
  const href = element ? (hrefs(element)[0] ?? null) : null;
  // Inside a quotation box, a plain line is the passage's own words: only a bold name or a dated one cites.
  const setOff = dated || (element !== null && wholly(element, ['STRONG', 'B']));
  const inside = element?.parentElement?.closest('blockquote') != null;
  const known = setOff || !inside ? outlets.byName(name) : null;
  if (known)
    return {
      kind: 'outlet',
      outlet: known.name,
      href,
      evidence: { type: 'citation-line', value: line, source: known.name },
    };
  if (!setOff) return null;
  if (!BARE_NAME.test(name) || looksLikePersonName(name) || nameShape(name) === 'person') return null;
  // The name as the page writes it, its article kept ("The Harbour Gazette, 2 December").
  return shapedCitationName(name, true)
    ? {
        kind: 'outlet',
        outlet: name,
        href,
        evidence: { type: 'citation-line', value: line, source: name },
        ...(firmlyNamed(name) ? {} : { tentative: true }),
      }
    : null;
}

/** Whether all an element's words are inside one child of these tags ("<p><strong>Reuters</strong></p>"). */
function wholly(element: Element, tags: readonly string[]): boolean {
  const words = squash(element.textContent ?? '');
  if (!words) return false;
  const marked = Array.from(element.querySelectorAll(tags.join(',')));
  return marked.some((el) => squash(el.textContent ?? '') === words);
}

/** The paper of a byline, "By Dana Whitlock, Gull Point" or "Dana Whitlock | Ballast | 3 December 2026": the
 * writer's name must be a person's by its shape, the paper a title (titleCredit) or a call sign, no business's. */
function bylinePaper(line: string, slot: string): string | null {
  const writer =
    /^(?:(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|[Aa]v|[Dd]i|[Dd]a)\s+)?([^,—–|]{3,40}?)\s*[,—–|]/u.exec(line);
  if (!writer || nameShape(writer[1]) !== 'person') return null;
  const paper = slot
    .split(/\s*[|—–]\s*/)[0]
    .replace(/[.,;:]+$/, '')
    .trim();
  if (CALL_SIGN.test(paper)) return paper;
  const titled = titleCredit(paper);
  return titled && !companyShaped(titled) ? titled : null;
}

/** A Japanese wire's dateline, the place then the agency's short name in lenticular brackets: "【札幌共同】",
 * "【ワシントン時事】". */
const JAPANESE_DATELINE = /^\s*【([^】]{2,16})】/u;

/** The agency a Japanese dateline's brackets end with: "共同" is 共同通信 (the agency's short name drops 通信). */
function japaneseDatelineAgency(inside: string, outlets: OutletLookup) {
  for (let cut = 0; cut < inside.length - 1; cut++) {
    const tail = inside.slice(cut);
    const outlet = outlets.byName(tail) ?? outlets.byName(`${tail}通信`);
    if (outlet) return outlet;
  }
  return null;
}

/** A Korean wire's dateline, the place and the agency joined by "=" in parentheses or brackets, perhaps the
 * reporter after it: "(부산=연합뉴스) 박지훈 기자 =", "[서울=뉴시스]". The agency must be known. */
const KOREAN_DATELINE = /^\s*[(（[]\s*[^()（）[\]=]{1,16}?\s*=\s*([^()（）[\]=]{2,16}?)\s*[)）\]]/u;

/** A Chinese wire's dateline, the agency first, perhaps its reporter, the place, the day and 电/電 ("sent"):
 * "新华社北京12月3日电", "（中央社記者王明台北3日電）". */
const CHINESE_DATELINE = /^\s*[（(]?(\p{Script=Han}{2,16}?)(?:\d{1,2}月)?\d{1,2}日[电電]/u;

/** The agency a Chinese dateline opens with: the shortest beginning of its words that the table knows. */
function chineseDatelineAgency(inside: string, outlets: OutletLookup) {
  for (let end = 2; end <= Math.min(inside.length, 6); end++) {
    const outlet = outlets.byName(inside.slice(0, end));
    if (outlet) return outlet;
  }
  return null;
}

/** Capitals a dateline's parentheses may hold that name no agency: what the story is, not who sent it. */
const NOT_AGENCIES =
  /^(?:UPDATE\s*\d*|UPDATED|VIDEO|PHOTOS?|AUDIO|FILE|OPINION|ANALYSIS|EXCLUSIVE|LIVE|WATCH|CORRECTED|CORRECTION|REPEAT|REFILE|ADDS?|PR|AD|ADV|USA?|UK|EU|UN)$/;

/** Words in Arabic script a dateline's parentheses may hold that name no agency: a video, photos, an update, urgent,
 * exclusive, live. */
const NOT_AGENCIES_ARABIC = /^(?:فيديو|صور|صورة|تحديث|محدث|عاجل|حصري|خاص|مباشر|تصوير|شاهد)$/u;

/** An agency's short name in a dateline: two to six capitals ("NAN", "AGI", "BTA"), not a story's label; in the
 * Arabic and Hebrew scripts, which have no capitals, one word of two to five letters or its letters spaced
 * ("ومع", "و م ع", "أ ش أ"), the way those wires abbreviate their names. */
function agencyCode(inside: string): boolean {
  const code = inside.trim();
  // Two agencies merged keep both names: "ΑΠΕ-ΜΠΕ".
  if (/^\p{Lu}{2,6}(?:-\p{Lu}{2,6})?$/u.test(code)) return !NOT_AGENCIES.test(code);
  return (
    /^(?:[\p{Script=Arabic}\p{Script=Hebrew}]{2,5}|[\p{Script=Arabic}\p{Script=Hebrew}](?:\s[\p{Script=Arabic}\p{Script=Hebrew}]){1,4})$/u.test(
      code,
    ) && !NOT_AGENCIES_ARABIC.test(code)
  );
}

/** Whether a code's letters, in order, spell the start of the name the text opens with: a ticker ("NKRA" in
 * "Nokra ASA"), not an agency. */
function spellsNameAfter(code: string, text: string): boolean {
  const name = /^\s*(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})/u.exec(text)?.[1]?.toLowerCase();
  if (!name || name[0] !== code[0].toLowerCase()) return false;
  let at = 0;
  for (const letter of code.toLowerCase()) {
    at = name.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Whether `head` opens, after its white space, with up to 41 characters (code points) and a comma, its first:
 * all that DATELINE_AFTER_DATE, DATELINE_STOPS, DATELINE_DASH and DATELINE_BRACKETED read before their place's
 * comma (a capital and up to 40 characters without one). Asked first, so that a text none of them can match
 * costs none of their compiles; DATELINE likewise needs a parenthesis or a slash, DATELINE_BRACKETED a bracket. */
function placeThenComma(head: string): boolean {
  const comma = head.indexOf(',');
  return comma >= 0 && [...head.slice(head.length - head.trimStart().length, comma)].length <= 41;
}

/** `element`, the passage's first paragraph: a name it sets in italics is a work's (notAWork). */
/** A paragraph's text without the quotation mark opening it: "“PORT ELLIS (AP) — …" opens on its dateline. */
export function withoutOpeningMark(text: string): string {
  return text.replace(/^\s*[“"«„]\s*/u, '');
}

export function readDateline(
  text: string,
  outlets: OutletLookup,
  element: Element | null = null,
): SourceGuess | null {
  return notAWork(dateline(text, outlets), element, outlets);
}

function dateline(text: string, outlets: OutletLookup): SourceGuess | null {
  const head = text.slice(0, 160);
  const chinese = CHINESE_DATELINE.exec(head);
  if (chinese) {
    const agency = chineseDatelineAgency(chinese[1], outlets);
    if (agency)
      return {
        kind: 'outlet',
        outlet: agency.name,
        href: null,
        evidence: { type: 'dateline', value: chinese[0].trim(), source: agency.name },
      };
  }
  const korean = KOREAN_DATELINE.exec(head);
  const koreanAgency = korean ? outlets.byName(korean[1]) : null;
  if (korean && koreanAgency)
    return {
      kind: 'outlet',
      outlet: koreanAgency.name,
      href: null,
      evidence: { type: 'dateline', value: korean[0].trim(), source: koreanAgency.name },
    };
  const masthead = mastheadName(head, outlets);
  if (masthead) return masthead;
  const japanese = JAPANESE_DATELINE.exec(head);
  const m =
    japanese ??
    (head.includes('(') || head.includes('/') ? DATELINE.exec(head) : null) ??
    (placeThenComma(head)
      ? (DATELINE_AFTER_DATE.exec(head) ??
        DATELINE_STOPS.exec(head) ??
        DATELINE_DASH.exec(head) ??
        (head.includes('[') ? DATELINE_BRACKETED.exec(head) : null))
      : null);
  if (!m) return null;
  const inside = m[1] ?? m[2];
  // "NEW YORK, Dec. 3, 2026 /PRNewswire/ --": a press release, distributed, not a wire's report.
  if (!japanese && isReleaseWire(inside))
    return {
      kind: 'document',
      outlet: null,
      href: null,
      evidence: { type: 'document', value: m[0].trim(), source: inside.trim() },
    };
  // The parentheses frame a name by itself: "(APA)" is the Austrian agency there, whatever else APA means.
  const outlet = japanese
    ? japaneseDatelineAgency(inside, outlets)
    : (outlets.byName(inside) ?? outlets.mentions(inside)[0]?.outlet);
  // A wire the table lacks is named by the short name its dateline gives it: "LAGOS (NAN) –"; not a company's
  // ticker heading its own release ("HAMAR, 3 March 2025 (NKRA) – Nokra ASA expects …").
  const name =
    outlet?.name ??
    (agencyCode(inside) && !spellsNameAfter(inside.trim(), head.slice(m[0].length)) ? inside.trim() : null);
  // A local paper's own dateline, "HALIFAX (Tidewater Ledger) —", "(Gull Point) —": in parentheses, a name
  // read as a credit's title (titleCredit), no business's; tentative unless a newsroom's word says so.
  const titled =
    name || japanese || m[1] === undefined || !/\)\s*\.?\s*[-—–]/.test(m[0])
      ? null
      : titleCredit(inside.trim());
  const paper = titled && !companyShaped(titled) && !capitalsNamePerson(inside) ? titled : null;
  if (!name && !paper) return null;
  return {
    kind: 'outlet',
    outlet: (name ?? paper)!,
    href: null,
    evidence: { type: 'dateline', value: m[0].trim(), source: (name ?? paper)! },
    ...(name || firmlyNamed(inside) ? {} : { tentative: true }),
  };
}

/** Whether a name in capitals of two words or more reads, with only its words' first letters capitalised, as a
 * person's or a business's: "(SARAH LINDQVIST) –" opening italic paragraphs is a writer's sign-off, not a paper's
 * dateline (the shape tests read case, so capitals alone hide the given name). */
function capitalsNamePerson(inside: string): boolean {
  const caps = inside.trim();
  if (!/\s/.test(caps) || /\p{Ll}/u.test(caps)) return false;
  const words = caps.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  return nameShape(words) === 'person' || companyShaped(words);
}

/** A masthead opening the passage, the paper's name and the place in capitals between dashes: "TIDEWATER LEDGER —
 * PORT ELLIS —", "KXLT — PORT ELLIS — ". */
const MASTHEAD =
  /^\s*(\p{Lu}[\p{Lu}\p{N}&'’.]*(?:\s+(?:&\s+)?\p{Lu}[\p{Lu}\p{N}&'’.]*){0,4})\s+[—–-]{1,2}\s+\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3},?\s+[—–-]{1,2}\s+(?=\S)/u;

/** The paper a masthead names: the table's, a call sign, or two words or more that read as a credit's title
 * (titleCredit, on the words with only their first letters capitalised); not a story's label ("UPDATE —"), a
 * person's or a business's name. */
function mastheadName(head: string, outlets: OutletLookup): SourceGuess | null {
  const m = MASTHEAD.exec(head);
  if (!m) return null;
  const caps = m[1].trim();
  if (NOT_AGENCIES.test(caps) || LINE_LABELS.test(caps)) return null;
  const known = outlets.byName(caps);
  const words = caps.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const one = !/\s/.test(words);
  // One word other than a call sign may be anyone's surname ("LINDQVIST — PORT ELLIS —", a column's head).
  const name = known?.name ?? (CALL_SIGN.test(caps) ? caps : one ? null : titleCredit(words));
  if (!name || (!known && (companyShaped(name) || looksLikePersonName(name)))) return null;
  return {
    kind: 'outlet',
    outlet: name,
    href: null,
    evidence: { type: 'dateline', value: m[0].trim(), source: name },
    ...(known || CALL_SIGN.test(caps) || firmlyNamed(words) ? {} : { tentative: true }),
  };
}

/** A press-coverage cell's name the table lacks, when it reads as a newsroom's or is spelled as a title. */
function cellTitle(words: string): string | null {
  if (
    !BARE_NAME.test(words) ||
    !mayNameSource(words) ||
    DOCUMENT_WORDS.test(words) ||
    PERSON_WORDS.test(words)
  )
    return null;
  return looksLikeOutletName(words) || spelledAsTitle(words, true) ? words.replace(/^the\s+/i, '') : null;
}

/** A class naming a box's title line: "bbCodeBlock-title", "quoteBoxTitle", "quoteheader", Invision's
 * "ipsQuote_citation", vBulletin's "bbcode_postedby". */
const TITLE_CLASS = /(?:title|header|citation|postedby)$/i;

/** The words only forum software opens a quote's title with, whatever the line's markup. */
const FORUM_TITLE_OPENING = new RegExp(`^\\s*${FORUM_TITLE_WORDS}\\s`, 'i');

/** Whether an element is a title line by its class, its tag (a <header>) or its opening words. */
const isTitleLine = (el: Element): boolean =>
  tagOf(el) === 'HEADER' ||
  [...el.classList].some((c) => TITLE_CLASS.test(c)) ||
  FORUM_TITLE_OPENING.test(el.textContent ?? '');

/** A forum quote box's title, saying whose words follow: its first element with words (after an empty icon or
 * quote mark, inside a lone wrapper) when more follows it, or the title line right above the box (SMF's "quoteheader"); the name and
 * the element, or null. */
function forumQuoteTitle(block: Element): { name: string; element: Element } | null {
  if (!block.classList.length && !block.hasAttribute('style')) return null;
  // Through a lone wrapper or two (vBulletin's "bbcode_quote" > "quote_container").
  let box = block;
  for (let i = 0; i < 2 && box.children.length === 1; i++) box = box.firstElementChild!;
  let title: Element | null = box.firstElementChild;
  if (title && squash(title.textContent ?? '') === '') title = title.nextElementSibling;
  if (!title || title === box.lastElementChild || !isTitleLine(title)) {
    title = block.previousElementSibling;
    if (!title || !isTitleLine(title)) return null;
  }
  const m = FORUM_QUOTE_TITLE.exec(squash(title.textContent ?? ''));
  const name = m?.[1] ?? m?.[2];
  return name ? { name, element: title } : null;
}

/** The bold author beside a <cite> linking the piece, as a blog engine's quotation tag writes its footer (Hexo's
 * and Octopress's "<footer><strong>Harbour Lantern</strong><cite><a href=harbourlantern.com/…>Owner defends
 * wall</a></cite></footer>"): the outlet, when the piece's site spells the author's name. */
function authorOfCitedSite(cite: Element): SourceGuess | null {
  const author = cite.previousElementSibling;
  if (!author || !/^(?:STRONG|B)$/.test(tagOf(author))) return null;
  const name = squash(author.textContent ?? '');
  if (name.length > 60) return null;
  for (const href of hrefs(cite)) {
    const site = siteOf(href);
    if (site && spellsDomain(name, site))
      return {
        kind: 'outlet',
        outlet: name,
        href,
        evidence: { type: 'cite-element', value: name, source: name },
      };
  }
  return null;
}

/** cite="" on the blockquote, <cite> inside it, <figcaption> of its figure. */
export function readCitations(block: Element, outlets: OutletLookup): SourceGuess | null {
  const cite = block.getAttribute('cite');
  if (cite) {
    const outlet = outlets.byHost(cite);
    if (outlet)
      return {
        kind: 'outlet',
        outlet: outlet.name,
        href: cite,
        evidence: { type: 'cite-attribute', value: cite, source: outlet.name },
      };
  }
  const citeEl = block.querySelector('cite');
  if (citeEl) {
    const guess = nameSource(citeEl.textContent ?? '', hrefs(citeEl), 'cite-element', outlets);
    if (guess?.kind === 'outlet') return guess;
    const author = authorOfCitedSite(citeEl);
    if (author) return author;
    if (guess) return guess;
  }
  // A row of press coverage: the cell beside the passage's names its outlet ("<td>Yonhap</td><td>…</td>", or
  // "<td>…</td><td>Cabin Radio</td>"), a name the table knows or one that reads as a title, not a person's.
  const label = tagOf(block) === 'TD' ? creditCellOf(block) : null;
  if (label) {
    const words = squash(label.textContent ?? '');
    const known = outlets.byName(words);
    const name = known?.name ?? cellTitle(words);
    if (name)
      return {
        kind: 'outlet',
        outlet: name,
        href: hrefs(label)[0] ?? null,
        evidence: { type: 'cite-element', value: words, source: name },
        ...(known || firmlyNamed(words) ? {} : { tentative: true }),
      };
  }
  // A tab panel's label: "Endpoints News" over its words.
  const tab = tabLabelOf(block);
  if (tab) {
    const guess = nameSource(tab.textContent ?? '', hrefs(tab), 'cite-element', outlets);
    if (guess) return guess;
  }
  // A folded passage's summary: "From the Irish Times (Dublin)", "Source: RTÉ". Only a source: "Show the code"
  // names none.
  const summary = tagOf(block) === 'DETAILS' ? block.querySelector(':scope > summary') : null;
  if (summary) {
    const words = squash(summary.textContent ?? '').replace(/\s*\([^)]{1,40}\)$/, '');
    const guess = words.length <= 90 ? nameSource(words, hrefs(summary), 'cite-element', outlets) : null;
    if (guess?.kind === 'outlet') return guess;
  }
  // An Obsidian-style callout's title: "The Economist", "Nikkei Asia — 20 Nov".
  const title = block.hasAttribute('data-callout') ? block.querySelector('.callout-title') : null;
  if (title) {
    const guess = nameSource(title.textContent ?? '', hrefs(title), 'cite-element', outlets);
    if (guess) return guess;
  }
  // A forum's quote box titled with whose words it holds, "Reuters said:" (XenForo's "bbCodeBlock-title"): an
  // outlet the name reads as, as in a <cite>; a member's handle names no outlet.
  const boxTitle = forumQuoteTitle(block);
  if (boxTitle) {
    const guess = nameSource(boxTitle.name, hrefs(boxTitle.element), 'cite-element', outlets);
    if (guess?.kind === 'outlet') return guess;
  }
  const figure = block.parentElement && tagOf(block.parentElement) === 'FIGURE' ? block.parentElement : null;
  const caption = figure?.querySelector('figcaption');
  if (caption) {
    const guess = nameSource(caption.textContent ?? '', hrefs(caption), 'figcaption', outlets);
    if (guess) return guess;
  }
  if (cite && /^https?:/i.test(cite))
    return {
      kind: 'unknown',
      outlet: null,
      href: cite,
      evidence: { type: 'cite-attribute', value: cite, source: null },
    };
  return null;
}
