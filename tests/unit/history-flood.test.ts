// The history has bounds. A page that rewrites itself and calls pushState every 4 seconds (2,500 passages,
// each a claim) sends the background a new analysis each time; over a simulated two minutes the database
// stays under the history's limits, the reader's saved claims and notes are all kept, a new analysis of the
// same address replaces the old one's claims, and the ledger agrees with a count of every record.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../utils/claims/types';
import { openLibraryDb } from '../../utils/storage/db';
import { describeError } from '../../utils/storage/errors';
import { claimUsage, HISTORY_LIMITS, type HistoryLimits, pageUsage } from '../../utils/storage/history';
import { LibraryStore } from '../../utils/storage/library';
import type { LibraryDb } from '../../utils/storage/schema';
import { freshIndexedDb, makeClaim, makeReport, routerOver } from './storage-helpers';

const PASSAGES = 2_500;
const TICK_MS = 4_000;
const RUN_MS = 2 * 60_000;
const FLOOD_URL = 'https://flood.example/live';

async function setup(limits?: HistoryLimits) {
  freshIndexedDb();
  let clock = 1_800_000_000_000;
  const db = await openLibraryDb();
  const store = new LibraryStore(db, () => clock, limits);
  const router = routerOver(store, () => clock);
  return { db, store, router, advance: (ms: number) => (clock += ms) };
}

/** One rewrite of the flood page: every passage's text changes, so every claim is new. */
function rewrite(tick: number, count = PASSAGES): Claim[] {
  return Array.from({ length: count }, (_, i) =>
    makeClaim(i, {
      id: `t${tick}-p${i}`,
      text: `Update ${tick}: passage ${i} reports that ${i * 7 + tick} people were counted at the border crossing, officials said.`,
      quoteId: `q${i}`,
    }),
  );
}

/** Every unsaved record counted and weighed one by one, and every saved claim. */
async function census(db: LibraryDb) {
  const claims = await db.getAll('claims');
  const pages = await db.getAll('pages');
  const unsaved = claims.filter((c) => c.savedAt === null);
  return {
    unsaved: unsaved.length,
    saved: claims.filter((c) => c.savedAt !== null),
    pages: pages.length,
    bytes:
      unsaved.reduce((n, c) => n + claimUsage(c).bytes, 0) +
      pages.reduce((n, p) => n + pageUsage(p).bytes, 0),
    ledger: await db.get('meta', 'history'),
  };
}

describe('bounded history', () => {
  it('a page flooding the history for two minutes leaves the database under its limits', async () => {
    const { db, router, advance } = await setup();
    // The reader saved two claims from an earlier page, one with a note: they must survive the flood.
    const reader = { tabId: 3, url: 'https://blog.example/post' };
    await router.recordPage(makeReport(reader.url), [makeClaim(1), makeClaim(2)], reader);
    for (const [n, note] of [
      [1, 'my note'],
      [2, ''],
    ] as const) {
      const saved = await router.handle({
        type: 'claim/save',
        payload: { claim: makeClaim(n), pageUrl: reader.url, pageTitle: 'Post', note },
      });
      expect(saved).toMatchObject({ id: `c${n}` });
    }

    let largest = 0;
    for (let tick = 0, at = 0; at < RUN_MS; tick += 1, at += TICK_MS) {
      advance(TICK_MS);
      const url = `${FLOOD_URL}?update=${tick}`;
      const answer = await router.recordPage(makeReport(url), rewrite(tick), { tabId: 9, url });
      expect(answer).toMatchObject({ savedIds: [] });
      // Counting every record is slow in the in-memory database: every third rewrite, and the last.
      if (tick % 3 !== 2 && at + TICK_MS < RUN_MS) continue;
      const now = await census(db);
      largest = Math.max(largest, now.bytes);
      expect(now.unsaved).toBeLessThanOrEqual(HISTORY_LIMITS.claims);
      expect(now.bytes).toBeLessThanOrEqual(HISTORY_LIMITS.bytes);
    }
    const after = await census(db);
    // Without bounds this would hold 30 × 2,500 claims; the newest analyses are the ones kept.
    expect(after.unsaved).toBeGreaterThan(PASSAGES);
    expect(after.ledger).toEqual({ claims: after.unsaved, pages: after.pages, bytes: after.bytes });
    expect(after.saved.map((c) => [c.id, c.note])).toEqual([
      ['c1', 'my note'],
      ['c2', ''],
    ]);
    expect(await db.get('pages', 'https://blog.example/post')).toBeDefined();
    expect(await db.get('pages', `${FLOOD_URL}?update=29`)).toBeDefined();
    expect(await db.get('pages', `${FLOOD_URL}?update=0`)).toBeUndefined();
    expect(largest).toBeGreaterThan(0);
  }, 120_000);

  it('a new analysis of the same address replaces its unsaved claims instead of adding to them', async () => {
    const { db, store, advance } = await setup();
    const url = FLOOD_URL;
    await store.recordAnalysis(makeReport(url), rewrite(0, 50), url, { history: true });
    await store.saveClaim({ claim: rewrite(0, 50)[7], pageUrl: url, pageTitle: 'Live', note: 'kept' });
    advance(TICK_MS);
    await store.recordAnalysis(makeReport(url), rewrite(1, 40), url, { history: true });
    const after = await census(db);
    expect(after.unsaved).toBe(40);
    expect(after.saved.map((c) => [c.id, c.note])).toEqual([['t0-p7', 'kept']]);
    expect(after.ledger).toEqual({ claims: 40, pages: 1, bytes: after.bytes });
  });

  it('drops the oldest pages first, then the lowest-scoring claims of one page too large alone', async () => {
    const { db, store, advance } = await setup({ claims: 100, bytes: 1_000_000 });
    for (let i = 0; i < 5; i += 1) {
      advance(1000);
      await store.recordAnalysis(makeReport(`${FLOOD_URL}/${i}`), rewrite(i, 30), `${FLOOD_URL}/${i}`, {
        history: true,
      });
    }
    expect((await db.getAll('pages')).map((p) => p.url)).toEqual([2, 3, 4].map((i) => `${FLOOD_URL}/${i}`));
    const big = rewrite(9, 150).map((c, i) => ({ ...c, score: i / 150 }));
    await store.recordAnalysis(makeReport(`${FLOOD_URL}/9`), big, `${FLOOD_URL}/9`, { history: true });
    const kept = (await db.getAll('claims')).filter((c) => c.savedAt === null);
    expect(kept.length).toBeLessThanOrEqual(80);
    expect(Math.min(...kept.map((c) => c.score))).toBeGreaterThan(0.4);
    expect((await census(db)).ledger).toMatchObject({ claims: kept.length });
  });

  it('on a full disk makes room in the history and keeps the analysis; else says so plainly', async () => {
    const { db, store, advance } = await setup({ claims: 100, bytes: 1_000_000 });
    for (let i = 0; i < 3; i += 1) {
      advance(1000);
      await store.recordAnalysis(makeReport(`${FLOOD_URL}/${i}`), rewrite(i, 30), `${FLOOD_URL}/${i}`, {
        history: true,
      });
    }
    // The disk fills up: the read-write transactions planned to fail throw the quota error.
    const plan: boolean[] = [];
    const full = new Proxy(db, {
      get(target, prop) {
        if (prop === 'transaction')
          return (...args: Parameters<LibraryDb['transaction']>) => {
            if (args[1] === 'readwrite' && plan.shift())
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return target.transaction(...args);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const limits = { claims: 100, bytes: 1_000_000 };
    const onFullDisk = new LibraryStore(full, () => 1_900_000_000_000, limits);
    plan.push(true);
    const url = `${FLOOD_URL}/new`;
    await onFullDisk.recordAnalysis(makeReport(url), rewrite(7, 5), url, { history: true });
    // Down to half the limits (50 claims) although 95 would fit: the two oldest pages went, the new
    // analysis is kept.
    expect((await db.getAll('pages')).map((p) => p.url)).toEqual([`${FLOOD_URL}/2`, url]);
    expect((await census(db)).unsaved).toBe(35);

    // Full even after making room, and without keeping history: the plain message, nothing lost.
    plan.push(true, false, true, true);
    const recording = routerOver(onFullDisk, () => 1_900_000_000_000).recordPage(
      makeReport(url),
      rewrite(8, 5),
      {
        tabId: 1,
        url,
      },
    );
    const error = await recording.then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeError(error)).toContain("Your browser's storage for Sourcelight is full");
    expect((await census(db)).unsaved).toBe(35);
  });

  it('keeps the ledger exact through saves, unsaves, edits, deletes, undo, orphans and clearing', async () => {
    const { db, store } = await setup();
    const check = async () => {
      const now = await census(db);
      expect(now.ledger).toEqual({ claims: now.unsaved, pages: now.pages, bytes: now.bytes });
    };
    await store.recordAnalysis(makeReport(), rewrite(0, 20), makeReport().url as string, { history: true });
    await check();
    const claim = rewrite(0, 20)[3];
    const saved = await store.saveClaim({ claim, pageUrl: makeReport().url as string, pageTitle: 'T' });
    await check();
    await store.updateClaim(saved.id, { version: saved.version, note: 'n' });
    await store.unsaveClaim(saved.id, { history: true });
    await check();
    await store.markFound(saved.id, false);
    await check();
    const deleted = await store.deleteClaim(saved.id);
    await check();
    await store.restoreClaim(deleted!);
    await check();
    await store.clearHistory();
    await check();
    expect((await census(db)).unsaved).toBe(0);
  });
});
