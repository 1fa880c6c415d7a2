// Test helpers for the content script's session parts (inject/): a real lifetime (inject/lifetime.ts) over a
// stand-in extension runtime, ended the way the browser ends it (the runtime loses its id).
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardHost } from '../../inject/card-controller';
import { Lifetime } from '../../inject/lifetime';
import type { Shown } from '../../inject/overlay-view';
import { analyzePage } from '../../utils/analysis/analyze';
import { extractClaims } from '../../utils/claims/extract';
import { pageViewOf } from '../../utils/highlight/page-view';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

/** A session lifetime that lasts until `end()`; call `vi.unstubAllGlobals()` after each test. */
export function testLifetime(): { life: Lifetime; end(): void } {
  const runtime: { id?: string; getURL(path: string): string } = {
    id: 'abcdefghijklmnop',
    getURL: (path) => `chrome-extension://abcdefghijklmnop${path}`,
  };
  vi.stubGlobal('browser', { runtime });
  const life = new Lifetime();
  return {
    life,
    end() {
      delete runtime.id;
      // The next check notices, as the next event or timer of ours would.
      expectEnded(life);
    },
  };
}

function expectEnded(life: Lifetime): void {
  if (!life.isInvalid) throw new Error('the lifetime did not end');
}

/** Loads the seed post (tests/fixtures/seed/) into this document and shows what the analyser makes of it. */
export function seedShown(): Shown {
  document.documentElement.innerHTML = readFileSync('tests/fixtures/seed/seed-original.html', 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/i, '');
  const analysis = analyzePage(document, { url: SEED_URL, outlets: defaultOutlets });
  return { url: SEED_URL, analysis, claims: extractClaims(analysis), view: pageViewOf(analysis) };
}

export const SEED_URL = 'https://www.zerohedge.com/news/seed';

/** Lays every element and every range out as one box (happy-dom lays nothing out); undone by vi.restoreAllMocks. */
export function layOut(box = { left: 10, top: 20, width: 300, height: 40 }): void {
  const rect = () => DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(rect);
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [rect()] as unknown as DOMRectList);
}

/** A card's host that draws nothing (for parts that only need a card to open). */
export const quietCardHost: CardHost = {
  render: () => {},
  redraw: () => {},
  focusBar: () => {},
  isOwn: () => false,
};

/** After each test: real timers, no spies or stand-ins, a fresh fake browser and an empty page. */
export function cleanUp(): void {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  fakeBrowser.reset();
  document.documentElement.innerHTML = '<head></head><body></body>';
}
