// Hosts of others' pages in the twenty-fourth held-out set's traps: a marketplace's listing, a trail guide's page and
// an obituary host's page name no publication (data/platform-names.json, publication.ts); an obituary is read with
// its guest book, and a trail's notes with its walkers' reviews (thread.ts).
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { hostedPageRoot, hostedThreadRoot } from '../../utils/analysis/thread';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('marketplaces, trail guides and obituary hosts (communityHosts)', () => {
  it('lists the families, each name once, in lower case', () => {
    for (const name of ['etsy', 'ebay', 'finn.no', 'alltrails', 'wikiloc', 'legacy.com', 'echovita'])
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
    for (const name of platformNames.communityHosts) expect(name).toBe(name.toLowerCase());
  });

  it('names no publication for a comment on a rule-making docket, though its logo of words links home', () => {
    const doc = page(
      `<header><a class="usa-logo" href="/">Regulations.gov</a></header><div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Regulations.gov</title>',
    );
    expect(publicationOf(doc, 'https://www.regulations.gov/comment/ABC-2026-0001-0002')).toBeNull();
    // The same header on a blog's own site names the blog.
    const blog = page(
      `<header><a class="site-logo" href="/">Harbour Wall Notes</a></header><div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Winter storms</title>',
    );
    expect(publicationOf(blog, 'https://harbourwallnotes.example/2026/12/storms/')).toBe(
      'Harbour Wall Notes',
    );
  });

  it('names no publication for a listing on the marketplace’s own domain, whatever its title ends on', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Hand-bound notebook - Etsy UK</title>',
    );
    expect(publicationOf(doc, 'https://www.etsy.com/uk/listing/1/notebook')).toBeNull();
    expect(publicationOf(doc, 'https://www.finn.no/bap/forsale/ad.html?finnkode=1')).toBeNull();
  });

  it('names no publication for an obituary whose title ends on the paper that placed it', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Ann Lee Obituary - Mystic, CT - The Day</title>',
    );
    expect(publicationOf(doc, 'https://www.legacy.com/us/obituaries/theday/name/ann-lee?id=1')).toBeNull();
    // A hyphen in the host's domain is spelled away as in its name.
    expect(
      publicationOf(doc, 'https://funeral-notices.co.uk/national/all-notices/notice/ann-lee/1'),
    ).toBeNull();
    // The paper's own site keeps its name.
    expect(publicationOf(doc, 'https://www.theday.com/obituaries/ann-lee')).not.toBeNull();
  });
});

describe('an obituary’s guest book (hostedThreadRoot)', () => {
  const doc = page(
    `<main><section class="obit">${ARTICLE}</section><section class="GuestBook"><p>Rest easy, Walt.</p></section></main>`,
  );
  const post = doc.querySelector('.obit') as Element;

  it('reads the obituary with its guest book on a community host', () => {
    expect(hostedThreadRoot(doc, post, true)).toBe(doc.querySelector('main'));
    expect(hostedThreadRoot(doc, post, false)).toBeNull();
  });

  it('reads a condolences box so too, and no other box after the post', () => {
    const other = page(
      `<main><section class="obit">${ARTICLE}</section><section class="condolences-wall"><p>With love.</p></section></main>`,
    );
    expect(hostedThreadRoot(other, other.querySelector('.obit') as Element, true)).not.toBeNull();
    const none = page(
      `<main><section class="obit">${ARTICLE}</section><section class="nearby"><p>Other trails.</p></section></main>`,
    );
    expect(hostedThreadRoot(none, none.querySelector('.obit') as Element, true)).toBeNull();
  });
});

describe('members’ reviews under a trail’s notes (hostedPageRoot)', () => {
  const reviews = (attr: string) =>
    page(
      `<main><section class="notes">${ARTICLE}</section><section class="reviews"><div ${attr}><p>Lovely walk.</p></div><div ${attr}><p>Muddy.</p></div></section></main>`,
    );

  it('reads the main region when the body found is two reviews or more, by itemprop or by class', () => {
    for (const attr of ['itemprop="review"', 'class="Review-module__review"', 'class="trail-review"']) {
      const doc = reviews(attr);
      expect(hostedPageRoot(doc, doc.querySelector('.reviews') as Element, null, true)).toBe(
        doc.querySelector('main'),
      );
    }
  });

  it('not for boxes merely named after reviews, nor off a community host', () => {
    const doc = reviews('class="reviews-summary"');
    expect(hostedPageRoot(doc, doc.querySelector('.reviews') as Element, null, true)).toBeNull();
    const off = reviews('itemprop="review"');
    expect(hostedPageRoot(off, off.querySelector('.reviews') as Element, null, false)).toBeNull();
  });
});
