// When this script began to run. Imported first (entrypoints/first-look/index.ts, session.ts), so it is evaluated
// before every other module of its bundle: the time from here to the start of our work (loading our modules) is
// timed as the 'load' phase. Where one bundle holds both (Firefox's), the first to ask gets it.
let loadedAt: number | null = performance.now();

/** The moment this bundle began to run, once; null to later callers in the same bundle. */
export function takeLoadStart(): number | null {
  const start = loadedAt;
  loadedAt = null;
  return start;
}
