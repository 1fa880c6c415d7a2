// A lead-in's clause after a turn that gives the words it hands over to someone named by no name, in the
// languages of data/said-by.json: "…, but the clearest explanation came from the driver on the 6:", "…, men det
// smukkeste blev sagt af vores kirkesanger:", "…, ale nejlíp to řekl náš průvodce:". Those words are that
// person's, and an outlet named before the turn is set aside.

import { mediaNouns } from './data/lead-in-words.json';
import saidByWords from './data/said-by.json';
import { alternation, madeOnFirstUse, type SlotWords } from './lead-in-words';
import { BODY_WORDS } from './source-words';

const SAID_BY = madeOnFirstUse(
  () => new RegExp(alternation(saidByWords.saidBy, { left: true, right: true }), 'iu'),
);

/** Words for a newsroom or its people, in every language of said-by.json and of mediaNouns. */
const NEWSROOM = madeOnFirstUse(() => {
  const slot: Record<string, string[]> = {};
  for (const words of [saidByWords.newsroom, mediaNouns as SlotWords])
    for (const [code, list] of Object.entries(words)) slot[code] = [...(slot[code] ?? []), ...list];
  return new RegExp(alternation(slot, { left: true, right: true }), 'iu');
});

/** Whether the clause after a turn hands the words to someone: a phrase of saying or coming from, then two words
 * or more all in lower case but the English "I", as a person is named by what they are ("the driver on the 6",
 * "náš průvodce", "the man who I met at the trailhead").
 * A capital after it may be a newsroom's name, which the lead-in reader weighs; a newsroom's word ("the local
 * paper", "their reporter") or a body's ("the council") is no one's own words. */
export function givenToSomeone(clause: string): boolean {
  const said = SAID_BY().exec(clause);
  if (!said) return false;
  const speaker = clause
    .slice(said.index + said[0].length)
    .replace(/[:：]\s*$/, '')
    .trim();
  const words = speaker.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length >= 2 &&
    !/\p{Lu}/u.test(speaker.replace(/(?<![\p{L}])I(?:['’]\p{Ll}+)?(?![\p{L}])/gu, '')) &&
    !NEWSROOM().test(speaker) &&
    !BODY_WORDS.test(speaker)
  );
}
