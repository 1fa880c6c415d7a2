// A post that quotes a book: its passages that nothing attributes are the book's (utils/analysis/book-passages.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { BOOK_OF_THE_POST, giveUnattributedToBook } from '../../utils/analysis/book-passages';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Reading notes');
  doc.body.innerHTML = `<article><p>Finished it on the train home, and it has stayed with me since, for better and worse.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://readingnotes.example/post', outlets: defaultOutlets }).report
    .quotes;
}

const FIRST =
  '<p>The bit I underlined twice:</p><blockquote><p>The ferryman counted the coins twice and then a third time, and on the third count he found one more than he had been paid.</p></blockquote>';
const BOOK =
  '<p>And the line that closes chapter 9:</p><blockquote><p>Nobody on the island had ever seen the mainland in winter, and nobody wanted to be the first to say so.</p></blockquote>';

describe('a passage nothing attributes, in a post that quotes a book', () => {
  it('is the book’s words, a person’s', () => {
    const quotes = quotesOf(FIRST + BOOK);
    expect(quotes.map((q) => q.kind)).toEqual(['person', 'person']);
    expect(quotes[0].evidence[0]).toEqual({ type: 'person', value: BOOK_OF_THE_POST, source: null });
  });

  it('stays unknown where no passage of the post is a book’s, or where the post quotes an outlet', () => {
    expect(quotesOf(FIRST).map((q) => q.kind)).toEqual(['unknown']);
    const withOutlet = quotesOf(
      `${FIRST + BOOK}<p>Reuters had the sales figures:</p><blockquote><p>The novel sold forty thousand copies in its first month, its publisher said on Tuesday, far more than any of the author’s earlier books.</p></blockquote>`,
    );
    expect(withOutlet.map((q) => q.kind)).toEqual(['unknown', 'person', 'outlet']);
  });

  it('leaves another post’s passages and a passage naming a source alone', () => {
    const quote = (post: number, kind: QuoteReport['kind'], value: string, source: string | null) =>
      ({ post, kind, outlet: null, evidence: [{ type: 'person', value, source }] }) as unknown as QuoteReport;
    const quotes = [
      quote(0, 'person', 'from the first chapter:', null),
      quote(1, 'unknown', 'other post', null),
      quote(0, 'unknown', 'named', 'Somebody'),
    ];
    giveUnattributedToBook(quotes);
    expect(quotes.map((q) => q.kind)).toEqual(['person', 'unknown', 'unknown']);
  });
});
