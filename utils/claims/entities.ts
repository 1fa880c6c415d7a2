// Names in a passage: people and organisations, so that "he", "the monitor", "the Guards" and a bare
// surname ("Abdulrahman") can be resolved to the fuller name the passage gave ("Rami Abdulrahman").

import { PER } from './attribution';

/** 'other': a single capitalised word that is neither clearly a person nor an organisation (a place, a country). */
export type EntityType = 'person' | 'org' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  /** Index of the sentence it appears in. */
  sentence: number;
  /** True when it was the speaker of a sentence ("X said"). */
  speaker: boolean;
}

const ORG_WORDS = new Set(
  'observatory ministry agency bank fund staff guards army council committee organization organisation international office department commission court government coalition company corp corporation inc group news times post network association union party front forces force brigade brigades federation institute university service services authority authorities command police kremlin pentagon nations monitor watch cross crescent state reuters opec house parliament assembly congress senate military navy fed reserve exchange board administration electronics software systems technologies technology motors airlines airways shipping transit energy holdings industries pharmaceuticals labs laboratories media communications telecom insurance mining airport railway railways hospital pharma semiconductor semiconductors logistics chemicals therapeutics biotech robotics aerospace automotive studios brewing petroleum utilities'.split(
    ' ',
  ),
);

const TITLE_PREFIX = new RegExp(
  '^(?:(?:U\\.S\\.|U\\.K\\.|U\\.N\\.|EU|\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|an|i))\\s+)?' +
    '(?:(?:Deputy|Vice|Chief|Acting|Former|Foreign|Defence|Defense|Interior|Finance|Prime|Supreme|Senior)\\s+)*' +
    '(?:President|Minister|Secretary(?:\\s+of\\s+(?:State|Defense|Defence|the\\s+\\p{Lu}\\p{L}+))?|Secretary-General|Senator|Sen\\.|Rep\\.|Representative|Gov\\.|Governor|Mayor|Gen\\.|General|Lt\\.|Col\\.|Colonel|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Judge|Justice|Chancellor|King|Queen|Prince|Sheikh|Commander|Admiral|Adm\\.|Capt\\.|Captain|Sgt\\.|Sergeant|Major|Maj\\.|Brig\\.|Brigadier|Professor|Prof\\.|Rev\\.|Ayatollah|Pope|Chairman|Chairwoman|Ambassador|Envoy|Spokesman|Spokeswoman|CEO)' +
    '(?:\\s+(?:Lt\\.|Col\\.|Gen\\.|General))*\\s+(?=\\p{Lu})',
  'u',
);

/** Nationality adjectives and bare acronyms do not make a phrase a name ("two U.S. officials"). */
export const NATIONALITY =
  /^(?:U\.S\.|U\.K\.|U\.N\.|EU|Western|Eastern|Arab|French|Dutch|Greek|Swiss|Thai|Czech|Afghan|Kazakh|Uzbek|American|Mexican|Cuban|African|Moroccan|Korean|Dominican|Iraqi|Israeli|Saudi|Yemeni|Qatari|Kuwaiti|Emirati|Omani|Bahraini|Pakistani|Bangladeshi|Somali|Azerbaijani|Nepali|\p{Lu}\p{Ll}+(?:ian|ean|ese|ish))$/u;

const words = (name: string) => name.split(/\s+/);

/** True when any word of the name says it is an organisation (or it is an acronym such as SANA). */
export function isOrgName(name: string): boolean {
  return words(name).some(
    (w) =>
      ORG_WORDS.has(
        w
          .toLowerCase()
          .replace(/[’']s$/, '')
          .replace(/[^a-z]/g, ''),
      ) || /^\p{Lu}{2,}$/u.test(w),
  );
}

/** Words of office that come before a person's name ("Senate Majority Leader", "Bank of Japan Governor"). */
const OFFICE_WORDS =
  /^(?:President|Leader|Governor|Commissioner|Prosecutor|Inspector|Minister|Secretary|Director|Chief|Officer|Chairman|Chairwoman|Chair|Judge|Justice|Attorney|Spokesman|Spokeswoman|Spokesperson|Ambassador|Envoy|Mayor|Senator|Representative|Councillor|Councilor|Commander|General|Admiral|Colonel|Captain|Sergeant|Detective|Constable|Superintendent|Chancellor|Premier|Treasurer|Economist|Analyst|Editor|Correspondent|Founder|Executive|CEO|CFO|COO|Coach|Manager|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Det\.|Insp\.|Prof\.)$/;

/** "Secretary of State John Kerry" → "John Kerry"; "Bank of Japan Governor Kenji Moriyama" → "Kenji Moriyama";
 * "Turkish General Staff" stays. */
export function stripTitles(name: string): string {
  if (!/\s/.test(name)) return name;
  let out = name;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(TITLE_PREFIX, '');
    if (next === out) break;
    out = next;
  }
  // Whatever precedes the last word of office is the office's description, when a name follows it.
  const words = out.split(/\s+/);
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (OFFICE_WORDS.test(words[i])) last = i;
  const rest = words.slice(last + 1);
  if (last >= 0 && rest.length >= 1 && rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w)))
    return rest.join(' ');
  return out;
}

/** Classifies a capitalised run and gives its best name. */
export function nameOf(run: string): { name: string; type: EntityType } | null {
  // Words that open a sentence with a capital are not part of the name after them ("As Bloomberg noted").
  let text = run
    .replace(
      /^(?:The|An?|But|And|Meanwhile|However|As|So|Yet|Still|Then|Now|If|When|While|After|Before|Since|Although|Though|Because|Like|Unlike)\s+/,
      '',
    )
    .trim();
  if (!text) return null;
  // "Observatory's Rami Abdulrahman": a person qualified by an organisation.
  const possessive = /^(.*?[’']s)\s+(.+)$/u.exec(text);
  if (possessive) {
    const rest = stripTitles(possessive[2]);
    if (!isOrgName(rest) && words(rest).length >= 2) return { name: rest, type: 'person' };
  }
  const stripped = stripTitles(text);
  if (stripped !== text && !isOrgName(stripped) && words(stripped).length >= 1)
    return { name: stripped, type: 'person' };
  if (isOrgName(text)) return { name: text, type: 'org' };
  text = stripped;
  const ws = words(text);
  if (ws.length >= 2 && ws.length <= 4 && !ws.every((w) => NATIONALITY.test(w)))
    return { name: text, type: 'person' };
  if (ws.length === 1 && !NATIONALITY.test(text)) return { name: text, type: 'other' };
  return null;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'du',
  'al',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'la',
  'le',
]);
const NAME_PREFIXES = ['al-', 'el-', 'ad-', 'ash-', 'as-', 'bin-', 'ibn-', 'abu-'];
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const startsName = (w: string) =>
  isUpper(w[0]) || (w.includes('-') && NAME_PREFIXES.some((p) => w.startsWith(p)));
const OPENING = new Set(['(', '"', '“', '‘', "'", '[']);
const CLOSING = new Set([',', ';', ':', '!', '?', ')', '"', '”', '’', ']']);

/** Names appearing in a sentence (runs of capitalised words, with connectors inside them), in order. A lone
 * capitalised word opening the sentence is usually just a capital ("Forces loyal to ...") and is skipped.
 * A word-by-word scan: regular expressions with look-behinds were the claims' slowest step. */
export function entitiesIn(sentence: string, index: number): Entity[] {
  const out: Entity[] = [];
  let run: string[] = [];
  let runStart = 0;
  let pending: string[] = [];
  const flush = () => {
    if (run.length && !(runStart === 0 && run.length === 1 && !/^\p{Lu}{2,}$/u.test(run[0]))) {
      const found = nameOf(run.join(' '));
      if (found && found.name.length > 1) out.push({ ...found, sentence: index, speaker: false });
    }
    run = [];
    pending = [];
  };
  const words = sentence.split(/\s+/);
  // "Per Axios, ...": blog shorthand for "according to", not part of the name after it.
  const first = PER.test(sentence) ? 1 : 0;
  for (let i = first; i < words.length; i++) {
    const raw = words[i];
    let from = 0;
    let to = raw.length;
    while (from < to && OPENING.has(raw[from])) from++;
    if (from > 0) flush();
    while (to > from && CLOSING.has(raw[to - 1])) to--;
    // A final dot ends a sentence after a word ("Morek."), not after initials or titles ("U.S.", "Gen.").
    if (to - from > 3 && raw[to - 1] === '.' && raw[to - 2] !== raw[to - 2].toUpperCase()) to--;
    const bare = raw.slice(from, to);
    const ends = to < raw.length;
    if (bare && startsName(bare)) {
      if (run.length === 0) runStart = i;
      run.push(...pending, bare);
      pending = [];
    } else if (run.length && CONNECTORS.has(bare)) pending.push(bare);
    else flush();
    if (ends) flush();
  }
  flush();
  return out;
}
