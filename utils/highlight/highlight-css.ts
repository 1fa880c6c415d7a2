// The ::highlight() rules. They must live in the page's own styles to reach page text, so the content script
// puts them in one <style data-sourcelight> element in <head>, removed when highlights go off. Translucent
// backgrounds and coloured underlines read on light and dark pages alike.
import { OWN_WORDS_COLOUR, PALETTE, UNKNOWN_COLOUR } from './colours';
import { withAlpha } from './contrast';
import { CLAIM_HIGHLIGHTS, inlineHighlight, mentionHighlight, type SwatchKey } from './css-highlights';

// Claims are painted only when the reader asks for them (claim-choice.ts), and calmly: one amber wash for a
// reported claim whatever its score, a dotted underline for the blogger's own. The legend names both.
const REPORTED_CLAIM = 'background-color: rgba(255, 179, 0, 0.24);';
const CLAIM_RULES = [
  `::highlight(${CLAIM_HIGHLIGHTS.low}) { ${REPORTED_CLAIM} }`,
  `::highlight(${CLAIM_HIGHLIGHTS.mid}) { ${REPORTED_CLAIM} }`,
  `::highlight(${CLAIM_HIGHLIGHTS.high}) { ${REPORTED_CLAIM} }`,
  `::highlight(${CLAIM_HIGHLIGHTS.commentary}) { text-decoration: underline dotted 1px rgba(128, 128, 128, 0.9); text-underline-offset: 3px; }`,
];

export function swatchColour(key: SwatchKey): string {
  if (key === 'own') return OWN_WORDS_COLOUR;
  if (key === 'unknown') return UNKNOWN_COLOUR;
  return PALETTE[key] ?? UNKNOWN_COLOUR;
}

/** The stylesheet for the claim styles plus the mention and inline-quote styles of the sources in use. */
export function highlightStylesheet(swatches: Iterable<SwatchKey>): string {
  const rules = [...CLAIM_RULES];
  for (const key of new Set(swatches)) {
    const colour = swatchColour(key);
    rules.push(
      `::highlight(${mentionHighlight(key)}) { background-color: ${withAlpha(colour, 0.22)}; text-decoration: underline 2px ${colour}; text-underline-offset: 3px; }`,
      `::highlight(${inlineHighlight(key)}) { text-decoration: underline 2px ${withAlpha(colour, 0.85)}; text-underline-offset: 4px; }`,
    );
  }
  return rules.join('\n');
}
