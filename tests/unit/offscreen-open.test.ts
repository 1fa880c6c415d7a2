// Chrome's offscreen document is opened ahead of the first page (utils/messaging/offscreen.ts: openAnalyser),
// once however often it is asked for, and a failure to open it is left to the page's own request.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const offscreen = vi.hoisted(() => ({
  open: false,
  created: 0,
  fail: false,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    offscreen: {
      Reason: { DOM_PARSER: 'DOM_PARSER' },
      hasDocument: async () => offscreen.open,
      createDocument: async () => {
        offscreen.created++;
        await new Promise((r) => setTimeout(r, 5));
        if (offscreen.fail) throw new Error('No offscreen documents here.');
        offscreen.open = true;
      },
    },
    runtime: { sendMessage: async () => ({ ok: false, problem: 'sample' }) },
  },
}));

const { analyseOffscreen, openAnalyser } = await import('../../utils/messaging/offscreen');

describe('opening the analyser ahead of the first page', () => {
  beforeEach(() => {
    offscreen.open = false;
    offscreen.created = 0;
    offscreen.fail = false;
  });

  it('creates the document once, and the first page finds it open', async () => {
    openAnalyser();
    openAnalyser();
    await vi.waitFor(() => expect(offscreen.open).toBe(true));
    expect(offscreen.created).toBe(1);
    await analyseOffscreen({ url: 'https://example.com/', parts: [] });
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
