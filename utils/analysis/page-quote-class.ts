// The page's own quotation style: an e-mail newsletter or a site builder styles its quotation boxes with a
// class whose look lives in a stylesheet the analysis does not read ("r13-i", "has-pale-background"). A class
// is taken for a quotation box when every element the article gives it is a box of text right after a line
// handing over to it ("ENR:", "Construction Dive has the contractor's side."), most of those lines are
// sentences rather than a section's label, and at least one box is attributed to a source (by its line or a
// credit under it) or said by its line to be someone's words, a document or the writer's own record. A class that also sits on commentary (a paragraph class every paragraph has) fails on the
// first paragraph not introduced; a newsletter's own notices fail for want of a source.
import { squash, tagOf } from './dom';
import { HANDS_OVER, INTRODUCES } from './set-apart';

const CANDIDATES = 'div[class], td[class], p[class], section[class]';
/** Elements looked at: a newsletter's, bounded for a hostile page. */
const MAX_CANDIDATES = 3_000;
/** A class given to more elements than this is a layout's, not a quotation style's. */
const MAX_MEMBERS = 40;
/** Elements the class is given to at least: one alone may be introduced by chance. */
const MIN_MEMBERS = 2;
/** A quotation box holds a few sentences. */
const MIN_BOX_CHARS = 60;
/** A line this long that ends handing over is a sentence, not a section's label ("Job of the week:"). */
const SENTENCE_WORDS = 6;
/** A citation line is a headline's length at most. */
const CITATION_MAX = 200;
/** Levels climbed to find the text before a box (a cell's row, the rows before). */
const CLIMB_LEVELS = 3;

/** The nearest element with words before (or after) `el` in the page: a sibling, or a sibling of one of its
 * parents (a cell's row, the rows around it), with those words. */
function wordsBeside(el: Element, after: boolean): { text: string; element: Element } | null {
  let at: Element | null = el;
  for (let level = 0; at && level <= CLIMB_LEVELS; level++) {
    for (
      let s = after ? at.nextElementSibling : at.previousElementSibling;
      s;
      s = after ? s.nextElementSibling : s.previousElementSibling
    ) {
      const words = squash(s.textContent ?? '');
      if (words) return { text: words, element: s };
    }
    at = at.parentElement;
  }
  return null;
}

function isTextBox(el: Element): boolean {
  if (el.querySelector('blockquote, h1, h2, h3, table, ul, ol')) return false;
  return squash(el.textContent ?? '').length >= MIN_BOX_CHARS;
}

/** What the analyser knows of sources, for telling a quotation style from a page's own notices. */
export interface SourceClues {
  /** Whether a sentence names a source ("ENR:", "The Guardian has the operators' side."). */
  names(sentence: string): boolean;
  /** Whether a line credits what is above it to an outlet ("— New Civil Engineer"). */
  credits(line: string, element: Element): boolean;
  /** Whether a short line cites what is below it to an outlet ("The Oregonian — March 3", "Source: KUOW"). */
  cites?(line: string, element: Element): boolean;
  /** Whether a sentence says whose words or what text follows, naming no outlet: someone's own ("… asked for her
   * own account to go in the minutes, and read it out:"), a document ("the reply from the Council's flood team,
   * dated 24 November:") or the writer's own record ("As recorded in the minutes of the September meeting:"). */
  describes?(sentence: string): boolean;
}

/** The elements of `article` whose class the page uses only for introduced boxes of text, of which at least
 * one is attributed to a source or described as someone's words or a document (a school's own notices after
 * "Here is what we ask of each class:" are not). */
export function pageQuoteBoxes(article: Element, clues: SourceClues): Element[] {
  const groups = new Map<string, Element[]>();
  const candidates = article.querySelectorAll(CANDIDATES);
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i++) {
    const el = candidates[i];
    const key = `${tagOf(el)} ${(el.getAttribute('class') ?? '').trim()}`;
    const group = groups.get(key);
    if (group) group.push(el);
    else groups.set(key, [el]);
  }
  const boxes: Element[] = [];
  for (const group of groups.values()) {
    if (group.length < MIN_MEMBERS || group.length > MAX_MEMBERS) continue;
    // Nested members (a wrapper of wrappers) are layout.
    if (group.some((el) => group.some((other) => other !== el && other.contains(el)))) continue;
    let sentences = 0;
    let attributed = 0;
    // Boxes taken on their citation or credit line alone, and boxes naming no source around them.
    let sourcedOnly = 0;
    let unnamed = 0;
    const introduced = group.every((el) => {
      if (!isTextBox(el)) return false;
      const line = wordsBeside(el, false);
      const before = line?.text.slice(-80) ?? '';
      const after = wordsBeside(el, true);
      // A box under a line citing its source, or over a line crediting it, is a quotation whatever introduces
      // it: no newsletter's own notice is credited so.
      const sourced =
        (line !== null && line.text.length <= CITATION_MAX && clues.cites?.(line.text, line.element)) ||
        (after !== null && clues.credits(after.text, after.element));
      if (
        sourced ||
        HANDS_OVER.test(before) ||
        (INTRODUCES.test(before) && before.split(/\s+/).length >= SENTENCE_WORDS)
      )
        sentences++;
      const named = clues.names(before);
      if (sourced || named || clues.describes?.(before)) attributed++;
      const handedOver = INTRODUCES.test(before) || HANDS_OVER.test(before);
      if (sourced && !handedOver) sourcedOnly++;
      if (!sourced && !named) unnamed++;
      return sourced || handedOver;
    });
    // A class proved by a box's citation or credit line rather than a hand-over must name a source at every box:
    // a writer's own box of the same look ("What we ask, simply:") is no quotation.
    if (sourcedOnly > 0 && unnamed > 0) continue;
    // Section labels ("Job of the week:") introduce a newsletter's own boxes: most boxes must follow a sentence.
    if (introduced && sentences * 2 >= group.length && attributed > 0) boxes.push(...group);
  }
  return boxes;
}
