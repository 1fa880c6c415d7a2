// Keeping up with the page without chasing it: late content (lazy bodies, infinite scroll) and client-side
// navigation trigger a re-analysis, debounced, capped per minute, and blind to our own changes, so nothing
// we do can start a loop. Timers and the clock are passed in, so the logic is tested without a browser.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ObserverLimits {
  debounceMs: number;
  maxWaitMs: number;
  perWindow: number;
  windowMs: number;
  idleWatchMs: number;
}

export const OBSERVER_LIMITS: Readonly<ObserverLimits> = {
  /** Quiet time after the last relevant mutation before re-analysing. */
  debounceMs: 500,
  /** A page that never stops changing is still re-analysed this long after the first change. */
  maxWaitMs: 3_000,
  /** Re-analyses allowed in any window of `windowMs`. */
  perWindow: 6,
  windowMs: 60_000,
  /** A page not recognised is watched this long (after loading or navigating), then left alone. */
  idleWatchMs: 60_000,
};

/** Elements whose arrival never changes what a reader reads. */
const INERT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'LINK',
  'META',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'IMG',
  'SVG',
  'BR',
  'HR',
]);

function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (INERT_TAGS.has(el.tagName.toUpperCase())) return false;
  // Embeds arrive empty and fill in later; a quotation element is worth a look on its own.
  return el.matches('blockquote, q, article') || /\S/.test(el.textContent ?? '');
}

/**
 * Whether a batch of mutations may change the analysis: some node with text was added or removed, outside
 * anything of ours (`isOwn` says which nodes are ours: the overlay host, our <style>), or a text node that
 * `textMatters` cares for (the shown article's) was rewritten in place.
 */
export function mutationsMatter(
  records: ArrayLike<Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes'> & { type?: string }>,
  isOwn: (node: Node) => boolean,
  textMatters: (node: Node) => boolean = () => false,
): boolean {
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (isOwn(record.target)) continue;
    if (record.type === 'characterData') {
      if (textMatters(record.target)) return true;
      continue;
    }
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (let j = 0; j < list.length; j++) {
        const node = list[j];
        if (!isOwn(node) && carriesText(node)) return true;
      }
    }
  }
  return false;
}

/** At most `max` takes in any `windowMs`: a sliding window of the times of recent takes. */
export class RateLimit {
  private readonly taken: number[] = [];
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private prune(): void {
    const since = this.now() - this.windowMs;
    while (this.taken.length > 0 && this.taken[0] <= since) this.taken.shift();
  }

  tryTake(): boolean {
    this.prune();
    if (this.taken.length >= this.max) return false;
    this.taken.push(this.now());
    return true;
  }

  /** Milliseconds until a take is allowed again (0 when it is now). */
  waitMs(): number {
    this.prune();
    if (this.taken.length < this.max) return 0;
    return this.taken[0] + this.windowMs - this.now();
  }
}

/**
 * Calls `run` once things have been quiet for `debounceMs`, or `maxWaitMs` after the first trigger of a burst,
 * whichever comes first; when the rate limit is spent, waits until it allows one more run.
 */
export class ReanalysisScheduler {
  private timer: number | null = null;
  private firstTrigger: number | null = null;
  private readonly limit: RateLimit;

  constructor(
    private readonly clock: Clock,
    private readonly run: () => void,
    private readonly limits: Omit<ObserverLimits, 'idleWatchMs'> = OBSERVER_LIMITS,
  ) {
    this.limit = new RateLimit(limits.perWindow, limits.windowMs, () => clock.now());
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  trigger(): void {
    const now = this.clock.now();
    this.firstTrigger ??= now;
    const untilMax = this.firstTrigger + this.limits.maxWaitMs - now;
    const delay = Math.max(Math.min(this.limits.debounceMs, untilMax), this.limit.waitMs(), 0);
    this.arm(delay);
  }

  /** Runs as soon as the rate limit allows, skipping the quiet time (a navigation is a clear signal). */
  triggerNow(): void {
    this.firstTrigger ??= this.clock.now();
    this.arm(this.limit.waitMs());
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.firstTrigger = null;
  }

  private arm(delay: number): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.fire(), delay);
  }

  private fire(): void {
    this.timer = null;
    if (!this.limit.tryTake()) {
      this.arm(this.limit.waitMs());
      return;
    }
    this.firstTrigger = null;
    this.run();
  }
}
