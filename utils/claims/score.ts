// Check-worthiness: how much a fact-checker would want to check a sentence, from 0 to 1. Factual
// statements with numbers, dates, places, named people and organisations and reporting verbs score high;
// opinions, questions, rhetoric and hedges score low. Every rule that fires leaves a reason, so the score
// explains itself ("+0.20 number: 30"). The rules are listed in docs/claims.md.

export interface Scored {
  score: number;
  reasons: string[];
}

interface Rule {
  label: string;
  weight: number;
  /** Returns the words that triggered the rule, or null. */
  test: (sentence: string, context: ScoreContext) => string | null;
}

export interface ScoreContext {
  /** Whether the sentence has an attributed speaker (reported speech). */
  attributed: boolean;
  /** Whether it is quoted from an outlet (true) or the blogger's own words (false). */
  reported: boolean;
}

const first = (re: RegExp) => (s: string) => re.exec(s)?.[0] ?? null;

const NUMBER =
  /(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens|millions|billions)\b/i;
const DATE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|yesterday|today|overnight|(?:last|next|this) (?:week|month|year)|(?:1[89]|20)\d\d)\b/;
const REPORTING =
  /\b(?:said|says|told|reported|reports|announced|confirmed|stated|according to|claimed|estimated|added|warned|disclosed|revealed)\b/i;
const EVENT =
  /\b(?:killed|died|wounded|injured|captured|seized|recaptured|struck|hit|fired|launched|carried out|arrested|detained|signed|approved|voted|passed|rose|fell|dropped|climbed|jumped|gained|lost|cut|raised|increased|decreased|sold|bought|paid|fined|charged|convicted|sentenced|elected|resigned|appointed|banned|closed|opened|won|destroyed|recorded|grew|shrank|imposed|lifted)\b/i;
// A capitalised run, unless it opens the sentence or a clause: after the start, a full stop, colon, semicolon,
// dash or opening bracket, with any spaces and opening quotation marks between ("(There were…", "said: There").
// The word's edge is tested before that look back, so that the look back runs at words only, not at each
// character of a run of quotation marks (which made it quadratic).
const PROPER =
  /\b(?<!(?:^|[.!?:;([{—–]|\s-)[\s"“‘«([{]*)\p{Lu}[\p{Ll}’'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{Ll}’'-]+)*/gu;
/** Closed-class words: capitalised or not, never a name ("There", "This", "They"). */
const FUNCTION_WORDS = new Set(
  'a an the this that these those there here it its they them their he him his she her we our you your i my who what which when where why how and but or so yet if as at in on of to by for from with'.split(
    ' ',
  ),
);

/** The names of a sentence: capitalised runs, less the function words that open them. */
function namesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const run of sentence.match(PROPER) ?? []) {
    const words = run.split(/\s+/);
    while (words.length > 0 && FUNCTION_WORDS.has(words[0].toLowerCase())) words.shift();
    if (words.length > 0) names.push(words.join(' '));
  }
  return names;
}

const OPINION =
  /\b(?:clearly|obviously|of course|undoubtedly|surely|simply|just|frankly|needless to say|everyone (?:knows|is well aware)|it(?:['’]s| is) (?:clear|obvious)|should|must|ought|bad|good|terrible|great|absurd|ridiculous|pathetic|insane|disaster|catastrophic|decisively|amazing|shameful|so much for|sure\b|out of ammo|looks like|seems|in our view|we think|we believe|I think|I believe)\b/i;
const HEDGE =
  /\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|appear(?:s|ed)? to|believed to|seem(?:s|ed)? to|suggests?|expected to|would)\b/i;
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b/;
const IMPERATIVE = /^(?:Expect|Remember|Note|Consider|Imagine|Watch|Look|Think|Recall|Guess|Don['’]t)\b/;
const SCARE_QUOTES = /["“][\p{L}\s-]{1,25}["”]/u;

const RULES: Rule[] = [
  { label: 'number', weight: 0.2, test: first(NUMBER) },
  { label: 'date or time', weight: 0.1, test: first(DATE) },
  {
    label: 'named people, places or organisations',
    weight: 0.15,
    test: (s) => {
      const names = namesIn(s);
      return names.length >= 1 ? names.slice(0, 3).join(', ') : null;
    },
  },
  { label: 'reporting verb', weight: 0.1, test: first(REPORTING) },
  { label: 'attributed to a source', weight: 0.05, test: (_s, c) => (c.attributed ? 'speaker' : null) },
  { label: 'event or change', weight: 0.1, test: first(EVENT) },
  { label: 'question', weight: -0.45, test: (s) => (/\?["”’)]*\s*$/.test(s) ? '?' : null) },
  { label: 'exclamation', weight: -0.15, test: (s) => (/!["”’)]*\s*$/.test(s) ? '!' : null) },
  { label: 'opinion words', weight: -0.25, test: first(OPINION) },
  { label: 'hedge', weight: -0.1, test: first(HEDGE) },
  {
    label: 'first person (the blogger speaking)',
    weight: -0.15,
    test: (s, c) => (!c.reported ? first(FIRST_PERSON)(s) : null),
  },
  { label: 'scare quotes', weight: -0.1, test: (s, c) => (!c.reported ? first(SCARE_QUOTES)(s) : null) },
  {
    label: 'too short to check',
    weight: -0.3,
    test: (s) => (s.split(/\s+/).length < 7 ? `${s.split(/\s+/).length} words` : null),
  },
  { label: 'addresses the reader', weight: -0.2, test: first(IMPERATIVE) },
  { label: 'introduces a quote', weight: -0.25, test: (s) => (/:\s*$/.test(s) ? ':' : null) },
];

const BASE = 0.3;

export function scoreSentence(sentence: string, context: ScoreContext): Scored {
  let score = BASE;
  const reasons: string[] = [];
  for (const rule of RULES) {
    const hit = rule.test(sentence, context);
    if (hit === null) continue;
    score += rule.weight;
    const sign = rule.weight > 0 ? '+' : '−';
    reasons.push(`${sign}${Math.abs(rule.weight).toFixed(2)} ${rule.label}: ${hit.slice(0, 40)}`);
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

/** The line between check-worthy and not, used by the evaluation and as the UI's default emphasis. */
export const CHECK_WORTHY = 0.5;
