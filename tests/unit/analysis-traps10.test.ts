// The eighteenth held-out set's traps and platform pages (publication.ts, own-voice.json, posts.ts,
// article-text.ts): platforms that are no publication, a site's name over its pages, a feed reader's entries.
import { describe, expect, it } from 'vitest';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head = '<title>A page</title>', lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

const ARTICLE = '<p>The words of the post, at some length, about the kiln and the price of gas.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('platforms that are no publication (platform-names.json)', () => {
  it('names no publication for a creator’s post on a tipping platform', () => {
    const doc = page(
      `<h1>Kiln &amp; Kettle</h1><div class="body">${ARTICLE}</div>`,
      '<title>Gas again! - Ko-fi ❤️ Where creators get support from fans</title><meta property="og:site_name" content="Ko-fi">',
    );
    expect(publicationOf(doc, 'https://ko-fi.com/post/Gas-again-X1')).toBeNull();
  });

  it('names no publication for a note shared from a note-taking app', () => {
    const doc = page(
      `<div class="share-header"><a href="https://joplincloud.com/">Joplin</a></div><div class="body">${ARTICLE}</div>`,
      '<title>Gas - what the kiln costs now | Joplin</title>',
    );
    expect(publicationOf(doc, 'https://joplincloud.com/shares/Ab12')).toBeNull();
  });
});
