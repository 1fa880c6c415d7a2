// A user's post on a shared site (utils/analysis/user-page.ts): a byline linking to the poster's profile on the
// site itself makes the site a host, whose name is no publication; a blog's author links do not.
import { describe, expect, it } from 'vitest';
import profileWords from '../../utils/analysis/data/profile-words.json';
import { findPublication } from '../../utils/analysis/publication';
import { isUserContribution } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const URL_ = 'https://board.example.org/t/ferry-timetables/123';
const BODY = '<p>The words of the post, at some length, about the harbour and its ferries.</p>';

function pageOf(html: string): { doc: Document; article: Element | null } {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head><title>Ferry timetables</title><meta property="og:site_name" content="Harbour Board"></head><body>${html}</body>`;
  return { doc, article: doc.querySelector('article') };
}
const contribution = (html: string, url = URL_) => {
  const { doc, article } = pageOf(html);
  return isUserContribution(doc, article, url);
};

describe('a user’s post on a shared site', () => {
  it('reads a byline to a profile on the same site as a poster’s', () => {
    for (const byline of [
      'by <a href="/user/quay_walker">quay_walker</a>',
      'by <a href="https://old.board.example.org/members/quay.2281/">quay</a>',
      'by <a href="./memberlist.php?mode=viewprofile&amp;u=31">quay</a>',
      'opened by <a class="author-link" href="/qwalker">Quinn Walker</a>',
      'asked by <a href="/users/88412/quay-walker">quay walker</a>',
      // A course forum's and a vBulletin board's profile scripts, with the poster's number.
      'by <a href="https://board.example.org/user/view.php?id=2210&amp;course=3114">Quinn Walker</a>',
      'by <a href="/forum/member.php?u=31">quay</a>',
      // A reading site's profile: a verb showing it, then the user's number and name.
      'review by <a href="/user/show/40211873-quay">quay</a>',
    ])
      expect(contribution(`<main><p class="byline">${byline}</p><article>${BODY}</article></main>`)).toBe(
        true,
      );
  });

  it('takes no blog’s byline, archive, own home, mailer link or commenter for a poster’s', () => {
    for (const [html, url] of [
      [`<article><p>by <a class="author" href="/author/jo/">Jo</a></p>${BODY}</article>`, URL_],
      [
        `<article><p>by <a class="blog-author-name" href="/blog?author=5f1e">Jo</a></p>${BODY}</article>`,
        URL_,
      ],
      [
        `<article><p>by <a class="p-author" href="/flat4b/">flat 4b</a></p>${BODY}</article>`,
        'https://write.example/flat4b/rent',
      ],
      [
        `<article>${BODY}<p><a href="https://mailer.example.org/u/7Q">Unsubscribe</a></p></article>`,
        'https://mailer.example.org/v/7Q',
      ],
      [`<article>${BODY}</article><section class="comments"><a href="/user/troll">troll</a></section>`, URL_],
      [`<nav><a href="/user/me">My profile</a></nav><article>${BODY}</article>`, URL_],
      // The profile script without a poster's number is the reader's own account.
      [`<main><p>Logged in as <a href="/user/profile.php">Jo</a></p><article>${BODY}</article></main>`, URL_],
      [
        `<main><p><a href="/user/view.php?course=3114">Participants</a></p><article>${BODY}</article></main>`,
        URL_,
      ],
      // A catalogue's list of people shown is no poster's profile.
      [`<main><p>See <a href="/people/show/all">everyone</a></p><article>${BODY}</article></main>`, URL_],
      // A catalogue's record of a person, under its number, is no poster's profile.
      [
        `<main><p>Maker: <a href="/people/311/albert-thorne">Albert Thorne</a></p><article>${BODY}</article></main>`,
        URL_,
      ],
      [
        `<main><p>by <a href="https://other.example.com/user/jo">Jo</a></p><article>${BODY}</article></main>`,
        URL_,
      ],
    ])
      expect(contribution(html, url)).toBe(false);
  });

  it('takes no writer’s profile on a page declaring itself an article, nor a script under /users/', () => {
    const byline = `<main><p>by <a href="/u/thom-writer">Thom Writer</a></p><article>${BODY}</article></main>`;
    for (const head of [
      '<meta property="og:type" content="article">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>',
    ]) {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.innerHTML = `<head>${head}</head><body>${byline}</body>`;
      expect(isUserContribution(doc, doc.querySelector('article'), URL_)).toBe(false);
    }
    expect(contribution(byline)).toBe(true);
    expect(
      contribution(
        `<main><p><a href="/users/becomeFan.php?of=writer">Become a fan</a></p><article>${BODY}</article></main>`,
      ),
    ).toBe(false);
  });

  it('names no publication for a poster’s page, and the site for a blog’s', () => {
    const publication = (html: string) => {
      const { doc, article } = pageOf(html);
      return findPublication(doc, URL_, article, defaultOutlets).name;
    };
    expect(
      publication(
        `<main><p>by <a href="/user/quay_walker">quay_walker</a></p><article>${BODY}</article></main>`,
      ),
    ).toBeNull();
    expect(publication(`<article><p>by <a href="/author/jo/">Jo</a></p>${BODY}</article>`)).toBe(
      'Harbour Board',
    );
  });
});

describe('a link aggregator’s item page', () => {
  it('reads a "user?id=" byline under the submission’s title as a poster’s, when the body is only the title', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML =
      '<head><title>Oven timer | Crumbnet</title></head><body><table class="item"><tr><td><a id="t" href="https://oldovens.example/blog/timer">Our oven runs on a 1962 timer</a></td></tr><tr><td>by <a href="user?id=proofbox">proofbox</a></td></tr></table></body>';
    const title = doc.getElementById('t');
    expect(isUserContribution(doc, title, 'https://crumbnet.example/item?id=8812')).toBe(true);
    // The script with another query, or none, names no poster.
    doc.querySelector('a[href^="user"]')!.setAttribute('href', 'user?goto=news');
    expect(isUserContribution(doc, title, 'https://crumbnet.example/item?id=8812')).toBe(false);
  });

  it('reads no byline after a body of some length: a blog’s comments come after its post', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Oven timer</title></head><body><table><tr><td><article>${BODY.repeat(4)}</article></td></tr><tr><td>comment by <a href="user?id=proofbox">proofbox</a></td></tr></table></body>`;
    expect(isUserContribution(doc, doc.querySelector('article'), 'https://crumbnet.example/item?id=1')).toBe(
      false,
    );
  });
});

describe('a profile in other languages’ words, or by a handle in the query', () => {
  it('lists the words for users once each, in lower-case ASCII letters, as addresses spell them', () => {
    expect(profileWords.words.length).toBeGreaterThan(8);
    expect(new Set(profileWords.words).size).toBe(profileWords.words.length);
    for (const word of profileWords.words) expect(word).toMatch(/^[a-z]+$/);
  });

  it('reads a byline to a profile under a word for users in another language as a poster’s', () => {
    for (const byline of [
      'napsal <a href="/uzivatel/jirka-z-poruby">jirka_z_poruby</a>',
      'von <a href="/mitglied/anna-k">anna_k</a>',
      'par <a href="/utilisateur/lea-m">lea_m</a>',
      'kirjoittanut <a href="/kayttaja/aino">aino</a>',
      'door <a href="https://board.example.org/gebruiker/jan">jan</a>',
      // A profile's script named by a letter or a word for profiles, the poster's handle its only query.
      'hidden by <a href="/p/?u=ozark_owl">ozark_owl</a>',
      'by <a href="/profile?user=tide.watcher">tide.watcher</a>',
    ])
      expect(
        contribution(`<main><p class="byline">${byline}</p><article>${BODY}</article></main>`),
        byline,
      ).toBe(true);
  });

  it('takes no section, search or share link for a profile', () => {
    for (const byline of [
      'in <a href="/vylety/moravskoslezsky-kraj">Moravskoslezský kraj</a>',
      'find <a href="/p/?q=tower">more</a>',
      'share <a href="/p/?u=https://board.example.org/t/1">this</a>',
      'by <a href="/p/?u=ozark_owl&amp;tab=logs">ozark_owl</a>',
    ])
      expect(
        contribution(`<main><p class="byline">${byline}</p><article>${BODY}</article></main>`),
        byline,
      ).toBe(false);
  });
});
