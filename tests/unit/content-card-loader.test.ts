// The claim card's code, loaded when a card first opens: from the extension's own files, or a failure that
// says why (the overlay shows it in the card's place: highlight-overlay.test.tsx).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_MODULE, loadCardLayer } from '../../inject/card-loader';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the card loader', () => {
  it('says plainly that the extension went away when it has no runtime', async () => {
    vi.stubGlobal('browser', { runtime: { id: undefined, getURL: (path: string) => path } });
    await expect(loadCardLayer()).rejects.toThrow(
      'Sourcelight was updated or removed since the page was opened',
    );
  });

  it("asks for the card's module at the extension's address, and passes on a failure to load it", async () => {
    const asked: string[] = [];
    vi.stubGlobal('browser', {
      runtime: {
        id: 'abc',
        getURL: (path: string) => {
          asked.push(path);
          return `chrome-extension://abc${path}`;
        },
      },
    });
    await expect(loadCardLayer()).rejects.toThrow();
    expect(asked).toEqual([`/${CARD_MODULE}`]);
  });
});
