// Names the blog a post belongs to, from the strongest evidence the page offers: og:site_name, a
// syndication header ("All posts from Zero Hedge"), the title's suffix, then the URL's domain. Known names
// map to one canonical form through the outlets table ("ZeroHedge", zerohedge.com → "Zero Hedge").

import { registrableDomain } from '../outlets/normalise';
import type { OutletLookup } from '../outlets/types';
import { capturedUrl, hostOf, isArchiveHost, siteHostOf } from '../url';
import { academicOwner } from './academic-home';
import { squashedTextWithin } from './bounded-text';
import platformNames from './data/platform-names.json';
import { squash, tagOf } from './dom';
import { entrySites, spelledFeedName } from './feed-site-name';
import { hostFolderName } from './host-folder';
import { isPlatformHost, looksLikePersonName, nameShape } from './name-source';
import { footerName } from './page-footer';
import { isQuoteBox } from './set-apart';
import { pageNameFor } from './site-names';
import { BODY_WORDS } from './source-words';
import { isHelpCentrePost, isListArchive, isUserContribution } from './user-page';

const SYNDICATION = [
  /\bAll (?:posts|stories|articles|items) from\s+(.{2,60}?)\s*$/im,
  /\bMore (?:posts|stories|articles) from\s+(.{2,60}?)\s*$/im,
  /^\s*(.{2,60}?)\s+in\s+\1\s*,?\s*$/m,
  /\b(?:originally|first) (?:published|appeared|posted|ran) (?:at|on|in|by)\s+(.{2,60}?)(?:\s+(?:and|with|under|where|which)\s|[.,;!]\s|[.,;!]?\s*$)/im,
  /\bThis (?:post|article|piece) (?:was )?(?:originally )?(?:appeared|published|ran) (?:at|on|in)\s+(.{2,60}?)(?:\s+(?:and|with|under|where|which)\s|[.,;!]\s|[.,;!]?\s*$)/im,
  /\bRepublished (?:with permission )?from\s+(.{2,60}?)(?:\s+(?:and|with|under|where|which)\s|[.,;!]\s|[.,;!]?\s*$)/im,
  // The footer WordPress SEO plugins add to each feed item, which a syndicated copy keeps: "The post <title>
  // appeared first on <blog>."
  /^\s*The post .{1,200}? appeared first on\s+(.{2,60}?)[.!]?\s*$/im,
];
/** "Via Zero Hedge" above the article (a feed reader's header); under a post the same words credit what it
 * quotes. Case-sensitive, so that "\p{Lu}" means a capital. */
const SOURCE_HEADER = /^\s*(?:[Vv]ia|[Ss]ource:)\s+(\p{Lu}.{1,58}?)\s*$/mu;
const SOURCE_FOOTER = /^\s*(?:[Vv]ia|[Ss]ource:)\s+(\p{L}[\p{L}\p{N}-]*\.[a-z]{2,}(?:\.[a-z]{2})?)\s*$/mu;
const NEWSROOMS = new Set(['wire', 'broadcaster', 'newspaper', 'magazine', 'digital', 'state-media']);

function isNewsroom(outlets: OutletLookup, name: string): boolean {
  const outlet = outlets.byName(name) ?? (/\.[a-z]{2,}$/i.test(name) ? outlets.byHost(name) : null);
  return outlet !== null && NEWSROOMS.has(outlet.kind);
}

/** Feed titles that blog engines give by default and that name no blog. */
const GENERIC_FEED =
  /^(?:recent (?:entries|posts)|latest (?:entries|posts)|posts|entries|comments|feed|rss|atom|blog|news)(?:\s*\((?:rss|atom)[^)]*\))?$/i;

/** A feed's format and version opening its title, before a separator: "RSS 2.0 - ", "Atom: ". */
const FEED_FORMAT_FIRST = /^(?:RSS|Atom)(?:\s*[\d.]+)?\s*[»:|–-]\s*/i;

/** A feed titled by what it carries and the blog's name in quotation marks, as Typepad's are ("Posts on
 * 'Upstream of Milltown'"): the name inside the marks. */
const FEED_OF_NAME =
  /^(?:(?:recent|latest|all|new)\s+)?(?:posts|entries|articles|stories|updates)\s+(?:on|from|in|at|of)\s+["'‘“«„](.+?)["'’”»“]$/iu;

/** "#88", "No. 12", "Issue 7", "Issue #7" ending a newsletter's name in its issue's title. */
const ISSUE_NUMBER = /\s*(?:(?:Issue|Edition|Number)\s*(?:#|No\.?\s*)?|#|No\.?\s*|Nr\.?\s*)\d+$/i;
/** A title piece that only numbers an issue: "Week 49", "Issue 12", "Vol. 3", "No. 318", "#88". */
const ISSUE_LABEL =
  /^(?:(?:issue|edition|number|no\.?|nr\.?|week|vol\.?|volume|episode|ep\.?)\s*#?\s*\d+|#\s*\d+)$/i;
/** The marks between a title's pieces, the dot operators ("⋅", "∙") among them as some engines print the middle dot. */
const TITLE_SEPARATOR = /\s+[|–—·•⋅∙:»-]\s+/;
/** How a title or a masthead joins a site's name to a post's or a section's: "Post | Blog", "Blog: Post". */
const TITLE_PIECES = /\s+(?:--|[|–—·•⋅∙»-])\s+|:\s+/;
/** What a numbered issue is called when the number follows no name ("Digest #318", "Weekly No. 12"). */
const ISSUE_WORD =
  /^(?:the\s+)?(?:digest|issue|edition|newsletter|bulletin|update|round-?up|weekly|daily|episode|volume|vol\.?|letter)$/i;

function meta(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? squash(value) : null;
}

/** A note about the post itself: "This article originally appeared on …", "Originally published at …". */
const POST_NOTE =
  /^(?:this (?:post|article|piece|story|essay|column|entry)\b|the post\b.{1,200}? appeared first on\b|originally\b|first published\b|republished\b)/i;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global Node
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
/** Elements that only wrap a post's paragraphs. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'MAIN', 'ARTICLE']);

/** Whether the element after `el` is a quotation: a blockquote or a box set apart like one. */
function creditsQuoteBelow(el: Element): boolean {
  const next = el.nextElementSibling;
  return next !== null && (tagOf(next) === 'BLOCKQUOTE' || isQuoteBox(next));
}

/** The lines of the page where feed readers put their header (its first elements outside the article) and the
 * post's own notes: `all`, every line; `above`, the header's lines above the article only. One reading of the
 * page for both. */
function headerText(doc: Document, article: Element | null): { all: string; above: string } {
  const lines: string[] = [];
  const aboveLines: string[] = [];
  const candidates = doc.querySelectorAll(
    '[class*="feed"], [class*="source"], [class*="origin"], [class*="syndicat"], [class*="byline"], header, .site-name, .site-title',
  );
  const limit = Math.min(candidates.length, 40);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i];
    if (article && el.contains(article)) continue;
    // A line right above a quotation ("Source: Canary Media" over a quoted box) credits the passage, not the page.
    if (article?.contains(el) && creditsQuoteBelow(el)) continue;
    const above = !article || (el.compareDocumentPosition(article) & FOLLOWING) !== 0;
    // Each child on its own line first ("All posts from Zero Hedge"), then the whole, for notes with links.
    // Only short lines count: longer texts are not read whole (bounded-text.ts).
    const own = squashedTextWithin(el, 239);
    for (const child of Array.from(el.children).slice(0, 10)) {
      const text = squashedTextWithin(child, 119);
      if (text && text !== own) {
        lines.push(text);
        if (above) aboveLines.push(text);
      }
    }
    if (own) {
      lines.push(own);
      if (above) aboveLines.push(own);
    }
  }
  if (article) {
    // Credits at the end of a syndicated copy ("This article originally appeared on Zero Hedge").
    // The note may sit a field or two above the end (a tags list after it); there it must speak of the post
    // itself, since a credit for a quoted poem reads the same ("“Title” first appeared in …").
    let tail = article.lastElementChild;
    for (let i = 0; tail && i < 3; i++, tail = tail.previousElementSibling) {
      const text = squashedTextWithin(tail, 299);
      if (text !== null && (i === 0 || POST_NOTE.test(text))) lines.push(text);
    }
    // Inside the article's last wrapper (a theme's "entry-content"), a note about the post at its end.
    let deep = article.lastElementChild;
    for (let depth = 0; deep?.lastElementChild && depth < 4 && WRAPPERS.has(tagOf(deep)); depth++)
      deep = deep.lastElementChild;
    if (deep && deep.parentElement !== article)
      for (let i = 0; deep && i < 3; i++, deep = deep.previousElementSibling) {
        const text = squashedTextWithin(deep, 299);
        if (text !== null && POST_NOTE.test(text)) lines.push(text);
      }
    // A note opening the body ("This post first appeared on The Retro Desk, …"), where platforms that take
    // reposts print it. Only the first paragraphs, and only a note about the post itself.
    const paragraphs = article.getElementsByTagName('p');
    for (let i = 0; i < Math.min(paragraphs.length, 3); i++) {
      if (paragraphs[i].closest('blockquote')) continue;
      const text = squashedTextWithin(paragraphs[i], 299);
      if (text !== null && POST_NOTE.test(text)) lines.push(text);
    }
  }
  return { all: lines.join('\n'), above: aboveLines.join('\n') };
}

export interface PublicationEvidence {
  name: string | null;
  from: 'og:site_name' | 'syndication' | 'title' | 'application-name' | 'domain' | 'footer' | null;
}

/** Hosting platforms: their name in og:site_name or a title says nothing about whose blog it is. Hosts of
 * posts, documents, channels and threads among them: a page on them is its author's or its community's; and
 * feed readers and read-later tools, whose views show entries from elsewhere. */
const PLATFORMS: ReadonlySet<string> = new Set([
  ...platformNames.platforms,
  ...platformNames.communityHosts,
  ...platformNames.groupHosts,
  ...platformNames.readLater,
  ...platformNames.feedReaders,
  ...platformNames.classifiedsWords,
]);
/** Platforms whose pages are a community's, an author's or a document's, never a publication's; and a
 * classifieds site by the word for its ads closing its titles ("… - Объявления"), whichever site it is. */
const COMMUNITY_HOSTS: ReadonlySet<string> = new Set([
  ...platformNames.communityHosts,
  ...platformNames.classifiedsWords,
]);
/** A name's closing apostrophe is no part of it ("Bloglovin’", a dropped g). */
const isPlatform = (name: string) => PLATFORMS.has(name.toLowerCase().replace(/[’']$/, ''));

/** Read-later tools: their view shows an article saved from another site. */
const READ_LATER: ReadonlySet<string> = new Set(platformNames.readLater);

/** Whether the page is a read-later tool's view: its title's last piece, or its first before a colon
 * ("Instapaper: The fare and the rest of us"), og:site_name or application-name is the tool's name ("Day five
 * without water – wallabag"). */
function readLaterView(doc: Document): boolean {
  const title = squash(doc.title ?? '');
  const last = title.split(TITLE_SEPARATOR).pop();
  const first = /^([^:]{2,30}):\s/.exec(title)?.[1];
  const site = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]');
  return [last, first, site].some((name) => !!name && READ_LATER.has(name.toLowerCase()));
}

/** The links before the article, outside it, in page order: a page's header and a tool's bar (the first 200
 * links of the page at most). */
function* linksAbove(doc: Document, article: Element): Generator<Element> {
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 200; i++) {
    const a = links[i];
    if (article.contains(a)) continue;
    if (!(a.compareDocumentPosition(article) & FOLLOWING)) return;
    yield a;
  }
}

/** The site an article in a read-later view was saved from: the first link before the article's text, outside
 * it, to another site than the tool's, whose words are that site's domain or the original's address written out
 * ("fangautanotes.example/2026/12/…"), or which is marked as the original
 * ("<a title="original">reservoirroad.co.za</a>"). Named by the table, else by the article's own words for the
 * domain ("— Thabo, Reservoir Road"), else by a link above it to the site's front page (its whole name, "Kiln &
 * Kettle", where the header's words for the domain would give only "Kiln"), else by the words of the tool's header
 * around the link, else by the words between the link and the article (a site line over the saved title, "Reef
 * Street Notes · Saved 7 Dec"), else by the domain. */
function savedFrom(
  doc: Document,
  article: Element | null,
  pageHost: string | null,
  canonical: (name: string) => string | null,
): string | null {
  if (!article) return null;
  for (const a of linksAbove(doc, article)) {
    const host = siteHostOf(a.getAttribute('href') ?? '');
    if (!host || host === pageHost || (pageHost && hostsShareName(host, pageHost))) continue;
    const words = squash(a.textContent ?? '')
      .toLowerCase()
      .replace(/^www\./, '');
    const marked = /\boriginal\b/i.test(`${a.getAttribute('title') ?? ''} ${a.getAttribute('class') ?? ''}`);
    if (!marked && words !== host && !words.startsWith(`${host}/`)) continue;
    return (
      canonical(host) ??
      pageNameFor(host, squashedTextWithin(article, 100_000) ?? '') ??
      homeLinkName(doc, article, host) ??
      pageNameFor(host, squashedTextWithin(savedHeader(a, article), 10_000) ?? '') ??
      pageNameFor(host, textBetween(a, article)) ??
      host
    );
  }
  return null;
}

/** The tool's header over a saved article, holding the link to the original: the link's furthest ancestor
 * that does not hold the article. Its byline or site line spells the saved site's name ("By Tom Kalmet · Reef
 * Street Notes" under a link to reefstreetnotes.com). */
function savedHeader(link: Element, article: Element): Element {
  let header = link;
  while (header.parentElement && !header.parentElement.contains(article)) header = header.parentElement;
  return header;
}

/** The text after `from` and before `to` in page order, at most 10,000 characters, a line a text node (a name
 * never runs from one button or line into the next): what a tool's view shows between the link to a saved
 * article and the article itself. */
function textBetween(from: Element, to: Element): string {
  const walker = from.ownerDocument.createTreeWalker(from.ownerDocument.body ?? from, 4);
  walker.currentNode = from;
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 10_000; node = walker.nextNode()) {
    if (to.contains(node) || node.compareDocumentPosition(to) & PRECEDING) break;
    if (!from.contains(node)) text += `${squash(node.nodeValue ?? '')}\n`;
  }
  return text.slice(0, 10_000);
}

/** The words of a link above the article, outside it, to the saved site's front page ("<a class=site-name
 * href=https://paperjam.example/>Paper Jam</a>" in a read-later view's document header): the site's own name. */
function homeLinkName(doc: Document, article: Element, host: string): string | null {
  return frontPageName(linksAbove(doc, article), host);
}

/** The words of the first of these links that goes to `host`'s front page and reads as a site's name (no
 * platform's, no navigation word, no domain). */
function frontPageName(links: Iterable<Element>, host: string): string | null {
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (siteHostOf(href) !== host || !atRoot(href)) continue;
    const words = squash(a.textContent ?? '');
    if (
      words &&
      nameLike(words) &&
      !isPlatform(words) &&
      !NAVIGATION_WORDS.test(words) &&
      !words.includes('.')
    )
      return words;
  }
  return null;
}

/** The body whose name heads a document: the article's first line, short and standing alone, a name whose
 * last word says it is a body ("Ferncliffe Road Residents' Association", "Upper Dale Parish Council"). */
function headingBody(article: Element | null): string | null {
  const first = article?.querySelector('p, h1, h2, h3, h4');
  if (!first) return null;
  const words = squash(first.textContent ?? '');
  const last = words.split(' ').pop() ?? '';
  return nameLike(words) && /^\p{Lu}/u.test(words) && BODY_WORDS.test(last) && !isPlatform(words)
    ? words
    : null;
}

/** Words of a link that only navigates ("Home"), naming no site. */
const NAVIGATION_WORDS = /^(?:home|start|front page|index|main page|back|top|menu)$/i;

/** The captured site's name on a web archive's capture: the words of the first link above the article, outside
 * it, to the captured site's front page through the archive ("<a href=archive.ph/o/Xy7Qp/https://example.blog/>Kopi
 * & Kueh</a>"), as a site's header links home. */
function capturedSiteName(doc: Document, article: Element | null): string | null {
  if (!article) return null;
  for (const a of linksAbove(doc, article)) {
    const target = capturedUrl(a.getAttribute('href'));
    if (!target || isArchiveHost(hostOf(target))) continue;
    const { pathname, search } = new URL(target);
    if (!/^\/(?:index\.\w{3,4})?$/.test(pathname) || search) continue;
    const words = squash(a.textContent ?? '');
    if (words && nameLike(words) && !isPlatform(words) && !NAVIGATION_WORDS.test(words)) return words;
  }
  return null;
}

/** Whether two hosts are one service's ("app.wallabag.it", "wallabag.org"): the same first label of the
 * registered name. */
function hostsShareName(a: string, b: string): boolean {
  const name = (host: string) => host.split('.').slice(-2)[0];
  return name(a) === name(b);
}

/** Feed readers that name themselves in the page's title or metadata (platform-names.json's `feedReaders`). */
const FEED_READER = new RegExp(
  `\\b(?:${platformNames.feedReaders
    .map((name) =>
      name
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ - /g, '\\s+[—–-]\\s+')
        .replace(/ /g, '\\s+'),
    )
    .join('|')})\\b`,
  'i',
);

/** Whether the page is a feed reader's view: the reader names itself in the title, og:site_name or
 * application-name. */
export function feedReaderView(doc: Document): boolean {
  return FEED_READER.test(
    `${doc.title} ${meta(doc, 'meta[property="og:site_name"]') ?? ''} ${meta(doc, 'meta[name="application-name"]') ?? ''}`,
  );
}
/** Where feed readers put the feed's name beside an entry (a blog reader's "bl-blog-name" over the post it frames). */
const FEED_LABEL =
  '[class*="website"], [class*="blog-name"], [class*="feed-title"], [class*="feed_title"], [class*="feed-name"], [class*="feedname"], [class*="entry-feed"], [class*="entry-source"], [class*="source-title"], [class~="source"], [class*="feedTitle"], [class*="feedName"]';

/** The word a reader's source line opens with before the feed's name ("from Fifth Street Notes"). */
const FROM_FEED = /^(?:from|via)\s+/i;

/** The feed's name beside the entry: the label nearest the article (a reader lists other feeds' entries
 * too), looked for in the article's ancestors from the closest out. */
function feedLabel(doc: Document, article: Element | null): string | null {
  const sites = entrySites(article);
  for (let scope: Element | null = article?.parentElement ?? doc.body, up = 0; scope && up < 8; up++) {
    const labels = scope.querySelectorAll(FEED_LABEL);
    for (let i = 0; i < labels.length && i < 20; i++) {
      const text = feedName(squash(labels[i].textContent ?? '').replace(FROM_FEED, ''), sites);
      if (text && text.length >= 2 && !isPlatform(text) && !/^\d/.test(text)) return text;
    }
    scope = scope.parentElement;
  }
  return null;
}

/** The feed's name as the reader links its subscription: a link beside the entry whose address holds the feed's
 * own address on a site the entry links to (Feedly's "<a href=/i/subscription/feed%2Fhttps%3A%2F%2Fsaltpans.example
 * %2Ffeed%2F>Salt Pans</a>"), its words the name. Looked for in the article's ancestors from the closest out, at most
 * 20 links a level. */
function subscribedFeedName(doc: Document, article: Element | null): string | null {
  const sites = entrySites(article?.parentElement ?? null);
  if (sites.size === 0) return null;
  for (let scope: Element | null = article?.parentElement ?? doc.body, up = 0; scope && up < 4; up++) {
    const links = scope.querySelectorAll('a[href*="feed"]');
    for (let i = 0; i < links.length && i < 20; i++) {
      const href = links[i].getAttribute('href') ?? '';
      let address: string;
      try {
        address = decodeURIComponent(href);
      } catch {
        continue;
      }
      const inner = /feed\/(https?:\/\/[^\s?#]+)/i.exec(address)?.[1];
      const host = inner ? hostOf(inner) : null;
      const site = host ? (registrableDomain(host) ?? host).split('.')[0] : null;
      if (!site || !sites.has(site)) continue;
      const words = squash(links[i].textContent ?? '');
      if (words.length >= 2 && nameLike(words) && !isPlatform(words)) return words;
    }
    scope = scope.parentElement;
  }
  return null;
}

/** The name of the blog a reader's entry comes from when no label names its feed: the words of a link to the
 * front page of the site the entry's heading links to ("<a href=https://saltpans.example>Salt Pans</a>" beside
 * "<h1><a href=https://saltpans.example/2026/12/tides/>Tides</a></h1>"), in the entry or above it. */
function entryBlogName(doc: Document, article: Element | null, pageHost: string | null): string | null {
  const heading = article?.querySelector('h1 a[href], h2 a[href]');
  const host = siteHostOf(heading?.getAttribute('href') ?? '');
  if (!article || !host || host === pageHost) return null;
  const within = article.querySelectorAll('a[href]');
  return frontPageName([...linksAbove(doc, article), ...Array.from(within).slice(0, 50)], host);
}

/** A feed's name as a reader labels it: the blog's name and a section's ("Heron Lane Books — Shop Notes") name
 * the blog by the piece its entries' site spells, else the label whole, or its first piece, when name-like. */
function feedName(label: string, sites: ReadonlySet<string>): string | null {
  const pieces = label.split(TITLE_SEPARATOR).map((p) => p.trim());
  if (pieces.length > 1) {
    const spelled = pieces.find((p) => sites.has(p.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
    if (spelled) return spelled;
  }
  if (nameLike(label)) return label;
  return pieces.length > 1 && nameLike(pieces[0]) ? pieces[0] : null;
}

/** A short, title-like piece of a page title that may be the blog's name. */
const nameLike = (part: string) => part.length <= 40 && part.split(' ').length <= 5 && !/[.!?]$/.test(part);
/** `nameLike` for a name the link home also shows: up to eight words. */
const homeNameLike = (part: string) =>
  part.length <= 60 && part.split(' ').length <= 8 && !/[.!?]$/.test(part);

/** Whether the address is a site's front page: its root, with no query. */
function atRoot(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const { pathname, search } = new URL(url);
    return /^\/(?:index\.\w{3,4})?$/.test(pathname) && !search;
  } catch {
    return false;
  }
}

/** The one piece of a title beside a piece that only numbers an issue ("The Cellar Door Brief — Week 49"), the
 * words after the number and its colon being the issue's own headline, not a name ("The Cutting Table – No. 88:
 * the cold-weather problem"). */
function besideIssueLabel(raw: readonly string[], title: string): string | null {
  if (raw.length < 2 || raw.length > 3) return null;
  const label = raw.findIndex((p) => ISSUE_LABEL.test(p));
  if (label < 0) return null;
  const headline = title.includes(`${raw[label]}:`) ? label + 1 : -1;
  const rest = raw.filter((_, i) => i !== label && i !== headline);
  return rest.length === 1 ? rest[0] : null;
}

/** Visible site-title elements outside the article ("Prairie Wire Notes" in a Blogger header). */
function siteTitles(doc: Document, article: Element | null): Set<string> {
  const out = new Set<string>();
  for (const el of doc.querySelectorAll(
    'h1, .title, .site-title, .site-name, .blog-title, .navbar-title, [class*="logo"], [id*="header"], [id*="Header"]',
  )) {
    if (article?.contains(el)) continue;
    const text = squash(el.textContent ?? '');
    if (text && text.length <= 60) out.add(text.toLowerCase());
    if (out.size > 20) break;
  }
  // The first words the page shows, above the article: a hand-made page's masthead ("FERRY WATCH").
  const first = firstWords(doc);
  if (first && !(article && first.element && article.contains(first.element)))
    out.add(first.text.toLowerCase());
  return out;
}

/** The page's first text of some length, scripts and styles aside; looked for among the first 200 nodes. */
function firstWords(doc: Document): { text: string; element: Element | null } | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 200; n = walker.nextNode(), i++) {
    const parent = n.parentElement;
    if (parent && /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(parent.tagName)) continue;
    const text = squash(n.nodeValue ?? '');
    if (text.length >= 3) return text.length <= 60 ? { text, element: parent } : null;
  }
  return null;
}

/** The words of links to the site's home ("<a href="https://example.net/" rel="home">Example Ledger</a>"). */
function homeLinks(
  doc: Document,
  article: Element | null,
  /** Whether the page is a web archive's capture: the captured site's header then links home through the
   * archive ("web.archive.org/web/2013…/http://example.org/"). */
  captured = false,
): Set<string> {
  const out = new Set<string>();
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 300 && out.size < 5; i++) {
    const a = links[i];
    const raw = a.getAttribute('href') ?? '';
    const href = (captured ? capturedUrl(raw) : null) ?? raw;
    if (!/^(?:https?:\/\/[^/]+)?\/?(?:index\.html?)?$|^\.\/?$/.test(href) || article?.contains(a)) continue;
    const text = squash(a.textContent ?? '');
    if (!text || text.length > 60) continue;
    out.add(text.toLowerCase());
    // A home link showing the site's name with a section's ("Derwent Maritime Collection · Collections
    // Online") shows each piece as the title splits them.
    for (const piece of text.split(TITLE_PIECES)) if (piece !== text) out.add(piece.toLowerCase());
  }
  return out;
}

/** A title's piece that is the words of a link home followed by a comma and a place ("Old Pupils of School
 * No. 4, Tarbet" beside a home link "Old Pupils of School No. 4"): the link's words, the site's name. */
function homeBeforePlace(pieces: readonly string[], home: ReadonlySet<string>): string | null {
  for (const piece of pieces) {
    const comma = piece.lastIndexOf(', ');
    if (comma <= 0 || !/^\p{Lu}/u.test(piece.slice(comma + 2))) continue;
    const name = piece.slice(0, comma);
    if (home.has(name.toLowerCase()) && !NAVIGATION_WORDS.test(name)) return name;
  }
  return null;
}

/** "… on Notion", "… on Medium": a site's name with the platform it is published on. */
const ON_PLATFORM = /(?<=\S)\s+on\s+(\p{L}[\p{L}.]{1,30})$/u;

/** Where a theme shows the site's name in its header: Hugo's Stack `h1.site-name`, WordPress's `.site-title`, or
 * a logo made of words (Ghost's `a.header-logo`, `.gh-head-logo`): a picture's logo has no words to read. */
const SITE_TITLE = '.site-name, .site-title, .blog-title, .site-branding-text, [class*="logo"]';
/** A link to the site's front page: its root, on the page's own host when it names one. */
const HOME_HREF = /^(?:https?:\/\/([^/]+))?\/?(?:index\.html?)?$|^\.\/?$/i;

/** The name a theme's site title shows outside the article as a link to the site's front page (`<h1
 * class="site-name"><a href="/">Fuq il-Moll</a></h1>`): the site's own name, for a page whose title and metadata
 * name nothing else. */
function siteTitleLink(doc: Document, article: Element | null, pageHost: string | null): string | null {
  const titles = doc.querySelectorAll(SITE_TITLE);
  for (let i = 0; i < titles.length && i < 10; i++) {
    const el = titles[i];
    if (article?.contains(el) || el.contains(article)) continue;
    const link = tagOf(el) === 'A' ? el : el.querySelector('a[href]');
    const home = HOME_HREF.exec(link?.getAttribute('href')?.trim() ?? '-');
    if (!link || !home) continue;
    if (home[1] && pageHost && siteHostOf(`https://${home[1]}/`) !== pageHost) continue;
    const text = squash(link.textContent ?? '');
    // "Home" in a sidebar's menu is a link's job, not the site's name.
    if (text.length >= 2 && nameLike(text) && !isPlatform(text) && !NAVIGATION_WORDS.test(text)) return text;
  }
  return null;
}

/** A wiki's title after the page's name, in brackets, as DokuWiki writes it ("about:history [Forge Lane
 * Makerspace Wiki]"). */
const BRACKETED_SITE = /\s\[([^[\]]{2,60})\]$/;
/** A wiki named after its owner ("Forge Lane Makerspace Wiki"): the owner's site is the publication. */
const OWNER_WIKI = /^(\S+(?:\s+\S+)+?)\s+Wiki$/i;

/** A company's press section named after it ("Tidewell Heat Newsroom", "Acme Press Room"): the company is
 * the publication. A name that is only the word ("Newsroom") keeps it. */
const PRESS_SECTION =
  /(?<=\S)\s+(?:[|–—-]\s+)?(?:News\s?room|Press\s?room|Press (?:Centre|Center|Office)|Media (?:Centre|Center|Room))$/i;

/** An element naming a platform account: "rich_media_meta_nickname", "account-name", "channel_title". */
const ACCOUNT_CLASS =
  /(?:^|[-_\s])(?:nickname|account[-_]?name|profile[-_]?nickname|channel[-_]?(?:name|title))(?:$|[-_\s])/i;

/** The account's name shown above the article on a platform's page, outside it. */
function accountName(doc: Document, article: Element | null): string | null {
  if (!article) return null;
  for (const el of Array.from(doc.querySelectorAll('[class], [id]')).slice(0, 2_000)) {
    if (article.contains(el) || !(el.compareDocumentPosition(article) & FOLLOWING)) continue;
    if (!ACCOUNT_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) continue;
    const text = squash(el.textContent ?? '');
    if (text.length >= 2 && nameLike(text) && !isPlatform(text)) return text;
  }
  return null;
}

/** A site's name without what sites append to it: an author ("Stratechery by Ben Thompson") or a tagline
 * ("Raw Story - Celebrating 20 Years of Independent Journalism"). */
export function siteName(raw: string): string {
  const name = raw
    .replace(/\s+by\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}$/u, '')
    .replace(PRESS_SECTION, '')
    // "Tidemill 10K on Notion": a site on a platform, by the site's own name.
    .replace(ON_PLATFORM, (whole, platform: string) => (PLATFORMS.has(platform.toLowerCase()) ? '' : whole));
  const [first, ...rest] = name.split(/\s+[|–—-]\s+/);
  // "네이버 블로그 | 오름 아래 작은 집": the platform's name, then the blog's own.
  if (rest.length === 1 && PLATFORMS.has(first.toLowerCase()) && !PLATFORMS.has(rest[0].toLowerCase()))
    return rest[0];
  if (rest.length && nameLike(first) && rest.join(' ').split(' ').length >= 3) return first;
  return name;
}

/** A name spelled as a host is, with or without its last label: "Telegraph" for telegra.ph, "Medium" for
 * medium.com. */
function spellsHost(name: string, host: string): boolean {
  const spelled = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const labels = host.toLowerCase().split('.');
  return spelled.length > 0 && (spelled === labels.join('') || spelled === labels.slice(0, -1).join(''));
}

/** A title's last piece: a person's name and, in parentheses, a host that the page's own host is a subdomain of. */
const PERSON_ON_HOST = /^(.{3,60}?)\s*\(([a-z0-9-]+(?:\.[a-z0-9-]+)+)\)$/iu;

function onPlatformSubdomain(title: string, url: string | null): boolean {
  const pieces = title.split(TITLE_SEPARATOR);
  const m = pieces.length > 1 ? PERSON_ON_HOST.exec(pieces[pieces.length - 1].trim()) : null;
  if (!m) return false;
  return (siteHostOf(url)?.endsWith(`.${m[2].toLowerCase()}`) ?? false) && looksLikePersonName(m[1].trim());
}

/** Whether the title closes on the page's own address, a member's subdomain of a shared host ("… -
 * gudrunhlif.blog.is"), and the blog's heading outside the article, a link to the blog on that host, names a
 * person by a given name ("Guðrún Hlíf"): a person's blog on a shared site, named only by its address and its
 * writer, which names no publication. */
function addressTitledPersonBlog(
  doc: Document,
  title: string,
  url: string | null,
  article: Element | null,
): boolean {
  const host = hostOf(url);
  const domain = host ? registrableDomain(host) : null;
  const last = title.split(TITLE_SEPARATOR).pop()?.trim().toLowerCase();
  if (!host || !domain || last !== host || OWN_SUBDOMAIN.test(host.slice(0, host.length - domain.length)))
    return false;
  const links = doc.querySelectorAll('h1 a[href], h2 a[href]');
  for (let i = 0; i < links.length && i < 5; i++) {
    const link = links[i];
    if (article?.contains(link) || link.parentElement?.textContent?.trim() !== link.textContent?.trim())
      continue;
    let target: string;
    try {
      target = new URL(link.getAttribute('href') ?? '', url ?? undefined).href;
    } catch {
      continue;
    }
    if (hostOf(target) !== host) continue;
    return nameShape(squash(link.textContent ?? '')) === 'person';
  }
  return false;
}

/** Platforms where each group has its pages under a folder of its own ("meetup.com/<group>/events/…"). */
const GROUP_HOSTS: ReadonlySet<string> = new Set(platformNames.groupHosts);

/** Whether the page's title ends on the name of one of `hosts`, or its og:site_name is one. */
/** Whether the page is on a host of communities' and members' pages (`communityHosts`), by its og:site_name, its
 * title's last piece or the software that made it (a committee-management system installed on each council's
 * own site, "modern.gov"). */
export const onCommunityHost = (doc: Document, url: string | null): boolean =>
  onHostOf(doc, COMMUNITY_HOSTS, true) || onHostSite(url, COMMUNITY_HOST_SPELLINGS()) || onBodySubdomain(url);

/** Hosts that give each body using them a subdomain of its own ("fortwayne.legistar.com"): every page there is
 * the host's record of the body's business. */
const BODY_SUBDOMAIN_HOSTS: ReadonlySet<string> = new Set(platformNames.bodySubdomainHosts);

const onBodySubdomain = (url: string | null): boolean => {
  const host = hostOf(url);
  const domain = host ? registrableDomain(host) : null;
  return !!domain && BODY_SUBDOMAIN_HOSTS.has(domain);
};

/** A generator's version after its name: "GitBook (7.2.1)", "Discourse 3.2.1". */
const GENERATOR_VERSION = /\s*\(?v?\d[\w.-]*\)?\s*$/;

function onHostOf(doc: Document, hosts: ReadonlySet<string>, byGenerator = false): boolean {
  const site = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="og:site_name"]');
  const last = squash(doc.title ?? '')
    .split(TITLE_SEPARATOR)
    .pop();
  const generator = byGenerator
    ? meta(doc, 'meta[name="generator"]')?.replace(GENERATOR_VERSION, '')
    : undefined;
  return [site, last, generator].some((name) => !!name && hosts.has(name.toLowerCase()));
}

/** The community hosts' names spelled as a domain's name is ("findagrave" for Find a Grave, "changeorg" for
 * Change.org). */
let communityHostSpellings: ReadonlySet<string> | null = null;
const COMMUNITY_HOST_SPELLINGS = (): ReadonlySet<string> => {
  communityHostSpellings ??= new Set(platformNames.communityHosts.map((name) => spelling(name)));
  return communityHostSpellings;
};

/** What may stand before a platform's own domain on its own pages: nothing, "www", "m" or a country's or a
 * language's code ("uk.trustpilot.com", "de.tripadvisor.com"). A longer label is a member's site on it
 * ("quietbyte.github.io"), the member's, not the platform's. */
const OWN_SUBDOMAIN = /^(?:www\.|m\.|[a-z]{2}\.)?$/;

/** Whether the page is on the own site of a host in `spellings`, by its address: the domain's name spells the
 * host's ("uk.trustpilot.com", whose page titles need not name it; "funeral-notices.co.uk", its hyphen aside). */
function onHostSite(url: string | null, spellings: ReadonlySet<string>): boolean {
  const host = hostOf(url);
  const domain = host ? registrableDomain(host) : null;
  if (!host || !domain || !OWN_SUBDOMAIN.test(host.slice(0, host.length - domain.length))) return false;
  return spellings.has(spelling(domain.split('.')[0])) || spellings.has(spelling(domain));
}

/** A documentation generator's title piece, the project's name, its version and the word (Sphinx's "Licensing FAQ
 * — Tessellate 3.2 documentation", "… — Kelpie documentation" with no release): the project names the site. */
const DOCS_PIECE = /(\s[|–—-]\s+)(\S.{0,40}?)\s+(?:v?\d+(?:\.[\dx]+)*(?:[a-z]+\d*)?\s+)?documentation$/iu;

/** The title with its last piece's documentation suffix dropped: the project's name is the piece. */
export const docsProjectTitle = (title: string): string =>
  title.toLowerCase().endsWith('documentation') ? title.replace(DOCS_PIECE, '$1$2') : title;

/** A company's documentation site named by what it documents ("Parcelbell Developer Docs", "Tidewell API
 * Documentation", "Kelpwire Docs", as GitBook's and its kin's sites are titled): the company or the product is
 * the publication, as a press section's is. The word must follow a capitalised name ("Write the Docs" keeps it). */
const DOCS_SITE =
  /(?<=\p{Lu}[\p{L}\p{N}.-]*)\s+(?:(?:Developers?|API|Product|User|Help)\s+)?(?:Docs|Documentation)$/u;

/** Whether the page is a project's own documentation, by its generator's title. */
export const isProjectDocs = (doc: Document): boolean => {
  const title = squash(doc.title ?? '');
  return docsProjectTitle(title) !== title;
};

/** Letters and digits of a name or a path, lower case: "Keswick Walkers" and "keswick-walkers" spell alike. */
const spelling = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The group a group host's page belongs to: the first folder of the page's address ("/fellside-ramblers/" in
 * "/fellside-ramblers/events/31/"), named by the words of a link to that folder that spell it ("Fellside
 * Ramblers"). Null when no link names it so. The first 300 links are read. */
function groupOnHost(doc: Document, url: string | null): string | null {
  let page: URL;
  try {
    page = new URL(url ?? '');
  } catch {
    return null;
  }
  const folder = /^\/([^/]+)\//.exec(page.pathname)?.[1];
  if (!folder || spelling(folder).length < 3) return null;
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 300; i++) {
    let target: URL;
    try {
      target = new URL(links[i].getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    if (siteHostOf(target.href) !== siteHostOf(page.href)) continue;
    if (target.pathname.replace(/\/$/, '') !== `/${folder}` || target.search) continue;
    const words = squash(links[i].textContent ?? '');
    if (nameLike(words) && spelling(words) === spelling(folder)) return words;
  }
  return null;
}

/** A site's front page, or a blog's under one folder ("https://example.org/", "https://example.org/blog/"). */
const HOME_PATH = /^\/(?:[^/?#]+\/?)?$/;

/** The fewest blogs an aggregator's page gathers. */
const GATHERED_BLOGS_MIN = 2;

/** Whether `next` is, or opens on, a heading linking to a post on `host` (an entry's title under its blog's name). */
function titlesPostOn(next: Element | null, host: string): boolean {
  const title = next && (/^H[1-6]$/.test(tagOf(next)) ? next : next.querySelector('h1, h2, h3, h4, h5, h6'));
  const href = title?.querySelector('a[href]')?.getAttribute('href');
  if (!href) return false;
  try {
    const post = new URL(href);
    return siteHostOf(post.href) === host && !HOME_PATH.test(post.pathname);
  } catch {
    return false;
  }
}

/**
 * Whether the article gathers several blogs' posts: headings that are each wholly a link to the front page of
 * a site other than the page's own ("<h3><a href=https://graftingshed.example/>The Grafting Shed</a></h3>"),
 * each over a post's linked title on that site, on two sites or more.
 */
function gathersBlogs(article: Element, pageHost: string | null): boolean {
  const hosts = new Set<string>();
  for (const heading of article.querySelectorAll('h2, h3, h4')) {
    const links = heading.getElementsByTagName('a');
    if (links.length !== 1 || squash(links[0].textContent ?? '') !== squash(heading.textContent ?? ''))
      continue;
    let home: URL;
    try {
      home = new URL(links[0].getAttribute('href') ?? '');
    } catch {
      continue;
    }
    const host = siteHostOf(home.href);
    if (host === null || host === pageHost || !HOME_PATH.test(home.pathname) || home.search !== '') continue;
    if (!titlesPostOn(heading.nextElementSibling, host)) continue;
    hosts.add(host);
    if (hosts.size >= GATHERED_BLOGS_MIN) return true;
  }
  return false;
}

/** The page's publication: the blog, newsletter or feed, not the host or the tool; none on an academic's home
 * page, which is its owner's (academic-home.ts). */
export function findPublication(
  doc: Document,
  url: string | null,
  article: Element | null,
  outlets: OutletLookup,
): PublicationEvidence {
  const found = readPublication(doc, url, article, outlets);
  return academicOwner(doc, found.name) ? { name: null, from: null } : found;
}

function readPublication(
  doc: Document,
  url: string | null,
  article: Element | null,
  outlets: OutletLookup,
): PublicationEvidence {
  const canonicalPublication = (name: string) => outlets.canonicalPublication(name);
  const tidy = (name: string) => canonicalPublication(name) ?? name.replace(DOCS_SITE, '');
  // On a platform's own host a name that spells the host ("Telegraph" on telegra.ph) is the platform's.
  const pageHost = siteHostOf(url);
  const platformHost = pageHost !== null && isPlatformHost(pageHost) ? pageHost : null;
  const hostsName = (name: string) => platformHost !== null && spellsHost(name, platformHost);
  // A syndicated copy names the original blog in a feed header or a "first appeared on" note: that wins
  // over the host's own og:site_name.
  const { all: header, above: headerAbove } = headerText(doc, article);
  for (const pattern of SYNDICATION) {
    const match = header.match(pattern);
    if (match) return { name: tidy(squash(match[1])), from: 'syndication' };
  }
  const above = headerAbove.match(SOURCE_HEADER);
  if (above) return { name: tidy(squash(above[1])), from: 'syndication' };
  // Below the post, "via Ridgeline Ledger" names the blog a copy came from, but "Source: <a news outlet>"
  // credits what the post quotes (a reblog's source line): a newsroom the table knows is not the blog.
  const below = header.match(SOURCE_HEADER) ?? header.match(SOURCE_FOOTER);
  // Nor is a body's name, a data caption's "Source: Bureau of Labor Statistics".
  if (below && !isNewsroom(outlets, squash(below[1])) && !BODY_WORDS.test(below[1]))
    return { name: tidy(squash(below[1])), from: 'syndication' };

  // A poster's page on a shared site (a thread, an issue, a review) has no publication: the site only hosts it.
  if (isUserContribution(doc, article, url) || isHelpCentrePost(url)) return { name: null, from: null };
  // So has a mailing list's archive: the list's members write, the archive only keeps their mail.
  if (isListArchive(url)) return { name: null, from: null };
  // So has a page on a host of communities' and authors' pages or of documents, which its title ends on or its
  // og:site_name names ("Maren Oakes | The Keeper of Brinewick Wiki | Fandom"): the wiki or the community
  // named beside it is no publication either.
  if (onCommunityHost(doc, url)) return { name: null, from: null };
  // A group's page on a host of groups' pages is the group's, when a link to its folder names it.
  if (onHostOf(doc, GROUP_HOSTS)) {
    const group = groupOnHost(doc, url);
    return group ? { name: tidy(group), from: 'og:site_name' } : { name: null, from: null };
  }
  // A feed aggregator's page (a "planet") gathers the posts of several blogs, each under its blog's name: none
  // of them is the page's publication, and the aggregator only gathers them.
  if (article && gathersBlogs(article, pageHost)) return { name: null, from: null };

  const rawSite = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="og:site_name"]');
  // A feed reader shows the entry under the feed's name ("Liffey Ledger" beside the entry in Miniflux).
  if (feedReaderView(doc)) {
    const feed =
      feedLabel(doc, article) ??
      subscribedFeedName(doc, article) ??
      entryBlogName(doc, article, pageHost) ??
      spelledFeedName(article);
    if (feed) return { name: tidy(feed), from: 'syndication' };
  }
  // A read-later view shows an article saved from a blog: the blog is the publication, not the tool.
  if (readLaterView(doc)) {
    const saved = savedFrom(doc, article, pageHost, canonicalPublication);
    if (saved) return { name: saved, from: 'syndication' };
  }
  const site = rawSite ? siteName(rawSite) : null;
  // A blog in a folder of a shared host whose og:site_name is the host's ("Listed" on listed.to/@writer/…): the
  // link to the blog's folder names it.
  const inFolder = (name: string) => pageHost !== null && spellsHost(name, pageHost) && !isPlatform(name);
  const folderBlog = site && inFolder(site) ? hostFolderName(doc, article, url) : null;
  if (folderBlog) return { name: tidy(folderBlog), from: 'og:site_name' };
  if (site && !isPlatform(site) && !hostsName(site)) return { name: tidy(site), from: 'og:site_name' };
  // A platform's page shows its account's name above the article (a WeChat official account's nickname): the
  // account is the publication, not the platform.
  if (rawSite && isPlatform(rawSite)) {
    const account = accountName(doc, article);
    if (account) return { name: tidy(account), from: 'og:site_name' };
  }

  const title = docsProjectTitle(squash(doc.title ?? ''));
  // "… - Marek Jankovič (blog.sme.sk)": a person and the blog platform whose subdomain the page is on; the
  // page is that person's blog on a shared site, which names no publication.
  if (onPlatformSubdomain(title, url)) return { name: null, from: null };
  if (addressTitledPersonBlog(doc, title, url, article)) return { name: null, from: null };
  // A piece of the title that the page's header also shows ("Slow Tide Dispatches — Ferry cuts, again",
  // Blogger's "Blog Name: Post title"), whichever end it is at.
  const raw = title.split(TITLE_PIECES);
  // "about:history [Forge Lane Makerspace Wiki]": a wiki's title in brackets, which its header shows too.
  const bracketed = BRACKETED_SITE.exec(title)?.[1].trim();
  if (
    bracketed &&
    nameLike(bracketed) &&
    !isPlatform(bracketed) &&
    !hostsName(bracketed) &&
    siteTitles(doc, article).has(bracketed.toLowerCase())
  )
    return { name: tidy(bracketed.replace(OWNER_WIKI, '$1')), from: 'title' };
  // A newsletter's issue number names the piece it numbers ("Load Growth #88: the data centres …").
  // "The Cellar Door Brief — Week 49": a piece that only numbers the issue leaves the other as the name.
  const other = besideIssueLabel(raw, title);
  if (other && nameLike(other) && !isPlatform(other) && !ISSUE_WORD.test(other))
    return { name: tidy(other), from: 'title' };
  const numbered = raw.length > 1 ? raw.find((p) => ISSUE_NUMBER.test(p)) : undefined;
  if (numbered) {
    const name = numbered.replace(ISSUE_NUMBER, '');
    // A numbered series of posts on a site whose masthead shows the title's other piece ("FERRY WATCH - crossing
    // log #7" under a "FERRY WATCH" banner) is a post's label: the masthead names the site.
    const shown = siteTitles(doc, article);
    const masthead =
      raw.some((p) => p !== numbered && shown.has(p.toLowerCase())) && !shown.has(name.toLowerCase());
    if (name && nameLike(name) && !isPlatform(name) && !ISSUE_WORD.test(name) && !masthead)
      return { name: tidy(name), from: 'title' };
  }
  // A title closing on the shared host's own name ("Kasiin ei mahdu | Ounasvaaran alla | Lily.fi"): the blog is
  // the one whose folder holds the page.
  const titleFolderBlog = raw.length > 1 && raw.some(inFolder) ? hostFolderName(doc, article, url) : null;
  if (titleFolderBlog) return { name: tidy(titleFolderBlog), from: 'title' };
  // A piece the link home shows is the blog's name even when longer than a name by its shape alone ("Desde la
  // Esquina de Santa Beatriz").
  // The name the footer signs with, read from the page's last text once, when first asked.
  let signedFooter: string | null | undefined;
  const footer = () => {
    if (signedFooter === undefined) signedFooter = footerName(doc);
    return signedFooter;
  };
  const home = raw.length > 1 ? homeLinks(doc, article, isArchiveHost(hostOf(url))) : new Set<string>();
  const pieces = raw.filter(
    (p) => (nameLike(p) || (home.has(p.toLowerCase()) && homeNameLike(p))) && !isPlatform(p) && !hostsName(p),
  );
  if (raw.length > 1 && pieces.length > 0) {
    const shown = siteTitles(doc, article);
    // A piece the link home shows is the blog's name before one a heading shows (the post's own title).
    // So is one the footer signs ("© Pearl Street Notes 2026"), before a heading that may be the post's title.
    const confirmed =
      pieces.find((p) => home.has(p.toLowerCase())) ??
      homeBeforePlace(pieces, home) ??
      pieces.find((p) => p.toLowerCase() === footer()?.toLowerCase()) ??
      pieces.find((p) => shown.has(p.toLowerCase()));
    if (confirmed) return { name: tidy(confirmed), from: 'title' };
  }
  // A site's front page is titled with the site's name alone ("Lough Lines" over a journal's entries), and its
  // header shows the same words, or a link home does, even inside the body found (a skin whose masthead stands
  // in the column of posts).
  if (
    raw.length === 1 &&
    atRoot(url) &&
    nameLike(title) &&
    !isPlatform(title) &&
    !hostsName(title) &&
    (siteTitles(doc, article).has(title.toLowerCase()) || homeLinks(doc, null).has(title.toLowerCase()))
  )
    return { name: tidy(title), from: 'title' };
  // The blog's feed, as it names itself ("Porch Light Politics (Atom)").
  const feed = doc
    .querySelector('link[rel="alternate"][type*="rss"], link[rel="alternate"][type*="atom"]')
    ?.getAttribute('title');
  // A title that opens on the feed's format ("RSS 2.0 - Comments", a link aggregator's story feed) names what
  // the feed carries, read without the format.
  const carried = feed?.trim().replace(FEED_FORMAT_FIRST, '') ?? '';
  const feedTitle =
    carried && !GENERIC_FEED.test(carried)
      ? squash(
          carried.replace(
            /\s*(?:[»:|–-]\s*)?(?:\(?(?:RSS|Atom)(?:\s*[\d.]+)?(?:\s+Feed)?\)?|(?:Comments\s+)?Feed)\s*$/i,
            '',
          ),
        )
      : '';
  const feedName = FEED_OF_NAME.exec(feedTitle)?.[1].trim() ?? feedTitle;
  // A list's address ("ruralbroadband@groups.io") names a mailing list on a host, not a publication.
  const parts = title
    .split(TITLE_SEPARATOR)
    .filter(
      (p) =>
        !isPlatform(p) &&
        !hostsName(p) &&
        !ISSUE_LABEL.test(p) &&
        !/^by\s/i.test(p) &&
        !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(p),
    );
  if (parts.length > 1) {
    const suffix = parts[parts.length - 1];
    const known = canonicalPublication(suffix);
    if (known || (nameLike(suffix) && (!feedName || feedName === suffix)))
      return { name: known ?? suffix, from: 'title' };
  }
  if (feedName && nameLike(feedName) && !isPlatform(feedName)) return { name: tidy(feedName), from: 'title' };

  const app = meta(doc, 'meta[name="application-name"]');
  if (app && !isPlatform(app) && !hostsName(app)) return { name: tidy(app), from: 'application-name' };
  // A document published from a platform's editor ("FRRA minutes 1 Dec 2026 - Google Docs") is the body's
  // whose name heads it.
  const last = title.split(TITLE_SEPARATOR).pop();
  if (raw.length > 1 && last && isPlatform(last)) {
    const body = headingBody(article);
    if (body) return { name: tidy(body), from: 'title' };
  }

  // A web archive's capture shows the captured site, which its front-page link names.
  if (isArchiveHost(hostOf(url))) {
    const captured = capturedSiteName(doc, article);
    if (captured) return { name: tidy(captured), from: 'syndication' };
  }
  // A platform's host names no publication, even one its letters spell ("telegra.ph", The Telegraph).
  const host = platformHost ? null : pageHost;
  if (host) {
    const known = canonicalPublication(host);
    if (known) return { name: known, from: 'domain' };
  }
  // The site's name in the theme's header, a link to its front page.
  const titled = siteTitleLink(doc, article, pageHost);
  if (titled && !hostsName(titled)) return { name: tidy(titled), from: 'title' };
  // Last, the name the footer signs with (an e-mail newsletter's web view often has no other).
  const signed = footer();
  if (signed && nameLike(signed) && !isPlatform(signed)) return { name: tidy(signed), from: 'footer' };
  return { name: null, from: null };
}
