// What the popup says about the current page and its library's import: one row per source with the
// publication's commentary and self-quotes merged, each in the colour the page marks it with; plain words for
// saved claims and for claims whose passage is gone; a backup imported from the library, a malformed one
// refused with a message and nothing lost.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/library/PopupApp';
import { claimSourceLabel, groupClaims, sourceRows } from '../../components/library/source-rows';
import type { PageReport, QuoteReport } from '../../utils/analysis/types';
import { OWN_WORDS_COLOUR, UNKNOWN_COLOUR } from '../../utils/highlight/colours';
import { pageColours, swatchOf } from '../../utils/highlight/page-colours';
import type { TabState } from '../../utils/messaging/protocol';
import { fakeApi, renderTarget, settle } from './popup-helpers';
import { makeClaim, makeRecord, makeReport } from './storage-helpers';

const target = renderTarget();

function quote(id: string, kind: QuoteReport['kind'], outlet: string | null): QuoteReport {
  return {
    id,
    kind,
    outlet,
    leadIn: null,
    text: 'Passage',
    href: null,
    form: 'blockquote',
    continuation: null,
    evidence: [],
    post: 0,
  };
}

/** The seed post's shape: Zero Hedge's commentary and its self-quote, Reuters and BBC. */
function seedLikeReport(): PageReport {
  return {
    ...makeReport(),
    quotes: [
      quote('q1', 'self', 'Zero Hedge'),
      quote('q2', 'outlet', 'Reuters'),
      quote('q3', 'outlet', 'BBC'),
    ],
    breakdown: [
      { source: 'Reuters', kind: 'outlet', chars: 360, share: 0.36 },
      { source: 'Zero Hedge', kind: 'commentary', chars: 320, share: 0.32 },
      { source: 'BBC', kind: 'outlet', chars: 240, share: 0.24 },
      { source: 'Zero Hedge', kind: 'self', chars: 80, share: 0.08 },
    ],
  };
}

/** The colour the page marks a passage with (utils/highlight, as the content script paints it). */
function pageColourOf(report: PageReport, id: string): string {
  const q = report.quotes.find((x) => x.id === id)!;
  return swatchOf(pageColours(report.quotes).quote(q)).colour;
}

describe('the popup’s rows for a page', () => {
  it('merges the publication’s commentary and self-quotes into one row, in the page’s colours', () => {
    const report = seedLikeReport();
    const rows = sourceRows(report);
    expect(rows.map((r) => [r.label, r.percent])).toEqual([
      ["Zero Hedge's own words", 40],
      ['Reuters', 36],
      ['BBC', 24],
    ]);
    expect(rows.map((r) => r.colour)).toEqual([
      OWN_WORDS_COLOUR,
      pageColourOf(report, 'q2'),
      pageColourOf(report, 'q3'),
    ]);
    expect(rows[0].colour).toBe(pageColourOf(report, 'q1'));
    expect(new Set(rows.map((r) => r.colour)).size).toBe(3);
  });

  it('groups claims under the same names and colours as the rows', () => {
    const report = seedLikeReport();
    const claims = [
      makeClaim(6, { kind: 'commentary', outlet: null }),
      makeClaim(1),
      makeClaim(2),
      makeClaim(3, { kind: 'commentary', outlet: null }),
      makeClaim(4, { kind: 'reported', outlet: null }),
      makeClaim(5),
    ];
    const groups = groupClaims(claims, report);
    // Outlets first, in the order they appear; the blogger's own sentences last.
    expect(groups.map((g) => [g.label, g.claims.map((c) => c.id)])).toEqual([
      ['Reuters', ['c1', 'c5']],
      ['BBC', ['c2']],
      ['Unnamed source', ['c4']],
      ["Zero Hedge's own words", ['c6', 'c3']],
    ]);
    expect(groups.map((g) => g.colour)).toEqual([
      pageColourOf(report, 'q2'),
      pageColourOf(report, 'q3'),
      UNKNOWN_COLOUR,
      OWN_WORDS_COLOUR,
    ]);
    expect(claimSourceLabel({ kind: 'commentary', outlet: null, publication: null })).toBe(
      "The author's own words",
    );
  });

  it('shows one row per source with its share and its colour', async () => {
    const report = seedLikeReport();
    const state: TabState = { report, claims: [makeClaim(1)], highlightsOn: true };
    render(<PopupApp api={fakeApi([], { tabId: 4, state }).api} />, target.el);
    await settle();
    const items = [...target.el.querySelectorAll('.sl-breakdown li')] as HTMLElement[];
    expect(items.map((li) => li.textContent)).toEqual(["Zero Hedge's own words40%", 'Reuters36%', 'BBC24%']);
    const bar = items[1].querySelector('.sl-breakdown-bar span') as HTMLElement;
    expect(bar.style.background).toBe(pageColourOf(report, 'q2'));
    expect(bar.style.width).toBe('36%');
  });
});

describe('the popup’s words', () => {
  it('names claims whose passage is gone in plain words', async () => {
    const records = [makeRecord(1), makeRecord(2, { orphanedAt: 1_700_000_500_000 })];
    render(<PopupApp api={fakeApi(records).api} initialView="library" />, target.el);
    await settle();
    const tabs = [...target.el.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(['This page', 'Library', 'Passage gone (1)']);
    expect(target.el.textContent).not.toMatch(/not found/i);
    expect(target.el.querySelector('.sl-badge')?.textContent).toBe('passage gone');
  });
});
