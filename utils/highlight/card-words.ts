// What a claim's card says, in plain words: whose words these are and through whom they came ("Syrian
// Observatory for Human Rights, reported by Reuters, quoted by Zero Hedge"), and in one line why the claim is
// worth checking, from the rules that scored it (utils/claims/score.ts). The rules themselves stay one click away.
import type { Claim } from '../claims/types';
import { bucketOf } from './buckets';
import { chainOf } from './labels';

export function whoseWords(claim: Pick<Claim, 'publication' | 'outlet' | 'speaker' | 'kind'>): string {
  const chain = chainOf(claim);
  const name = (role: string) => chain.find((link) => link.role === role)?.name ?? null;
  const publication = name('publication');
  if (claim.kind === 'commentary')
    return publication ? `${publication}’s own words` : 'The author’s own words';
  const outlet = name('outlet');
  const speaker = name('speaker');
  const parts: string[] = [];
  if (speaker) parts.push(speaker);
  if (outlet) parts.push(speaker ? `reported by ${outlet}` : outlet);
  if (publication && parts.length > 0) parts.push(`quoted by ${publication}`);
  return parts.length > 0 ? parts.join(', ') : 'Not attributed to anyone';
}

/** The scoring rules' labels (score.ts) in the words of a sentence; rules not listed say nothing here. */
const FOR: Record<string, string> = {
  number: 'numbers',
  'date or time': 'a date',
  'named people, places or organisations': 'names',
  'event or change': 'an event',
  'attributed to a source': 'a named source',
};
const AGAINST: Record<string, string> = {
  question: 'it is a question',
  exclamation: 'it is an exclamation',
  'opinion words': 'it is opinion',
  hedge: 'it hedges',
  'first person (the blogger speaking)': 'the blogger speaks for themselves',
  'too short to check': 'it is very short',
  'addresses the reader': 'it speaks to the reader',
  'introduces a quote': 'it introduces a quotation',
  'scare quotes': 'it uses scare quotes',
};

function listed(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** One line: "Worth checking: it gives numbers, names and a date." or "Less to check: it is opinion." */
export function whyLine(claim: Pick<Claim, 'score' | 'reasons'>): string {
  const pro: string[] = [];
  const con: string[] = [];
  for (const reason of claim.reasons) {
    const match = /^([+−-])\d+(?:\.\d+)? ([^:]+)/.exec(reason);
    if (!match) continue;
    const words = match[1] === '+' ? FOR[match[2]] : AGAINST[match[2]];
    if (words) (match[1] === '+' ? pro : con).push(words);
  }
  // The card's line follows the page's buckets (buckets.ts), not the analyser's module, which the page never loads.
  if (bucketOf(claim.score) !== 'low')
    return pro.length > 0 ? `Worth checking: it gives ${listed(pro.slice(0, 3))}.` : 'Worth checking.';
  return con.length > 0 ? `Less to check: ${listed(con.slice(0, 2))}.` : 'Little here to check.';
}
