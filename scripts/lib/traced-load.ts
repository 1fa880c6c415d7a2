// Our main-thread time on a page as thread time: a load under a Chromium trace, each of our User Timing measures
// ("sourcelight:<phase>") scaled by how much of its enclosing trace event the thread actually ran (tdur / dur),
// and, in loads traced for it, the main-thread part of compiling our scripts. Wall-clock measures also count
// the time a busy machine left the page's thread waiting for a core; thread time is the work itself. Tracing
// adds its own overhead, so these figures err high, not low: the measures are read under the lightest
// categories that carry thread times (`toplevel`: each task), compiling under `devtools.timeline`, which has
// the compile events but slows what it watches by a tenth or more.
import type { BrowserContext, Page } from 'playwright-core';

/** Tasks with their thread times, and User Timing. */
const MEASURE_CATEGORIES = 'toplevel,blink.user_timing';
/** Blink's timeline, which has the compile events. */
const COMPILE_CATEGORIES = 'devtools.timeline,blink.user_timing';
const OUR_SCRIPTS = /\/(first-look|content-scripts\/session)\.js/;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id2?: { local?: string };
  id?: string;
  args?: { data?: { url?: string } };
}

export interface TracedLoad {
  /** Thread ms of our measures. */
  measured: number;
  /** Main-thread ms compiling first-look.js and session.js (session.js is usually compiled off the thread). */
  compile: number;
  /** Wall ms of the same measures, for comparison. */
  wall: number;
  /** Thread ms of our measures in the one task (the thread's outermost trace event) that held the most of
   * them: the long-task budget judged without the time a busy machine kept the thread waiting for a core. */
  longestTask: number;
  /** Thread ms of our measures by phase ("sourcelight:<phase>" without its prefix). */
  byPhase: Record<string, number>;
}

/** `what`: 'measures' (their thread time; compile reads 0) or 'compile' (what compiling took; measures err high). */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
  what: 'measures' | 'compile' = 'measures',
): Promise<TracedLoad> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const categories = what === 'compile' ? COMPILE_CATEGORIES : MEASURE_CATEGORIES;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    // Hostile pages take long to load on a busy machine.
    await page.goto(url, { timeout: 120_000 });
    await settle(page);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();
  }
  return threadTimes(events);
}

function threadTimes(events: TraceEvent[]): TracedLoad {
  const begins = new Map<string, TraceEvent>();
  const spans: Array<{ name: string; pid: number; tid: number; start: number; end: number }> = [];
  const timing = events
    .filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('sourcelight:'))
    .sort((a, b) => a.ts - b.ts);
  for (const e of timing) {
    const key = `${e.name}/${e.id2?.local ?? e.id}`;
    if (e.ph === 'b') begins.set(key, e);
    else if (e.ph === 'e') {
      const begin = begins.get(key);
      begins.delete(key);
      if (begin)
        spans.push({
          name: e.name.slice('sourcelight:'.length),
          pid: e.pid,
          tid: e.tid,
          start: begin.ts,
          end: e.ts,
        });
    }
  }
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined);
  let measured = 0;
  let wall = 0;
  const byTask = new Map<TraceEvent, number>();
  const byPhase: Record<string, number> = {};
  for (const span of spans) {
    const length = span.end - span.start;
    wall += length;
    // The innermost event around the measure tells how much of that stretch the thread ran.
    // The outermost one is the task the measure ran in.
    let inner: TraceEvent | null = null;
    let outer: TraceEvent | null = null;
    for (const e of complete) {
      if (e.pid !== span.pid || e.tid !== span.tid) continue;
      if (e.ts > span.start || e.ts + (e.dur ?? 0) < span.end) continue;
      if (!inner || (e.dur ?? 0) < (inner.dur ?? 0)) inner = e;
      if (!outer || (e.dur ?? 0) > (outer.dur ?? 0)) outer = e;
    }
    const ratio = inner?.dur ? Math.min(1, (inner.tdur ?? 0) / inner.dur) : 1;
    measured += length * ratio;
    byPhase[span.name] = (byPhase[span.name] ?? 0) + (length * ratio) / 1000;
    if (outer) byTask.set(outer, (byTask.get(outer) ?? 0) + length * ratio);
  }
  // Compiling on the page's thread only (a streamed module is compiled on a worker thread, off it).
  const pageThreads = new Set(spans.map((s) => `${s.pid}/${s.tid}`));
  let compile = 0;
  for (const e of complete)
    if (
      (e.name === 'v8.compile' || e.name === 'v8.compileModule') &&
      pageThreads.has(`${e.pid}/${e.tid}`) &&
      OUR_SCRIPTS.test(e.args?.data?.url ?? '')
    )
      compile += e.tdur ?? 0;
  return {
    measured: measured / 1000,
    compile: compile / 1000,
    wall: wall / 1000,
    longestTask: Math.max(0, ...byTask.values()) / 1000,
    byPhase,
  };
}
