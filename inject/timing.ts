// Our main-thread time on a page, measured around our own work and published as User Timing measures named
// "sourcelight:<phase>" (visible in DevTools' performance panel and to scripts/bench-page.ts), in bench builds
// only: the page's timeline is shared with the page, so a measure would tell any page that Sourcelight is
// installed. Elsewhere `timed` only runs the work.
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

/** Whether this build publishes its timings (bench builds: SOURCELIGHT_TIMING=1). */
export const TIMING = typeof __SOURCELIGHT_TIMING__ !== 'undefined' && __SOURCELIGHT_TIMING__;

export function timed<T>(phase: string, work: () => T): T {
  if (!TIMING) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    record(phase, start, performance.now());
  }
}

/** Times work that began at `start` (a moment taken earlier in this task) and ends now. */
export function timedSince(phase: string, start: number): void {
  if (!TIMING) return;
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
