// Finds the words a sentence attributes itself with: "X said", "said X", "X says", "according to X", "X told Y",
// "X reported", "X said in a statement", "X has previously reported", "Per X,", appositions and scene-setting
// openers, and passive forms ("are said to", "are being reported") as an unnamed source. Who those words name
// is speakers.ts's concern.

const VERB =
  '(?:said|says|say|told|tells|added|adds|reported|reports(?=\\s+that|\\s*[,.]|$)|(?:is|are)\\s+reporting(?=\\s+that)|announced|announces|claimed|claims|stated|states|warned|warns|confirmed|confirms|wrote|writes|insisted|acknowledged|denied|estimated|tweeted|declared|explained|noted)';
const ADVERB =
  '(?:(?:has|had|have)\\s+)?(?:(?:previously|also|later|earlier|separately|again|then|repeatedly)\\s+)?';

/** ", X said." / ", X said in a statement on Friday." at the end of the sentence. */
const TRAILING = new RegExp(
  `,\\s*["”’]?\\s*([^,;"“”]{1,90}?)\\s+${ADVERB}${VERB}(?:\\s+(?![^.]*\\bthat\\b)[^,.;"“”]{0,70})?[.!?"”’]*\\s*$`,
  'u',
);
/** ", said Ahmed Qassem, a driver." / "," said Yasser Khatib, a medic" */
const INVERTED = /[,"”]\s*["”]?\s*(?:said|says|added|wrote|asked)\s+([^,.;"“”]{2,80}?)(?:,|[.!?"”’]*\s*$)/u;
/** "The town," he said, "is strategic." */
const INTERRUPTING = /[,"”]\s+([^,"“”]{1,60}?)\s+(?:said|says|added|told\s+\S+)\s*,\s*["“]/u;
/** "According to the United Nations, ..." / "..., according to witnesses." */
const ACCORDING = /\baccording to\s+([^,.;]{2,80}?)(?:\s*,|[.!?"”’]*\s*$)/iu;
/** "Per Reuters, ...", "Per the Wall Street Journal, ...": blog shorthand for "according to", opening the
 * sentence. Not a rule or a date ("Per Section 4, ...", "Per Monday's filing, ...": see perSource). */
export const PER = /^Per\s+(?:the\s+)?(\p{Lu}[^,.;]{0,80}?)\s*,/u;
const NOT_A_SOURCE =
  /^(?:Section|Article|Rule|Chapter|Clause|Paragraph|Schedule|Annex|Appendix|Title|Part|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|GDPR|HIPAA|DMCA)\b|\b(?:Act|Agreement|Accord|Treaty|Convention|Constitution|Code|Regulation|Regulations|Directive|Amendment|Protocol|Charter|Terms|Policy|Law|Rules|Guidelines|Statute|Bylaws)$/;
/** "X said (that) ...", "X, a spokesman for Y, said", "Sen. X, R-Ohio, who opposes it, said", "X told Reuters
 * that", "As X noted, ...". Up to two appositions are captured: one may be the name ("Y's lawyer, X, said"),
 * or the phrase an opening adverbial ("Last year, the company, which ..., said"). "Easier said than done" is
 * an idiom, not an attribution. */
const LEADING = new RegExp(
  `^(?:(?:But|And|As|Meanwhile|However|Separately|Earlier|Later|Still|Now),?\\s+|(?:On|In) (?!(?:a|an|the)\\b)\\w+(?:,\\s+|\\s+(?!\\p{Lu})))?([^,;"“”]{1,80}?)(?:,\\s*([^,]{2,90}),(?:\\s*([^,]{2,90}),)?)?\\s+${ADVERB}${VERB}\\b(?!\\s+than\\b)`,
  'u',
);
/** A phrase that sets the scene rather than naming anyone: "Last week", "At the hearing", "In a statement". */
const WHEN_WORDS =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
const SCENE = new RegExp(
  '^(?:(?:At|For|In|On|After|During|Since|Before|Under|With|From|By|Over|Until|Within|Despite|Amid|Following|When|While)\\s+\\S' +
    '|(?:Last|Next|This|Earlier|Later|Late|Early)\\s+(?:\\p{Ll}|on\\b|' +
    WHEN_WORDS +
    ')|(?:Yesterday|Today|Tonight|Overnight|Elsewhere|Nonetheless|Nevertheless|Instead|Afterwards|Meanwhile|Also|Asked|Speaking|\\p{Lu}\\p{Ll}+ly)$' +
    '|.*\\b(?:later|earlier|ago)$)',
  'u',
);
/** A description a name may be apposed to ("Sorokin's lawyer", "a spokeswoman for the ministry", "one
 * resident"): a determiner or someone's, then lower-case words. */
const DESCRIPTION =
  /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Aa]nother|[Aa]\s+former|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*[’']s\s+)\p{Ll}/u;
/** A description that ends in a place names the place after it, not a person ("Police in the capital, Addis
 * Ababa, said"). */
const ENDS_IN_PLACE =
  /\b(?:capital|city|town|port|province|region|state|country|district|village|area|county|suburb|neighbou?rhood|camp|island|headquarters|border|coast|valley|enclave|territory)$/i;
const PASSIVE =
  /\b(?:is|are|was|were|has been|have been)\s+(?:said|reported|believed|thought|understood|alleged|rumou?red)\s+to\b|\b(?:is|are|was|were)\s+being\s+reported\b|\b[Ii]t\s+(?:was|is|has been|had been)\s+(?:reported|believed|thought|understood|alleged|said)\s+that\b|\b[Ii]t\s+(?:was|is|has been|had been)\s+reported\b|\breportedly\b/;

/** Words that cannot head a speaker phrase. */
const NOT_SUBJECT =
  /\b(?:after|before|when|while|because|which|who|whom|where|was|were|is|are|had|has been|been|could|would|will|not|fled|if|than|since|until|under)\b/i;
export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
export const UNNAMED_HEADS =
  /\b(?:officials?|sources?|witness(?:es)?|residents?|activists?|diplomats?|people|analysts?|observers?|experts?|medics?|doctors?|spokes(?:man|woman|person)|television|tv|media|radio|reports?|insiders?|aides?|investors?|traders?|economists?|monitor|statement|figures)$/i;
export const PEOPLE_FAMILIAR = /\bpeople (?:familiar|close|briefed|with knowledge)\b/i;
/** "economists polled by Reuters": unnamed people, whoever asked them. */
export const POLLED =
  /\b(?:economists|analysts|traders|investors|experts|strategists|people|respondents|executives|officials|voters)\s+(?:polled|surveyed|interviewed|cited|quoted|questioned|asked)\s+by\b/i;
export const INSTITUTION_HEADS =
  /\b(?:government|ministry|army|military|police|coalition|authorities|parliament|presidency|embassy)$/i;
/** "Syrian Observatory figures" speak for the Observatory ("Office for National Statistics" keeps its name). */
export const DATA_WORDS = /\s+(?:figures|data|statistics|estimates|numbers|tallies|count|records)$/;

export interface Attribution {
  /** The words naming the speaker, as written. */
  mention: string;
  /** "passive" for "are said to"-style attribution with no speaker. */
  form: 'phrase' | 'passive';
}

function clean(phrase: string): string {
  return phrase
    .trim()
    .replace(/^["“”’']+|["“”’']+$/g, '')
    .trim();
}

function plausibleSubject(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length > 9 || NOT_SUBJECT.test(phrase)) return false;
  if (/^(?:that|this|needless|it is|the said|says)$/i.test(phrase) || /\bto$/i.test(phrase)) return false;
  // A negated imperative ("Don't say ...") has no speaker; nor has "As noted above".
  if (/n[’']t\b/i.test(phrase) || /^(?:as|so|but|and|yet|then|now|still|per)$/i.test(phrase)) return false;
  return (
    PRONOUNS.has(phrase.toLowerCase()) ||
    PEOPLE_FAMILIAR.test(phrase) ||
    /\p{Lu}/u.test(phrase) ||
    /^(?:an?|the|two|three|several|some|many|his|her|their|its)\b/i.test(phrase) ||
    UNNAMED_HEADS.test(phrase)
  );
}

/** A personal name on its own, as apposed after a description: "Paul Brandt", "Dr. Amina Diallo". */
const APPOSED_NAME =
  /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}’'.-]+(?:\s+(?:(?:al|el|de|van|von|bin)\s+)?\p{Lu}[\p{L}’'.-]+){1,3}$/u;

/** "Sorokin's lawyer, Paul Brandt": a person described (not a place), then named. */
function namedAfterDescription(description: string, name: string): boolean {
  return DESCRIPTION.test(description) && !ENDS_IN_PLACE.test(description) && APPOSED_NAME.test(name);
}

/** Whether a phrase followed by appositions is a subject ("Sen. Marcus Hale", "the company", "Sorokin's
 * lawyer"), not a clause of its own ("Shelling hit Douma on Monday, the third day in a row, said ..."). */
function subjectBeforeAppositions(phrase: string): boolean {
  if (/\d/.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  return (
    PRONOUNS.has(phrase.toLowerCase()) ||
    words.every(
      (w) =>
        /^[\p{Lu}"“(]/u.test(w) ||
        /^(?:of|for|the|and|de|al|el|van|von|bin)$/.test(w) ||
        /^(?:al|el|ad|ash|as|bin|ibn|abu)-/.test(w),
    ) ||
    (DESCRIPTION.test(phrase) && words.length <= 5) ||
    // "Police in the capital", "Residents of the eastern town": who, then where.
    (/^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*\s+(?:in|of|at|from|near)\s/u.test(phrase) &&
      words.length <= 7)
  );
}

/** The subject of a leading attribution ("X, Y, said"), with its appositions; the verb's end in `text`. */
function leadingSubject(text: string): { mention: string; verbEnd: number } | null {
  const m = LEADING.exec(text);
  if (!m) return null;
  let [phrase, first] = [m[1], m[2]].map((part) => (part ? clean(part) : ''));
  // "Last year, the company, which employs 400 people, said": the scene first, then the subject.
  if (first && SCENE.test(phrase)) [phrase, first] = [first, m[3] ? clean(m[3]) : ''];
  if (first && !subjectBeforeAppositions(phrase)) return null;
  const verbEnd = m.index + m[0].length;
  // "Sorokin's lawyer, Paul Brandt, said": a person described, then named.
  if (first && namedAfterDescription(phrase, first)) return { mention: first, verbEnd };
  if (plausibleSubject(phrase) && !/\b(?:the|a)$/i.test(phrase) && !SCENE.test(phrase))
    return { mention: phrase, verbEnd };
  return null;
}

/** ", the company's chief executive, Jane Doe, said." at the end of a sentence: the apposed name speaks. */
const TRAILING_APPOSED =
  /,\s*([^,;"“”]{2,90}),\s*([^,;"“”]{2,60}),\s*(?:said|says|added|told\s+\S+)[.!?"”’]*\s*$/u;

/** "Per Reuters," → "Reuters"; null for a rule, a date or a common noun ("Per CDC guidelines,"). */
function perSource(text: string): string | null {
  const m = PER.exec(text);
  if (!m) return null;
  const phrase = clean(m[1]);
  const last = phrase.split(/\s+/).at(-1) ?? '';
  if (NOT_A_SOURCE.test(phrase) || !/^\p{Lu}/u.test(last) || phrase.split(/\s+/).length > 9) return null;
  return phrase;
}

/** The attribution phrase of a sentence, if any. */
export function findAttribution(sentence: string): Attribution | null {
  const text = sentence.trim();
  const apposed = TRAILING_APPOSED.exec(text);
  if (apposed && namedAfterDescription(clean(apposed[1]), clean(apposed[2])))
    return { mention: clean(apposed[2]), form: 'phrase' };
  // The leading subject, looked for at most once.
  let leading: ReturnType<typeof leadingSubject> | undefined;
  const leadingOnce = () => {
    if (leading === undefined) leading = leadingSubject(text);
    return leading;
  };
  for (const pattern of [TRAILING, INVERTED, INTERRUPTING, ACCORDING]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const phrase = clean(m[1]);
    if (
      pattern === ACCORDING &&
      !(/\p{Lu}/u.test(phrase) || UNNAMED_HEADS.test(phrase) || /^the\b/i.test(phrase))
    )
      continue;
    // "Rep. X, D-Calif., who chairs the panel, said the audit found ...": the comma before "said" closes an
    // apposition, and what follows is the clause said, not an inverted speaker.
    if (pattern === INVERTED && !/^\p{Lu}/u.test(phrase)) {
      const subject = leadingOnce();
      const said = text.indexOf(phrase, m.index) - 1;
      if (subject && text.slice(0, said).trimEnd().length === subject.verbEnd) continue;
    }
    if (pattern === ACCORDING ? phrase.split(/\s+/).length <= 9 : plausibleSubject(phrase))
      return { mention: phrase, form: 'phrase' };
  }
  if (PASSIVE.test(text)) return { mention: PASSIVE.exec(text)![0], form: 'passive' };
  const subject = leadingOnce();
  if (subject) return { mention: subject.mention, form: 'phrase' };
  // "Per X, ..." after the leading form: "Per Mertesacker, the academy director, said" is a person speaking.
  const per = perSource(text);
  return per ? { mention: per, form: 'phrase' } : null;
}
