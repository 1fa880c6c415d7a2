// Publications of the twenty-third held-out set's trap kinds (publication.ts, user-page.ts,
// data/platform-names.json): a lyrics site's song page and a committee-management system's minutes name no
// publication, the second by its generator; a company's docs site is the company's; a feed titled by its format
// names no blog; a link aggregator's posters' pages at "/~handle" make its story page a thread.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { isUserContribution } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page as pageIn } from './analysis-page-helpers';

const page = (html: string, head: string): Document => pageIn(html, 'en', head);
const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('lyrics sites and committee-management systems (communityHosts)', () => {
  it('lists the families, each name once, in lower case', () => {
    for (const name of ['genius', 'genius lyrics', 'musixmatch', 'modern.gov', 'legistar'])
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
  });

  it('names no publication for a song page whose title ends on the lyrics site', () => {
    const doc = page(`<div class="body">${ARTICLE}</div>`, '<title>Tide Song Lyrics | Genius Lyrics</title>');
    expect(publicationOf(doc, 'https://lyrics.example/tide-song')).toBeNull();
  });

  it('names no publication for minutes the committee system made, by its generator, version aside', () => {
    const head = (generator: string) =>
      `<title>Minutes: Harbour Committee - Tuesday, 1st December, 2026</title><meta name="generator" content="${generator}">`;
    const body = `<h1>Minutes</h1><div class="body">${ARTICLE}</div>`;
    expect(
      publicationOf(page(body, head('modern.gov')), 'https://democracy.council.example/ieListDocuments.aspx'),
    ).toBeNull();
    expect(publicationOf(page(body, head('Legistar 5.2')), 'https://council.example/minutes/12')).toBeNull();
    // Another generator leaves the page's own name to the other readings.
    expect(
      publicationOf(
        page(
          `<div class="body">${ARTICLE}</div>`,
          '<title>Harbour walls | Quay Notes</title><meta name="generator" content="Hugo 0.139.0">',
        ),
        'https://quaynotes.example/harbour-walls/',
      ),
    ).toBe('Quay Notes');
  });
});

describe('a company’s documentation site (DOCS_SITE)', () => {
  it('names the company, not its docs site’s label', () => {
    const doc = page(
      `<header><a href="https://docs.tidewell.example/">Tidewell Developer Docs</a></header><div class="body">${ARTICLE}</div>`,
      '<title>Rate limits | Tidewell Developer Docs</title>',
    );
    expect(publicationOf(doc, 'https://docs.tidewell.example/limits')).toBe('Tidewell');
    const api = page(
      `<div class="body">${ARTICLE}</div>`,
      '<meta property="og:site_name" content="Kelpwire API Documentation">',
    );
    expect(publicationOf(api, 'https://kelpwire.example/docs/limits')).toBe('Kelpwire');
  });

  it('keeps a name whose docs word follows no capitalised name', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<meta property="og:site_name" content="Write the Docs">',
    );
    expect(publicationOf(doc, 'https://writethedocs.example/blog/post/')).toBe('Write the Docs');
  });
});

describe('a feed titled by its format (FEED_FORMAT_FIRST)', () => {
  it('reads "RSS 2.0 - Comments" as what the feed carries, no blog’s name', () => {
    const head = (title: string) =>
      `<title>A story</title><link rel="alternate" type="application/rss+xml" title="${title}" href="/s/1.rss">`;
    expect(
      publicationOf(
        page(`<div class="body">${ARTICLE}</div>`, head('RSS 2.0 - Comments')),
        'https://links.example/s/1',
      ),
    ).not.toBe('RSS 2.0 - Comments');
    expect(
      publicationOf(
        page(`<div class="body">${ARTICLE}</div>`, head('Quay Notes (RSS 2.0)')),
        'https://quaynotes.example/p/',
      ),
    ).toBe('Quay Notes');
  });
});

describe('a link aggregator’s posters at "/~handle" (user-page.ts)', () => {
  const URL_ = 'https://links.example/s/k4rt2m/a_story';
  const of = (byline: string, url = URL_) => {
    const doc = page(
      `<article>${ARTICLE}<div class="byline">via ${byline}</div></article>`,
      '<title>A story</title>',
    );
    return isUserContribution(doc, doc.querySelector('article'), url);
  };

  it('reads a byline to "/~handle" on the same site as a poster’s', () => {
    expect(of('<a href="/~ferrule">ferrule</a>')).toBe(true);
  });

  it('reads a link to the tilde home the page itself is under as no poster’s', () => {
    expect(of('<a href="/~jsmith/">J. Smith</a>', 'https://uni.example/~jsmith/notes/harbour.html')).toBe(
      false,
    );
  });
});
