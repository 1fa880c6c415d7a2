// A passage's own form when nothing names its source (letter.ts): a title in capitals naming a document.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { looksLikeClause, titledAsDocument } from '../../utils/analysis/letter';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string) {
  const doc = document.implementation.createHTMLDocument('Boathouse Notes');
  doc.body.innerHTML = `<article><h1>The frame in the loft</h1><p>The club found an old frame in the boathouse loft this week.</p>${article}<p>It now hangs in the clubhouse, above the honours board, where everyone sees it on the way to the boats.</p></article>`;
  return analyzePage(doc, { url: 'https://boathousenotes.example/post', outlets: defaultOutlets }).report
    .quotes;
}

describe('titledAsDocument', () => {
  it("reads a first line in capitals naming a document's kind", () => {
    expect(titledAsDocument('CERTIFICATE OF REGISTRATION\n\nThis is to certify that …')).toBe(true);
    expect(titledAsDocument('STATEMENT FROM THE HARBOUR TRUST')).toBe(true);
    expect(titledAsDocument('NOTICE')).toBe(true);
  });
  it('reads no title in mixed case, no long line and no word of several senses', () => {
    expect(titledAsDocument('Certificate of registration')).toBe(false);
    expect(titledAsDocument('HARBOUR NEWS IN BRIEF')).toBe(false);
    expect(titledAsDocument(`NOTICE ${'THE BOARD MET AGAIN AND AGAIN '.repeat(4)}`)).toBe(false);
  });
});

describe('a box opening on a document title, with no lead-in', () => {
  it('is a document passage', () => {
    const [q] = quotesOf(
      '<pre>CERTIFICATE OF REGISTRATION\n\nThis is to certify that the Slipway Rowing Club is registered under the Friendly Societies Act, register number 2211.</pre>',
    );
    expect(q?.kind).toBe('document');
    expect(q?.outlet).toBe(null);
  });
  it('is no passage under a heading that names no document', () => {
    expect(
      quotesOf(
        '<div style="background:#f2f2f2;padding:1em;border-left:3px solid #999"><p>HARBOUR NEWS IN BRIEF</p><p>I went down to the slipway on Sunday and the new winch is finally working, which is more than I expected.</p></div>',
      ),
    ).toEqual([]);
  });
});

describe('looksLikeClause', () => {
  it("reads a statute's or a regulation's numbered article in the languages that quote them, after a dash too", () => {
    expect(looksLikeClause('Section 14(c). The licence holder shall …')).toBe(true);
    expect(looksLikeClause('Article 2 — Sont interdits, de jour comme de nuit, …')).toBe(true);
    expect(looksLikeClause('Art. 7 – Le aree di sosta individuate …')).toBe(true);
    expect(looksLikeClause('Artículo 12.– Los puestos vacantes se adjudicarán …')).toBe(true);
    expect(looksLikeClause('Artikel 3 - Das Befahren der Uferwege ist …')).toBe(true);
    expect(looksLikeClause('Artigo 5.º: A utilização do parque …')).toBe(true);
  });
  it('reads no article of a newspaper, nor a number that opens a sentence', () => {
    expect(looksLikeClause('Article in the Herald this morning, under the fold.')).toBe(false);
    expect(looksLikeClause('Articolo interessante sul Tirreno di oggi.')).toBe(false);
    expect(looksLikeClause('Section of the road near the bridge will close.')).toBe(false);
  });
});

describe('a framed box opening on a numbered clause', () => {
  it('is a document passage, though nothing names it and it holds no quotation marks', () => {
    const [q] = quotesOf(
      '<p>Here is the wording posted on the gate:</p><div style="border:1px solid #999;padding:8px;">Article 4 — No boat may be left on the slipway overnight without the written consent of the club secretary.</div>',
    );
    expect(q?.kind).toBe('document');
    expect(q?.outlet).toBeNull();
  });
});
