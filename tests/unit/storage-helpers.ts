// Shared makers for the library tests: claims and records with every field filled, and a fresh in-memory
// IndexedDB per test.
import { IDBFactory } from 'fake-indexeddb';
import type { PageReport } from '../../utils/analysis/types';
import type { Claim } from '../../utils/claims/types';
import { createBackgroundRouter } from '../../utils/messaging/router';
import { type KeyValueArea, memoryArea } from '../../utils/storage/area';
import type { LibraryStore } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';

export function freshIndexedDb(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  return factory;
}

export const PAGE_URL = 'https://www.zerohedge.com/geopolitical/fiercest-fighting';

export function makeClaim(n: number, over: Partial<Claim> = {}): Claim {
  const text = over.text ?? `Claim number ${n} says 1${n} people were counted.`;
  return {
    id: `c${n}`,
    text,
    kind: 'reported',
    quoteId: 'q1',
    publication: 'Zero Hedge',
    outlet: n % 2 ? 'Reuters' : 'BBC',
    speaker: { name: 'the Syrian Observatory for Human Rights', mention: 'the monitor', how: 'named' },
    score: 0.5,
    reasons: ['+0.15 number'],
    selector: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: n * 100, end: n * 100 + text.length },
    },
    ...over,
  };
}

export function makeRecord(n: number, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    ...makeClaim(n),
    pageUrl: PAGE_URL,
    pageTitle: 'Fiercest Syrian Fighting Yet',
    savedAt: 1_700_000_000_000 + n * 1000,
    note: '',
    tags: [],
    updatedAt: 1_700_000_000_000 + n * 1000,
    version: 1,
    orphanedAt: null,
    ...over,
  };
}

export function makeReport(url = PAGE_URL): PageReport {
  return {
    url,
    title: 'Fiercest Syrian Fighting Yet',
    publication: 'Zero Hedge',
    aggregated: true,
    quotes: [],
    posts: [],
    breakdown: [
      { source: 'Reuters', kind: 'outlet', chars: 600, share: 0.6 },
      { source: 'Zero Hedge', kind: 'commentary', chars: 400, share: 0.4 },
    ],
    warnings: [],
  };
}

/** The background's router over a store, with no tabs listening and no analyser (library tests). */
export function routerOver(store: LibraryStore, now: () => number, session: KeyValueArea = memoryArea()) {
  return createBackgroundRouter({
    library: async () => store,
    local: memoryArea(),
    session,
    tabs: {
      send: async () => ({ ok: false, problem: 'no content script' }),
      focus: async () => false,
      open: async () => 1,
      activeTabId: async () => null,
    },
    analyse: async () => {
      throw new Error('not used');
    },
    now,
  });
}
