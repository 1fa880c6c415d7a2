// "Show in page" (inject/show-in-page.ts) on the seed post: a saved claim found again is scrolled to, flashed
// and its card opened; one the article no longer holds is reported not found, and nothing moves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../inject/card-controller';
import type { Shown } from '../../inject/overlay-view';
import { revealClaim } from '../../inject/show-in-page';
import type { ClaimRecord } from '../../utils/storage/types';
import { cleanUp, quietCardHost, seedShown, testLifetime } from './content-helpers';

let shown: Shown;
let cards: CardController;
let scrolled: Element[];

const record = (id: string, exact: string, start: number) =>
  ({
    id,
    selector: { quote: { exact }, position: { start, end: start + exact.length } },
  }) as unknown as ClaimRecord;

beforeEach(() => {
  vi.useFakeTimers();
  shown = seedShown();
  const { life } = testLifetime();
  cards = new CardController(life, document, quietCardHost);
  scrolled = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
    scrolled.push(this);
  });
});
afterEach(cleanUp);

describe('revealClaim', () => {
  it('scrolls to a saved claim, flashes it and opens its card', () => {
    const claim = shown.claims[3];
    const quote = shown.analysis.articleText.text.slice(claim.span[0], claim.span[1]);
    expect(revealClaim(document, shown, record(claim.id, quote, claim.span[0]), cards)).toBe(true);
    expect(cards.revealSpan).toEqual(claim.span);
    expect(cards.card).toMatchObject({ claim, pinned: true, focus: false });
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0].textContent).toContain(quote.slice(0, 20));
  });

  it('reports a claim the article no longer holds as not found, and moves nothing', () => {
    expect(revealClaim(document, shown, record('gone', 'Words this page never said at all.', 0), cards)).toBe(
      false,
    );
    expect(cards.card).toBeNull();
    expect(cards.revealSpan).toBeNull();
    expect(scrolled).toEqual([]);
  });
});
