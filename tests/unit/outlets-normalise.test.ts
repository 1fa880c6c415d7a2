import { describe, expect, it } from 'vitest';
import { siteOf } from '../../utils/analysis/name-source';
import { isPublicSuffix, registrableDomain } from '../../utils/outlets/normalise';

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
