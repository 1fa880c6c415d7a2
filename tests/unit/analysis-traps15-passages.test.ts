// A documentation generator's hint box (set-apart.ts, passages.ts): GitBook's "hint hint-info" is a callout,
// a passage only when something names a source on it or hands it over, and the writer pointing back at their own
// words ("As we wrote when version 3 was announced:") hands it over as a self-quote.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const kinds = (body: string) =>
  analyzePage(page(`<article class="page"><h1>A</h1>${body}</article>`), {
    url: 'https://docs.club.example/guide/limits',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => q.kind);

const PROSE =
  '<p>The limits below apply to every account from the first of June, whichever plan the account is on today.</p>';
const HINT =
  '<div class="hint hint-info"><div class="hint-icon"></div><div class="hint-content"><p>Version 1 paginates with offsets, so large exports skip and repeat rows when the data changes underneath them.</p></div></div>';

describe('a hint box handed over by the writer’s own earlier words', () => {
  it('reads it as a self-quote', () => {
    expect(kinds(`${PROSE}<p>As we wrote when version 3 was announced:</p>${HINT}${PROSE}`)).toEqual([
      'self',
    ]);
  });

  it('leaves a hint box nothing hands over as the page’s own note', () => {
    expect(kinds(`${PROSE}<p>Before you start, check your plan.</p>${HINT}${PROSE}`)).toEqual([]);
    // The writer's note of now points back at nothing said before.
    expect(kinds(`${PROSE}<p>The limits are below, and here is my own note:</p>${HINT}${PROSE}`)).toEqual([]);
  });
});
