// Chrome's offscreen document is opened ahead of the first page (utils/messaging/offscreen.ts: openAnalyser),
// once however often it is asked for, and a failure to open it is left to the page's own request. Once open,
// pages go to it without asking the browser again, until a message finds it gone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Like Chrome's: a document being created exists (for hasDocument(), and a second is refused), and listens
 * once created. */
const offscreen = vi.hoisted(() => ({
  exists: false,
  open: false,
  created: 0,
  /** Times the browser was asked whether the document exists, or to create it. */
  asked: 0,
  /** Of which whether it exists (hasDocument). */
  queried: 0,
  fail: false,
  /** Every message sent to the document. */
  sent: [] as unknown[],
  /** What the creation waits for (a test may hold it). */
  gate: Promise.resolve(),
  /** The document's side: what answerOffscreenRequests listens with. */
  listener: null as ((message: unknown) => unknown) | null,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    offscreen: {
      Reason: { DOM_PARSER: 'DOM_PARSER' },
      hasDocument: async () => {
        offscreen.asked++;
        offscreen.queried++;
        return offscreen.exists;
      },
      createDocument: async () => {
        offscreen.asked++;
        // Chrome refuses a second document, with these words.
        if (offscreen.exists) throw new Error('Only a single offscreen document may be created.');
        offscreen.created++;
        offscreen.exists = !offscreen.fail;
        await offscreen.gate;
        await new Promise((r) => setTimeout(r, 5));
        if (offscreen.fail) throw new Error('No offscreen documents here.');
        offscreen.open = true;
      },
    },
    runtime: {
      sendMessage: async (message: unknown) => {
        offscreen.sent.push(message);
        if (!offscreen.open) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, answer: 'analysed', claimsOf: 1 };
      },
      onMessage: {
        addListener: (listener: (message: unknown) => unknown) => {
          offscreen.listener = listener;
        },
      },
    },
  },
}));

type Offscreen = typeof import('../../utils/messaging/offscreen');
let {
  analyseOffscreen,
  answerOffscreenRequests,
  carryToOffscreen,
  OFFSCREEN_TARGET,
  openAnalyser,
}: Offscreen = await import('../../utils/messaging/offscreen');

/** A worker just started: the module's caches (the document known, its creation) are fresh. */
async function freshWorker(): Promise<void> {
  vi.resetModules();
  ({ analyseOffscreen, answerOffscreenRequests, carryToOffscreen, OFFSCREEN_TARGET, openAnalyser } =
    await import('../../utils/messaging/offscreen'));
}

describe('opening the analyser ahead of the first page', () => {
  beforeEach(async () => {
    offscreen.exists = false;
    offscreen.open = false;
    offscreen.created = 0;
    offscreen.asked = 0;
    offscreen.queried = 0;
    offscreen.sent = [];
    offscreen.fail = false;
    offscreen.gate = Promise.resolve();
    await freshWorker();
  });

  it('creates the document once, and the first page finds it open', async () => {
    openAnalyser();
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.open).toBe(true));
    expect(offscreen.created).toBe(1);
    expect(await analyseOffscreen({ url: 'https://example.com/', parts: [] })).toMatchObject({
      ok: true,
      answer: 'analysed',
    });
    expect(offscreen.created).toBe(1);
  });

  it('asks the browser about the document once, not on every page', async () => {
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.open).toBe(true));
    for (let page = 0; page < 3; page++) {
      openAnalyser();
      const carrier = carryToOffscreen();
      carrier.add('[]');
      expect(await analyseOffscreen(carrier.end(`https://example.com/${page}`))).toMatchObject({ ok: true });
    }
    expect(offscreen.asked).toBe(1);
    expect(offscreen.created).toBe(1);
  });

  it('asks the browser nothing before creating the document, and takes one that exists for it', async () => {
    // A worker restarted while its document stayed open.
    offscreen.exists = true;
    offscreen.open = true;
    openAnalyser();
    expect(await analyseOffscreen({ url: 'https://example.com/', parts: [] })).toMatchObject({
      ok: true,
      answer: 'analysed',
    });
    expect(offscreen.queried).toBe(0);
    expect(offscreen.asked).toBe(1);
    expect(offscreen.created).toBe(0);
  });

  it("creates a document found gone again, and sends it the page's slices with the request", async () => {
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.open).toBe(true));
    // The browser closed it (its renderer went away): the worker still takes it for open.
    offscreen.exists = false;
    offscreen.open = false;
    const carrier = carryToOffscreen();
    carrier.add('[1,"html",0');
    carrier.add(',0]');
    const request = carrier.end('https://example.com/');
    expect(await analyseOffscreen(request)).toMatchObject({ ok: true, answer: 'analysed' });
    expect(offscreen.created).toBe(2);
    expect(offscreen.sent.at(-1)).toEqual({
      target: OFFSCREEN_TARGET,
      url: 'https://example.com/',
      parts: ['[1,"html",0', ',0]'],
    });
  });

  it('has a page that comes while the document is being created wait for it to listen', async () => {
    let release = () => {};
    offscreen.gate = new Promise((r) => (release = r));
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.exists).toBe(true));
    const asked = analyseOffscreen({ url: 'https://example.com/', parts: [] });
    await new Promise((r) => setTimeout(r, 10));
    expect(offscreen.open).toBe(false);
    release();
    expect(await asked).toMatchObject({
      ok: true,
      answer: 'analysed',
    });
    expect(offscreen.created).toBe(1);
  });

  it('leaves a failure to the page, which tries again and says what went wrong', async () => {
    offscreen.fail = true;
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.created).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onRejection);
    expect(rejections).toEqual([]);
    expect(await analyseOffscreen({ url: 'https://example.com/', parts: [] })).toEqual({
      ok: false,
      problem: 'The analyser could not start (No offscreen documents here.).',
    });
    expect(offscreen.created).toBe(2);
  });
});

describe('the offscreen document answering', () => {
  it('answers the passages at once, the claims when asked by number, once', async () => {
    const extracted: string[] = [];
    answerOffscreenRequests(() => ({
      ok: true,
      answer: 'passages' as never,
      claims: async () => {
        extracted.push('claims');
        return { ok: true, claims: [{ id: 'c1' } as never] };
      },
    }));
    const ask = (message: object) => offscreen.listener?.({ target: OFFSCREEN_TARGET, ...message });
    const passages = (await ask({ url: 'https://example.com/', parts: [] })) as { claimsOf: number };
    expect(passages).toEqual({ ok: true, answer: 'passages', claimsOf: expect.any(Number) });
    expect(await ask({ claimsOf: passages.claimsOf })).toEqual({ ok: true, claims: [{ id: 'c1' }] });
    expect(extracted).toEqual(['claims']);
    expect(await ask({ claimsOf: passages.claimsOf })).toEqual({
      ok: false,
      problem: 'The claims of that page are no longer kept.',
    });
    expect(ask({ something: 'else' })).toBeUndefined();
  });

  it("says when a page's message comes (a slice carried ahead, a request), not the background's others", async () => {
    const came: string[] = [];
    answerOffscreenRequests(
      () => ({ ok: false, problem: 'not analysed here' }),
      () => came.push('page'),
    );
    const ask = (message: object) => offscreen.listener?.({ target: OFFSCREEN_TARGET, ...message });
    await ask({ claimsOf: 1 });
    expect(came).toEqual([]);
    ask({ carry: 'p1', index: 0, part: '[]' });
    expect(came).toEqual(['page']);
    await ask({ url: 'https://example.com/', parts: [] });
    expect(came).toEqual(['page', 'page']);
  });

  it('answers a request once what the analysis reads has arrived, and says so if it never does', async () => {
    for (const arrives of [true, false]) {
      let settle = () => {};
      const ready = new Promise<void>((resolve, reject) => {
        settle = arrives ? resolve : () => reject(new Error('outlets.json: 404 Not Found'));
      });
      const analysed: string[] = [];
      answerOffscreenRequests(
        (request) => {
          analysed.push(request.url);
          return { ok: false, problem: 'not analysed here' };
        },
        () => {},
        ready,
      );
      const ask = (message: object) => offscreen.listener?.({ target: OFFSCREEN_TARGET, ...message });
      const answered = ask({ url: 'https://example.com/', parts: [] });
      await new Promise((r) => setTimeout(r, 10));
      expect(analysed).toEqual([]);
      settle();
      if (arrives) {
        expect(await answered).toEqual({ ok: false, problem: 'not analysed here' });
        expect(analysed).toEqual(['https://example.com/']);
      } else {
        expect(await answered).toEqual({
          ok: false,
          problem: 'The analyser could not read its data: outlets.json: 404 Not Found',
        });
        expect(analysed).toEqual([]);
      }
    }
  });
});
