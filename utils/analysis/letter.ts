// What a passage's own form says when nothing names its source: a letter or an e-mail ("Hi, thanks for your
// email…", "Kind regards, the team") is a person's, a numbered clause ("Section 14(c).", "§ 3", "Article 5.")
// a document's. Read from the passage's first and last words.

import { bodies, onBehalf } from './data/document-words.json';
import noticeOpenings from './data/notice-openings.json';
import { alternation, lazyPattern, madeOnFirstUse } from './lead-in-words';
import { isGivenName } from './name-source';
import { greetingOf } from './own-voice';

const OPENING =
  /^\s*["“]?(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!:]|thanks? (?:you )?for (?:contacting|getting in touch|reaching out|your (?:e-?mail|message|enquiry|inquiry|letter|query|complaint|patience)|the (?:e-?mail|message|note|letter)))/i;
const CLOSING =
  /(?:kind regards|best regards|warm regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|many thanks|thanks again)[,.!]?[\s\p{L}.'’&-]{0,60}$/iu;

/** After an opening quotation mark, if any, the first words: where a greeting stands. */
const LEAD = /^\s*["“„«]?/u;
/** After a greeting word, a name or a word of address and a comma (or "!"), within a few words. */
const ADDRESSED = /^[^,.!?\n]{0,40}[,!]/u;

/** Whether a passage opens or closes as a letter does: "Dear …," or "Kind regards" in English, and in the
 * page's own language a greeting of `own-voice.json` before a name and a comma ("Мила сестро,"). */
export function looksLikeLetter(text: string, language: string | null = null): boolean {
  if (OPENING.test(text.slice(0, 120)) || CLOSING.test(text.slice(-120))) return true;
  const greeting = greetingOf(language);
  if (!greeting) return false;
  const start = text.slice(0, 120);
  const from = LEAD.exec(start)?.[0].length ?? 0;
  const m = greeting.exec(start.slice(from));
  return m !== null && m.index === 0 && ADDRESSED.test(start.slice(from + m[0].length));
}

/** A numbered clause opening a text, a full stop, a colon or a dash after its number: "§ 3", "Section 14(c).",
 * "Article 2 — …", "Art. 7 – …", "Artículo 5.", "Artikel 3 - …", in the languages of statutes, decrees and
 * regulations. */
const CLAUSE =
  /^\s*(?:§\s*\d|(?:(?:section|article|articolo|artículo|articulo|artigo|artikel|artikkel|artykuł|clause|rule)\s+|art\.\s*)\d+[\p{L}\d().]*(?:[.:]|\s*[—–-])\s)/iu;

/** Whether a text opens on a numbered clause (`CLAUSE`): a statute's, a decree's or a regulation's article, a
 * document's words. */
export function looksLikeClause(text: string): boolean {
  return CLAUSE.test(text.slice(0, 60));
}

/** A clock time opening an entry of a log: "11.40 pm.", "2.10 am", "04:30", at the text's start or a
 * sentence's. */
const LOG_TIME = /(?:^|[.;]\s+)\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\b\.?)?(?=[\s.,;])/gi;
/** Words by which an English text speaks of its writer. */
const WRITER_SPEAKS = /\bI\b|\b(?:me|my|we|us|our)\b/i;

/** Whether a passage is a log's entries: two or more opening on a clock time ("9.05 pm. Pump checked, dry.
 * 10.20 pm. Call from the lock keeper …"), its writer never speaking of themselves: a record, a document. Read in
 * the first 600 characters. */
export function looksLikeTimedLog(text: string): boolean {
  const head = text.slice(0, 600);
  return (head.match(LOG_TIME)?.length ?? 0) >= 2 && !WRITER_SPEAKS.test(head);
}

/** A body's notice to the public opening on its form of address, after an opening mark, then up to three words
 * more naming others it addresses, then a comma, an exclamation mark or a colon: "Dear passengers!", "Уважаемые
 * пассажиры,", "Шановні орендарі та покупці!" (data/notice-openings.json). */
const NOTICE_OPENING = lazyPattern(
  () =>
    new RegExp(
      `^\\s*["“„«]?\\s*${alternation(noticeOpenings.openings, { right: true })}(?:\\s+[\\p{L}'’-]+){0,3}\\s*[,!:]`,
      'iu',
    ),
);

/** A body's formula announcing its notice, at the text's start or after its first sentence, the body's name
 * ("Portos X, S.A. Informa-se que …", "Notice is hereby given that …"; data/notice-openings.json's `formulas`). */
const NOTICE_FORMULA = lazyPattern(
  () =>
    new RegExp(
      `^(?:[^.!?:]{0,80}?(?:\\p{L}{2}[.,:]|\\p{Lu}\\.(?:\\p{Lu}\\.)?)\\s+)?${alternation(noticeOpenings.formulas, { right: true })}`,
      'iu',
    ),
);

/** A notice's own title before its colon, at the text's start or after its first sentence, the body's name
 * ("Public notice: …", "Municipality of X. Public notice: …", "Avis public : …"; data/notice-openings.json's
 * `labels`). */
const NOTICE_LABEL = lazyPattern(
  () =>
    new RegExp(
      `^["“„«]?(?:[^.!?:]{0,80}?\\p{L}{2}[.,]\\s+)?${alternation(noticeOpenings.labels, { right: true })}\\s*[:：]`,
      'iu',
    ),
);

/** The same title as the text's first sentence, then the notice's next one, opening on a capital: "Avis aux
 * abonnés. Secteur Nord : …". */
const NOTICE_TITLE_SENTENCE = lazyPattern(
  () => new RegExp(`^["“„«]?${alternation(noticeOpenings.labels, { right: true })}\\.\\s`, 'iu'),
);

function opensOnNoticeTitle(text: string): boolean {
  if (!NOTICE_TITLE_SENTENCE.test(text)) return false;
  const next = /^[^.]*\.\s+(\p{L})/u.exec(text)?.[1];
  return next !== undefined && next !== next.toLowerCase();
}

/** A notice's title in capitals as the text's first sentence, one to six words holding a title word of
 * data/notice-openings.json's `titles` ("NOTICE. …", "TIEDOTE MATKUSTAJILLE. …", "PENGUMUMAN. …"), then a capital
 * opening the next sentence. */
const TITLE_IN_CAPITALS = /^["“„«]?([^\p{Ll}.!?:]{3,80})[.:!]\s+["“„«]?\p{Lu}/u;
const TITLE_WORD = lazyPattern(
  () => new RegExp(alternation(noticeOpenings.titles, { left: true, right: true }), 'iu'),
);

/** A title word opening the text or its second sentence after the body's name, its first letter a capital, then
 * one to five words naming whom it tells or who issues it, then a colon ("District Administration. Notice to …:"): "Notice to all hire operators: …", "Tilkynning frá Akureyrarbæ: …", "Obavijest
 * građanima: …". Not the English verb ("Notice how …:", "Notice the …:"), nor a title word alone before its colon,
 * a person's heading of their own words. */
const TITLE_WORD_PHRASE = madeOnFirstUse(
  () =>
    new RegExp(
      `^["“„«]?(?:[^.!?:]{0,80}?\\p{L}{2}[.,]\\s+)?(${alternation(noticeOpenings.titles, { right: true })})(?!\\s+(?:how|that|the|this|these|those|what|when|where|who|whom|why|it|its|them|him|her|his|a|an|any|my|our|your|their)\\b)(?:\\s+[^\\s.!?:;]+){1,5}\\s*[:：]\\s`,
      'iu',
    ),
);

function opensOnTitleWordPhrase(text: string): boolean {
  const title = TITLE_WORD_PHRASE().exec(text)?.[1];
  return title !== undefined && title[0] !== title[0].toLowerCase();
}

function opensOnTitleInCapitals(text: string): boolean {
  const title = TITLE_IN_CAPITALS.exec(text)?.[1].trim();
  return (
    title !== undefined &&
    /\p{Lu}{4}/u.test(title) &&
    title.split(/\s+/).length <= 6 &&
    TITLE_WORD.test(title)
  );
}

/** A notice's label between brackets: opening the text ("[안내] …", "【お知らせ】…") or closing its title, within its
 * first forty characters ("克灰袋の出し方について（お願い）…"); data/notice-openings.json's `bracketed`. */
const BRACKETED_LABEL = lazyPattern(
  () =>
    new RegExp(
      `^(?:[^\\s\\[【［(（]{1,40})?[\\[【［(（]\\s*${alternation(noticeOpenings.bracketed)}\\s*[\\]】］)）]`,
      'iu',
    ),
);

/** A body named as a notice's first words, after an article, then up to eight words of its name and its verb
 * announcing what follows, in the present ("El Ayuntamiento del Municipio de Santiago informa que …", "La mairie de
 * Sète informe les usagers …"; data/document-words.json's `bodies`, data/notice-openings.json's `announces`). */
const BODY_ANNOUNCES = lazyPattern(
  () =>
    new RegExp(
      `^["“„«]?\\s*(?:(?:el|la|los|las|le|les|il|lo|o|a|os|as|der|die|das|de|het)\\s+|l')?${alternation(bodies, { right: true })}(?:\\s+[^\\s.!?:;]+){0,8}?\\s+${alternation(noticeOpenings.announces, { right: true })}`,
      'iu',
    ),
);

/** The first words of `announces`, as plain literals in lower case: a text holding none of them cannot match
 * BODY_ANNOUNCES, which is then never built. */
const ANNOUNCE_WORDS = madeOnFirstUse(() => [
  ...new Set(
    Object.values(noticeOpenings.announces).flatMap((phrases) => phrases.map((p) => p.split(' ')[0])),
  ),
]);
const mayAnnounce = (text: string): boolean => {
  const lower = text.toLowerCase();
  return ANNOUNCE_WORDS().some((word) => lower.includes(word));
};

/** A body's name, one to five capitalised words (small linking words between them), perhaps after a callout's
 * icon, announcing its notice with a colon: "VR informerar:", "Die Gemeinde Wald informiert:", "La Mairie informe :" (data/notice-openings.json's
 * `announcesColon`). */
const NOTICE_ANNOUNCED = lazyPattern(
  () =>
    new RegExp(
      `^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D]{0,8}\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:de|del|della|di|du|des|la|le|der|des|van|of)\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}\\s+${alternation(noticeOpenings.announcesColon, { right: true })}\\s*[:：]`,
      'u',
    ),
);

/** Whether a passage opens as a notice to the public does: its words a body's, a document's. */
export function looksLikeNotice(text: string): boolean {
  // The Uzbek letters oʻ and gʻ are written with the turned comma as often as with an apostrophe.
  const head = text.slice(0, 120).replace(/\u02BB/g, '‘');
  return (
    NOTICE_OPENING.test(head) ||
    NOTICE_FORMULA.test(head.trimStart()) ||
    NOTICE_ANNOUNCED.test(head) ||
    NOTICE_LABEL.test(head.trimStart()) ||
    opensOnNoticeTitle(head.trimStart()) ||
    opensOnTitleInCapitals(head.trimStart()) ||
    opensOnTitleWordPhrase(head.trimStart()) ||
    BRACKETED_LABEL.test(head.trimStart()) ||
    (mayAnnounce(head) && BODY_ANNOUNCES.test(head.trimStart()))
  );
}

/** A signature opening on the body it signs for: "On behalf of the Parish Council, …", and in other languages
 * (data/document-words.json's `onBehalf`: "Vegna bygdaráðið, …", "Im Namen des Vorstands, …"). */
const ON_BEHALF = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(?:(?:for and )?on behalf of|${alternation(onBehalf, { left: true, right: true })})\\s+\\S`,
      'iu',
    ),
);
/** An office that signs a body's letters, or the body itself: "Allotments Officer", "Parks Service". */
const OFFICE =
  /(?<![\p{L}])(?:officer|clerk|secretary|chair|chairman|chairwoman|chairperson|director|manager|administrator|department|service|services|office|council|committee|board|trustees)(?![\p{L}])/iu;
/** The longest signature line read. */
const SIGNATURE_MAX = 120;

/** Whether a signature's piece holds someone's name: a given name or an initial before a word ("Ruth Hale", "J.
 * Hale"). */
const namesSomeone = (piece: string): boolean => {
  const [first, second] = piece.split(/\s+/);
  return isGivenName(first.toLowerCase()) || (/^\p{Lu}\.$/u.test(first) && second !== undefined);
};

/** Whether a passage's last block (its last line is read) is a signature for a body, not a person's: "On behalf of the Parish Council, J.
 * Hale, Clerk", "Vegna bygdaráðið, J. Joensen, formaður", or an office's title alone, with no one's name
 * ("Allotments Officer, Parks Service"). A letter so signed is the body's document. */
export function signedForBody(text: string): boolean {
  const lines = text.trim().split(/\n+/);
  const last = lines[lines.length - 1].trim();
  if (!last || last.length > SIGNATURE_MAX) return false;
  const pieces = last.split(/\s*,\s*/).filter(Boolean);
  if (pieces.length < 2) return false;
  if (ON_BEHALF.test(last)) return true;
  return (
    pieces.every((p) => p.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(p)) &&
    pieces.some((p) => OFFICE.test(p)) &&
    !pieces.some(namesSomeone)
  );
}

/** Documents a title in capitals names: the formal kinds of `DOCUMENT_WORDS`, not its words of several senses
 * ("NEWS IN BRIEF", "THE ACT", "ORDER OF SERVICE" are no document's titles). */
const DOCUMENT_TITLE =
  /\b(?:CERTIFICATE|STATEMENT|NOTICE|MINUTES|RESOLUTION|MOTION|DEED|LEASE|LICEN[CS]E|CHARTER|CONSTITUTION|DECLARATION|MEMORANDUM|PROCLAMATION|AGREEMENT|CONTRACT|BY-?LAWS|REGULATIONS|ANNOUNCEMENT|PRESS RELEASE|COMMUNIQU[EÉ]|AFFIDAVIT|JUDGE?MENT|RULING|WARRANTY|INSCRIPTION)S?\b/u;

/** Whether a passage opens on a title in capitals that names a document: "CERTIFICATE OF REGISTRATION",
 * "STATEMENT FROM THE BOARD OF TRUSTEES", "NOTICE". The title is the text's first line, of a few words and no
 * lower-case letter; its words name a document by `DOCUMENT_TITLE`. */
export function titledAsDocument(text: string): boolean {
  const line = text.trimStart().split('\n', 1)[0].trim();
  return (
    line.length >= 6 &&
    line.length <= 80 &&
    !/\p{Ll}/u.test(line) &&
    /\p{Lu}{4}/u.test(line) &&
    DOCUMENT_TITLE.test(line)
  );
}
