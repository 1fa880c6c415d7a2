// Hosts of others' pages in the twenty-sixth held-out set's traps: a case-law database's opinion, a classified
// ad, a photo page and a fediverse server's thread name no publication (data/platform-names.json, publication.ts,
// user-page.ts); a photo page is read with its comments, a memorial website with its tributes (thread.ts).
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { hostedThreadRoot } from '../../utils/analysis/thread';
import { isUserContribution } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const ARTICLE = '<p>The words of the page, at some length, about the harbour wall and the winter storms.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('case-law databases, Belgian classifieds and photo-sharing sites (communityHosts)', () => {
  it('lists the families, each name once, in lower case', () => {
    for (const name of ['courtlistener', 'canlii', 'justia', '2dehands', '2ememain', 'flickr', '500px'])
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
  });

  it('names no publication for an opinion, an ad or a photo on the host’s own domain', () => {
    const doc = (title: string) =>
      page(`<div class="body">${ARTICLE}</div>`, 'en', `<title>${title}</title>`);
    expect(
      publicationOf(
        doc('Dorsey v. Kettleman (Wash. Ct. App. 2026) – CourtListener.com'),
        'https://www.courtlistener.com/opinion/1/dorsey-v-kettleman/',
      ),
    ).toBeNull();
    expect(
      publicationOf(doc('Bakfiets | Schaarbeek | 2dehands'), 'https://www.2dehands.be/v/fietsen/m1-bakfiets'),
    ).toBeNull();
    expect(publicationOf(doc('The stone | Flickr'), 'https://www.flickr.com/photos/someone/1/')).toBeNull();
    // A blog of the same build names itself.
    expect(publicationOf(doc('The stone | Quay Notes'), 'https://quaynotes.example/the-stone/')).toBe(
      'Quay Notes',
    );
  });
});

describe('a fediverse server’s thread (FEDIVERSE_PROFILE)', () => {
  const thread = (root: string) =>
    page(
      `<div class="app-holder" ${root}><div class="status"><a href="/@samokafor"><strong>Sam</strong></a><div class="body">${ARTICLE}</div></div><div class="status"><a href="/@kay@toot.wales">Kay</a><p>A reply.</p></div></div>`,
    );

  it('reads "/@handle" and "/@handle@server" as posters’ pages on Mastodon’s web app', () => {
    const doc = thread('id="mastodon"');
    expect(isUserContribution(doc, doc.querySelector('.body'), 'https://toot.example/@samokafor/1')).toBe(
      true,
    );
  });

  it('not on another site, where "/@writer" is a publication’s writer (Medium)', () => {
    const doc = thread('id="app"');
    expect(isUserContribution(doc, doc.querySelector('.body'), 'https://medium.example/@samokafor/1')).toBe(
      false,
    );
  });
});

describe('a memorial website’s tributes (hostedThreadRoot)', () => {
  const memorial = (tributes: string) =>
    page(
      `<main><section id="story"><div class="body">${ARTICLE}</div></section><section id="tributes">${tributes}</section></main>`,
    );

  it('reads the life story with the tributes under it', () => {
    const doc = memorial('<div class="tribute"><div class="tribute-text"><p>Rest easy.</p></div></div>');
    expect(hostedThreadRoot(doc, doc.querySelector('.body')!, true)?.tagName).toBe('MAIN');
  });

  it('not for a box of attributes, whose class only holds the word', () => {
    const doc = memorial('<div class="attribute-list"><p>Size: large.</p></div>');
    expect(hostedThreadRoot(doc, doc.querySelector('.body')!, true)).toBeNull();
  });
});
