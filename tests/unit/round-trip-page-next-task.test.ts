// Between two slices of reading the page, the round trip gives the thread back for one task
// (utils/round-trip/page/next-task.ts), without the 4 ms that nested zero-delay timeouts cost each time.
import { describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../utils/round-trip/page/next-task';

describe('the next task', () => {
  it('resumes after the work already queued, without a timeout, however deep the nesting', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      queueMicrotask(() => order.push(`microtask ${i}`));
      await nextTask(new AbortController().signal);
      order.push(`slice ${i}`);
    }
    expect(order.slice(0, 4)).toEqual(['microtask 0', 'slice 0', 'microtask 1', 'slice 1']);
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
  });

  it('resumes at once when the lifetime ends, or has ended', async () => {
    const ended = new AbortController();
    ended.abort();
    await nextTask(ended.signal);
    const ending = new AbortController();
    const waiting = nextTask(ending.signal);
    ending.abort();
    await expect(waiting).resolves.toBeUndefined();
  });
});
