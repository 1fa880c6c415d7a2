// The channel of the round trip: how a content script has its page analysed. The page, read as tokens
// (format.ts), goes to the background in slices over a port, and the answer comes back in pieces, so no single
// message (and no single task on the page's main thread reading or parsing one) grows with the page. Small
// pages take one message each way. Failures come back as values, in plain words. Every size of the trip, on
// either side, is in ROUND_TRIP below.
import type { PageReport } from '../../analysis/types';
import type { FoundClaim } from '../../claims/found';
import type { PageView } from '../../highlight/page-view';
import { type ClaimsFound, problemOf } from '../../messaging/analysed';
import type { PageRecorded } from '../../messaging/protocol';
import type { ClaimRecord } from '../../storage/types';
import type { AnalysisTransfer, PageRequest } from './format';

/** The sizes of the round trip, in one place. */
export const ROUND_TRIP = {
  /** Pages whose copy is larger than this (in characters of tokens) are not analysed. */
  maxPageChars: 32 * 1024 * 1024,
  /** Characters of tokens per message to the analyser: Chromium's messaging cost grows faster than the
   * message (a 256 K message cost 30 ms to send, four 64 K ones 10 ms in all). */
  sliceChars: 64 * 1024,
  /** A text node longer than this travels in pieces of this size. */
  textPieceChars: 64 * 1024,
  /** A text piece fills what is left of a slice (so a slice stays about `sliceChars` long), but is at least
   * this long. */
  minTextPieceChars: 1_024,
  /** data: URLs longer than this are sent as an empty "data:," (the analyser never reads them). */
  dataUrlKeep: 1_024,
  /** Work on the page's thread in one task before giving it back, when work comes in slices (ms). */
  sliceMs: 6,
  /** Nodes read between two looks at the clock (`sliceMs`). */
  nodesPerClockCheck: 64,
  /** Passages per message back to the page (each its report entry, placement and look): a page of thousands
   * would otherwise be parsed in one task. */
  passagesPerMessage: 1_000,
  /** Text-node numbers per message back to the page. */
  nodesPerMessage: 32 * 1024,
  /** Characters of each passage's text (and continuation) the analyser's host answers with: the page needs
   * none (it has them in its own DOM) and the background keeps little (the tab state, 2,000 at most when
   * large), while a 10 MB passage cost seconds to send. */
  passageTextKept: 20_000,
  /** Pages whose claims the analyser's host keeps until the background asks for them (it asks at once). */
  claimsKept: 8,
  /** A page's slices carried ahead to the analyser's host (host/carried.ts) are forgotten when none came for
   * this long (ms): the page went away without a word. */
  carriedIdleMs: 60_000,
  /** How long a request waits for the last of its page's slices carried ahead (ms). */
  carriedWaitMs: 10_000,
  /** Claims per message back to the page: each message is parsed in a task of its own. */
  claimsPerMessage: 400,
  /** Nodes and passages taken from the page's list per task when the answer is fastened onto the page
   * (page/revive.ts): a few milliseconds' work. */
  placedPerTask: 2_000,
  /** Passages and claims painted per task on the page, once the answer is in: a few milliseconds each. */
  paintedPerTask: 400,
  /** Passages whose elements are marked (two attributes each) per task on the page: a few milliseconds. */
  markedPerTask: 1_000,
} as const;

const { claimsPerMessage, nodesPerMessage, passagesPerMessage, maxPageChars } = ROUND_TRIP;
export const PAGE_PORT = 'sourcelight/page';
export const TOO_LARGE = 'This page is too large to analyse.';

/**
 * What the page gets first, all its marks need: the analysis (its report without the passages' texts), what
 * the page shows of it and, for an aggregated page, the reader's settings for it and the saved claim "show in
 * page" opened it to reveal.
 */
export interface PageHead {
  analysis: AnalysisTransfer;
  view: PageView;
  page: PageRecorded | null;
  /** The saved claim "show in page" opened this page for, if any. */
  reveal: ClaimRecord | null;
}

/** What the background answers first for a page: the head, or the problem in plain words. */
export type PageResult = { ok: true; answer: PageHead } | { ok: false; problem: string };

/** How the background answers a page: the head first, then its claims (none but for an aggregated page). */
export interface PageReplies {
  passages(result: PageResult): void;
  claims(found: ClaimsFound): void;
}

/** What the page gets: the head, and its claims, which follow it. */
export interface PageAnswer extends PageHead {
  claims: Promise<ClaimsFound>;
}

/** A slice of the page (its tokens as JSON); the last one says it is the end and whose page it is. */
type ToBackground = { part: string; end?: true; url?: string };
/** The first answer; a small page's whole head (its text nodes' numbers included, and complete). */
interface Head extends PageHead {
  complete?: true;
}
/** More of the head's passages, in order: their report entries, placements and looks. */
interface MorePassages {
  quotes: PageReport['quotes'];
  placements: AnalysisTransfer['placements'];
  looks: PageView['quotes'];
}
type ToPage =
  | Head
  | { passages: MorePassages }
  | { nodes: number[]; starts: number[] }
  | { complete: true }
  | { claims: FoundClaim[]; done?: true }
  | { done: true }
  | { claimsError: string }
  | { error: string; tooLarge?: true };

/** What the page gets back: the answer, or what went wrong in plain words (and whether the page is too large). */
export type PortResult = { ok: true; answer: PageAnswer } | { ok: false; problem: string; tooLarge: boolean };

/**
 * Page side: sends the page slice by slice (the caller yields to the page between slices) and gathers the
 * answer. Never rejects: a failure (the background went away, the page is too large, the analyser failed)
 * comes back as a problem in plain words.
 */
export function analyseOverPort(
  /** Opens a port to the background (runtime.connect): passed in, so the page side needs no extension
   * namespace of its own (the first look carries it, on every page). */
  connect: (options: { name: string }) => PagePortPeer,
  url: string,
  slices: AsyncIterable<string>,
  /** Wraps the connection, each send and each message received, so the caller can time them as its own work. */
  measure: (work: () => void, what: 'send' | 'receive') => void = (work) => work(),
): Promise<PortResult> {
  let port!: PagePortPeer;
  try {
    measure(() => {
      port = connect({ name: PAGE_PORT });
    }, 'send');
  } catch (error) {
    return Promise.resolve({ ok: false, problem: problemOf(error), tooLarge: false });
  }
  return new Promise<PortResult>((resolve) => {
    let head: Head | null = null;
    const nodes: number[] = [];
    const starts: number[] = [];
    const claims: FoundClaim[] = [];
    let settled = false;
    let complete = false;
    let claimsFound: (found: ClaimsFound) => void = () => {};
    const claimsToCome = new Promise<ClaimsFound>((resolveClaims) => {
      claimsFound = resolveClaims;
    });
    // The head and its pieces are in: the page can show its passages.
    const completed = () => {
      if (complete || !head) return;
      complete = true;
      const { analysis, view, page, reveal } = head;
      resolve({
        ok: true,
        answer: {
          analysis: { ...analysis, nodes, starts },
          view,
          page,
          reveal,
          claims: claimsToCome,
        },
      });
    };
    // The trip is over, the claims in (problem null) or not.
    const finish = (problem: string | null, tooLarge = false) => {
      if (settled) return;
      settled = true;
      try {
        port.disconnect();
      } catch {
        // Already gone.
      }
      if (!complete) resolve({ ok: false, problem: problem ?? 'The analysis did not arrive.', tooLarge });
      claimsFound(problem === null ? { ok: true, claims } : { ok: false, problem });
    };
    const receive = (message: ToPage) => {
      if ('error' in message) finish(message.error, message.tooLarge === true);
      else if ('analysis' in message) {
        head = message;
        for (const n of message.analysis.nodes) nodes.push(n);
        for (const n of message.analysis.starts) starts.push(n);
        if (message.complete) completed();
      } else if ('passages' in message && head) {
        const { quotes, placements, looks } = message.passages;
        for (const quote of quotes) head.analysis.report.quotes.push(quote);
        for (const placement of placements) head.analysis.placements.push(placement);
        for (const look of looks) head.view.quotes.push(look);
      } else if ('nodes' in message) {
        for (const n of message.nodes) nodes.push(n);
        for (const n of message.starts) starts.push(n);
      } else if ('complete' in message) completed();
      else if ('claimsError' in message) finish(message.claimsError);
      else if ('claims' in message) {
        for (const claim of message.claims) claims.push(claim);
        if (message.done) finish(null);
      } else if ('done' in message) finish(null);
    };
    measure(() => {
      port.onMessage.addListener((message) => measure(() => receive(message as ToPage), 'receive'));
      port.onDisconnect.addListener(() => finish("Sourcelight's background service went away."));
    }, 'send');
    (async () => {
      // One slice is held back to go with the end: a small page is one message.
      let held: string | null = null;
      let size = 0;
      for await (const part of slices) {
        if (settled) return;
        size += part.length;
        if (size > maxPageChars) {
          finish(TOO_LARGE, true);
          return;
        }
        const send = held;
        held = part;
        if (send !== null) measure(() => port.postMessage({ part: send } satisfies ToBackground), 'send');
      }
      if (settled) return;
      if (held === null) finish('The page has nothing to read.');
      else measure(() => port.postMessage({ part: held, end: true, url } satisfies ToBackground), 'send');
    })().catch((error: unknown) => finish(problemOf(error)));
  });
}

export interface PagePortPeer {
  name: string;
  sender?: { tab?: { id?: number } };
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/**
 * Where the background puts a page's slices as they arrive. Kept in the background when the analyser's host
 * is there (Firefox's background page); passed on at once when it is elsewhere (Chrome's offscreen document),
 * so carrying a large page overlaps the page's reading.
 */
export interface SliceCarrier {
  add(part: string): void;
  /** Every slice is in: the request for them. */
  end(url: string): PageRequest;
  /** The page went away or failed: whatever was kept or passed on is forgotten. */
  drop(): void;
}

/** Slices kept where they arrive, handed over whole with the request. */
export function keptHere(): SliceCarrier {
  let parts: string[] = [];
  return {
    add: (part) => parts.push(part),
    end: (url) => ({ url, parts: parts.splice(0) }),
    drop: () => {
      parts = [];
    },
  };
}

/**
 * Background side: gathers a page's slices from one port through `carrier` (they live only as long as the
 * connection) and answers with what `analyse` replies, as it replies: the head (its passages and text node
 * numbers in pieces), then the claims in batches. What `analyse` does after replying (recording the page)
 * does not hold the page up.
 */
export function servePagePort(
  port: PagePortPeer,
  analyse: (request: PageRequest, tabId: number | undefined, reply: PageReplies) => Promise<void>,
  carrier: SliceCarrier = keptHere(),
): void {
  let length = 0;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    carrier.drop();
  });
  const post = (message: ToPage) => {
    if (open) port.postMessage(message);
  };
  // The page disconnects once it reads the error; disconnecting here could overtake the message.
  const fail = (error: string, tooLarge = false) => {
    post(tooLarge ? { error, tooLarge } : { error });
    open = false;
    carrier.drop();
  };
  port.onMessage.addListener((raw: unknown) => {
    if (!open) return;
    const message = raw as Partial<{ part: unknown; end: unknown; url: unknown }> | null;
    if (typeof message?.part !== 'string') {
      fail('Sourcelight received a malformed page.');
      return;
    }
    length += message.part.length;
    if (length > maxPageChars) {
      fail(TOO_LARGE, true);
      return;
    }
    carrier.add(message.part);
    if (message.end === undefined) return;
    if (message.end !== true || typeof message.url !== 'string') {
      fail('Sourcelight received a malformed page.');
      return;
    }
    const request = carrier.end(message.url);
    let passages = false;
    let claimsSent = false;
    const replies: PageReplies = {
      passages: (result) => {
        if (passages) return;
        passages = true;
        if (!result.ok) {
          fail(result.problem);
          return;
        }
        const { analysis, view, page, reveal } = result.answer;
        // The page needs no texts: neither the passages' (it has them in its own DOM; the background keeps
        // the report) nor the article's (it puts that together from what it read: page/revive.ts).
        const report = withoutPassageTexts(analysis.report);
        const passageCount = report.quotes.length;
        if (analysis.nodes.length <= nodesPerMessage && passageCount <= passagesPerMessage) {
          // A page of ordinary size: one message, one task on the page's side.
          post({ analysis: { ...analysis, report }, view, page, reveal, complete: true });
          return;
        }
        // The head with the first passages, the others after it in batches.
        const first = <T>(list: readonly T[]): T[] => list.slice(0, passagesPerMessage);
        post({
          analysis: {
            ...analysis,
            report: { ...report, quotes: first(report.quotes) },
            placements: first(analysis.placements),
            nodes: [],
            starts: [],
          },
          view: { ...view, quotes: first(view.quotes) },
          page,
          reveal,
        });
        for (let at = passagesPerMessage; at < passageCount; at += passagesPerMessage)
          post({
            passages: {
              quotes: report.quotes.slice(at, at + passagesPerMessage),
              placements: analysis.placements.slice(at, at + passagesPerMessage),
              looks: view.quotes.slice(at, at + passagesPerMessage),
            },
          });
        for (let at = 0; at < analysis.nodes.length; at += nodesPerMessage)
          post({
            nodes: analysis.nodes.slice(at, at + nodesPerMessage),
            starts: analysis.starts.slice(at, at + nodesPerMessage),
          });
        post({ complete: true });
      },
      claims: (found) => {
        if (!passages || claimsSent || !open) return;
        claimsSent = true;
        if (!found.ok) {
          post({ claimsError: found.problem });
          return;
        }
        const { claims } = found;
        // Every batch but the last; the last (perhaps empty) says it is the end.
        const last = Math.max(0, Math.ceil(claims.length / claimsPerMessage) - 1) * claimsPerMessage;
        for (let at = 0; at < last; at += claimsPerMessage)
          post({ claims: claims.slice(at, at + claimsPerMessage) });
        post({ claims: claims.slice(last), done: true });
      },
    };
    // A failure before the passages is the page's answer; after them, the claims'.
    analyse(request, port.sender?.tab?.id, replies).catch((error: unknown) => {
      replies.passages({ ok: false, problem: problemOf(error) });
      replies.claims({ ok: false, problem: problemOf(error) });
    });
  });
}

function withoutPassageTexts(report: PageReport): PageReport {
  return { ...report, quotes: report.quotes.map((q) => ({ ...q, text: '', continuation: null })) };
}
