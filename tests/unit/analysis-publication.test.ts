// The publication a page belongs to (utils/analysis/publication.ts): a "via"/"Source:" line names the blog a
// copy came from above the article or at its foot, unless it names a newsroom (then it credits what the post
// quotes); a title piece that the link home shows is the blog's name.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { feedReaderView, findPublication, siteName } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function publicationOf(html: string, title = 'A post'): string | null {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head><title>${title}</title></head><body>${html}</body>`;
  const article = doc.querySelector('article');
  return findPublication(doc, 'https://copies.example/p/1', article, defaultOutlets).name;
}

const ARTICLE = '<article><p>The words of the post, at some length, about the harbour and its ferries.</p>';

describe('publication', () => {
  it('reads "via <blog>" at the foot of a copy as the blog it came from', () => {
    expect(
      publicationOf(
        `${ARTICLE}<p class="source">via <a href="https://ridge.example/">Ridgeline Ledger</a></p></article>`,
      ),
    ).toBe('Ridgeline Ledger');
  });

  it('reads a feed reader’s "Via <blog>" header above the article', () => {
    expect(publicationOf(`<div class="feed-header">Via Harbour Notes</div>${ARTICLE}</article>`)).toBe(
      'Harbour Notes',
    );
  });

  it('never takes a newsroom credited under a post for the blog', () => {
    const name = publicationOf(
      `${ARTICLE}</article><div class="source">Source: <a href="https://www.nbcnews.com/x">nbcnews.com</a></div>`,
    );
    expect(name).not.toBe('NBC News');
  });

  it('never takes a "Source:" line standing above a quotation inside the post for the blog', () => {
    const box =
      '<div class="quote"><p>Homes in the trial used 2.9 units of heat for each unit of power.</p></div>';
    const html = (between: string) =>
      `<header><a href="/" class="home-link">Warm Rooms</a></header>${ARTICLE}<p class="source">Source: Grid Ledger</p>${between}<p>My view follows, at length.</p></article>`;
    expect(publicationOf(html(box))).not.toBe('Grid Ledger');
    expect(publicationOf(html(`<blockquote>${box}</blockquote>`))).not.toBe('Grid Ledger');
    // Over the post's own words, the line still names the blog a copy came from.
    expect(publicationOf(html('<p>The post goes on in its own words.</p>'))).toBe('Grid Ledger');
  });

  it('takes the one name-like piece of the title that the link home shows', () => {
    const name = publicationOf(
      `<h1><a href="https://copies.example/">Tidewater Static</a></h1>${ARTICLE}</article>`,
      'Tidewater Static — this is the third one this year.',
    );
    expect(name).toBe('Tidewater Static');
  });

  it('takes the piece of the title that a piece of the link home shows, before the page’s heading', () => {
    const name = publicationOf(
      `<div id="top"><a href="https://copies.example/">Pendle Valley Archive · Online Catalogue</a></div><h1>Ledger of the brig Halcyon</h1>${ARTICLE}</article>`,
      'Ledger of the brig Halcyon – Pendle Valley Archive – Online Catalogue',
    );
    expect(name).toBe('Pendle Valley Archive');
  });
});

describe('a logo of words', () => {
  it('takes a logo’s words linking home for the site’s name when nothing else names it', () => {
    const html = (logo: string) =>
      `<header><a class="header-logo" href="https://copies.example">${logo}</a></header>${ARTICLE}</article><footer>© 2026 Notes de la Berge Propulsé par Ghost</footer>`;
    expect(publicationOf(html('Notes de la Berge'), 'La digue, toujours')).toBe('Notes de la Berge');
    // A picture's logo has no words: nothing is read from it.
    expect(publicationOf(html('<img src="/logo.png" alt="">'), 'La digue, toujours')).toBe(null);
  });
});

describe('hosts of other people’s pages', () => {
  it('reads the title’s own name when og:site_name is the host (Patreon, LinkedIn, Telegram)', () => {
    for (const host of ['Patreon', 'LinkedIn', 'Telegram', 'Google Docs']) {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.innerHTML = `<head><title>Show notes: the new hub | Hub &amp; Spoke Podcast</title><meta property="og:site_name" content="${host}"></head><body>${ARTICLE}</article></body>`;
      const name = findPublication(
        doc,
        'https://host.example/posts/1',
        doc.querySelector('article'),
        defaultOutlets,
      ).name;
      expect(name, host).not.toBe(host);
    }
  });

  it('names no publication on a host of communities’ pages or documents, whatever wiki it names', () => {
    const on = (title: string, site = '') => {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.innerHTML = `<head><title>${title}</title>${site && `<meta property="og:site_name" content="${site}">`}</head><body>${ARTICLE}</article></body>`;
      return findPublication(doc, 'https://host.example/wiki/1', doc.querySelector('article'), defaultOutlets)
        .name;
    };
    expect(on('Ines Vale | Tidewater Station Wiki | Fandom', 'Tidewater Station Wiki')).toBeNull();
    expect(on('Rain again in Accra | PeakD', 'PeakD')).toBeNull();
    expect(on('US1234567A1 - Heated ramp - Google Patents')).toBeNull();
    // An event platform's listing is its organiser's page, not the platform's publication.
    expect(on('Winter Bird Walk, Sat 10 Jan | Meetup', 'Meetup')).toBeNull();
    expect(on('Harbour Lantern Parade Tickets, Sat, Jan 3 | Eventbrite', 'Eventbrite')).toBeNull();
    // A crowdfunding platform's project update is its creators' page.
    expect(on('Update #6: The kiln is fixed · Saltmarsh Mugs', 'Kickstarter')).toBeNull();
    // A team's page in a hosted workspace wiki, under its space's name.
    expect(on('Office move: week one notes - Facilities - Confluence')).toBeNull();
    // A member's article on a developers' community, a member's film review, a member's bookmarks.
    expect(on('Our CI bill tripled - DEV Community', 'DEV Community')).toBeNull();
    expect(on('Harbour Lights (2025) review by Ada Quill • Letterboxd', 'Letterboxd')).toBeNull();
    expect(on('Pinboard: bookmarks for tidewalker tagged ferries')).toBeNull();
    // A writer's story on a community writing platform, under its community's name.
    expect(on('The Last Night at the Roxy | Humans', 'Vocal')).toBeNull();
    // A wiki of its own, on no such host, is its own publication.
    expect(on('Ines Vale - Tidewater Station Wiki', 'Tidewater Station Wiki')).toBe('Tidewater Station Wiki');
  });
});

describe('platform-names.json', () => {
  it('lists platforms and community hosts in lower case, each once', () => {
    expect(Object.keys(platformNames).sort()).toEqual([
      '_doc',
      'bodySubdomainHosts',
      'classifiedsWords',
      'communityHosts',
      'feedReaders',
      'groupHosts',
      'platforms',
      'readLater',
    ]);
    for (const list of [
      platformNames.platforms,
      platformNames.communityHosts,
      platformNames.readLater,
      platformNames.feedReaders,
      platformNames.bodySubdomainHosts,
      platformNames.classifiedsWords,
    ]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) expect(name).toBe(name.toLowerCase().trim());
    }
    for (const name of platformNames.communityHosts) expect(platformNames.platforms).not.toContain(name);
    // A feed reader is a platform by being listed once, as a reader.
    for (const name of platformNames.feedReaders) expect(platformNames.platforms).not.toContain(name);
  });

  it('names no publication by any feed reader’s own name, with no feed named beside the entry', () => {
    const view = (site: string) => {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.innerHTML = `<head><title>Unread (4)</title><meta property="og:site_name" content="${site}"></head><body>${ARTICLE}</article></body>`;
      return findPublication(doc, 'https://reader.example/i/4', doc.querySelector('article'), defaultOutlets)
        .name;
    };
    for (const site of ['Miniflux', 'CommaFeed', 'Tiny Tiny RSS', 'yarr', 'selfoss'])
      expect(view(site)).toBeNull();
  });
});

describe('a blog reader’s frame around one post', () => {
  it('names the blog by the reader’s label over the post, not the reader, whose name ends on an apostrophe', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>The ferry timetable | Harbour Wall Diary | Bloglovin’</title></head><body><div class="bl-topbar"><a class="bl-logo" href="https://www.bloglovin.com/">Bloglovin’</a></div><div class="bl-post-header"><a class="bl-blog-name" href="/blogs/harbour-wall-diary-55">Harbour Wall Diary</a></div><h1 class="bl-post-title">The ferry timetable</h1>${ARTICLE}</article></body>`;
    expect(feedReaderView(doc)).toBe(true);
    const article = doc.querySelector('article');
    expect(findPublication(doc, 'https://www.bloglovin.com/blogs/x/1', article, defaultOutlets).name).toBe(
      'Harbour Wall Diary',
    );
  });
});

describe('feedReaderView', () => {
  const view = (title: string, site = '') => {
    const doc = document.implementation.createHTMLDocument('');
    doc.title = title;
    if (site) doc.head.innerHTML += `<meta property="og:site_name" content="${site}">`;
    return feedReaderView(doc);
  };
  it('knows a reader by the name it gives itself, any dash between a view and its suite', () => {
    expect(view('(3) Harbour Notes - CommaFeed')).toBe(true);
    expect(view('Harbour Notes', 'selfoss')).toBe(true);
    expect(view('Harbour Notes | BazQux Reader')).toBe(true);
    expect(view('News – Nextcloud')).toBe(true);
    expect(view('Reader — WordPress.com')).toBe(true);
    expect(view('Tiny  Tiny RSS')).toBe(true);
  });
  it('is no reader on a page that names none, or a word of one alone', () => {
    expect(view('Harbour Notes — news from the quay')).toBe(false);
    expect(view('Reader letters | Harbour Notes')).toBe(false);
    expect(view('Tiny RSS tips')).toBe(false);
  });
});

describe('pages on a platform’s own host', () => {
  const publicationAt = (url: string, head: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head>${head}</head><body>${ARTICLE}</article></body>`;
    return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
  };

  it('names no publication for a person’s blog on a platform’s subdomain, titled with the platform’s host', () => {
    const head = '<title>Most cez Váh zasa zatvorený - Zuzana Nováková (blog.pravda.sk)</title>';
    expect(publicationAt('https://novakova.blog.pravda.sk/2026/12/03/most/', head)).toBeNull();
    // On a host that is not under the one in parentheses, the title is read as before.
    expect(publicationAt('https://copies.example/p/1', head)).not.toBeNull();
  });

  it('takes no name that merely spells a platform’s host for a publication (telegra.ph, "Telegraph")', () => {
    const head =
      '<title>Ремонт мосту: що відомо – Telegraph</title><meta property="og:site_name" content="Telegraph">';
    expect(publicationAt('https://telegra.ph/Remont-mostu-12-02', head)).toBeNull();
    // Off the platform, the same name is the newspaper's.
    expect(publicationAt('https://copies.example/p/1', head)).toBe('The Telegraph');
  });
});

describe('the blog’s feed, as it names itself', () => {
  const withFeed = (feedTitle: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Front</title><link rel="alternate" type="application/atom+xml" title="${feedTitle}" href="/atom.xml"></head><body>${ARTICLE}</article></body>`;
    return findPublication(
      doc,
      'https://copies.example/weblog/',
      doc.querySelector('article'),
      defaultOutlets,
    ).name;
  };
  it('takes the name a feed’s title quotes after what the feed carries', () => {
    expect(withFeed("Posts on 'Upstream Notes' (Atom)")).toBe('Upstream Notes');
    expect(withFeed('Recent entries from “Slow Tide” (RSS 2.0)')).toBe('Slow Tide');
    expect(withFeed('Porch Light Politics (Atom)')).toBe('Porch Light Politics');
    expect(withFeed('Posts (Atom)')).toBeNull();
  });
});

describe('the name a footer signs with', () => {
  it('names the publication when nothing else does', () => {
    expect(
      publicationOf(
        `${ARTICLE}</article><p>You are receiving The Sluice Gate because you signed up.</p><p>© 2025 Someone Else</p>`,
        'Reservoirs at 41 percent',
      ),
    ).toBe('The Sluice Gate');
    expect(
      publicationOf(
        `${ARTICLE}</article><footer>Copyright © 2019–2025 Harbour Notes. All rights reserved.</footer>`,
        'Ferries',
      ),
    ).toBe('Harbour Notes');
  });

  it('takes no legal links listed after the copyright sign for a name', () => {
    const footer =
      '<footer><p>Hostly © 2026</p><a href="/legal/user-agreement">User Agreement</a> <a href="/legal/privacy">Privacy Policy</a></footer>';
    expect(publicationOf(`${ARTICLE}</article>${footer}`, 'Ferries')).toBeNull();
    expect(publicationOf(`${ARTICLE}</article><footer><p>© 2026 Harbour Notes</p></footer>`, 'Ferries')).toBe(
      'Harbour Notes',
    );
  });

  it('takes the name before the sign when a platform’s credit follows the year', () => {
    const footer = (inner: string) =>
      `${ARTICLE}</article><p>The April cleaning, in photos</p><footer><section>${inner}</section><nav><a href="/rss/">RSS</a></nav><div><a href="https://ghost.example/">Powered by Ghost</a></div></footer>`;
    expect(publicationOf(footer('<a href="/">Ditch &amp; Gate</a> © 2026'), 'Ferries')).toBe('Ditch & Gate');
    // Nothing before the sign but the page's last words: no name.
    expect(publicationOf(footer('© 2026'), 'Ferries')).toBeNull();
  });

  it('reads the name a theme writes before the year ("© Canal Street Notes 2026")', () => {
    expect(
      publicationOf(
        `${ARTICLE}</article><footer><p>© Canal Street Notes 2026 | <a href="/index.xml">RSS</a></p></footer>`,
        'Ferries',
      ),
    ).toBe('Canal Street Notes');
    expect(publicationOf(`${ARTICLE}</article><footer><p>© 2026</p></footer>`, 'Ferries')).toBeNull();
  });

  it('prefers the title’s piece the footer signs to the post’s own heading above the article', () => {
    const page = `<h1><span class="title">Lock gates late, again</span></h1>${ARTICLE}</article><footer><p>© Canal Street Notes 2026</p></footer>`;
    expect(publicationOf(page, 'Lock gates late, again | Canal Street Notes')).toBe('Canal Street Notes');
  });

  it('reads only the page’s end, and never a script', () => {
    const early = `<p>© 2025 Early Name</p>${'<p>filler words for the page body. </p>'.repeat(400)}`;
    expect(publicationOf(`${early}${ARTICLE}</article>`, 'Ferries')).toBeNull();
    expect(
      publicationOf(`${ARTICLE}</article><script>var c = "© 2025 Script Name";</script>`, 'Ferries'),
    ).toBeNull();
  });
});

describe('feed readers', () => {
  it('names the feed shown beside the entry, not the reader nor another feed', () => {
    const stream =
      '<ul class="feeds"><li class="item website"><a href="./?f=4">Reuters – Business</a></li></ul><div class="entry"><div class="website"><a href="./?f=17">Coldwater Capital</a></div><article><p>The words of the post, at some length, about the harbour and its ferries.</p></article></div>';
    expect(publicationOf(stream, '(27) Finance · FreshRSS')).toBe('Coldwater Capital');
    // The same markup without a feed reader's name is not read this way.
    expect(publicationOf(stream, 'Finance')).not.toBe('Coldwater Capital');
  });
});

describe('a note opening the body', () => {
  it('names the blog a repost first appeared on', () => {
    const body = `<article><h1>Ferries</h1><p><em>This post first appeared on <a href="https://harbour.example/">Harbour Notes</a>, my weekly letter.</em></p>${'<p>The words of the post, at some length.</p>'.repeat(4)}</article>`;
    expect(publicationOf(body, 'Ferries | Hostly')).toBe('Harbour Notes');
    // A quoted note is the quoted piece's, not the post's.
    const quoted = `<article><p>He wrote:</p><blockquote><p>This post first appeared on Harbour Notes, my weekly letter.</p></blockquote>${'<p>The words of the post.</p>'.repeat(4)}</article>`;
    expect(publicationOf(quoted, 'Ferries')).not.toBe('Harbour Notes');
  });
});

describe('a feed footer kept by a syndicated copy', () => {
  it('names the blog "The post … appeared first on", inside the article\'s wrapper too', () => {
    const body = `<article><div class="entry-content">${'<p>The words of the post, at some length.</p>'.repeat(4)}<p>The post <a href="https://late.example/a">Night buses cut</a> appeared first on <a href="https://late.example/">Late Service</a>.</p></div></article>`;
    expect(publicationOf(body, 'Night buses cut – Transit Hub')).toBe('Late Service');
    // The same words in a quotation are the quoted piece's.
    const quoted = `<article><p>Someone pasted:</p><blockquote><p>The post Night buses cut appeared first on Late Service.</p></blockquote>${'<p>The words of the post.</p>'.repeat(4)}</article>`;
    expect(publicationOf(quoted, 'Night buses cut – Transit Hub')).not.toBe('Late Service');
  });
});

describe("a front page titled with the site's name alone", () => {
  const page = (url: string, header = '<div id="header"><h1>Weir Watch</h1></div>') => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Weir Watch</title></head><body>${header}<article><h2>Sluice gate stuck</h2><p>The words of the post, at some length.</p></article></body>`;
    return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
  };
  it('names the site when the page is its root and the header shows the name', () => {
    expect(page('https://weirwatch.example/')).toBe('Weir Watch');
  });
  it("does not take a post page's title, nor a root page the header does not name", () => {
    expect(page('https://weirwatch.example/2026/12/sluice/')).toBeNull();
    expect(page('https://weirwatch.example/', '<div id="header"><h1>River notes</h1></div>')).toBeNull();
  });
});

describe('titles of numbered issues and mailing lists', () => {
  it('takes the name before an issue number, but not a word for the issue itself', () => {
    expect(publicationOf(`${ARTICLE}</article>`, 'Load Growth #88: the data centres arrive')).toBe(
      'Load Growth',
    );
    expect(publicationOf(`${ARTICLE}</article>`, 'Digest #318 | plots@lists.example.org')).toBe(null);
    expect(publicationOf(`${ARTICLE}</article>`, 'Weekly No. 12 | plots@lists.example.org')).toBe(null);
  });

  it('takes the other piece of a title whose piece only numbers the issue', () => {
    expect(publicationOf(`${ARTICLE}</article>`, 'The Cellar Door Brief — Week 49')).toBe(
      'The Cellar Door Brief',
    );
    expect(publicationOf(`${ARTICLE}</article>`, 'Vol. 3 | Towpath Letter')).toBe('Towpath Letter');
    expect(publicationOf(`${ARTICLE}</article>`, 'Digest | Week 49')).toBe(null);
  });

  it('takes the piece before an issue number whose colon opens the issue’s headline, never the headline', () => {
    expect(publicationOf(`${ARTICLE}</article>`, 'The Loaf Letter – No. 41: flour goes up again')).toBe(
      'The Loaf Letter',
    );
    expect(publicationOf(`${ARTICLE}</article>`, 'Issue 7: the ferry question | Tidewater Brief')).toBe(
      'Tidewater Brief',
    );
    expect(publicationOf(`${ARTICLE}</article>`, 'No. 41: flour goes up again')).not.toBe(
      'flour goes up again',
    );
  });

  it('does not take a list’s address for a publication', () => {
    expect(publicationOf(`${ARTICLE}</article>`, 'Water supply | plots-leith@lists.example.org')).toBe(null);
  });
});

describe('a company’s press section', () => {
  it('names the company, not its newsroom', () => {
    expect(siteName('Tidewell Heat Newsroom')).toBe('Tidewell Heat');
    expect(siteName('Acme Foods | Press Room')).toBe('Acme Foods');
    expect(siteName('Harbour Water Media Centre')).toBe('Harbour Water');
  });
  it('keeps a name that is only the word', () => {
    expect(siteName('Newsroom')).toBe('Newsroom');
  });
});

describe('a note.com article', () => {
  it('names no publication: note hosts its creators’ pages', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>路面電車の冬ダイヤを読む｜市電のある町</title><meta property="og:site_name" content="note（ノート）"><meta property="og:type" content="article"></head><body>${ARTICLE}</article></body>`;
    expect(
      findPublication(
        doc,
        'https://note.com/shiden_machi/n/n7a21c04be9d3',
        doc.querySelector('article'),
        defaultOutlets,
      ).name,
    ).toBeNull();
  });
});

describe('a site on a platform, a read-later view and a platform account', () => {
  const publicationOf = (url: string, html: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = html;
    return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
  };

  it('reads "X on Notion" as X, and keeps "on" before a word that is no platform', () => {
    expect(siteName('Harbour Swim Club on Notion')).toBe('Harbour Swim Club');
    expect(siteName('Notes on Trains')).toBe('Notes on Trains');
  });

  it('names the saved article’s blog in a read-later view, by its own words for the original’s domain', () => {
    const html = `<head><title>The ferry timetable – Omnivore</title></head><body><div><a href="https://kestrelquay.example/2026/12/02/ferry/" title="original">kestrelquay.example</a></div><article><p>The early crossing has gone again this winter, and the water taxi is full.</p><p>— Morag, Kestrel Quay</p></article></body>`;
    expect(publicationOf('https://omnivore.app/me/ferry', html)).toBe('Kestrel Quay');
    // Without the tool's name, the link above is no original's.
    expect(publicationOf('https://omnivore.app/me/ferry', html.replace(' – Omnivore', ''))).not.toBe(
      'Kestrel Quay',
    );
  });

  it('knows a read-later view by the tool’s name before a colon in its title', () => {
    const html = `<head><title>Instapaper: The ferry timetable</title></head><body><div><a href="https://kestrelquay.example/2026/12/02/ferry/">kestrelquay.example</a></div><article><p>The early crossing has gone again this winter, and the water taxi is full.</p><p>— Morag, Kestrel Quay</p></article></body>`;
    expect(publicationOf('https://www.instapaper.com/read/1', html)).toBe('Kestrel Quay');
    // A colon after a word that is no read-later tool's name says nothing.
    expect(
      publicationOf('https://www.instapaper.com/read/1', html.replace('Instapaper:', 'Update:')),
    ).not.toBe('Kestrel Quay');
  });

  it('names a web archive’s capture by its link to the captured site’s front page', () => {
    const html = `<head><title>The ferry timetable • archive.ph</title></head><body><div><a href="https://archive.ph/">archive.today</a> <a href="https://archive.ph/o/Kp3Wd/https://kestrelquay.example/">Home</a> <a href="https://archive.ph/o/Kp3Wd/https://kestrelquay.example/">Kestrel Quay</a></div><article><p>The early crossing has gone again this winter, and the water taxi is full.</p></article></body>`;
    expect(publicationOf('https://archive.ph/Kp3Wd', html)).toBe('Kestrel Quay');
    // The same link on a page that is no capture is the site's own.
    expect(publicationOf('https://copies.example/p/1', html)).not.toBe('Kestrel Quay');
  });

  it('names a platform account by the nickname shown above the article', () => {
    const html = `<head><title>江边的早点铺又开门了</title><meta property="og:site_name" content="微信公众平台"></head><body><div class="rich_media_meta_list"><span class="rich_media_meta_nickname">江边小馆</span></div><article><p>关了三个月的早点铺上周终于重新开门了。</p></article></body>`;
    expect(publicationOf('https://mp.weixin.qq.com/s/abc', html)).toBe('江边小馆');
  });
});

describe("a feed aggregator's page gathering several blogs", () => {
  const entry = (site: string, name: string, post: string) =>
    `<div class="entry"><h3><a href="https://${site}/">${name}</a></h3><h4><a href="https://${site}/${post}/">A post</a></h4><p>The words of the post, at some length, about the harbour and its ferries.</p></div>`;
  const named = (html: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Planet Harbour</title><meta property="og:site_name" content="Planet Harbour"></head><body>${html}</body>`;
    return findPublication(doc, 'https://copies.example/', doc.querySelector('article'), defaultOutlets).name;
  };

  it('names no publication when each entry sits under its blog linked to its front page', () => {
    expect(
      named(
        `<article>${entry('gullwatch.example', 'Gull Watch', '2026/12/terns')}${entry('quaylog.example', 'Quay Log', 'posts/cranes')}</article>`,
      ),
    ).toBeNull();
  });

  it('keeps the publication for one blog, for links to sites with no entry under them, or to the page’s own site', () => {
    const one = `<article>${entry('gullwatch.example', 'Gull Watch', '2026/12/terns')}${entry('gullwatch.example', 'Gull Watch', '2026/12/gulls')}</article>`;
    expect(named(one)).toBe('Planet Harbour');
    const blogroll =
      '<article><h3><a href="https://gullwatch.example/">Gull Watch</a></h3><p>A blog about gulls.</p><h3><a href="https://quaylog.example/">Quay Log</a></h3><p>A blog about quays.</p></article>';
    expect(named(blogroll)).toBe('Planet Harbour');
    const own = `<article>${entry('copies.example', 'Copies', '2026/12/one')}${entry('copies.example', 'Copies', '2026/12/two')}</article>`;
    expect(named(own)).toBe('Planet Harbour');
  });
});

describe('a web archive’s capture', () => {
  const CAPTURE =
    'https://web.archive.org/web/20140322101500/http://www.towpathledger.example/archives/2014/03/a.html';
  const capture = (url: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Lock gates, again | Towpath Ledger</title></head><body><div id="header"><a href="https://web.archive.org/web/20140322101500/http://www.towpathledger.example/">Towpath Ledger</a></div><h1>Lock gates, again</h1><article><p>The words of the post, at some length, about the canal and its locks.</p></article></body>`;
    return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
  };
  it('takes the captured site’s link home through the archive as a link home, confirming its title piece', () => {
    expect(capture(CAPTURE)).toBe('Towpath Ledger');
  });
});

describe('a feed reader’s header naming the feed', () => {
  it('reads the feed’s name from a title link classed in camel case (BazQux Reader)', () => {
    const html =
      '<div id="msgs"><div class="feedHeader"><a class="feedTitle" href="https://harbournotes.example/">Harbour Notes</a></div><div class="msg expanded"><article><p>The words of the post, at some length, about the harbour and its ferries.</p></article></div></div>';
    expect(publicationOf(html, 'Harbour Notes (2) — BazQux Reader')).toBe('Harbour Notes');
  });
});

describe('a blog name longer than five words', () => {
  it('is the title’s piece the link home shows, not the post’s title a heading shows', () => {
    const html =
      '<header><p class="site-title"><a href="https://corner.example/">Notes From the Corner of Halsey Street</a></p></header><article><h1>The bus stop moved again</h1><p>The words of the post, at some length, about the bus stop and the street.</p></article>';
    expect(publicationOf(html, 'The bus stop moved again – Notes From the Corner of Halsey Street')).toBe(
      'Notes From the Corner of Halsey Street',
    );
  });
  it('is not read from a long piece the link home does not show', () => {
    const html =
      '<header><p class="site-title"><a href="https://corner.example/">Halsey Notes</a></p></header><article><h1>The bus stop moved again</h1><p>The words of the post, at some length, about the bus stop and the street.</p></article>';
    expect(publicationOf(html, 'The bus stop moved again – Notes From the Corner of Halsey Street')).not.toBe(
      'Notes From the Corner of Halsey Street',
    );
  });
});

describe('a site name opening on the platform’s name', () => {
  it('is the blog’s own name after it', () => {
    expect(siteName('네이버 블로그 | 바닷가 작은 책방')).toBe('바닷가 작은 책방');
    expect(siteName('Medium | Notes from the Quay')).toBe('Notes from the Quay');
    expect(siteName('Harbour Notes | A blog about the quay and its boats')).toBe('Harbour Notes');
  });
});

describe('a front page whose masthead stands in the column of posts', () => {
  const front = (masthead: string, title = 'Hill Notes') => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>${title}</title></head><body><div class="contents">${masthead}<div class="item"><p>The words of the post, at some length, about the hill and its buses.</p></div></div><div class="logo"><ul><li><a href="https://hill.example/">Home</a></li><li><a href="https://hill.example/?archive=1">Archives</a></li></ul></div></body>`;
    return findPublication(doc, 'https://hill.example/', doc.querySelector('.contents'), defaultOutlets).name;
  };

  it('names the blog by the title its link home shows, inside the body found too', () => {
    expect(front('<h1><a href="https://hill.example/">Hill Notes</a></h1>')).toBe('Hill Notes');
  });

  it('never takes a menu’s "Home" for the site’s name', () => {
    expect(front('<h1>Hill Notes</h1>', 'Hill Notes, a blog from Thimphu about the hill')).not.toBe('Home');
  });
});

describe('a blog in a folder of a shared host', () => {
  const BODY =
    '<article><p>The words of the post, at some length, about the bus to the Arctic Circle.</p></article>';
  const at = (url: string, head: string, header: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head>${head}</head><body><header>${header}</header>${BODY}<footer>© ${new URL(url).hostname.replace(/^www\./, '')}</footer></body>`;
    return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
  };

  it('names the blog by the link to its folder where the title closes on the host', () => {
    expect(
      at(
        'https://www.kotiblogit.example/blogit/tunturin-takaa/bussi-8/',
        '<title>Bussi 8 | Tunturin takaa | Kotiblogit.example</title>',
        '<a class="site-blog-name" href="https://www.kotiblogit.example/blogit/tunturin-takaa/">Tunturin takaa</a>',
      ),
    ).toBe('Tunturin takaa');
  });

  it('names the blog by the link to its handle’s folder where og:site_name is the host', () => {
    expect(
      at(
        'https://jotted.example/@HarbourWeek/118/fog',
        '<title>Fog | Harbour Week</title><meta property="og:site_name" content="Jotted">',
        '<a href="https://jotted.example/@HarbourWeek">Harbour Week</a>',
      ),
    ).toBe('Harbour Week');
  });

  it('takes no section’s link, nor a link whose words do not spell its folder', () => {
    expect(
      at(
        'https://www.harbourtimes.example/politics/ferry-vote',
        '<title>Ferry vote | Politics | Harbourtimes.example</title>',
        '<span>Harbour Times</span> <a href="https://www.harbourtimes.example/politics/">Politics</a>',
      ),
    ).not.toBe('Politics');
    expect(
      at(
        'https://jotted.example/@hw2231/118/fog',
        '<title>Fog</title><meta property="og:site_name" content="Jotted">',
        '<a href="https://jotted.example/@hw2231">Harbour Week</a>',
      ),
    ).toBe('Jotted');
  });
});
