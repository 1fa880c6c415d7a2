// "The Banner adds:" after "The Baltimore Banner's reporter has the numbers:": a lead-in naming an outlet by
// the last word of a name the same post gave in full. The table's short names cover outlets it knows; this
// covers those named in the page's own words.
import type { ArticleWalk } from './article-text';
import mastheads from './data/masthead-words.json';
import { looksLikeOutletName, looksLikePersonName } from './name-source';
import { NEWS_WORDS } from './source-words';
import type { Evidence } from './types';

/** The outlet whose full name, given by an earlier passage of the post, ends with a capitalised word the
 * lead-in names ("the Banner", "Beat"), or is that word ("The Post adds:" after "The Post had it:"), or whose
 * initials the lead-in names ("VN tillägger:" after Västra Nyland). */
export function shortFormIn(
  leadIn: string,
  /** The outlets of earlier passages, each with the other ways the table writes it (a Chinese paper the table
   * names in English is written in Han characters on the page: "See Hua Daily News", 詩華日報). */
  earlier: ReadonlyArray<{ outlet: string | null; spelled?: readonly string[] }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const name = earlier[i].outlet;
    if (name && [name, ...(earlier[i].spelled ?? [])].some((written) => hanStemNamed(leadIn, written)))
      return {
        outlet: name,
        href: null,
        evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: name },
      };
    if (!name) continue;
    const last = name.split(/\s+/).pop() ?? '';
    const initials = initialsOf(name);
    const byLast =
      /^\p{Lu}[\p{L}-]{2,}$/u.test(last) && namedAlone(leadIn, last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // "VN tillägger:" after "Västra Nyland skriver i dag:": readers shorten a paper to its initials once they
    // have given its name.
    if (byLast || (initials !== null && namedAlone(leadIn, initials)))
      return {
        outlet: name,
        href: null,
        evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: name },
      };
  }
  return null;
}

/** "The Herald adds:" after "The Kirkholm Herald talked to residents:": a newsroom's word alone, which the table
 * knows as one paper ("The Herald", "Times"), is the short form of the paper the post named in full before it
 * (`shortFormIn`) when that one ends on the word and is another. */
export function newsWordBack(
  /** The words of the lead-in that named the table's outlet. */
  said: string,
  leadIn: string,
  outlet: string,
  earlier: ReadonlyArray<{ outlet: string | null }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  const word = said.replace(/^the\s+/i, '').toLowerCase();
  if (!NEWS_WORDS.has(word)) return null;
  const back = shortFormIn(leadIn, earlier);
  return back && back.outlet !== outlet && back.outlet.split(/\s+/).pop()?.toLowerCase() === word
    ? back
    : null;
}

/** "TVC adds:" after "The Tarren Valley Courier reported:": capitals the lead-in reads as a name of their own are
 * the initials of the paper the post named in full before it (`shortFormIn`), when they spell its initials. */
export function initialsBack(
  /** The words of the lead-in that named the outlet. */
  said: string,
  leadIn: string,
  outlet: string,
  earlier: ReadonlyArray<{ outlet: string | null }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  if (!/^\p{Lu}{2,4}$/u.test(said)) return null;
  const back = shortFormIn(leadIn, earlier);
  return back && back.outlet !== outlet && initialsOf(back.outlet) === said ? back : null;
}

/** The kind of newsroom a Chinese paper's name ends on, which its short form drops: 光华日报 is 光华. */
const HAN_NEWSROOM_END =
  /(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|商报|商報|时报|時報|都市报|都市報|青年报|青年報|报|報)$/u;

/** Whether a Chinese lead-in opens on the short form of a paper's name given in full earlier, saying it goes on
 * ("光华还提到：" after 《光华日报》, "星洲也指出：", Cantonese "南日仲提到：" after 《南嶺日報》): the short form, then
 * perhaps "also" or "again", then a verb of reporting, and the colon handing over. */
function hanStemNamed(leadIn: string, name: string): boolean {
  if (!/^\p{Script=Han}{3,}$/u.test(name)) return false;
  const sentence =
    leadIn
      .trim()
      .split(/[。！？]/u)
      .pop() ?? '';
  const short = hanShortForms(name).find((form) => sentence.startsWith(form));
  if (!short) return false;
  return /^(?:还|還|仲|也|都|又|则|則|亦|另|另外|接着|接著)?(?:提到|指出|报道|報導|报导|報道|写道|寫道|说|說|話|称|稱|补充|補充|透露)[^：:]{0,20}[：:]\s*$/u.test(
    sentence.slice(short.length),
  );
}

/** The short forms of a Chinese paper's name: the name without its newsroom's ending, two characters or more
 * (光华日报 is 光华), and, for a two-character stem before an ending of two or more, the first character of each
 * (澳門日報 is 澳日, 南方都市报 南都, 环球时报 环时, 中國時報 中時). */
export function hanShortForms(name: string): string[] {
  const stem = name.replace(HAN_NEWSROOM_END, '');
  if (stem.length < 2 || stem === name) return [];
  const ending = name.slice(stem.length);
  return stem.length === 2 && ending.length >= 2 ? [stem, stem[0] + ending[0]] : [stem];
}

const MASTHEAD_WORDS: ReadonlySet<string> = new Set(mastheads.words);

/** The last sentence handing over with a colon whose subject is one capitalised word, perhaps after "The", and
 * whose verb is a newsroom's: "The Sentinel says:", "Gazette adds, on the cost:". */
const ONE_WORD_SUBJECT =
  /(?:^|[.!?]\s+)(?:(?:And|But|Meanwhile|Now|Then|Also),?\s+)?((?:The\s+)?(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?))\s+(?:(?:also|too|now|then|again|just)\s+)?(?:says|said|adds|added|writes|wrote|notes|noted|explains|explained|puts it|sums it up|summed it up|reports|reported|has|had)\b[^:：.!?]{0,80}[:：]\s*$/u;

/** A paper named by a masthead's word alone, the subject of the lead-in ("The Sentinel says:"), where no name the
 * post gave earlier ends with it (`shortFormIn` is asked first): the page's own words name it. A generic word for
 * the press ("The paper says:") is not a masthead's and names no one. */
export function mastheadAlone(
  leadIn: string,
  /** The longer capitalised names the post's prose gave before the lead-in: one holding the word makes it that
   * name's short form, whatever that is ("the Courier Lane Bakery" … "The Courier adds:"), not a masthead. */
  earlierNames: () => ReadonlyArray<string> = () => [],
): { outlet: string; href: null; evidence: Evidence } | null {
  const m = ONE_WORD_SUBJECT.exec(leadIn);
  if (!m || !MASTHEAD_WORDS.has(m[2].toLowerCase())) return null;
  const word = m[2].toLowerCase();
  if (earlierNames().some((name) => name.toLowerCase().split(/\s+/).includes(word))) return null;
  return {
    outlet: m[1],
    href: null,
    evidence: { type: 'lead-in', value: leadIn.slice(0, 200), source: m[1] },
  };
}

/** Sentence openers that may stand capitalised before a short name: "And the Banner adds:". */
const OPENERS = /^(?:The|And|But|Then|Also|Now|As|So|More|Here)$/;

/** Whether the word is in the lead-in on its own, not inside a longer capitalised name ("Higher" in "Inside
 * Higher Ed" is not "Times Higher"). */
/** The initials of a name of two to four capitalised words, a leading "The" aside ("Västra Nyland" → "VN", "The
 * New York Times" → "NYT"), or null for a name of one word or with a word in lower case. */
export function initialsOf(name: string): string | null {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  return words.map((word) => word[0]).join('');
}

function namedAlone(leadIn: string, escaped: string): boolean {
  const re = new RegExp(`(?:^|\\s)(?:[Tt]he\\s+)?(${escaped})(?=[’']s\\b|[\\s,:;.]|$)`, 'gu');
  for (const m of leadIn.matchAll(re)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    // Starting at no capital an earlier one of its word could start: the same word, once (linear in the text).
    const before = /(\p{Lu}(?<!\p{Lu}[\p{L}’'.-]*?\p{Lu})[\p{L}’'.-]*)\s+$/u.exec(leadIn.slice(0, at))?.[1];
    const after = /^\s+\p{Lu}/u.test(leadIn.slice(at + m[1].length));
    if ((!before || OPENERS.test(before)) && !after) return true;
  }
  return false;
}

/** Capitalised words in a row ("the Portland Mercury's piece"), the possessive left out. The first starts at no
 * capital that an earlier one in its run of letters could start (that one matches all the later one would), so
 * a run of capitals is read once, not once from each; the white space after a linking word is read only after
 * one, so a run of white space is not split between two spans in every way. */
const LONG_NAME =
  /\p{Lu}(?<!\p{Lu}[\p{L}\p{N}.&-]*?\p{Lu})[\p{L}\p{N}.&-]*(?:\s+(?:(?:of|and|&)\s*)?\p{Lu}[\p{L}\p{N}.&-]*)+/gu;

/** The names of two capitalised words or more in the post's prose (the blocks no passage took), nearest last:
 * read once for the whole page, when first asked (a page of many passages asks many times); the answer takes the
 * post's names in blocks before `before`. For `mastheadAlone`, and for `outletsInProse`, which keeps the news
 * outlets among them. */
export function namesInProse(
  walk: ArticleWalk,
  taken: ReadonlySet<number>,
): (post: number, before: number) => string[] {
  let named: Array<{ block: number; post: number; name: string }> | null = null;
  const read = () => {
    const found: Array<{ block: number; post: number; name: string }> = [];
    for (let i = 0; i < walk.blocks.length; i++) {
      const block = walk.blocks[i];
      if (block.container >= 0 || taken.has(i)) continue;
      for (const m of walk.text.slice(block.start, block.end).matchAll(LONG_NAME)) {
        // "The Courier" is the word alone again, not a longer name.
        const name = m[0].replace(/^(?:The|A|An)\s+/, '');
        if (name.includes(' ')) found.push({ block: i, post: block.post ?? 0, name });
      }
    }
    return found;
  };
  return (post, before) => {
    named ??= read();
    return named.filter((n) => n.post === post && n.block < before).map((n) => n.name);
  };
}

/**
 * The news outlets the post names in its own prose before a passage ("I'd missed the Portland Mercury's piece
 * on Friday"), nearest last, for a later lead-in that names one by its last word ("The Mercury adds:"): among
 * the prose's names (`names`, from `namesInProse`), those whose last word is a newsroom's and that read as an
 * outlet's, not a person's. Each name is judged once.
 */
export function outletsInProse(
  names: (post: number, before: number) => readonly string[],
): (post: number, before: number) => Array<{ outlet: string }> {
  const judged = new Map<string, boolean>();
  const isOutlet = (name: string) => {
    let outlet = judged.get(name);
    if (outlet === undefined) {
      const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
      outlet = NEWS_WORDS.has(last) && looksLikeOutletName(name) && !looksLikePersonName(name);
      judged.set(name, outlet);
    }
    return outlet;
  };
  return (post, before) =>
    names(post, before)
      .filter(isOutlet)
      .map((outlet) => ({ outlet }));
}
