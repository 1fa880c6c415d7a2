// A page's slices passed on to Chrome's offscreen document as they arrive (utils/messaging/offscreen.ts:
// carryToOffscreen), the request naming them: the document analyses the very slices the page sent, in order,
// and forgets those of a page that went away.
import { describe, expect, it, vi } from 'vitest';
import type { PageRequest } from '../../utils/round-trip/channel/format';
import { servePagePort } from '../../utils/round-trip/channel/port';
import { replying } from './page-port-helpers';

/** A runtime whose messages reach the document's listener a little later, each after its own delay. */
const runtime = vi.hoisted(() => ({
  listener: null as ((message: unknown) => unknown) | null,
  sent: [] as unknown[],
  delays: [] as number[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    offscreen: {
      Reason: { DOM_PARSER: 'DOM_PARSER' },
      // The document is open already: a second is refused, as Chrome does.
      createDocument: async () => {
        throw new Error('Only a single offscreen document may be created.');
      },
    },
    runtime: {
      sendMessage: (message: unknown) => {
        runtime.sent.push(message);
        const copy = JSON.parse(JSON.stringify(message));
        return new Promise((resolve) =>
          setTimeout(() => resolve(runtime.listener?.(copy)), runtime.delays.shift() ?? 0),
        );
      },
      onMessage: {
        addListener: (listener: (message: unknown) => unknown) => {
          runtime.listener = listener;
        },
      },
    },
  },
}));

const { analyseOffscreen, answerOffscreenRequests, carryToOffscreen } = await import(
  '../../utils/messaging/offscreen'
);

const analysed: PageRequest[] = [];
answerOffscreenRequests((request) => {
  analysed.push(request);
  return {
    ok: true,
    answer: { parts: request.parts.length } as never,
    claims: async () => ({ ok: true, claims: [] }),
  };
});

describe('carrying a page to the offscreen document', () => {
  it('has the document analyse the slices the page sent, in order, though they came out of order', async () => {
    runtime.delays = [30, 0, 15, 5];
    const carrier = carryToOffscreen();
    for (const part of ['[1,"html",0', ',1,"body",0', ',3,"text"', ',0,0]']) carrier.add(part);
    const request = carrier.end('https://example.com/a');
    expect(request).toEqual({
      url: 'https://example.com/a',
      parts: [],
      carried: { id: expect.any(String), count: 4 },
    });
    const answer = await analyseOffscreen(request);
    expect(answer).toMatchObject({ ok: true, answer: { parts: 4 } });
    expect(analysed.at(-1)).toEqual({
      url: 'https://example.com/a',
      parts: ['[1,"html",0', ',1,"body",0', ',3,"text"', ',0,0]'],
    });
  });

  it('passes each slice on as it arrives over the page port, before the page ends', async () => {
    const carrier = carryToOffscreen();
    const listeners: Array<(message: unknown) => void> = [];
    const gone: Array<() => void> = [];
    servePagePort(
      {
        name: 'sourcelight/page',
        onMessage: { addListener: (l) => listeners.push(l) },
        onDisconnect: { addListener: (l) => gone.push(l) },
        postMessage: () => {},
        disconnect: () => {},
      },
      replying(async () => ({ ok: false, problem: 'not needed' })),
      carrier,
    );
    runtime.sent = [];
    listeners[0]({ part: '[1,"html",0' });
    await vi.waitFor(() => expect(runtime.sent).toHaveLength(1));
    expect(runtime.sent[0]).toMatchObject({ index: 0, part: '[1,"html",0' });
    // The page goes away: the document forgets its slices.
    for (const l of gone) l();
    await vi.waitFor(() => expect(runtime.sent.at(-1)).toMatchObject({ drop: true }));
  });

  it('answers in words when a slice never reached the document', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const carrier = carryToOffscreen();
      carrier.add('[1,"html",0,0]');
      const request = carrier.end('https://example.com/b');
      const asked = analyseOffscreen({ ...request, carried: { id: request.carried?.id ?? '', count: 2 } });
      await vi.runAllTimersAsync();
      expect(await asked).toEqual({ ok: false, problem: 'The page did not all reach the analyser.' });
    } finally {
      vi.useRealTimers();
    }
  });
});
