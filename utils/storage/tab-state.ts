// What the background knows about each tab, in browser.storage.session (the service worker may stop at any
// moment, so nothing lives in globals). Keys: "tab:<id>" for the page's analysis, "reveal:<id>" for a claim
// waiting to be shown once the tab's page has loaded.
import type { TabState } from '../messaging/protocol';
import type { KeyValueArea } from './area';

const TAB_PREFIX = 'tab:';
const REVEAL_PREFIX = 'reveal:';

export interface PendingReveal {
  claimId: string;
  at: number;
}

/** A reveal the page never asked for (closed, navigated elsewhere) is forgotten after this long. */
export const REVEAL_TTL_MS = 5 * 60_000;

export async function getTabState(area: KeyValueArea, tabId: number): Promise<TabState | null> {
  const key = TAB_PREFIX + tabId;
  return ((await area.get(key))[key] as TabState | undefined) ?? null;
}

/** storage.session holds 10 MB in all; one tab's state stays well under it. */
const TAB_STATE_MAX_CHARS = 2_000_000;
const QUOTE_TEXT_KEPT = 2_000;

/** A huge page's state, cut down to fit: long passages shortened, then the lowest claims left out. */
export function fitTabState(state: TabState, maxChars = TAB_STATE_MAX_CHARS): TabState {
  let size = JSON.stringify(state).length;
  if (size <= maxChars) return state;
  const report = {
    ...state.report,
    quotes: state.report.quotes.map((q) =>
      q.text.length > QUOTE_TEXT_KEPT ? { ...q, text: `${q.text.slice(0, QUOTE_TEXT_KEPT)}…` } : q,
    ),
  };
  let claims = state.claims;
  size = JSON.stringify({ ...state, report, claims }).length;
  if (size > maxChars && claims.length) {
    const keep = Math.max(0, Math.floor(claims.length * (maxChars / size) * 0.9));
    claims = [...claims].sort((a, b) => b.score - a.score).slice(0, keep);
  }
  return { ...state, report, claims };
}

export async function setTabState(area: KeyValueArea, tabId: number, state: TabState): Promise<void> {
  await area.set({ [TAB_PREFIX + tabId]: fitTabState(state) });
}

export async function setTabHighlights(area: KeyValueArea, tabId: number, on: boolean): Promise<void> {
  const state = await getTabState(area, tabId);
  if (state && state.highlightsOn !== on) await setTabState(area, tabId, { ...state, highlightsOn: on });
}

/** The tab moved on to another page; a reveal waiting for that page is kept. */
export async function forgetTabState(area: KeyValueArea, tabId: number): Promise<void> {
  await area.remove(TAB_PREFIX + tabId);
}

export async function forgetTab(area: KeyValueArea, tabId: number): Promise<void> {
  await area.remove([TAB_PREFIX + tabId, REVEAL_PREFIX + tabId]);
}

/** Every tab with an analysed page. */
export async function listTabStates(area: KeyValueArea): Promise<Array<{ tabId: number; state: TabState }>> {
  const all = await area.get(null);
  const out: Array<{ tabId: number; state: TabState }> = [];
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(TAB_PREFIX))
      out.push({ tabId: Number(key.slice(TAB_PREFIX.length)), state: value as TabState });
  }
  return out;
}

export async function setPendingReveal(
  area: KeyValueArea,
  tabId: number,
  claimId: string,
  at: number,
): Promise<void> {
  await area.set({ [REVEAL_PREFIX + tabId]: { claimId, at } satisfies PendingReveal });
}

export async function getPendingReveal(
  area: KeyValueArea,
  tabId: number,
  now: number,
): Promise<PendingReveal | null> {
  const key = REVEAL_PREFIX + tabId;
  const pending = (await area.get(key))[key] as PendingReveal | undefined;
  if (!pending) return null;
  if (now - pending.at > REVEAL_TTL_MS) {
    await area.remove(key);
    return null;
  }
  return pending;
}

export async function clearPendingReveal(area: KeyValueArea, tabId: number, claimId?: string): Promise<void> {
  const key = REVEAL_PREFIX + tabId;
  if (claimId !== undefined) {
    const pending = (await area.get(key))[key] as PendingReveal | undefined;
    if (pending && pending.claimId !== claimId) return;
  }
  await area.remove(key);
}
