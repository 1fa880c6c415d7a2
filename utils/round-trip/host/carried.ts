// Pages whose slices reached the analyser's host ahead of the request to analyse them (Chrome's offscreen
// document: the service worker passes each slice on as the page sends it, so carrying a large page overlaps
// the page's reading instead of following it as one message). Each page is known by the id its carrier chose
// and each slice by its place, so slices are put back in order whatever order they came in. Pure: the clock
// and the timers are the caller's.
import { ROUND_TRIP } from '../channel/port';

interface Carried {
  parts: string[];
  /** How many of `parts` have come. */
  have: number;
  /** When a slice last came (ms, the caller's clock). */
  touched: number;
  /** A request waiting for the rest: the slices it wants, and how to hand them over. */
  waiting: { count: number; resolve: (parts: string[] | null) => void } | null;
}

export class CarriedPages {
  private readonly pages = new Map<string, Carried>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps slice `index` of page `id`; forgets pages no slice came to for a while (their page went away). */
  add(id: string, index: number, part: string): void {
    const now = this.now();
    for (const [other, page] of this.pages)
      if (!page.waiting && now - page.touched > ROUND_TRIP.carriedIdleMs) this.pages.delete(other);
    let page = this.pages.get(id);
    if (!page) {
      page = { parts: [], have: 0, touched: now, waiting: null };
      this.pages.set(id, page);
    }
    if (page.parts[index] === undefined) page.have++;
    page.parts[index] = part;
    page.touched = now;
    if (page.waiting && page.have >= page.waiting.count) this.settle(id, page, page.waiting.count);
  }

  /**
   * Page `id`'s `count` slices, in order, once they are all here (forgotten then); null when they do not all
   * come within `ROUND_TRIP.carriedWaitMs`. `later` schedules the deadline (setTimeout).
   */
  take(
    id: string,
    count: number,
    later: (run: () => void, ms: number) => void = (run, ms) => setTimeout(run, ms),
  ): Promise<string[] | null> {
    const page = this.pages.get(id) ?? { parts: [], have: 0, touched: this.now(), waiting: null };
    this.pages.set(id, page);
    return new Promise((resolve) => {
      page.waiting?.resolve(null);
      page.waiting = { count, resolve };
      if (page.have >= count) {
        this.settle(id, page, count);
        return;
      }
      later(() => {
        if (page.waiting?.resolve !== resolve) return;
        this.pages.delete(id);
        resolve(null);
      }, ROUND_TRIP.carriedWaitMs);
    });
  }

  /** Forgets page `id` (its page went away, or was not analysed). */
  drop(id: string): void {
    const page = this.pages.get(id);
    this.pages.delete(id);
    page?.waiting?.resolve(null);
  }

  /** How many pages are kept (tests). */
  get size(): number {
    return this.pages.size;
  }

  private settle(id: string, page: Carried, count: number): void {
    this.pages.delete(id);
    const parts = page.parts.slice(0, count);
    let whole = parts.length === count && page.have === count;
    for (let i = 0; whole && i < count; i++) whole = parts[i] !== undefined;
    page.waiting?.resolve(whole ? parts : null);
    page.waiting = null;
  }
}
