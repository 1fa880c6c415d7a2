// Over-long page text (a 5,000-character og:site_name, a 10,000-character <title>) is trimmed where it enters
// the background, with an ellipsis, never refused: the page's analysis is kept and its claims can be saved.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../utils/messaging/fit-page-fields';
import { memoryArea } from '../../utils/storage/area';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import { getTabState } from '../../utils/storage/tab-state';
import type { ClaimRecord } from '../../utils/storage/types';
import { LIMITS } from '../../utils/storage/validate';
import { freshIndexedDb, makeClaim, makeReport, PAGE_URL, routerOver } from './storage-helpers';

async function router() {
  freshIndexedDb();
  const store = new LibraryStore(await openLibraryDb(), () => 1000);
  const session = memoryArea();
  const r = routerOver(store, () => 1000, session);
  return { router: r, store, session };
}

describe('over-long page fields', () => {
  it('cuts text to the limit with an ellipsis, never inside a surrogate pair', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('abcdefghijkl', 5)).toBe('abcd…');
    const cut = fitText(`${'a'.repeat(3)}😀😀`, 5);
    expect(cut).toBe('aaa…');
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  it('a 5,000-character site name yields a kept analysis and a saved claim with a trimmed publication', async () => {
    const { router: r, store, session } = await router();
    const siteName = `The ${'Very '.repeat(1000)}Long Blog`;
    expect(siteName.length).toBeGreaterThan(5000);
    const title = 'T'.repeat(10_000);
    const claim = makeClaim(1, {
      publication: siteName,
      speaker: { name: 'S'.repeat(3000), mention: 'm', how: 'named' },
    });
    const report = {
      ...makeReport(),
      title,
      publication: siteName,
      posts: [{ index: 0, title, quoteIds: [] }],
    };
    const analysed = await r.recordPage(report, [claim], { tabId: 4, url: PAGE_URL });
    expect(analysed).toMatchObject({ savedIds: [] });
    const state = await getTabState(session, 4);
    expect(state?.report.publication).toHaveLength(LIMITS.name);
    expect(state?.report.publication?.endsWith('…')).toBe(true);
    expect(state?.report.title).toHaveLength(LIMITS.name * 4);
    expect(state?.report.posts?.[0].title).toHaveLength(LIMITS.name * 4);

    const saved = (await r.handle({
      type: 'claim/save',
      payload: { claim, pageUrl: PAGE_URL, pageTitle: title, note: 'kept' },
    })) as ClaimRecord;
    expect(saved.publication).toBe(`${siteName.slice(0, LIMITS.name - 1)}…`);
    expect(saved.speaker?.name).toHaveLength(LIMITS.name);
    expect(saved.pageTitle).toHaveLength(LIMITS.name * 4);
    expect((await store.getClaim('c1'))?.note).toBe('kept');
    expect((await store.db.getAll('pages'))[0].publication).toHaveLength(LIMITS.name);
  });

  it('still refuses what is not the page’s doing: a wrong type is named, not trimmed', async () => {
    const { router: r } = await router();
    const answer = await r.handle({
      type: 'claim/save',
      payload: { claim: { ...makeClaim(1), publication: 42 }, pageUrl: PAGE_URL, pageTitle: null },
    });
    expect(answer).toEqual({
      error: expect.stringContaining('payload.claim.publication: expected a string or null, got 42'),
    });
  });
});
