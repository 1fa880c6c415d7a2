// The fixed rule that splits a folder of real pages in two: the half the analyser is worked on, and the
// half kept aside that is only ever scored. A page's half is decided by its file name alone (the first
// 32 bits of the SHA-256 of the name, even → worked, odd → aside), so the split never depends on how the
// analyser does and a new page falls into a half the moment it is added.
import { createHash } from 'node:crypto';

export type CorpusHalf = 'worked' | 'aside';

export function corpusHalf(fileName: string): CorpusHalf {
  const bits = Number.parseInt(createHash('sha256').update(fileName).digest('hex').slice(0, 8), 16);
  return bits % 2 === 0 ? 'worked' : 'aside';
}
