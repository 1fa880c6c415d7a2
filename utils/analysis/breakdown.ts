// How the article's text splits between its sources and the publication's own words, by characters of
// visible text: "Reuters 41% · BBC 27% · Zero Hedge's own words 32%".
import type { ArticleWalk } from './article-text';
import type { FoundQuote, OutletShare } from './types';

/** Characters a reader sees: runs of white space count once. Counted in place, without copying. */
function visibleLength(text: string, start: number, end: number): number {
  let count = 0;
  let space = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (!isSpace) count++;
    else if (!space) count++;
    space = isSpace;
  }
  return count;
}

export function breakdownOf(
  walk: ArticleWalk,
  quotes: FoundQuote[],
  ignored: Set<number>,
  publication: string | null,
): OutletShare[] {
  let total = 0;
  for (let i = 0; i < walk.blocks.length; i++) {
    if (ignored.has(i)) continue;
    const b = walk.blocks[i];
    total += visibleLength(walk.text, b.start, b.end);
  }
  if (total === 0) return [];
  const shares = new Map<string, OutletShare>();
  const add = (source: string, kind: OutletShare['kind'], chars: number) => {
    const key = `${kind}\u0000${source}`;
    const entry = shares.get(key) ?? { source, kind, chars: 0, share: 0 };
    entry.chars += chars;
    shares.set(key, entry);
  };
  let quoted = 0;
  for (const q of quotes) {
    const chars = q.spans.reduce((n, [s, e]) => n + visibleLength(walk.text, s, e), 0);
    quoted += chars;
    const source =
      q.outlet ??
      (q.kind === 'self'
        ? (publication ?? 'The author')
        : q.kind === 'social'
          ? (q.account ?? 'Social posts')
          : q.kind === 'unknown'
            ? 'Unknown source'
            : q.kind);
    add(source, q.kind, chars);
  }
  add(publication ?? 'The author', 'commentary', Math.max(0, total - quoted));
  const list = [...shares.values()].filter((s) => s.chars > 0);
  for (const s of list) s.share = Math.round((s.chars / total) * 1000) / 1000;
  return list.sort((a, b) => b.chars - a.chars);
}
