// A note's short lines in italics under a lead-in (quoted-runs.ts, shortItalicSentences).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const analysed = (html: string, url: string, lang = 'en') =>
  analyzePage(page(html, lang), { url, outlets: defaultOutlets }).report;

describe('a note’s short italic lines (quoted-runs.ts)', () => {
  const quotesOf = (body: string): QuoteReport[] =>
    analysed(
      `<article><p>The tea room on the island closed after nineteen summers, and we went over to say goodbye on Saturday.</p>${body}</article>`,
      'https://notes.example/tea-room/',
    ).quotes;

  it('reads two short italic paragraphs under a lead-in as one passage when the first holds two sentences', () => {
    const [q, ...rest] = quotesOf(
      '<p>In her own words, from the card she left on the table:</p><p><em>Thank you all. The kettle is still warm.</em></p><p><em>Leave the door on the latch on your way out.</em></p><p>We did.</p>',
    );
    expect(rest).toHaveLength(0);
    expect(q.text).toMatch(/^Thank you all\.[\s\S]*latch/);
    expect(q.kind).toBe('person');
  });

  it('takes no short italic line of one sentence, nor one nothing hands over to', () => {
    expect(
      quotesOf('<p>How to find it:</p><p><em>Follow the track south from the ferry.</em></p>'),
    ).toHaveLength(0);
    expect(quotesOf('<p>We went.</p><p><em>Thank you all. The kettle is still warm.</em></p>')).toHaveLength(
      0,
    );
  });
});
