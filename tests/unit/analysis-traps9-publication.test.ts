// Publications of the seventeenth held-out set's kinds (publication.ts, data/platform-names.json): a read-later
// view's header, a pattern host, a document published from a platform's editor.
import { describe, expect, it } from 'vitest';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head = '<title>A page</title>', lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('publication (publication.ts, platform-names.json)', () => {
  const ARTICLE = '<p>The words of the post, at some length, about the kiln and the price of gas.</p>';
  const publicationOf = (doc: Document, url: string) =>
    findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

  it('names a read-later view’s saved blog by the header’s link to its front page', () => {
    const doc = page(
      `<header><a class="site-name" href="https://kiln.example/">Kiln &amp; Kettle</a><a class="original-link" href="https://kiln.example/2026/12/gas/">kiln.example</a></header><div class="body">${ARTICLE}</div>`,
      '<title>Gas | Readwise Reader</title><meta property="og:site_name" content="Readwise Reader">',
    );
    expect(publicationOf(doc, 'https://readwise.io/reader/shared/01x')).toBe('Kiln & Kettle');
  });

  it('names no publication for a pattern host’s page', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      '<title>Ravelry: Mittens pattern by Isla Brodie</title><meta property="og:site_name" content="Ravelry">',
    );
    expect(publicationOf(doc, 'https://www.ravelry.com/patterns/library/mittens')).toBeNull();
  });

  it('names a document published from an editor by the body heading it, not by any first line', () => {
    const doc = (first: string) =>
      page(
        `<div class="body"><p><b>${first}</b></p>${ARTICLE}</div>`,
        '<title>BAS newsletter December - Google Docs</title>',
      );
    const url = 'https://docs.google.com/document/d/e/x/pub';
    expect(publicationOf(doc('Brackenfield Allotment Society'), url)).toBe('Brackenfield Allotment Society');
    expect(publicationOf(doc('Notes for December'), url)).toBeNull();
  });
});
