import { describe, expect, it } from 'vitest';
import { siteOf } from '../../utils/analysis/name-source';
import {
  buildCharClasses,
  isPublicSuffix,
  registrableDomain,
  releaseTokens,
  tokenize,
} from '../../utils/outlets/normalise';

describe('second-level country domains', () => {
  it('reads a generic label under any two-letter country code as a public suffix', () => {
    for (const suffix of ['co.ao', 'com.na', 'org.bw', 'gov.mz', 'co.uk', 'com.my'])
      expect(isPublicSuffix(suffix), suffix).toBe(true);
    for (const host of ['novojornal.co.ao', 'stol.de', 'web.de', 'co.com', 'news.co'])
      expect(isPublicSuffix(host), host).toBe(false);
  });

  it('keeps the label under such a suffix as the registrable domain', () => {
    expect(registrableDomain('www.novojornal.co.ao')).toBe('novojornal.co.ao');
    expect(registrableDomain('novojornal.co.ao')).toBe('novojornal.co.ao');
    expect(registrableDomain('www.namibian.com.na')).toBe('namibian.com.na');
    expect(registrableDomain('co.ao')).toBeNull();
    expect(registrableDomain('www.stol.de')).toBe('stol.de');
  });

  it('names a linked site by its own name, not the country suffix', () => {
    expect(siteOf('https://novojornal.co.ao/economia/detalhe/frota')).toBe('novojornal.co.ao');
    expect(siteOf('https://www.folhadeluanda.co.ao/x')).toBe('folhadeluanda.co.ao');
  });
});

describe('tokens handed back for reuse (releaseTokens)', () => {
  const classes = buildCharClasses();
  const plain = (tokens: ReturnType<typeof tokenize>) => ({
    count: tokens.count,
    start: [...tokens.start],
    end: [...tokens.end],
    flags: [...tokens.flags],
    gap: [...tokens.gap],
  });

  it('hands out the same tokens as new ones, beyond their count too', () => {
    const long =
      'Reuters reported on Tuesday — and the A.P. added — that “the port” was shut.\n\nMore later.';
    const short = 'Here’s the BBC:';
    const fresh = plain(tokenize(short, classes));
    const used = tokenize(long, classes);
    releaseTokens(used);
    const again = tokenize(short, classes);
    expect(again).toBe(used);
    expect(plain(again).count).toBe(fresh.count);
    for (const key of ['start', 'end', 'flags', 'gap'] as const)
      expect(plain(again)[key].slice(0, fresh[key].length)).toEqual(fresh[key]);
    expect(
      plain(again)
        .start.slice(fresh.start.length)
        .every((n) => n === 0),
    ).toBe(true);
  });

  it('keeps no long text’s tokens', () => {
    const many = tokenize('word '.repeat(5000), classes);
    releaseTokens(many);
    expect(tokenize('a b', classes)).not.toBe(many);
  });
});
