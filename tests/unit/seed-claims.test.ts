// The seed post must give what the shared fixtures' README says, on both its forms: passages, continuation,
// and the chain of attribution of each claim (Zero Hedge ← outlet ← speaker).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedPage, parseHtml } from '../../cli/parse';
import { analyzePage } from '../../utils/analysis/analyze';
import type { PageAnalysis } from '../../utils/analysis/types';
import { extractClaims, type FoundClaim } from '../../utils/claims/extract';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const ROWS: Array<{
  starts: string;
  outlet: string | null;
  speaker: string | null;
  unnamed?: boolean;
  kind: string;
}> = [
  {
    starts: 'Syrian army and allied forces',
    outlet: 'Reuters',
    speaker: 'Syrian Observatory for Human Rights',
    kind: 'reported',
  },
  {
    starts: 'Russian jets carried out at least 30 air strikes',
    outlet: 'Reuters',
    speaker: 'Syrian Observatory for Human Rights',
    kind: 'reported',
  },
  {
    starts: 'Pro-government forces including the Lebanese group',
    outlet: 'Reuters',
    speaker: 'Rami Abdulrahman',
    kind: 'reported',
  },
  {
    starts: 'The fighting, shelling and air strikes',
    outlet: 'Reuters',
    speaker: 'Rami Abdulrahman',
    kind: 'reported',
  },
  {
    starts: 'Lebanese-based television station al-Mayadeen',
    outlet: 'Reuters',
    speaker: 'al-Mayadeen',
    kind: 'reported',
  },
  { starts: 'Russia says its aircraft', outlet: 'BBC', speaker: 'Russia', kind: 'reported' },
  {
    starts: 'Syrian forces backed by Hezbollah militants',
    outlet: 'BBC',
    speaker: null,
    unnamed: true,
    kind: 'reported',
  },
  {
    starts: 'The Guards said General Hossein Hamedani',
    outlet: 'Reuters',
    speaker: 'Revolutionary Guards',
    kind: 'reported',
  },
  { starts: "Again, it's the Russians in the sky", outlet: null, speaker: null, kind: 'commentary' },
];

for (const file of ['seed-original.html', 'seed-syndicated.html']) {
  describe(file, () => {
    let page: ParsedPage;
    let analysis: PageAnalysis;
    let claims: FoundClaim[];
    beforeAll(() => {
      page = parseHtml(readFileSync(`tests/fixtures/seed/${file}`, 'utf8'));
      analysis = analyzePage(page.document, { url: `https://example.org/${file}`, outlets: defaultOutlets });
      claims = extractClaims(analysis);
    });
    afterAll(() => page.close());

    it('names the publication and finds the four passages in order', () => {
      const { report } = analysis;
      expect(report.publication).toBe('Zero Hedge');
      expect(report.aggregated).toBe(true);
      expect(report.quotes.map((q) => [q.kind, q.outlet, q.form])).toEqual([
        ['self', 'Zero Hedge', 'inline'],
        ['outlet', 'Reuters', 'blockquote'],
        ['outlet', 'BBC', 'blockquote'],
        ['outlet', 'Reuters', 'blockquote'],
      ]);
      expect(report.quotes[1].leadIn).toBe('Case in point, here’s Reuters with the latest:');
      expect(report.quotes[2].leadIn).toBe('And more from BBC:');
    });

    it('notices the paragraph that continues the first Reuters quote', () => {
      expect(analysis.report.quotes[1].continuation).toMatch(/^Kafr Nabuda's capture would bring/);
      const claim = claims.find((c) => c.text.startsWith('"The town is very important and strategic,"'));
      expect(claim).toMatchObject({
        kind: 'reported',
        outlet: 'Reuters',
        speaker: { name: 'Rami Abdulrahman' },
      });
    });

    it.each(ROWS)('chain for "$starts"', (row) => {
      const claim = claims.find((c) => c.text.startsWith(row.starts));
      expect(claim, `no claim starting "${row.starts}"`).toBeDefined();
      expect(claim!.kind).toBe(row.kind);
      expect(claim!.publication).toBe('Zero Hedge');
      expect(claim!.outlet).toBe(row.outlet);
      if (row.unnamed) expect(claim!.speaker).toMatchObject({ name: null, how: 'unnamed' });
      else if (row.speaker) expect(claim!.speaker?.name).toContain(row.speaker);
      else expect(claim!.speaker).toBeNull();
    });

    it('takes no sentence that only introduces a quotation for a claim', () => {
      const texts = claims.map((c) => c.text);
      for (const lead of ['Case in point', 'And more from BBC', 'Last week, we said the following'])
        expect(texts.some((t) => t.startsWith(lead))).toBe(false);
      // A lead-in that says something itself stays a claim.
      expect(texts.some((t) => t.startsWith('On Friday, Reuters reported that Hossein Hamedani'))).toBe(true);
    });

    it('gives every claim selectors that find its text again', () => {
      const text = analysis.articleText.text;
      for (const claim of claims) {
        const { quote, position } = claim.selector;
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
        expect(quote.prefix.length).toBeLessThanOrEqual(32);
        expect(quote.suffix.length).toBeLessThanOrEqual(32);
      }
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    });

    it('scores the reporting above the commentary', () => {
      const strikes = claims.find((c) => c.text.startsWith('Russian jets carried out'))!;
      const spin = claims.find((c) => c.text.startsWith("Again, it's the Russians"))!;
      expect(strikes.score).toBeGreaterThan(spin.score);
      expect(strikes.reasons.length).toBeGreaterThan(0);
    });
  });
}

describe('a sentence ending in a colon that no passage follows', () => {
  it('stays a claim', () => {
    const doc = document.implementation.createHTMLDocument('Jobs');
    doc.body.innerHTML =
      '<article><p>The labour market keeps surprising the forecasters, month after month, whatever they assume.</p><p>Unemployment fell to 3.5% in September, the lowest rate since 1969:</p><p><img src="chart.png" alt=""></p><p>Wages, meanwhile, rose faster than prices for the fourth month running.</p></article>';
    const claims = extractClaims(
      analyzePage(doc, { url: 'https://jobs.example/p', outlets: defaultOutlets }),
    );
    expect(claims.some((c) => c.text.startsWith('Unemployment fell to 3.5%'))).toBe(true);
  });
});
