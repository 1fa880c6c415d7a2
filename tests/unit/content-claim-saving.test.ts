// Saving from the card (inject/claim-saving.ts): the background is asked, the card says "saving" then how it
// went, the saved claims change and the page is drawn again; a refusal is shown in the background's words;
// and a session that ended says so without sending.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CardController } from '../../inject/card-controller';
import { ClaimSaving } from '../../inject/claim-saving';
import type { Shown } from '../../inject/overlay-view';
import { cleanUp, quietCardHost, SEED_URL, seedShown, testLifetime } from './content-helpers';

let shown: Shown;

function setUp() {
  const { life, end } = testLifetime();
  const cards = new CardController(life, document, quietCardHost);
  const savedIds = new Set<string>();
  const calls: string[] = [];
  const saving = new ClaimSaving(life, cards, {
    shown: () => shown,
    savedIds: () => savedIds,
    reindex: () => calls.push('reindex'),
    paint: () => calls.push('paint'),
  });
  return { cards, saving, savedIds, calls, end };
}

beforeEach(() => {
  shown = seedShown();
});
afterEach(cleanUp);

describe('ClaimSaving', () => {
  it('saves the card’s claim without its span, then shows it saved and draws it', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ id: 'x' });
    const { cards, saving, savedIds, calls } = setUp();
    const claim = shown.claims[0];
    cards.show(claim, { focus: false, pinned: false });
    const saved = saving.save(claim.id);
    expect(cards.card?.status).toEqual({ state: 'saving' });
    await saved;
    const message = send.mock.calls[0][0] as { type: string; payload: { claim: object; pageUrl: string } };
    expect(message.type).toBe('claim/save');
    expect(message.payload.claim).not.toHaveProperty('span');
    expect(message.payload.pageUrl).toBe(SEED_URL);
    expect([...savedIds]).toEqual([claim.id]);
    expect(cards.card).toMatchObject({ pinned: true, status: { state: 'saved' } });
    expect(calls).toEqual(['reindex', 'paint']);

    await saving.unsave(claim.id);
    expect(savedIds.size).toBe(0);
    expect(cards.card?.status).toEqual({ state: 'idle' });
  });

  it('shows a refusal in the background’s words and changes nothing', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ error: 'The library is full.' });
    const { cards, saving, savedIds, calls } = setUp();
    const claim = shown.claims[0];
    cards.show(claim, { focus: false, pinned: true });
    await saving.save(claim.id);
    expect(cards.card?.status).toEqual({ state: 'error', message: 'The library is full.' });
    expect(savedIds.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('sends nothing once the session ended, and says to reload', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const { cards, saving, end } = setUp();
    const claim = shown.claims[0];
    cards.show(claim, { focus: false, pinned: true });
    end();
    await saving.save(claim.id);
    expect(send).not.toHaveBeenCalled();
    expect(cards.card?.status).toMatchObject({ state: 'error', message: expect.stringMatching(/reload/) });
  });
});
