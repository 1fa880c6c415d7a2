// How a page sets words apart as someone else's, shared by the analyser and the content script's cheap
// pre-check (utils/highlight/precheck.ts), so the two never disagree: quotation marks, sentences that hand
// over to a quotation, and boxes indented or ruled like a quotation. It imports only the one slot of lead-in words it reads:
// the pre-check runs on every page and must stay small.

import { that } from './data/lead-in-words.json';
import { alternation, lazyPattern, unicodeExpression, unicodePattern } from './lead-in-words';

/** Opening quotation marks with their closing ones (English, French both ways, German, Japanese; Finnish and
 * Swedish open with the closing mark, ”…”). */
export const OPEN_CLOSE: Readonly<Record<string, string>> = {
  '“': '”',
  '”': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“',
  '‚': '‘',
  '‘': '’',
  '「': '」',
  '『': '』',
};

/** The opening marks of quotations as a page writes them inline or as a cheap sign of one: the single marks
 * (‘ ‚) are left out, since apostrophes and nested quotes use them, and so is ”, which closes every English
 * quotation (only a paragraph opening on it is read as opening one). */
/** A ’ closing a single-quoted quotation: not an apostrophe inside a word ("It’ll", "o’clock"), which has a
 * letter or a digit right after it. */
const SINGLE_CLOSE = /’(?![\p{L}\p{N}])/gu;

/** Where the quotation opened by `opener` at `from - 1` closes in `text`, or -1: „ closes on “ in German and on
 * ” in Polish, Romanian and Hungarian, whichever comes first; ‘ on the first ’ that is no apostrophe (British
 * quotation marks: ‘It’ll be glad of the rest.’); every other mark on its OPEN_CLOSE partner. */
export function closingMarkAt(text: string, opener: string, from: number): number {
  if (opener === '‘') {
    SINGLE_CLOSE.lastIndex = from;
    return SINGLE_CLOSE.exec(text)?.index ?? -1;
  }
  if (opener !== '„') return text.indexOf(OPEN_CLOSE[opener], from);
  const german = text.indexOf('“', from);
  const other = text.indexOf('”', from);
  return german < 0 ? other : other < 0 ? german : Math.min(german, other);
}

export const DOUBLE_OPENERS: readonly string[] = Object.keys(OPEN_CLOSE).filter(
  (m) => m !== '‘' && m !== '‚' && m !== '”',
);

/** A paragraph's own number before its text, as a piece of an expression: "[0004]" in a patent's description,
 * "¶ 12" in a judgment. */
export const PARAGRAPH_NUMBER = '(?:\\[\\d{1,5}\\]|¶\\s*\\d{1,5}\\.?)';

/** A newsroom's claim to a story, as the last words of the sentence before the passage: "X had this first.",
 * "X got there first.", "X broke the story." (English); a piece of an expression. */
/** A claim to what the others lacked: "added something the others didn't", "had a detail everyone else missed". */
export const ONLY_THEY_HAD = String.raw`\b(?:had|has|got|added|adds|carried|carries)\s+(?:something|a detail|a line|a number|one thing|a bit)\s+(?:that\s+)?(?:the others|the rest|everyone else|nobody else|no one else|no-one else)\s+(?:didn[’']t|did not|missed|hadn[’']t|had not|did)`;
export const FIRST_WITH = String.raw`(?:${ONLY_THEY_HAD}|\b(?:(?:had|has|got)\s+(?:this|it|that|the story|the news|there)\s+first|broke\s+(?:this|it|that|the story|the news)(?:\s+first)?|(?:was|were)\s+first\s+(?:with|on)\s+(?:this|it|that|the story|the news)))`;

/** Words of two Latin letters, which English sentences end on too. */
const SHORT_LATIN = /^[a-z]{1,2}$/;

/** A sentence that hands over to what follows: a colon (a footnote's marker after it, "…:[2]", aside), a dash, a comma the block completes
 * (the Arabic script's "،" and the full-width "，" of Chinese too: "وبحسب «الرأي»،", "據…報道，"), "below", or a
 * reporting verb at its end (English, German, French, Spanish), or "that" in the languages of
 * data/lead-in-words.json ("…, че", "…, что", "… kwamba"; not a short Latin word that English also ends on, "at",
 * "go", which only a run-on paragraph reads: quoted-runs.ts), or Turkish "göre" closing "according to X" ("Kuzey
 * Postası'nın haberine göre" / "belediye …": the passage completes the sentence). Armenian ends its sentences in "։" and writes its
 * colon as a point, "." or "․", so a point after an Armenian word hands over ("«…» գրում է."). A sentence
 * saying who had the story first hands over with its full stop too (FIRST_WITH), and so does a Korean or Japanese
 * one saying a reply or a message came ("바로 답장이 왔다.", "すぐに返事が来た。"): what came follows. */
const INTRODUCES_WORDS = String.raw`(?:[:：፦]|፡-?)\s*(?:\[\d{1,3}\]\s*)*(?:["“„«]\s*)?$|(?<=[\u0531-\u0556\u0561-\u0587][»”"]?)[.\u2024]\s*$|[—–-]\s*$|[,،，]\s*$|\b(?:below|beneath|herunter|unten|ci-dessous|abajo)\s*(?:[.:]\s*)?$|\b(?:reports?|reported|writes|wrote|says|said|explains|notes|adds|the following|as follows|that|berichtet|berichtete|schreibt|schrieb|heißt es|folgendes|wie folgt|rapporte|écrit|explique|ce qui suit|informa|escribe|explica|lo siguiente|que|dat|het volgende|als volgt|hieronder|che|quanto segue|come segue|o seguinte)\s*(?:[,:]\s*)?$|(?<![\p{L}])(?:bahwa|že|că|ότι|göre)\s*$|(?:こう|次のように|以下のように)[^。！？]{0,20}[。：]\s*$|(?:이렇게|다음과 같이)\s*[^.!?\s]{1,12}[.:]\s*$|(?:답장|답|문자|메시지|메일|편지)(?:이|가)\s*(?:바로\s*|곧\s*|금방\s*)?(?:왔다|왔어요|왔습니다|도착했다)[.:]\s*$|(?:返事|返信|メッセージ|メール|手紙)が(?:すぐに?)?(?:来た|来ました|届いた|届きました)[。：]\s*$|${FIRST_WITH}\s*[.!]\s*$`;
export const INTRODUCES = lazyPattern(
  () =>
    new RegExp(`${INTRODUCES_WORDS}|${alternation(that, { left: true, except: SHORT_LATIN })}\\s*$`, 'iu'),
);

/** A source's name after "according to" or a reporting verb, in English and the languages read first, right
 * before an inline quotation's opening mark, no colon needed: "Segundo a Folha, “", "Según El País, «", "Według
 * Radia Gdańsk „", "Jak podało TVN24, „". The analyser (passages.ts) adds the words of data/lead-in-words.json;
 * the content script's pre-check reads this much. */
export const NAMED_BEFORE_QUOTE = unicodePattern(
  String.raw`(?:^|[\s(,;])(?:according to|laut|zufolge|selon|d['’]apr[eè]s|seg[uú]n|segundo|secondo|stando a|volgens|enligt|if[oø]lge|według)\s+(?:(?:the|der|die|dem|den|des|le|la|les|l['’]|el|los|las|il|lo|o|a|os|as|het|de)\s*)?[\p{Lu}\p{Lo}\d][^.!?:;“”"«»„「」]{0,50}?,?\s*$|(?<![\p{L}])(?:podał[aoy]?|podali|napisał[aoy]?|pisze|informuje|schreibt|schrieb|berichtet|berichtete|écrit|rapporte|escribe|informa|publica|scrive|riporta|escreve|informou|noticiou|schrijft|schreef|meldt|skriver|skrev|rapporterar)(?![\p{L}])[^.!?“”"«»„「」]{0,40}?[,:]?\s*$`,
  'iu',
);

/** A paragraph opening on a speaker's dash, as the Nordic languages and Polish print speech: "– Vi har inte råd". */
export const SPEECH_DASH = unicodePattern(String.raw`^[–—]\s+\p{Lu}`);

/** Words that end a sentence on "that", handing its rest to a paragraph that finishes it (quoted-runs.ts), in
 * English and the languages read first and those of data/lead-in-words.json. */
export const BREAKS_OFF = lazyPattern(
  () =>
    new RegExp(
      `\\b(?:that|dat|dass|que|che|att|at|qu['’]il|qu['’]elle|qu['’]ils)\\s*$|(?<![\\p{L}])(?:bahwa|že|că|ότι)\\s*$|${alternation(that, { left: true })}\\s*$`,
      'iu',
    ),
);

/** A box's label line giving its source and a date: "News24 · 3 December", "Bloomberg | Dec 3, 2026", "La
 * Presse — 2 décembre", "THE HARBOUR LEDGER · Tuesday" (a weekly's day in English), or the section it ran in
 * ("FISHING NEWS · ANALYSIS", "Pig World · News"), after a word saying what the box is ("EXCERPT · PHOCUSWIRE · 2
 * DEC"). Whether the name is a source is for the analyser (block-evidence.ts) to say, from the expression's
 * groups: one expression, made on first use (`unicodeExpression`). */
/** The sections a newsroom files a story under, as a clipping's label names them. */
const SECTIONS =
  'NEWS|News|ANALYSIS|Analysis|OPINION|Opinion|COMMENT|Comment|FEATURES?|Features?|INTERVIEW|Interview|EDITORIAL|Editorial|INVESTIGATION|Investigation';
export const labelLine = unicodeExpression(
  String.raw`^(?:(?:EXCERPT|Excerpt|excerpt|EXTRACT|Extract|extract|CLIPPING|Clipping|QUOTED|Quoted|FROM|From)\s*[·•|—–:]\s*)?([^·•|—–]{2,40}?)\s*[·•|—–]\s*((?=[^·•|—–]*\d)[\p{L}\d/., -]{1,30}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|${SECTIONS})$`,
);

/** A fold's toggle naming the article it folds away: "부산일보 기사 원문 더보기" (the Busan Ilbo article's text, show
 * more), "조선일보 기사 전문 펼치기". Only a name the table knows counts. */
export const FOLD_LABEL =
  /^(.{2,40}?)\s*(?:기사|보도)\s*(?:원문|전문|본문)?\s*(?:더\s*보기|펼치기|펼쳐\s*보기|보기)$/u;
/** What someone holds of a story when a sentence handing over with a full stop ends on it ("… has the numbers.",
 * "… had the money angle this morning."), as a piece of an expression: one list for this module's HANDS_OVER and
 * the newsroom at work in lead-in-names.ts (NEWSROOM_AT_WORK), so that the two readings of a sentence agree. */
export const STORY_WORDS =
  '(?:numbers?|details?|story|latest|figures?|data|scoop|side|view|angle|take|version|reaction|response|rundown|breakdown)';
/** Someone talked to, at the end of a sentence that hands over with a full stop ("… spoke to the skipper."), as a
 * piece of an expression read here and in NEWSROOM_AT_WORK (lead-in-names.ts). */
export const TALKED_TO = '\\b(?:talked|spoke) (?:to|with) [^.!?:]{1,60}';
/** A sentence that hands over without a colon: "The Grocer has the numbers on own-label.", "Reuters reports.",
 * "Gull Point put the number right at the top of Monday's piece." */
const HOLDING = `\\b(?:has|had|gets|got|puts|put) (?:the|some|all the|more) (?:[\\p{L}’'-]+\\s+){0,2}?${STORY_WORDS}\\b[^.!?:]{0,40}`;
export const HANDS_OVER = unicodePattern(
  `(?:${HOLDING}|${TALKED_TO}|\\b(?:reports|reported|writes|wrote|explains|explained|notes|noted|puts it|put it|adds|added|has more))[.!]\\s*$`,
  'iu',
);
/** A sentence ending on what someone has ("… had the money angle this morning."): it hands over to a box
 * under it, which a verb alone ("… I would want explained.") does not. */
export const HOLDS_STORY = unicodePattern(`${HOLDING}[.!]\\s*$`, 'iu');

/** A sentence pointing at what someone said, ending with a full stop: "Here is what the Globe and Mail reported.",
 * "This is what the paper wrote." It hands over to a box under it as a colon would. */
export const SAYS_WHAT = unicodePattern(
  String.raw`\b(?:here[’']?s|here is|this is|that[’']?s|that is) what\b[^.!?:]{1,60}?\b(?:said|says|reported|reports|wrote|writes|found|had to say|has to say)[.!]\s*$`,
  'iu',
);

/** An indentation of at least this much (CSS px; an em counts 16) sets a block apart. */
const MIN_INDENT_PX = 20;
/** A class that names a quotation box: a quotation word ("quote-block", "wp-block-quote", "news-excerpt",
 * "clipping", a customer's or a volunteer's "testimonial"), or a source's box ("source-box"), as the class's last word
 * or before a word for the box itself or its look ("quote-border", "quote-shade").
 * Not a part of one ("blockquote-footer", "quote-author"), a pulled quote, or a post's own summary
 * ("entry-excerpt" on an archive page). */
const QUOTE_CLASS =
  /^(?:(?!.*(?:pull|callout))(?!(?:.*[-_])?(?:post|entry|article|archive|teaser|summary|card)[-_]?excerpt)(?:.*[-_])?(?:quote|blockquote|quotation|quoted|excerpt|extract|cited|clip|clipping|testimonial|testimony)|(?:.*[-_])?source[-_]?(?:box|block|panel|frame))(?:[-_]?(?:box|block|panel|frame|cell|body|text|content|wrap|wrapper|container|inner|card|border|bordered|shade|shaded|tint|tinted))?$/i;
const BOX_TAGS = new Set(['DIV', 'TD', 'P', 'SECTION']);

function lengthInPx(value: string): number {
  const m = /^(-?\d*\.?\d+)(px|em|rem|pt|%)?$/.exec(value.trim());
  if (!m) return 0;
  const n = Number.parseFloat(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n * 16 : m[2] === 'pt' ? n * 1.33 : m[2] === '%' ? n * 8 : n;
}

/** The left and right margin or padding an inline style gives, longhand or shorthand. */
function sideIndents(style: string): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const m of style.matchAll(/(?:^|;)\s*(margin|padding)(-left|-right)?\s*:\s*([^;!]+)/gi)) {
    const values = m[3].trim().split(/\s+/);
    if (m[2]?.toLowerCase() === '-left') left = Math.max(left, lengthInPx(values[0]));
    else if (m[2]?.toLowerCase() === '-right') right = Math.max(right, lengthInPx(values[0]));
    else {
      // CSS shorthand: 1 value all sides, 2 vertical/horizontal, 3 top/horizontal/bottom, 4 clockwise.
      const l = values[3] ?? values[1] ?? values[0];
      const r = values[1] ?? values[0];
      left = Math.max(left, lengthInPx(l));
      right = Math.max(right, lengthInPx(r));
    }
  }
  return { left, right };
}

/**
 * A box set apart like a quotation without a <blockquote>: a <dd> outside a definition list (old blogs indent
 * with <dl><dd>) or a long one under its term, an element indented on its left only (not a centred or padded layout box) or ruled on its
 * left by its inline style (e-mail newsletters quote in a table cell with a left border), or one whose class
 * says quote. A box holding headings or blockquotes is layout, not a quotation. Whether something introduces
 * the box is for the caller to check: style alone does not make a passage.
 */
export function isQuoteBox(el: Element): boolean {
  return looksSetApart(el) && holdsOnlyWords(el);
}

/** A box of words: no headings or blockquotes of its own, but for a collapsible box's one label. */
export const holdsOnlyWords = (el: Element): boolean => holdsNoSections(el) || labelledToggle(el);

/** A collapsible box whose one heading is its own label, above its words. */
const labelledToggle = (el: Element): boolean =>
  isToggleBox(el) &&
  el.querySelectorAll('h1, h2, h3, h4, h5, h6').length === 1 &&
  !el.querySelector('blockquote');

/** A rule on the left thicker than the box's other sides, set by width: "border-width:1px;
 * border-left-width:6px" (the block editor's bordered group with a heavy left edge). */
function leftRuleOnly(style: string): boolean {
  const left = /border-left-width\s*:\s*([\d.]+)px/i.exec(style);
  if (!left || Number(left[1]) < 3) return false;
  const all = /border-width\s*:\s*([\d.]+)px\s*(?:;|$)/i.exec(style);
  return !all || Number(left[1]) >= Number(all[1]) * 2;
}

/** Whether the element's text runs right to left: the nearest `dir` around it says "rtl". */
function rightToLeft(el: Element): boolean {
  return el.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
}

/** The cheap half of isQuoteBox: tag, inline style and class, and for a <pre> or a row's second cell their own
 * text (read once each, never their subtree's structure). */
export function looksSetApart(el: Element): boolean {
  return looksQuoteStyled(el) || isWeakBox(el);
}

/** A box of one to three paragraphs, or of one run of text of a sentence's length or more, with a class or a style
 * of its own, standing right after a paragraph of the text around it: a notice or a document copied into a box of the page's making ("<div class="notice"><p>…</p>
 * </div>", a bordered group) with no style that sets it apart on the page as read. Weaker than a shaded box: a
 * passage only when the sentence before hands it over as a document or its own first words show one
 * (utils/analysis/passages.ts). */
export function isLoneBox(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'DIV' || !(el.hasAttribute('class') || el.hasAttribute('style')))
    return false;
  const paragraphs = el.children;
  if (paragraphs.length > 3) return false;
  // Its words as one paragraph of text with no element around them ("<div class="notam">A2291/26 NOTAMN …</div>").
  if (paragraphs.length === 0 && (el.textContent ?? '').trim().length < 40) return false;
  for (const p of paragraphs) if (p.tagName.toUpperCase() !== 'P') return false;
  return el.previousElementSibling?.tagName.toUpperCase() === 'P';
}

/** A box set apart only weakly, by a shade, a frame or a callout's class: a passage only when a source is
 * named on it or right under it (utils/analysis/passages.ts). */
export function isWeakBox(el: Element): boolean {
  return isShadedBox(el) || isCalloutBox(el) || isToggleBox(el) || isRecordPre(el);
}

/** What a figure holds when it shows a picture, a chart, a player or a table rather than words. */
const FIGURE_MEDIA =
  'img, picture, video, audio, iframe, svg, canvas, object, embed, table, blockquote, pre, code';

/** The words a <figure> shows as its exhibit, beside its <figcaption> and nothing else: a notice, a letter or a
 * label reproduced as text ("<figure><p>NOTICE TO ALL EMPLOYEES. …</p><figcaption>Notice pinned in the mill
 * yard, 1982. …</figcaption></figure>"). Quoted, as a blockquote in a figure is; its caption says whose. */
export function isCaptionedFigureText(el: Element): boolean {
  const figure = el.parentElement;
  if (figure?.tagName.toUpperCase() !== 'FIGURE') return false;
  const tag = el.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'DIV') return false;
  let caption = false;
  for (const child of figure.children) {
    if (child === el) continue;
    if (child.tagName.toUpperCase() !== 'FIGCAPTION') return false;
    caption = true;
  }
  return caption && (el.textContent ?? '').trim().length >= 80 && figure.querySelector(FIGURE_MEDIA) === null;
}

/** A credit closing a caption: a dash, then a name of one to five words ("— Varsity", "– The Lawyer, 4 May"). */
const CAPTION_CREDIT =
  /[—–]\s*\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+[\p{L}\p{N}.&’'-]+){0,4}(?:,\s*[\p{L}\p{N} ]{1,20})?\s*$/u;
/** A paragraph handing over with a colon. */
const ENDS_IN_COLON = /[:：]\s*$/;
/** Words by which a sentence hands over to a picture, not to words: then the caption is the picture's. */
const POINTS_AT_PICTURE =
  /\b(?:photos?|photographs?|pictures?|pictured|images?|shots?|snaps?|scenes?|views?|looked like|looks like|see for yourself)\b/i;

/** The caption of a picture standing in for a passage: a <figcaption> of a figure showing a picture, a sentence's
 * length of words closing on a dash and a source's name, right after a paragraph handing over with a colon ("On
 * who actually does the work:" / a photograph / "A survey of chauffeurs found … — Varsity"). The caption's
 * words are the passage, its credit names the source. A photograph's own caption and credit, with nothing
 * handing over to it, stays a caption. */
function isCreditedCaption(el: Element): boolean {
  const figure = el.parentElement;
  if (figure?.tagName.toUpperCase() !== 'FIGURE' || figure.querySelector(FIGURE_MEDIA) === null) return false;
  const words = (el.textContent ?? '').trim();
  if (words.length < 80 || !CAPTION_CREDIT.test(words)) return false;
  return handedOverTo(figure);
}

/** Whether the paragraph before a figure hands over to its words with a colon, not to its picture ("On who
 * actually does the work:", not "Here's what the street looked like:"). */
function handedOverTo(figure: Element): boolean {
  const before = figure.previousElementSibling;
  if (before?.tagName.toUpperCase() !== 'P') return false;
  const handing = (before.textContent ?? '').slice(-160);
  return ENDS_IN_COLON.test(handing) && !POINTS_AT_PICTURE.test(handing);
}

/** A dash and a credit closing a text's last sentence, in the same paragraph: "… nei giorni festivi. — La
 * Serenissima, 4 dicembre" (group 1, from the dash). */
export const DASH_CREDIT_AT_END = unicodeExpression(String.raw`[.!?…"”»]\s+([—–]\s*\p{Lu}[^—–.!?]{1,60})$`);

/** A picture's caption that quotes: a <figcaption> in a <figure> showing a picture, of 80 characters or more, its
 * last sentence followed by a dash credit ("<figure><img><figcaption>Le navette partiranno … — La Serenissima, 4
 * dicembre</figcaption></figure>"), after a paragraph handing over to its words. A passage only when the credit
 * names an outlet (utils/analysis/passages.ts): a photographer's or a picture agency's credit closes many a long
 * caption. */
export function isQuotingCaption(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'FIGCAPTION') return false;
  const figure = el.parentElement;
  if (figure?.tagName.toUpperCase() !== 'FIGURE' || !figure.querySelector('img, picture')) return false;
  const text = (el.textContent ?? '').trim();
  return text.length >= 80 && text.length <= 2_000 && DASH_CREDIT_AT_END().test(text) && handedOverTo(figure);
}

/** A <pre> holding a record rather than prose or code: lines of labels, words and figures ("RING Z71094 SPECIES
 * Robin (Erithacus rubecula)" over its dates and weights), a form or a register laid out in columns. Like a
 * shaded box, a passage only when a source is named on it or under it, or when the sentence before hands it
 * over as a text ("She sent the recovery report too:"); most such blocks are the writer's own tables. */
function isRecordPre(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'PRE') return false;
  const sample = (el.textContent ?? '').slice(0, 4_000);
  if (sample.trim().length < 40 || /[{};=<>$\\]/.test(sample) || readsAsProse(sample)) return false;
  return (sample.match(LETTER_WORDS())?.length ?? 0) >= 8;
}

/** A collapsible box ("kg-toggle-card", "wp-block-accordion-item", a <details>, Tistory's "moreLess" fold): most
 * hold the writer's FAQ answers, some a clipping whose heading or toggle names its source ("Euractiv, Tuesday —
 * the Commission's letter", "부산일보 기사 원문 더보기"). */
function isToggleBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'DETAILS') return el.querySelector('blockquote') === null;
  if (tag === 'DIV' && el.getAttribute('data-ke-type') === 'moreLess')
    return el.querySelector('blockquote') === null;
  return (
    (tag === 'DIV' || tag === 'SECTION') &&
    /toggle|accordion/i.test(classText(el)) &&
    [...el.classList].some((c) => /(?:^|[-_])(?:toggle|accordion)(?:[-_](?:card|block|item))?$/i.test(c))
  );
}

/** A page builder's callout ("notion-callout", "wp-block-callout", Ghost's "kg-callout-card") or a documentation
 * generator's admonition (Sphinx's and MkDocs' "admonition note", GitBook's "hint hint-info", VitePress's and
 * VuePress's "warning custom-block"), or a blog engine's note tag (Hexo's
 * NexT, Butterfly and Fluid themes: "note info", "note warning flat", "note note-info"): an icon or a label and a few lines, most
 * often the writer's note, sometimes a clipping labelled with its source ("La Presse — 2 décembre") or a text the
 * sentence before hands over ("as described in the contributor agreement:", "As we wrote in March:"). */
function isCalloutBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'DIV' && tag !== 'SECTION') return false;
  const classes = classText(el);
  if (!/callout|admonition|hint|note|custom-block/i.test(classes)) return false;
  return (
    [...el.classList].some(
      (c) =>
        /(?:^|[-_])(?:callout|admonition)$/i.test(c) ||
        // Ghost's callout card: "kg-callout-card", beside its colour's class.
        /^kg-callout-card$/i.test(c) ||
        c === 'custom-block' ||
        /^hint-(?:info|warning|danger|success|tip|note)$/i.test(c),
    ) || HEXO_NOTE.test(classes)
  );
}

/** Hexo's note tag as its themes write it: the class "note" and its style's word ("note info", "note
 * warning flat"; its Fluid theme's "note note-warning"), not a note of any other kind ("footnote", "note-count"). */
const HEXO_NOTE =
  /(?:^|\s)note\s+(?:\S+\s+)*?(?:note-)?(?:default|primary|secondary|success|info|warning|danger|light)(?:\s|$)/i;

/** An element's class attribute as written. Read first so that the class rules, asked of every element the
 * article's walk enters, cost one test on the string for the many elements whose classes say nothing. */
function classText(el: Element): string {
  return typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
}

/** The words QUOTE_CLASS needs one of, tested on the whole attribute before any class is. */
const QUOTE_CLASS_WORDS = /quot|excerpt|extract|cited|clip|source|indent|testimon/i;
/** A class that says the box is indented ("frame-indent" in TYPO3's content elements, "indented"), as a left
 * margin in its style would; not a first line's indent, nor a level of nesting ("indent-2"). */
const INDENT_CLASS =
  /^(?!.*(?:text|first|no|un)[-_]?indent)(?:.*[-_])?indent(?:ed)?(?:[-_](?:left|block|box))?$/i;

/** A box its class calls a testimonial ("testimonial", "testimonial-box"; not a list of them, "testimonials"):
 * someone's words by what it is, introduced or not. */
const TESTIMONIAL_CLASS =
  /^(?:.*[-_])?testimon(?:ial|y)(?:[-_](?:box|block|panel|card|cell|body|text|content|quote))?$/i;
export const isTestimonial = (el: Element): boolean =>
  QUOTE_CLASS_WORDS.test(classText(el)) && [...el.classList].some((c) => TESTIMONIAL_CLASS.test(c));

/** reStructuredText's verse (docutils' "line-block": a <div class="line"> per line, Nikola, Pelican, Sphinx):
 * lines kept as written and set apart from the prose, as a poem or lyric quoted whole is. */
function isLineBlock(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'DIV' || !el.classList.contains('line-block')) return false;
  const lines = el.children;
  if (lines.length < 2) return false;
  for (const line of lines)
    if (!line.classList.contains('line') && !line.classList.contains('line-block')) return false;
  return true;
}

/** looksSetApart but for a box only shaded, framed or a callout: set apart the way quotations are. */
export function looksQuoteStyled(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // A <dd> indents; in a definition list, only a long one under its term (a link round-up's excerpt under
  // its headline), as a glossary's short definitions are no quotation.
  if (tag === 'DD')
    return (
      !el.parentElement?.querySelector(':scope > dt') ||
      (el.previousElementSibling?.tagName.toUpperCase() === 'DT' &&
        (el.textContent ?? '').trim().length >= 80)
    );
  if (tag === 'PRE') return readsAsProse(el.textContent ?? '');
  if (tag === 'FIGCAPTION') return isCreditedCaption(el) || isQuotingCaption(el);
  if (!BOX_TAGS.has(tag)) return false;
  if (tag === 'TD' && (isShadedLoneCell(el) || isCreditedCell(el) || isMarkedCell(el))) return true;
  if (isCaptionedFigureText(el)) return true;
  // A quoting callout rendered as a <div> (Obsidian Publish's `<div data-callout="quote" class="callout">`), as
  // the same callout in a <blockquote> is.
  if (/^(?:quote|cite)$/i.test(el.getAttribute('data-callout') ?? '')) return true;
  let styled = false;
  const style = el.getAttribute('style');
  if (style && !/text-align\s*:\s*center/i.test(style)) {
    const ruled =
      (/border-left\s*:\s*[^;]*(?:solid|\d+px)/i.test(style) && !/border(?:-right)?\s*:/i.test(style)) ||
      leftRuleOnly(style);
    // In a right-to-left text a quotation is indented from the right, where its lines begin.
    const sides = sideIndents(style);
    const [start, end] = rightToLeft(el) ? [sides.right, sides.left] : [sides.left, sides.right];
    styled = ruled || (start >= MIN_INDENT_PX && start > end * 1.5);
  }
  return (
    styled ||
    isLineBlock(el) ||
    (QUOTE_CLASS_WORDS.test(classText(el)) &&
      [...el.classList].some((c) => QUOTE_CLASS.test(c) || INDENT_CLASS.test(c)))
  );
}

/** A class that frames or boxes its element, or calls it a notice, as a stylesheet the analysis does not read
 * draws it: a block style ("is-style-bordered", "is-style-boxed"), "bordered", "framed-box", "notice"; not a
 * part of the layout ("no-border", "borderless", a site's "cookie-notice" or "notice-bar"). */
const FRAME_CLASS = /^(?:is-style-)?(?:bordered|boxed|framed|outlined|notice)(?:[-_](?:box|block|panel))?$/i;

/**
 * A <div> or <section> boxed only by a shade or a frame ("border:1px solid #999; background:#f5f5f5"): a
 * quotation in some blogs (a French "encadré" credited "(Le Figaro)" under it), a note or a sign-up box in
 * most. Such a box is a passage only when a source is named on it or right under it, never by a lead-in
 * alone (utils/analysis/passages.ts). Only a box of text: one holding other boxes is a layout wrapper, and the
 * boxes inside it are looked at on their own.
 */
export function isShadedBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TD') return isShadedRowCell(el);
  // The block editor shades a paragraph by the same class ("<p class="has-background">"): a paragraph boxed alone.
  if (tag === 'P') return el.classList.contains('has-background');
  if (tag !== 'DIV' && tag !== 'SECTION') return false;
  const style = el.getAttribute('style') ?? '';
  // The block editor shades a group by its class ("wp-block-group has-background has-base-2-background-color"),
  // its colour in the theme's stylesheet, and frames one by its class and the frame's width in its style
  // ("has-border-color", "border-color:#1e73be;border-width:2px").
  return (
    (/background(?:-color)?\s*:|(?:^|;)\s*border\s*:\s*[^;]*(?:solid|\d+px)|(?:^|;)\s*border-width\s*:\s*[1-9]/i.test(
      style,
    ) ||
      el.classList.contains('has-background') ||
      el.classList.contains('has-border-color') ||
      [...el.classList].some((c) => FRAME_CLASS.test(c))) &&
    el.querySelector('div, section, table, blockquote, dl, pre, ul, ol') === null
  );
}

/** The long one of a row's two cells beside a short one: "<td>Yonhap</td><td>Seoul will seek…</td>" in a table
 * of press coverage, or "<td>The territory now expects…</td><td>Cabin Radio</td>" with the source after, or of
 * three cells the others a name and a date ("<td>Reuters</td><td>4 Dec</td><td>A Dutch contractor won…</td>").
 * Whether the short cell names a source is for the caller (block-evidence.ts). */
export function isCreditedCell(td: Element): boolean {
  const label = creditCellOf(td);
  if (!label) return false;
  const length = (label.textContent ?? '').trim().length;
  return length > 1 && length <= 60 && (td.textContent ?? '').trim().length >= 80;
}

/** A cell that holds a date and nothing more: "4 Dec", "2026-12-04", "Dec. 4, 2026", "4/12". */
const DATE_CELL = unicodePattern(
  String.raw`^(?=.*\d)(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)$`,
);

/** The other cell of a row of exactly two cells, or the name cell of a row of three whose middle or far cell
 * holds a date, the row's first or last cell being `td`; or null. */
export function creditCellOf(td: Element): Element | null {
  const before = td.previousElementSibling;
  const after = td.nextElementSibling;
  const other = before && !after ? before : after && !before ? after : null;
  if (other?.tagName.toUpperCase() !== 'TD') return null;
  const beyond = other === before ? other.previousElementSibling : other.nextElementSibling;
  if (!beyond) return other;
  // Three cells: a name, a date, and the passage at either end.
  if (beyond.tagName.toUpperCase() !== 'TD') return null;
  if (other === before ? beyond.previousElementSibling : beyond.nextElementSibling) return null;
  const isDate = (cell: Element) => DATE_CELL.test((cell.textContent ?? '').trim());
  if (isDate(other) && !isDate(beyond)) return beyond;
  if (isDate(beyond) && !isDate(other)) return other;
  return null;
}

/** A cell between two cells that hold nothing but a quotation's opening and closing marks: a wiki's quote
 * template ("<td>“</td><td>You keep the lamp lit …</td><td>”</td>", MediaWiki's Cquote). */
export function isMarkedCell(td: Element): boolean {
  const before = td.previousElementSibling;
  const after = td.nextElementSibling;
  if (before?.tagName.toUpperCase() !== 'TD' || after?.tagName.toUpperCase() !== 'TD') return false;
  const open = (before.textContent ?? '').trim();
  const close = (after.textContent ?? '').trim();
  return open in OPEN_CLOSE && OPEN_CLOSE[open] === close;
}

/** Words of two letters or more, any script's (with the g flag, for `match`). */
const LETTER_WORDS = unicodeExpression(String.raw`\p{L}{2,}`, 'gu');

/** Preformatted text that is prose, not code or data: wire copy pasted as it moved. Letters and spaces, few of
 * the characters code is made of. */
function readsAsProse(text: string): boolean {
  const sample = text.slice(0, 4_000);
  if (sample.trim().length < 80) return false;
  const code = sample.match(/[{}();=<>$#|\\[\]_*]/g)?.length ?? 0;
  const words = sample.match(LETTER_WORDS())?.length ?? 0;
  return code <= sample.length * 0.005 && words >= 15;
}

/** The longest text of a credit or caption row under a boxed cell: "Global Coffee Report · 2 Dec". */
const CREDIT_ROW_MAX = 80;

/** The only cell of its table, or above rows of one short cell each (a credit or a caption), shaded ("<td
 * bgcolor=#EEEEEE>", a background style) or framed ("border:1px inset"): how hand-made pages, e-mails and old
 * forums box a passage. */
function isShadedLoneCell(td: Element): boolean {
  const row = td.parentElement;
  const section = row?.parentElement;
  if (!row || !section || row.children.length !== 1 || section.firstElementChild !== row) return false;
  for (let next = row.nextElementSibling; next; next = next.nextElementSibling)
    if (next.children.length !== 1 || (next.textContent ?? '').trim().length > CREDIT_ROW_MAX) return false;
  const style = td.getAttribute('style') ?? '';
  // Shaded, or framed all round (vBulletin's quote cell, "border:1px inset").
  return (
    td.hasAttribute('bgcolor') ||
    /background(?:-color)?\s*:|(?:^|;)\s*border\s*:\s*[^;]*(?:solid|inset|\d+px)/i.test(style)
  );
}

/** A shaded or framed row of an e-mail newsletter laid out in one column of one-cell rows ("<tr><td
 * style=background:#f6f1ea>…</td></tr>", "border:1px solid #b9c7cf", between the rows of the writer's own text):
 * a box as a shaded <div> is, a passage only when a source is named on it, right under it or in the lead-in above
 * (passages.ts). Its rows' own cells only, none holding a table or a box of its own; the table's first and last
 * rows are its masthead and its footer. */
function isShadedRowCell(td: Element): boolean {
  const row = td.parentElement;
  const section = row?.parentElement;
  if (!row || !section || row.children.length !== 1) return false;
  if (row === section.firstElementChild || row === section.lastElementChild) return false;
  const rows = section.children;
  if (rows.length < 4) return false;
  for (const other of rows) if (other.children.length !== 1) return false;
  const style = td.getAttribute('style') ?? '';
  return (
    (td.hasAttribute('bgcolor') ||
      /background(?:-color)?\s*:|(?:^|;)\s*border\s*:\s*[^;]*(?:solid|\d+px)/i.test(style)) &&
    td.querySelector('table, div, blockquote, ul, ol, pre, h1, h2, h3, h4, h5, h6') === null
  );
}

/** The costly half of isQuoteBox (it searches the box): a box holding headings or blockquotes is layout. */
export function holdsNoSections(el: Element): boolean {
  return !el.querySelector('h1, h2, h3, h4, h5, h6, blockquote');
}
