// Our main-thread time on a page, measured around our own work and published as User Timing measures named
// "sourcelight:<phase>" (visible in DevTools' performance panel and to scripts/bench-page.ts). The page's
// timeline is shared between the page and the content script, so no mark on the page is needed.
// Work in one task may span several phases (a slice of markup read, then sent): each task's total is
// published too, as "sourcelight-task" (at most the task's own time: phases in tasks that run before our
// zero-delay timeout fires are counted with it, which can only overstate it).
export const MEASURE_PREFIX = 'sourcelight:';
export const TASK_MEASURE = 'sourcelight-task';

let task: { start: number; total: number } | null = null;

function closeTask(): void {
  const done = task;
  task = null;
  if (!done) return;
  try {
    performance.measure(TASK_MEASURE, { start: done.start, duration: done.total });
  } catch {
    // As below.
  }
}

export function timed<T>(phase: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    record(phase, start, performance.now());
  }
}

/** Times work that began at `start` (a moment taken earlier in this task) and ends now. */
export function timedSince(phase: string, start: number): void {
  record(phase, start, performance.now());
}

function record(phase: string, start: number, end: number): void {
  if (!task) {
    task = { start, total: 0 };
    setTimeout(closeTask, 0);
  }
  task.total += end - start;
  try {
    performance.measure(`${MEASURE_PREFIX}${phase}`, { start, end });
  } catch {
    // A page that replaced performance.measure does not get to break us.
  }
}
