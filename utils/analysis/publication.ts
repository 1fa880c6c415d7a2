// Names the blog a post belongs to, from the strongest evidence the page offers: og:site_name, a
// syndication header ("All posts from Zero Hedge"), the title's suffix, then the URL's domain. Known names
// map to one canonical form through the outlets table ("ZeroHedge", zerohedge.com → "Zero Hedge").
import { canonicalPublication } from '../outlets/lookup';
import { squash } from './dom';

const SYNDICATION = [
  /\bAll (?:posts|stories|articles|items) from\s+(.{2,60}?)\s*$/im,
  /\bMore (?:posts|stories|articles) from\s+(.{2,60}?)\s*$/im,
  /^\s*(.{2,60}?)\s+in\s+\1\s*,?\s*$/m,
  /\b(?:Originally|First) (?:published|appeared|posted) (?:at|on|in)\s+(.{2,60}?)[.\s]*$/im,
  /\bThis (?:post|article) (?:was )?(?:originally )?(?:appeared|published) (?:at|on|in)\s+(.{2,60}?)[.\s]*$/im,
];

const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+/;

function meta(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? squash(value) : null;
}

function tidy(name: string): string {
  return canonicalPublication(name) ?? name;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Text of the page's first elements outside the article, where feed readers put their header. */
function headerText(doc: Document, article: Element | null): string {
  const lines: string[] = [];
  const candidates = doc.querySelectorAll(
    '[class*="feed"], [class*="source"], [class*="origin"], [class*="syndicat"], [class*="byline"], header, .site-name, .site-title',
  );
  const limit = Math.min(candidates.length, 40);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i];
    if (article && el.contains(article)) continue;
    for (const child of el.children.length ? Array.from(el.children) : [el]) {
      const text = squash(child.textContent ?? '');
      if (text && text.length < 120) lines.push(text);
    }
  }
  if (article) {
    // Credits at the end of a syndicated copy ("This article originally appeared on Zero Hedge").
    const tail = article.lastElementChild?.textContent;
    if (tail && tail.length < 300) lines.push(squash(tail));
  }
  return lines.join('\n');
}

export interface PublicationEvidence {
  name: string | null;
  from: 'og:site_name' | 'syndication' | 'title' | 'application-name' | 'domain' | null;
}

export function findPublication(doc: Document, url: string | null, article: Element | null): PublicationEvidence {
  const site = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="og:site_name"]');
  if (site) return { name: tidy(site), from: 'og:site_name' };

  const header = headerText(doc, article);
  for (const pattern of SYNDICATION) {
    const match = header.match(pattern);
    if (match) return { name: tidy(squash(match[1])), from: 'syndication' };
  }

  const title = squash(doc.title ?? '');
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length > 1) {
    const suffix = parts[parts.length - 1];
    if (suffix.length <= 40 && suffix.split(' ').length <= 5) {
      const known = canonicalPublication(suffix);
      if (known || !/[.!?]$/.test(suffix)) return { name: known ?? suffix, from: 'title' };
    }
  }

  const app = meta(doc, 'meta[name="application-name"]');
  if (app) return { name: tidy(app), from: 'application-name' };

  const host = hostOf(url);
  if (host) {
    const known = canonicalPublication(host);
    if (known) return { name: known, from: 'domain' };
  }
  return { name: null, from: null };
}
