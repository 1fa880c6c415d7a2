// A thread on a shared site: a forum's opening post and its replies, an issue and its notes. The replies are
// the page's words as much as the opening post is (a poster quotes another, pastes an e-mail), so the analysis
// reads the element holding the post and the replies under it, and its walk keeps the replies a blog's page
// would set aside as comments.
import { furnitureReason, squash } from './dom';
import { isUserContribution, posterLinks } from './user-page';

/** Replies, by their own posters' bylines, that make a post a thread. */
const MIN_REPLIES = 2;
const MAX_CLIMB = 12;

/**
 * The element holding a user's post and its replies: the nearest ancestor of the post with at least two more
 * posters' bylines after the post's end, or with three posters or more around it, one after it (the post found
 * is a reply), or, when the element found holds the replies, the nearest one holding the post above them, or
 * itself when it holds three posters' bylines or more (the opening post's and the replies'). Null
 * when the page is no user's post on a shared site, or nothing answers it.
 */
export function threadRoot(doc: Document, post: Element, url: string | null): Element | null {
  if (!isUserContribution(doc, post, url)) return null;
  // The element found may be the replies themselves, two or more posters' bylines in it (a Q&A page's answers
  // under the question): the thread is then the nearest ancestor holding the post they answer, a poster's
  // byline before them.
  if (posterLinks(post, url).length >= MIN_REPLIES) {
    let above = post.parentElement;
    for (let i = 0; above && above !== doc.body && i < MAX_CLIMB; i++, above = above.parentElement) {
      const asked = posterLinks(above, url).some(
        (link) => !post.contains(link) && link.compareDocumentPosition(post) & FOLLOWING,
      );
      if (asked) return above;
    }
    // Or the whole thread, the opening post's byline first in it and two more bylines after it, of two posters
    // or more (a forum's crawler view, whose body holds every post; the asker may answer a reply): the thread
    // is the element found.
    const bylines = posterLinks(post, url);
    return bylines.length > MIN_REPLIES && distinctPosters(bylines) >= MIN_REPLIES ? post : null;
  }
  let node = post.parentElement;
  for (let i = 0; node && node !== doc.body && i < MAX_CLIMB; i++, node = node.parentElement) {
    const around = posterLinks(node, url).filter((link) => !post.contains(link));
    const replies = around.filter((link) => post.compareDocumentPosition(link) & FOLLOWING);
    if (replies.length >= MIN_REPLIES) return node;
    // The post found may be a reply in the middle of the thread (the longest post is often one): posters
    // before it and after it, three or more in all, one of them its own byline.
    if (replies.length > 0 && distinctPosters(around) > MIN_REPLIES) return node;
  }
  return null;
}

/** How many posters the links name, by their profiles' addresses. */
function distinctPosters(links: readonly Element[]): number {
  return new Set(links.map((link) => link.getAttribute('href'))).size;
}

/** A forum's quote of another post opens with its poster's handle: "carpdad said:", "hillside_harriet wrote:"
 * (Invision's ipsQuote_citation, XenForo's quote title, phpBB's <cite>), one handle of up to three words; or
 * with Simple Machines Forum's "Quote from: shoalofone on December 02, 2026, 07:41:09 PM", one handle and the
 * post's date. */
const POSTER_CITATION =
  /^\s*(?:@?[\p{L}\p{N}_.-]{2,30}(?:\s+[\p{L}\p{N}_.-]{1,30}){0,2}\s+(?:said|wrote|posted)\s*:|Quote from:\s+[\p{L}\p{N}_.-]{2,30}\s+on\s+[^:]{0,40}\d[\d:]*(?:\s*[AP]M)?)\s*$/iu;
/** Posts, the article's siblings built like it, that make a thread of replies. */
const MIN_POSTS = 3;

/** The first line of a blockquote: its first element's text, or its first text. */
function firstLine(quote: Element): string {
  const first = quote.firstElementChild;
  return (first && first.children.length === 0 ? first.textContent : quote.firstChild?.textContent) ?? '';
}

/** Whether a blockquote opens with the forum's citation of a poster ("carpdad said:"). */
export const citesPoster = (quote: Element): boolean => POSTER_CITATION.test(firstLine(quote).slice(0, 80));

/** Whether an element holds a quote of a poster by the forum's citation. */
function quotesPosterByCitation(el: Element): boolean {
  for (const quote of el.getElementsByTagName('blockquote')) if (citesPoster(quote)) return true;
  return false;
}

/**
 * A thread whose posters are named but not linked (a forum showing handles in an author pane): the article is
 * one of three or more sibling posts of one tag and class, and a post quotes another by the forum's citation
 * ("carpdad said:"). The element holding the posts is the thread. A blog quoting one forum post has no such
 * siblings.
 */
export function citedThreadRoot(body: Element): Element | null {
  // The body found may hold the posts, or be one post, or its text inside the post with its author pane.
  const first = body.firstElementChild;
  if (first && isThreadOf(body, first)) return body;
  let post: Element | null = body;
  for (let level = 0; post && level < POST_LEVELS; level++, post = post.parentElement) {
    const parent = post.parentElement;
    if (
      parent &&
      post.classList.length > 0 &&
      [...parent.children].filter(sameKind(post)).length >= MIN_POSTS
    )
      return isThreadOf(parent, post) ? parent : null;
  }
  return null;
}

/** Posts, the body found and its siblings built like it, that make a thread when a later one quotes an earlier. */
const MIN_ECHOED_POSTS = 2;
/** The most posts read for an echo, the first ones: a reply quotes a post near it, and the reading stays bounded. */
const MAX_ECHOED_POSTS = 40;
/** The fewest characters of a quote repeating an earlier post's words that tell a reply (not a stock phrase). */
const MIN_ECHO = 30;
/** Where a post quotes another: a blockquote, or a forum's quote box by its class ("quote", "quotebody"). */
const QUOTE_BOXES = 'blockquote, [class*="quote" i]';

/**
 * A conversation too short for `threadRoot` (a review and its one reply, a records request and the agency's
 * letter, posters linked or not): sibling posts of one tag and class, a later one quoting an earlier one's words
 * word for word ("… wrote:" over a line of the review, "Your request sought:" over the request's wording). The
 * body found holds them, or is one of them: the element holding the posts is the thread, the reply the page's as
 * much as the post. A blog quoting one post of another site has no such sibling.
 */
export function echoedThreadRoot(body: Element, url: string | null): Element | null {
  const root = echoingPosts(body);
  // Posts whose bylines link to their posters' profiles, three posters or more, are `threadRoot`'s to read: where
  // it found no thread, their replies stay the discussion under the post.
  return root && distinctPosters(posterLinks(root, url)) <= MIN_REPLIES ? root : null;
}

/** The element holding sibling posts one of which quotes an earlier one: the body found or an ancestor. */
function echoingPosts(body: Element): Element | null {
  // The body found may hold the posts: its children grouped by tag and first class.
  const kinds = new Map<string, Element[]>();
  for (const child of body.children) {
    if (child.classList.length === 0) continue;
    const key = `${child.tagName} ${child.classList[0]}`;
    const group = kinds.get(key);
    if (group) group.push(child);
    else kinds.set(key, [child]);
  }
  for (const posts of kinds.values()) if (echoesAmong(posts)) return body;
  let post: Element | null = body;
  for (let level = 0; post && level < POST_LEVELS; level++, post = post.parentElement) {
    const parent = post.parentElement;
    if (!parent || post.classList.length === 0) continue;
    const posts = [...parent.children].filter(sameKind(post));
    if (posts.length >= MIN_ECHOED_POSTS) return echoesAmong(posts) ? parent : null;
  }
  return null;
}

/** Whether one of the posts quotes an earlier one's words. */
function echoesAmong(all: readonly Element[]): boolean {
  if (all.length < MIN_ECHOED_POSTS) return false;
  const posts = all.slice(0, MAX_ECHOED_POSTS);
  const texts = posts.map((post) => squash(post.textContent ?? ''));
  return posts.some((reply, j) => j > 0 && texts.slice(0, j).some((words) => quotesWordsOf(reply, words)));
}

/** Whether a post holds a quote box whose words stand in `words`, an earlier post's text. */
function quotesWordsOf(reply: Element, words: string): boolean {
  for (const box of reply.querySelectorAll(QUOTE_BOXES)) {
    const quoted = squash(box.textContent ?? '');
    if (quoted.length >= MIN_ECHO && words.includes(quoted)) return true;
  }
  return false;
}

/** Elements of the post's tag and first class. */
const sameKind = (post: Element) => (el: Element) =>
  el.tagName === post.tagName && el.classList.contains(post.classList[0]);

/** Whether an element's children are three or more posts like this one, one quoting a poster by citation. */
function isThreadOf(holder: Element, post: Element): boolean {
  if (post.classList.length === 0) return false;
  const posts = [...holder.children].filter(sameKind(post));
  return posts.length >= MIN_POSTS && posts.some(quotesPosterByCitation);
}

/** How far above the body found a post may begin: its text's wrappers. */
const POST_LEVELS = 3;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global Node

/** How far above the post the element holding its comment section is looked for. */
const COMMENTS_CLIMB = 6;

/** Elements that may be a comment section: a comment thread's, or a memorial's guest book, condolences or
 * tributes (an obituary host's "GuestBook", "guest-book", "condolences", a memorial website's "tribute"), its
 * visitors' words under the obituary or the life story. */
const COMMENT_SECTIONS =
  '[class*="comment"], [id*="comment"], [class*="uestbook"], [class*="uestBook"], [class*="uest-book"], [class*="uest_book"], [id*="uestbook"], [id*="uest-book"], [class*="ondolence"], [id*="ondolence"], [class*="tribute"]';
/** A guest book's, condolences' or tributes' class or id word ("tribute", "tributes-list"; not "attribute"). */
const GUEST_BOOK = /guest[-_]?book|condolences?|(?:^|[\s_-])tributes?(?:$|[\s_-])/i;

const isCommentSection = (el: Element): boolean =>
  furnitureReason(el) === 'comments' || GUEST_BOOK.test(`${el.getAttribute('class') ?? ''} ${el.id}`);

/**
 * A member's post on a host of communities' pages (a federated forum's thread, `onHostSite` telling), its posters
 * shown by name only, with a comment section after it (an obituary's guest book): the nearest element holding the
 * post and the comments, whose words are the page's as much as the post's are. Null when the page is on no such
 * host or has no comments.
 */
export function hostedThreadRoot(doc: Document, post: Element, onHostSite: boolean): Element | null {
  if (!onHostSite) return null;
  let node = post.parentElement;
  for (let i = 0; node && node !== doc.body && i < COMMENTS_CLIMB; i++, node = node.parentElement)
    for (const el of node.querySelectorAll(COMMENT_SECTIONS))
      if (
        !el.contains(post) &&
        post.compareDocumentPosition(el) & FOLLOWING &&
        isCommentSection(el) &&
        (el.textContent ?? '').trim()
      )
        return node;
  return null;
}

/** A review by its class word ("trail-review", "Review-module__review"), not a box of them ("reviews"). */
const REVIEW_CLASS = /(?:^|[\s_-])review(?:[\s_-]|$)/i;

/** Whether two or more of an element's children are members' reviews, by schema.org's itemprop or their class. */
function holdsReviews(el: Element): boolean {
  let reviews = 0;
  for (const child of Array.from(el.children))
    if (child.getAttribute('itemprop') === 'review' || REVIEW_CLASS.test(child.getAttribute('class') ?? ''))
      if (++reviews >= 2) return true;
  return false;
}

/**
 * The page's main region (`<main>`, role="main") when the body found in it is one member's contribution on a
 * host of communities' pages (a review under a record catalogue's release), or its members' reviews (a trail
 * guide's walkers' under its notes): the host's page is the record's and its members' words together, its notes
 * above the reviews as much as the review found. Null elsewhere.
 */
export function hostedPageRoot(
  doc: Document,
  post: Element,
  url: string | null,
  onHostSite: boolean,
): Element | null {
  if (!onHostSite) return null;
  if (!(holdsReviews(post) || isUserContribution(doc, post, url))) return withReviewsAfter(doc, post);
  const main = post.parentElement?.closest('main, [role="main"]') ?? null;
  return main && main !== doc.body ? main : null;
}

/** Elements a review may be, read for `withReviewsAfter`: the first 200. */
const REVIEW_CANDIDATES = '[itemprop="review"], [class*="review" i]';

/** The nearest element holding both the body found and a box of members' reviews after it, below the page's
 * body (a booking site's property description over its guests' reviews, a store's product description over its
 * buyers'): the host's page is the description and the reviews together. Null when no such box follows. */
function withReviewsAfter(doc: Document, post: Element): Element | null {
  const candidates = doc.querySelectorAll(REVIEW_CANDIDATES);
  let box: Element | null = null;
  for (let i = 0; i < candidates.length && i < 200 && !box; i++) {
    const parent = candidates[i].parentElement;
    if (parent && post.compareDocumentPosition(parent) & FOLLOWING && holdsReviews(parent)) box = parent;
  }
  let root = box ? post.parentElement : null;
  while (root && box && !root.contains(box)) root = root.parentElement;
  return root && root !== doc.body && root !== doc.documentElement ? root : null;
}
