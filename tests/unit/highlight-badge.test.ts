// The toolbar badge: the number of outlets an aggregated page quotes, the names in the title, nothing else.
import { describe, expect, it } from 'vitest';
import type { QuoteReport } from '../../utils/analysis/types';
import { badgeFor, NO_BADGE } from '../../utils/highlight/badge';

const quote = (outlet: string | null, kind: QuoteReport['kind'] = 'outlet'): QuoteReport => ({
  id: 'q',
  kind,
  outlet,
  leadIn: null,
  text: 'words',
  href: null,
  form: 'blockquote',
  continuation: null,
  evidence: [],
  post: 0,
});

describe('badgeFor', () => {
  it('counts each quoted outlet once, not the publication quoting itself', () => {
    const badge = badgeFor({
      aggregated: true,
      publication: 'Zero Hedge',
      quotes: [quote('Zero Hedge', 'self'), quote('Reuters'), quote('BBC'), quote('Reuters')],
    });
    expect(badge).toEqual({ text: '2', title: 'Sourcelight: Zero Hedge quotes Reuters and BBC' });
  });

  it('shows nothing on a page that is not an aggregated post', () => {
    expect(badgeFor({ aggregated: false, publication: 'Blog', quotes: [quote(null, 'person')] })).toEqual(
      NO_BADGE,
    );
    expect(badgeFor({ aggregated: true, publication: 'Blog', quotes: [] })).toEqual(NO_BADGE);
  });

  it('keeps a long list short in words', () => {
    const names = ['A News', 'B Times', 'C Post', 'D Herald', 'E Wire', 'F Daily'];
    const badge = badgeFor({ aggregated: true, publication: null, quotes: names.map((n) => quote(n)) });
    expect(badge.text).toBe('6');
    expect(badge.title).toBe('Sourcelight: This page quotes A News, B Times, C Post and 3 more');
  });
});
