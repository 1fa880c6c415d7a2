// Chrome's offscreen document, where pages are analysed (the service worker has no DOM to rebuild a page
// in). The background asks it through runtime messages marked with OFFSCREEN_TARGET, which every other
// listener ignores; the document is created on first use and stays, so its code stays warm.
import { browser } from 'wxt/browser';
import type { PageRequest } from '../round-trip/channel/format';
import { ROUND_TRIP, type SliceCarrier } from '../round-trip/channel/port';
import type { PagePassages } from '../round-trip/host/analyse';
import { CarriedPages } from '../round-trip/host/carried';
import { type Analysed, type ClaimsFound, problemOf } from './analysed';

export const OFFSCREEN_TARGET = 'sourcelight-offscreen';
const OFFSCREEN_PAGE = '/offscreen.html';

export interface OffscreenRequest extends PageRequest {
  target: typeof OFFSCREEN_TARGET;
}

/** The background asking for the claims of a page analysed before (by the number its answer gave). */
export interface ClaimsRequest {
  target: typeof OFFSCREEN_TARGET;
  claimsOf: number;
}

export function isClaimsRequest(message: unknown): message is ClaimsRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return m.target === OFFSCREEN_TARGET && typeof m.claimsOf === 'number';
}

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  const carried = m.carried as Record<string, unknown> | undefined;
  return (
    m.target === OFFSCREEN_TARGET &&
    Array.isArray(m.parts) &&
    m.parts.every((part) => typeof part === 'string') &&
    typeof m.url === 'string' &&
    (carried === undefined ||
      (typeof carried === 'object' &&
        carried !== null &&
        typeof carried.id === 'string' &&
        Number.isInteger(carried.count)))
  );
}

/** A slice of a page passed on ahead of its request (`index` from 0), or word to forget the page's slices. */
export type CarriedSlice =
  | { target: typeof OFFSCREEN_TARGET; carry: string; index: number; part: string }
  | { target: typeof OFFSCREEN_TARGET; carry: string; drop: true };

function isCarriedSlice(message: unknown): message is CarriedSlice {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return (
    m.target === OFFSCREEN_TARGET &&
    typeof m.carry === 'string' &&
    (m.drop === true || (Number.isInteger(m.index) && typeof m.part === 'string'))
  );
}

// Caches, not state: a worker that restarts asks the browser again.
let creating: Promise<void> | null = null;
/**
 * The document was found or created, and no message has found it gone since: a page's messages go to it at
 * once. Asking the browser (createDocument) is a round trip to its process, 3 to 5 ms on the bench VM, which a
 * page waited for twice on its way (its slices, then its request).
 */
let known = false;
/** Counts the times the document was found or created: slices carried to an earlier one went to no one. */
let generation = 0;

/** A message to the document found no one there (Chrome's "Receiving end does not exist"): the next message
 * has the browser create the document again. */
function goneIf(error: unknown): void {
  if (/receiving end/i.test(error instanceof Error ? error.message : String(error))) known = false;
}

/** The document, created if need be; resolves once it listens, with its generation. */
async function ensureDocument(): Promise<number> {
  if (known) return generation;
  // Created without asking the browser first (hasDocument(), one more round trip on a fresh browser's first
  // page's way): a document that exists already (a worker restarted, the document kept) refuses a second
  // one, which is the answer we wanted. A document being created listens only once its creation resolves:
  // whoever comes meanwhile waits for that creation too.
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: [browser.offscreen.Reason.DOM_PARSER],
      justification: 'Rebuilds an inert copy of the page to find its quoted passages and claims.',
    })
    .catch((error: unknown) => {
      if (!/single offscreen/i.test(error instanceof Error ? error.message : String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
  if (!known) {
    known = true;
    generation++;
  }
  return generation;
}

/**
 * Opens the document ahead of the first page (at the browser's start, at install, when a page connects), so
 * that page does not wait for its creation and first analysis (it warms itself: entrypoints/offscreen/).
 * A failure here is left for the page's own request, which tries again and says what went wrong.
 */
export function openAnalyser(): void {
  ensureDocument().catch(() => {});
}

/** A page carried ahead, once its last slice is on its way. */
interface Carried {
  /** Once every slice was handed to the browser to send. */
  sent: Promise<void>;
  /** The generation of the document they were sent to (0: none). */
  sentTo(): number;
  /** The slices, sent again with the request should the document have been found gone since. */
  parts: readonly string[];
}
const sending = new Map<string, Carried>();

/**
 * Passes a page's slices on to the document as they arrive from the page (each its own message, in order,
 * once the document listens), so carrying a large page overlaps its reading; the request that ends it names
 * them (`carried`) instead of holding them.
 */
export function carryToOffscreen(): SliceCarrier {
  const id = crypto.randomUUID();
  const parts: string[] = [];
  let sentTo = 0;
  let sent: Promise<void> = ensureDocument().then((to) => {
    sentTo = to;
  });
  const send = (message: CarriedSlice) => {
    // Each send starts once the one before it was handed over, not answered: the order is the browser's.
    sent = sent.then(() => {
      browser.runtime.sendMessage(message).catch(goneIf);
    });
    sent = sent.catch(() => {});
  };
  return {
    add(part) {
      send({ target: OFFSCREEN_TARGET, carry: id, index: parts.length, part });
      parts.push(part);
    },
    end(url) {
      sending.set(id, { sent, sentTo: () => sentTo, parts });
      return { url, parts: [], carried: { id, count: parts.length } };
    },
    drop() {
      sending.delete(id);
      if (parts.length > 0) send({ target: OFFSCREEN_TARGET, carry: id, drop: true });
    },
  };
}

/** The document's first answer: the passages, and the number to ask for the claims by. */
type PassagesAnswer = { ok: true; answer: PagePassages; claimsOf: number } | { ok: false; problem: string };

/** The document's answer; `answered` false when nothing answered (the document was not there). */
async function ask(request: PageRequest): Promise<PassagesAnswer & { answered: boolean }> {
  let to: number;
  try {
    to = await ensureDocument();
  } catch (error) {
    return { ok: false, problem: `The analyser could not start (${problemOf(error)}).`, answered: true };
  }
  // A page carried ahead is asked for once its last slice is on its way: it overtakes none of them. Slices
  // carried to a document found gone since went to no one: they go with the request instead.
  const carried = request.carried ? sending.get(request.carried.id) : undefined;
  if (carried) await carried.sent;
  const sendable =
    carried && carried.sentTo() !== to ? { url: request.url, parts: [...carried.parts] } : request;
  const message: OffscreenRequest = { target: OFFSCREEN_TARGET, ...sendable };
  let answer: PassagesAnswer | undefined;
  try {
    answer = (await browser.runtime.sendMessage(message)) as PassagesAnswer | undefined;
  } catch (error) {
    goneIf(error);
    return { ok: false, problem: `The analyser did not answer (${problemOf(error)}).`, answered: false };
  }
  return answer
    ? { ...answer, answered: true }
    : { ok: false, problem: 'The analyser did not answer.', answered: false };
}

async function askClaims(claimsOf: number): Promise<ClaimsFound> {
  const message: ClaimsRequest = { target: OFFSCREEN_TARGET, claimsOf };
  try {
    const found = (await browser.runtime.sendMessage(message)) as ClaimsFound | undefined;
    return found ?? { ok: false, problem: 'The analyser did not answer.' };
  } catch (error) {
    goneIf(error);
    return { ok: false, problem: `The analyser did not answer (${problemOf(error)}).` };
  }
}

/**
 * Has the offscreen document analyse the page; asks once more if the document went away meanwhile (the
 * page's slices then go with the request). Never rejects: the passages come first, the claims when asked
 * (never rejecting either).
 */
export async function analyseOffscreen(request: PageRequest): Promise<Analysed> {
  const first = await ask(request);
  const { answered: _, ...result } = first.answered ? first : await ask(request);
  if (request.carried) sending.delete(request.carried.id);
  if (!result.ok) return result;
  return { ok: true, answer: result.answer, claims: () => askClaims(result.claimsOf) };
}

/**
 * For the offscreen document: answers the background's requests with `analyse`'s value, the passages at
 * once and the claims when asked for by number. The claims are extracted in the next task, while the
 * passages travel, and kept until asked for (a few pages' at most). Slices carried ahead are kept until
 * their request comes.
 */
export function answerOffscreenRequests(
  analyse: (request: PageRequest) => Analysed,
  /** Called on each of a page's messages (a slice carried ahead, a request), before it is handled. */
  pageCame: () => void = () => {},
  /** What `analyse` reads has arrived: requests are answered once it resolves; should it reject, its problem is
   * each request's answer. */
  ready: Promise<unknown> = Promise.resolve(),
): void {
  const kept = new Map<number, Promise<ClaimsFound>>();
  const carried = new CarriedPages();
  const readied: Promise<string | null> = ready.then(
    () => null,
    (error: unknown) => `The analyser could not read its data: ${problemOf(error)}`,
  );
  let last = 0;
  const answer = (request: PageRequest): PassagesAnswer => {
    const analysed = analyse(request);
    if (!analysed.ok) return analysed;
    const claimsOf = ++last;
    kept.set(claimsOf, new Promise((resolve) => setTimeout(() => resolve(analysed.claims()), 0)));
    for (const old of kept.keys()) if (kept.size > ROUND_TRIP.claimsKept) kept.delete(old);
    return { ok: true, answer: analysed.answer, claimsOf };
  };
  browser.runtime.onMessage.addListener(((message: unknown) => {
    if (isCarriedSlice(message) || isOffscreenRequest(message)) pageCame();
    if (isCarriedSlice(message)) {
      if ('drop' in message) carried.drop(message.carry);
      else carried.add(message.carry, message.index, message.part);
      return undefined;
    }
    if (isClaimsRequest(message)) {
      const found = kept.get(message.claimsOf);
      kept.delete(message.claimsOf);
      return found ?? Promise.resolve({ ok: false, problem: 'The claims of that page are no longer kept.' });
    }
    if (!isOffscreenRequest(message)) return undefined;
    const { url, carried: ahead } = message;
    const parts = ahead ? carried.take(ahead.id, ahead.count) : Promise.resolve(message.parts);
    return Promise.all([parts, readied]).then(
      ([parts, problem]): PassagesAnswer =>
        problem !== null
          ? { ok: false, problem }
          : parts
            ? answer({ url, parts })
            : { ok: false, problem: 'The page did not all reach the analyser.' },
    );
  }) as never);
}
