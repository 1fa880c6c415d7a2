// A claim's card opens on a deliberate hover: the pointer has rested over the same claim for a while. A pointer
// just passing over the text (moving on to another claim, off the claims, or further than a tremor) restarts
// or cancels the wait, so reading with the pointer in motion opens nothing.

export interface IntentTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export const HOVER_INTENT = {
  /** How long the pointer must rest over a claim. */
  delayMs: 500,
  /** How far it may drift meanwhile (a hand's tremor), in CSS pixels. */
  slopPx: 6,
} as const;

export class HoverIntent<T> {
  private pending: { item: T; x: number; y: number; timer: number } | null = null;

  constructor(
    private readonly timers: IntentTimers,
    private readonly rested: (item: T) => void,
    private readonly options: { delayMs: number; slopPx: number } = HOVER_INTENT,
  ) {}

  /** The pointer is at (x, y), over `item` (null: over nothing that opens a card). */
  move(x: number, y: number, item: T | null): void {
    const pending = this.pending;
    if (pending && pending.item === item && Math.hypot(x - pending.x, y - pending.y) <= this.options.slopPx)
      return;
    this.cancel();
    if (item === null) return;
    const timer = this.timers.setTimeout(() => {
      this.pending = null;
      this.rested(item);
    }, this.options.delayMs);
    this.pending = { item, x, y, timer };
  }

  /** The item waited on, if any. */
  get waiting(): T | null {
    return this.pending?.item ?? null;
  }

  cancel(): void {
    if (this.pending) this.timers.clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
