// A credit line under a passage that opens on "according to": "(Theo Tiền Phong)", "(según El País)", "— menurut
// Berita Harian". The name after the words is the passage's outlet only when the table knows it: "(Theo Walcott)"
// is a man's name, "(según Marta)" a person's word.
import type { Outlet, OutletLookup } from '../outlets/types';
import handOverWords from './data/hand-over-words.json';
import { accordingTo } from './data/lead-in-words.json';
import { alternation, madeOnFirstUse } from './lead-in-words';

/** The line's name after the words, in parentheses of either width or after a dash. */
const ACCORDING_CREDIT = madeOnFirstUse(() => {
  const words = alternation({ ...accordingTo, credit: handOverWords.creditOpenings }, { right: true });
  return new RegExp(
    `^(?:[(（]\\s*${words}\\s+([^()（）]{2,60}?)\\s*[)）]|[—–-]\\s*${words}\\s+(.{2,60}?))[.。]?$`,
    'iu',
  );
});

export function accordingCredit(line: string, outlets: OutletLookup): Outlet | null {
  const m = ACCORDING_CREDIT().exec(line.trim());
  const name = m?.[1] ?? m?.[2];
  return name ? outlets.byName(name) : null;
}
