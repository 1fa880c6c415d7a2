// Long lists (thousands of claims on a huge page) are processed a slice per task, so no single task of ours
// grows long enough to make the page stutter. The scheduler is passed in, so tests run it synchronously.

export interface ChunkOptions {
  size: number;
  /** Queues the next slice (a zero-delay timeout in the page). */
  schedule(next: () => void): void;
  /** Checked before each slice: a newer paint or a teardown stops the old one. */
  cancelled(): boolean;
}

/** Runs `work` over `items` a slice at a time; the first slice runs now. */
export function inChunks<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  options: ChunkOptions,
  done?: () => void,
): void {
  const size = Math.max(1, Math.floor(options.size));
  const step = (from: number) => {
    if (options.cancelled()) return;
    const to = Math.min(items.length, from + size);
    for (let i = from; i < to; i++) work(items[i], i);
    if (to < items.length) options.schedule(() => step(to));
    else done?.();
  };
  step(0);
}
