// Small DOM helpers shared by the analyser. Standard DOM interfaces only: no layout, no browser globals,
// so the same code runs in the content script, in happy-dom under Node, and in tests.

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

/** Page furniture that sits inside or beside an article but is not part of it. */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);

/** Words that mark furniture even on an element that wraps the article (blog engines wrap posts in "widget"
 * or "newsletter-post" containers, so the broader list only applies inside the article). */
const CONTAINER_FURNITURE_WORDS = new Set([
  'comment',
  'comments',
  'commentlist',
  'respond',
  'disqus',
  'related',
  'sidebar',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'modal',
  'outbrain',
  'taboola',
]);

/** Words in an id or class that mark furniture inside the article ("share-bar", "newsletter-signup"). */
const FURNITURE_WORDS = new Set([
  ...CONTAINER_FURNITURE_WORDS,
  'share',
  'sharing',
  'sharedaddy',
  'widget',
  'newsletter',
  'subscribe',
  'subscription',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'promo',
  'pagination',
  'popup',
  'recirc',
  'trending',
  'popular',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'HR',
  'BR',
  'CENTER',
]);

export const isElement = (node: Node): node is Element => node.nodeType === 1;
export const isText = (node: Node): node is Text => node.nodeType === 3;

/** Upper-case tag name whatever the document type (XHTML gives lower case). */
export const tagOf = (el: Element): string => el.tagName.toUpperCase();

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(tagOf(el));

/** Elements whose words are not the page's: scripts and the like, and hidden elements, except a tab panel, which
 * is hidden only until its tab is chosen. */
export const isSkipped = (el: Element): boolean =>
  SKIPPED_TAGS.has(tagOf(el)) || (el.hasAttribute('hidden') && el.getAttribute('role') !== 'tabpanel');

function tokensOf(value: string | null): string[] {
  if (!value) return [];
  return value.toLowerCase().split(/[\s_-]+/);
}

/** Why an element is furniture: its tag or role (never the article), a comment-thread word, or another word
 * of its class or id ("share", "widget", "sidebar"), which themes also put on the wrappers of a post. */
export type FurnitureReason = 'tag' | 'comments' | 'word';

const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist', 'respond', 'disqus']);

/**
 * Navigation, comment threads, related links and the like. A role of navigation/complementary counts too.
 * `around` is true when judging an element that may contain the article: only the strict words count then.
 */
export function furnitureReason(el: Element, around = false): FurnitureReason | null {
  if (FURNITURE_TAGS.has(tagOf(el)) && !isQuoteAside(el)) return 'tag';
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner')
    return 'tag';
  const className = typeof el.className === 'string' ? el.className : el.getAttribute('class');
  // Around the article only a class's first word counts ("comments-area" yes, "page-navbar" no).
  const tokens = (value: string | null) =>
    around
      ? (value ?? '')
          .toLowerCase()
          .split(/\s+/)
          .map((t) => t.split(/[-_]/)[0])
      : tokensOf(value);
  const words = around ? CONTAINER_FURNITURE_WORDS : FURNITURE_WORDS;
  let reason: FurnitureReason | null = null;
  for (const value of [className, el.id])
    if (value)
      for (const token of tokens(value))
        if (words.has(token)) {
          if (COMMENT_WORDS.has(token)) return 'comments';
          reason = 'word';
        }
  // A theme names where the sidebar goes on the element that holds the page's main region ("content-area
  // sidebar-right"): a sidebar never holds that region.
  if (reason === 'word' && around && holdsMain(el)) return null;
  return reason;
}

/** An <aside> its class calls a quotation, holding a <blockquote>: a forum's quote box (Discourse's
 * "aside.quote" around the quoted words and their title line), part of the post, not beside it. Not a pulled
 * quote ("pull-quote"), which repeats the post. */
function isQuoteAside(el: Element): boolean {
  if (tagOf(el) !== 'ASIDE') return false;
  const words = tokensOf(typeof el.className === 'string' ? el.className : el.getAttribute('class'));
  return (
    words.some((w) => QUOTE_ASIDE_WORDS.has(w)) &&
    !words.includes('pull') &&
    el.querySelector('blockquote') !== null
  );
}
const QUOTE_ASIDE_WORDS = new Set(['quote', 'quotation', 'blockquote']);

/** Whether an element is or holds the page's main region (<main>, role="main"). */
function holdsMain(el: Element): boolean {
  return (
    tagOf(el) === 'MAIN' ||
    el.getAttribute('role') === 'main' ||
    el.querySelector('main, [role="main"]') !== null
  );
}

/** Whether any of these class names reads like furniture ("share-buttons", "sidebar"), as furnitureReason reads
 * a class. */
export function classesReadAsFurniture(classes: readonly string[]): boolean {
  return classes.some((c) => tokensOf(c).some((t) => FURNITURE_WORDS.has(t)));
}

export function isFurniture(el: Element, around = false): boolean {
  return furnitureReason(el, around) !== null;
}

/** White space that collapsing would change: a run of two, or one that is not a plain space. */
const UNSQUASHED = /\s\s|[^\S ]/;

/** Collapses runs of white space, as a reader sees the text. A text whose white space is already single
 * spaces is only trimmed: rebuilding a long text around each of its spaces made garbage of megabytes. */
export const squash = (text: string): string =>
  (UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

export function classList(el: Element): string {
  const className = typeof el.className === 'string' ? el.className : el.getAttribute('class');
  return (className ?? '').toLowerCase();
}

/** The first ancestor (or the element itself) that satisfies the test, up to `stop` (exclusive). */
export function closest(
  el: Element | null,
  test: (el: Element) => boolean,
  stop: Element | null,
): Element | null {
  for (let cur = el; cur && cur !== stop; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/** Text of an element without script/style/template/noscript content, white space collapsed, bounded. */
export function visibleText(root: Element, limit = 20_000): string {
  let out = '';
  let node: Node | null = root.firstChild;
  while (node && out.length < limit) {
    if (isText(node)) out += node.data;
    else if (isElement(node) && !isSkipped(node) && node.firstChild) {
      if (isBlock(node)) out += ' ';
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) node = null;
    }
    if (node) node = node.nextSibling;
  }
  return squash(out.slice(0, limit));
}

/** The nearest element holding all of `elements` (the first one's parent or above). */
export function commonAncestor(elements: Element[]): Element | null {
  let common: Element | null = elements[0].parentElement;
  for (const el of elements.slice(1)) while (common && !common.contains(el)) common = common.parentElement;
  return common;
}
