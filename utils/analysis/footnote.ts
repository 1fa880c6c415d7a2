// A lead-in whose only clue is a footnote marker ("One paragraph from a longer feature says it better than
// we can¹:"): the note it links to cites the source ("¹ Undark, “The amateurs who measure the rain”, 14
// November 2026."). The note names an outlet when it mentions or links exactly one.
import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
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
    const note = noteOf(link);
    const words = note ? squash(note.textContent ?? '').replace(/[↩↑⤴]\uFE0E?/gu, '') : '';
    if (!note || !words || words.length > NOTE_LIMIT) continue;
    const names = new Map<string, string | null>();
    for (const m of outlets.mentions(words)) names.set(m.outlet.name, null);
    for (const a of note.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const outlet = outlets.byHost(href);
      if (outlet && !(ownHost && siteHostOf(href) === ownHost)) names.set(outlet.name, href);
    }
    if (names.size !== 1) continue;
    const [[outlet, href]] = [...names];
    return {
      kind: 'outlet',
      outlet,
      href,
      evidence: { type: 'footnote', value: words.slice(0, 200), source: outlet },
    };
  }
  return null;
}
