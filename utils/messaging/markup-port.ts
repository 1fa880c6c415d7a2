// How a content script has its page analysed: the page's markup goes to the background in pieces over a port,
// and the answer comes back in pieces, so no single message (and no single task on the page's main thread
// serialising or parsing one) grows with the page. Small pages take one message each way.
import { browser } from 'wxt/browser';
import type { AnalysisTransfer } from '../analysis/transfer';
import type { PageReport } from '../analysis/types';
import type { FoundClaim } from '../claims/found';
import type { PageView } from '../highlight/page-view';
import type { MarkupRequest } from '../page-service/analyse-markup';
import { MAX_MARKUP_CHARS } from '../page-service/limits';
import type { ClaimRecord } from '../storage/types';
import type { BackgroundResponse } from './protocol';

export const MARKUP_PORT = 'sourcelight/markup';
/** Claims per message back to the page: each message is parsed in a task of its own. */
const CLAIMS_PER_MESSAGE = 400;
/** Characters of the article's text per message back to the page. */
const TEXT_PER_MESSAGE = 256 * 1024;

/**
 * What the page gets: the analysis (its report without the passages' texts), its claims and, for an
 * aggregated page, the reader's settings for it and the saved claim "show in page" opened it to reveal.
 */
export interface PageAnswer {
  analysis: AnalysisTransfer;
  view: PageView;
  claims: FoundClaim[];
  page: BackgroundResponse<'page/analysed'> | null;
  /** The saved claim "show in page" opened this page for, if any. */
  reveal: ClaimRecord | null;
}

/** A piece of the page's markup; the last one says it is the end and whose page it is. */
type ToBackground = { part: string; end?: true; url?: string };
/** The first answer; a small page's whole answer (its text and claims included, and done). */
interface Head {
  analysis: AnalysisTransfer;
  view: PageView;
  page: PageAnswer['page'];
  reveal: PageAnswer['reveal'];
  claims?: FoundClaim[];
  done?: true;
}
type ToPage = Head | { text: string } | { claims: FoundClaim[] } | { done: true } | { error: string };

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * Page side: sends the markup piece by piece (the caller yields to the page between pieces) and gathers the
 * answer. Rejects with a plain message when the background fails or goes away.
 */
export function analyseOverPort(
  url: string,
  pieces: AsyncIterable<string>,
  /** Wraps the connection, each send and each message received, so the caller can time them as its own work. */
  measure: (work: () => void, what: 'send' | 'receive') => void = (work) => work(),
): Promise<PageAnswer> {
  let port!: Port;
  measure(() => {
    port = browser.runtime.connect({ name: MARKUP_PORT });
  }, 'send');
  return new Promise<PageAnswer>((resolve, reject) => {
    let head: Head | null = null;
    const text: string[] = [];
    const claims: FoundClaim[] = [];
    let settled = false;
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      try {
        port.disconnect();
      } catch {
        // Already gone.
      }
      if (error !== null || !head) reject(new Error(error ?? 'The analysis did not arrive.'));
      else
        resolve({
          analysis: { ...head.analysis, text: text.join('') },
          view: head.view,
          claims,
          page: head.page,
          reveal: head.reveal,
        });
    };
    const receive = (message: ToPage) => {
      if ('error' in message) finish(message.error);
      else if ('analysis' in message) {
        head = message;
        if (message.analysis.text) text.push(message.analysis.text);
        for (const claim of message.claims ?? []) claims.push(claim);
        if (message.done) finish(null);
      } else if ('text' in message) text.push(message.text);
      else if ('claims' in message) for (const claim of message.claims) claims.push(claim);
      else if ('done' in message) finish(null);
    };
    measure(() => {
      port.onMessage.addListener((message: ToPage) => measure(() => receive(message), 'receive'));
      port.onDisconnect.addListener(() => finish("Sourcelight's background service went away."));
    }, 'send');
    (async () => {
      // One piece is held back to go with the end: a small page is one message.
      let held: string | null = null;
      for await (const part of pieces) {
        if (settled) return;
        const send = held;
        held = part;
        if (send !== null) measure(() => port.postMessage({ part: send } satisfies ToBackground), 'send');
      }
      const last = held ?? '';
      if (!settled)
        measure(() => port.postMessage({ part: last, end: true, url } satisfies ToBackground), 'send');
    })().catch((error: unknown) => finish(error instanceof Error ? error.message : String(error)));
  });
}

export interface MarkupPortPeer {
  name: string;
  sender?: { tab?: { id?: number } };
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/**
 * Background side: gathers a page's markup from one port (the pieces live only as long as the connection)
 * and answers with `analyse`'s result, claims in batches.
 */
export function serveMarkupPort(
  port: MarkupPortPeer,
  analyse: (request: MarkupRequest, tabId: number | undefined) => Promise<PageAnswer>,
): void {
  const parts: string[] = [];
  let length = 0;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    parts.length = 0;
  });
  const post = (message: ToPage) => {
    if (open) port.postMessage(message);
  };
  // The page disconnects once it reads the error; disconnecting here could overtake the message.
  const fail = (error: string) => {
    post({ error });
    open = false;
    parts.length = 0;
  };
  port.onMessage.addListener((raw: unknown) => {
    if (!open) return;
    const message = raw as Partial<{ part: unknown; end: unknown; url: unknown }> | null;
    if (typeof message?.part !== 'string') {
      fail('Sourcelight received a malformed page.');
      return;
    }
    length += message.part.length;
    if (length > MAX_MARKUP_CHARS) {
      fail('This page is too large to analyse.');
      return;
    }
    parts.push(message.part);
    if (message.end === undefined) return;
    if (message.end !== true || typeof message.url !== 'string') {
      fail('Sourcelight received a malformed page.');
      return;
    }
    const html = parts.join('');
    parts.length = 0;
    analyse({ url: message.url, html }, port.sender?.tab?.id).then(
      ({ analysis, view, claims, page, reveal }) => {
        // The article's text and the passages' texts are the bulk: the text goes in pieces, and the page
        // needs no passage texts (it has them in its own DOM; the background keeps the full report).
        const report = withoutPassageTexts(analysis.report);
        if (analysis.text.length <= TEXT_PER_MESSAGE && claims.length <= CLAIMS_PER_MESSAGE) {
          // A page of ordinary size: one message, one task on the page's side.
          post({ analysis: { ...analysis, report }, view, page, reveal, claims, done: true });
          return;
        }
        post({ analysis: { ...analysis, report, text: '' }, view, page, reveal });
        for (let at = 0; at < analysis.text.length; at += TEXT_PER_MESSAGE)
          post({ text: analysis.text.slice(at, at + TEXT_PER_MESSAGE) });
        for (let at = 0; at < claims.length; at += CLAIMS_PER_MESSAGE)
          post({ claims: claims.slice(at, at + CLAIMS_PER_MESSAGE) });
        post({ done: true });
      },
      (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
    );
  });
}

function withoutPassageTexts(report: PageReport): PageReport {
  return { ...report, quotes: report.quotes.map((q) => ({ ...q, text: '', continuation: null })) };
}

/** For the background: serves every markup port a content script opens. */
export function acceptMarkupPorts(
  analyse: (request: MarkupRequest, tabId: number | undefined) => Promise<PageAnswer>,
): void {
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name === MARKUP_PORT) serveMarkupPort(port as unknown as MarkupPortPeer, analyse);
  });
}
