// Threads and boxes of the twenty-second held-out set's traps: a mail client's quote of the message a reply answers
// (passages.ts), a page that is the public's comments under a short head (user-page.ts) and a documentation
// generator's admonition handed over as a text (set-apart.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { quotesEarlierMessage } from '../../utils/analysis/passages';
import { isWeakBox } from '../../utils/analysis/set-apart';
import { mostlyComments } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const first = (html: string, selector: string): Element => {
  const el = page(html).querySelector(selector);
  if (!el) throw new Error(selector);
  return el;
};

describe('a mail client’s quote of an earlier message (quotesEarlierMessage)', () => {
  it('knows it by the client’s class, its cite type or the line over it', () => {
    expect(
      quotesEarlierMessage(
        first('<blockquote class="gmail_quote">Is the ferry running?</blockquote>', 'blockquote'),
      ),
    ).toBe(true);
    expect(
      quotesEarlierMessage(first('<blockquote type="cite">Is the ferry running?</blockquote>', 'blockquote')),
    ).toBe(true);
    expect(
      quotesEarlierMessage(
        first(
          '<div>On Tue, 1 Dec 2026 at 09:12, Ines Varga wrote:</div><blockquote>Is the ferry running?</blockquote>',
          'blockquote',
        ),
      ),
    ).toBe(true);
  });
  it('is no such quote without them', () => {
    expect(
      quotesEarlierMessage(
        first('<p>The council wrote:</p><blockquote>Is the ferry running?</blockquote>', 'blockquote'),
      ),
    ).toBe(false);
  });
});

const comment = (who: string, words: string) =>
  `<div class="comment"><h3>${who} (Objects)</h3><div class="commentText"><p>${words}</p></div></div>`;
const WORDS =
  'I object to this application. The lane is narrow and has no pavement, and the junction is blind in both directions.';

describe('a page of the public’s comments (mostlyComments)', () => {
  it('is two comment boxes or more under a short head', () => {
    const body = first(
      `<div id="tab"><p class="intro">Public comments: 2</p>${comment('Mr A Pell', WORDS)}${comment('Ms J Harrow', WORDS)}</div>`,
      '#tab',
    );
    expect(mostlyComments(body)).toBe(true);
  });
  it('is no such page when a post stands beside the comments', () => {
    const post = `<p>${WORDS} ${WORDS} ${WORDS}</p>`;
    const body = first(
      `<div id="tab">${post}${comment('Mr A Pell', WORDS)}${comment('Ms J Harrow', WORDS)}</div>`,
      '#tab',
    );
    expect(mostlyComments(body)).toBe(false);
    expect(
      mostlyComments(first(`<div id="tab"><p>Intro</p>${comment('Mr A Pell', WORDS)}</div>`, '#tab')),
    ).toBe(false);
  });
  it('reads the comments’ quotations as the page’s passages', () => {
    const doc = page(
      `<div id="tab"><p class="intro">Public comments: 2</p>${comment(
        'Mr A Pell',
        'Policy H4 of the Local Plan is clear:</p><p>"New dwellings in the countryside will only be permitted where they meet an essential local need."',
      )}${comment('Ms J Harrow', 'My late mother used to say:</p><p>"An empty house is a sad house, and a sad house soon lets the rain in and falls down around the swallows."')}</div>`,
    );
    const quotes = analyzePage(doc, {
      url: 'https://planning.example.gov.uk/comments/1',
      outlets: defaultOutlets,
    }).report.quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['document', 'person']);
  });
});

describe('a documentation generator’s admonition (isWeakBox)', () => {
  it('is a weak box, a passage only when handed over', () => {
    expect(
      isWeakBox(
        first(
          '<div class="admonition note"><p class="admonition-title">Note</p><p>Run it twice.</p></div>',
          'div',
        ),
      ),
    ).toBe(true);
    expect(isWeakBox(first('<div class="admonitions-list"><p>Run it twice.</p></div>', 'div'))).toBe(false);
  });
});
