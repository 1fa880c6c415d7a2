// A user's contribution on a shared site: a forum thread, a code host's issue, a review on a reading site. Its
// byline links to the poster's profile on the site itself ("submitted by <a href=/user/…>", phpBB's
// memberlist.php?mode=viewprofile, "<a class=author-link href=/hloewen>"), so the site is the host, not the
// publication; a blog's byline links to an author archive ("/author/…") or to nothing. Read from the page's
// structure, never from the site's name.
import profileWords from './data/profile-words.json';
import { furnitureReason } from './dom';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global Node

/** A profile's path: a word for users (in the languages of `data/profile-words.json`), then one name
 * ("/user/ferncastle", "/members/voltvan.2281/", "/uzivatel/jirka-z-poruby"), or a word for users, the user's number and a name (a Q&A site's "/users/88412/fennel"; not a catalogue's record
 * of a person, "/people/311/albert-thorne"), or a word for users, a verb showing the profile and the user's
 * number and name (a reading site's "/user/show/40211873-ruth"), or a tilde and a handle, as the link
 * aggregators built on Lobsters' software write a poster's page ("/~hollis_w"; a page under that path is the
 * user's own homepage, not a thread's: `profileOnSite`). */
const PROFILE_PATH = new RegExp(
  `^\\/(?:(?:${profileWords.words.join('|')})\\/[^/?#]+|(?:user|users|u|member|members)\\/(?:\\d+|show|view)\\/[^/?#]+|~[\\w.-]{2,40})\\/?$`,
  'i',
);
/** Forums and course sites that show a poster's profile through a script, each with the query that names
 * the poster: phpBB's "memberlist.php?mode=viewprofile", a course forum's "/user/view.php?id=2210&course=…",
 * vBulletin's and MyBB's "member.php?u=31", Simple Machines Forum's "index.php?action=profile;u=2231", a link
 * aggregator's "/user?id=quietbyte". The script alone ("/user/profile.php", the reader's own account)
 * names no poster. */
const PROFILE_SCRIPTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:^|\/)memberlist\.php$/i, /mode=viewprofile/i],
  [/(?:^|\/)(?:user|users|member|members)\/(?:view|profile)\.php$/i, /[?&]id=\d+/i],
  [/(?:^|\/)member\.php$/i, /[?&](?:u|uid|userid)=\d+|[?&]action=profile\b/i],
  // A link aggregator's "/user?id=quietbyte": a script named for users, the poster's handle its only query; a
  // cache site's "/p/?u=ozark_owl", a profile's script by its letter.
  [/^\/(?:user|member|profile|p)\/?$/i, /^\?(?:id|u|user|username)=[\w.-]{2,40}$/],
  // Simple Machines Forum's "index.php?action=profile;u=2231": the forum's one script, showing a profile by number.
  [/(?:^|\/)index\.php$/i, /[?&;]action=profile[;&]u=\d+/i],
];
/** A poster's page on a fediverse server, "/@kaymakes", or, for a poster on another server, "/@kaymakes@toot.wales"
 * (Mastodon and the servers built on its software). Read only on a page of that software (`fediverseApp`): a blog
 * host spells its writers' pages so too (Medium's "/@writer"), and they are a publication's. */
const FEDIVERSE_PROFILE = /^\/@[\w.-]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?\/?$/;
/** Whether the page is Mastodon's web app, on whatever server: its root element's id, which every server's page
 * keeps. */
const fediverseApp = (doc: Document | null): boolean => doc?.getElementById('mastodon') != null;
/** A link marked as the poster's name, to a path of one name ("/hloewen"). */
const AUTHOR_CLASS = /(?:^|[-_\s])(?:author|username)(?:$|[-_\s])/i;
const ONE_NAME = /^\/[\w.-]+\/?$/;
/** A site's own page about its author or itself ("/about/", "/about-me", "/contact"): a blog's byline links there,
 * a poster's never does. */
const SITE_PAGE = /^\/(?:about|about-me|about-us|me|bio|contact|whoami)(?:\.html?)?\/?$/i;

/** Whether two hosts are one site: the same but for "www.", or one a subdomain of the other ("old.reddit.com"
 * and "reddit.com"); two subdomains of a shared domain (a mailer's and a blog's) are not. */
function sameSite(a: string, b: string): boolean {
  const [x, y] = [a, b].map((h) => h.toLowerCase().replace(/^www\./, ''));
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** A link that does something to the reader's own account ("Unsubscribe", "Edit profile") names no poster. */
const ACCOUNT_ACTION =
  /\b(?:unsubscribe|subscribe|preferences|settings|sign|log|register|account|edit|manage|update|forward)\b/i;

function profileOnSite(link: Element, base: URL): boolean {
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#') || ACCOUNT_ACTION.test(link.textContent ?? '')) return false;
  let target: URL;
  try {
    target = new URL(href, base);
  } catch {
    return false;
  }
  if (!sameSite(target.hostname, base.hostname)) return false;
  const path = target.pathname.replace(/^\/\.\//, '/');
  if (
    PROFILE_PATH.test(path) &&
    !/\.(?:php|aspx?|html?|jsp|cgi)$/i.test(path) &&
    !(path.startsWith('/~') && base.pathname.startsWith(path.replace(/\/?$/, '/')))
  )
    return true;
  if (FEDIVERSE_PROFILE.test(path) && fediverseApp(link.ownerDocument)) return true;
  const script = PROFILE_SCRIPTS.find(([file]) => file.test(path));
  if (script) return script[1].test(target.search);
  // A one-name path holding the page itself is the author's own blog on the host ("/flat4b/" above
  // "/flat4b/on-renting"), and an archive's query ("/blog?author=…") is a blog's.
  return (
    AUTHOR_CLASS.test(link.getAttribute('class') ?? '') &&
    ONE_NAME.test(path) &&
    !SITE_PAGE.test(path) &&
    !target.search &&
    !base.pathname.startsWith(path.replace(/\/?$/, '/'))
  );
}

/** Whether the link sits in navigation, a sidebar or comments, below what it shares with the article. Inside an
 * article made of comments (a code host's discussion, every post of it a "timeline-comment"), the comments are
 * the page's posts, not furniture beside them. */
function inFurniture(link: Element, article: Element, articleOfComments: () => boolean): boolean {
  const ofComments = article.contains(link) && articleOfComments();
  for (let node: Element | null = link; node && !node.contains(article); node = node.parentElement) {
    const reason = furnitureReason(node);
    if (reason && !(ofComments && reason === 'comments')) return true;
  }
  return false;
}

/** Whether every child of the article holding text is a comment by its class or id, two or more of them: the
 * article is a thread of comments, found as the page's body. Its direct children only: a comment's own parts are
 * not looked into. */
export function madeOfComments(article: Element): boolean {
  let comments = 0;
  for (const child of article.children) {
    if (furnitureReason(child) === 'comments') comments++;
    else if ((child.textContent ?? '').trim()) return false;
  }
  return comments >= 2;
}

/** The most characters of text beside the comments in a body of comments under a short head. */
const COMMENTS_HEAD_MAX = 300;

/** Whether the article is the public's comments under a short head (a planning portal's comments tab, "Public
 * comments: 3 · Objections: 2" over one box a comment): two comment boxes or more among its children, by their
 * class or id, and beside them a few short lines at most, under a quarter of the comments' text. Such a page is
 * its comments, read as a thread's posts are, not set aside as a blog's comments would be. */
export function mostlyComments(article: Element): boolean {
  let comments = 0;
  let commentChars = 0;
  let other = 0;
  for (const child of article.children) {
    const length = (child.textContent ?? '').trim().length;
    if (furnitureReason(child) === 'comments') {
      comments++;
      commentChars += length;
    } else other += length;
    if (other > COMMENTS_HEAD_MAX) return false;
  }
  return comments >= 2 && other * 4 < commentChars;
}

const baseOf = (url: string | null): URL | null => {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
};

/** A page that declares itself an article (og:type, or schema.org's Article, NewsArticle, BlogPosting) is a
 * publication's, whatever its writers' profile pages are called ("/u/thom-hartmann", "/profile/…"). */
const ARTICLE_TYPE =
  /"@type"\s*:\s*(?:\[\s*)?"(?:\w*NewsArticle|Article|BlogPosting|TechArticle|ScholarlyArticle)"/;

function declaresArticle(doc: Document): boolean {
  const type =
    doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(type.trim())) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
    if (ARTICLE_TYPE.test((script.textContent ?? '').slice(0, 20_000))) return true;
  return false;
}

/** Whether the page is a user's post on a shared site: a link to a poster's profile on the same site stands in
 * the article or before it, outside navigation (comments under a blog post come after it), on a page that does
 * not declare itself an article. */
export function isUserContribution(doc: Document, article: Element | null, url: string | null): boolean {
  const base = baseOf(url);
  if (!article || !base || declaresArticle(doc)) return false;
  const box = submissionBox(article);
  // Read once, when a link inside the article first asks: it reads the article's children's text.
  let madeOf: boolean | undefined;
  const ofComments = () => {
    madeOf ??= madeOfComments(article);
    return madeOf;
  };
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    if (
      !article.contains(link) &&
      !(link.compareDocumentPosition(article) & FOLLOWING) &&
      !box?.contains(link)
    )
      continue;
    if (inFurniture(link, article, ofComments)) continue;
    if (profileOnSite(link, base)) return true;
  }
  return false;
}

/** The most characters of a body that is only a submission's title. */
const TITLE_ONLY = 200;

/** When the body found is only a link submission's title (a link aggregator's item, its words all in the
 * comments), the box holding the title and the line under it, where the submitter's byline stands after the
 * title: the nearest table or list item around it. */
function submissionBox(article: Element): Element | null {
  if ((article.textContent ?? '').trim().length > TITLE_ONLY) return null;
  for (let node = article.parentElement, i = 0; node && i < 8; node = node.parentElement, i++)
    if (/^(?:TABLE|LI)$/.test(node.tagName)) return node;
  return null;
}

/** Links to posters' profiles on the site within an element: the bylines of a thread's posts. */
export function posterLinks(root: Element, url: string | null): Element[] {
  const base = baseOf(url);
  if (!base) return [];
  return Array.from(root.querySelectorAll('a[href]')).filter((link) => profileOnSite(link, base));
}

/** A help centre's community post (Zendesk Guide's "/hc/en-us/community/posts/8812734556-…"): a customer's
 * question on a company's help site, under the site's name ("Tallyhouse Help Center"), which hosts it and is no
 * publication of the poster's. Its posters carry no profile links, so its address says what it is. */
const HELP_CENTRE_POST = /^\/hc\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,4})?\/)?community\/posts\/\d+/i;

export function isHelpCentrePost(url: string | null): boolean {
  const base = baseOf(url);
  return base !== null && HELP_CENTRE_POST.test(base.pathname);
}

/** A path segment that is a mailing list's address: Mailman 3's archive ("/archives/list/members@lists.example.org/
 * thread/…"), a list mirror's ("/members@lists.example.org/msg00412.html"). */
const LIST_ADDRESS_SEGMENT = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** Whether the page is a message or a thread in a mailing list's archive, by its address: its writers are the
 * list's members, and the archive's site hosts their mail, no publication of theirs. */
export function isListArchive(url: string | null): boolean {
  const base = baseOf(url);
  if (!base) return false;
  return base.pathname.split('/').some((segment) => {
    try {
      return LIST_ADDRESS_SEGMENT.test(decodeURIComponent(segment));
    } catch {
      return false;
    }
  });
}
