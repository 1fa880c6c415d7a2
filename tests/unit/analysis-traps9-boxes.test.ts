// Boxes set apart as quotations without a <blockquote>, for the seventeenth held-out set's traps: an indent from the
// right in a right-to-left text, a quoting callout in a <div>, a short verse box (set-apart.ts, quoted-runs.ts), and
// a class the page gives only to boxes its lead-ins describe (page-quote-class.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { pageQuoteBoxes, type SourceClues } from '../../utils/analysis/page-quote-class';
import { looksQuoteStyled } from '../../utils/analysis/set-apart';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head = '<title>A page</title>', lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('boxes set apart (set-apart.ts, quoted-runs.ts, page-quote-class.ts)', () => {
  it('reads an indent from the right as a quotation’s in a right-to-left text only', () => {
    const rtl = page('<div dir="rtl"><div style="margin-right:40px">متن</div></div>');
    expect(looksQuoteStyled(rtl.querySelector('[style]')!)).toBe(true);
    const ltr = page('<div><div style="margin-right:40px">text</div></div>');
    expect(looksQuoteStyled(ltr.querySelector('[style]')!)).toBe(false);
  });

  it('reads a quoting callout in a <div> as set apart, another callout not', () => {
    const doc = page(
      '<div data-callout="quote" class="callout"><p>Words.</p></div><div data-callout="note" class="callout"><p>Mine.</p></div>',
    );
    const [quote, note] = doc.querySelectorAll('.callout');
    expect(looksQuoteStyled(quote)).toBe(true);
    expect(looksQuoteStyled(note)).toBe(false);
  });

  it('reads a short centred italic verse box after a sentence handing over as a passage', () => {
    const verse = (style: string) =>
      page(
        `<article><p>We went back to the mill on Sunday for the first time since the wheel was taken out of it.</p><p>My grandfather wrote a couplet for the mill, still painted over the door:</p><div style="${style}">The wheel is still, the water runs;<br>the flour is gone, but not the sons.</div><p>Nobody has had the heart to paint over it, and nobody will while we own the place.</p></article>`,
      );
    const quotes = (doc: Document) =>
      analyzePage(doc, { url: 'https://weir.example/mill', outlets: defaultOutlets }).report.quotes;
    expect(quotes(verse('text-align:center;font-style:italic')).map((q) => q.kind)).toEqual(['person']);
    expect(quotes(verse('text-align:center'))).toEqual([]);
  });

  it('takes a class for the page’s quotation style when its lead-ins say whose words or what text follows', () => {
    const doc = page(
      '<article><p>The Treasurer read the reply from the parks team, dated 2 December:</p><p class="c6">Thank you for your enquiry. The play area will reopen before the end of January.</p><p>Mr Anand asked for his own account to go in the minutes, and read it out:</p><p class="c6">The fence came down on the Sunday night and the children were through it by Monday.</p></article>',
    );
    const named: SourceClues = { names: () => false, credits: () => false };
    const article = doc.querySelector('article')!;
    expect(pageQuoteBoxes(article, named)).toEqual([]);
    expect(pageQuoteBoxes(article, { ...named, describes: () => true })).toHaveLength(2);
  });
});
