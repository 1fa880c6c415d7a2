// The two messages that keep the core's weight off the page: the content script gets the outlets table from
// the background, and sends its analysis there for claim extraction. Same answers as running it in place.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedPage, parseHtml } from '../../cli/parse';
import { analyzePage } from '../../utils/analysis/analyze';
import { claimSourceOf, extractClaims } from '../../utils/claims/extract';
import { createBackgroundRouter } from '../../utils/messaging/router';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { type PackedOutletIndex, unpackOutletIndex } from '../../utils/outlets/lookup';
import { memoryArea } from '../../utils/storage/area';

const router = createBackgroundRouter({
  library: () => Promise.reject(new Error('not used')),
  local: memoryArea(),
  session: memoryArea(),
  tabs: {
    send: () => Promise.reject(new Error('no tabs')),
    focus: async () => false,
    open: async () => 1,
    activeTabId: async () => null,
  },
  now: () => 0,
});

let page: ParsedPage;
beforeAll(() => {
  page = parseHtml(readFileSync('tests/fixtures/seed/seed-syndicated.html', 'utf8'));
});
afterAll(() => page.close());

describe('outlets/index', () => {
  it('sends an index that survives JSON and gives the same analysis as the shipped table', async () => {
    const packed = (await router.handle({ type: 'outlets/index', payload: {} })) as PackedOutletIndex;
    const outlets = unpackOutletIndex(JSON.parse(JSON.stringify(packed)));
    const url = 'https://feeds.example.com/zh/1';
    const here = analyzePage(page.document, { url, outlets });
    const shipped = analyzePage(page.document, { url, outlets: defaultOutlets });
    expect(here.report).toEqual(shipped.report);
    expect(here.report.quotes.map((q) => q.outlet)).toEqual(['Zero Hedge', 'Reuters', 'BBC', 'Reuters']);
  });
});

describe('claims/extract', () => {
  it('extracts from the plain claim source the same claims as from the analysis', async () => {
    const analysis = analyzePage(page.document, {
      url: 'https://feeds.example.com/zh/1',
      outlets: defaultOutlets,
    });
    const source = JSON.parse(JSON.stringify(claimSourceOf(analysis)));
    const answer = (await router.handle({ type: 'claims/extract', payload: source })) as {
      claims: ReturnType<typeof extractClaims>;
    };
    expect(answer.claims).toEqual(extractClaims(analysis));
    expect(answer.claims.length).toBeGreaterThan(20);
  });

  it('rejects a source whose runs fall outside its text, in plain words', async () => {
    const answer = (await router.handle({
      type: 'claims/extract',
      payload: {
        url: null,
        title: null,
        publication: null,
        text: 'short',
        pieces: [{ start: 0, end: 99, quoteId: null }],
        quotes: [],
      },
    })) as { error: string };
    expect(answer.error).toMatch(/payload\.pieces/);
  });
});

describe('a packed outlets index', () => {
  it('finds every outlet the shipped table finds, by name, host and in running text', async () => {
    const { OUTLETS } = await import('../../utils/outlets/data');
    const { packOutletIndex, shippedOutletTable } = await import('../../utils/outlets/lookup');
    const unpacked = unpackOutletIndex(JSON.parse(JSON.stringify(packOutletIndex(shippedOutletTable()))));
    const text = OUTLETS.map((o) => `Yesterday ${o.name} reported it.`).join(' ');
    const names = (list: Array<{ outlet: { name: string }; start: number }>) =>
      list.map((m) => `${m.start}:${m.outlet.name}`);
    expect(names(unpacked.mentions(text))).toEqual(names(defaultOutlets.mentions(text)));
    for (const outlet of OUTLETS) {
      expect(unpacked.byName(outlet.name)?.name).toBe(defaultOutlets.byName(outlet.name)?.name);
      for (const domain of outlet.domains) expect(unpacked.byHost(`news.${domain}`)?.name).toBe(outlet.name);
    }
  });
});
