// A thread on a shared site: a forum's opening post and its replies, an issue and its notes. The replies are
// the page's words as much as the opening post is (a poster quotes another, pastes an e-mail), so the analysis
// reads the element holding the post and the replies under it, and its walk keeps the replies a blog's page
// would set aside as comments.
import { isUserContribution, posterLinks } from './user-page';

/** Replies, by their own posters' bylines, that make a post a thread. */
const MIN_REPLIES = 2;
const MAX_CLIMB = 12;

/**
 * The element holding a user's post and its replies: the nearest ancestor of the post with at least two more
 * posters' bylines after the post's end. Null when the page is no user's post on a shared site, or nothing
 * answers it.
 */
export function threadRoot(doc: Document, post: Element, url: string | null): Element | null {
  if (!isUserContribution(doc, post, url)) return null;
  let node = post.parentElement;
  for (let i = 0; node && node !== doc.body && i < MAX_CLIMB; i++, node = node.parentElement) {
    const replies = posterLinks(node, url).filter(
      (link) => !post.contains(link) && post.compareDocumentPosition(link) & FOLLOWING,
    );
    if (replies.length >= MIN_REPLIES) return node;
  }
  return null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global Node
