// Reads the sentence that introduces a quoted block: "Case in point, here's Reuters with the latest:",
// "And more from BBC:", "On Friday, Reuters reported that ...:", "as the FT explains:", "according to X",
// "via X", "Last week, we said the following:". Links count: a link's domain names its outlet even when
// the words do not.
import type { Outlet, OutletLookup, OutletMentionRef as OutletMention } from '../outlets/types';
import { looksLikeOutletName, looksLikePersonName, NAME, type SourceGuess } from './name-source';
import { DOCUMENT_WORDS, LEAD_AFTER, LEAD_BEFORE, PERSON_WORDS, SELF_REFERENCE } from './source-words';

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
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
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

/** A sentence that hands over to what follows: a colon, a dash, a comma the block completes, "below", or a
 * reporting verb at its end (English, German, French, Spanish). */
export const INTRODUCES =
  /[:：]\s*["“„«]?\s*$|[—–-]\s*$|,\s*$|\b(?:below|beneath|herunter|unten|ci-dessous|abajo)\s*[.:]?\s*$|\b(?:reports?|reported|writes|wrote|says|said|explains|notes|adds|the following|as follows|that|berichtet|berichtete|schreibt|schrieb|heißt es|folgendes|wie folgt|rapporte|écrit|explique|ce qui suit|informa|escribe|explica|lo siguiente|que)\s*[,:]?\s*$/i;
const TOLD =
  /\b(?:told|in an interview with|speaking (?:to|with)|interviewed by|appeared on|on air with|sagte (?:der|dem|die)|sagte gegenüber (?:der|dem)|(?:a )?déclaré (?:au|à la|à)|a dit (?:au|à la|à)|dijo a(?:l)?|declaró a(?:l)?)\s+(?:the\s+)?$/i;

function scoreMention(text: string, m: OutletMention, introduces: boolean): number {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (TOLD.test(before) || /\bciting\s+(?:an?\s+|the\s+)?$/i.test(before)) return -1;
  let score = 0;
  if (LEAD_BEFORE.test(before)) score += 2;
  if (LEAD_AFTER.test(after)) score += 2;
  if (introduces) score += 1;
  return score;
}

/** Unknown outlets in attribution phrases: "here's the Tri-Valley Bugle with more:", "X reports that". */
const UNKNOWN_PATTERNS = [
  new RegExp(
    `(?:here[’']?s|here is|more from|via|according to|courtesy of|per)\\s+(${NAME})(?=[’']s\\b|[\\s,:;.]|$)`,
    'gu',
  ),
  new RegExp(
    `(${NAME})(?:[’']s?)?\\s+(?:(?:has|had|also|just)\\s+)?(?:reports?|reported|writes|wrote|explains|notes)\\b`,
    'gu',
  ),
];

function unknownOutlet(text: string): { name: string; start: number; end: number } | null {
  for (const pattern of UNKNOWN_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m[1].replace(/^[Tt]he\s+/, '').replace(/[’']s$/, '');
      if (looksLikeOutletName(name)) {
        const start = m.index + m[0].indexOf(m[1]);
        return { name, start, end: start + m[1].length };
      }
    }
  }
  return null;
}

function hostOf(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol.startsWith('http') ? url.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Short names of outlets named earlier: "A Times reporter", "the Post reported". */
function backReference(
  text: string,
  context: LeadInContext,
): { outlet: Outlet; start: number; end: number } | null {
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

export function readLeadIn(
  text: string,
  links: readonly LeadInLink[],
  context: LeadInContext,
  /** A heading right above a block introduces it whatever its words. */
  isHeading = false,
): LeadInReading | null {
  if (!text.trim()) return null;
  const value = text.trim().slice(0, 300);
  const introduces = isHeading || INTRODUCES.test(text);
  const make = (
    kind: SourceGuess['kind'],
    outlet: string | null,
    href: string | null,
    type: 'lead-in' | 'lead-in-link' | 'back-reference' | 'self-reference' | 'person' | 'document',
    mention: LeadInReading['mention'],
    source: string | null = outlet,
  ): LeadInReading => ({ kind, outlet, href, evidence: { type, value, source }, mention });

  if (SELF_REFERENCE.test(text)) return make('self', context.publication, null, 'self-reference', null);

  const mentions = context.outlets.mentions(text);
  let best: OutletMention | null = null;
  let bestScore = 0;
  for (const m of mentions) {
    const score = scoreMention(text, m, introduces);
    // Later mentions win ties: the name nearest the block is the one that introduces it.
    if (score > 0 && score >= bestScore) {
      best = m;
      bestScore = score;
    }
  }
  const linkOutlets = links
    .map((link) => ({ link, outlet: context.outlets.byHost(link.href) }))
    .filter((x): x is { link: LeadInLink; outlet: Outlet } => x.outlet !== null);
  if (best) {
    const link = linkOutlets.find((x) => x.outlet.name === best.outlet.name)?.link;
    return make('outlet', best.outlet.name, link?.href ?? null, 'lead-in', {
      start: best.start,
      end: best.end,
    });
  }
  if (linkOutlets.length && (introduces || linkOutlets.length === links.length)) {
    const { link, outlet } = linkOutlets[linkOutlets.length - 1];
    return make('outlet', outlet.name, link.href, 'lead-in-link', { start: link.start, end: link.end });
  }
  const own = links.find((link) => context.publicationHost && hostOf(link.href) === context.publicationHost);
  if (own && introduces) return make('self', context.publication, own.href, 'self-reference', null);

  const unknown = unknownOutlet(text);
  if (unknown) return make('outlet', unknown.name, links[0]?.href ?? null, 'lead-in', unknown);

  const back = backReference(text, context);
  if (back)
    return make('outlet', back.outlet.name, null, 'back-reference', { start: back.start, end: back.end });

  if (!introduces) return null;
  const speaker = new RegExp(
    `(${NAME})(?:,[^,]{1,80},)?\\s+(?:said|says|told|wrote|writes|tweeted|posted|declared|stated|testified|argued|remarked|added)`,
    'u',
  ).exec(text);
  // A person speaking ("Senator X said in a statement:") before a document ("the ruling reads:").
  if ((speaker && looksLikePersonName(speaker[1])) || (PERSON_WORDS.test(text) && !DOCUMENT_WORDS.test(text)))
    return make('person', null, links[0]?.href ?? null, 'person', null, speaker?.[1] ?? null);
  if (DOCUMENT_WORDS.test(text))
    return make('document', null, links[0]?.href ?? null, 'document', null, null);
  if (PERSON_WORDS.test(text)) return make('person', null, links[0]?.href ?? null, 'person', null, null);
  return null;
}
