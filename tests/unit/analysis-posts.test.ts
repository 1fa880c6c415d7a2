// Pages of several posts (utils/analysis/posts.ts) built as a digest's or an archive's message boxes, and a
// reply in one of them quoting another (utils/analysis/passages.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const WORDS =
  'The water supply to the lower plots is off again and the council says it will stay off until the summer, which leaves the butts and the long walk from the gate.';

const OTHER =
  'Bring your own watering cans to the work party on Saturday; the shed is short of them, and the hoses are packed away for the winter.';

const MORE =
  'I have two butts I no longer use, both with taps, by the shed on plot fourteen; take them before the frost splits them, please, and bring the lids back.';

function message(n: number, klass: string, body: string, own = n === 1 ? WORDS : MORE): string {
  return `<div class="${klass}"><h3><a href="https://lists.example.org/m/${n}">Subject ${n}</a></h3><div class="meta">From: Member ${n}</div><div class="text"><p>${own}</p><p>${OTHER}</p>${body}<p>${OTHER}</p></div></div>`;
}

function analyse(klass: string, replyBody: string) {
  const doc = document.implementation.createHTMLDocument('Digest Number 12 | plots@lists.example.org');
  doc.body.innerHTML = `<div class="wrap"><h1>Digest Number 12</h1>${message(1, klass, '<p>The Scotsman reported on Monday:</p><blockquote><p>The council will not reconnect the mains supply to three sites until next summer, after surveys found the old pipes leak along most of their length.</p></blockquote>')}${message(2, klass, replyBody)}</div>`;
  return analyzePage(doc, { url: 'https://lists.example.org/digest/12', outlets: defaultOutlets }).report;
}

const REPLY = `<p>On 3 Dec 2026, at 08:40, Member 1 wrote:</p><blockquote><p>${WORDS}</p></blockquote>`;

describe('a digest of messages', () => {
  it('reads boxes whose class word ends in "-message" (or "-post", "_entry") as its posts', () => {
    for (const klass of ['digest-message', 'archive_entry', 'list-post']) {
      const report = analyse(klass, '<p>Thanks, noted.</p>');
      expect(
        report.posts.map((p) => p.title),
        klass,
      ).toEqual(['Subject 1', 'Subject 2']);
      expect(report.quotes[0]?.outlet, klass).toBe('The Scotsman');
    }
  });

  it('keeps a reply’s quotation of another message as that writer’s words, not a pull quote', () => {
    const report = analyse('digest-message', REPLY);
    const reply = report.quotes.find((q) => q.text.startsWith('The water supply'));
    expect(reply).toMatchObject({ kind: 'person', outlet: null });
  });

  it('still drops a block repeating its own message’s words (a pull quote)', () => {
    const report = analyse('digest-message', `<blockquote><p>${MORE}</p></blockquote>`);
    expect(report.posts).toHaveLength(2);
    expect(report.quotes.some((q) => q.text.startsWith('I have two butts'))).toBe(false);
    // A box class that names no post ("digest-block") leaves the page one post.
    expect(analyse('digest-block', '<p>Thanks, noted.</p>').posts.length).toBeLessThan(2);
  });
});

describe('a feed aggregator’s entries', () => {
  const entry = (blog: string, host: string, title: string) =>
    `<div class="entry"><h3><a href="${host}">${blog}</a></h3><h4><a href="${host}2026/12/${title.length}/">${title}</a></h4><div class="content"><p>${MORE}</p><p>${OTHER}</p><p>${WORDS}</p></div></div>`;
  const titles = (first: (blog: string, host: string, title: string) => string) => {
    const doc = document.implementation.createHTMLDocument('Planet Plots');
    doc.body.innerHTML = `<h1>Planet Plots</h1>${first('Plot Fourteen', 'https://plot14.example/', 'Butts for the taking')}${entry('Gate Notes', 'https://gatenotes.example/', 'The long walk from the gate')}`;
    return analyzePage(doc, {
      url: 'https://planet.plots.example/',
      outlets: defaultOutlets,
    }).report.posts.map((p) => p.title);
  };
  it('titles each post by its entry, not by the blog named over it with a link to its front page', () => {
    expect(titles(entry)).toEqual(['Butts for the taking', 'The long walk from the gate']);
  });
  it('keeps a first heading that links to a story, or names a site in more than its link', () => {
    const story = (blog: string, host: string, title: string) =>
      entry(blog, host, title).replace(
        `<a href="${host}">${blog}</a>`,
        `<a href="${host}2026/11/x/">${blog}</a>`,
      );
    expect(titles(story)[0]).toBe('Plot Fourteen');
    const more = (blog: string, host: string, title: string) =>
      entry(blog, host, title).replace(`<a href="${host}">${blog}</a>`, `From <a href="${host}">${blog}</a>`);
    expect(titles(more)[0]).toBe('From Plot Fourteen');
  });
});

describe('a channel’s stream of messages', () => {
  const msg = (author: string, title: string, body: string) =>
    `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message"><div class="tgme_widget_message_author"><a href="https://t.me/${author}">${author}</a></div><div class="tgme_widget_message_text"><b>${title}</b><br><br>${body}</div></div></div>`;
  const QUOTED = `The Scotsman reported:<blockquote>${WORDS}</blockquote>${OTHER}`;
  const stream = (authors: readonly string[]) => {
    const doc = document.implementation.createHTMLDocument('Plot news – Telegram');
    doc.body.innerHTML = `<section class="tgme_channel_history">${authors
      .map((a, i) => msg(a, `Notice ${i + 1}`, i === 1 ? MORE : QUOTED))
      .join('')}</section>`;
    return analyzePage(doc, { url: 'https://t.me/s/plotnews', outlets: defaultOutlets }).report;
  };

  it('reads one author’s untitled messages as posts, titled by their bold first lines', () => {
    const report = stream(['plotnews', 'plotnews', 'plotnews']);
    expect(report.posts.map((p) => p.title)).toEqual(['Notice 1', 'Notice 2', 'Notice 3']);
    expect(report.quotes.map((q) => q.outlet)).toEqual(['The Scotsman', 'The Scotsman']);
  });

  it('leaves notices inside an article ("status-message") part of its one post', () => {
    const doc = document.implementation.createHTMLDocument('Plot news');
    const notice = (n: number) => `<div class="status-message">Notice ${n}: ${OTHER}</div>`;
    doc.body.innerHTML = `<h1>Plot news</h1><div class="content"><p>${WORDS}</p><p>${MORE}</p><p>The Scotsman reported:</p><blockquote><p>${OTHER}</p></blockquote><p>${WORDS}</p><p>${MORE}</p>${notice(1)}${notice(2)}${notice(3)}</div>`;
    const report = analyzePage(doc, { url: 'https://plots.example/news', outlets: defaultOutlets }).report;
    expect(report.posts.length).toBeLessThan(2);
  });

  it('leaves messages by several authors (a forum’s, a list’s) one page, not a stream', () => {
    expect(stream(['ann', 'bob', 'cat']).posts.length).toBeLessThan(3);
  });
});

describe('an aggregator’s entries titled above their "entry" box', () => {
  const entry = (n: number, quote: string) =>
    `<div class="entrygroup"><h4><a href="https://blog${n}.example/post">Entry ${n}</a></h4><div class="entry"><div class="content"><p>${WORDS}</p><p>${quote}</p><blockquote><p>${MORE}</p></blockquote><p>${OTHER}</p></div></div></div>`;
  it('reads each wrapper holding a title and its entry as a post', () => {
    const doc = document.implementation.createHTMLDocument('Planet Plots');
    doc.body.innerHTML = `<h1>Planet Plots</h1><div class="daygroup"><div class="channelgroup">${entry(1, 'The Scotsman reported:')}</div><div class="channelgroup">${entry(2, 'BBC News had the rest:')}</div></div>`;
    const report = analyzePage(doc, { url: 'https://planet.example/', outlets: defaultOutlets }).report;
    expect(report.posts.map((p) => p.title)).toEqual(['Entry 1', 'Entry 2']);
    expect(report.quotes.map((q) => q.outlet)).toEqual(['The Scotsman', 'BBC']);
  });
});

describe('posts titled by a box that is no heading', () => {
  const item = (title: string, quote: string) =>
    `<div class="item">${title}<div class="iteminfo">by Karma</div><div class="itembody"><p>${WORDS}</p><p>${quote}</p><blockquote><p>${MORE}</p></blockquote><p>${OTHER}</p></div></div>`;
  const link = (n: number) => `<a href="https://hill.example/index.php?itemid=${n}">Item ${n}</a>`;
  const postsOf = (title: (n: number) => string) => {
    const doc = document.implementation.createHTMLDocument('Hill Notes');
    doc.body.innerHTML = `<div class="contents"><h1><a href="https://hill.example/">Hill Notes</a></h1><h2>Thursday</h2>${item(title(1), 'The Scotsman reported:')}${item(title(2), 'BBC News had the rest:')}<h2>Tuesday</h2>${item(title(3), 'The Scotsman again:')}</div>`;
    return analyzePage(doc, { url: 'https://hill.example/', outlets: defaultOutlets }).report.posts;
  };

  it('reads "item" boxes, each first holding a title box of one permalink, as posts titled by it', () => {
    for (const klass of ['itemtitle', 'item-title', 'post_title'])
      expect(
        postsOf((n) => `<div class="${klass}">${link(n)}</div>`).map((p) => p.title),
        klass,
      ).toEqual(['Item 1', 'Item 2', 'Item 3']);
  });

  it('takes no box of more than its link, nor one not classed as a title, for a title', () => {
    expect(postsOf((n) => `<div class="itemtitle">${link(n)} and more</div>`).length).toBeLessThan(3);
    expect(postsOf((n) => `<div class="itemhead">${link(n)}</div>`).length).toBeLessThan(3);
  });
});

describe('a listing of boxes with no post word in their class', () => {
  const box = (klass: string, n: number, href: string, body: string) =>
    `<div class="${klass}"><h2><a href="${href}">Post number ${n}</a></h2><p class="meta">Posted on ${n} March</p><p>${OTHER}</p>${body}<p class="meta"><a href="${href}">read more</a></p></div>`;
  const QUOTE =
    '<p>The Scotsman reported on Monday:</p><blockquote><p>The council will not reconnect the mains supply to three sites until next summer, after surveys found the old pipes leak along most of their length.</p></blockquote>';
  const listing = (klass: string, hrefs: string[]) => {
    const doc = document.implementation.createHTMLDocument('Archive for March | Plot Notes');
    doc.body.innerHTML = `<div class="top"><a href="/">Plot Notes</a></div><div class="wrap"><h1>Archive for March</h1>${hrefs.map((href, i) => box(klass, i + 1, href, i === 1 ? `<p>${MORE}</p>` : QUOTE)).join('')}</div>`;
    return analyzePage(doc, {
      url: 'https://plotnotes.example/blog/archive/2027/03/',
      outlets: defaultOutlets,
    }).report;
  };

  it('reads boxes of one class, each titled by a link to its own page on the site, as the posts', () => {
    for (const klass of ['blog-list-detail', 'archive-card', 'teaser']) {
      const report = listing(klass, ['/blog/one/', '/blog/two/', 'https://plotnotes.example/blog/three/']);
      expect(report.posts?.map((p) => [p.title, p.quoteIds.length])).toEqual([
        ['Post number 1', 1],
        ['Post number 2', 0],
        ['Post number 3', 1],
      ]);
    }
  });

  it('leaves boxes titled by links to other sites, or all to one page, one body', () => {
    const elsewhere = listing('card', [
      'https://a.example/one/',
      'https://b.example/two/',
      'https://c.example/3/',
    ]);
    expect(elsewhere.posts?.length ?? 0).toBeLessThan(3);
    const same = listing('card', ['/blog/one/', '/blog/one/', '/blog/one/']);
    expect(same.posts?.length ?? 0).toBeLessThan(3);
  });
});
