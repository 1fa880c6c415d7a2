// Claims from an analysed page (utils/claims/extract.ts): the words each claim shows.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { extractClaims } from '../../utils/claims/extract';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function claimsOf(body: string, title = '[Hive] Re: winter treatment'): string[] {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = body;
  const analysis = analyzePage(doc, {
    url: 'https://lists.example.org/pipermail/hive/2026-December/000288.html',
    outlets: defaultOutlets,
  });
  return extractClaims(analysis).map((c) => c.text);
}

describe('a mail archive’s quoted lines', () => {
  const mail = `<h1>[Hive] Re: winter treatment</h1><pre>On Tue, 1 Dec 2026, Dev Marsh wrote:
&gt; Saw in the evening paper that everyone has to treat for mites
&gt; before the end of the month or lose their colonies. Is that true?

Dev, no, nobody is going to take your bees. The winter treatment is best done
when the colony has no brood, which round here is usually late December.
</pre>`;
  it('give claims without their ">" marks', () => {
    const texts = claimsOf(mail);
    const quoted = texts.find((t) => t.includes('everyone has to treat for mites'));
    expect(quoted).toBe(
      'Saw in the evening paper that everyone has to treat for mites before the end of the month or lose their colonies.',
    );
    expect(texts.some((t) => t.includes('>'))).toBe(false);
  });
  it('keep a ">" that is the text’s own', () => {
    const texts = claimsOf(
      '<article><p>The council says readings above the limit were found at 12 sites, where values &gt; 5 mg per litre were recorded over the summer months.</p></article>',
      'Water notes',
    );
    expect(texts.some((t) => t.includes('values > 5 mg'))).toBe(true);
  });
});
