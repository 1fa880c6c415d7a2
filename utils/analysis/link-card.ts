// A link card, a blog engine's preview of a story elsewhere (Ghost's bookmark card, a block editor's embed): its
// title, description and site under one link. A short hand-over right after it pointing at a source ("They add:",
// "Y añaden:") hands over to the story the card previews, so the card's link names the source.
import type { OutletLookup } from '../outlets/types';
import { hrefs } from './block-evidence';
import { squash, tagOf } from './dom';
import type { SourceGuess } from './name-source';

/** The most a card shows: a title, a description and a line of metadata. */
const CARD_TEXT = 400;
/** Elements that are text or a passage, not a card. */
const NOT_CARD = /^(?:P|BLOCKQUOTE|H[1-6]|UL|OL|DL|TABLE|PRE)$/;

/** The outlet of the link card right before `el` (its element sibling before it): no paragraph, heading or
 * passage, holding no paragraph or blockquote, a card's words at most, every link of it to one address, whose
 * site the table knows. `sentence`, the hand-over, is the evidence. */
export function linkCardBefore(el: Element, outlets: OutletLookup, sentence: string): SourceGuess | null {
  const card = el.previousElementSibling;
  if (!card || NOT_CARD.test(tagOf(card)) || card.querySelector('p, blockquote')) return null;
  const words = squash(card.textContent ?? '');
  if (!words || words.length > CARD_TEXT) return null;
  const links = new Set(hrefs(card));
  if (links.size !== 1) return null;
  const [href] = links;
  const outlet = outlets.byHost(href);
  if (!outlet) return null;
  return {
    kind: 'outlet',
    outlet: outlet.name,
    href,
    evidence: { type: 'lead-in-link', value: squash(sentence), source: outlet.name },
  };
}
