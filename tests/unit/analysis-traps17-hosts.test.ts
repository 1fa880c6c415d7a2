// Hosts of others' pages in the twenty-fifth held-out set's traps: an online store's product page, a booking site's
// property page, a community Q&A site's question, a classifieds family's ad and a council's record on a
// legislation host's subdomain name no publication (data/platform-names.json, publication.ts); a description is
// read with the reviews after it where the page has no main region (thread.ts); a form wrapping the whole page is
// no sign-up box (find-article.ts).
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findArticle } from '../../utils/analysis/find-article';
import { findPublication, onCommunityHost } from '../../utils/analysis/publication';
import { hostedPageRoot } from '../../utils/analysis/thread';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('stores, booking sites, Q&A sites and classifieds (communityHosts)', () => {
  it('lists the families once each', () => {
    for (const name of ['amazon', 'booking.com', 'airbnb', 'ask metafilter', 'metafilter', 'jiji'])
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
  });

  it('names no publication on the host’s own domain in any country, whatever the title ends on', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Amazon.co.uk: Kettle : Home &amp; Kitchen</title>',
    );
    expect(publicationOf(doc, 'https://www.amazon.co.uk/Kettle/dp/B0XXXXXXX1')).toBeNull();
    expect(publicationOf(doc, 'https://www.amazon.de/Kettle/dp/B0XXXXXXX1')).toBeNull();
    const hotel = page(
      `<div class="body">${ARTICLE}</div>`,
      'it',
      '<title>Casa Bella, Tirano – Prezzi aggiornati per il 2026</title>',
    );
    expect(publicationOf(hotel, 'https://www.booking.com/hotel/it/casa-bella.it.html')).toBeNull();
    const ad = page(
      `<div class="body">${ARTICLE}</div>`,
      'sw',
      '<title>Kiwanja Mombasa | Jiji.co.ke</title>',
    );
    expect(publicationOf(ad, 'https://jiji.ng/lagos/land/plot-1.html')).toBeNull();
  });

  it('names no publication for a question whose title ends on the Q&A site’s name, on its subdomain', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Heat off at night? - tenant | Ask MetaFilter</title>',
    );
    expect(publicationOf(doc, 'https://ask.metafilter.com/1/Heat-off-at-night')).toBeNull();
  });
});

describe('a council’s record on its subdomain of a legislation host (bodySubdomainHosts)', () => {
  it('is on a community host by its domain alone', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>City of Lakemont - File #: 26-1</title>',
    );
    expect(onCommunityHost(doc, 'https://lakemont.legistar.com/LegislationDetail.aspx?ID=1')).toBe(true);
    expect(publicationOf(doc, 'https://lakemont.legistar.com/LegislationDetail.aspx?ID=1')).toBeNull();
  });

  it('not a member’s subdomain of another host', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Winter storms | Harbour Notes</title>',
    );
    expect(onCommunityHost(doc, 'https://harbournotes.github.io/2026/storms/')).toBe(false);
  });
});

describe('a description with its reviews after it, no main region (hostedPageRoot)', () => {
  const reviews = `<div class="guest-reviews"><div class="review_item"><p>Lovely stay.</p></div><div class="review_item"><p>Noisy square.</p></div></div>`;

  it('reads the nearest element holding both on a community host', () => {
    const doc = page(`<div class="wrap"><div class="desc">${ARTICLE}</div>${reviews}</div>`);
    const desc = doc.querySelector('.desc') as Element;
    expect(hostedPageRoot(doc, desc, null, true)).toBe(doc.querySelector('.wrap'));
    expect(hostedPageRoot(doc, desc, null, false)).toBeNull();
  });

  it('not when the reviews come before the description, nor when only the body holds both', () => {
    const before = page(`<div class="wrap">${reviews}<div class="desc">${ARTICLE}</div></div>`);
    expect(hostedPageRoot(before, before.querySelector('.desc') as Element, null, true)).toBeNull();
    const bare = page(`<div class="desc">${ARTICLE}</div>${reviews}`);
    expect(hostedPageRoot(bare, bare.querySelector('.desc') as Element, null, true)).toBeNull();
  });
});

describe('a form wrapping the whole page (findArticle)', () => {
  const body = `<div class="post"><p>${'The committee met on Tuesday and heard from the bus operator about the evening runs. '.repeat(4)}</p><p>${'Shift workers at the retail park will be hit hardest by the change to the timetable. '.repeat(4)}</p></div>`;

  it('finds the article inside a form standing for the page', () => {
    const doc = page(`<form id="aspnetForm"><div id="header"><a href="/">Home</a></div>${body}</form>`);
    expect(findArticle(doc)).toBe(doc.querySelector('.post'));
  });

  it('still sets aside a form holding only part of the page', () => {
    const doc = page(
      `${body}<form class="signup"><p>${'Sign up for our letters and hear about every meeting first. '.repeat(3)}</p></form>`,
    );
    expect(findArticle(doc)).toBe(doc.querySelector('.post'));
    const inner = page(
      `<div class="page"><form>${body}</form><p>${'Other words of the page outside the form. '.repeat(20)}</p></div>`,
    );
    expect(findArticle(inner)).not.toBe(inner.querySelector('.post'));
  });
});
