// A lead-in whose only clue is a footnote marker ("One paragraph from a longer feature says it better than
// we can¹:"): the note it links to cites the source ("¹ Undark, “The amateurs who measure the rain”, 14
// November 2026."). The note names an outlet when it mentions or links exactly one. A marker set in `<sup>`
// and linked nowhere ("…a further forty million.<sup>[1]</sup>") cites the note after it that opens on the same
// marker ("[1] Reuters, 4 December."). Either note may name a paper the table lacks by its dated title.
import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
import { readTermCredit } from './block-evidence';
import { squash } from './dom';
import type { SourceGuess } from './name-source';

/** A footnote marker's words: "1", "[2]", "(3)", "*", "†", "a". */
const MARKER = /^[[(]?(?:\d{1,3}|[*†‡§]|[a-z])[\])]?$/;
/** How far from the end of the lead-in a marker may sit and still belong to its last sentence. */
const MARKER_REACH = 300;
/** A note longer than this is prose, not a citation. */
const NOTE_LIMIT = 400;
const BLOCK = 'li, p, dd, div, aside, section, td';

/** The note a same-page link points at: the element with that id, or the block around it when the id is on
 * an anchor or a back-link inside the note. */
function noteOf(link: Element): Element | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  const doc = link.ownerDocument;
  const target = doc.getElementById(id) ?? doc.getElementsByName(id)[0] ?? null;
  if (!target || target.contains(link)) return null;
  const note = target.matches(BLOCK) ? target : (target.closest(BLOCK) ?? target);
  return note.contains(link) ? null : note;
}

/** How many characters of the element's text the node and what follows it inside the element hold. */
function textFrom(node: Node, element: Element): number {
  let count = node.textContent?.length ?? 0;
  for (let at: Node | null = node; at && at !== element; at = at.parentNode)
    for (let next = at.nextSibling; next; next = next.nextSibling) count += next.textContent?.length ?? 0;
  return count;
}

/** The source the lead-in's footnote cites, or null when it has no marker near its end or the note names no
 * single outlet. A passage's last block may carry the marker too, closing its last sentence. `ownHost` is the blog's own site, which a note's link does not name. */
export function footnoteSource(
  lead: Element,
  outlets: OutletLookup,
  ownHost: string | null,
  /** How far from the element's end the marker may sit. */
  reach = MARKER_REACH,
): SourceGuess | null {
  for (const link of lead.querySelectorAll('a[href^="#"]')) {
    if (!MARKER.test(squash(link.textContent ?? ''))) continue;
    if (textFrom(link, lead) > reach) continue;
    const guess = noteSource(noteOf(link), outlets, ownHost);
    if (guess) return guess;
  }
  for (const sup of lead.getElementsByTagName('sup')) {
    const marker = markerKey(squash(sup.textContent ?? ''));
    if (marker === null || sup.querySelector('a[href]') || sup.closest('a[href]')) continue;
    if (textFrom(sup, lead) > reach) continue;
    const guess = noteSource(noteAfter(lead, marker), outlets, ownHost);
    if (guess) return guess;
  }
  return null;
}

/** A marker's number or sign without its brackets ("[2]" → "2"), or null when the words are no marker. */
function markerKey(words: string): string | null {
  return MARKER.test(words) ? words.replace(/[[\]()]/g, '') : null;
}

/** A note's opening marker: "[1] ", "1. ", "(1) ", "1 " (a note's own `<sup>1</sup>`), "¹ ". */
const NOTE_OPENING = /^\s*[[(]?(\d{1,3}|[*†‡§]|[¹²³⁴⁵⁶⁷⁸⁹])[\]).:]?\s+\S/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The first list item or paragraph after `lead` in the document that opens on the marker, or null. */
function noteAfter(lead: Element, marker: string): Element | null {
  const root = lead.ownerDocument.body ?? lead.ownerDocument.documentElement;
  if (!root) return null;
  for (const note of root.querySelectorAll('li, p, dd')) {
    if (!(lead.compareDocumentPosition(note) & FOLLOWING) || note.contains(lead)) continue;
    const opening = NOTE_OPENING.exec(note.textContent ?? '');
    if (!opening) continue;
    const key = opening[1].replace(/[¹²³⁴⁵⁶⁷⁸⁹]/gu, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d)));
    if (key === marker) return note;
  }
  return null;
}

/** compareDocumentPosition's bit: the other node follows. */
const FOLLOWING = 4;

/** The outlet a note names: the one outlet it mentions or links, else a title dated as a piece
 * is ("The Harlow Star, 3 December.", "Sunday News, 29 November 2026."), its marker set aside. */
function noteSource(note: Element | null, outlets: OutletLookup, ownHost: string | null): SourceGuess | null {
  const words = note ? squash(note.textContent ?? '').replace(/[↩↑⤴]\uFE0E?/gu, '') : '';
  if (!note || !words || words.length > NOTE_LIMIT) return null;
  const names = new Map<string, string | null>();
  for (const m of outlets.mentions(words)) names.set(m.outlet.name, null);
  for (const a of note.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    const outlet = outlets.byHost(href);
    if (outlet && !(ownHost && siteHostOf(href) === ownHost)) names.set(outlet.name, href);
  }
  if (names.size === 0) {
    const credit = readTermCredit(
      words.replace(NOTE_OPENING, (m) => m.slice(-1)).replace(/\.$/, ''),
      null,
      outlets,
    );
    if (credit?.kind === 'outlet' && credit.outlet)
      return {
        ...credit,
        evidence: { type: 'footnote', value: words.slice(0, 200), source: credit.outlet },
      };
  }
  if (names.size !== 1) return null;
  const [[outlet, href]] = [...names];
  return {
    kind: 'outlet',
    outlet,
    href,
    evidence: { type: 'footnote', value: words.slice(0, 200), source: outlet },
  };
}
