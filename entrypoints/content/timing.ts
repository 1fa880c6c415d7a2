// Our main-thread time on a page, measured around our own work and published as User Timing measures named
// "sourcelight:<phase>" (visible in DevTools' performance panel and to scripts/bench-page.ts). The page's
// timeline is shared between the page and the content script, so no mark on the page is needed.
export const MEASURE_PREFIX = 'sourcelight:';

export function timed<T>(phase: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(`${MEASURE_PREFIX}${phase}`, { start, end: performance.now() });
    } catch {
      // A page that replaced performance.measure does not get to break us.
    }
  }
}
