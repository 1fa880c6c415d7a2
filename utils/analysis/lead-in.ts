// Reads the sentence that introduces a quoted block: "Case in point, here's Reuters with the latest:",
// "And more from BBC:", "On Friday, Reuters reported that ...:", "as the FT explains:", "according to X",
// "via X", "Last week, we said the following:". Links count: a link's domain names its outlet even when
// the words do not.

import { shortNameKey } from '../outlets/normalise';
import type { Outlet, OutletLookup, OutletMentionRef as OutletMention } from '../outlets/types';
import { siteHostOf } from '../url';
import { isCountryName } from './country-names';
import { OTHER_DOCUMENTS, OTHER_LETTER_FROM_BODY } from './document-words';
import {
  bareAttribution,
  linkedName,
  newsroomAsSubject,
  newsroomAtWork,
  personAtWork,
  possessedJobHolder,
  possessedPersonName,
  TOLD_AFTER_OTHER,
  TOLD_AFTER_TURKISH,
  TOLD_BEFORE_SLOTS,
  TOLD_BEFORE_WORDS,
  toldBeforeData,
  toldBeforeOther,
  unknownOutlet,
  withoutGermanArticle,
  withoutMediaArticle,
  withoutTitleArticle,
} from './lead-in-names';
import {
  type CaselessSplit,
  caselessSource,
  foldAscii,
  gatedPattern,
  lazyPattern,
  madeOnFirstUse,
} from './lead-in-words';
import {
  companyShaped,
  looksLikeOutletName,
  looksLikePersonName,
  NAME,
  nameShape,
  type SourceGuess,
  siteOf,
} from './name-source';
import {
  FROM_COMMENTS,
  OTHER_BUT,
  OTHER_BUT_WITHIN,
  OTHER_DOCUMENT_NAMES,
  OTHER_SELF_REFERENCE,
  OTHER_SOMEONES_WORDS,
  someonesWordsOf,
} from './own-voice';
import { givenToSomeone } from './said-by';
import { INTRODUCES } from './set-apart';
import { spellsDomain } from './site-names';
import {
  BODY_WORDS,
  BOOK_WORDS,
  bodyNamed,
  DOCUMENT_WORDS,
  INTERVIEWED_SPLIT,
  LEAD_AFTER,
  LEAD_BEFORE,
  NAMED_PLAN,
  NEWS_WORDS,
  PATENT_NUMBER,
  PERSON_SPEAKS,
  PERSON_WORDS,
  pastProgramme,
  pointsBack,
  SELF_REFERENCE,
  SOMEONES_TEXT,
} from './source-words';
import { datasetNamesIn } from './table-names';
import { titledPerson } from './titled-person';

export interface LeadInLink {
  href: string;
  /** Offsets of the link's text within the lead-in. */
  start: number;
  end: number;
}

export interface LeadInContext {
  outlets: OutletLookup;
  publication: string | null;
  publicationHost: string | null;
  /** Outlets named or linked earlier in the article, for back-references ("A Times reporter"). */
  earlierOutlets: () => Outlet[];
  /** Whether the article names a person with this surname ("Elon Musk" for "Musk"). */
  isSurname: (word: string) => boolean;
  /** The page's language (`<html lang>`, primary subtag), for words read in one language only. */
  language?: string | null;
  /** The page's title, which may say what the page itself is ("FRRA minutes 1 Dec 2026"). */
  pageTitle?: string | null;
  /** The page is a project's own documentation (its title a generator's, "… — Tessellate 3.2 documentation"). */
  projectDocs?: boolean;
}

export interface LeadInReading extends SourceGuess {
  /** Where the source's name sits in the lead-in, for highlighting. */
  mention: { start: number; end: number } | null;
}

/** The last sentence of a block's text: the part that introduces what follows. */
export function lastSentence(text: string): { sentence: string; offset: number } {
  const trimmed = text.replace(/\s+$/, '');
  const probe = trimmed.slice(0, -2);
  let cut = 0;
  // A capital opens the next sentence, or a letter of a script without case (Korean, Arabic, …); the danda and
  // the Ethiopic full stop end a sentence as a full stop does.
  const boundary = /[.!?।።]["”’)»]?\s+(?=["“‘(«]?[\p{Lu}\p{Lo}])/gu;
  for (let m = boundary.exec(probe); m; m = boundary.exec(probe)) {
    // Skip abbreviations and initials ("Mr. Smith", "U.S. officials").
    const before = probe.slice(Math.max(0, m.index - 4), m.index + 1);
    if (
      /(?:\b\p{Lu}|\bMrs?|\bMs|\bDr|\bSt|\bGen|\bNo|\bSen|\bRep|\bGov|\bLt|\bCol|\bJr|\bSr|\bvs)\.$/u.test(
        before,
      )
    )
      continue;
    cut = m.index + m[0].length;
  }
  return { sentence: trimmed.slice(cut), offset: cut };
}

export { INTRODUCES } from './set-apart';

const TOLD =
  /\b(?:told|in an interview with|speaking (?:to|with)|interviewed by|appeared on|on air with|sagte (?:der|dem|die)|sagte gegenüber (?:der|dem)|(?:a )?déclaré (?:au|à la|à)|a dit (?:au|à la|à)|dijo a(?:l)?|declaró a(?:l)?)\s+(?:the\s+)?$/i;
/** The same with the outlet after the words in other languages (lead-in-names.ts), built from the words a
 * page's texts can hold. */
export const TOLD_OTHER_SPLIT: CaselessSplit = {
  fixed: lazyPattern(() => new RegExp(`(?<![\\p{L}])(?:${TOLD_BEFORE_WORDS})\\s*[«„]?$`, 'iu')),
  // With the i flag, \p{L} also takes in U+0345, which folds to a letter (ι).
  caseless: (words) => new RegExp(`(?<![\\p{L}\\u0345])(?:${toldBeforeData(words, true)})\\s*[«„]?$`, 'u'),
};
export const TOLD_OTHER = gatedPattern(
  TOLD_BEFORE_SLOTS,
  (words) => new RegExp(`(?<![\\p{L}])(?:${toldBeforeOther(words)})\\s*[«„]?$`, 'iu'),
  TOLD_OTHER_SPLIT,
);

/** Japanese and Korean words after a name that make it the source: "日本経済新聞によると", "NHKが報じた",
 * "한겨레는 이렇게 보도했다", "조선일보에 따르면", "KBS의 보도", "KBS 보도에 따르면" (by its report), "道新は社説で「…」と書いている",
 * "NHKの記事によると". */
const CJK_LEAD_AFTER =
  /^\s*(?:によると|によれば|が報じ|は報じ|報道|の報道|の取材に|の(?:記事|ニュース)によ(?:ると|れば)|[はが](?:社説|記事|コラム|紙面|番組)(?:で|の中で)|(?:은|는|이|가)\s*(?:이렇게\s*|다음과\s*같이\s*|이어서\s*)*(?:보도|전했|썼|밝혔)|(?:(?:의\s*)?(?:보도|기사)\s*)?에\s*(?:따르면|의하면)|의\s*보도)/u;

/** "who covers shipping for the …", "who writes for …", "who worked at …", "who used to write for …", "who retired
 * from the …": a person's job at the outlet named next, held now or once. */
const JOB_BEFORE =
  /\bwho\s+(?:(?:covers|writes|reports|works|worked|edits|presents|hosts|used to (?:cover|write|report|work|edit|present|host))\b[^.,;:]{0,40}\b(?:for|at|on)|(?:retired|resigned)\s+from)\s+(?:the\s+)?$/i;

/** A clause about someone set off by commas, up to a name inside it: "A reader, Marjorie, who tells me she has
 * taken the …, wrote in": the name describes the person, whose words follow. */
const WHO_CLAUSE_BEFORE = /,\s*who\s[^,;:.!?]{0,90}$/i;

/** A clause of time opening a sentence, up to a name in it: "After the", "Since that", "Following last week's". */
const TIME_CLAUSE_BEFORE = /(?:^|[.!?]\s+)(?:After|Since|Following)\s+[^,.;:!?]{0,40}$/u;

/** Jobs at a newsroom that a person held. */
const NEWSROOM_JOBS =
  '(?:photographer|photojournalist|reporter|correspondent|(?:sub|copy)[- ]?editor|editor|columnist|writer|critic|journalist|producer|presenter|anchor|newsreader|announcer|broadcaster|cameraman|camerawoman|camera operator|sound recordist|engineer|designer|illustrator|cartoonist|printer|typesetter|compositor|stringer|freelancer|contributor|intern|researcher|staffer|driver|secretary)';

/** A person described by a job they hold or held at the outlet named next: "who spent thirty years as a
 * photographer for the …", "once a cameraman at …", "formerly the chief sub-editor on …". The outlet was their
 * employer; what they send is their own words, not its report. */
const HELD_JOB_BEFORE = new RegExp(
  `(?:\\bwho\\b[^.;:]{0,50}?\\b(?:as|was|were|been)|\\b(?:once|formerly|previously|later))\\s+(?:(?:an?|the|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}${NEWSROOM_JOBS}s?\\s+(?:for|at|with|on)\\s+(?:the\\s+)?$`,
  'iu',
);

/** Whether a newsroom's name only describes someone or says when, and so names no source by any reading: a job
 * held there ("Tom Reyes, who covers shipping for the Financial Times", "who retired from the Times"), a clause
 * about someone set off by commas ("A reader, who has taken the Guardian for years, wrote in:"), or a clause
 * of time opening the sentence before someone's words ("After the Telegraph piece, a reader sent us …"). */
function onlyContext(text: string, m: OutletMention): boolean {
  if (JOB_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start))) return true;
  if (
    WHO_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) &&
    /^[^,;:.!?]{0,60},/.test(text.slice(m.end))
  )
    return true;
  if (HELD_JOB_BEFORE.test(text.slice(Math.max(0, m.start - 110), m.start))) return true;
  if (!TIME_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  const rest = /^[^,.;:!?]{0,40},\s*([\s\S]*)$/.exec(text.slice(m.end))?.[1];
  return !!rest && (PERSON_WORDS.test(rest) || SOMEONES_TEXT.test(rest) || TURNED_TO_PEOPLE.test(rest));
}

/** Thanks before a name, perhaps after another thanked, and what for after it: "Thank you to X for covering
 * this", "Thanks to X and Y for running the story". */
const THANKS_BEFORE =
  /\b(?:thanks|thank you|thank-you|kudos|hats off|grateful)\s+(?:(?:again\s+)?to\s+)?(?:[^.!?:]{1,60}?\s+and\s+)?(?:the\s+)?$/i;
/** Someone's own, by a possessive after an article: "One member's answer", "a skipper's answer". */
const SOMEONES_OWN = /\b(?:one|a|an|another)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+[’']s\s/iu;
const THANKED_FOR =
  /^\s*(?:and\s+[^.!?]{1,60}?\s+)?for\s+(?:covering|featuring|running|reporting|writing|picking|sharing|highlighting|airing|having)\b/i;

function scoreMention(text: string, m: OutletMention, introduces: boolean): number {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const from = pastProgramme(text, m.end);
  const after = text.slice(from, from + 60);
  // "Reuters, citing a report in the Nikkei, says:", "The Globe, quoting an AP tally, says:": the cited outlet
  // is the source's source ("Quoting the Guardian:" opening the sentence is the blogger's own hand-over).
  if (
    /(?:\bciting|,\s*quoting)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:(?:in|from|by)\s+)?(?:the\s+)?$/iu.test(
      before,
    )
  )
    return -1;
  // "X told the Texas Tribune": the outlet carried X's words, so it is the passage's source (X its speaker).
  if (
    TOLD.test(before) ||
    TOLD_OTHER.test(before) ||
    TOLD_AFTER_TURKISH.test(after) ||
    TOLD_AFTER_OTHER.test(after)
  )
    return 1 + (introduces ? 1 : 0);
  // "as The Economist's correspondent in Lagos" describes a person's job, not a source.
  if (
    /\bas\s+(?:an?\s+|the\s+)?$/i.test(before) &&
    /^[’']s\s+(?:\p{L}+\s+){0,2}(?:correspondent|reporter|editor|columnist|writer|critic|bureau chief|journalist|photographer|producer|anchor)\b/iu.test(
      after,
    )
  )
    return -1;
  if (onlyContext(text, m)) return -1;
  // "Thanks to Gull Point Radio for covering the closure. One member's answer …:": thanks for coverage,
  // in a sentence of its own before one handing over someone's words, credit no passage.
  if (THANKS_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) && THANKED_FOR.test(after)) {
    const next = /[.!]\s+(\S[\s\S]*)$/.exec(text.slice(m.end))?.[1];
    if (next && (SOMEONES_OWN.test(next) || TURNED_TO_PEOPLE.test(next) || SOMEONES_TEXT.test(next)))
      return -1;
  }
  // "the former Financial Times correspondent" describes a person, not a source.
  if (/\b(?:former|ex-|onetime|one-time|retired|erstwhile)\s*(?:the\s+)?$/i.test(before)) return -1;
  let score = 0;
  if (LEAD_BEFORE.test(before)) score += 2;
  if (LEAD_AFTER.test(after) || CJK_LEAD_AFTER.test(after) || INTERVIEWED_SPLIT.test(after)) {
    score += 2;
    // The sentence's subject doing the reporting ("Politico has the view from the Hill:") outranks a name
    // later in the sentence.
    if (
      /^\s*(?:(?:and|but|now|meanwhile|also|then|et|und|y)\b[\s,]*)?(?:the\s+)?$/i.test(
        text.slice(0, m.start),
      )
    )
      score += 1;
  }
  if (introduces) score += 1;
  return score;
}

/** Link words that say "a news story": the link points at the report itself, not at a person or a paper. Chinese
 * words stand outside the word boundaries, which Han characters do not make ("呢篇報道", "这篇文章"). */
const STORY_WORDS =
  /\b(?:report(?:ed|s|ing)?|stor(?:y|ies)|piece|(?:news)?paper(?:\s+of\s+record)?|tabloid|broadcaster|news agency|wire service|news site|article|coverage|reviews?|first look|hands-on|write-?up|scoop|dispatch|investigation|peça|notícia|reportagem|artigo|artículo|noticia|reportaje|crónica|papier|enquête|reportage|Artikel|Bericht|Beitrag|berichtete?|articolo|pezzo|servizio|inchiesta|stuk|verhaal|nieuwsbericht|artikeln|artiklen|artikkelen|artikkeli(?:ssa)?|jutussa|articol(?:ul)?|haber(?:de|inde|i)?|makale(?:de|si)?|cikk(?:ben|et|ét|e|ében|éből|ből|ről|re)?|tudósítás(?:ban|a|át)?|riport(?:ban|ja)?)\b|(?:報道|报道|報導|报导|新聞|新闻|文章|專訪|专访|社論|社论)/iu;

/** Someone speaking after a link: "Jane Doe, asked about <a>the story</a>, said:", "When we showed him <a>the
 * article</a>, he said:". The story is what the speaker answers, not the passage's source. */
const SPEAKS_AFTER =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|\p{Lu}\p{Ll}+)\s+(?:said|says|told|replied|answered|responded|added|explained|wrote|writes)\b|^[^.!?:]{0,80}?,\s*(?:said|says|told|replied|answered|responded|added|explained)\b/u;

/** A URL path holding a year and a month, as news sites file their stories. */
const DATED_PATH = /\/20\d\d[/-][01]\d(?:[/-][0-3]\d)?(?=[/-]|$)/;

/** A body's or a business's name alone before the colon ("Station Road Surgery:", "Ward 7 Residents'
 * Association:"): it labels that body's own text, a notice or a statement. */
const bodyLabel = (sentence: string): boolean => {
  const name =
    /^\s*((?:The\s+)?\p{Lu}[\p{L}\d’'.&-]*(?:\s+(?:(?:&|and|of|for)\s+)?[\p{Lu}\d][\p{L}\d’'.&-]*){1,6})\s*[:：]\s*$/u.exec(
      sentence,
    )?.[1];
  return name !== undefined && (bodyNamed(name) || companyShaped(name));
};

/** A verb handing over a body's own words, ending the sentence: read first, so that the longer expression below
 * runs only on such a sentence. */
const BODY_SAYS_END = /\b(?:says|said|states|stated|writes|wrote|advises|advised|puts it)\s*[:：]\s*$/i;
/** A body as the subject handing over its own words ("this is what the regulator itself says:", "The county
 * council states:"): its text, a document, as "From the Committee:" labels one. The body's word must end the
 * subject: "the council leader says:" is a person. */
const BODY_SAYS =
  /\b(?:the|its|our|your|their)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:itself|actually|really|now|also|officially|clearly|plainly|simply)\s+)*(?:says|said|states|stated|writes|wrote|advises|advised|puts it)\s*[:：]\s*$/iu;
const bodySays = (sentence: string): boolean => {
  if (!BODY_SAYS_END.test(sentence)) return false;
  const word = BODY_SAYS.exec(sentence)?.[1];
  return word !== undefined && BODY_WORDS.test(word);
};

/** A newsroom's piece named as being about something: "a write-up of", "a good piece on", "the story about". */
const PIECE_ABOUT = /\b(?:write-?up|piece|article|story|coverage|explainer)\s+(?:of|on|about)\b/i;

/** Words that only point at a link's target: "here", "over here", "this", and "here" in the languages of most
 * lead-ins ("steht <a>hier</a>", "lire <a>ici</a>", "<a>aquí</a>", "<a>qui</a>", "<a>aqui</a>", "<a>tutaj</a>",
 * "<a>här</a>"; not "her", an English pronoun). */
const POINTING =
  /^(?:(?:over|right|more|read it|see)\s+)?(?:here|this|hier|ici|aquí|aqui|acá|qui|tutaj|här)$/iu;
/** An address whose last part is a story's slug of several words ("/news/london-december-sale-quiet-room"). */
const STORY_PATH =
  /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:[^?#]*\/)?[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}(?:\.html?)?\/?(?:[?#]|$)/iu;

/** Words after a linked name saying the person spoke rather than wrote: "<a>Jane Roe</a> said:". */
const SPOKE_AFTER = /^\s*(?:said|says|told|asked|replied|answered|responded|added)\b/;

/** An address whose last part is a slug of two words or more under a folder of the site's
 * ("/columns/street-money"), as a newsroom files a column or a story. */
const FILED_SLUG =
  /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:[^?#/]+\/)+([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)(?:\.html?)?\/?(?:[?#]|$)/iu;

/** Whether a link to a writer's name goes to a piece filed on the site: a story's slug of three words or more, or
 * a slug of two under a folder that does not spell the name (a profile page's is "/people/marta-quinn"). */
function filedPiece(name: string, href: string): boolean {
  if (STORY_PATH.test(href)) return true;
  const slug = FILED_SLUG.exec(href)?.[1];
  return !!slug && slug.replace(/-/g, '').toLowerCase() !== name.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** A writer's name linked to their story on another site ("<a href=…/stories/the-old-quay-and-the-new-math/>Marta
 * Quinn</a> laid it out this week:", "<a href=…/columns/street-money>Kate Harlan</a>"): the site published the
 * words. Not a site the name spells (the writer's own), nor a person said to speak. */
function writerOfStory(words: string, href: string, after: string): boolean {
  const name = words.trim();
  if (nameShape(name) !== 'person' || !filedPiece(name, href) || SPOKE_AFTER.test(after)) return false;
  const site = siteOf(href);
  return site !== null && !spellsDomain(name, site);
}

function storyLink(
  text: string,
  links: readonly LeadInLink[],
  publicationHost: string | null,
): { link: LeadInLink; site: string } | null {
  for (let i = links.length - 1; i >= 0; i--) {
    const words = text.slice(links[i].start, links[i].end);
    // "This report" may be a think tank's or a ministry's; on a path dated as a newsroom files its stories
    // ("/2026-12-02/", "/2026/12/02/") it is a news story.
    // "The results are <a>over here</a>; this is the line that matters:": a pointing word over a link to a
    // story's address ("/articles/hong-kong-sale-results") stands for the story, in a sentence that speaks of no
    // document, body or message of someone's.
    // A newsroom's piece about a document or a body ("a decent write-up of the council's survey <a>here</a>:") is
    // still a story, on a path dated as newsrooms file them.
    const pointing =
      POINTING.test(words.trim()) &&
      STORY_PATH.test(links[i].href) &&
      ((!DOCUMENT_WORDS.test(text) && !BODY_WORDS.test(text) && !SOMEONES_TEXT.test(text)) ||
        (PIECE_ABOUT.test(text) && DATED_PATH.test(links[i].href)));
    const byline = !pointing && writerOfStory(words, links[i].href, text.slice(links[i].end));
    if (
      !pointing &&
      !byline &&
      (!STORY_WORDS.test(words) || (DOCUMENT_WORDS.test(words) && !DATED_PATH.test(links[i].href)))
    )
      continue;
    if (SPEAKS_AFTER.test(text.slice(links[i].end))) continue;
    // "Het raadsvoorstel zelf staat in dit stuk:": an official text the sentence names, in the languages of
    // data/own-voice.json, is what the link holds ("stuk" is a council's paper as well as a newsroom's piece),
    // unless the address is dated as newsrooms file their stories.
    if (!pointing && !DATED_PATH.test(links[i].href) && OTHER_DOCUMENT_NAMES.test(text)) continue;
    const site = siteOf(links[i].href);
    if (site && site !== publicationHost) return { link: links[i], site };
  }
  return null;
}

/** Short names of outlets named earlier: "A Times reporter", "the Post reported". */
function backReference(
  text: string,
  context: LeadInContext,
  /** Outlets the lookup found in the text: their names were weighed already, and not taken back here. */
  found: readonly OutletMention[],
): { outlet: Outlet; start: number; end: number } | null {
  // "Barron's again, a few paragraphs down:": a name the table treats with care (it is also a surname or a
  // word) opening a sentence that hands over is the outlet when the article already named that outlet,
  // written as the article wrote it; so is a short name holding its own article ("La Voce aggiunge:" after La
  // Voce del Popolo).
  if (INTRODUCES.test(text))
    for (const outlet of context.earlierOutlets()) {
      if (found.some((m) => m.outlet.name === outlet.name)) continue;
      for (const name of [outlet.name, ...(outlet.aliases ?? []), ...(outlet.shortNames ?? [])]) {
        if (name.length < 3) continue;
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
        const m = new RegExp(`^(?:(?:And|But|Then|Also|Now)\\s+)?(${escaped})(?![\\p{L}\\p{N}])`, 'u').exec(
          text.trimStart(),
        );
        if (m) {
          const start = text.length - text.trimStart().length + m[0].length - m[1].length;
          return { outlet, start, end: start + m[1].length };
        }
      }
    }
  if (!/\b(?:[Tt]he|[Aa]n?)\s+\p{Lu}/u.test(text)) return null;
  for (const outlet of context.earlierOutlets()) {
    for (const short of outlet.shortNames ?? []) {
      const bare = short.replace(/^the\s+/i, '');
      const re = new RegExp(
        `\\b(?:[Tt]he|[Aa]n?)\\s+(${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b`,
        'u',
      );
      const m = re.exec(text);
      if (m) {
        const start = m.index + m[0].length - m[1].length;
        return { outlet, start, end: start + m[1].length };
      }
    }
  }
  return null;
}

/** "the Herald", "Times": one newsroom word, which many papers share. */
const isCommonWord = (words: string) => NEWS_WORDS.has(words.replace(/^the\s+/i, '').toLowerCase());

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A name holding Han, kana or Hangul and a Latin letter or a digit side by side ("香港01"). */
const MIXED_NAME = new RegExp(`${CJK.source}[A-Za-z0-9]|[A-Za-z0-9]${CJK.source}`);

/** Outlet mentions, also where Chinese, Japanese or Korean text runs on from a Latin name without a space
 * ("NHKによると"): the lookup's words end at a space, so one is put there and the offsets mapped back. */
function mentionsIn(text: string, outlets: OutletLookup): OutletMention[] {
  if (!CJK.test(text)) return outlets.mentions(text);
  let spaced = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    spaced += text[i];
    origin.push(i);
    const next = text[i + 1] ?? '';
    if ((CJK.test(text[i]) && /[A-Za-z0-9]/.test(next)) || (/[A-Za-z0-9]/.test(text[i]) && CJK.test(next))) {
      spaced += ' ';
      origin.push(i + 1);
    }
  }
  origin.push(text.length);
  const found = outlets.mentions(spaced).map((m) => {
    const start = origin[m.start];
    const end = origin[m.end - 1] + 1;
    return { ...m, start, end, text: text.slice(start, end) };
  });
  // A name that joins the scripts itself ("香港01", "KBS제주") is found in the text as written, where the scripts
  // meet; it outranks a shorter name inside it ("KBS").
  if (spaced.length === text.length) return found;
  const overlap = (a: OutletMention, b: OutletMention) => a.start < b.end && b.start < a.end;
  const longer = (a: OutletMention, b: OutletMention) => a.end - a.start > b.end - b.start;
  const joined = outlets
    .mentions(text)
    .filter((m) => MIXED_NAME.test(m.text) && !found.some((f) => overlap(f, m) && !longer(m, f)));
  if (!joined.length) return found;
  const kept = found.filter((f) => !joined.some((m) => overlap(f, m)));
  return [...kept, ...joined].sort((a, b) => a.start - b.start);
}

/** An outlet named earlier in the article whose short name ("the Times") is these words. */
function shortNameOf(words: string, context: LeadInContext): Outlet | null {
  const bare = shortNameKey(words);
  if (bare.includes(' ') && bare.split(/\s+/).length > 2) return null;
  // The outlets named earlier are found in the whole article's text: asked only when some outlet goes by these
  // words, which most names a lead-in gives ("Reuters") are not.
  if (context.outlets.hasShortName && !context.outlets.hasShortName(words)) return null;
  for (const outlet of context.earlierOutlets())
    if ((outlet.shortNames ?? []).some((s) => shortNameKey(s) === bare)) return outlet;
  return null;
}

/** The words that turn a clause or a sentence from what was named to what is handed over. */
const TURN_WORDS = `(?:but|yet|aber|doch|mais|pero|maar|ma|mas|${OTHER_BUT})`;

/** Where the last clause after a contrast or a semicolon begins (the comma and semicolon of the Arabic script,
 * "،" and "؛", as well as the Latin ones): "X reviewed it, but the nicest words were in
 * an email from the author:", "Dawn reported on the camps; these are the women's own words:", and an English
 * "but" with no comma before what it hands over to ("X covered it yesterday but here's the email …:"); a
 * sentence opening on the turn ("X ran a piece in 2014. Mais c'est le carnet …"); and a clause whose turn
 * stands after its first words, as German and Dutch put it ("X hat berichtet, entscheidend ist aber der
 * Wortlaut …:", "…, am besten hat es aber unser Mitglied … beschrieben:"). */
export const CONTRAST_SOURCE = `[,;،؛]\\s+${TURN_WORDS}(?:\\s*,)?\\s+|[;؛]\\s+|\\s+but\\s+(?=here|this|these|the|that|his|her|their|my|our|what|read|nobody|no one|no-one)\\b|[.!?]\\s+${TURN_WORDS}[\\s,،]+|[,;،؛]\\s+(?:[\\p{L}\\p{M}\\u200c’'-]+\\s+){1,4}${OTHER_BUT_WITHIN}[\\s,،]+`;
/** `CONTRAST_SOURCE` (read with the i and u flags) read without the i flag over the text as `foldAscii` writes
 * it, matching at the same places with the same lengths (`caselessSource`): compiling it with the i flag cost
 * twice as much (the page's first analysis compiles it at its first lead-in). Made on first use. */
export const contrast = madeOnFirstUse(() => new RegExp(caselessSource(CONTRAST_SOURCE), 'gu'));

/** The mentions that can introduce the block. When the sentence turns ("…, but …"), the clause after the turn
 * hands over: an outlet it names is the source ("Reuters had it first, but the Guardian has the details:"),
 * and when it turns to a person or a document and names no outlet, an outlet named before the turn is what the
 * sentence sets aside. A turn that names neither ("…, but only behind a paywall:") changes nothing. */
function handedOverBy(text: string, mentions: OutletMention[], introduces: boolean): OutletMention[] {
  if (!introduces || mentions.length === 0) return mentions;
  const turn = lastTurn(text);
  if (!turn) return mentions;
  const after = mentions.filter((m) => m.start >= turn.at);
  if (after.length > 0) return after;
  return turn.toWords ? [] : mentions;
}

/** People and the little texts they send, named after a turn ("…, but this is the postcard that made us cry:",
 * "…; the best words came from a visitor:"): beside `PERSON_WORDS` and `SOMEONES_TEXT`, the words of a visitor's
 * book and a post bag. */
const TURNED_TO_PEOPLE =
  /\b(?:visitors?|guests?|passengers?|patients?|pupils?|students?|fans?|viewers?|callers?|tenants?|walkers?|locals|villagers|parishioners|regulars|customers|readers|residents|members|neighbou?rs|listeners|subscribers|volunteers|(?:post)?cards?|voicemails?)\b/i;

/** What everyone else quotes, before a turn ("Everyone quotes the New York Times review, but my favourite line is
 * this one:"): the outlet is what the others read, set aside for the writer's own pick. */
const EVERYONE_QUOTES =
  /\b(?:everyone|everybody)\s+(?:else\s+)?(?:quotes|quoted|links(?: to)?|linked(?: to)?|cites|cited|shares|shared|mentions|mentioned|reposts|reposted)\b/i;

/** A turn to what nobody else quotes ("…, but nobody quotes my favourite bit, which is this:", "but no one
 * mentions the last page"): what the others read, named before the turn, is set aside for the writer's own pick. */
const NOBODY_QUOTES =
  /^(?:nobody|no one|no-one|none of (?:them|those|these))\s+(?:else\s+)?(?:ever\s+|seems to\s+|has\s+|bothers to\s+)?(?:quotes?|quoted|reads?|mentions?|mentioned|cites?|cited|shares?|shared|links?|linked|talks? about|picks? out|picked out)\b/i;

/** A thing's own words handed over by a relative clause ending the lead-in ("…, but what matters is the rule, which
 * says:", "the file format, which states:", "the agreement, which provides:"): a text speaks so, a person "who"
 * does. A newsroom's piece so introduced ("the Guardian's report, which says:") is no such text. */
export const TEXT_THAT_SAYS =
  /(?<!\b(?:report|story|article|piece|column|editorial|interview|post|one|episode|segment|bulletin|broadcast|feature|update)s?,?\s+)\b(?:which|that)\s+(?:(?:clearly|simply|still|now|also|just|plainly)\s+)?(?:says|said|states|stated|reads|read|provides|provided|stipulates|specifies|requires)\s*:\s*$/i;

/** Whether the sentence turns, last, to someone's words or a document ("… covered it, but who said it best was
 * Jordi's grandmother:"). */
export const turnsToWords = (text: string): boolean => lastTurn(text)?.toWords === true;

/** Where the sentence last turns ("…, but", "…;"), and whether it turns to someone's words or a document. */
function lastTurn(text: string): { at: number; toWords: boolean } | null {
  let at = -1;
  for (const m of foldAscii(text).matchAll(contrast())) at = (m.index ?? 0) + m[0].length;
  if (at < 0) return null;
  const tail = text.slice(at);
  return {
    at,
    toWords:
      PERSON_WORDS.test(tail) ||
      SOMEONES_TEXT.test(tail) ||
      OTHER_SOMEONES_WORDS.test(tail) ||
      DOCUMENT_WORDS.test(tail) ||
      TEXT_THAT_SAYS.test(tail) ||
      OTHER_DOCUMENT_NAMES.test(tail) ||
      PERSON_SPEAKS.test(tail) ||
      NOBODY_QUOTES.test(tail) ||
      TURNED_TO_PEOPLE.test(tail) ||
      givenToSomeone(tail) ||
      replyFromBody(tail) ||
      turnsToBodysReply(tail) ||
      EVERYONE_QUOTES.test(text.slice(0, at)),
  };
}

/** A source's name the sentence denies or sets against the source ("Not from the Angling Times, before anyone
 * asks — this is …", "it wasn't in The Herald", "Unlike what the Daily Mail claimed, the notice says:"): no
 * source, whatever follows it. */
const DENIED =
  /(?<![\p{L}])(?:[Nn]ot|[Nn]ever|n['’]t|[Uu]nlike(?:\s+what)?|[Cc]ontrary to(?:\s+what)?)\s+(?:(?:from|in|by|via|on)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+\p{Lu}[\p{L}\p{N}’'.&-]*){0,4}/gu;

/** A possessive's ending after a name, perhaps a word between, then what the name owns. */
const OWNED = "^\\p{L}{0,2}['’]s?\\s+(?:[\\p{L}-]+\\s+)?";
/** A possessive, then a written text of the name's own: "'s letter", "’s annual report" (read from two
 * characters before the name's end, which may hold the possessive or not). */
const OWNS_DOCUMENT = new RegExp(`${OWNED}(?:${DOCUMENT_WORDS.source})`, 'iu');

/** The same owning what a newsroom publishes ("Harbour Post's report", "Kestrel FM's latest story"). */
const OWNS_STORY = new RegExp(
  `${OWNED}(?:report|reporting|story|piece|coverage|article|investigation|editorial|write-up)\\b`,
  'iu',
);

/** A part of a body after a name, owning its text ("the Environmental Health team's response", "the Parks
 * department's letter"): the name is the body's, its text a document, no newsroom's. */
const BODY_PART_OWNS_TEXT =
  /^\s+(?:team|department|office|unit|service|directorate|division|section)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:reply|response|answer|note|letter|report|statement|advice|comments?)\b/iu;

/** A name ending on a plan's word ("Urban Mobility Framework"), read with NAMED_PLAN. */
const PLAN_TITLE_END = /(?:Plan|Strategy|Framework)$/;

/** The text with the mentions' words blanked out, offsets kept. */
function blankedOut(text: string, mentions: readonly OutletMention[]): string {
  let out = text;
  for (const m of mentions) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** The lead-in with its denied names blanked out, so that offsets into it stay those of the text. */
const withoutDenied = (text: string): string => text.replace(DENIED, (m) => ' '.repeat(m.length));

/** What stands between a source's name and an aggregator it was read on, in the same clause: ", via ", " has
 * the figures, via ". */
const READ_ON_AGGREGATOR = /^[^.!?:;]*(?:^|[,(])\s*via\s+(?:the\s+)?$/i;

/** A hat tip in parentheses ("(h/t reader Tomás for the link)", "(thanks to Ana for this)"): it thanks whoever
 * pointed the way, and names neither the source nor a speaker. */
const HAT_TIP_ASIDE =
  /\s*[(（]\s*(?:h\/t|hat[ -]tip|HT|thanks?(?:\s+to)?|with thanks to|cheers(?:\s+to)?)\b[^()（）]{0,80}[)）]/giu;
/** The lead-in with its hat tips blanked out, offsets kept. */
const withoutHatTips = (text: string): string => text.replace(HAT_TIP_ASIDE, (m) => ' '.repeat(m.length));

/** A letter a person wrote ("a letter received from a resident", "a neighbour's letter") is that person's words. */
// The possessive's word starts where its run of letters does: the first start that could match, and the only
// one tried, so that a long run is read once rather than from each of its letters.
const LETTER_FROM =
  /\bletters?\b[^.:;]{0,40}?\bfrom\b([^.:;]{0,50})|(?<![\p{L}-])([\p{L}-]+)['’]s?\s+letters?\b/iu;

/** A letter written to a person ("a letter to his sister", "letters to her son"): a private letter, its
 * writer's words; one to a body ("a letter to the council") is a document. */
const LETTER_TO = /\bletters?\s+to\s+([^.:;,]{1,40})/i;

/** Words said to be put into the page's language: "translated it from Nepali", "in my translation". */
const TRANSLATED =
  /\btranslated\b(?:\s+(?:it|them|this|these|that|the\s+\w+))?\s+(?:from|out of)\s+(?:the\s+)?\p{Lu}\p{Ll}+|\b(?:my|our|her|his|their)\s+(?:own\s+)?translation\b/u;

/** A letter someone wrote, by a pronoun ("A letter he sent from the quarry to his sister …", "he wrote her a
 * letter"): a person's letter. */
const LETTER_SHE_WROTE =
  /\bletters?\s+(?:that\s+)?(?:she|he)\s+(?:had\s+)?(?:wrote|written|sent)\b|\b(?:she|he)\s+(?:had\s+)?(?:wrote|written|sent)\s+(?:(?:him|her|them|me|us)\s+)?(?:a|one|this|the|that)\s+(?:(?:long|short|last|final|little)\s+)?letter\b/i;

/** A letter someone named by a person's word wrote ("a letter his daughter Ingrid wrote to her brother", "the
 * letter my grandfather sent home"): a private letter, its writer's words; the writer's words are the first group. */
const LETTER_SOMEONE_WROTE =
  /\bletters?\s+(?:that\s+)?((?:[\p{L}’'.-]+\s+){1,4}?)(?:had\s+)?(?:wrote|written|sent)\b/iu;

function letterFromPerson(text: string): boolean {
  if (LETTER_SHE_WROTE.test(text)) return true;
  const writer = LETTER_SOMEONE_WROTE.exec(text)?.[1];
  if (writer && PERSON_WORDS.test(writer) && !BODY_WORDS.test(writer)) return true;
  const m = LETTER_FROM.exec(text);
  const from = m?.[1] ?? m?.[2];
  if (from && PERSON_WORDS.test(from) && !BODY_WORDS.test(from)) return true;
  const to = LETTER_TO.exec(text)?.[1];
  return !!to && PERSON_WORDS.test(to) && !BODY_WORDS.test(to);
}

/** Someone named by their job answering or writing ("Their support engineer replied on the ticket at 16:20:",
 * "the site manager wrote back"): that person's words, whatever document the sentence names where they
 * answered. */
const ROLE_ANSWERS =
  /\b(?:[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:engineer|technician|agent|adviser|advisor|representative|manager|clerk|receptionist|caseworker|landlord|landlady|warden|steward|nurse|doctor|teacher|librarian|driver|secretary|treasurer|owner|founder|colleague|neighbou?r|friend)\s+(?:replied|wrote back|answered|responded|wrote|emailed|e-mailed|messaged|told (?:me|us))\b/u;

/** An earlier meeting's minutes ("As recorded in the minutes of the September meeting:"): on a page that is itself
 * a meeting's minutes (its title says so), the same body's own record, a self-quote; elsewhere a document. */
const EARLIER_MINUTES = /\bminutes of (?:the|our|its|their|last|that)\s+(?:[\p{L}\d.,-]+\s+){0,3}meeting\b/iu;
const MINUTES_PAGE = /\bminutes\b/i;

/** The project's own blog or announcement ("From the announcement on the project blog:"): in a project's own
 * documentation, the project's earlier words, a self-quote; elsewhere "the project" may be anyone's. */
const PROJECTS_OWN =
  /\b(?:the|this)\s+project(?:['’]s)?\s+(?:own\s+)?(?:blog|announcement|news ?letter|news|mailing list)\b/i;

/** Someone's own account, words or story, said so ("asked for her own account to go in the minutes, and read it
 * out:", "in his own words:"): that person's words, whatever record the sentence names them going into. */
const OWN_ACCOUNT =
  /\b(?:his|her|their|my|our)\s+own\s+(?:account|words|story|testimony|recollections?|memories|version)\b/i;

/** A user's or a customer's report or complaint ("A user report from #412:", "one customer's complaint"):
 * that person's words, though a report is also a document's word. */
const PERSONS_REPORT =
  /\b(?:a|an|one|the|this|another)\s+(?:user|customer|reader|player|tester|rider|passenger|guest)(?:['’]s)?\s+(?:report|complaint)\b/i;

/** A technical standard or a specification handed over, in lower case ("The standard is explicit:", "the spec
 * says", "RFC 5545 reads"): a document. "The Standard" in capitals may be a paper's name, so case counts. */
const STANDARD_TEXT =
  /\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:(?:relevant|current|official|draft|new|old)\s+)?(?:standard|spec|specification)(?=\s+(?:is|was|says|said|reads|states|defines|requires|puts it|itself)\b|\s*[,:;])|\bRFC\s?\d{3,5}\b/;

/** What a person said or gave, by his or her possessive ("In his testimony to the inquiry, the site engineer
 * said:", "In her speech at the opening, …"): that person's words, though a testimony or an address is also a
 * document's word; a body's is "its" or "their". */
const HIS_OR_HER_WORDS =
  /\b(?:his|her)\s+(?:(?:sworn|written|opening|closing|maiden|farewell|evidence|oral)\s+)?(?:testimony|evidence|statement|speech|remarks|deposition|address)\b/i;

/** A reply, a response, an answer, a note or a message from someone ("the reply from the Council's flood team,
 * dated …", "an e-mail from the parish office"): a body's is a document, as a body's letter is. */
const REPLY_FROM =
  /\b(?:reply|response|answer|note|message|e-?mail|memo|circular)\b[^.:;]{0,20}?\bfrom\b([^.:;]{0,60})/i;

/** A body's own note or message by the possessive ("The board's note to volunteers, in full:", "the committee's
 * e-mail to members"): the body's word, as for its letter. */
const BODYS_NOTE =
  /(?<![\p{L}-])([\p{L}-]{1,40})[’']s\s+(?:[\p{Ll}-]{1,30}\s+)?(?:note|message|e-?mail|memo|circular|notice|update)\b/giu;

/** A body's reply by the possessive ("the Highway Authority's consultation response"), read only after a turn:
 * before one, "The Tribune has the council's answer:" is the paper's, and "The authority's answer, a week later,
 * put it plainly¹:" is read by its other words. */
const BODYS_REPLY =
  /(?<![\p{L}-])([\p{L}-]{1,40})[’']s\s+(?:[\p{Ll}-]{1,30}\s+)?(?:reply|response|answer)\b/giu;

/** Whether a turn's words hand over to a body's reply (BODYS_REPLY). */
function turnsToBodysReply(tail: string): boolean {
  for (const m of tail.matchAll(BODYS_REPLY)) if (BODY_WORDS.test(m[1])) return true;
  return false;
}
/** A sentence that is only a body's reply, handing over ("The board's reply, in full:", "The trust's response,
 * dated 2 May:"): the body's word. One that someone got ("Global News got the union's response:") is that
 * someone's passage, and one the sentence says more of ("The authority's answer, a week later, put it plainly¹:")
 * is read as its other words say. */
const BODYS_REPLY_OPENING =
  /^(?:the\s+|our\s+)?([\p{L}-]{1,40}(?:\s+[\p{L}-]{1,40})?)[’']s\s+(?:[\p{Ll}-]{1,30}\s+)?(?:reply|response|answer)(?:\s*,\s*[^,:;.]{1,30})?\s*[:：]\s*$/iu;

/** A body the writer wrote to, then its reply ("I emailed the manufacturer with photos and this is their entire
 * reply:", "We wrote to the council in May; its answer, in full:"): the body's word, as a reply from it is. The
 * body is read in the three words after the article ("the installation company about it"). */
const CONTACTED_THEN_REPLY =
  /\b(?:e-?mailed|wrote to|contacted|messaged|phoned|rang|called)\s+(?:the|their|our|my)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\b[^.:;]{0,80}?\b(?:their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:reply|response|answer)\b/iu;

/** Something passed on from someone ("Several of you forwarded this from one of the big distributors:", "A
 * reader sent this on from the council:"): a body's is its document. The sender is named before any clause
 * about them ("from a friend who runs a shop" is the friend). */
const PASSED_ON_FROM =
  /\b(?:forwarded|sent|passed|circulated)\s+(?:(?:me|us)\s+)?(?:this|it|the following)\b[^.:;]{0,20}?\bfrom\b((?:(?!\b(?:who|whose|that|which|where)\b)[^.:;]){0,60})/i;

/** A business sending something round to its customers ("One of our frame suppliers sent this round on Friday:",
 * "The wholesaler put out the following:"): its notice. A club's or a society's message to its members is its
 * secretary's letter ("The angling club sent this round:", "Hello all, …"), read by its words. */
const BUSINESS_SENT =
  /(?<![\p{L}-])(?:suppliers?|wholesalers?|retailers?|distributors?|manufacturers?|merchants?|stockists?|compan(?:y|ies)|firms?)\s+(?:sent|circulated|forwarded|e-?mailed|issued|put\s+out)\s+(?:(?:me|us|round|around|out)\s+)?(?:this|it|the following)\b/iu;

function replyFromBody(text: string): boolean {
  const from = REPLY_FROM.exec(text)?.[1] ?? PASSED_ON_FROM.exec(text)?.[1];
  if (from && BODY_WORDS.test(from)) return true;
  if (BUSINESS_SENT.test(text)) return true;
  const contacted = CONTACTED_THEN_REPLY.exec(text)?.[1];
  if (contacted && BODY_WORDS.test(contacted)) return true;
  for (const m of text.matchAll(BODYS_NOTE)) if (BODY_WORDS.test(m[1])) return true;
  const reply = BODYS_REPLY_OPENING.exec(lastSentence(text).sentence.trim())?.[1];
  if (reply && BODY_WORDS.test(reply)) return true;
  return false;
}

/** What the lead-in says the passage is: someone's words (a person's text, a book's, a letter a person wrote)
 * or a document's; `turned`, the words after a turn to someone's words or a document, where a body's reply by the
 * possessive is a document too. */
function wordsKind(text: string, turned = false): { person: boolean; document: boolean } {
  if (OWN_ACCOUNT.test(text) || HIS_OR_HER_WORDS.test(text) || PERSONS_REPORT.test(text))
    return { person: true, document: false };
  const books = text.match(BOOK_WORDS) !== null;
  let rest = text.replace(BOOK_WORDS, '');
  // A letter someone translated for the page ("Bishnu translated it from Nepali:") is its writer's testimony;
  // a body's letter ("the council's letter, translated from German") stays a document by the body's word. A
  // letter a book prints ("the letter that opens chapter 4") is its writer's too, as the book's words are.
  const letter =
    letterFromPerson(text) ||
    (TRANSLATED.test(text) && !BODY_WORDS.test(text)) ||
    (books && !BODY_WORDS.test(text));
  if (letter) rest = rest.replace(/\bletters?\b/gi, '');
  return {
    person: PERSON_WORDS.test(text) || SOMEONES_TEXT.test(text) || books || letter,
    document:
      DOCUMENT_WORDS.test(rest) ||
      NAMED_PLAN.test(rest) ||
      PATENT_NUMBER.test(rest) ||
      STANDARD_TEXT.test(rest) ||
      OTHER_DOCUMENTS.test(rest) ||
      OTHER_LETTER_FROM_BODY.test(rest) ||
      replyFromBody(text) ||
      (turned && (turnsToBodysReply(text) || TEXT_THAT_SAYS.test(text))),
  };
}

/** A relative clause opening after a comma ("…, which we drafted in 1990", "…, que vam escriure el 1973"), up to
 * the next comma, colon or semicolon. */
const RELATIVE_CLAUSE = /,\s+(?:which|that|que|qui|che|die|das|dat|som)\s[^,:;]*/giu;

/** Whether the lead-in points back at the writer's own words ("As I wrote in March:"), not counting a writer's
 * verb in a relative clause on a document it names ("Com diuen els nostres estatuts, que vam escriure el 1973 …:",
 * "As our constitution, which we drafted in 1990, puts it:"): the document is what speaks, a club's statutes or a
 * body's rules, though the writer's side wrote it. */
export function pointsBackItself(text: string): boolean {
  const self = (words: string) => SELF_REFERENCE.test(words) || OTHER_SELF_REFERENCE.test(words);
  if (!self(text)) return false;
  const rest = text.replace(RELATIVE_CLAUSE, (clause: string, at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    return DOCUMENT_WORDS.test(before) || OTHER_DOCUMENT_NAMES.test(before) ? ' ' : clause;
  });
  return rest === text || self(rest);
}

/** The words that can name an unknown source: after a turn to a person or a document ("Law360 had the story
 * first, but read the opinion itself:"), only the turn's; else all of them. */
function handedOverText(text: string, introduces: boolean): string {
  const turn = introduces ? lastTurn(text) : null;
  return turn?.toWords ? text.slice(turn.at) : text;
}

export function readLeadIn(
  text: string,
  links: readonly LeadInLink[],
  context: LeadInContext,
  /** A heading right above a block, or the words before a quotation marked up as one (<q>), introduce it
   * whatever they say. */
  introducedAnyway = false,
): LeadInReading | null {
  if (!text.trim()) return null;
  const value = text.trim().slice(0, 300);
  text = withoutHatTips(withoutDenied(text));
  const introduces = introducedAnyway || INTRODUCES.test(text);
  const make = (
    kind: SourceGuess['kind'],
    outlet: string | null,
    href: string | null,
    type: 'lead-in' | 'lead-in-link' | 'back-reference' | 'self-reference' | 'person' | 'document',
    mention: LeadInReading['mention'],
    source: string | null = outlet,
  ): LeadInReading => ({ kind, outlet, href, evidence: { type, value, source }, mention });

  // "As <a href=…>reported last week</a>:": a link to a story, off the blog's own site, names its outlet by
  // the site when no words do; it is nearer than "the same story" pointing back.
  const story = introduces ? storyLink(text, links, context.publicationHost) : null;
  if (
    pointsBackItself(text) ||
    (MINUTES_PAGE.test(context.pageTitle ?? '') && EARLIER_MINUTES.test(text)) ||
    (context.projectDocs && PROJECTS_OWN.test(text))
  )
    return make('self', context.publication, null, 'self-reference', null);
  // "В комментариях к прошлому посту Михаил написал:": words from the comments are a reader's.
  if (introduces && FROM_COMMENTS.test(text)) return make('person', null, null, 'person', null, null);

  const found = mentionsIn(text, context.outlets);
  // Set by weigh, a closure: the cast keeps the checker from reading it as always null.
  let best = null as OutletMention | null;
  let bestScore = 0;
  const setAside: OutletMention[] = [];
  const weigh = (mentions: OutletMention[], least = 1) => {
    for (const m of handedOverBy(text, mentions, introduces)) {
      const score = scoreMention(text, m, introduces);
      if (score < 0 && onlyContext(text, m)) setAside.push(m);
      // "Here's the Washington Post, via MSN:": an aggregator the piece was read on, after the source's name, is
      // not the source.
      if (best && m.outlet.kind === 'aggregator' && READ_ON_AGGREGATOR.test(text.slice(best.end, m.start)))
        continue;
      // Later mentions win ties: the name nearest the block is the one that introduces it.
      if (score >= least && score >= bestScore) {
        best = m;
        bestScore = score;
      }
    }
  };
  weigh(found);
  // The dataset's papers by names of no news word ("Västra Nyland wrote:") are read only when no name the
  // running-text search finds is the source (most lead-ins name one it knows), and only in a source's place
  // (before "wrote", after "according to"): such names are often a place's too ("In Alto Adige, …:").
  if (!best) weigh(datasetNamesIn(text, context.outlets, found), introduces ? 3 : 2);
  // "The same paper adds:" points back at the passage before (analyze.ts), unless the sentence names its
  // source itself ("Via Wired, on the same story:"). Asked last: its expressions are long, and most lead-ins
  // name their source.
  if (!story && !best && pointsBack(text)) return null;
  const linkOutlets = links
    .map((link) => ({ link, outlet: context.outlets.byHost(link.href) }))
    .filter((x): x is { link: LeadInLink; outlet: Outlet } => x.outlet !== null);
  const linkOver = (start: number, end: number) =>
    links.find((link) => link.start < end && start < link.end) ?? null;
  if (best) {
    // "<a href=nytimes.com>the Times</a>": words several outlets share, made definite by their own link.
    const over = linkOver(best.start, best.end);
    const linked = over && linkOutlets.find((x) => x.link === over);
    if (linked && linked.outlet.name !== best.outlet.name)
      return make('outlet', linked.outlet.name, over.href, 'lead-in-link', {
        start: best.start,
        end: best.end,
      });
    // "<a href=thedunmoreherald.com>The Herald</a>": a bare common word names whatever paper its link is.
    const site = over && !linked && isCommonWord(best.text) ? siteOf(over.href) : null;
    if (over && site && site !== context.publicationHost && !best.outlet.domains.includes(site))
      return make('outlet', site, over.href, 'lead-in-link', { start: best.start, end: best.end });
    // "The Times adds:" after The New York Times was named: the short name goes back to it.
    const earlier = shortNameOf(best.text, context);
    if (earlier && earlier.name !== best.outlet.name)
      return make('outlet', earlier.name, null, 'back-reference', { start: best.start, end: best.end });
    const chosen = best;
    const link = linkOutlets.find((x) => x.outlet.name === chosen.outlet.name)?.link;
    return make('outlet', chosen.outlet.name, link?.href ?? null, 'lead-in', {
      start: best.start,
      end: best.end,
    });
  }
  // A name that only describes someone or says when is no source by other readings either: "who retired from the
  // Times" names no newsroom "Times".
  if (setAside.length) text = blankedOut(text, setAside);
  if (linkOutlets.length && (introduces || linkOutlets.length === links.length)) {
    const { link, outlet } = linkOutlets[linkOutlets.length - 1];
    return make('outlet', outlet.name, link.href, 'lead-in-link', { start: link.start, end: link.end });
  }
  const own = links.find(
    (link) => context.publicationHost && siteHostOf(link.href) === context.publicationHost,
  );
  if (own && introduces) return make('self', context.publication, own.href, 'self-reference', null);

  const linked = linkedName(text, links, context.publicationHost);
  if (linked) return make('outlet', linked.name, linked.href, 'lead-in-link', linked);

  // "Madame Esparon, who …, took it calmly:": a name after a kin's, a neighbour's or a courtesy title is a
  // person's, though the table lacks it as it lacks most newsrooms' names.
  const titled = introduces ? titledPerson(lastSentence(text).sentence, context.language ?? null) : null;
  if (titled) return make('person', null, links[0]?.href ?? null, 'person', null, titled);

  // A bare lead-in naming an outlet the table knows is that outlet, though its shape reads as a person's ("Im
  // Spiegel heißt es:"). After a turn to someone's words only the turn's words are read: "Politiken skrev om
  // det, men den som forklarede det bedst var …:" hands over no "Politiken skrev … :".
  const bareRead = bareAttribution(
    handedOverText(text, introduces),
    context.isSurname,
    (name) => context.outlets.byName(name) !== null,
  );
  const bareKnown = bareRead?.kind === 'person' ? context.outlets.byName(bareRead.name) : null;
  const bare =
    bareRead && bareKnown ? { ...bareRead, kind: 'outlet' as const, name: bareKnown.name } : bareRead;
  // "Your Urban Mobility Framework says:": a plan by its title speaks as a body's document, not as a person.
  const planSpeaks = (name: string) => PLAN_TITLE_END.test(name) && NAMED_PLAN.test(text);
  if (bare?.kind === 'person' && planSpeaks(bare.name))
    return make('document', null, links[0]?.href ?? null, 'document', null, null);
  if (bare?.kind === 'person') return make('person', null, links[0]?.href ?? null, 'person', null, bare.name);
  const read =
    bare ??
    (handedOverText(text, introduces) === text
      ? newsroomAtWork(
          lastSentence(text).sentence,
          context.isSurname,
          (name) => context.outlets.byName(name)?.name ?? null,
        )
      : null) ??
    unknownOutlet(
      handedOverText(text, introduces),
      (name) => context.outlets.byName(name)?.name ?? null,
      context.isSurname,
      (words) => context.outlets.hasShortName?.(words) ?? false,
    );
  // "filed something similar from New Zealand on Sunday:": a country is where the piece came from, no newsroom.
  const unknown =
    read && !isCountryName(read.name)
      ? withoutGermanArticle(
          withoutTitleArticle(withoutMediaArticle(read), context.language),
          context.language,
          (name) => context.outlets.byName(name) !== null,
        )
      : null;
  // "straight from the Environment Agency's letter to the club:": a name the table lacks, owning a document,
  // is the document's author, not a newsroom.
  // A newsroom's report is its story, though: "From Harbour Post's report:" is Harbour Post's. An agency's is
  // a body's as often as a wire's ("the Environment Agency's report"), so it stays a document.
  const owned = unknown ? text.slice(unknown.end - 2, unknown.end + 40) : '';
  const newsroomsStory =
    unknown !== null &&
    OWNS_STORY.test(owned) &&
    looksLikeOutletName(unknown.name) &&
    !/\bagency$/i.test(unknown.name);
  if (
    unknown &&
    ((OWNS_DOCUMENT.test(owned) && !newsroomsStory) ||
      BODY_PART_OWNS_TEXT.test(handedOverText(text, introduces).slice(unknown.end, unknown.end + 60)))
  )
    return make('document', null, links[0]?.href ?? null, 'document', null, unknown.name);
  // "In der Satzung des Vereins heißt es:": a name that holds an official text's word in the languages of
  // data/own-voice.json is that text, no newsroom.
  if (unknown && OTHER_DOCUMENT_NAMES.test(unknown.name))
    return make('document', null, links[0]?.href ?? null, 'document', null, null);
  if (unknown) {
    // A bare common word ("the Globe has it") names no outlet by itself; the site it links to does.
    const over = linkOver(unknown.start, unknown.end);
    const site = over && isCommonWord(unknown.name) ? siteOf(over.href) : null;
    if (over && site && site !== context.publicationHost)
      return make('outlet', site, over.href, 'lead-in-link', unknown);
    const reading = make('outlet', unknown.name, links[0]?.href ?? null, 'lead-in', unknown);
    return 'tentative' in unknown && unknown.tentative ? { ...reading, tentative: true } : reading;
  }

  // A name pointing back that the sentence then turns from to someone's words or a document ("The Telegraph
  // put our blend in a list, but nothing says it like the letter that came with it:") is set aside, as a
  // name the table knows would be (handedOverBy).
  const turnedFrom = introduces ? lastTurn(text) : null;
  const back = backReference(text, context, found);
  if (back && !(turnedFrom?.toWords && back.start < turnedFrom.at))
    return make('outlet', back.outlet.name, null, 'back-reference', { start: back.start, end: back.end });

  if (!introduces) return null;
  if (story) return make('outlet', story.site, story.link.href, 'lead-in-link', story.link);
  const speaker = new RegExp(
    `(${NAME})(?:,[^,]{1,80},)?\\s+(?:said|says|told|wrote|writes|tweeted|posted|declared|stated|testified|argued|remarked|added|welcomed|replied|responded|recalled|explained|warned|insisted|admitted|objected)`,
    'u',
  ).exec(text);
  // A person speaking ("Senator X said in a statement:") before a document ("the ruling reads:").
  const named =
    speaker && looksLikePersonName(speaker[1]) && !planSpeaks(speaker[1])
      ? speaker[1]
      : (personAtWork(lastSentence(text).sentence) ?? possessedPersonName(lastSentence(text).sentence));
  // After a turn to someone's words or a document, the turn's words say which ("… ran a notice of his death,
  // but the truest picture is in a letter his son wrote:").
  const words = wordsKind(handedOverText(text, introduces), turnedFrom?.toWords === true);
  // "BofA's strategist summed it up:": a job at a name that is no newsroom's is someone speaking (possessedWriter).
  if (
    named ||
    ROLE_ANSWERS.test(lastSentence(text).sentence) ||
    possessedJobHolder(lastSentence(text).sentence) ||
    (words.person && !words.document)
  )
    return make('person', null, links[0]?.href ?? null, 'person', null, named);
  if (words.document || bodyLabel(lastSentence(text).sentence) || bodySays(lastSentence(text).sentence))
    return make('document', null, links[0]?.href ?? null, 'document', null, null);
  if (words.person) return make('person', null, links[0]?.href ?? null, 'person', null, null);
  // The same in the languages of data/own-voice.json: an official text handed over ("L'arrêté du maire …
  // tient en deux phrases :"), or, after a turn, someone's words ("…, am besten hat es aber unser Mitglied …
  // beschrieben:").
  if (OTHER_DOCUMENT_NAMES.test(text))
    return make('document', null, links[0]?.href ?? null, 'document', null, null);
  const turn = lastTurn(text);
  if (
    turn?.toWords &&
    (OTHER_SOMEONES_WORDS.test(text.slice(turn.at)) ||
      TURNED_TO_PEOPLE.test(text.slice(turn.at)) ||
      givenToSomeone(text.slice(turn.at)))
  )
    return make('person', null, links[0]?.href ?? null, 'person', null, null);
  // "The Harbour Mercury dug into the numbers:": a newsroom's name as the handing-over sentence's subject, unless
  // the sentence turns away from it ("The Courier covered it, but this is what the estate sent me:").
  const last = lastSentence(text);
  // "A Rádio Calheta ouviu …": the article before a word for the station is no part of its name.
  const subject = turn
    ? null
    : newsroomAsSubject(
        last.sentence,
        context.language ?? null,
        context.isSurname,
        (name) => context.outlets.byName(name)?.name ?? null,
      );
  const newsroom = subject && withoutTitleArticle(withoutMediaArticle(subject), context.language);
  if (newsroom) {
    const reading = make('outlet', newsroom.name, links[0]?.href ?? null, 'lead-in', {
      start: last.offset + newsroom.start,
      end: last.offset + newsroom.end,
    });
    return newsroom.tentative ? { ...reading, tentative: true } : reading;
  }
  // A lead-in in the page's language naming someone's own text and no source ("… «Дала жолдары» деген естелік
  // кітап жазды. Онда былай деп жазылған:", a memoir): that person's words, as "memoir" or "letter" says in English.
  if (someonesWordsOf(context.language ?? null)?.test(text))
    return make('person', null, links[0]?.href ?? null, 'person', null, null);
  return null;
}
