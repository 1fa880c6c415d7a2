// A news river: an aggregator's page of items (river-shape.ts), each a source line, a headline linking to the
// story on the outlet's site and an excerpt of it, with no blockquote anywhere. The excerpts are the passages;
// the page is no post, so the article finder, which looks for paragraphs, finds at most one excerpt.
import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
import { closest, commonAncestor, isFurniture, squash } from './dom';
import { siteOf } from './name-source';
import { MAX_CITES, MIN_RIVER_ITEMS, type RiverShape, riverItemAt } from './river-shape';
import type { Evidence } from './types';

export interface River {
  /** The element holding every item: the root the analysis reads. */
  root: Element;
  items: RiverShape[];
}

/** The page's river, or null when it is not one. */
export function findRiver(doc: Document, url: string | null): River | null {
  const body = doc.body ?? doc.documentElement;
  if (!body || body.getElementsByTagName('blockquote').length > 0) return null;
  const cites = body.getElementsByTagName('cite');
  if (cites.length === 0) return null;
  const pageHost = siteHostOf(url ?? doc.URL);
  // Off the site, and not a platform's: a story on a newsroom's site.
  const offSite = (href: string) => siteOf(href) !== null && siteHostOf(href) !== pageHost;
  const items: RiverShape[] = [];
  for (let i = 0; i < cites.length && i < MAX_CITES; i++) {
    const item = riverItemAt(cites[i], offSite);
    if (item && closest(item.excerpt, (e) => isFurniture(e), body) === null) items.push(item);
  }
  if (items.length < MIN_RIVER_ITEMS) return null;
  const root = commonAncestor(items.map((item) => item.excerpt));
  return root ? { root, items } : null;
}

/** The outlet an item's source line names: the table's name for its words or its link, else the words after
 * the writer's name ("Nora Balakrishnan / Automotive News:" → "Automotive News"), as the page gives them. */
export function riverSource(
  item: RiverShape,
  outlets: OutletLookup,
): { outlet: string; href: string | null; evidence: Evidence } | null {
  const line = squash(item.source.textContent ?? '');
  const name = line
    .split(/\s\/\s/)
    .pop()!
    .replace(/[:：]\s*$/, '')
    .trim();
  const link = item.source.querySelector('a[href]')?.getAttribute('href') ?? null;
  const story = item.link.getAttribute('href');
  const known =
    outlets.byName(name) ?? (link ? outlets.byHost(link) : null) ?? (story ? outlets.byHost(story) : null);
  const outlet = known?.name ?? (name.length >= 2 && name.length <= 60 ? name : null);
  if (!outlet) return null;
  return {
    outlet,
    href: link ?? story,
    evidence: { type: 'citation-line', value: line.slice(0, 200), source: outlet },
  };
}
