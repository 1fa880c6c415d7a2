// A bug tracker's comment quoting in ">" lines (mail-lines.ts, passages.ts): one quoted line under a reply's
// attribution ("(In reply to Dev Marsh from comment #2)") or a line handing over, prose's brackets and semicolons,
// and a reply's quote of a comment above read as its commenter's words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { mailBreaks, quotesByLines, REPLY_ATTRIBUTION } from '../../utils/analysis/mail-lines';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const analysed = (html: string, url: string, lang = 'en') =>
  analyzePage(page(html, lang), { url, outlets: defaultOutlets }).report;

describe('a bug tracker’s comment quoting in ">" lines (mail-lines.ts)', () => {
  const pre = (text: string) => {
    const el = document.createElement('pre');
    el.textContent = text;
    return el;
  };

  it('reads the reply’s attribution line as one', () => {
    expect(REPLY_ATTRIBUTION.test('(In reply to Dev Marsh from comment #2)')).toBe(true);
    expect(REPLY_ATTRIBUTION.test('On Thu, 3 Dec 2026, Dev Marsh wrote:')).toBe(true);
    expect(REPLY_ATTRIBUTION.test('In reply to the council, we said no.')).toBe(false);
  });

  it('takes one quoted line under an attribution or a line handing over, not a lone one', () => {
    expect(
      quotesByLines(pre('(In reply to Dev Marsh from comment #2)\n> The crash is in the parser.\n\nYes.')),
    ).toBe(true);
    expect(quotesByLines(pre('The changelog says:\n> Imports no longer shift dates.\n\nIt does.'))).toBe(
      true,
    );
    expect(quotesByLines(pre('Some words here.\n> The crash is in the parser.\nMore words.'))).toBe(false);
  });

  it('reads asides in brackets and semicolons in prose as prose, not code', () => {
    const prose =
      'Importing the file (exported from the portal) quits; nothing is shown.\nThe notes say:\n> Dates are kept.\n> Nothing shifts.';
    expect(quotesByLines(pre(prose))).toBe(true);
    expect(quotesByLines(pre('&gt; npm install\n&gt; npm run build {\n  x = f(y);\n}\n'))).toBe(false);
  });

  it('keeps the attribution a line of its own', () => {
    const text = '(In reply to Dev Marsh from comment #2)\n> one\n\nMine.';
    expect([...mailBreaks(text)]).toContain(text.indexOf('\n'));
  });

  it('reads a reply’s quote of a comment above as that commenter’s words, not a pull quote', () => {
    const quotes = analysed(
      '<div class="bug"><div class="entry"><pre>Confirmed on two machines. The backtrace ends in the recurrence expander, so the date is handed a zone on the way in.</pre></div><div class="entry"><pre>(In reply to Dev Marsh from comment #1)\n&gt; The backtrace ends in the recurrence expander, so the date is handed a zone on the way in.\n\nRight; a patch is coming tonight.</pre></div></div>',
      'https://bugs.example.org/show_bug.cgi?id=1',
    ).quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['person']);
    expect(quotes[0].text).toMatch(/^> The backtrace/);
  });
});
