// The shape of a news river's item, read from the DOM alone (no imports: the pre-check runs it on every page
// that has a <cite>): a source line holding a <cite> ("Nora Balakrishnan / Automotive News:"), right after it a
// headline that is one link, and right after that an excerpt of the story in an element of its own, with no
// link or heading in it. A headline link followed by text alone is not enough: a link blog's commentary follows
// its headline so, unless the text is a quotation (a link log's bookmark). Which links lead off the site is for
// the caller to say.

export interface RiverShape {
  /** The line naming the source: the <cite>, or the element holding only it. */
  source: Element;
  /** The headline: the link, or the element holding only it. */
  headline: Element;
  /** The link to the story. */
  link: Element;
  /** The element holding the excerpt's words. */
  excerpt: Element;
}

/** A headline has a sentence's words. */
const MIN_HEADLINE_CHARS = 25;
/** An excerpt has a few sentences' words. */
export const MIN_EXCERPT_CHARS = 80;
/** A source line is short: a writer and an outlet. */
const MAX_SOURCE_CHARS = 100;
/** Levels an element may wrap the cite, or the link, alone. */
const WRAP_LEVELS = 3;
const EXCERPT_TAGS = new Set(['DIV', 'P', 'SPAN', 'DD', 'TD', 'SECTION']);

const wordsOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An element holding a story's opening words alone: a few sentences, no link, heading, quotation or list. */
function isExcerpt(el: Element | null): el is Element {
  return (
    el !== null &&
    EXCERPT_TAGS.has(el.tagName.toUpperCase()) &&
    !el.querySelector('a, h1, h2, h3, h4, blockquote, ul, ol, table') &&
    wordsOf(el).length >= MIN_EXCERPT_CHARS
  );
}

/** The highest element around `inner` holding nothing but it, up to a few levels: no other element and no
 * words of its own. Read from the children alone, so a link in a large container costs no more than one in a
 * paragraph. */
function wrapperOf(inner: Element): Element {
  let el = inner;
  for (let level = 0; level < WRAP_LEVELS; level++) {
    const parent = el.parentElement;
    if (!parent || parent.firstElementChild !== el || el.nextElementSibling !== null) break;
    let words = false;
    for (let n = parent.firstChild; n && !words; n = n.nextSibling)
      words = n.nodeType === 3 && /\S/.test(n.nodeValue ?? '');
    if (words) break;
    el = parent;
  }
  return el;
}

/** The host of an absolute http(s) link, or null (the pre-check shares it: this module imports nothing). */
export const hostOf = (href: string): string | null =>
  /^https?:\/\/([^/?#:]+)/i.exec(href)?.[1].toLowerCase() ?? null;

/** The item a <cite> heads, or null. `offSite` says whether a link leads to another site. The source line reads
 * as one ("Writer / Outlet", "Outlet:") or links to the headline's site: a <cite> holding a book's title is not. */
export function riverItemAt(cite: Element, offSite: (href: string) => boolean): RiverShape | null {
  const sourceWords = wordsOf(cite);
  if (!sourceWords || sourceWords.length > MAX_SOURCE_CHARS) return null;
  const source = wrapperOf(cite);
  const headline = source.nextElementSibling;
  if (!headline) return null;
  const link = headline.tagName.toUpperCase() === 'A' ? headline : headline.querySelector('a[href]');
  if (!link || wrapperOf(link) !== headline) return null;
  const href = link.getAttribute('href') ?? '';
  if (wordsOf(link).length < MIN_HEADLINE_CHARS || !offSite(href)) return null;
  const sourceHref = source.querySelector('a[href]')?.getAttribute('href') ?? '';
  const names = /[:：]$|\s\/\s/.test(wordsOf(source)) || (hostOf(sourceHref) ?? '-') === hostOf(href);
  if (!names) return null;
  const excerpt = headline.nextElementSibling;
  if (!isExcerpt(excerpt)) return null;
  return { source, headline, link, excerpt };
}

/** A quotation opening an element and running to its end, or to a short note after it ("“…” – send to the
 * group"): pasted words, not the bookmarker's own. */
const QUOTED_EXCERPT = /^[“"«„]([^”"»“]+)[”"»“](?:\s*(?:[-–—]\s*)?[^“”"«»]{0,120})?$/u;

/**
 * A bookmark's item, as link logs show them (Pinboard, linkding, a blog's "saved links"): a headline that is one
 * link off the site, then its description, a quotation of the story in quotation marks, a note of the
 * bookmarker's perhaps after it. A description in the bookmarker's own words is a comment, not an excerpt.
 * The headline is the item's source line too: its title's suffix ("… – Curbed") or its link name the outlet.
 */
export function bookmarkItemAt(link: Element, offSite: (href: string) => boolean): RiverShape | null {
  if (wordsOf(link).length < MIN_HEADLINE_CHARS || !offSite(link.getAttribute('href') ?? '')) return null;
  const headline = wrapperOf(link);
  const excerpt = headline.nextElementSibling;
  if (!excerpt || !EXCERPT_TAGS.has(excerpt.tagName.toUpperCase())) return null;
  // A bookmarking tool's highlight, perhaps under a line of the item's site and date: the user's chosen words.
  const highlight = highlightOf(isInfoLine(excerpt) ? excerpt.nextElementSibling : excerpt);
  if (highlight) return { source: headline, headline, link, excerpt: highlight };
  const quoted = QUOTED_EXCERPT.exec(wordsOf(excerpt));
  if (!quoted || quoted[1].length < MIN_EXCERPT_CHARS) return null;
  if (excerpt.querySelector('a, h1, h2, h3, h4, blockquote, ul, ol, table')) return null;
  return { source: headline, headline, link, excerpt };
}

/** A line of a bookmark's site and date, under its headline: "fwi.co.uk · Dec 2". Short, no sentence. */
function isInfoLine(el: Element): boolean {
  const words = wordsOf(el);
  return (
    words.length > 0 && words.length <= MAX_INFO_CHARS && !/[.!?]\s/.test(words) && el.children.length <= 3
  );
}
const MAX_INFO_CHARS = 60;

/** The words a bookmarking tool shows as the user's highlight of the page: an element whose class says
 * highlight, or that is ruled on its left by its style, alone or alone inside a wrapper; an excerpt's length, no
 * link or heading in it. */
function highlightOf(el: Element | null): Element | null {
  if (!el || !EXCERPT_TAGS.has(el.tagName.toUpperCase())) return null;
  const inner = el.children.length === 1 && !ownWords(el) ? el.firstElementChild! : el;
  const marked =
    /(?:^|\s)[\w-]*highlight[\w-]*(?:\s|$)/i.test(inner.getAttribute('class') ?? '') ||
    /border-left\s*:\s*[^;]*(?:solid|\dpx)/i.test(inner.getAttribute('style') ?? '');
  return marked && isExcerpt(inner) ? inner : null;
}

/** Whether an element has words of its own, outside its children. */
function ownWords(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) return true;
  return false;
}

/** Links looked at for bookmarks: a link log's first screens, and a bound on a hostile page. */
export const MAX_BOOKMARK_LINKS = 400;

/** <cite> elements looked at: a river's first screens, and a bound on a hostile page. */
export const MAX_CITES = 200;
/** Items a river has at least. */
export const MIN_RIVER_ITEMS = 2;

/** A source line's words: a feed's or an outlet's name, not a date or a sentence. */
const MAX_FEED_NAME_CHARS = 60;

/** Any character but a letter or a digit, any script's, with the g flag: shared, which `replace` allows (it starts
 * from 0 and leaves 0). Made on first use from its source, as the content script's pre-check loads this module on
 * every page (see `unicodePattern` in lead-in-words.ts, which this module does not import). */
const NOT_LETTER_OR_DIGIT = String.raw`[^\p{L}\p{N}]`;
let notLetterOrDigit: RegExp | undefined;
function notLettersOrDigits(): RegExp {
  notLetterOrDigit ??= new RegExp(NOT_LETTER_OR_DIGIT, 'gu');
  return notLetterOrDigit;
}

/** Whether a feed's name spells the story's site: "The Japan Times" for japantimes.co.jp, "Hong Kong Free Press
 * HKFP" for hongkongfp.com (a long common start), not a section label ("Politics") over any site's story. */
function spellsSite(name: string, href: string): boolean {
  const host = hostOf(href);
  if (!host) return false;
  const labels = host.replace(/^www\./, '').split('.');
  const site =
    labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels[labels.length - 3] : labels[0];
  const letters = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(notLettersOrDigits(), '');
  if (site.length < 3 || letters.length < 3) return false;
  if (letters.includes(site) || site.includes(letters)) return true;
  let common = 0;
  while (common < site.length && site[common] === letters[common]) common++;
  return common >= 6;
}

/**
 * A feed reader's shared or starred item (NewsBlur's blurblog, a "river" of subscriptions): the feed's name on a
 * line of its own, the story's headline linking to it, perhaps a date line, then the story's opening words.
 * The feed's name must spell the story's site, so a blog's category label over a link does not make one.
 */
export function feedItemAt(link: Element, offSite: (href: string) => boolean): RiverShape | null {
  const href = link.getAttribute('href') ?? '';
  if (wordsOf(link).length < MIN_HEADLINE_CHARS || !offSite(href)) return null;
  const headline = wrapperOf(link);
  const source = headline.previousElementSibling;
  if (!source) return null;
  const name = wordsOf(source);
  if (name.length < 2 || name.length > MAX_FEED_NAME_CHARS || /\d/.test(name) || !spellsSite(name, href))
    return null;
  let excerpt = headline.nextElementSibling;
  // A date line between the headline and the words.
  if (
    excerpt &&
    /\d/.test(wordsOf(excerpt)) &&
    wordsOf(excerpt).length <= MAX_FEED_NAME_CHARS &&
    !excerpt.querySelector('a, p')
  )
    excerpt = excerpt.nextElementSibling;
  if (!isExcerpt(excerpt)) return null;
  return { source, headline, link, excerpt };
}
