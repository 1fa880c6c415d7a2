// Publications of the twenty-first held-out set's kinds (publication.ts, user-page.ts, data/platform-names.json):
// a memorial, a fundraiser, a debate's record, a bookmark collection and writers' posts on shared platforms name
// no publication; nor does a customer's post in a help centre's community; a feed reader's subscription link
// names the feed.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { isHelpCentrePost } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  return doc;
}

const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('hosts of members’ pages (communityHosts)', () => {
  const hosts: Array<[string, string, string]> = [
    [
      'Find a Grave',
      'Ada Moss (1901-1977) - Find a Grave Memorial',
      'https://www.findagrave.com/memorial/1/ada-moss',
    ],
    ['GoFundMe', 'Mend the harbour wall, organized by Ada Moss', 'https://www.gofundme.com/f/mend-the-wall'],
    [
      'TheyWorkForYou',
      'Harbours: 3 Dec 2026: Commons debates - TheyWorkForYou',
      'https://www.theyworkforyou.com/debates/?id=1',
    ],
    ['Raindrop.io', 'Harbour walls — Raindrop.io', 'https://raindrop.io/adamoss/harbour-walls-1'],
    ['Svbtle', 'The harbour wall — Ada Moss', 'https://adamoss.svbtle.com/the-harbour-wall'],
    ['Matters', '海堤又崩了 - Matters', 'https://matters.town/@adamoss/harbour-wall'],
  ];

  it('lists each host once, in lower case, apart from the platforms', () => {
    for (const [site] of hosts) {
      const name = site.toLowerCase();
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
      expect(platformNames.platforms).not.toContain(name);
    }
  });

  it.each(hosts)('names no publication for a page on %s', (site, title, url) => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      `<title>${title}</title><meta property="og:site_name" content="${site}">`,
    );
    expect(publicationOf(doc, url)).toBeNull();
  });

  it('still names a blog whose own name is a host’s word inside a longer title piece', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Harbour walls | What Matters Here</title><meta property="og:site_name" content="What Matters Here">',
    );
    expect(publicationOf(doc, 'https://whatmattershere.example/harbour-walls')).toBe('What Matters Here');
  });
});

describe('a customer’s post in a help centre’s community (isHelpCentrePost)', () => {
  it('knows a community post by its address', () => {
    expect(isHelpCentrePost('https://help.example.io/hc/en-us/community/posts/8812734-Price-change')).toBe(
      true,
    );
    expect(isHelpCentrePost('https://support.example.com/hc/community/posts/4400918827')).toBe(true);
    expect(isHelpCentrePost('https://help.example.io/hc/pt-br/community/posts/3301')).toBe(true);
  });

  it('leaves the help centre’s own articles and other paths alone', () => {
    expect(isHelpCentrePost('https://help.example.io/hc/en-us/articles/360001-Billing')).toBe(false);
    expect(isHelpCentrePost('https://help.example.io/hc/en-us/community/topics/3600041-Billing')).toBe(false);
    expect(isHelpCentrePost('https://blog.example.io/community/posts/12')).toBe(false);
    expect(isHelpCentrePost(null)).toBe(false);
  });

  it('names no publication for such a post, the help centre’s name aside', () => {
    const head =
      '<title>Refunds? – Larchfield Help Centre</title><meta property="og:site_name" content="Larchfield Help Centre">';
    const post = page(`<div class="body">${ARTICLE}</div>`, head);
    expect(publicationOf(post, 'https://help.larchfield.app/hc/en-gb/community/posts/44-Refunds')).toBeNull();
    const article = page(`<div class="body">${ARTICLE}</div>`, head);
    expect(publicationOf(article, 'https://help.larchfield.app/hc/en-gb/articles/44-Refunds')).toBe(
      'Larchfield Help Centre',
    );
  });
});

describe('a feed reader’s subscription link (subscribedFeedName)', () => {
  const entry = (feedHref: string, label: string) =>
    page(
      `<main><article><div class="EntryHeader"><a href="https://saltpans.example/2026/12/tides/"><h1>Tides</h1></a>` +
        `<div class="EntryMetadata"><span class="EntryMetadataSource"><a href="${feedHref}">${label}</a></span></div></div>` +
        `<div class="body">${ARTICLE}</div></article></main>`,
      '<title>Feedly</title>',
    );

  it('names the feed whose address is on the site the entry links to', () => {
    const doc = entry(
      'https://feedly.com/i/subscription/feed%2Fhttps%3A%2F%2Fsaltpans.example%2Ffeed%2F',
      'Salt Pans',
    );
    expect(publicationOf(doc, 'https://feedly.com/i/entry/abc')).toBe('Salt Pans');
  });

  it('takes no link to another site’s feed', () => {
    const doc = entry(
      'https://feedly.com/i/subscription/feed%2Fhttps%3A%2F%2Fotherblog.example%2Ffeed%2F',
      'Other Blog',
    );
    expect(publicationOf(doc, 'https://feedly.com/i/entry/abc')).not.toBe('Other Blog');
  });
});
