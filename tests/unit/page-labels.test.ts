import { describe, expect, it } from 'vitest';
import { judgePage, type PageLabel } from '../../scripts/lib/page-labels';
import type { PageReport, QuoteKind, QuoteReport } from '../../utils/analysis/types';

function quote(text: string, kind: QuoteKind, outlet: string | null): QuoteReport {
  return {
    id: 'q1',
    kind,
    outlet,
    leadIn: null,
    text,
    href: null,
    form: 'blockquote',
    continuation: null,
    evidence: [],
    post: 0,
  };
}

function report(publication: string | null, quotes: QuoteReport[]): PageReport {
  return {
    url: null,
    title: null,
    publication,
    aggregated: true,
    quotes,
    posts: [{ index: 0, title: null, quoteIds: quotes.map((q) => q.id) }],
    breakdown: [],
    warnings: [],
  };
}

const selfLabel: PageLabel = {
  aggregated: true,
  quotes: [{ starts: 'As I wrote in May', outlet: [null], kind: 'self' }],
};

describe('judgePage: the blog quoting itself', () => {
  it("accepts a self passage named after the page's own publication for a self label without an outlet", () => {
    const v = judgePage(
      report('Harbour Notes', [quote('As I wrote in May, the pier', 'self', 'Harbour Notes')]),
      selfLabel,
    );
    expect(v.quotes[0].outletOk).toBe(true);
    expect(v.ok).toBe(true);
  });

  it('accepts a self passage left without an outlet', () => {
    const v = judgePage(
      report('Harbour Notes', [quote('As I wrote in May, the pier', 'self', null)]),
      selfLabel,
    );
    expect(v.quotes[0].outletOk).toBe(true);
  });

  it('rejects a self passage named after another publication', () => {
    const v = judgePage(
      report('Harbour Notes', [quote('As I wrote in May, the pier', 'self', 'Pier Gazette')]),
      selfLabel,
    );
    expect(v.quotes[0].outletOk).toBe(false);
    expect(v.problems.join()).toContain('expected');
  });

  it('rejects the publication as an outlet when the passage is not reported as the blog quoting itself', () => {
    const v = judgePage(
      report('Harbour Notes', [quote('As I wrote in May, the pier', 'outlet', 'Harbour Notes')]),
      selfLabel,
    );
    expect(v.quotes[0].outletOk).toBe(false);
    expect(v.quotes[0].kindOk).toBe(false);
    expect(v.ok).toBe(false);
  });

  it('rejects an outlet label met only by the publication of a self passage', () => {
    const label: PageLabel = {
      aggregated: true,
      quotes: [{ starts: 'As I wrote in May', outlet: [null], kind: 'outlet' }],
    };
    const v = judgePage(
      report('Harbour Notes', [quote('As I wrote in May, the pier', 'self', 'Harbour Notes')]),
      label,
    );
    expect(v.quotes[0].outletOk).toBe(false);
  });
});

describe("judgePage: the table's place qualifier", () => {
  const label: PageLabel = {
    aggregated: true,
    quotes: [{ starts: 'The council said', outlet: ['New Era', 'neweralive.na'], kind: 'outlet' }],
  };

  it('accepts a reported name whose place in parentheses the label leaves out', () => {
    const v = judgePage(
      report('Dune Notes', [quote('The council said on Monday', 'outlet', 'New Era (Namibia)')]),
      label,
    );
    expect(v.quotes[0].outletOk).toBe(true);
  });

  it('rejects another name with the same qualifier', () => {
    const v = judgePage(
      report('Dune Notes', [quote('The council said on Monday', 'outlet', 'New Age (Namibia)')]),
      label,
    );
    expect(v.quotes[0].outletOk).toBe(false);
  });

  it('keeps a qualifier that is part of the label', () => {
    const qualified: PageLabel = {
      aggregated: true,
      quotes: [{ starts: 'The council said', outlet: ['The Courier (Dundee)'], kind: 'outlet' }],
    };
    const v = judgePage(
      report('Dune Notes', [quote('The council said on Monday', 'outlet', 'The Courier')]),
      qualified,
    );
    expect(v.quotes[0].outletOk).toBe(false);
  });
});

describe("judgePage: an outlet's name in the page's language", () => {
  const labelled = (outlet: string): PageLabel => ({
    aggregated: true,
    quotes: [{ starts: 'Le conseil a voté', outlet: [outlet], kind: 'outlet' }],
  });
  const reported = (outlet: string) =>
    report('Carnet du Léman', [quote('Le conseil a voté mardi', 'outlet', outlet)]);

  it("accepts the outlet's name in a language where the label gives the table's name", () => {
    expect(judgePage(reported('Keystone-ATS'), labelled('Keystone-SDA')).quotes[0].outletOk).toBe(true);
  });

  it("asks for the name in the page's language where the label gives it", () => {
    expect(judgePage(reported('Keystone-SDA'), labelled('Keystone-ATS')).quotes[0].outletOk).toBe(false);
  });

  it("accepts no other outlet's name", () => {
    expect(judgePage(reported('ANSA'), labelled('Keystone-SDA')).quotes[0].outletOk).toBe(false);
  });
});

describe('judgePage: labels repeating the same starts', () => {
  const rules = 'Members singing in the concert must have come to two rehearsals';
  const label: PageLabel = {
    aggregated: true,
    quotes: [
      { starts: 'Members singing in the concert', outlet: [null], kind: 'document' },
      { starts: 'Members singing in the concert', outlet: [null], kind: 'person' },
    ],
  };

  it('matches the second label to the next passage beginning so, a reply quoting the first', () => {
    const v = judgePage(
      report(null, [quote(`${rules} of the last three.`, 'document', null), quote(rules, 'person', null)]),
      label,
    );
    expect(v.problems).toEqual([]);
  });

  it('falls back on the passage already matched when no other begins so', () => {
    const v = judgePage(report(null, [quote(`${rules} of the last three.`, 'document', null)]), label);
    expect(v.quotes.map((q) => q.found)).toEqual([true, true]);
    expect(v.quotes[1].kindOk).toBe(false);
  });
});
