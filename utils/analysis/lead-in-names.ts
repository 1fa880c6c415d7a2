// Outlets a lead-in names that the table may not know: by the words around the name ("here's the Tri-Valley
// Bugle with more:", "Feedstuffs, the American trade weekly,") or by a link to a site of the name's own.

import { ONE_WORD_PLACES } from '../claims/places';
import { siteHostOf } from '../url';
import handOverWords from './data/hand-over-words.json';
import {
  accordingTo,
  accordingToAfter,
  interviewed,
  mediaNouns,
  newsWords,
  reportsAfter,
  reportsBefore,
  that,
  toldAfter,
  toldBefore,
} from './data/lead-in-words.json';
import writerJobs from './data/writer-jobs.json';
import type { LeadInLink } from './lead-in';
import {
  alternation,
  alternationFor,
  CASE_ENDING,
  lazyPattern,
  madeOnFirstUse,
  type SlotWords,
  unicodeExpression,
} from './lead-in-words';
import {
  CALL_SIGN,
  companyShaped,
  firmlyNamed,
  isGivenName,
  isPlatformName,
  looksLikeOutletName,
  looksLikePersonName,
  mayNameSource,
  NAME,
  nameShape,
  spelledAsTitle,
  TAKEN_FROM,
} from './name-source';
import { FIRST_WITH, ONLY_THEY_HAD, STORY_WORDS, TALKED_TO } from './set-apart';
import {
  bodyNamed,
  DOCUMENT_WORDS,
  interviewedSplitSource,
  NEWS_WORD_BASE_FORMS,
  NEWS_WORDS,
  OTHER_DOCUMENT_WORDS,
  PERSON_WORDS,
} from './source-words';

/** Unknown outlets in attribution phrases: "here's the Tri-Valley Bugle with more:", "X reports that". The
 * name must read as a newsroom unless the phrase itself says it is one ("this week's issue of The Grocer",
 * "Feedstuffs, the American trade weekly,"). */
/** Languages a piece may be written in, which "writing in" does not make a publication. */
const LANGUAGES =
  '(?:English|Spanish|French|German|Italian|Portuguese|Dutch|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Greek|Turkish|Russian|Ukrainian|Arabic|Hebrew|Chinese|Mandarin|Cantonese|Japanese|Korean|Hindi|Urdu|Bengali|Tamil|Indonesian|Malay|Vietnamese|Thai|Tagalog|Swahili|Latin|Welsh|Irish|Gaelic|Catalan|Basque|Hungarian|Romanian|Plain English)';
/** Lead-in patterns for a name the table lacks. `saysNewsroom`: the words around the name make it a newsroom's.
 * `slot`: the name's place in the sentence is a publication's ("writing in X,"), so a name that is no place,
 * time or person counts, tentatively, whatever its spelling. */
interface UnknownPattern {
  re: RegExp;
  saysNewsroom: boolean;
  slot?: boolean;
  notTitles?: RegExp;
  notPeople?: boolean;
  /** The name's base form, where the phrase inflects it ("Helsingin Sanomien mukaan" → Helsingin Sanomat). */
  base?: (name: string, phrase: string) => string;
  /** The phrase hands the block over to the name (handOverForms): when the lead-in ends on a colon, or always for
   * a byline, a name no person, business, place or time owns is the source's, tentatively, whatever its
   * spelling ("More from Gull Point:", "KXLT got there first:"). */
  handOver?: 'colon' | 'always';
  /** A test of the whole match beyond the name ("By Dana Whitlock, Gull Point": a person's name first), given
   * whether the table knows some words as an outlet's short name. */
  check?: (match: RegExpExecArray, isShortName: (words: string) => boolean) => boolean;
  /** A literal the text must hold for the expression to be run at all: a cheap test that spares most texts it. */
  gate?: RegExp;
}

/** A person's name of two or three capitalised words ("Dana Whitlock"), tested by its shape where a pattern asks.
 * Its first word starts at no capital that an earlier one in the same run of letters could start (that one
 * matches all the later one would and is tried first), so a run of capitals is read once, not from each. */
const PERSON_SHAPE = "\\p{Lu}(?<!\\p{Lu}[\\p{L}’'.-]*?\\p{Lu})[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,2}";
const AFTER_NAME = "(?=[’']s\\b|[\\s,:;.]|$)";
/** Words of data/hand-over-words.json as an alternation, each word's first letter in either case. */
const handOverWords_ = (words: readonly string[]) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => either(w.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')))
    .join('|')})`;
/** Whether the words before " of "/" at "/", " in a match are a person's name ("Dana Whitlock of …"). */
const personFirst = (m: RegExpExecArray) =>
  nameShape(m[0].replace(/^\s*(?:[Bb]y\s+)?/, '').split(/\s+(?:of|at|from)\s+|,\s*|[’']s\s+/)[0]) ===
  'person';
/** Whether the words after a possessive in a match are a person's name ("Gull Point's Dana Whitlock:"). */
const personAfter = (m: RegExpExecArray) =>
  nameShape(m[0].replace(/^.*?[’']s\s+/u, '').replace(/\s*[:：]\s*$/, '')) === 'person';

/** Hand-over forms of English blogs, for names the table lacks (handOver): a piece in a paper, a writer's paper,
 * a credit, a byline, a paper's writer. */
function handOverPatterns(): UnknownPattern[] {
  const { pieces, ranIn, writesFor, credits } = handOverWords;
  return [
    {
      // "Per a report in Gull Point:", "The story in the Harbour Mercury:", "As reported in KXLT:".
      re: new RegExp(
        `(?:\\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+)?${handOverWords_(pieces)}s?\\s+(?:in|from|at|on|by)|\\b${handOverWords_(ranIn)}\\s+(?:in|on|by))\\s+(${NAME})${AFTER_NAME}`,
        'gu',
      ),
      saysNewsroom: false,
      handOver: 'colon',
    },
    {
      // "Dana Whitlock, writing for Gull Point:", "Reporting for Ballast, Dana Whitlock writes:".
      re: new RegExp(
        `\\b${handOverWords_(writesFor)}\\s+(?:for|in)\\s+(?!${LANGUAGES}\\b)(${NAME})${AFTER_NAME}`,
        'gu',
      ),
      saysNewsroom: false,
      handOver: 'colon',
    },
    {
      // "Dana Whitlock of Gull Point reports:", "Dana Whitlock at Ballast has the story:": a writer and her paper.
      re: new RegExp(
        `${PERSON_SHAPE}\\s+(?:of|at|from)\\s+(${NAME})\\s+(?:(?:has|had|also|just)\\s+)?(?:reports|reported|writes|wrote|notes|explains|says|adds|has|had|is reporting)\\b`,
        'gu',
      ),
      saysNewsroom: false,
      handOver: 'colon',
      check: personFirst,
    },
    {
      // "Credit to Gull Point for this:", "Quoting Ballast:", "A good catch by KXLT:".
      re: new RegExp(`(?<![\\p{L}])${handOverWords_(credits)}\\s+(${NAME})${AFTER_NAME}`, 'gu'),
      saysNewsroom: false,
      handOver: 'colon',
    },
    {
      // A byline: "By Dana Whitlock, Gull Point", "Dana Whitlock, Ballast:".
      re: new RegExp(`^\\s*(?:[Bb]y\\s+)?${PERSON_SHAPE},\\s+(${NAME})\\s*[:：]?\\s*$`, 'gu'),
      saysNewsroom: false,
      handOver: 'always',
      check: personFirst,
    },
    {
      // "Gull Point's Sunday piece has the backstory:", "The Harbour Mercury's write-up is the one to read:": the
      // paper's piece, perhaps with a word for when or what kind, and the colon ending the sentence.
      re: new RegExp(
        `(${NAME})(?:[’']s|(?<=s)[’'])\\s+(?:[\\p{L}-]+\\s+)?${handOverWords_(pieces)}\\b[^:：.!?]{0,80}[:：]\\s*$`,
        'gu',
      ),
      saysNewsroom: false,
      handOver: 'colon',
    },
    {
      // "Gull Point's Dana Whitlock:": a paper's writer, then the colon.
      re: new RegExp(`(${NAME})[’']s\\s+${PERSON_SHAPE}\\s*[:：]\\s*$`, 'gu'),
      saysNewsroom: false,
      handOver: 'colon',
      check: personAfter,
    },
  ];
}

/** Whether a match's name is no person's by its shape (a given name first) and no business's. */
/** A possessive ending a word inside a name, or right before it: "Reuters' Lisbon", "the Post's Lisbon". */
const POSSESSIVE_INSIDE = /(?:s[’']|[’']s)\s/u;
const POSSESSIVE_BEFORE = /(?:s[’']|[’']s)\s+$/u;

const notPersonOrBusiness = (m: RegExpExecArray) => nameShape(m[1]) !== 'person' && !companyShaped(m[1]);

/** The days of the week, as a programme's or an edition's name opens with one ("KXLT's Sunday bulletin"). */
const DAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** A broadcaster's programme and a newsroom's staff at work, for names the table lacks: "Gull Point's morning show
 * had the chair on:", "KXLT's Harbour Hour spoke to the chair:" (the programme's name is no part of the
 * broadcaster's), "A Tidewater Ledger reporter went down to the quay:", "Ballast reporters went and spoke to the
 * fishermen:". No person's, business's or product's
 * name has a reporter or a programme here. */
function programmeAndStaffPatterns(): UnknownPattern[] {
  return [
    {
      // "Btv's evening news spoke to a trader:", "KXLT's Sunday newscast had the chair on:", "RBA's evening
      // bulletin spoke to a driver:": a news programme (a bulletin by the hour it airs; a bank's or a parish's
      // bulletin airs at none) is a newsroom's own, so its owner is one, even named by one word.
      re: new RegExp(
        `(${NAME})[’']s\\s+(?:(?:${DAY_NAMES})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:news|newscast|(?:news|morning|midday|lunchtime|evening|night|nightly|late)\\s+bulletin)\\s+(?:had|has|spoke|talked|asked|interviewed|caught|heard|went|sat|got|featured|carried|aired|led|leads|ran|runs)\\b[^:：.!?]*[:：]\\s*$`,
        'gu',
      ),
      saysNewsroom: true,
      // "Maria's news had everyone talking:": a given name's news is hers.
      check: (m) => notPersonOrBusiness(m) && !isGivenName(m[1].toLowerCase()),
    },
    {
      re: new RegExp(
        `(${NAME})[’']s\\s+(?:(?:(?:${DAY_NAMES})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:show|programme|program|bulletin|podcast|broadcast|phone-in|newsletter|briefing)|(?:The\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})\\s+(?:had|has|spoke|talked|asked|interviewed|put|caught|heard|went|sat|got|featured|carried|aired|added|adds|led|leads|ran|runs)\\b[^:：.!?]*(?:[:：]|(?<=${ONLY_THEY_HAD})\\.)\\s*$`,
        'gu',
      ),
      saysNewsroom: false,
      handOver: 'colon',
      check: notPersonOrBusiness,
    },
    {
      // "On Gull Point's breakfast show, a weaver said:", "On KXLT's Facebook live, a resident said:": someone
      // speaking on a programme speaks on its broadcaster, whose passage it is.
      re: new RegExp(
        `(?:^|[.!?]\\s+)(?:(?:And|But|So|Then)\\s+)?[Oo]n\\s+(?:the\\s+)?(${NAME})[’']s?\\s+(?:(?:${DAY_NAMES})\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:show|programme|program|bulletin|podcast|broadcast|phone-in|newscast|live|livestream|live stream)\\s*(?:,|\\s+(?:on|this|last|yesterday|today)\\b[^,:：]{0,30},)\\s+[^:：]{1,120}[:：]\\s*$`,
        'gu',
      ),
      saysNewsroom: true,
      check: (m) => notPersonOrBusiness(m) && !bodyNamed(m[1]) && !isGivenName(m[1].toLowerCase()),
      gate: /\b[Oo]n\s/,
    },
    {
      re: new RegExp(
        `(?:(?<![\\p{L}])[Aa]n?\\s+)?(${NAME})\\s+(?:reporters?|correspondents?|journalists?|stringers?|(?:camera |news |TV )?crew)\\s+(?:went|was|were|spoke|talked|asked|caught|visited|got|has|had|sat|found|heard|tracked|followed)\\b`,
        'gu',
      ),
      // The name is read as a hand-over's (handedOverName): "A Lindqvist reporter" may be a surname's.
      saysNewsroom: false,
      handOver: 'always',
      // "Reuters' Lisbon correspondent spoke to …": a place after a possessive is the post's, not a name's word,
      // and the place alone names no newsroom.
      check: (m) =>
        !POSSESSIVE_INSIDE.test(m[1]) &&
        !POSSESSIVE_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)) &&
        notPersonOrBusiness(m),
    },
  ];
}

/** Capitalised words that open a sentence or hand over, never a name's first word. */
const HAND_OVER_OPENERS =
  /^(?:As|In|From|Here[’']?s|Here|Says|Quoting|Quoth|Per|Via|On|At|By|For|With|And|But|So|Then|This|That|These|Those|Meanwhile|Now|Also|Over|According|Credit|Read|See|More|Do|Go|When|If|After|Before|While|Since|Because|Although|Though|Once|Until|Where|What|Why|How|Who|Which|Yes|No|Not|Only|Even|Just|Still|Yet|Again|Later|Last|Next|Every|Each|All|Some|Many|Most|One|My|Our|Your|His|Her|Their|Its|We|They|He|She|It|I|You|Dear|Hi|Hello|Thanks|Der|Die|Das|Den|Dem|Des|El|La|Le|Les|Los|Las|Il|Lo|Het|De)$/u;

/** Whether a name a hand-over form gives may be an outlet's: no person's, business's, place's or time's, nor a
 * pronoun, a platform, a body or a document, nor a news word alone ("the paper"). */
function handedOverName(
  name: string,
  /** Whether the page gives someone this word as a surname ("Sarah Lindqvist … Lindqvist adds:"). When the
   * caller passes it, one plain word no one on the page is named by may be a paper's too ("More from Ballast:"). */
  isSurname?: (word: string) => boolean,
): boolean {
  const words = name.split(/\s+/);
  // A word opening the sentence or handing over is no part of a name ("In Gull Point", "Says Ballast"); a
  // person's name inside one ("Dana Whitlock of …", "… 's Dana Whitlock") makes it no paper's alone.
  if (HAND_OVER_OPENERS.test(words[0]) || /[’']s\s/.test(name)) return false;
  // Read by its shape only in English spelling, and in two words or more, or as a call sign: a given name of
  // another language, or one word ("Musk"), is as likely a person's as a paper's, unless the page names no one
  // so (oneWordTitle).
  if (!/^[A-Za-z&.' -]+$/.test(name)) return false;
  if (words.length < 2 && !CALL_SIGN.test(name) && !(isSurname && oneWordTitle(name, isSurname)))
    return false;
  if (!words.every((w) => w === '&' || /^[A-Z][A-Za-z'.-]+$/.test(w))) return false;
  if (name.split(/\s+(?:of|at|from|for|and|&)\s+/).some((part) => nameShape(part) === 'person')) return false;
  return (
    mayNameSource(name) &&
    !TIME_WORDS.test(name) &&
    !NOT_SOURCES.test(name) &&
    !ONE_WORD_PLACES.has(name) &&
    !PERSON_WORDS.test(name) &&
    nameShape(name) !== 'person' &&
    !companyShaped(name) &&
    !(words.length === 1 && isGivenName(name.toLowerCase())) &&
    !words.every((w) => NEWS_WORDS.has(w.toLowerCase()))
  );
}

/** One capitalised word a hand-over gives as its source ("Ballast", "Grist"): not a word opening a clause, an
 * adverb ("Predictably"), a plural ("Officials"), a given name, nor a surname the page gives someone. The
 * reading rests on shape alone, so callers mark it tentative. */
function oneWordTitle(word: string, isSurname: (word: string) => boolean): boolean {
  return (
    /^[A-Z][a-z]{2,}$/.test(word) &&
    !/(?:ly|s)$/.test(word) &&
    word !== 'The' &&
    !CLAUSE_OPENERS.test(word) &&
    !isGivenName(word.toLowerCase()) &&
    !isSurname(word)
  );
}

/** Names after or before a lead-in's words, where the table knows none; built on first use (`madeOnFirstUse`), as the
 * other lists of expressions here: a page whose lead-ins name known outlets never asks. */
const UNKNOWN_PATTERNS = madeOnFirstUse<readonly UnknownPattern[]>(() => [
  ...handOverPatterns(),
  ...programmeAndStaffPatterns(),
  {
    re: new RegExp(
      `(?:[Hh]ere[’']?s|[Hh]ere is|[Mm]ore from|[Vv]ia|[Oo]ver on|[Aa]ccording to|[Cc]ourtesy of|[Pp]er|[Ff]rom|[Rr]eporting by|(?:[Aa]s )?(?:first )?reported by|[Oo]ver at|[Ss]elon|[Dd][’']après|[Ss]egún|[Ll]aut|[Ss]econdo|[Ss]egundo|[Vv]olgens|[Ee]nligt|[Ii]følge)\\s+(${NAME}(?:${PLACE_ADJECTIVE})?)(?=[’']s\\b|[\\s,:;.]|$)`,
      'gu',
    ),
    saysNewsroom: false,
    handOver: 'colon',
  },
  {
    // "Gull Point reports that", "Gull Point now reports that", "Gull Point, which has been tracking this since
    // the spring, reports that": a newsroom's verb, perhaps after a word of time or a relative clause that only
    // a thing (not a person: "who") takes.
    re: new RegExp(
      `(${NAME})(?:[’']s?)?(?:,\\s+(?:which|whose)\\s[^,:;]{1,80},)?\\s+(?:(?:has|had|also|just|now|first|again)\\s+)?(?:reports?|reported|(?:is|are|was|were) (?:now )?reporting|writes|wrote|explains|explained|notes|noted|points? out|pointed out|has it|had it|(?:has|had|puts?) the (?:[\\p{L}’'-]+\\s+){0,2}?(?:numbers?|details?|story|latest|figures?|side|view|take|angle|reaction|response|version|breakdown|rundown|scoop)|has the (?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+(?=\\s*[:：]\\s*$))\\b`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The Courier says that", "The Mercury said on Friday that", the passage finishing the sentence: "says" is
    // anyone's verb, so only for a name that reads as a newsroom's by its words ("The mayor says that" is no one's).
    re: new RegExp(
      `(${NAME})\\s+(?:says|said)(?:\\s+(?:on|this|last|yesterday|today)\\b[^,.!?:]{0,20})?\\s+that\\s*$`,
      'gu',
    ),
    saysNewsroom: false,
    check: (m) => looksLikeOutletName(m[1].replace(/^[Tt]he\s+/, '')),
  },
  {
    // "The Kelso Ledger put it well:", "KXLT summed it up best:": who "put it well" is anyone by the idiom
    // (SOMEONES_TEXT), so only a name that opens the sentence and reads as a newsroom's by its words, or a call
    // sign, is taken ("Jane Doe of the Kelso Ledger put it well:" is hers).
    re: new RegExp(
      `(?:^|[.!?]\\s+)(?:(?:And|But|Meanwhile|Now|Then|Also),?\\s+)?(${NAME})\\s+(?:put|puts|summed|sums|said|says)\\s+it\\s+(?:up\\s+)?(?:best|better|perfectly|well|nicely|neatly|clearly)\\s*[:：]\\s*$`,
      'gu',
    ),
    saysNewsroom: false,
    check: (m) => looksLikeOutletName(m[1].replace(/^[Tt]he\\s+/, '')) || CALL_SIGN.test(m[1]),
    gate: /\bit\s/,
  },
  {
    // "The Consortium says that": a short name the table gives a newsroom ("the Consortium", "the Whig") is a
    // newsroom's, whatever its word, where the page does not say which paper's it is.
    re: /([Tt]he\s+\p{Lu}[\p{L}-]+)\s+(?:says|said)(?:\s+(?:on|this|last|yesterday|today)\b[^,.!?:]{0,20})?\s+that\s*$/gu,
    saysNewsroom: true,
    check: (m, isShortName) => isShortName(m[1]),
  },
  {
    // "Here is how Ballast reported it:", "This is how Gull Point covered the vote:": the way a newsroom told it is
    // its report, handed over; a person's name ("how Dana Whitlock put it") is refused by the hand-over's checks.
    re: new RegExp(
      `\\b(?:[Hh]ere[’']?s|[Hh]ere is|[Tt]his is|[Tt]hat[’']?s)\\s+how\\s+(${NAME})\\s+(?:reported|covered|described|put|told|wrote up|broke|ran)\\s+(?:it|this|that|the\\s+(?:story|news|decision|vote|closure|plan|result))\\b`,
      'gu',
    ),
    saysNewsroom: false,
    handOver: 'colon',
    gate: /\bhow\s/,
  },
  {
    // "Here is what Tern Point Radio said on Monday:", "Here is what the Skerry Bulletin had to say:": what a name
    // said, handed over by the colon. "Said" is anyone's verb, and most names after it are people's ("Here is what
    // Morag Lennie said:", a given name the lists may lack), so only for a name that reads as a newsroom's by its
    // words or is a call sign ("Here's what KXRT told listeners:").
    re: new RegExp(
      `\\b(?:[Hh]ere[’']?s|[Hh]ere is|[Tt]his is|[Tt]hat[’']?s)\\s+what\\s+(${NAME})\\s+(?:said|says|had to say|has to say|told (?:us|readers|listeners|viewers))\\b[^:：.!?]{0,30}[:：]\\s*$`,
      'gu',
    ),
    saysNewsroom: false,
    check: (m) => looksLikeOutletName(m[1].replace(/^[Tt]he\s+/, '')) || CALL_SIGN.test(m[1]),
    gate: /\bwhat\s/,
  },
  {
    // "As Gull Point notes:", "As Ballast reports,": "as" and the verb hand the block over to the name.
    re: new RegExp(
      `\\b[Aa]s\\s+(${NAME})\\s+(?:(?:has|had|also|just|first)\\s+)?(?:reports?|reported|notes?|noted|points? out|pointed out|explains?|explained)\\b`,
      'gu',
    ),
    saysNewsroom: false,
    handOver: 'colon',
  },
  {
    re: new RegExp(
      `(?:[Tt]his (?:week|month|morning)[’']s|[Tt]oday[’']s|[Tt]he latest|[Ll]ast (?:week|month)[’']s|[Tt]he (?:current|new|(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+\\d{4})?)) (?:print )?(?:issue|edition) of (${NAME})(?![’']s?\\s)`,
      'gu',
    ),
    saysNewsroom: true,
    // "the December issue of Ruth Hale's newsletter": the periodical is what the name owns, not the name.
    check: (m) => !/[’']s?$/u.test(m[1]),
  },
  {
    // "Page 14 of this month's Gull Point:", "From today's Harbour Mercury, front page:": a name that comes out
    // on a day or in a month is a periodical's; the hand-over's checks refuse a person's or a business's.
    re: new RegExp(
      `(?:\\b[Tt]oday|\\b[Yy]esterday|\\b[Tt]his (?:morning|evening|week|weekend|month)|\\b[Ll]ast (?:night|week|month)|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[’']s\\s+(${NAME})${AFTER_NAME}`,
      'gu',
    ),
    saysNewsroom: false,
    handOver: 'colon',
  },
  {
    re: new RegExp(
      `(${NAME}),\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:weekly|daily|monthly|newspaper|paper|magazine|tabloid|trade (?:journal|press)|news (?:site|agency|service|outlet)|wire service|broadcaster)\\s*[,(]`,
      'gu',
    ),
    saysNewsroom: true,
  },
  {
    // "A terminal operator told The Loadstar.": a capitalised "The" mid-sentence starts a title, and people
    // speak to newsrooms.
    re: /(?:\b[Tt]old|\b[Ss]peaking (?:to|with)|\b[Ii]n an interview with)\s+(The\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})/gu,
    saysNewsroom: true,
  },
  {
    // "One driver told WPLX:", "A stallholder told Harbourside Radio:": the newsroom that carried someone's words,
    // when its name reads as a newsroom's (a newsroom's word, a call sign); told to a person, they stay theirs.
    re: new RegExp(
      `(?:\\b[Tt]old|\\b[Ss]peaking (?:to|with)|\\b[Ii]n an interview with)\\s+(${NAME})${AFTER_NAME}`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The Baltimore Banner's transportation reporter has the numbers:", "TradeWinds’ Oslo correspondent" ("as
    // X's correspondent" is a job, read before this in lead-in.ts).
    re: new RegExp(
      `(?<!\\bas\\s(?:[Tt]he\\s)?)(${NAME})(?:[’']s|(?<=s)[’'])\\s+(?:[\\p{L}-]+\\s+){0,2}(?:reporters?|correspondents?|editors?|columnists?|newsroom|critics?|staff|writers?|team)\\b`,
      'gu',
    ),
    saysNewsroom: true,
    // A body's staff and teams are no newsroom's: "the reply from the Council's flood team", "the Parish
    // Board's staff" (the name's last word says it is a body); nor is a person's or a business's reporter
    // ("Sarah Lindqvist's harbour reporter"), a name being a person's here by a given name first (nameShape), as
    // "Harbour Lines’ Oslo correspondent" is not.
    check: (m) => !bodyNamed(m[1].split(/\s+/).pop() ?? '') && notPersonOrBusiness(m),
  },
  {
    // "The Harbour Mercury had a reporter at the hearing:", "Northshore Radio sent a camera crew to the quay:": a
    // newsroom's own people at the scene (a work crew or a photographer may be anyone's). No person names one.
    re: new RegExp(
      `(${NAME})\\s+(?:had|has|sent|got)\\s+(?:a|an|its|their|two|three)\\s+(?:[\\p{Ll}-]+\\s+)?(?:reporters?|correspondents?|stringers?|(?:camera|news|TV) crews?)\\s+(?:at|in|on|to|inside|outside|there)\\b`,
      'gu',
    ),
    saysNewsroom: true,
    notPeople: true,
    check: (m) => !companyShaped(m[1]),
  },
  {
    // "The Gazette's numbers, from this morning's paper:", "The Courier's figures in today's print edition:": what
    // a name's paper printed.
    re: new RegExp(
      `(${NAME})(?:[’']s|(?<=s)[’'])\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+,?\\s+(?:from|in)\\s+(?:this (?:morning|evening|week)[’']s|today[’']s|yesterday[’']s|last night[’']s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s|the (?:morning|evening|weekend|Sunday))\\s+(?:paper|print edition|edition|front page)\\b`,
      'gu',
    ),
    saysNewsroom: true,
    notPeople: true,
  },
  {
    // "Harbour Mercury reporter Dana Whitlock writes:", "the Kelso Ledger's columnist Ana Ruiz notes:": a
    // newsroom's job before its writer's name, then the colon; the name must read as a newsroom, and a former
    // job ("the former Kelso Ledger correspondent …") is no newsroom's at work.
    re: new RegExp(
      `(?<!\\b(?:former|onetime|one-time|ex-)\\s*(?:[Tt]he\\s+)?)(?<!\\p{Lu}[\\p{L}’'.&-]*\\s+)(${NAME})(?:[’']s)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:reporter|correspondent|columnist|editor|writer|critic|journalist)\\s+\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,2}\\s+(?:writes|wrote|reports|reported|notes|explains|adds|has (?:the|more))\\s*[:：]`,
      'gu',
    ),
    saysNewsroom: false,
    notPeople: true,
  },
  {
    // "The Ridge Courier's man in Hollis writes:": a newsroom's correspondent somewhere; the name must read as a
    // newsroom ("the company's man in Brussels" is no source).
    re: new RegExp(
      `(${NAME})(?:[’']s|(?<=s)[’'])\\s+(?:own\\s+)?(?:man|woman)\\s+(?:in|on|at)\\s+\\p{Lu}`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The New Stack's summary of the rules", "InDaily's write-up": a story a name holds; the name must read as a
    // newsroom or be spelled as a title ("Apple's report" is a company's). A preposition before it is no part of
    // it ("In WXYZ-TV's telling").
    re: new RegExp(
      `(?:(?<![\\p{L}])(?:In|From|Per|On|At|By)\\s+)?(${NAME})(?:[’']s|(?<=s)[’'])\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:summary|story|piece|coverage|explainer|write-?up|recap|rundown|scoop|report|dispatch|reporting|telling|take|newsletter|live ?blog|live (?:updates|coverage)|headline|lede|lead story|account|version|bulletin|editorial|investigation|front page|(?:\\p{Lu}\\p{Ll}+ )?edition)\\b`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The state news agency, PNA, put out the government line:", "the local paper, the Courier, …", "The
    // government's own news agency, BOPA, …", "Samoa's state broadcaster, TV1, …", "My local paper, the Quayside,
    // says:": a kind of newsroom, then its name set off by commas.
    re: new RegExp(
      `(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Mm]y|[Tt]heir)|(?<![\\p{L}’'])\\p{Lu}\\p{Ll}+[’']s)\\s+(?:[\\p{Ll}-]+(?:[’']s)?\\s+){0,3}(?:news agency|wire service|wire|newspaper|paper|broadcaster|daily|weekly|magazine|tabloid|news site|news outlet|radio station|TV station|trade (?:paper|journal|magazine))\\s*,\\s+(${NAME})\\s*,`,
      'gu',
    ),
    saysNewsroom: true,
  },
  {
    // "Writing in Recharge, Ines Waldron notes:", "In a column for The Tyee, …": where a named writer's piece ran.
    // A language is not a publication ("Writing in Spanish, she notes").
    re: new RegExp(
      `(?:\\b[Ww]riting|\\b[Rr]eporting|\\b[Ii]n (?:a|an|his|her|their|its|this) (?:[\\p{Ll}-]+\\s+)?(?:piece|column|op-ed|essay|article|story|report|feature|newsletter|post|dispatch))\\s+(?:in|for)\\s+(?!${LANGUAGES}\\b)(${NAME})(?=\\s*,)`,
      'gu',
    ),
    saysNewsroom: false,
    slot: true,
  },
  {
    // "As the Harbour Mercury put it:", "Here's how WXYZ-TV framed it:": the newsroom's words; a person's name is refused
    // by its shape.
    re: new RegExp(
      `\\b(?:[Aa]s|[Hh]ow)\\s+(${NAME})\\s+(?:puts?|phrased|phrases|framed|frames|summed|sums|told|tells|covered|covers)\\s+it\\b`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The editors of the Harbour Mercury:", "The Kelso Ledger says in an editorial:", "WXYZ-TV, reporting from
    // the quay:": a newsroom's own voice.
    re: new RegExp(
      `(?:\\b[Tt]he (?:editors|editorial board) of\\s+(${NAME})|(${NAME})\\s+(?:says|said|argues|argued|writes|wrote) in (?:an?|its|today[’']s) (?:editorial|leader|leading article)|(${NAME}),\\s+reporting (?:from|at|on)\\b)`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "In the Harbour Mercury this morning:", "On Gull Point today:": where the words ran, and when.
    re: new RegExp(
      `\\b[IiOo]n\\s+(${NAME})\\s+(?:this (?:morning|evening|week|weekend)|today|yesterday|last (?:night|week)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b`,
      'gu',
    ),
    saysNewsroom: false,
    handOver: 'colon',
  },
  {
    // "The Harbour Mercury, in a piece headlined 'Ferry fares to double':": a headline is a newsroom's.
    re: new RegExp(
      `(${NAME}),\\s+in\\s+(?:an?|its|their|today[’']s|this morning[’']s|yesterday[’']s)\\s+(?:[\\p{Ll}-]+\\s+)?(?:piece|story|article|report|column|editorial|feature|item|segment|explainer)\\s+(?:headlined|titled|entitled|under the headline)\\b`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    // "The Pharmacist surveyed its readers last month:", "Ballast polled its subscribers:": a name with readers of
    // its own is a newsroom's (a union's or a company's survey asks its members or its customers).
    re: new RegExp(
      `(${NAME})\\s+(?:(?:also|just|recently|first|again)\\s+)?(?:surveyed|polled|asked|quizzed|heard from|canvassed|invited)\\s+(?:its|their)\\s+(?:own\\s+)?(?:readers|readership|subscribers|listeners|viewers|audience)\\b`,
      'gu',
    ),
    saysNewsroom: true,
    notPeople: true,
    check: (m) => !companyShaped(m[1]) && !bodyNamed(m[1]),
  },
  {
    // A US broadcaster's call sign doing the reporting: "WYPR caught up with…", "KQED reports". Four letters,
    // K or W first, as the FCC assigns them; a reporting verb follows ("KING 5 did a story" is not a lead-in).
    re: /(?<![\p{L}-])((?!WHO\b|WWII\b)[KW][A-Z]{3}(?:-(?:TV|FM|AM))?)\s+(?:\d{1,2}\s+)?(?:(?:has|had|also|just)\s+)?(?:reports?|reported|says|said|writes|wrote|caught up with|talked (?:to|with)|spoke (?:to|with)|interviewed|obtained|found|confirmed|has (?:the|more))\b/gu,
    saysNewsroom: true,
  },
]);

/** A word either capitalised or not: "[Ff]rom". */
const either = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;

/** "as X writes" / "X writes" in Czech, Greek, Romanian and Indonesian: "Jak píše Brněnský deník:", "Όπως γράφει
 * η Καθημερινή:", "Scrie Monitorul de Cluj:", "Seperti diberitakan Kompas:". */
const WRITES = [
  'jak píše',
  'píše',
  'jak uvádí',
  'jak informuje',
  // Past tense, in the name's gender and number ("Jak napsaly Lidové noviny", "Jak uvedlo Rádio Plus").
  ...['jak napsal', 'jak informoval', 'jak uvedl'].flatMap((verb) =>
    ['', 'a', 'o', 'y', 'i'].map((ending) => `${verb}${ending}`),
  ),
  'όπως γράφει',
  'όπως αναφέρει',
  'γράφει',
  'scrie',
  'după cum scrie',
  'după cum relatează',
  'după cum informează',
  'așa cum scrie',
  'aşa cum scrie',
  'relatează',
  'seperti diberitakan',
  'seperti ditulis',
  'seperti dilaporkan',
];

/** "as X writes" and a verb before the name in the languages of data/lead-in-words.json: "Kako piše", "Как
 * пишет", "Skriver". Made on first use (`madeOnFirstUse`), as every piece built from the data's words and every
 * expression built from those pieces below: the analyser's host evaluates this module before its first page can
 * be answered, and most pages read none of them. */
const REPORTS_BEFORE_OTHER = madeOnFirstUse(() =>
  alternation(reportsBefore, { capitalised: true, left: true, right: true }),
);
/** Words that hand over to a source named right after them, in the languages the lead-ins are read in. */
const BARE_BEFORE = [
  'from',
  'via',
  'here’s',
  "here's",
  'here is',
  'per',
  'informa',
  'riporta',
  'scrive',
  'avança',
  'noticia',
  'publica',
  'meldet',
  'berichtet',
  'schreibt',
  'meldt',
  'schrijft',
  'rapporte',
  'écrit',
  'révèle',
  // Catalan and Norwegian: "Ho explica VilaWeb:", "Ho recull el Diari de Girona:", "Melder NRK:"
  'explica',
  'recull',
  'melder',
  ...WRITES,
]
  .map(either)
  .join('|');
/** A word of time between the verb and the name: "Όπως γράφει σήμερα η Καθημερινή:", "Scrie azi …". */
const TODAY =
  '(?:\\s+(?:σήμερα|χθες|dnes|včera|azi|astăzi|ieri|hari ini|kemarin|bugün|dün|heute|gestern|hoy|ayer|oggi|vandaag|gisteren|hoje|ontem|dziś|wczoraj|dazu|darüber))?';
/** "According to" (or "as X writes") in Swedish, Czech, Polish, Romanian, Indonesian, Greek, Russian and Ukrainian:
 * a ministry or a mayor follows it as often as a paper, so the name must read as a newsroom's. */
const ACCORDING_TO_WORDS = [
  'enligt',
  'podle',
  'według',
  'potrivit',
  'menurut',
  'σύμφωνα με',
  'как пишет',
  'по данным',
  'як пише',
  'за даними',
  // Catalan and Vietnamese: "Segons el Setmanari Comarcal:", "Theo Báo Đà Nẵng:" (Theo is also a given name)
  'segons',
  'theo',
].map(either);
const ACCORDING_TO = madeOnFirstUse(() =>
  ACCORDING_TO_WORDS.concat(
    alternation(accordingTo, { capitalised: true, left: true, right: true }),
    REPORTS_BEFORE_OTHER(),
  ).join('|'),
);
/** A word for the paper, the site or the agency between "according to" and the name ("podľa denníka SME", "по
 * данным издания РБК", "według portalu"): the phrase says the name is a newsroom's. */
const MEDIA_NOUN = madeOnFirstUse(mediaNounAlternation);

/** German capitalises its nouns ("der Lokalzeitung", "Lokalzeitung"); an article and a noun open a sentence
 * capitalised too ("Le quotidien", "Het dagblad"); a noun alone in another language only in lower case, since
 * capitalised it opens a title ("Gazeta Wyborcza", "Dziennik Bałtycki"), unless a title in quotation marks
 * follows it. */
function mediaNounAlternation(): string {
  const words = (keep: (code: string, word: string) => boolean) =>
    Object.fromEntries(
      Object.entries(mediaNouns as Record<string, string[]>).map(([code, list]) => [
        code,
        list.filter((word) => keep(code, word)),
      ]),
    );
  const bounded = { left: true, right: true };
  return `(?:${[
    alternation(
      words((code) => code === 'de'),
      { ...bounded, everyWord: true },
    ),
    alternation(
      words((code, word) => code !== 'de' && /\s/.test(word)),
      { ...bounded, capitalised: true },
    ),
    alternation(
      words((code, word) => code !== 'de' && !/\s/.test(word)),
      bounded,
    ),
    // Before a title in its quotation marks, capitalised too: "Dziennik „Kurier Nadwarciański” pisze:".
    `${alternation(
      words((code, word) => code !== 'de' && !/\s/.test(word)),
      { ...bounded, capitalised: true },
    )}(?=\\s+[„«"])`,
  ].join('|')})`;
}
/** Such a word opening a name a pattern caught ("Die Lokalzeitung Elbtaler Bote", "el diario La Voz del Jalón",
 * "dziennika „Kurier Nadwarciański”"), perhaps after the word handing over ("Wie", "Como", "Zoals"): set aside,
 * it says the rest is a newsroom's name. */
const MEDIA_OPENING = madeOnFirstUse(
  () =>
    new RegExp(
      `^(?:(?:Wie|Zoals|Como|Come|Comme|Jak|Tak jak)\\s+)?${MEDIA_NOUN()}\\s+(?=[\\p{Lu}„“«"])`,
      'u',
    ),
);
/** A word for the paper right before where a name begins ("Informuje o tym portal ", "Meldt de krant "). */
const MEDIA_BEFORE = lazyPattern(() => new RegExp(`(?<![\\p{L}])${MEDIA_NOUN()}\\s+[„“«"]?$`, 'u'));
/** The name after a media word, without the quotation marks around a title ("„Kurier Nadwarciański”"). */
function afterMediaNoun(name: string): string | null {
  const m = MEDIA_OPENING().exec(name);
  if (!m) return null;
  return name
    .slice(m[0].length)
    .replace(/^[„“«"]\s*/u, '')
    .replace(/\s*[”“»"]$/u, '');
}
/** Words a name caught in running text may open on that are no part of it: "Wie der Elbtaler Kurier meldet",
 * "Zoals het Polderdagblad meldt", "Dem Elbtaler Kurier zufolge" (a German article in the dative or genitive
 * opens no title). */
const OPENING_WORDS =
  /^(?:(?:As|Says|Quoting|Quoth|Here[’']s|Here\s+is|From|In)\s+|(?:Wie|Zoals|Como|Come|Comme|Jak|Tak jak|Som|Kuten|Ahogy)\s+(?:(?:der|die|das|dem|den|het|de|el|la|il|lo|le|o|a)\s+)?|(?:Dem|Den|Des)\s+(?=\p{Lu}))/u;
/** Lower-case articles between a word handing over and a title, in German, Dutch and the Romance languages ("laut
 * dem Elbtaler Kurier", "segundo a Gazeta da Ribeira", "volgens het Polderdagblad", "secondo l'Eco di Valdarno"). */
const LOWER_ARTICLE =
  "(?:(?:der|die|das|dem|den|des|het|de|le|la|les|el|los|las|il|lo|gli|o|a|os|as|do|da|dos|no|na|del|della|dello|du|al|alla|ao|sul|sulla|nel|nella)\\s+|(?:l|all|dell|sull|nell|dall)[’'](?=\\p{Lu}))";
/** One of those words, as a word before a capitalised one is tested for a given name (analyze.ts). */
export const HANDING_OVER_WORD = lazyPattern(
  () => new RegExp(`^(?:${BARE_BEFORE}|${ACCORDING_TO()})$`, 'iu'),
);
/** A sentence's first word and an article after it, before a capitalised name: "Som ", "Volgens de ", "Conform ". */
const HAND_OVER_OPENING =
  /^(\p{L}+)\s+(?:(?:de|het|der|die|das|dem|den|des|le|la|les|el|il|lo|o|a|os|as|the)\s+)?(?=\p{Lu})/u;
/** Verbs opening a verb-first sentence before the name in Swedish, Romanian, Portuguese and Czech ("Rapporterar
 * X:", "Conform X:", "Noticiou X:", "Napsal X:"). */
const VERB_FIRST_WORDS =
  /^(?:conform|noticiou|informou|escreveu|napsal[aoyi]?|uvedl[aoyi]?|informoval[aoyi]?|rapporterar|rapporterade|skriver|skrev)$/iu;
/** Whether a sentence's first word hands over to a name after it: one of `OPENING_WORDS` ("As", "Som", "Kuten",
 * "From"), a verb of `VERB_FIRST_WORDS`, or one of `HANDING_OVER_WORD`'s. */
function isHandOverWord(word: string): boolean {
  const capitalised = `${word[0].toUpperCase()}${word.slice(1).toLowerCase()} `;
  return VERB_FIRST_WORDS.test(word) || OPENING_WORDS.test(capitalised) || HANDING_OVER_WORD.test(word);
}
/** Verbs after a source's name that hand over: "KBZ informa:" (not "writes": "Musk writes:" is a person; nor
 * English "reports": "HWiNFO64 reports:" is a tool's output). */
const BARE_AFTER =
  'informa|riporta|noticia|publica|meldet|berichtet|meldt|rapporte|révèle|avança|uutisoi|uutisoivat|raportoi|melder|meldte|rapporterer|đưa tin';
/** Verbs of telling or writing after a name, which people do as much as newsrooms ("Virtanen kertoi:"): in
 * Finnish, Hungarian, Norwegian, Swedish and Danish, and German, French, Spanish, Portuguese, Italian, Dutch and
 * Polish ("Der Elbtaler Kurier schreibt dazu:", "Portal Głos Doliny pisze:"), and Turkish ("Kuzey Postası
 * yazdı:"), only a name that reads as a newsroom's, or follows a word for the paper, is taken. */
const TELLS_AFTER =
  'kertoo|kertoi|kirjoittaa|kirjoitti|írja|írta|beszámolt|skriver|skrev|forteller|schreibt|schrieb|écrit|explique|raconte|explica|cuenta|escribe|escreve|conta|scrive|spiega|racconta|schrijft|schreef|bericht|berichtte|pisze|podaje|informuje|donosi|yazdı|bildirdi|duyurdu|aktardı';
/** What a paper brings, in Portuguese and Spanish: "O Público traz hoje na capa:", "La Tercera trae hoy:". */
const BRINGS_AFTER = 'traz|trouxe|trae|trajo';
/** The same, where what is reported may follow before the colon: "Deia recoge además la respuesta de la
 * Diputación:" (not English "reports": "Apple reported record revenue:" is a company's results). */
const OPENING_AFTER = 'informa|riporta|noticia|publica|recoge|meldet|berichtet|meldt|rapporte|révèle';
/** A title's article, kept with its name ("Il Lampione"), or "the" and a Romance article in lower case ("Ho
 * explica el Diari de Sabadell:"), left out as everywhere else. */
const TITLE_ARTICLE =
  "(?:(?:[Tt]he|Il|Lo|La|Le|Les|El|Los|Las|Der|Die|Das|De|Het|O|A|Os|As|την|τη|το|τον|της|του|η|ο|el|els|la|les|los|las|il|lo|le)\\s+|[Ll][’'])";
/** Czech and Slovak titles capitalise their first word only: "Brněnský deník", "Lidové noviny"; so do the
 * languages of data/lead-in-words.json ("Večernji list", "Українська правда", "Lietuvos rytas", "Новая газета"). */
const LOWER_NEWS_WORD = madeOnFirstUse(
  () =>
    `(?:(?:deník|denník|noviny|listy|zprávy|týdeník|zpravodaj|list|lista|listu)(?![\\p{L}])|${alternation(newsWords, { right: true })})`,
);
/** A Romance title's adjective of place, in lower case after its article and one capitalised word ("Le Courrier
 * picard", "La Gaceta tamarana", "Il Corriere lucchese"): part of the title, as the lead-in names it. Only after
 * such an article, so an English sentence's words run on into no name. */
const PLACE_ADJECTIVE =
  '(?<=(?:^|[\\s(«„“"])(?:Le|La|Les|El|Il|Lo|O|A)\\s+\\p{Lu}[\\p{L}’\'-]*)\\s+\\p{Ll}{3,}(?:iens?|iennes?|ais|aises?|ois|oises?|ards?|ardes?|éens?|éennes?|anos?|anas?|eños?|eñas?|enses?|eses?|inos?|inas?)(?![\\p{L}])';

/** A capitalised name of up to four words, which may hold a lowercase particle ("Monitorul de Cluj") or end on a
 * lowercase news word. */
const BARE_NAME = madeOnFirstUse(
  () =>
    `(?:${MEDIA_NOUN()}\\s+[„“«"]?)?(${TITLE_ARTICLE})?(\\p{Lu}[\\p{L}\\p{N}’'.&-]*(?:\\s+(?:(?:de|din|du|des|del|della|di|da|do|dos|van|von|na)\\s+)?(?:[ld][’'])?\\p{Lu}[\\p{L}\\p{N}’'.&-]*){0,3}(?:\\s+${LOWER_NEWS_WORD()}|${PLACE_ADJECTIVE})?)[”“»"]?`,
);
const OPENER =
  '^(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Nn]ow|[Aa]lso|E|Et|Y|Und|En|Ho|Així ho|Com|Wie|Zoals|Como|Come|Comme|Jak|Tak jak)\\s+)?';
/** A bare lead-in; `newsroom`: only a name that reads as a newsroom's is taken ("according to"). */
interface BareLeadIn {
  re: RegExp;
  newsroom: boolean;
  saysNewsroom?: boolean;
}
/** The bare lead-ins, built on first use. */
const BARE_LEAD_INS = madeOnFirstUse<readonly BareLeadIn[]>(() => [
  {
    re: new RegExp(`${OPENER}(?:${BARE_BEFORE})${TODAY}\\s+${BARE_NAME()}\\s*[:：]\\s*$`, 'u'),
    newsroom: false,
  },
  { re: new RegExp(`${OPENER}(?:${ACCORDING_TO()})\\s+${BARE_NAME()}\\s*[:：]\\s*$`, 'u'), newsroom: true },
  { re: new RegExp(`${OPENER}${BARE_NAME()}\\s+(?:${BARE_AFTER})\\s*[:：]\\s*$`, 'u'), newsroom: false },
  {
    re: new RegExp(`${OPENER}${BARE_NAME()}\\s+(?:${OPENING_AFTER})\\s[^.!?:：]{0,80}[:：]\\s*$`, 'u'),
    newsroom: false,
  },
  // "Pohjolan Sanomat kertoi aamulla:", "A Szegedi Hírlap írja:" (the Hungarian article left out), "Fjordavisen
  // skriver:".
  {
    re: new RegExp(
      `${OPENER}(?:Az?\\s+(?=\\p{Lu}))?${BARE_NAME()}\\s+(?:${TELLS_AFTER})(?:\\s+\\p{Ll}+)?\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: true,
  },
  // The same verbs, or what a paper "brings" in Portuguese and Spanish, with what it reported before the colon:
  // "O jornal Notícias traz hoje na primeira página:", "El Sur trae en portada:", "Die Lausitzer Rundschau
  // schreibt in ihrer Analyse:"; only a newsroom's name, since people tell and bring things too.
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()}\\s+(?:${TELLS_AFTER}|${BRINGS_AFTER})\\s[^.!?:：]{0,80}[:：]\\s*$`,
      'u',
    ),
    newsroom: true,
  },
  // "According to" after the name: Hungarian "A Népszava szerint:", Turkish "Hürriyet'e göre:", Finnish
  // "Helsingin Sanomien mukaan:".
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()}(?:[’'][\\p{Ll}]{1,4}|:n)?\\s+(?:szerint|göre|mukaan)\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: true,
  },
  // Turkish "according to X's (today's) report": the phrase says a newsroom ("Yeni Asır'ın bugünkü haberine
  // göre:").
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()}[’'][\\p{Ll}]{1,4}\\s+(?:(?:bugünkü|dünkü|son|ilk)\\s+)?(?:haberine|haberlerine|yazısına|manşetine)\\s+göre\\s*[:：]?\\s*$`,
      'u',
    ),
    newsroom: false,
    saysNewsroom: true,
  },
  // Turkish puts the verb last, what ran or who was asked before it: "Kuzey Postası bugün manşetten verdi:",
  // "Ada Radyo, limanda bir balıkçıyla konuştu:" (the one asked in the comitative, "-(y)la", "-(y)le", or "ile");
  // only a name that reads as a newsroom's, since people write and talk too.
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()},?\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:(?:manşetten|manşete|manşetine|manşetinden)\\s+(?:verdi|taşıdı|çıkardı)|manşet yaptı|haberleştirdi|yazdı|bildirdi|duyurdu|aktardı|[\\p{L}’'-]+(?:y?la|y?le|\\s+ile)\\s+(?:konuştu|görüştü|söyleşi yaptı|röportaj yaptı))\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: true,
  },
  // A name and what the reader meets at its door: "The Harbour Mercury (paywall):", "WXYZ-TV [$]:", "Northshore
  // Radio (gift link):".
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()}\\s*[([]\\s*(?:paywall(?:ed)?|\\$|gift(?:ed)? link|free(?: to read| link)?|subscription|subscribers?(?: only)?|registration required|metered|emphasis (?:mine|added|ours))\\s*[)\\]]\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: false,
  },
  // A name and when it spoke: "Northshore Radio, last night:", "WXYZ-TV, this morning.", "The Ledger, again:".
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()},\\s+(?:last night|this (?:morning|evening|afternoon|week)|last week|yesterday|today|overnight|earlier|again|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\s*[:：.]\\s*$`,
      'u',
    ),
    newsroom: true,
  },
  // Where the words ran, then what one reads there: "In der Lokalzeitung Elbtaler Bote heißt es:", "Im Elbtaler
  // Kurier steht:", "In het Polderdagblad staat:", "W dzienniku „Kurier Nadwarciański” czytamy:".
  {
    re: new RegExp(
      `^(?:In|Im|Bei|Beim|W|We|Na)\\s+(?:(?:der|dem|den|het|de)\\s+)?${BARE_NAME()}\\s+(?:heißt es|hieß es|steht|stand|liest man|lesen wir|staat|stond|lezen we|lees je|czytamy|można przeczytać)(?:\\s+\\p{Ll}+){0,2}\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: false,
  },
  // The same as a label: "On lit dans L’Écho du Vercors :", "Extrait du quotidien …", "Si legge sul quotidiano
  // …:", "Aus dem Elbtaler Kurier:", "Zitiert nach der Lokalzeitung …:".
  {
    re: new RegExp(
      `^(?:On lit dans|À lire dans|Extraits?|Si legge(?:\\s+(?:su|in))?|Lo si legge(?:\\s+su)?|Aus|Zitiert nach|Zitat aus|Lemos(?:\\s+(?:em|n[oa]))?|Leemos en|Se lee en)\\s+(?:(?:der|dem|den|du|de la|de l[’']|de|le|la|l[’'])\\s*)?${BARE_NAME()}\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: false,
  },
  // A byline: "Calcalist, by Tamar Levin-Sadeh:", "Le Courrier — par Anne Roux :".
  {
    re: new RegExp(
      `${OPENER}${BARE_NAME()}(?:,|\\s+[—–-])\\s+(?:by|par|por|von|di|door)\\s+\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,3}\\s*[:：]\\s*$`,
      'u',
    ),
    newsroom: false,
  },
]);
/** Capitalised words that say how or where words came, not whose they are: "Via Email:", "From the FAQ:"; the
 * words opening "as X reports" ("Como informa …", "Wie … meldet"); and the demonstratives opening "that is what
 * X reports" ("Das berichtet der …", "Det skriver …"), which are no name. */
const NOT_SOURCES =
  /^(?:e-?mail|mail|post|faq|readme|wikipedia|wiki|zoom|slack|discord|whatsapp|telegram|signal|text|sms|memory|scratch|home|work|school|above|below|here|there|me|us|you|wie|zoals|como|come|comme|jak|so|zo|dat|das|dies|det|dette|detta|lo|esto|eso|questo|isso|isto|cela|ceci|así|così|assim)$/i;
/** Capitalised words that say when, not who: "From Tuesday:". */
const TIME_WORDS =
  /^(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b/i;

/** A possessive, then a month or a day and what follows it: "'s December issue", "’s Monday piece". */
const POSSESSIVE_TIME =
  /[’']s\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/u;

/** Words that open a sentence before a comma and are no one's name: "Anyway, on the vote:". */
const DISCOURSE_WORDS =
  /^(?:again|still|anyway|anyhow|elsewhere|further|furthermore|plus|besides|instead|otherwise|overall|here|there|now|so|then|yes|no|ok|okay|well|first|second|third|next|last|lastly|finally|separately|meanwhile|also|and|but|or|oh|right|sure|fine|briefly|quickly|locally|nationally)$/i;

/** Whether a name, or a subject and what follows it, is someone's person: "Rabobank's Michael Every", "Harrow
 * Capital's Marta Lindqvist writes:". */
function possessedPerson(words: string, outletName?: (name: string) => string | null): boolean {
  return possessedPersonName(words, outletName) !== null;
}

/** "X's <writer>" as one reading: whose the writer is, and whether that owner is a newsroom (possessedWriter). */
export interface PossessedWriter {
  /** The owner as written, "The" set aside ("Reuters", "BofA", "Times"). */
  owner: string;
  /** Where the owner's name starts and ends in the words read. */
  start: number;
  end: number;
  /** The writer: a person's name ("Jane Doe") or a job ("strategist", "columnist"). */
  writer: string;
  /** Whether the writer is a person's name, not a job. */
  person: boolean;
  /** Whether the owner is a newsroom: 'firm' when the table knows it, or its words, a call sign or a newsroom's
   * job after it say one; 'tentative' when a person's name follows a name read as a title by its shape alone
   * (handedOverName); null when it is no newsroom (a person's, a business's, a bank's: "BofA"). */
  newsroom: 'firm' | 'tentative' | null;
}

const WRITER_JOBS = madeOnFirstUse(() => ({
  newsroom: new RegExp(`^(?:${writerJobs.newsroom.join('|')})$`),
  any: [...writerJobs.newsroom, ...writerJobs.other].sort((a, b) => b.length - a.length).join('|'),
}));

/** "As X's", "Here's X's", "Per X's" and then the owner's possessive ("X's", or "Xs'" after an s) before a
 * person's name of two or three capitalised words, or a job of data/writer-jobs.json after up to two words
 * ("the Times' chief film critic"). */
const POSSESSED_WRITER = madeOnFirstUse(
  () =>
    new RegExp(
      `^((?:(?:As|Here['’]s|Per)\\s+)?)([^’']+?)(?:[’']s|(?<=s)[’'])\\s+(?:(\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,2})(?![\\p{L}’'])|(?:[\\p{Ll}-]+\\s+){0,2}?(${WRITER_JOBS().any})s?\\b)`,
      'u',
    ),
);

/**
 * The one reading of "X's <writer>" at the start of some words, for every rule that meets the form
 * (possessedPersonName, newsroomAtWork, unknownOutlet's byline, the person a lead-in hands over to): "Reuters'
 * Jane Doe writes:" is Reuters' (the table knows it), "The Kelso Ledger's Dana Whitlock" the Kelso Ledger's (its
 * words), "Gull Point's Dana Whitlock" Gull Point's tentatively (a title by its shape), "the Times' columnist
 * adds:" the Times' (a newsroom's job), while "BofA's Michael Hartnett summed it up:" and "BofA's strategist
 * summed it up:" are a bank's people speaking for it: no newsroom. Null when the words do not open so.
 */
export function possessedWriter(
  words: string,
  /** The table's name for an outlet it knows by these words. */
  outletName: (name: string) => string | null = () => null,
  /** As for handedOverName: whether the page gives someone this word as a surname. */
  isSurname?: (word: string) => boolean,
): PossessedWriter | null {
  const m = POSSESSED_WRITER().exec(words);
  if (!m) return null;
  const person = m[3] !== undefined;
  if (person && (!looksLikePersonName(m[3]) || nameShape(m[3]) !== 'person')) return null;
  // A name the table knows holding a possessive is one name, no one's writer: "Hawke's Bay Today" (a place's
  // possessive, and "Bay" a given name).
  if (person && outletName(m[0].slice(m[1].length)) !== null) return null;
  const written = m[2].trim();
  const owner = written.replace(/^[Tt]he\s+/, '');
  const start = m[1].length + m[2].indexOf(owner);
  const reading = { owner, start, end: start + owner.length, writer: person ? m[3] : m[4], person };
  if (outletName(owner) !== null || looksLikeOutletName(owner) || CALL_SIGN.test(owner))
    return { ...reading, newsroom: 'firm' };
  // "the Hawke's Bay App": "the" before one word that is no newsroom's opens the whole name, a place's
  // possessive inside it, not an owner's writer ("the Guardian's Jane Doe" is read above).
  if (person && /^[Tt]he\s+\p{Lu}[\p{L}-]*$/u.test(written)) return null;
  if (nameShape(owner) === 'person' || companyShaped(owner)) return { ...reading, newsroom: null };
  // A newsroom's job says its owner is one, as "X's correspondent" does wherever it is read.
  if (!person) return { ...reading, newsroom: WRITER_JOBS().newsroom.test(m[4]) ? 'firm' : null };
  return { ...reading, newsroom: handedOverName(owner, isSurname) ? 'tentative' : null };
}

/** The person in "Rabobank's Michael Every writes:", when the owner reads as no newsroom's name by the table or
 * its words (a newsroom's own writer, "The Harbour Mercury's Dana Whitlock", writes for it): possessedWriter. */
export function possessedPersonName(
  words: string,
  outletName?: (name: string) => string | null,
): string | null {
  const read = possessedWriter(words, outletName);
  return read?.person && read.newsroom !== 'firm' ? read.writer : null;
}

/** Whether the words open on a job someone holds at a name that is no newsroom's ("BofA's strategist summed it
 * up:", "Harrow Capital's chief economist writes:"): that person speaks (possessedWriter). */
export function possessedJobHolder(words: string, outletName?: (name: string) => string | null): boolean {
  const read = possessedWriter(words, outletName);
  return read !== null && !read.person && read.newsroom === null;
}

/** A label giving credit before the sentence that names whom: "Credit where due: the Kelso Ledger had this
 * first.", "In fairness, the Harbour Mercury got there first:". */
const CREDIT_LABEL = String.raw`(?:Credit where (?:it['’]s |credit['’]s )?due|Credit|Full credit|Fair play|In fairness|To be fair|Hat tip)\s*[:,—–]\s+`;

/** What may open a sentence before its subject: "And the Harbour Mercury …", "Meanwhile, the Kelso Ledger …". */
const SUBJECT_OPENER = unicodeExpression(
  `^\\s*(?:(?:And|But|Meanwhile|Now|Then|Also|Later|Today|Yesterday|This morning),?\\s+|Here[’']s\\s+|Here is\\s+|${CREDIT_LABEL}|${TAKEN_FROM})?`,
);
const FIRST_WITH_END = lazyPattern(() => new RegExp(`${FIRST_WITH}\\s*[.!]\\s*$`));
const SUBJECT_NAME = new RegExp(`^(${NAME})(?=[’']s\\b|[\\s,:])`, 'u');

/** What follows a one-word subject: a newsroom's verb, perhaps after an adverb ("Ballast has the goods:",
 * "Ballast just confirms:", "Ballast got there first:"), or "on"/"with" and what it covers ("Ballast on the
 * vote:"); not any verb ("Repairability keeps creeping into the mainstream:"). */
const ONE_WORD_SUBJECT_REST =
  /^\s+(?:(?:also|just|then|now|again|first|finally|naturally)\s+)?(?:has|had|is on|got|reports?|reported|notes|noted|adds|added|explains|explained|writes|wrote|confirms|confirmed|puts|put|lays|laid|sums|summed|runs|ran|published|publishes|broke|breaks|obtained|quotes|quoted|digs|dug|followed|follows|takes|took|chimes|spoke|talked|caught|leads|led|splashed|reckons|summarised|summarized|on|with)\b/;

/** A day, a month or a number after a subject's verb, which the shape tests read as lower-case words. */
const WHEN_IN_REST =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{1,4}(?:st|nd|rd|th)?\b/g;

/** A time after a one-word title with its article, then the colon: "The Orcadian this week:", "The Quayside,
 * yesterday:" (a label of when the paper said it; a place rarely takes "The"). */
const TITLE_WHEN_REST =
  /^\s+(?:(?:this|last)\s+(?:week|weekend|morning|evening|month)|today|yesterday|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*[:：]\s*$/;

/** "That" closing a sentence for the passage to finish it, in English and the languages whose newsrooms are
 * read as subjects by their names (not Scandinavian "at", which English closes sentences on too). */
const BREAKS_OFF_SUBJECT = /\s(?:that|che|que|dat|dass|att|że|că|bahwa|ότι)\s*$/iu;

/** A sentence handing over with a colon whose subject is a name that reads as a newsroom's by its words ("The
 * Harbour Mercury dug into the numbers:", "The Kelso Ledger, which first reported the closure, adds:"), whatever
 * the verb, or with a full stop after the name's claim to the story (FIRST_WITH: "The Kelso Ledger had this
 * first."): the newsroom is the passage's source. Not a person's name, a company's or a body's, nor a person the
 * name owns ("Tidewell Energy's Ingrid Solberg summed it up:", possessedPersonName). */
export function newsroomAsSubject(
  sentence: string,
  /** The page's language: a name read by its shape alone is read on English pages (or pages that do not say),
   * since other languages capitalise what is no name ("Am Zaun hing …:", "Der Bürgermeister schrieb:"). */
  language: string | null = null,
  /** As for unknownOutlet: with it, one plain word no one on the page is named by may be the subject
   * ("Ballast has the goods:"). */
  isSurname?: (word: string) => boolean,
  /** The table's name for an outlet it knows by these words: then it is one, in any language ("O Cruzeiro do
   * Sul publicou hoje:" is the Cruzeiro do Sul, whose name says no newsroom). */
  outletName: (name: string) => string | null = () => null,
): { name: string; start: number; end: number; tentative?: boolean } | null {
  // A sentence broken off on "that" for the passage to finish ("Ballast reports that", "Il Corriere del Lago
  // riporta che") hands over as a colon does.
  const breaksOff = BREAKS_OFF_SUBJECT.test(sentence);
  // A full stop hands over after a claim to the story ("The Kelso Ledger had this first.").
  const firstWith = !/[:：]\s*$/.test(sentence) && !breaksOff;
  if (firstWith && !FIRST_WITH_END.test(sentence)) return null;
  let lead = sentence.match(SUBJECT_OPENER())?.[0].length ?? 0;
  // "Som Kustnytt rapporterar:", "Conform Radio Port:", "Volgens de Kustkrant:": a sentence opening on a word
  // that hands over has its subject after that word and an article.
  const handOver = HAND_OVER_OPENING.exec(sentence.slice(lead));
  if (handOver && isHandOverWord(handOver[1])) lead += handOver[0].length;
  const m = SUBJECT_NAME.exec(sentence.slice(lead));
  // "Radio Saarin mukaan:", "A Szigeti Napló szerint:": "according to" after the name is no verb of a subject.
  if (m && /^\s+(?:mukaan|szerint|göre|zufolge)\s*[:：]?\s*$/u.test(sentence.slice(lead + m[1].length)))
    return null;
  // Two subjects ("The Harbour Mercury and the Kelso Ledger both ran it:") name no one source.
  if (!m || /\s(?:and|&)$/.test(m[1]) || /^\s*(?:and|&|or)\s/.test(sentence.slice(lead + m[1].length)))
    return null;
  const name = m[1]
    .replace(/^[Tt]he\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ');
  // "Harrow Capital's Marta Lindqvist summed it up:": the person the subject owns speaks, not the subject.
  if (possessedPerson(`${name}${sentence.slice(lead + m[1].length)}`)) return null;
  // A name the table knows after the article the sentence gives it, of two words or more or initials ("Le JIR
  // titre …:"): one word after it is as often a body or a thing ("La Regione ha stanziato …:" is the region,
  // though a paper bears that name).
  const titled = name.replace(ROMANCE_ARTICLE, '');
  const known =
    titled !== name && (/\s/.test(titled) || ARTICLE_BEFORE_CAPITALS.test(name)) ? outletName(titled) : null;
  if (known) return { name: known, start: lead, end: lead + m[1].length };
  // A news word alone ("The Banner adds:") points back at a paper named before it (short-forms.ts).
  if (name.split(' ').every((word) => NEWS_WORDS.has(word.toLowerCase()))) return null;
  if (companyShaped(name)) return null;
  if (looksLikeOutletName(name) && !looksLikePersonName(name))
    return { name, start: lead, end: lead + m[1].length };
  // A call sign ("KXLT got there first:") or a title of two or more words that no person, business, place or
  // time owns ("Gull Point on the vote:", "Pike & Barrow lays it out:"): the structure names it, tentatively.
  // An aside between the name and its verb is set aside ("Gull Point, which broke the story, adds:", "Ballast
  // (paywalled) has it:").
  const rest = sentence
    .slice(lead + m[1].length)
    .replace(/^\s*(?:,[^,:]{1,80},|\([^()]{1,40}\))/, '')
    // A day, a month or a date the verb gives is no name ("Ballast reported on Tuesday:", "… wrote on 4 March:").
    .replace(WHEN_IN_REST, (when) => when.toLowerCase().replace(/\d/g, 'n'));
  if (language !== null && language !== 'en') return null;
  // One word must be the subject of a verb ("Ballast has the goods:"), not an adjective or a noun opening the
  // sentence ("Nice work from …:", "Excerpt from …:").
  const oneWord = !/\s/.test(name);
  // A label's comma before what the passage covers ("Sprudge, on the café side:") is the name's alone, not
  // a word's that opens a sentence ("Anyway, on the vote:").
  const labelled = /^,\s+on\s/.test(rest);
  if (labelled && DISCOURSE_WORDS.test(name)) return null;
  if (
    CALL_SIGN.test(name) ||
    ((nameShape(name) === 'title' || (isSurname !== undefined && oneWord)) &&
      handedOverName(name, isSurname) &&
      (firstWith
        ? /^,?\s+\p{Ll}[\s\p{Ll},’'()-]*[.!]\s*$/u
        : breaksOff
          ? /^\s+\p{Ll}[\s\p{Ll}’'-]*\sthat\s*$/u
          : /^,?(?:\s+\p{Ll}[\s\p{Ll},’'()-]*)?[:：]\s*$/u
      ).test(rest) &&
      (!rest.startsWith(',') || labelled) &&
      (!oneWord ||
        ONE_WORD_SUBJECT_REST.test(rest.replace(/^,/, '')) ||
        (/^[Tt]he\s/.test(m[1]) && TITLE_WHEN_REST.test(rest.replace(/^,/, '')))))
  )
    return { name, start: lead, end: lead + m[1].length, tentative: true };
  return null;
}

/**
 * A lead-in that is nothing but a source's name and a word handing over: "From Kestrel:", "Riporta Il
 * Lampione:", "KBZ informa:", or a byline ("Calcalist, by Tamar Levin-Sadeh:"). With nothing else in the sentence the name can only be the passage's source, so
 * it is an outlet in the page's words even when no word of it says "newsroom", unless it reads as a person's
 * name, a time, or a platform that hosts other people's words.
 */
export function bareAttribution(
  text: string,
  /** Whether the article names someone with this surname ("Elon Musk" for "Here's Musk:"). */
  isSurname: (word: string) => boolean,
  /** Whether the outlets table knows the name: then it is a newsroom's, whatever its words ("The Guardian, this
   * morning."). */
  known: (name: string) => boolean = () => false,
): { kind: 'outlet' | 'person'; name: string; start: number; end: number; tentative?: boolean } | null {
  const sentence = text.trim();
  if (sentence.length > 120) return null;
  for (const { re, newsroom, saysNewsroom: said } of BARE_LEAD_INS()) {
    const m = re.exec(sentence);
    if (!m) continue;
    // "Meldt de regionale krant Het Dijkblad:": a word for the paper before the name says it is a newsroom's.
    const saysNewsroom = said || MEDIA_BEFORE.test(sentence.slice(0, m.index + m[0].indexOf(m[1] ?? m[2])));
    if (
      newsroom &&
      !saysNewsroom &&
      !looksLikeOutletName(m[2]) &&
      !known(m[2]) &&
      !known(`${m[1] ?? ''}${m[2]}`)
    )
      continue;
    // "Zoals de Kustkoerier meldt:": a word handing over is no part of the name it opens.
    const named = baseForm(m[2].replace(OPENING_WORDS, ''));
    // "Radio Saarin mukaan:": Finnish puts the name before "mukaan" in the genitive.
    const bare = /\smukaan\s*[:：]\s*$/u.test(sentence) ? finnishNominative(named) : named;
    // A title's article is kept when it is written as part of the title: capitalised, and not "The"; but not
    // before a name the table knows only without it ("O Público traz hoje:" is Público).
    const article =
      m[1] && /^\p{Lu}/u.test(m[1]) && !/^the\s/i.test(m[1]) && (known(`${m[1]}${bare}`) || !known(bare))
        ? m[1]
        : '';
    if (
      TIME_WORDS.test(bare) ||
      NOT_SOURCES.test(bare) ||
      ONE_WORD_PLACES.has(bare) ||
      (!saysNewsroom && companyShaped(bare)) ||
      isPlatformName(bare) ||
      DOCUMENT_WORDS.test(bare) ||
      bodyNamed(bare)
    )
      return null;
    const offset = text.indexOf(sentence) + m.index + m[0].indexOf(article || bare);
    const name = `${article}${bare}`;
    const span = { name, start: offset, end: offset + name.length };
    const surname = !article && /^\p{Lu}\p{Ll}+$/u.test(bare) && isSurname(bare);
    // Two or more capitalised words no given name opens ("Here's Gull Stack:") are a title by their shape
    // (nameShape), tentatively; a given name first ("Here's Kevin Drum:") is a person's.
    const titleShaped = !article && /\s/.test(bare) && nameShape(bare) === 'title' && handedOverName(bare);
    // A title's own article opens no one's name ("Le Petit Brennois rapporte :"), unless a given name follows it
    // ("La Marta").
    const titled = article !== '' && !isGivenName(bare.split(/\s+/)[0].toLowerCase());
    const personShaped = (surname || looksLikePersonName(bare)) && !looksLikeOutletName(bare) && !titled;
    if (!saysNewsroom && (PERSON_WORDS.test(bare) || (personShaped && !titleShaped)))
      return { kind: 'person', ...span };
    return { kind: 'outlet', ...span, ...(!saysNewsroom && personShaped ? { tentative: true } : {}) };
  }
  return null;
}

/** The same in Catalan, Finnish, Hungarian, Norwegian, Swedish, Danish and Vietnamese: talking to someone,
 * interviewing or asking them ("L'Ara ha parlat amb una veïna", "Kauppalehti haastatteli yrittäjää", "A 444
 * megszólaltatott egy ingázót", "Bergens Tidende snakket med en pendler", "Thanh Niên phỏng vấn một tài xế"). */
const OTHER_NEWSROOM_ACTS = [
  '(?:ha |havia )?(?:parlat|conversat|xerrat) amb',
  'parla amb',
  '(?:ha |havia )?(?:entrevistat|preguntat)(?: a)?',
  'entrevista a',
  'haastatteli',
  'jututti',
  'tavoitti',
  'kysyi',
  'on haastatellut',
  'megszólaltatott',
  'megkérdezett',
  'megkérdezte',
  'beszélt',
  'interjút készített',
  '(?:har |hadde )?(?:snakket|pratet|talt|pratat|talat) med',
  '(?:snakker|prater|pratade|talade|talte|taler|talar) med',
  '(?:har |hadde )?(?:intervjuet|intervjuat|interviewet)',
  'intervjuade',
  'interviewede',
  '(?:đã )?phỏng vấn',
  '(?:đã )?trò chuyện với',
];
const HUNGARIAN_ACT = /(?:megszólaltatott|megkérdez|beszélt|interjút)/u;
/** What a newsroom does to get a story, said of the name that opens the sentence: "covered the announcement",
 * "talked to a grower", "sat in on the board meeting and got this from …", "obtained the memo", "asked the
 * airline", "went to Lewes", "had the legislative angle", "adds the American comparison". */
const NEWSROOM_ACTS = [
  'covered',
  'covers',
  '(?:talked|spoke|talks|speaks) (?:to|with)',
  'caught up with',
  'sat (?:in on|down with)',
  '(?:went|goes) (?:to|down to|out to|along to)',
  '(?:was|were|is) (?:at|in the room|there)',
  // Out at the scene: "was out at the slipway on Friday and talked to two of the crew".
  '(?:was|were|is) (?:down|out|over|up) (?:at|to|in|on|by)',
  'obtained',
  'got (?:hold of|a copy of|its hands on)',
  'asked',
  'put the question to',
  'interviewed',
  'tracked down',
  'dug into',
  'looked into',
  'followed up',
  'broke (?:the|this|it)',
  // What a newsroom put first: "The JEP leads with it today:", "KXLT led with the flooding:".
  '(?:leads|led) with',
  '(?:splashes|splashed) (?:on|with)',
  // Not "ran it past its lawyers", which is anyone's.
  'ran (?:it|this|the story)(?! (?:past|by)\\b)',
  // "got there first", "broke the story", "was first with the news": the one claim to a story set-apart.ts
  // reads (FIRST_WITH), so that the two readings of a sentence agree.
  FIRST_WITH,
  // "got the skipper on the phone", "went further", "did the legwork".
  "got (?:[\\p{L}’'-]+\\s+){1,3}on the (?:phone|line)",
  '(?:went|goes|has gone) further',
  'did the (?:legwork|digging|reporting)',
  'adds',
  'added',
  '(?:has |had )?learned',
  '(?:has |had )?confirmed',
  'confirms',
  '(?:was|were|is) (?:the )?first (?:to (?:report|break|have)|with)',
  'cites',
  'cited',
  'quotes',
  'quoted',
  '(?:has|had) more',
  '(?:summed|sums) (?:it|this|that|things) up',
  '(?:nails|nailed) (?:it|this)',
  'scooped',
  '(?:is|was) out with',
  'dug (?:up|in)',
  'digs (?:up|in|into)',
  '(?:weighs|weighed|chimes|chimed) in',
  'follows up',
  '(?:rounds|rounded) (?:it|this|things) up',
  '(?:went|goes) long',
  '(?:picked|picks) (?:it|this|the story) up',
  'reported (?:on|last|this|earlier|late|early) [^.!?:]{1,30}(?= that)',
  ...OTHER_NEWSROOM_ACTS,
  `(?:has|had|got|gets) (?:the|a|its|this) (?:[\\p{L}-]+\\s+){0,2}(?:${[
    'angle',
    'numbers?',
    'details?',
    'story',
    'latest',
    'figures?',
    'view',
    'take',
    'version',
    'reaction',
    'response',
    'rundown',
    'breakdown',
    'scoop',
    'side',
    'comparison',
    'context',
    'background',
    'answer',
    'comments?',
    'quotes?',
    'statement',
    'word',
    'piece',
    'explainer',
    'write-?up',
    'look',
    'deep dive',
    'feature',
  ].join('|')})`,
  'heard (?:back )?from',
  // On a story for days: "has been on this all week", "has been all over it since Monday".
  '(?:has|have|had) been (?:on|all over|following|covering|chasing|tracking) (?:this|it|that|the story)',
  // A broadcaster carrying an event, before the words it carried: "carried the switch-on live, and the mayor
  // said:"; not "carried out".
  '(?:carried|carries|aired|airs|broadcast|streamed|streams|televised) (?!out\\b)[^,.!?:]{1,40}? live',
].join('|');
/** The same in the languages of data/lead-in-words.json: "sa rozprával s", "поговорило с", "bisedoi me". */
const INTERVIEWED_OTHER = madeOnFirstUse(() => alternation(interviewed, { right: true }));
/** Words that open a clause, not a name: "When I asked him", "If Reuters", "After the vote". */
const CLAUSE_OPENERS =
  /^(?:when|if|after|before|as|while|once|since|because|although|though|until|unless|where|what|how|why|who|which|i|we|you|he|she|they|it)\b/i;
/** A newsroom's hold on a text, said in an aside between commas after its name: "which has seen the engineers'
 * report", "which obtained the memo", "which got hold of the survey", "which got the contract through a records
 * request". */
const WHICH_HAS_SEEN =
  'which (?:(?:has |had )?(?:seen|obtained|got hold of|got a copy of|reviewed|has a copy of|had a copy of) [^,:]{1,60}|(?:got|received) [^,:]{1,50}?\\b(?:through|via|under|with) (?:a|an|its|their) [^,:]{0,30}?\\brequests?\\b[^,:]{0,20})';
/** A possessive of the writer's opening a name: "Mein Onkel", "Ma voisine", "Mijn buurman", "Our landlord": a
 * relative or an acquaintance, no newsroom. */
const WRITERS_OWN =
  /^(?:my|our|mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|mon|ma|mes|notre|nos|mio|mia|miei|mie|mi|mis|nuestro|nuestra|meu|minha|mijn|onze|min|mitt|mina|mój|moja|moje|nasz|nasza)\s/i;
/** The sentence's subject doing that, perhaps through one of its people or products ("InDaily's Mia Castellano
 * was at the briefing and has the detail.", "Payload's newsletter had the money angle"). */
const NEWSROOM_AT_WORK = madeOnFirstUse(
  () =>
    new RegExp(
      `^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Aa]lso|[Mm]eanwhile),?\\s+)?(?:[^,:]{1,40}[,:]\\s+)?(${NAME}(?:\\s+${LOWER_NEWS_WORD()})?)(?:[’']s?\\s+(?:newsletter|podcast|site|team|desk|reporter|correspondent|version|story|piece|report|write-?up|coverage|account|\\p{Lu}[\\p{L}’'-]+\\s+\\p{Lu}[\\p{L}’'-]+))?(?:,\\s+(?:to be fair|to (?:its|their) credit|as usual|page \\d+ of [^,:]{1,40}|in [^,:]{1,40}|${WHICH_HAS_SEEN}),)?\\s+(?:(?:also|just|then|later|first|finally)\\s+)?(?:(?:${NEWSROOM_ACTS})\\b|${INTERVIEWED_OTHER()}|${interviewedSplitSource()})[^!?]*?(?:[:：]|\\bthat|(?<=\\b${STORY_WORDS}\\b[^.!?:]{0,40}|${TALKED_TO}|\\bon the (?:phone|line)|${FIRST_WITH})\\.)\\s*$`,
      'u',
    ),
);

/** The article and word for a paper, a station or an agency that open a sentence, two words
 * (data/lead-in-words.json's mediaNouns: "a rádio", "le journal", "de krant"), built on first use. */
const ARTICLE_AND_MEDIA_NOUN = madeOnFirstUse(
  () =>
    new Set(
      Object.values(mediaNouns as Record<string, string[]>)
        .flat()
        .filter((phrase) => phrase.split(' ').length === 2),
    ),
);

/** An article of a language that writes one before a newsroom's initials, then the initials (two to four
 * capitals, perhaps a digit; a longer word in capitals may be a title set in them, "O GLOBO"): the initials are
 * the name. */
const ARTICLE_BEFORE_CAPITALS =
  /^(?:[Oo]s?|[Aa]s?|[Ee]l|[Ll]os?|[Ll]as?|[Ll]es?|[Ii]l|[Gg]li|I|[Hh]et|[Dd]e[mnrs]?|[Dd]ie|[Dd]as)\s+\p{Lu}[\p{Lu}\p{N}]{1,3}(?:\s|$)/u;

/** A name read off a sentence without the article opening it when a word for a paper, a station or an agency
 * follows and the name goes on after that word ("A Rádio Nacional de Angola" is Rádio Nacional de Angola, "La
 * Radio Télévision Suisse" Radio Télévision Suisse); an article and that word alone ("El Diario") are the name.
 * `start` moves past what was dropped. */
export function withoutMediaArticle<T extends { name: string; start: number }>(read: T): T {
  const words = read.name.split(' ');
  // An article before a name in capitals is the sentence's, in any language: "A TVS falou com …" is the TVS, "Die
  // ARD meldet" the ARD, "Het AD meldt" the AD.
  if (words.length >= 2 && ARTICLE_BEFORE_CAPITALS.test(read.name)) {
    const dropped = words[0].length + 1;
    return { ...read, name: read.name.slice(dropped), start: read.start + dropped };
  }
  if (words.length < 3 || !/^\p{Lu}/u.test(words[1])) return read;
  if (!ARTICLE_AND_MEDIA_NOUN().has(`${words[0]} ${words[1]}`.toLowerCase())) return read;
  const dropped = words[0].length + 1;
  return { ...read, name: read.name.slice(dropped), start: read.start + dropped };
}

/** Hungarian's article before a title ("A Bihari Napló", "Az Index"): no part of the name. */
const HUNGARIAN_ARTICLE = /^Az?\s+(?=\p{Lu})/u;

/** The articles that languages writing one before every title put before a newsroom's name, by language:
 * Hungarian's ("A Bihari Napló", "Az Index") and Greek's, in the case the sentence gives the name ("Το Κρήτη TV
 * μίλησε", "Σύμφωνα με τη …"). No part of the name. */
const TITLE_ARTICLES: Readonly<Record<string, RegExp>> = {
  hu: HUNGARIAN_ARTICLE,
  el: /^(?:Ο|Η|Το|Οι|Τα|Τον|Την|Τη|Του|Της|Των|Τους|Τις)\s+(?=\p{Lu})/u,
};

/** A name read on a page in Hungarian or Greek without the article opening it ("A Bihari Napló szerint:" is the
 * Bihari Napló, "Το Κρήτη TV μίλησε με …" Κρήτη TV): these languages write one before every title, and a name
 * whose title opens on "A" in another language ("A Tribuna") keeps it. */
export function withoutTitleArticle<T extends { name: string; start: number }>(
  read: T,
  language: string | null | undefined,
): T {
  const article =
    language && Object.hasOwn(TITLE_ARTICLES, language) ? TITLE_ARTICLES[language].exec(read.name) : null;
  if (!article) return read;
  return { ...read, name: read.name.slice(article[0].length), start: read.start + article[0].length };
}

/** German's nominative article before a title of two capitalised words or more ("Die Talheimer Rundschau
 * schreibt:"). */
const GERMAN_ARTICLE = /^(?:Die|Der|Das)\s+(?=\p{Lu}[\p{L}\p{N}’'.&-]*\s+\p{Lu})/u;

/** A name the table lacks, read on a page in German, without the article opening its sentence: German inflects
 * the article with the sentence ("laut der Talheimer Rundschau", "Die Talheimer Rundschau schreibt"), so it is
 * the sentence's, as the dative's already is. A one-word title keeps it ("Der Nordschleswiger", "Die Zeit"),
 * being a noun or an adjective made one by it; so does a name the table knows with it. */
export function withoutGermanArticle<T extends { name: string; start: number }>(
  read: T,
  language: string | null | undefined,
  known: (name: string) => boolean,
): T {
  const article = language === 'de' ? GERMAN_ARTICLE.exec(read.name) : null;
  if (!article || known(read.name)) return read;
  return { ...read, name: read.name.slice(article[0].length), start: read.start + article[0].length };
}

/** One capitalised word closing on a word for news, joined to what goes before it, as many newsrooms name
 * themselves ("Starnieuws", "Telenoticias", "Kathnews", "Sportnachrichten"). */
const NEWS_COMPOUND =
  /^\p{Lu}\p{L}{2,}(?:news|nieuws|noticias|notícias|noticies|notizie|nachrichten|nyheter|nyheder|nytt|uutiset|novosti|haber|haberler)$/u;

/** An article opening a name in the Romance languages, before a capitalised word. */
const ROMANCE_ARTICLE = /^(?:O|A|Os|As|El|La|Los|Las|Le|Les|Il|Lo|Gli|I)\s+(?=\p{Lu})/u;

/**
 * The newsroom a sentence right before a passage shows at work: "InfoQ covered the announcement:", "Brownfield
 * talked to a grower near Effingham:", "Louisiana Illuminator had the legislative angle:". The name must not
 * read as a person's (nameShape), nor be a pronoun, a plural ("Officials", "Residents"), a surname the article
 * gives someone, a platform, a body or a document.
 */
export function newsroomAtWork(
  sentence: string,
  isSurname: (word: string) => boolean,
  /** The table's name for an outlet it knows by these words: then it is one, whatever its shape ("Axios"). */
  outletName: (name: string) => string | null = () => null,
): { name: string; start: number; end: number; tentative?: boolean } | null {
  const text = sentence.trimEnd();
  if (text.length > 240) return null;
  const m = NEWSROOM_AT_WORK().exec(text);
  if (!m) return null;
  // "InDaily's Mia Castellano": the name ends at the possessive; one of its people follows, and speaks for no
  // newsroom when the owner reads as none ("BofA's Michael Hartnett summed it up:", possessedWriter).
  if (possessedWriter(text.slice(m.index + m[0].indexOf(m[1])), outletName, isSurname)?.newsroom === null)
    return null;
  const possessor = /^(.+?)[’']s?\s/u.exec(m[1])?.[1] ?? m[1];
  // Hungarian puts its article before a title: "A Szegedi Napló megszólaltatott …" is the Szegedi Napló.
  const written = HUNGARIAN_ACT.test(m[0]) ? possessor.replace(HUNGARIAN_ARTICLE, '') : possessor;
  const name = written.replace(/^[Tt]he\s+/, '');
  if (
    !mayNameSource(name) ||
    TIME_WORDS.test(name) ||
    NOT_SOURCES.test(name) ||
    ONE_WORD_PLACES.has(name) ||
    companyShaped(name) ||
    PERSON_WORDS.test(name) ||
    CLAUSE_OPENERS.test(name) ||
    WRITERS_OWN.test(name) ||
    NEWS_WORDS.has(name.toLowerCase())
  )
    return null;
  const start = m.index + m[0].indexOf(written);
  // "O Público foi ouvir …": a Romance article before a name the table knows without it is no part of it.
  const known = outletName(written) ?? outletName(written.replace(ROMANCE_ARTICLE, ''));
  if (known) return { name: known, start, end: start + written.length };
  const shape = nameShape(written);
  if (shape === 'person') return null;
  // A one-word plural ("Officials", "Residents") is people; no English plural ends on -is ("Thetis", "Genesis"),
  // and a word for news closing a one-word name is a newsroom's ("Starnieuws", "Telenoticias").
  const newsCompound = NEWS_COMPOUND.test(name);
  if (
    shape === null &&
    ((/(?<!i)s$/.test(name) && !newsCompound) || isSurname(name) || looksLikePersonName(name))
  )
    return null;
  // Only a name with a newsroom's word, or a capitalised article, is more than its shape says.
  const firm = firmlyNamed(written) || newsCompound;
  return { name, start, end: start + written.length, ...(firm ? {} : { tentative: true }) };
}

/** A person the sentence right before a passage shows asking or interviewing someone ("Anna Virtanen
 * haastatteli naapuriaan:", "Jane Porter talked to a driver:"): the words are someone's, told to a person. */
export function personAtWork(sentence: string): string | null {
  const text = sentence.trimEnd();
  if (text.length > 240) return null;
  const m = NEWSROOM_AT_WORK().exec(text);
  return m && nameShape(m[1]) === 'person' && looksLikePersonName(m[1]) ? m[1] : null;
}

const WRITES_WORDS = madeOnFirstUse(() => [...WRITES.map(either), REPORTS_BEFORE_OTHER()].join('|'));
/** Reporting verbs after a name in Indonesian, Romanian, Czech and Greek, German, Dutch and Polish ("wie der
 * Elbtaler Kurier meldet", "zoals het Polderdagblad meldt", "jak portal Głos Doliny podaje"), and the languages of
 * data/lead-in-words.json ("X informuje", "X пише", "X raporton"). */
const WRITES_AFTER = madeOnFirstUse(
  () =>
    `menulis|melaporkan|memberitakan|mencatat|scrie|relatează|notează|píše|uvádí|informuje|γράφει|αναφέρει|μεταδίδει|meldet|berichtet|schreibt|meldete|berichtete|schrieb|meldt|schrijft|bericht|meldde|schreef|berichtte|podaje|pisze|donosi|${alternation(reportsAfter)}`,
);
/** Words before the outlet someone spoke to in Czech, Romanian, Indonesian and Greek: "řekl pro Deník", "a
 * declarat pentru Ziarul Financiar", "kata dia kepada Kompas", "μιλώντας στην Καθημερινή". */
export const TOLD_BEFORE_WORDS =
  '(?:řekl|řekla|řekli|sdělil|sdělila|uvedl|uvedla|potvrdil|potvrdila)\\s+(?:pro|serveru|deníku)|(?:a declarat|a spus|a precizat|a explicat|au declarat)\\s+(?:pentru|la)|(?:kata|ujar|ucap|tutur|jelas|katanya|ujarnya)\\s+(?:\\p{Ll}+\\s+){0,2}kepada|(?:μιλώντας|δήλωσε|είπε|ανέφερε)\\s+(?:στην|στη|στο|στον)';
/** The same in the languages of data/lead-in-words.json ("povedal pre", "каза пред", "í samtali við", "aliiambia",
 * "قال لـ"), perhaps with a word for the paper between ("рассказал изданию"), as a piece of an expression; `words`
 * picks the words of each slot it reads (`TOLD_BEFORE_SLOTS`; all of them by default: `gatedPattern`). */
export const toldBeforeOther = (words: (slot: SlotWords) => SlotWords = (slot) => slot): string =>
  `${TOLD_BEFORE_WORDS}|${toldBeforeData(words, false)}`;
/** `toldBeforeOther`'s words from the data; `caseless`, for an expression read without the i flag. */
export const toldBeforeData = (words: (slot: SlotWords) => SlotWords, caseless: boolean): string =>
  `${alternationFor(caseless)(words(toldBefore), { capitalised: true, right: true })}(?:\\s+${alternationFor(caseless)(words(mediaNouns), { right: true })})?`;
/** The slots `toldBeforeOther` reads. */
export const TOLD_BEFORE_SLOTS: readonly SlotWords[] = [toldBefore, mediaNouns];
/** `toldBeforeOther` over every word, made on first use: only the lists of expressions below read it. */
const toldBeforeEveryWord = madeOnFirstUse(() => toldBeforeOther());
/** Words after the outlet someone spoke to, its case ending included: "BBC-თან საუბრისას", "NDTV से बातचीत में",
 * "APA-ya açıqlamasında". */
export const TOLD_AFTER_OTHER = new RegExp(`^\\s*${alternation(toldAfter, { right: true })}`, 'u');
/** Turkish puts the outlet first, its dative ending saying "to": "BirGün'e konuşan bir balıkçı", "Hürriyet'e
 * açıklama yapan". */
export const TOLD_AFTER_TURKISH =
  /^[’'](?:a|e|ya|ye|na|ne)\s+(?:konuşan|konuştu|konuşurken|açıklama yapan|açıklama yaptı|demeç veren|anlatan|anlattı|söyleyen|söyledi)(?![\p{L}])/u;

/** Offices and bodies one speaks to in Turkish: "Belediye Başkanı'na konuşan", "Valilik'e açıklama yapan". */
const TURKISH_BODIES =
  /(?:belediye|başkan|bakan|valili|vali|kaymakam|müdür|üniversite|derne|odası|sendika|meclis|komisyon|şirket)/iu;

/** What Chinese says reported, not a newsroom by its name: a kind of media, foreign wires, officials, the
 * police, sources. */
const CHINESE_NOT_NEWSROOMS =
  /(?:媒体|媒體|传媒|傳媒|报章|報章|报纸|報紙|外电|外電|官方|当局|當局|警方|消息人士|知情人士|网友|網友|网民|網民)$/u;

/** Japanese words for a kind of newsroom that close a paper's or a station's name ("…新聞", "…放送", "…テレビ"). */
const JAPANESE_NEWSROOM_ENDINGS = '(?:新聞|新報|日報|放送|テレビ|ニュース|通信|タイムス|タイムズ)';
/** What Japanese says reported without naming a newsroom: the local paper, the nation's, a paper abroad, the
 * evening edition, the commercial stations, news on the net ("地元新聞によると", "民放テレビが報じた"). */
const JAPANESE_NOT_NEWSROOMS = new RegExp(
  `^(?:地元|現地|各|全国|地方|海外|一部|複数|大手|主要|英|米|中|韓|外国|国内|県内|市内|同|当|本|某|民放|ネット|各地|夕刊|朝刊|テレビ|ラジオ|新聞)${JAPANESE_NEWSROOM_ENDINGS}$`,
  'u',
);
/** Korean words for a kind of newsroom that close a paper's or a station's name ("…일보", "…방송", "…뉴스"). */
const KOREAN_NEWSROOM_ENDINGS = '(?:일보|신문|신보|방송|뉴스|통신|타임스)';
/** What Korean says reported without naming a newsroom, or a word that only ends like one: local and foreign
 * papers, the morning edition, live or cable broadcasting, fake news, mobile telecoms ("지역신문에 따르면"). */
const KOREAN_NOT_NEWSROOMS = new RegExp(
  `^(?:지역|현지|외신|일간|주간|중앙|지방|국내|해외|각|한|유력|경제|스포츠|종합|조간|석간|종이|무료|생|재|본|공중파|지상파|케이블|라디오|인터넷|위성|가짜|관련|속보|연예|이동|정보)${KOREAN_NEWSROOM_ENDINGS}$`,
  'u',
);

/** "According to", "as X writes" and "told" in the languages of data/lead-in-words.json, each bounded as its
 * script needs; made on first use, like the lists of expressions that read it. */
const leadWordsOther = madeOnFirstUse(() =>
  [accordingTo, reportsBefore, toldBefore]
    .map((slot) => alternation(slot, { capitalised: true, left: true, right: true }))
    .join('|'),
);
/** Greek articles before a title: "σύμφωνα με τη «Μακεδονία»", "όπως γράφει η Καθημερινή". */
const GREEK_ARTICLE = '(?:την|τη|το|τον|της|του|η|ο)';
/** Names after "according to" or "as X writes" in other languages, where the sentence runs on: "Podle Seznam
 * Zpráv, které …,", "Potrivit Ziarul Clujean, …", and a title in quotation marks, which its marks make one
 * ("σύμφωνα με τη «Μακεδονία»,"). */
const OTHER_LANGUAGE_PATTERNS = madeOnFirstUse<readonly UnknownPattern[]>(() => [
  {
    // A Chinese paper's or station's name, its kind of newsroom as its last characters, opening a clause on its
    // reporter or its report: "钱江晚报记者在现场采访了…", "扬子晚报报道：", "南方都市报記者…"; a station's short
    // name keeps its last characters ("濠江衛視記者喺碼頭訪問咗…：", "凤凰卫视报道"), perhaps of one place's character;
    // a station named "… TV" interviewed someone ("新時代電視訪問了一位長者："), not one watched ("我喺電視…").
    re: /(?:^|[，。、：；！？\s“”「」（）])(\p{Script=Han}{2,4}?(?:晚报|日报|早报|晨报|商报|时报|都市报|青年报|晚報|日報|早報|晨報|商報|時報|都市報|青年報|新闻网|新聞網|电视台|電視台|广播电台|廣播電台)|\p{Script=Han}{1,4}?(?:卫视|衛視|广视|廣視)|(?:(?![在喺從从睇看我你佢他她個个])\p{Script=Han}){2,4}?(?:电视|電視))(?:的|嘅)?(?:记者|記者|报道|報導|报导|報道|消息|访问了|訪問了|访问咗|訪問咗|采访了|採訪了)/gu,
    saysNewsroom: true,
  },
  {
    // A Japanese paper's or station's name the table lacks, its kind of newsroom as its last characters, right
    // before the words that make it the source: "北浜新聞によると、", "湖西放送は次のように報じている。", "南海テレビの
    // 取材に". The name is a whole run of kanji and katakana (a run longer than eight before the ending is no name
    // read here); one in hiragana is not read, since particles are written in it too.
    re: new RegExp(
      `(?<![\\p{Script=Han}\\p{Script=Katakana}ー・])((?:\\p{Script=Han}|\\p{Script=Katakana}|[ー・]){1,8}?${JAPANESE_NEWSROOM_ENDINGS})(?:社)?(?=によると|によれば|[がは]報じ|の報道|の取材に|の(?:記事|ニュース)によ|の(?:記事|報道|ニュース|番組)より|[がは](?:次のように|こう)(?:報じ|伝え|書い))`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: JAPANESE_NOT_NEWSROOMS,
    gate: /新聞|新報|日報|放送|テレビ|ニュース|通信|タイム/,
  },
  {
    // A Korean paper's or station's name the table lacks, its kind of newsroom as its last syllables, before the
    // particle and the words that make it the source: "해안일보에 따르면", "동해방송 보도에 따르면", "남강신문은 이렇게
    // 보도했다". The name is a whole word of Hangul.
    re: new RegExp(
      `(?<![\\uac00-\\ud7af])([\\uac00-\\ud7af]{1,8}?${KOREAN_NEWSROOM_ENDINGS})(?=(?:은|는|이|가)\\s*(?:이렇게\\s*|다음과\\s*같이\\s*|이어서\\s*)*(?:보도|전했|썼|밝혔)|\\s*(?:의\\s*)?(?:보도|기사)?\\s*에\\s*(?:따르면|의하면)|의\\s*보도)`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: KOREAN_NOT_NEWSROOMS,
    gate: /일보|신문|신보|방송|뉴스|통신|타임스/,
  },
  {
    // A title in Chinese book marks reporting, perhaps when and on which page between: "《光华日报》今天头版报道：",
    // "《中国报》昨日报导"; the marks make it a publication's name, the verb a newsroom's (a book is not "报道").
    re: /《(\p{Script=Han}[^》]{0,19}?)》(?:[今昨前近本上日天周週早晚头頭版第一二三四五六七八九十\p{Nd}]{0,6}?)(?:报道|報導|报导|報道)/gu,
    saysNewsroom: true,
  },
  {
    // "According to X's report" round a name in no marks: "據溫哥華港灣報道，", "据山城晚讯报道："; a report is a
    // newsroom's, unless the words say a kind of media or a body ("据当地媒体报道", "據警方報道").
    re: /(?:^|[，。、：；！？\s“”「」（）])[据據](\p{Script=Han}{2,8}?)(?:的)?(?:报道|報道|報導|报导)/gu,
    saysNewsroom: true,
    notTitles: CHINESE_NOT_NEWSROOMS,
    gate: /[据據]/,
  },
  {
    // A title in « » or „ “ opening the sentence as the subject of a newsroom's verb, perhaps when between:
    // "«Вестник Кипра» пишет сегодня:", "«Европа-Кипр» поговорила с владельцем проката:"; the marks make it a
    // title, the verb (a report, an interview) a newsroom's, as the marks after "according to" do. Not a title
    // deeper in the sentence: "In der Facebook-Gruppe „Tingleff og omegn“ schrieb ein Vater:" is a father's.
    re: new RegExp(
      `(?:^\\s*|[.!?]\\s+)[«„]\\s*(\\p{Lu}[^»“”«„]{0,40}?)\\s*[»“”]\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${WRITES_AFTER()}|${INTERVIEWED_OTHER()})(?![\\p{L}])`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
    gate: /[«„]/,
  },
  {
    // "According to" after the name, running on: Finnish "Helsingin Sanomien mukaan kaupunki …" (the genitive),
    // "HS:n mukaan", Hungarian "A Népszava szerint a …", Turkish "Hürriyet'e göre", German "Dem Elbtaler Kurier
    // zufolge".
    re: new RegExp(
      `(${NAME})(?:[’'][\\p{Ll}]{1,4}|:n)?\\s+(?:mukaan|szerint|göre|zufolge)(?![\\p{L}])`,
      'gu',
    ),
    saysNewsroom: false,
    notTitles: OTHER_DOCUMENT_WORDS,
    base: (name, phrase) =>
      phrase.endsWith('mukaan') ? finnishNominative(name) : name.replace(HUNGARIAN_ARTICLE, ''),
  },
  {
    // Hungarian may name the paper's kind between its name and "szerint": "A Tiszahát hetilap szerint a …"; the
    // kind says a newsroom, and stays in the name (the weekly may be named like its region).
    re: new RegExp(`(${NAME}\\s+(?:hetilap|napilap|hírlap|hírportál|újság))\\s+szerint(?![\\p{L}])`, 'gu'),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
    base: (name) => name.replace(HUNGARIAN_ARTICLE, ''),
    gate: /szerint/,
  },
  {
    // Hungarian puts when and "azt" ("that") between the name and its verb: "A Bihari Napló ma reggel azt írja:",
    // "Ahogy a Bihari Napló írja,"; the article is no part of the name.
    re: new RegExp(
      `(${NAME})(?:\\s+\\p{Ll}+){0,3}?\\s+(?:írja|írta|közli|közölte|beszámolt|jelenti|jelentette)(?![\\p{L}])`,
      'gu',
    ),
    saysNewsroom: false,
    notTitles: OTHER_DOCUMENT_WORDS,
    base: (name) => name.replace(HUNGARIAN_ARTICLE, ''),
    gate: /írj|írt|közl|beszámolt|jelent/,
  },
  {
    // A word for the paper or the agency after "according to" says the name is a newsroom's: "podľa denníka
    // SME", "по данным издания РБК", "според сайта Mediapool", "sipas portalit Top Channel".
    re: new RegExp(`(?:${leadWordsOther()})\\s+${MEDIA_NOUN()}\\s+(${NAME})(?=[\\s,:;.]|$)`, 'gu'),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // A title in the language's quotation marks after those words, in any script: "по данным «Коммерсанта»",
    // "ذكرت صحيفة «الشرق الأوسط»", "据《人民日报》报道", "לפי \"הארץ\"".
    re: new RegExp(
      `(?:${leadWordsOther()})\\s*(?:${MEDIA_NOUN()}\\s*)?(?:«\\s*([\\p{Lu}\\p{Lo}\\p{N}][^»]{0,40}?)\\s*»|„([\\p{Lu}\\p{Lo}\\p{N}][^“”]{0,40}?)[“”]|《([^》]{1,40}?)》|“([\\p{Lu}\\p{Lo}\\p{N}][^”]{0,40}?)”|["״]([\\p{Lo}][^"״]{0,40}?)["״])`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // A name in a script without capitals after a word for the paper or the agency, up to the punctuation or the
    // "that" ending it: "ذكرت صحيفة الأهرام أن", "به گزارش خبرگزاری ایسنا،", "לפי העיתון הארץ:".
    re: new RegExp(
      `(?:${leadWordsOther()})\\s*${MEDIA_NOUN()}\\s+(\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*){0,2}?)(?=\\s*(?:[:：،,.؛]|$)|\\s+${alternation(that, { right: true })})`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // A word for the paper or the channel opening a clause on a name in a script without capitals, perhaps in the
    // language's quotation marks, then what the newsroom did: "قناة رؤيا التقت سائقاً:", "صحيفة الدستور تقول:",
    // "صحيفة «الوطن» كتبت اليوم:".
    re: new RegExp(
      `(?:^|[.!?؟:،]\\s*)${MEDIA_NOUN()}\\s+(?:(\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*){0,2}?)|[«“"]\\s*(\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*){0,3})\\s*[»”"])\\s+(?:${INTERVIEWED_OTHER()}|${alternation(reportsAfter, { right: true })})`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // "According to" after the name, its case ending perhaps written on: "ERR-i andmetel", "BBC-ის ცნობით",
    // "Reuters के अनुसार", "Kun.uz xabariga ko'ra", "Armenpress-ի համաձայն".
    re: new RegExp(`(${NAME})${CASE_ENDING}\\s*${alternation(accordingToAfter, { right: true })}`, 'gu'),
    saysNewsroom: false,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // The outlet someone spoke to, before the words saying so: "BBC-თან საუბრისას", "NDTV से बातचीत में".
    re: new RegExp(`(${NAME})(?=${CASE_ENDING}${TOLD_AFTER_OTHER.source.slice(1)})`, 'gu'),
    saysNewsroom: true,
    notPeople: true,
  },
  {
    // People speak to newsrooms: "BirGün'e konuşan bir balıkçı" (not "Ahmet Yılmaz'a konuşan").
    re: new RegExp(`(${NAME})(?=${TOLD_AFTER_TURKISH.source.slice(1)})`, 'gu'),
    saysNewsroom: true,
    notPeople: true,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:${toldBeforeEveryWord()})\\s+(${NAME}(?:\\s+${LOWER_NEWS_WORD()})?)(?=[\\s,:;.]|$)`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:${toldBeforeEveryWord()})\\s+«(\\p{Lu}[^»]{1,40}?)»`, 'gu'),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:${ACCORDING_TO()}|${WRITES_WORDS()})${TODAY}\\s+(?:${GREEK_ARTICLE}\\s+|${LOWER_ARTICLE})?(${NAME}(?:\\s+${LOWER_NEWS_WORD()}|${PLACE_ADJECTIVE})?)(?=[\\s,:;.]|$)`,
      'gu',
    ),
    saysNewsroom: false,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    // "Harian Borneo melaporkan bahwa", "Ziarul Dunărean scrie că", "Hanácký deník píše, že".
    re: new RegExp(
      `(${NAME}(?:\\s+${LOWER_NEWS_WORD()}|${PLACE_ADJECTIVE})?)\\s+(?:${WRITES_AFTER()})(?![\\p{L}])`,
      'gu',
    ),
    saysNewsroom: false,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:${ACCORDING_TO()}|${WRITES_WORDS()})${TODAY}\\s+(?:${GREEK_ARTICLE}\\s+)?(?:«(\\p{Lu}[^»]{1,40}?)»|„(\\p{Lu}[^“”]{1,40}?)[“”])`,
      'gu',
    ),
    saysNewsroom: true,
    notTitles: OTHER_DOCUMENT_WORDS,
  },
]);

/** Finnish genitive endings of a name's last word, and the nominative they come from: "Sanomien" → "Sanomat",
 * "Uutisten" → "Uutiset", "Kauppalehden" → "Kauppalehti", "Tulevaisuuden" → "Tulevaisuus", "Keskisuomalaisen" →
 * "Keskisuomalainen", "Ylen" → "Yle". The first that fits is taken. */
const FINNISH_GENITIVES: ReadonlyArray<[RegExp, string]> = [
  [/ien$/u, 'at'],
  [/sten$/u, 'set'],
  [/uuden$/u, 'uus'],
  [/den$/u, 'ti'],
  [/sen$/u, 'nen'],
  // A noun on -mi takes an e before the ending: "Suomen" → "Suomi", "Rovaniemen" → "Rovaniemi", "Salmen" → "Salmi".
  [/(?<=\p{L}{2})men$/u, 'mi'],
  [/(?<=[aeiouyäö])n$/u, ''],
];

/** "Uuden", the genitive of the adjective "uusi" (new) that opens many Finnish titles and agrees with the noun
 * after it: "Uuden Suomen" is Uusi Suomi, where "Helsingin Sanomien" keeps its first word. */
const FINNISH_NEW = /^Uuden$/u;

/** A name read before "mukaan" ("according to", after a genitive) in its nominative: "Helsingin Sanomien" is
 * "Helsingin Sanomat"; "HS:n" was cut before. Only a name whose last word ends on a genitive "n" changes. */
export function finnishNominative(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  if (!/\p{Ll}n$/u.test(last)) return name;
  if (words.length > 1 && FINNISH_NEW.test(words[0])) words[0] = 'Uusi';
  for (const [ending, nominative] of FINNISH_GENITIVES)
    if (ending.test(last)) {
      words[words.length - 1] = last.replace(ending, nominative);
      return words.join(' ');
    }
  return name;
}

/** A name as written without the case ending its language marks after an apostrophe ("Yeni Asır'ın" is "Yeni
 * Asır", "BirGün'e" is "BirGün"); an English possessive is not an ending ("Barron's"). */
export function baseForm(name: string): string {
  return name
    .replace(/(?<=\p{Ll})[’'](?!s$)\p{Ll}{1,4}$/u, '')
    .replace(HYPHEN_ENDING, '')
    .replace(/(?<=\p{L})-$/u, '');
}

/** A case ending written after a hyphen onto capitals, digits or a domain ("ERR-i", "BBC-ის", "APA-nın",
 * "Report.az-ın"), not a name's second part ("Al-Jazeera", "Jean-Luc"). */
const HYPHEN_ENDING = /(?<=[\p{Lu}\p{N}]|\.\p{Ll}{2,3})-[\p{Ll}\p{Lo}\p{M}]{1,4}$/u;

/** Whether a sentence names a newsroom the table lacks by how it speaks of it ("Writing in Vet Times, a practice
 * owner argues:", "Harbour Trade Weekly reports that"), not by its shape alone; `passOver` says which names read
 * so count for nothing (the table's own, weighed elsewhere). */
export function namesUnknownNewsroom(sentence: string, passOver: (name: string) => boolean): boolean {
  const named = unknownOutlet(sentence);
  return named !== null && !named.tentative && !passOver(named.name);
}

export function unknownOutlet(
  text: string,
  /** The table's name for an outlet it knows by these words: then it is one, whatever its shape ("Yle"). */
  outletName: (name: string) => string | null = () => null,
  /** Whether the page gives someone this word as a surname: without it, a hand-over's one-word name is read as
   * no one's source (handedOverName). */
  isSurname?: (word: string) => boolean,
  /** Whether the table knows these words as an outlet's short name ("the Whig"). */
  isShortName: (words: string) => boolean = () => false,
): { name: string; start: number; end: number; tentative?: boolean } | null {
  const patterns: ReadonlyArray<UnknownPattern> = [...UNKNOWN_PATTERNS(), ...OTHER_LANGUAGE_PATTERNS()];
  // A trailing comma hands over as a colon does ("As Ballast reports," above the block).
  const endsOnColon = /[:：,]\s*$/.test(text);
  for (const {
    re,
    saysNewsroom,
    slot,
    notTitles,
    notPeople,
    base: baseOf,
    handOver,
    check,
    gate,
  } of patterns) {
    if (gate && !gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (check && !check(m, isShortName)) continue;
      // The name, or a title in quotation marks (the second pattern's two kinds of marks).
      const caught = m.slice(1).find((group) => group !== undefined)!;
      // "Die Lokalzeitung Elbtaler Bote", "Wie der Elbtaler Kurier": the word for the paper says a newsroom.
      const afterMedia = afterMediaNoun(caught);
      // A sentence's full stop is no part of the name ("Dat meldt het Polderdagblad."); an abbreviation's is.
      const found = (afterMedia ?? caught.replace(OPENING_WORDS, ''))
        // A programme after the broadcaster's possessive is no part of its name ("KXLT's The Tideline").
        .replace(/[’']s\s+The\s+\p{Lu}.*$/u, '')
        // Nor is a month or a day after its possessive ("Gull Point's December issue", "KXLT's Monday bulletin").
        .replace(POSSESSIVE_TIME, '')
        .replace(/(?<=\p{Ll}{3})\.$/u, '')
        // A linking word the name's expression allows inside it is no end of it ("Credit to Gull Point for this:").
        .replace(/(?:\s+(?:of|for|and|&))+$/u, '');
      const newsroomSaid = saysNewsroom || afterMedia !== null;
      // "As Gull Point's Dana Whitlock wrote in March,": a byline; the name is the possessor's, and only when
      // no person's or business's.
      const byline = /[’']s?\s+\p{Lu}/u.test(found) ? possessedWriter(found, outletName, isSurname) : null;
      if (byline?.person && found.endsWith(byline.writer)) {
        if (byline.newsroom === null) continue;
        const start = m.index + m[0].indexOf(found);
        const end = start + byline.end;
        const known = outletName(byline.owner);
        if (known) return { name: known, start, end };
        return { name: byline.owner, start, end, ...(byline.newsroom === 'firm' ? {} : { tentative: true }) };
      }
      const based = baseOf?.(found, m[0]) ?? found;
      const known = baseOf ? outletName(based) : null;
      if (known) {
        const start = m.index + m[0].indexOf(found);
        return { name: known, start, end: start + found.length };
      }
      const name = baseForm(
        based
          .replace(/\s+/g, ' ')
          .replace(/^[Tt]he\s+/, '')
          .replace(/[’']s$/, ''),
      )
        .split(' ')
        .map((word) => {
          const base = NEWS_WORD_BASE_FORMS.get(word.toLowerCase());
          return !base
            ? word
            : word[0] === word[0].toLowerCase()
              ? base
              : base[0].toUpperCase() + base.slice(1);
        })
        .join(' ');
      // A plan's or a report's title in quotation marks is a document's; a person a name the table lacks owns
      // ("Rabobank's Michael Every writes:") is the one speaking, whoever employs them.
      const owned = text.slice(m.index + Math.max(0, m[0].indexOf(found)));
      if (
        possessedPerson(owned, outletName) ||
        possessedJobHolder(owned, outletName) ||
        notTitles?.test(name) ||
        (notPeople && (looksLikePersonName(name) || PERSON_WORDS.test(name) || TURKISH_BODIES.test(name)))
      )
        continue;
      // A name spelled as a title ("MLex", "The Lens") is one whatever its words, but not capitals only: "according
      // to the CDC" is a body.
      // The table's own name of two or more words ("Hawke's Bay Today", which running text never yields by its
      // words) is one too; one word the table knows is as often a common word ("People reported the following").
      const tableNamed = /\s/.test(name) && outletName(name) !== null;
      const firm = newsroomSaid || tableNamed || looksLikeOutletName(name) || CALL_SIGN.test(name);
      const inSlot =
        slot === true &&
        mayNameSource(name) &&
        !TIME_WORDS.test(name) &&
        !ONE_WORD_PLACES.has(name) &&
        !looksLikePersonName(name) &&
        !PERSON_WORDS.test(name) &&
        !companyShaped(name);
      // One word is read only where the hand-over opens the last sentence ("More from Ballast:", "Per a report
      // in Ballast:"), not from words deep in it ("the paragraph from Section 5 that matters:", "translated it
      // from Arabic:") nor from an earlier sentence ("A review from Venice called it weak. I think …:").
      const sentenceBefore =
        text
          .slice(0, m.index)
          .split(/[.!?]\s+/)
          .pop() ?? '';
      const opensSentence =
        sentenceBefore.split(/\s+/).filter(Boolean).length <= 2 && !/[.!?]\s+\S/.test(text.slice(m.index));
      // A name the lead-in ends on hands over as a colon does: the block finishes the sentence ("Enligt
      // Ballast" above a block that runs on).
      const endsOnName = /^[\s,]*$/.test(text.slice(m.index + m[0].indexOf(found) + found.length));
      const handed =
        (handOver === 'always' || (handOver === 'colon' && (endsOnColon || endsOnName))) &&
        handedOverName(name, opensSentence ? isSurname : undefined);
      if (firm || inSlot || handed || (spelledAsTitle(found) && mayNameSource(name))) {
        const start = m.index + m[0].indexOf(found);
        // A case ending written on the name hides its news word ("Kuzey Postası’na"): the base form is read too.
        const tentative = !newsroomSaid && !tableNamed && !firmlyNamed(based) && !firmlyNamed(name);
        return { name, start, end: start + found.length, ...(tentative ? { tentative } : {}) };
      }
    }
  }
  return null;
}

/** A capitalised name linked to a site of its own name ("<a href=phillyvoice.com>PhillyVoice</a>"): an
 * outlet the table does not know, named in the page's words. */
export function linkedName(
  text: string,
  links: readonly LeadInLink[],
  publicationHost: string | null,
): { name: string; href: string; start: number; end: number } | null {
  for (const link of links) {
    const host = siteHostOf(link.href);
    if (!host || host === publicationHost) continue;
    const words = text.slice(link.start, link.end).trim();
    if (!words || words.length > 60 || !/^(?:[Tt]he\s+)?\p{Lu}/u.test(words)) continue;
    // A person's or a business's own site is no newsroom's ("<a href=…>Dana Whitlock</a>", "Harbour Hardware").
    if (nameShape(words) === 'person' || companyShaped(words)) continue;
    const letters = words
      .replace(/^the\s+/i, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    const labels = host.split('.');
    const site =
      labels.length > 2 && labels[labels.length - 2].length <= 3
        ? labels[labels.length - 3]
        : labels[labels.length - 2];
    // The site's label is the name, or the name's first words ("millbrookcourier.com" for the Millbrook
    // Courier-Press): most of the name, not a word that many names share.
    const prefix = site.length >= 6 && letters.startsWith(site) && site.length >= letters.length * 0.6;
    if (letters.length >= 4 && (site === letters || site === `the${letters}` || prefix))
      return { name: words.replace(/^the\s+/i, ''), href: link.href, start: link.start, end: link.end };
  }
  return null;
}
