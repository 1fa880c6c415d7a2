// A user's post read with its replies (utils/analysis/thread.ts): a forum's or an issue's replies are the page's
// words; a blog's comments stay set aside.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { citedThreadRoot, threadRoot } from '../../utils/analysis/thread';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const URL_ = 'https://board.example.org/t/bins/44';
const OPENING =
  'Got a leaflet saying the brown bins go fortnightly from January. In summer the bin is full within a week already.';
const reply = (who: string, html: string) =>
  `<div class="comment"><p class="meta"><a class="poster" href="/members/${who}">${who}</a></p><form class="usertext"><div class="md">${html}</div></form></div>`;

function pageOf(replies: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head><title>Bins</title>${head}</head><body><main><div class="topic"><div class="post"><p>posted by <a href="/members/rose">rose</a></p><div class="md"><p>${OPENING}</p></div></div><div class="comments">${replies}</div></div></main></body>`;
  return doc;
}
const quoting = reply(
  'dan',
  '<blockquote><p>In summer the bin is full within a week already.</p></blockquote><p>Same here.</p>',
);
const other = reply('tom', '<p>I rang the council and they said flats keep weekly collections.</p>');

describe('a thread', () => {
  it('reads the post with its replies, a reply quoting the post as its poster’s words', () => {
    const doc = pageOf(quoting + other);
    const post = doc.querySelector('.post')!;
    expect(threadRoot(doc, post, URL_)?.className).toBe('topic');
    const report = analyzePage(doc, { url: URL_, outlets: defaultOutlets }).report;
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null']);
    expect(report.quotes[0].text).toContain('In summer the bin is full');
  });

  it('reads a reply quoting the post in a ">" line as its poster’s words, not a pull quote', () => {
    const doc = pageOf(
      reply('dan', '<p>&gt; In summer the bin is full within a week already.</p><p>Same here.</p>') + other,
    );
    const report = analyzePage(doc, { url: URL_, outlets: defaultOutlets }).report;
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null']);
    expect(report.quotes[0].text).toMatch(/^> In summer the bin/);
  });

  it('needs two replies by posters, and no page declaring itself an article', () => {
    const one = pageOf(quoting);
    expect(threadRoot(one, one.querySelector('.post')!, URL_)).toBeNull();
    const blog = pageOf(quoting + other, '<meta property="og:type" content="article">');
    expect(threadRoot(blog, blog.querySelector('.post')!, URL_)).toBeNull();
    // A blog's comments are not read: the quote in one is no passage of the post.
    expect(analyzePage(blog, { url: URL_, outlets: defaultOutlets }).report.quotes).toEqual([]);
  });
});

describe('a reply found as the body', () => {
  const post = (who: string, text: string) =>
    `<div class="msg"><div class="byline"><a href="/members/${who}">${who}</a></div><div class="cell"><div class="inner"><div class="text">${text}</div></div></div></div>`;
  const page = (posts: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Bins</title></head><body><main><div class="posts">${posts}</div></main></body>`;
    return doc;
  };

  it('reads the thread around a reply, three posters in all and one after it', () => {
    const doc = page(
      post('rose', OPENING) + post('dan', 'Same here.') + post('tom', 'Flats keep weekly bins.'),
    );
    const reply = doc.querySelectorAll('.text')[1];
    expect(threadRoot(doc, reply, URL_)?.className).toBe('posts');
  });

  it('needs a poster after it: the last post of two posters is no reply of a thread', () => {
    const doc = page(post('rose', OPENING) + post('dan', 'Same here.'));
    expect(threadRoot(doc, doc.querySelectorAll('.text')[1], URL_)).toBeNull();
    const three = page(post('rose', OPENING) + post('dan', 'Same here.') + post('tom', 'Weekly.'));
    expect(threadRoot(three, three.querySelectorAll('.text')[2], URL_)).toBeNull();
  });
});

describe('a Q&A page', () => {
  it('reads the answers found as the body with the question above them', () => {
    const answer = (who: string, n: number, html: string) =>
      `<div class="answer"><div class="post-text">${html}</div><p class="sig">answered by <a href="/users/${n}/${who}">${who}</a></p></div>`;
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Bins</title></head><body><div id="main"><div class="question"><div class="post-text"><p>${OPENING}</p></div><p class="sig">asked by <a href="/users/12/rose">rose</a></p></div><div id="answers">${answer('dan', 31, '<p>Yes, fortnightly.</p>')}${answer('tom', 44, '<p>Flats keep weekly collections.</p>')}</div></div></body>`;
    expect(threadRoot(doc, doc.getElementById('answers')!, URL_)?.id).toBe('main');
    // Replies with no post above them are no thread.
    const alone = document.implementation.createHTMLDocument('');
    alone.documentElement.innerHTML = `<head><title>Bins</title></head><body><div id="main"><div id="answers">${answer('dan', 31, '<p>Yes.</p>')}${answer('tom', 44, '<p>No.</p>')}</div></div></body>`;
    expect(threadRoot(alone, alone.getElementById('answers')!, URL_)).toBeNull();
  });
});

describe('a thread of posters shown by handle', () => {
  const post = (who: string, html: string) =>
    `<div class="forum-post"><div class="author"><b>${who}</b></div><div class="post-body">${html}</div></div>`;
  const cite = (who: string, words: string) =>
    `<blockquote class="quote"><div class="citation">${who} said:</div><div class="text"><p>${words}</p></div></blockquote>`;
  const POSTS = [
    post('reedwarbler', `<p>${OPENING}</p>`),
    post(
      'bean_row_bill',
      `${cite('reedwarbler', 'In summer the bin is full within a week already.')}<p>Same here.</p>`,
    ),
    post(
      'Allotment_Sec',
      '<p>The newsletter goes out this weekend. The committee will ask about a second bin.</p>',
    ),
  ];
  function threadPage(posts: string[]): Document {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Bins - Brookside Forum</title><meta property="og:site_name" content="Brookside Forum"></head><body><main><h1>Bins</h1><div class="topic">${posts.join('')}</div></main></body>`;
    return doc;
  }

  it('is read whole when a post quotes another by its handle, the quote its poster’s words, no publication', () => {
    const doc = threadPage(POSTS);
    expect(citedThreadRoot(doc.querySelector('.post-body')!)?.className).toBe('topic');
    const report = analyzePage(doc, { url: URL_, outlets: defaultOutlets }).report;
    expect(report.publication).toBeNull();
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null']);
  });

  it('needs three posts alike, one quoting by citation', () => {
    expect(citedThreadRoot(threadPage(POSTS.slice(0, 2)).querySelector('.post-body')!)).toBeNull();
    const uncited = threadPage([POSTS[0], POSTS[2], POSTS[2]]);
    expect(citedThreadRoot(uncited.querySelector('.post-body')!)).toBeNull();
  });
});
