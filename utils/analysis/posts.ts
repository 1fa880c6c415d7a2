// Pages that hold several posts: a blog's front page, a weekly or monthly archive, a newsletter's issues.
// Each post is found as a repeated post element (an <article>, or an element whose class says post/entry)
// with a heading and a body of its own; the analysis then reads the element that holds them all, and each
// passage's lead-in is looked for within its own post.
import { hostOf } from '../url';
import { classList, closest, commonAncestor, isFurniture, squash, tagOf } from './dom';
import { isUpdatesBox } from './find-article';
import { feedReaderView } from './publication';

export interface Post {
  /** The post's element, or for an item of a round-up its heading (the item runs to the next heading). */
  element: Element;
  /** The post's heading, or null when it has none. */
  title: string | null;
  /** An item of a round-up, delimited by its heading rather than held in an element. */
  section?: boolean;
}

/** Class words that blog engines give a post's wrapper (WordPress, Blogger, microformats, static themes). */
const POST_CLASSES = new Set([
  'post',
  'hentry',
  'h-entry',
  'type-post',
  'blog-post',
  'entry',
  'post-outer',
  'item',
]);
const HEADINGS = 'h1, h2, h3, h4';
/** A post's own text, so that teaser cards ("related stories") are not taken for posts. */
const MIN_POST_CHARS = 400;
const MAX_CANDIDATES = 400;
/** An untitled micro-post's text: a sentence or two. */
const MIN_MICRO_CHARS = 40;

/** An entry marked up as one (microformats' h-entry): a micro-blog's posts have no heading. So do a channel's
 * messages (a class word whose last part is "message", as a Telegram channel's web view marks them); they count
 * as a stream only when one author posts them all (`oneAuthor`), which a forum's or a list's messages are not. */
const isMicroEntry = (el: Element): boolean => {
  const words = classList(el).split(/\s+/);
  return words.includes('h-entry') || words.some((w) => w.slice(w.search(/[^-_]*$/)) === 'message');
};
const isChannelMessage = (el: Element): boolean => !classList(el).split(/\s+/).includes('h-entry');

/** Whether the messages hold at least half the text of the body that holds them. */
function messagesHoldMost(body: Element, messages: readonly { chars: number }[]): boolean {
  const held = messages.reduce((n, m) => n + m.chars, 0);
  return held >= (squash(body.textContent ?? '').length || 1) * 0.5;
}

/** A class naming the line that says who posted a message ("message_author", "post-user", "poster-name"). */
const AUTHOR_CLASS = /author|owner|user|poster|member|sender/i;

/** Whether one author posted every message: their author lines, where they have them, all read the same (a
 * channel's name over each of its messages, or none at all). */
function oneAuthor(messages: readonly Element[]): boolean {
  const authorOf = (el: Element): string | null => {
    for (const line of el.querySelectorAll('[class]'))
      if (AUTHOR_CLASS.test(classList(line))) return squash(line.textContent ?? '');
    return null;
  };
  const author = authorOf(messages[0]);
  return messages.every((el) => authorOf(el) === author);
}

/** The last part of a compound class word that names the whole box: a digest's or an archive's
 * "digest-message", a theme's "blog_entry". */
const POST_TAILS = new Set(['post', 'entry', 'message']);

function isPostLike(el: Element): boolean {
  if (tagOf(el) === 'ARTICLE') return true;
  for (const word of classList(el).split(/\s+/))
    if (POST_CLASSES.has(word) || POST_TAILS.has(word.slice(word.search(/[^-_]*$/)))) return true;
  return false;
}

/** A post's own text: its paragraphs', or its text outside headings and furniture (a byline, share buttons, a
 * comment count) when that is more, as in old Blogger posts written loose between <br>s. Linear in the
 * post's size. */
function textLength(el: Element): number {
  let paragraphs = 0;
  for (const p of el.querySelectorAll('p, blockquote, li, pre, td')) paragraphs += p.textContent?.length ?? 0;
  return Math.max(paragraphs, looseTextLength(el));
}

function looseTextLength(el: Element): number {
  let n = 0;
  // A post whose own class reads like furniture (a Telegram message's "tgme_widget_message") names its parts
  // with the same words: they are the post, not furniture in it.
  const furnished = isFurniture(el);
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      n += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (
      child !== el &&
      (/^H[1-6]$/.test(tagOf(child)) || (!furnished && isFurniture(child)) || SKIPPED_TAGS.has(tagOf(child)))
    )
      continue;
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return n;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** A post's title: its first heading, or the next one when the first is only a link to a site's front page
 * (a feed aggregator's entry names the blog it came from over the entry's own title). */
function headingOf(el: Element): string | null {
  const headings = el.querySelectorAll(HEADINGS);
  if (headings.length === 0) {
    const box = titleBoxOf(el);
    return box ? headingText(box) : titleLineOf(el);
  }
  return headingText(headings.length > 1 && namesASite(headings[0]) ? headings[1] : headings[0]);
}

/** A class word naming a post's title box ("itemtitle", "post-title", "entry_title"). */
const TITLE_WORD = /title$/i;
/** The most characters of a post's title. */
const MAX_TITLE_CHARS = 200;

/** A post's title written in a box that is no heading: the post's first child, classed as a title, short, and
 * wholly one link (Nucleus CMS's `div.itemtitle`, its post's permalink), as old engines' skins title a post. */
function titleBoxOf(el: Element): Element | null {
  const first = el.firstElementChild;
  if (
    !first ||
    !classList(first)
      .split(/\s+/)
      .some((w) => TITLE_WORD.test(w))
  )
    return null;
  const text = squash(first.textContent ?? '');
  const links = first.querySelectorAll('a[href]');
  if (!text || text.length > MAX_TITLE_CHARS || links.length !== 1) return null;
  return squash(links[0].textContent ?? '') === text ? first : null;
}

/** Whether the element has a title: a heading, or a title box (`titleBoxOf`). */
const hasTitle = (el: Element): boolean => el.querySelector(HEADINGS) !== null || titleBoxOf(el) !== null;

/** An untitled post's title line: a bold line opening its text, a line break after it ("<b>Tanker mafia
 * again</b><br><br>…", as channels and micro-blogs title a message). */
function titleLineOf(el: Element): string | null {
  for (const bold of el.querySelectorAll('b, strong')) {
    let before = bold.previousSibling;
    while (before && before.nodeType === 3 && !(before.nodeValue ?? '').trim())
      before = before.previousSibling;
    let after = bold.nextSibling;
    while (after && after.nodeType === 3 && !(after.nodeValue ?? '').trim()) after = after.nextSibling;
    // The first words of the message's text element, a break after them.
    if (before || !after || after.nodeType !== 1 || tagOf(after as Element) !== 'BR') return null;
    return headingText(bold);
  }
  return null;
}

/** Whether the heading is wholly one link to a site's front page ("<a href=https://blog.example/>Blog</a>"). */
function namesASite(heading: Element): boolean {
  const links = heading.querySelectorAll('a[href]');
  if (links.length !== 1 || squash(links[0].textContent ?? '') !== squash(heading.textContent ?? ''))
    return false;
  try {
    const url = new URL(links[0].getAttribute('href')!, 'https://page.invalid/');
    return url.pathname === '/' && !url.search && url.hostname !== 'page.invalid';
  } catch {
    return false;
  }
}

export interface PostLayout {
  /** The element holding every post: the root the analysis reads. */
  root: Element;
  posts: Post[];
  /** More post-like elements than are looked at: the page's later posts are read as part of the last one. */
  capped?: boolean;
}

/**
 * The posts of a page that holds several, or null for a page of one post. `article` is the body the article
 * finder chose: a page of several posts is one where that body is one post among comparable others.
 */
export function findPosts(doc: Document, article: Element, url: string | null = null): PostLayout | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  return (
    postElements(doc, body, article) ??
    (feedReaderView(doc) ? feedEntries(body, article) : null) ??
    roundUpItems(article, bareHost(url ?? doc.URL)) ??
    permalinkedBlocks(article, url ?? doc.URL)
  );
}

/** How far above the chosen body a listing's post block is looked for. */
const BLOCK_DEPTH = 3;

/** The link of a block's title: the block opens on a heading that is wholly one link, to a page of the page's
 * own site other than the page itself and its front page (the post's permalink), and links to that page again
 * lower down; null otherwise. */
function permalinkOf(block: Element, page: URL): string | null {
  const heading = block.firstElementChild;
  if (!heading || !/^H[1-4]$/.test(tagOf(heading))) return null;
  const links = heading.querySelectorAll('a[href]');
  if (links.length !== 1 || squash(links[0].textContent ?? '') !== squash(heading.textContent ?? ''))
    return null;
  let target: URL;
  try {
    target = new URL(links[0].getAttribute('href') ?? '', page);
  } catch {
    return null;
  }
  const same = bareHost(target.href) === bareHost(page.href);
  if (!same || target.pathname === '/' || target.pathname === page.pathname) return null;
  // A listing's box links to its post again below the title ("read more", "4 comments"); a box that only
  // titles itself with a link (a digest's message under its subject) is not taken for a post by this alone.
  for (const a of block.querySelectorAll('a[href]')) {
    if (heading.contains(a)) continue;
    try {
      if (new URL(a.getAttribute('href') ?? '', page).pathname === target.pathname) return target.pathname;
    } catch {}
  }
  return null;
}

/**
 * A listing's posts built with no post word in their class (a Django blog's archive of "blog-list-detail"
 * boxes): boxes of one tag and class side by side, each opening on a heading that links to a permalink of its
 * own on the page's site and holding text after it, none dwarfing the rest. They are the body the article
 * finder chose, or a box around it, and its siblings; or the chosen body's children.
 */
function permalinkedBlocks(article: Element, url: string | null): PostLayout | null {
  let page: URL;
  try {
    page = new URL(url ?? '');
  } catch {
    return null;
  }
  const build = (b: Element) => `${tagOf(b)} ${classList(b)}`;
  let el: Element | null = article;
  for (let depth = 0; el?.parentElement && depth < BLOCK_DEPTH; el = el.parentElement, depth++) {
    if (!classList(el)) continue;
    const shape = build(el);
    const blocks = Array.from(el.parentElement.children).filter((b) => build(b) === shape);
    if (blocks.length >= 2) return listing(el.parentElement, blocks, page);
  }
  const first = Array.from(article.children).find((b) => classList(b) && permalinkOf(b, page) !== null);
  if (!first) return null;
  return listing(
    article,
    Array.from(article.children).filter((b) => build(b) === build(first)),
    page,
  );
}

/** The listing of `blocks` under `root`, when each is a post of its own (`permalinkedBlocks`). */
function listing(root: Element, blocks: Element[], page: URL): PostLayout | null {
  if (blocks.length < 2) return null;
  const links = blocks.map((b) => permalinkOf(b, page));
  if (links.some((l) => l === null) || new Set(links).size !== links.length) return null;
  const chars = blocks.map((b) => looseTextLength(b));
  const total = chars.reduce((n, c) => n + c, 0);
  if (chars.some((c) => c < MIN_MICRO_CHARS) || Math.max(...chars) > total * 0.8) return null;
  return { root, posts: blocks.map((element) => ({ element, title: headingOf(element) })) };
}

/** An entry's title in a feed reader's view: a link classed as a title, or the link a title element holds
 * (Tiny Tiny RSS's `a.title`, a reader's `.item-title > a`). */
const ENTRY_TITLE =
  'a[href][class~="title"], a[href][class*="-title"], a[href][class*="_title"], [class*="title"] > a[href]';
/** Title links looked at: a reader's view shows a page of entries. */
const MAX_ENTRIES = 200;

/** A feed reader's entries shown one after another (Tiny Tiny RSS's combined view): sibling elements of one
 * build, each holding one entry's title link and its text, with no heading. Each is a post, titled by its link.
 * Only on a page a feed reader names itself on (`feedReaderView`), whose entries carry no post class. */
function feedEntries(body: Element, article: Element): PostLayout | null {
  const links = body.querySelectorAll(ENTRY_TITLE);
  if (links.length < 2 || links.length > MAX_ENTRIES) return null;
  const titled = new Set<Element>(Array.from(links));
  const titlesIn = (el: Element) => {
    let n = 0;
    for (const link of el.querySelectorAll(ENTRY_TITLE)) if (titled.has(link) && ++n > 1) break;
    return n;
  };
  // Each title's entry: the outermost element around it that holds no other title.
  const entries: Element[] = [];
  for (const link of links) {
    let entry: Element = link;
    while (entry.parentElement && entry.parentElement !== body && titlesIn(entry.parentElement) === 1)
      entry = entry.parentElement;
    if (entry !== link && !entries.includes(entry)) entries.push(entry);
  }
  const parent = entries[0]?.parentElement;
  const shape = (el: Element) => `${tagOf(el)} ${classList(el).split(/\s+/)[0] ?? ''}`;
  const siblings = entries.filter((el) => el.parentElement === parent && shape(el) === shape(entries[0]));
  if (!parent || siblings.length < 2 || siblings.length !== entries.length) return null;
  // The body the article finder chose is among them, or holds them.
  if (!(parent.contains(article) || article.contains(parent))) return null;
  if (!siblings.some((el) => textLength(el) >= MIN_POST_CHARS)) return null;
  return {
    root: parent,
    posts: siblings.map((element) => {
      const link = Array.from(element.querySelectorAll(ENTRY_TITLE)).find((a) => titled.has(a));
      return { element, title: link ? headingText(link) : null };
    }),
  };
}

/** Items of a newsletter or link round-up inside one body: three or more sibling headings of one level, of
 * which most point to a story elsewhere (a numbered item, or a link off the site) and at least two introduce
 * a quotation. An article's own subheadings ("What the operator says") point nowhere, and stay one post. */
function roundUpItems(article: Element, pageHost: string | null): PostLayout | null {
  for (const level of ['H2', 'H3']) {
    const headings = Array.from(article.children).filter((el) => tagOf(el) === level);
    if (headings.length < 3) continue;
    let quoting = 0;
    let pointing = 0;
    for (const heading of headings) {
      if (/^\s*\d{1,2}[.)]\s/.test(heading.textContent ?? '') || linksElsewhere(heading, pageHost))
        pointing++;
      for (let el = heading.nextElementSibling; el && tagOf(el) !== level; el = el.nextElementSibling)
        if (tagOf(el) === 'BLOCKQUOTE' || el.querySelector('blockquote')) {
          quoting++;
          break;
        }
    }
    if (quoting >= 2 && pointing >= headings.length * 0.75)
      return {
        root: article,
        posts: headings.map((element) => ({ element, title: headingText(element), section: true })),
      };
  }
  return null;
}

const bareHost = (url: string | null | undefined) => hostOf(url)?.replace(/^www\./, '') ?? null;

function linksElsewhere(heading: Element, pageHost: string | null): boolean {
  for (const a of heading.querySelectorAll('a[href]')) {
    const host = bareHost(a.getAttribute('href'));
    if (host && host !== pageHost) return true;
  }
  return false;
}

function headingText(el: Element): string | null {
  const text = squash(el.textContent ?? '');
  return text ? text.slice(0, 300) : null;
}

function postElements(doc: Document, body: Element, article: Element): PostLayout | null {
  const candidates: Element[] = [];
  const all = body.querySelectorAll(
    'article, [class*="post"], [class*="entry"], [class*="message"], [class~="item"]',
  );
  for (let i = 0; i < all.length && candidates.length < MAX_CANDIDATES; i++) {
    let el = all[i];
    if (!isPostLike(el)) continue;
    // An entry whose title sits right above it in a wrapper of its own (a feed aggregator's "entrygroup": the
    // entry's heading, then its text): the wrapper is the post.
    const titled = el.previousElementSibling;
    if (
      !hasTitle(el) &&
      titled !== null &&
      titled.matches(HEADINGS) &&
      el.parentElement !== null &&
      el.parentElement !== body &&
      !isPostLike(el.parentElement)
    )
      el = el.parentElement;
    if (!hasTitle(el) && !isMicroEntry(el)) continue;
    if (closest(el, (e) => isFurniture(e, true), body)) continue;
    candidates.push(el);
  }
  // The outermost post-like element of each post: a post's inner "entry" is part of it.
  const outermost = candidates.filter(
    (el) => !candidates.some((other) => other !== el && other.contains(el)),
  );
  // The post the article finder chose, and its siblings: the posts of a front page or an archive sit side by
  // side under one parent. Posts elsewhere on the page ("more from us" teaser cards) are not among them.
  const chosen = outermost.find((el) => el.contains(article) || article.contains(el));
  if (!chosen?.parentElement) return null;
  // A story's updates in their box after it (find-article.ts, `withUpdates`) are the story's, not a front page's
  // posts.
  if (closest(chosen.parentElement, isUpdatesBox, article) && article.contains(chosen)) return null;
  // How a post is built: its tag and the post words of its class (ids and categories vary post to post).
  const shape = (el: Element) =>
    `${tagOf(el)} ${classList(el)
      .split(/\s+/)
      .filter((w) => POST_CLASSES.has(w))
      .join(' ')}`;
  // A page that says it is one article keeps to the chosen post's own siblings; a front page or an archive
  // may group its posts (Blogger puts each day's posts in a box of their own): posts of the same build then
  // count wherever they sit.
  const single = /^article$/i.test(
    doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '',
  );
  const siblings = outermost.filter((el) =>
    single ? el.parentElement === chosen.parentElement : shape(el) === shape(chosen),
  );
  // Comparable posts: at least two with a body of their own (a short one built like them counts too), and
  // none dwarfing the rest (a long article above teaser cards is one post).
  // A stream of short untitled entries (a micro-blog's front page) counts when three or more say something.
  const micro = !hasTitle(chosen);
  // Too few siblings to be a stream: no post's length is worth measuring (a walk of each post's text).
  if (siblings.length < (micro ? 3 : 2)) return null;
  const posts = siblings.map((element) => ({ element, chars: textLength(element) }));
  const bodied = posts.filter((p) => p.chars >= (micro ? MIN_MICRO_CHARS : MIN_POST_CHARS));
  if (bodied.length < (micro ? 3 : 2)) return null;
  // A channel's messages are the page's content only when the body the article finder chose is one of them, or
  // holds them and little else: notices inside an article ("status-message") are not a stream.
  if (
    micro &&
    isChannelMessage(chosen) &&
    ((!chosen.contains(article) && !messagesHoldMost(article, posts)) ||
      !oneAuthor(posts.map((p) => p.element)))
  )
    return null;
  const shapes = new Set(bodied.map((p) => shape(p.element)));
  const kept = posts.filter(
    (p) => p.chars >= (micro ? MIN_MICRO_CHARS : MIN_POST_CHARS) || shapes.has(shape(p.element)),
  );
  const total = kept.reduce((n, p) => n + p.chars, 0);
  if (Math.max(...kept.map((p) => p.chars)) > total * 0.8) return null;
  // Posts that wrap one another's siblings only: the root is their nearest common ancestor.
  const root = single ? chosen.parentElement : commonAncestor(kept.map((p) => p.element));
  if (!root || root === doc.documentElement) return null;
  return {
    root,
    posts: kept.map((p) => ({ element: p.element, title: headingOf(p.element) })),
    capped: all.length > 0 && candidates.length >= MAX_CANDIDATES,
  };
}
