// A link card right before a short hand-over names the source the hand-over points at (link-card.ts).
import { describe, expect, it } from 'vitest';
import { linkCardBefore } from '../../utils/analysis/link-card';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

/** The outlet the card before the page's `p.pointer` names, or null. */
function cardOutlet(html: string): string | null {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const pointer = doc.querySelector('p.pointer')!;
  return linkCardBefore(pointer, defaultOutlets, 'They add:')?.outlet ?? null;
}

const card = (href: string, words = 'Storm takes the beach') =>
  `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="${href}"><div class="kg-bookmark-title">${words}</div><div class="kg-bookmark-metadata"><span>Publisher</span></div></a></figure>`;

describe('a link card before a hand-over', () => {
  it('names the outlet whose site the card links to', () => {
    expect(
      cardOutlet(
        `${card('https://www.theguardian.com/uk/2026/dec/01/storm')}<p class="pointer">They add:</p>`,
      ),
    ).toBe('The Guardian');
  });

  it('names nothing for a site the table lacks, a paragraph, links to two sites or a long box', () => {
    expect(
      cardOutlet(`${card('https://www.example-council.gov.uk/notices')}<p class="pointer">They add:</p>`),
    ).toBeNull();
    expect(
      cardOutlet(
        '<p>See <a href="https://www.theguardian.com/x">this</a>.</p><p class="pointer">They add:</p>',
      ),
    ).toBeNull();
    expect(
      cardOutlet(
        '<div><a href="https://www.theguardian.com/x">one</a> <a href="https://www.bbc.co.uk/y">two</a></div><p class="pointer">They add:</p>',
      ),
    ).toBeNull();
    expect(
      cardOutlet(
        `${card('https://www.theguardian.com/x', 'word '.repeat(100))}<p class="pointer">They add:</p>`,
      ),
    ).toBeNull();
  });
});
