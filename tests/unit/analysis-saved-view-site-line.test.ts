// A read-later view whose link to the saved original shows its address written out, the saved site's name on a
// line between that link and the article (publication.ts, savedFrom).
import { describe, expect, it } from 'vitest';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head><title>A slow boat | Karakeep</title></head><body>${html}</body>`;
  return doc;
}

const ARTICLE =
  '<p>The words of the post, at some length, about the harbour and the boat that did not come.</p>';
const publicationOf = (doc: Document) =>
  findPublication(
    doc,
    'https://keep.example/dashboard/preview/x1',
    doc.querySelector('.body'),
    defaultOutlets,
  ).name;

describe('a read-later view naming the saved site on a line over its title', () => {
  const view = (siteLine: string) =>
    page(
      `<main><div class="bar"><a href="https://reefstreetnotes.example/2026/12/slow-boat/">reefstreetnotes.example/2026/12/slow-boat/</a><button>Reader</button> <button>Archive</button></div><div><div class="meta">${siteLine} &middot; Saved 7 Dec 2026</div><h1>A slow boat</h1><div class="body">${ARTICLE}</div></div></main>`,
    );

  it('takes the site line’s words that spell the domain of the link written as its address', () => {
    expect(publicationOf(view('Reef Street Notes'))).toBe('Reef Street Notes');
  });

  it('keeps the domain when no line between spells it', () => {
    expect(publicationOf(view('Harbour Reading'))).toBe('reefstreetnotes.example');
  });

  it('reads no name across the buttons and the line: each text is a line of its own', () => {
    const doc = page(
      `<main><div class="bar"><a href="https://notesreef.example/2026/12/slow-boat/">notesreef.example/2026/12/slow-boat/</a><button>Notes</button></div><div><div class="meta">Reef &middot; Saved</div><h1>A slow boat</h1><div class="body">${ARTICLE}</div></div></main>`,
    );
    expect(publicationOf(doc)).toBe('notesreef.example');
  });
});
