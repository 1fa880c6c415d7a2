// A sentence after a passage that says whose words it held: "That was FreightWaves on Tuesday, and the index
// moved the same way.", "That's from the Guardian's write-up.", "Those were Reuters' words." It names the
// passage's source only when nothing before the passage did (attribute.ts) and the name is an outlet's.
import type { OutletLookup } from '../outlets/types';
import handOverWords from './data/hand-over-words.json';
import { alternation, madeOnFirstUse } from './lead-in-words';
import type { SourceGuess } from './name-source';
import { nameSource } from './name-source';

/** The sentence's opening words pointing back, then the name, up to a time word, punctuation or a possessive. */
const BACK_CREDIT =
  /^(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Aa]ll that|[Tt]he above)(?:\s+(?:was|were|is|are|came|comes)|['’]s)\s+(?:(?:from|via|courtesy of)\s+)?((?:[Tt]he\s+)?\p{Lu}[^,.;:!?()—–]{1,59}?)(?=['’]s?\s|\s+(?:on|in|last|this|yesterday|today|earlier|back|again|reporting|writing)\b|\s*[,.;:!?(—–]|$)/u;

/** The same in French, German, Spanish and Italian: the opening words (`backCreditOpenings` in
 * data/hand-over-words.json), then the name, up to punctuation, a possessive or a word in lower case. */
const BACK_CREDIT_OTHER = madeOnFirstUse(
  () =>
    new RegExp(
      `^${alternation({ other: handOverWords.backCreditOpenings }, { capitalised: true, right: true })}\\s+((?:[Tt]he\\s+|[Ll]e\\s+|[Ll]a\\s+|[Ll]['’]|[Dd]er\\s+|[Dd]ie\\s+|[Dd]as\\s+|[Ee]l\\s+|[Ii]l\\s+)?\\p{Lu}[^,.;:!?()—–]{1,59}?)(?=\\s+\\p{Ll}|\\s*[,.;:!?(—–]|$)`,
      'u',
    ),
);

export function readBackCredit(text: string, outlets: OutletLookup): SourceGuess | null {
  const opening = text.trimStart().slice(0, 200);
  // The other languages' expression is built only for a sentence opening on one of their words.
  const lower = opening.toLowerCase();
  const m =
    BACK_CREDIT.exec(opening) ??
    (handOverWords.backCreditOpenings.some((word) => lower.startsWith(word))
      ? BACK_CREDIT_OTHER().exec(opening)
      : null);
  if (!m) return null;
  const guess = nameSource(m[1], [], 'credit-line', outlets);
  return guess?.kind === 'outlet' ? guess : null;
}
