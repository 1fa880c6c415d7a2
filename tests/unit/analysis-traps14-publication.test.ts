// Publications of the twenty-second held-out set's kinds (publication.ts, data/platform-names.json): a review
// site's and a requests site's pages name no publication, by their title or by their address; a documentation
// generator's title names the project; a feed reader's "entry-source" label names the feed.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { docsProjectTitle, findPublication, isProjectDocs } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page as pageIn } from './analysis-page-helpers';

const page = (html: string, head: string): Document => pageIn(html, 'en', head);

const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('review sites and requests sites (communityHosts)', () => {
  it('lists the families, each name once, in lower case', () => {
    for (const name of ['trustpilot', 'yelp', 'tripadvisor', 'whatdotheyknow', 'asktheeu.org', 'muckrock'])
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
  });

  it('names no publication for a page whose title ends on the site', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Quayside Fish Bar - Updated December 2026 - 41 Reviews - Yelp</title>',
    );
    expect(publicationOf(doc, 'https://www.yelp.co.uk/biz/quayside-fish-bar')).toBeNull();
  });

  it('names no publication, nor the platform’s company in its footer, on the site’s own address', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div><footer><p>© 2026 Trustpilot A/S. All rights reserved.</p></footer>`,
      '<title>Quayside Fish Bar Reviews | Read Customer Service Reviews of quaysidefish.example</title>',
    );
    expect(publicationOf(doc, 'https://de.trustpilot.com/review/quaysidefish.example')).toBeNull();
    expect(publicationOf(doc, 'https://www.muckrock.com/foi/harbour-walls-1/')).toBeNull();
  });

  it('still names a member’s own site on a subdomain of a host', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Harbour walls | Quay Notes</title><meta property="og:site_name" content="Quay Notes">',
    );
    expect(publicationOf(doc, 'https://quaynotes.github.io/harbour-walls/')).toBe('Quay Notes');
    // A site whose domain only contains a host's name is no host's.
    expect(publicationOf(doc, 'https://yelpingdogs.example/harbour-walls/')).toBe('Quay Notes');
  });
});

describe('a documentation generator’s title (docsProjectTitle)', () => {
  it('drops the version and the word from the last piece', () => {
    expect(docsProjectTitle('Licensing FAQ — Kelpwire 2.4.1 documentation')).toBe('Licensing FAQ — Kelpwire');
    expect(docsProjectTitle('Install - Kelpwire v0.9rc1 documentation')).toBe('Install - Kelpwire');
    expect(docsProjectTitle('Quickstart — Kelpwire documentation')).toBe('Quickstart — Kelpwire');
  });

  it('leaves a title with no such piece, or a piece that is all "documentation", as it is', () => {
    expect(docsProjectTitle('Kelpwire 2.4 documentation')).toBe('Kelpwire 2.4 documentation');
    expect(docsProjectTitle('Why our documentation matters | Quay Notes')).toBe(
      'Why our documentation matters | Quay Notes',
    );
  });

  it('names the project as the publication, and says the page is its documentation', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Licensing FAQ — Kelpwire 2.4 documentation</title>',
    );
    expect(publicationOf(doc, 'https://kelpwire.readthedocs.io/en/stable/faq.html')).toBe('Kelpwire');
    expect(isProjectDocs(doc)).toBe(true);
    expect(isProjectDocs(page(ARTICLE, '<title>Licensing FAQ | Quay Notes</title>'))).toBe(false);
  });
});

describe('a feed reader’s entry source label', () => {
  it('names the feed by the label beside the entry (selfoss’s "entry-source")', () => {
    const doc = page(
      `<div class="entry"><h3 class="entry-title">Harbour walls</h3><span class="entry-source">Quay Notes</span>
       <div class="body">${ARTICLE}</div></div>`,
      '<title>selfoss</title>',
    );
    expect(publicationOf(doc, 'https://reader.example.net/#/unread/source-2')).toBe('Quay Notes');
  });
});
