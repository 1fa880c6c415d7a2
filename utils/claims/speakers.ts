// Who a sentence is attributed to: the attribution's words (attribution.ts) resolved against the names the
// passage gave (entities.ts) — pronouns, descriptions ("the monitor", "the Guards", "the company"), bare
// surnames and companies' short names.

import {
  type Attribution,
  DATA_WORDS,
  findAttribution,
  INSTITUTION_HEADS,
  PEOPLE_FAMILIAR,
  POLLED,
  PRONOUNS,
  UNNAMED_HEADS,
} from './attribution';
import { type Entity, entitiesIn, isOrgName, NATIONALITY, nameOf, stripTitles } from './entities';
import { ONE_WORD_PLACES } from './places';
import type { Speaker } from './types';

function sameWord(a: string, b: string): boolean {
  const x = a
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:al|el)-/, '');
  const y = b
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:al|el)-/, '');
  return x === y || x === `${y}s` || y === `${x}s`;
}

const SYNONYMS: Record<string, RegExp> = {
  monitor: /\b(?:Observatory|Monitor|Watch|monitoring)\b/,
  // News agencies (SANA, AFP, Xinhua News Agency), not broadcasters.
  agency: /\b(?:Agency|(?!(?:CNN|BBC|CNBC|ABC|NBC|CBS|NPR|PBS|MSNBC|RTE)\b)\p{Lu}{3,})\b/u,
};

/** Ranks and roles that stand for the last person named ("the colonel said"). */
const ROLES =
  /^(?:colonel|general|minister|spokes(?:man|woman)|president|commander|official|envoy|ambassador|governor|mayor|senator|chairman|director|head|chief|officer|lieutenant|captain|major|sergeant|judge|prosecutor|analyst|doctor|medic|driver|witness|resident)$/i;

/** Words that end a company's name, after the word it is known by ("Meridian Software", "Nordvik Shipping"). */
const COMPANY_WORDS =
  'Inc|Corp|Corporation|Co|Company|Ltd|LLC|plc|Group|Holdings|Software|Systems|Technologies|Technology|Electronics|Motors|Airlines|Airways|Shipping|Transit|Energy|Pharmaceuticals|Pharma|Labs|Laboratories|Communications|Telecom|Insurance|Mining|Industries|Partners|Capital|Foods|Logistics|Steel|Semiconductor|Semiconductors|Bank|Brewing|Chemicals|Resources|Petroleum|Oil|Gas|Power|Utilities|Therapeutics|Biotech|Robotics|Aerospace|Automotive|Entertainment|Studios|Games';
const COMPANY_TAIL = new RegExp(`^(?:${COMPANY_WORDS})\\.?$`);

/** "Meridian" for "Meridian Software": the first word of a name whose other words are all company words. */
function isCompanyShortForm(word: string, name: string): boolean {
  const [first, ...rest] = name.split(/\s+/);
  return (
    first === word && !ONE_WORD_PLACES.has(word) && rest.length > 0 && rest.every((w) => COMPANY_TAIL.test(w))
  );
}

/** Common nouns for an organisation ("the company said"), with the words an organisation of that sort has in
 * its name: a company stands for "Meridian Software", never for the regulator that fined it. */
const PUBLIC_WORDS =
  'Agency|Authority|Administration|Commission|Ministry|Department|Board|Office|Bureau|Service|Inspectorate|Regulator|Council';
const ORG_NOUN_KINDS: Array<{ nouns: RegExp; names: RegExp; unlike?: RegExp }> = [
  {
    nouns:
      /^(?:company|firm|carrier|airline|lender|insurer|retailer|automaker|carmaker|manufacturer|maker|operator|utility|group|conglomerate|developer|chipmaker|drugmaker|miner|producer|supplier)$/i,
    names: new RegExp(`\\b(?:${COMPANY_WORDS})\\b`),
    // A company is not the public body that fined it, nor two companies named together ("X and Y").
    unlike: new RegExp(
      `\\b(?:${PUBLIC_WORDS}|Court|Government|Reserve|Central Bank|Bank of|AG)\\b|\\sand\\s`,
    ),
  },
  {
    nouns:
      /^(?:agency|regulator|watchdog|authority|ministry|department|commission|board|body|office|bureau)$/i,
    names: new RegExp(`\\b(?:${PUBLIC_WORDS})\\b`),
  },
  { nouns: /^force$/i, names: /\b(?:Police|Constabulary|Force)\b/ },
];
/** Outlets are named for what they report, not as the organisation a story is about. */
const NEWS_NAME =
  /\b(?:Reuters|Bloomberg|News|Times|Post|Journal|Press|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Wire|Television|Radio|CNN|BBC|CNBC|AP|AFP|Associated)\b/;

function resolveDescription(noun: string, entities: Entity[], index: number): Entity | null {
  if (ROLES.test(noun)) return lastOf(entities, index, 'person');
  if (/^(?:group|organi[sz]ation|alliance|movement|militia)$/i.test(noun))
    return (
      lastOf(entities, index, 'org') ?? entities.filter((e) => e.sentence < index && e.speaker).at(-1) ?? null
    );
  const match = (e: Entity) =>
    e.name.toLowerCase() !== noun.toLowerCase() &&
    (e.name.split(/\s+/).some((w) => sameWord(w, noun)) ||
      (SYNONYMS[noun.toLowerCase()]?.test(e.name) ?? false));
  const orgsFirst = (list: Entity[]) => list.filter((e) => e.type === 'org' && match(e));
  const before = entities.filter((e) => e.sentence < index || (e.sentence === index && !e.speaker));
  const earlier = orgsFirst(before).at(-1) ?? before.filter(match).at(-1);
  if (earlier) return earlier;
  const after = entities.filter((e) => e.sentence > index);
  const later = orgsFirst(after.filter((e) => e.speaker))[0] ?? orgsFirst(after)[0];
  if (later) return later;
  // "The FDA approved ..., the agency said", "..., the regulator said. The Financial Conduct Authority ...":
  // the one organisation of that sort the passage names (in the same sentence too, or after); with two, or
  // none, nobody is guessed.
  const kind = ORG_NOUN_KINDS.find((k) => k.nouns.test(noun));
  if (!kind) return null;
  const fits = (e: Entity) =>
    e.type === 'org' &&
    kind.names.test(e.name) &&
    !NEWS_NAME.test(e.name) &&
    !kind.unlike?.test(e.name) &&
    (e.sentence !== index || !e.speaker);
  // "Meridian Software Inc." and "Meridian Software's" are Meridian Software.
  const candidates = new Set(
    entities
      .filter(fits)
      .map((e) => e.name.replace(/[’']s$/, '').replace(/,?\s+(?:Inc|Corp|Ltd|LLC|plc|Co)\.?$/, '')),
  );
  if (candidates.size !== 1) return null;
  const [name] = candidates;
  return { name, type: 'org', sentence: index, speaker: false };
}

function lastOf(entities: Entity[], index: number, type: 'person' | 'org'): Entity | null {
  const fits = (e: Entity) => e.type === type || (type === 'org' && e.type === 'other' && e.speaker);
  const before = entities.filter((e) => e.sentence < index && fits(e));
  return before.filter((e) => e.speaker).at(-1) ?? before.filter((e) => e.type === type).at(-1) ?? null;
}

/** The person whose surname (or full name) a bare word is: "Abdulrahman" → "Rami Abdulrahman"; or, unless
 * the word came with a personal title, the company it is the short form of: "Meridian" → "Meridian
 * Software" (not "Washington" → "Washington Post", nor "Amazon" → "Amazon Web Services"). */
function resolveSurname(word: string, entities: Entity[], personOnly = false): Entity | null {
  const longer = entities.filter((e) => e.name !== word && e.name.split(/\s+/).length > 1);
  const person = longer
    .filter((e) => e.type === 'person' && sameWord(e.name.split(/\s+/).at(-1)!, word))
    .at(-1);
  if (person || personOnly) return person ?? null;
  return longer.filter((e) => e.type === 'org' && isCompanyShortForm(word, e.name)).at(-1) ?? null;
}

/**
 * Turns an attribution phrase into a speaker, using the passage's entities (all sentences, so that "a monitor
 * said" in the first sentence can be resolved by a name given in the second).
 */
export function resolveSpeaker(attribution: Attribution, entities: Entity[], index: number): Speaker {
  const mention = attribution.mention;
  if (attribution.form === 'passive') return { name: null, mention, how: 'unnamed' };
  const phrase = mention.replace(DATA_WORDS, '');
  const lower = phrase.toLowerCase();
  if (PRONOUNS.has(lower)) {
    const found =
      lastOf(entities, index, lower === 'he' || lower === 'she' ? 'person' : 'org') ??
      (lower === 'they' ? (entities.filter((e) => e.sentence < index && e.speaker).at(-1) ?? null) : null);
    return found ? { name: found.name, mention, how: 'resolved' } : { name: null, mention, how: 'unnamed' };
  }
  // "the monitor", "a monitor", "the Guards", "the ministry": a description to resolve.
  const description = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?([\p{L}-]+)$/u.exec(phrase);
  if (description && !/^\p{Lu}{2,}$/u.test(description[1])) {
    const found = resolveDescription(description[1], entities, index);
    if (found) return { name: found.name, mention, how: 'resolved' };
    if (/^\p{Lu}/u.test(description[1]) && !UNNAMED_HEADS.test(phrase))
      return { name: description[1], mention, how: 'named' };
    return { name: null, mention, how: 'unnamed' };
  }
  // The name inside the phrase: the last capitalised run ("BBC Arab affairs editor Sebastian Usher").
  const runs = [
    ...phrase.matchAll(
      /(?:\p{Lu}[\p{L}\p{N}’'.&-]*|(?:al|el)-[\p{L}’'-]+)(?:\s+(?:(?:of|for|the|and|al|de)\s+)*(?:\p{Lu}[\p{L}\p{N}’'.&-]*|(?:al|el)-[\p{L}’'-]+))*/gu,
    ),
  ]
    .map((m) => m[0])
    .filter(
      (r) =>
        // A mention that is one such word alone is a name ("Adrian said", "Meridian said"), not an adjective.
        (r === phrase && /^\p{Lu}\p{Ll}+$/u.test(r) && !UNNAMED_HEADS.test(r)) ||
        !r
          .split(/\s+/)
          .every(
            (w) =>
              NATIONALITY.test(w) ||
              /^(?:The|A|An|State|Two|Three|Several|Some|Many|One|His|Her|Their|Its|Our|My)$/.test(w) ||
              UNNAMED_HEADS.test(w),
          ),
    );
  if (PEOPLE_FAMILIAR.test(phrase) || POLLED.test(phrase)) return { name: null, mention, how: 'unnamed' };
  if (INSTITUTION_HEADS.test(phrase) && /^(?:the\s+)?(?:\S+\s+)?\S+$/i.test(phrase))
    return { name: phrase.replace(/^the\s+/i, ''), mention, how: 'named' };
  if (runs.length === 0) return { name: null, mention, how: 'unnamed' };
  let name = withoutAffiliation(runs.at(-1)!.replace(/^(?:The|An?)\s+/, ''));
  const classified = nameOf(name);
  if (classified) name = classified.name;
  else name = stripTitles(name);
  if (!/\s/.test(name) && !/^\p{Lu}{2,}$/u.test(name)) {
    // "Mr Washington" is a person, whatever the passage's newspapers are called.
    const full = resolveSurname(name, entities, /^(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(phrase));
    if (full) return { name: full.name, mention, how: 'resolved' };
  }
  return { name, mention, how: 'named' };
}

/** "(Professor) Ingrid Halvorsen of the University of Bergen" → "Ingrid Halvorsen": a person's affiliation after
 * the name, when the affiliation reads as an organisation ("Bank of Japan", "Secretary of State John Kerry"
 * stay for the titles' rules: their head is not a person's name). Only "of" joins words into one run. */
function withoutAffiliation(run: string): string {
  const bare = stripTitles(run);
  const m = /^(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2})\s+of\s+(?:the\s+)?(.+)$/u.exec(bare);
  if (!m || !isOrgName(m[2]) || isOrgName(m[1]) || stripTitles(m[1]) !== m[1]) return run;
  return nameOf(m[1])?.type === 'person' ? m[1] : run;
}

/** Entities of a whole passage, marking those that were speakers. */
export function passageEntities(
  sentences: string[],
  attributions = sentences.map(findAttribution),
): Entity[] {
  const entities: Entity[] = [];
  sentences.forEach((sentence, index) => {
    entities.push(...entitiesIn(sentence, index));
    const attribution = attributions[index];
    if (attribution?.form !== 'phrase') return;
    const speaker = resolveSpeaker(attribution, entities, index);
    if (!speaker.name || speaker.how === 'resolved') return;
    // "the Observatory's Rami Abdulrahman" also names the organisation.
    const owner = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)[’']s\s/u.exec(attribution.mention);
    if (owner) entities.push({ name: owner[1], type: 'org', sentence: index, speaker: false });
    entities.push({
      name: speaker.name,
      type: nameOf(speaker.name)?.type ?? 'other',
      sentence: index,
      speaker: true,
    });
  });
  return entities;
}

/** Words in an attribution that need the passage's other names to resolve ("he", "the monitor", "Kerry"). */
const NEEDS_CONTEXT = /^(?:he|she|they|it|the\s|an?\s|\S+$)/i;

/** Sentences of one quotation that resolve names among themselves (see speakersOf). */
export const PASSAGE_WINDOW = 200;

/** A bare name ("Moreno", "Mr Assad"), the one kind of mention the blogger's commentary resolves. */
const BARE_NAME = /^(?:(?:Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{L}’'-]+)$/u;

const wordKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:al|el)-/, '');

/**
 * Full names by the bare word that stands for them: a person's surname, an organisation's first word (the
 * last one the text gives wins). Built in one pass, so that a long commentary costs linear time.
 */
function fullNames(sentences: string[]): Map<string, string> {
  const names = new Map<string, string>();
  sentences.forEach((sentence, index) => {
    for (const entity of entitiesIn(sentence, index)) {
      const words = entity.name.split(/\s+/);
      if (words.length < 2) continue;
      if (entity.type === 'person') names.set(`person:${wordKey(words.at(-1)!)}`, entity.name);
      else if (entity.type === 'org' && isCompanyShortForm(words[0], entity.name))
        names.set(`org:${words[0]}`, entity.name);
    }
  });
  return names;
}

/**
 * Speakers of every sentence of a passage. `context` 'passage' resolves pronouns, descriptions and bare names
 * against the passage's names (a quoted passage); 'names' only bare names (the blogger's commentary, where
 * "he" or "the agency" may mean someone in a quotation: left unnamed). Names are collected only when a
 * mention needs them.
 */
export function speakersOf(
  sentences: string[],
  context: 'passage' | 'names' = 'passage',
): Array<Speaker | null> {
  // Resolving within a passage compares each mention with the passage's names: in a quotation of thousands of
  // sentences (a pasted report), names resolve within stretches of PASSAGE_WINDOW sentences instead.
  if (context === 'passage' && sentences.length > PASSAGE_WINDOW) {
    const out: Array<Speaker | null> = [];
    for (let at = 0; at < sentences.length; at += PASSAGE_WINDOW)
      out.push(...speakersOf(sentences.slice(at, at + PASSAGE_WINDOW), 'passage'));
    return out;
  }
  const attributions = sentences.map(findAttribution);
  if (context === 'names') {
    let names: Map<string, string> | null = null;
    return attributions.map((attribution, index) => {
      if (!attribution) return null;
      const bare = attribution.form === 'phrase' ? BARE_NAME.exec(attribution.mention)?.[1] : undefined;
      if (bare && !/^\p{Lu}{2,}$/u.test(bare)) {
        names ??= fullNames(sentences);
        const titled = /^(?:Mr|Mrs|Ms)\b/.test(attribution.mention);
        const full = names.get(`person:${wordKey(bare)}`) ?? (titled ? undefined : names.get(`org:${bare}`));
        if (full && full !== bare) return { name: full, mention: attribution.mention, how: 'resolved' };
      }
      return resolveSpeaker(attribution, [], index);
    });
  }
  const needsEntities = attributions.some(
    (a) =>
      a?.form === 'phrase' && NEEDS_CONTEXT.test(a.mention.replace(/^Mr\.?\s+|^Mrs\.?\s+|^Ms\.?\s+/, '')),
  );
  const entities = needsEntities ? passageEntities(sentences, attributions) : [];
  return attributions.map((attribution, index) =>
    attribution ? resolveSpeaker(attribution, entities, index) : null,
  );
}
