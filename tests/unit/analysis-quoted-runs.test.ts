// Passages set apart by their marks, not by <blockquote>: runs of quoted, italic or indented paragraphs and lines.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Last Stop Notes');
  doc.body.innerHTML = `<article><p>The night network review is out, and the blogger went through all of it so nobody else has to.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://laststop.example/post', outlets: defaultOutlets }).report.quotes;
}

describe('an italic run of <br>-lines', () => {
  it('keeps a short last line, and so reaches the credit under it', () => {
    const [q] = quotesOf(
      '<p>Heard on the radio, copied down as best I could:</p><p><i>The authority says the two busiest night routes will keep their half-hourly service through the winter,<br>but the three quieter routes will drop to one bus an hour from January,<br>so check the timetable first.</i></p><p>— Estuary Radio, Evening Run</p>',
    );
    expect(q.text).toMatch(/check the timetable first/);
    expect(q.outlet).toBe('Estuary Radio');
  });
});
