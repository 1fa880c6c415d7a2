// Threads of the seventeenth held-out set's kinds (thread.ts, user-page.ts, forum-quote.ts): Simple Machines Forum's
// profile links and quote titles, and a body holding a whole topic.
import { describe, expect, it } from 'vitest';
import { isForumQuoteCite } from '../../utils/analysis/forum-quote';
import { citesPoster, threadRoot } from '../../utils/analysis/thread';
import { isUserContribution } from '../../utils/analysis/user-page';

function page(html: string, head = '<title>A page</title>', lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('threads (thread.ts, user-page.ts, forum-quote.ts)', () => {
  const SMF = 'https://growers.example/forum/index.php?topic=9.0';
  const post = (who: number, body: string) =>
    `<div class="windowbg"><div class="poster"><a href="https://growers.example/forum/index.php?action=profile;u=${who}">p${who}</a></div><div class="inner">${body}</div></div>`;

  it('reads Simple Machines Forum’s profile links as posters’, the script alone not', () => {
    const doc = page(`<div id="posts">${post(3, '<p>First post words, long enough.</p>')}</div>`);
    expect(isUserContribution(doc, doc.querySelector('.inner'), SMF)).toBe(true);
    const bare = page(
      '<div class="inner"><p>Words.</p><a href="https://growers.example/forum/index.php?action=profile">me</a></div>',
    );
    expect(isUserContribution(bare, bare.querySelector('.inner'), SMF)).toBe(false);
  });

  it('reads SMF’s "Quote from: <handle> on <date>" as a poster’s citation, and keeps it out of the words', () => {
    const doc = page(
      '<blockquote><cite><a href="#m1">Quote from: plotholder9 on December 01, 2026, 06:12:40 PM</a></cite>Has anyone found red sets?</blockquote><blockquote><cite>Quote</cite>Rule text.</blockquote><blockquote><p>Plain.</p><cite>— Reuters</cite></blockquote>',
    );
    const [quoted, bare, credited] = doc.querySelectorAll('blockquote');
    expect(citesPoster(quoted)).toBe(true);
    expect(isForumQuoteCite(quoted.querySelector('cite')!)).toBe(true);
    expect(isForumQuoteCite(bare.querySelector('cite')!)).toBe(true);
    expect(isForumQuoteCite(credited.querySelector('cite')!)).toBe(false);
  });

  it('takes a body holding the opening post and two replies under their posters’ links for the thread', () => {
    const doc = page(
      '<div id="main"><div class="p"><a href="/u/ann">ann</a><p>Opening post.</p></div><div class="p"><a href="/u/bo">bo</a><p>Reply.</p></div><div class="p"><a href="/u/cy">cy</a><p>Another.</p></div></div>',
    );
    const body = doc.getElementById('main')!;
    expect(threadRoot(doc, body, 'https://forum.example/t/x/1')).toBe(body);
    // Two posters only: the replies of a post above them, not found here.
    body.lastElementChild!.remove();
    expect(threadRoot(doc, body, 'https://forum.example/t/x/1')).toBeNull();
  });
});
