// A news river: an aggregator's page of items (river-shape.ts), each a source line, a headline linking to the
// story on the outlet's site and an excerpt of it, with no blockquote anywhere. The excerpts are the passages;
// the page is no post, so the article finder, which looks for paragraphs, finds at most one excerpt.
import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
import { closest, commonAncestor, isFurniture, squash } from './dom';
import { siteOf } from './name-source';
import {
  bookmarkItemAt,
  feedItemAt,
  MAX_BOOKMARK_LINKS,
  MAX_CITES,
  MIN_RIVER_ITEMS,
  type RiverShape,
  riverItemAt,
} from './river-shape';
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
  const pageHost = siteHostOf(url ?? doc.URL);
  // Off the site, and not a platform's: a story on a newsroom's site.
  const offSite = (href: string) => siteOf(href) !== null && siteHostOf(href) !== pageHost;
  const items: RiverShape[] = [];
  const keep = (item: RiverShape | null) => {
    if (item && closest(item.excerpt, (e) => isFurniture(e), body) === null) items.push(item);
  };
  for (let i = 0; i < cites.length && i < MAX_CITES; i++) keep(riverItemAt(cites[i], offSite));
  // Without cited sources, a link log's bookmarks: headlines over quoted descriptions.
  if (cites.length === 0) {
    const links = body.getElementsByTagName('a');
    for (let i = 0; i < links.length && i < MAX_BOOKMARK_LINKS; i++) keep(bookmarkItemAt(links[i], offSite));
    // Else a feed reader's shared items: a feed's name over each headline.
    if (items.length < MIN_RIVER_ITEMS)
      for (let i = 0; i < links.length && i < MAX_BOOKMARK_LINKS; i++) keep(feedItemAt(links[i], offSite));
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
  if (item.source === item.headline) return bookmarkSource(item, outlets);
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

/** A bookmark's outlet: the suffix of its title ("The quiet disappearance of the starter home – Curbed", "… |
 * The Real Deal"), the table's name for its link, else the link's site. */
function bookmarkSource(
  item: RiverShape,
  outlets: OutletLookup,
): { outlet: string; href: string | null; evidence: Evidence } | null {
  const title = squash(item.headline.textContent ?? '');
  const story = item.link.getAttribute('href');
  const suffix = /\s[–—|-]\s([^–—|]{2,40})$/u.exec(title)?.[1].trim() ?? null;
  const known = (suffix ? outlets.byName(suffix) : null) ?? (story ? outlets.byHost(story) : null);
  const outlet = known?.name ?? suffix ?? (story ? siteOf(story) : null);
  if (!outlet) return null;
  const source = suffix && outlet === (known?.name ?? suffix) ? 'citation-line' : 'lead-in-link';
  return { outlet, href: story, evidence: { type: source, value: title.slice(0, 200), source: outlet } };
}
