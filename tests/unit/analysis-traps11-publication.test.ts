// Publications of the nineteenth held-out set's kinds (publication.ts, user-page.ts, data/platform-names.json):
// platforms whose pages are no publication, a group's pages on an event platform, a blog in a platform's reader,
// a numbered post under a masthead, a home link before a place, a byline to the site's about page.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { isUserContribution } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  return doc;
}

const ARTICLE = '<p>The words of the post, at some length, about the ferry and the price of diesel.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('platform-names.json: groupHosts', () => {
  it('lists each group host once, in lower case, apart from the other lists', () => {
    expect(platformNames.groupHosts.length).toBeGreaterThan(0);
    for (const name of platformNames.groupHosts) {
      expect(name).toBe(name.toLowerCase().trim());
      expect(platformNames.communityHosts).not.toContain(name);
      expect(platformNames.platforms).not.toContain(name);
    }
  });
});

describe('pages of shared platforms (communityHosts, platforms)', () => {
  it('names no publication for a petition or a genealogy profile', () => {
    const petition = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Petition · Save the pier · Change.org</title><meta property="og:site_name" content="Change.org">',
    );
    expect(publicationOf(petition, 'https://www.change.org/p/save-the-pier')).toBeNull();
    const profile = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Ann (Lee) Moss (1840-1901) | WikiTree FREE Family Tree</title>',
    );
    expect(publicationOf(profile, 'https://www.wikitree.com/wiki/Lee-1')).toBeNull();
  });

  it('names no publication for a Dzen channel’s article, neither the platform nor the channel', () => {
    const doc = page(
      `<a href="https://dzen.ru/bereg_prichudya">Берег Причудья</a><div class="body">${ARTICLE}</div>`,
      '<title>Лодка | Берег Причудья | Дзен</title><meta property="og:site_name" content="Дзен">',
    );
    expect(publicationOf(doc, 'https://dzen.ru/a/Y2hvZGlrYWxvZGth')).toBeNull();
    const bare = page(`<div class="body">${ARTICLE}</div>`, '<title>Лодка</title>');
    expect(publicationOf(bare, 'https://dzen.ru/a/Y2hvZGlrYWxvZGth')).toBeNull();
  });

  it('names a Teletype blog by its own name, not the platform’s', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Diesel again — Pier Notes — Teletype</title><meta property="og:site_name" content="Teletype">',
    );
    expect(publicationOf(doc, 'https://teletype.in/@piernotes/diesel')).toBe('Pier Notes');
  });
});

describe('a group’s page on a host of groups’ pages (groupOnHost)', () => {
  const head = '<title>Night ride | Meetup</title><meta property="og:site_name" content="Meetup">';
  it('names the group by the link to the folder its page is under', () => {
    const doc = page(
      `<a href="https://www.meetup.com/harbour-cyclists/">Harbour Cyclists</a><div class="body">${ARTICLE}</div>`,
      head,
    );
    expect(publicationOf(doc, 'https://www.meetup.com/harbour-cyclists/events/12/')).toBe('Harbour Cyclists');
  });

  it('names none when no link to that folder spells it', () => {
    const other = page(
      `<a href="https://www.meetup.com/harbour-cyclists/">Our group</a><a href="https://www.meetup.com/find/">Find</a><div class="body">${ARTICLE}</div>`,
      head,
    );
    expect(publicationOf(other, 'https://www.meetup.com/harbour-cyclists/events/12/')).toBeNull();
    const elsewhere = page(
      `<a href="https://www.meetup.com/harbour-cyclists/">Harbour Cyclists</a><div class="body">${ARTICLE}</div>`,
      head,
    );
    expect(publicationOf(elsewhere, 'https://www.meetup.com/quay-runners/events/12/')).toBeNull();
  });
});

describe('a blog in a blogging platform’s reader (entryBlogName)', () => {
  const reader = (siteHref: string) =>
    page(
      `<a href="https://wordpress.com/read">Reader</a><a href="${siteHref}">Tern Point</a><article class="body"><h1><a href="https://ternpoint.wordpress.com/2026/12/01/terns/">Terns</a></h1>${ARTICLE}</article>`,
      '<title>Terns &lsaquo; Reader &mdash; WordPress.com</title>',
    );
  it('names the blog by the link to the front page of the site the heading links to', () => {
    expect(
      publicationOf(reader('https://ternpoint.wordpress.com'), 'https://wordpress.com/read/feeds/1/posts/2'),
    ).toBe('Tern Point');
  });
  it('takes no link to another site or to a post for the blog’s', () => {
    expect(
      publicationOf(reader('https://other.wordpress.com'), 'https://wordpress.com/read/feeds/1/posts/2'),
    ).toBeNull();
    expect(
      publicationOf(
        reader('https://ternpoint.wordpress.com/about/'),
        'https://wordpress.com/read/feeds/1/posts/2',
      ),
    ).toBeNull();
  });
});

describe('title pieces confirmed by the page (publication.ts)', () => {
  it('lets a masthead name the site over a numbered post’s label', () => {
    const masthead = page(
      `<font><b>PIER WATCH</b></font><div class="body">${ARTICLE}</div>`,
      '<title>PIER WATCH - tide log #4</title>',
    );
    expect(publicationOf(masthead, 'https://pierwatch.example/log-4.html')).toBe('PIER WATCH');
    // Without the masthead, the numbered piece names a newsletter.
    const newsletter = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Pier Lines #41: the diesel price</title>',
    );
    expect(publicationOf(newsletter, 'https://pierlines.example/41')).toBe('Pier Lines');
  });

  it('reads a home link’s words before a comma and a place in the title', () => {
    const doc = page(
      `<div id="logo"><a href="https://oldpupils.example/">Bay School Old Pupils</a></div><h1>History</h1><div class="body">${ARTICLE}</div>`,
      '<title>History - Bay School Old Pupils, Largs</title>',
    );
    expect(publicationOf(doc, 'https://oldpupils.example/history')).toBe('Bay School Old Pupils');
  });
});

describe('a byline to the site’s about page (user-page.ts)', () => {
  const doc = (href: string) =>
    page(
      `<article class="body"><a class="author" href="${href}">Jo Lark</a>${ARTICLE}</article>`,
      '<title>Diesel - Pier Notes</title>',
    );
  it('is no poster’s profile', () => {
    const about = doc('/about/');
    expect(
      isUserContribution(about, about.querySelector('.body'), 'https://piernotes.example/posts/diesel/'),
    ).toBe(false);
    const poster = doc('/jolark');
    expect(
      isUserContribution(poster, poster.querySelector('.body'), 'https://piernotes.example/posts/diesel/'),
    ).toBe(true);
  });
});
