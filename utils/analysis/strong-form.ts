// Whether the words that named a passage's source say, by themselves, that it is a source being quoted: a
// name right before a colon after "according to" ("According to X:", "Laut X:", "Selon X :"), a name
// right before a reporting verb and a colon ("X reports:", "X berichtet:"), or a credit line that says it
// is one ("Source: X", "Quelle: X"). Such forms hold a name the outlet tables do not know even on a page that
// quotes no known newsroom; the weaker ones ("— X" under a block, "X caught up with …:", "As X put it:",
// "From X:", which hands over to a book as often) are a testimonial's, a club's, a person's or a book's as
// often, and stay believed only beside a firmer outlet.

import { CREDIT_LABEL } from './block-evidence';
import { accordingTo, reportsAfter, reportsBefore } from './data/lead-in-words.json';
import { alternation, unicodeExpression } from './lead-in-words';
import type { Evidence } from './types';

const COLON = String.raw`\s*[:：]\s*$`;
/** A reporting verb and a colon right after the name (English "reports", the data's reporting words). */
const REPORTS_THEN_COLON = unicodeExpression(
  String.raw`^\s+(?:reports|reported|${alternation(reportsBefore, { right: true })}|${alternation(reportsAfter, { right: true })})${COLON}`,
  'iu',
);
const COLON_ONLY = unicodeExpression(`^${COLON}`, 'u');
/** "according to" and the data's words for it, right before the name (perhaps with an article). */
const ACCORDING_TO_BEFORE = unicodeExpression(
  String.raw`(?:according to|${alternation(accordingTo, { left: true })})\s+(?:the\s+|la\s+|a\s+|o\s+)?$`,
  'iu',
);
/** People's names are known in Latin letters only (data/given-names.json): a name in another script may be a
 * person's for all the analyser can tell. */
const LATIN_NAME = unicodeExpression(String.raw`^[\p{Script=Latin}\p{M}\d\s&.'’-]+$`, 'u');
const LABELLED_CREDIT = unicodeExpression(`^\\s*${CREDIT_LABEL}`, 'iu');

/** Whether `evidence` names `name` in a form that says it is a source (see above). */
export function strongSourceForm(evidence: Evidence | undefined, name: string): boolean {
  if (!evidence || !LATIN_NAME().test(name)) return false;
  const text = evidence.value;
  if (evidence.type === 'credit-line') return LABELLED_CREDIT().test(text) && text.includes(name);
  if (evidence.type !== 'lead-in') return false;
  const at = text.lastIndexOf(name);
  if (at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + name.length);
  if (REPORTS_THEN_COLON().test(after)) return true;
  return COLON_ONLY().test(after) && ACCORDING_TO_BEFORE().test(before);
}
