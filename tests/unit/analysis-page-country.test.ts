// The country a page says it is from (utils/analysis/page-country.ts) and its data.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import data from '../../utils/analysis/data/page-country.json';
import { countryOfAmounts, countryOfHost, pageCountry } from '../../utils/analysis/page-country';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('countryOfHost', () => {
  it("reads a country-code domain, the UK's as GB", () => {
    expect(countryOfHost('gulfsidelog.co.tt')).toBe('TT');
    expect(countryOfHost('news.example.de')).toBe('DE');
    expect(countryOfHost('harbour.org.uk')).toBe('GB');
  });
  it('says nothing for a generic domain or a country-code domain sold to anyone', () => {
    for (const host of ['example.com', 'tool.io', 'publish.obsidian.md', 'site.co', 'example.net', null])
      expect(countryOfHost(host), String(host)).toBeNull();
  });
});

describe('countryOfAmounts', () => {
  it('reads the dollar most amounts are written in', () => {
    expect(countryOfAmounts('From TT$6 to TT$8, and NZ$ 4 elsewhere.')).toBe('TT');
    expect(countryOfAmounts('A ticket is S$12.')).toBe('SG');
  });
  it('says nothing for the US dollar, a bare sign, a tie, or a sign inside a word', () => {
    expect(countryOfAmounts('It cost US$5 and then $7.')).toBeNull();
    expect(countryOfAmounts('TT$5 here, J$500 there.')).toBeNull();
    expect(countryOfAmounts('BATT$5 is no amount.')).toBeNull();
  });
});

describe('pageCountry', () => {
  it('takes the domain first and reads the text only when the domain says nothing', () => {
    let read = 0;
    const text = () => {
      read++;
      return 'TT$9';
    };
    expect(pageCountry('blog.example.jm', text)).toBe('JM');
    expect(read).toBe(0);
    expect(pageCountry('blog.example.com', text)).toBe('TT');
    expect(read).toBe(1);
  });

  it('decides which outlet a shared name means in the analysis', () => {
    const doc = document.implementation.createHTMLDocument('Fares');
    doc.body.innerHTML =
      '<article><p>My ride went from TT$6 to TT$8 overnight, and the driver says more is coming.</p><p>The Express reported the new fares:</p><blockquote><p>Route associations raised fares by two dollars from Monday, citing the higher price of diesel and the cost of tyres this year.</p></blockquote></article>';
    const outlet = (url: string) =>
      analyzePage(doc, { url, outlets: defaultOutlets }).report.quotes[0]?.outlet;
    expect(outlet('https://fares.example.com/post')).toBe('Trinidad Express');
    doc.body.innerHTML = doc.body.innerHTML.replace(/TT\$/g, '$');
    expect(outlet('https://fares.example.com/post')).toBe('Daily Express');
    expect(outlet('https://fares.example.tt/post')).toBe('Trinidad Express');
  });
});

describe('page-country.json', () => {
  it('holds lower-case two-letter domains and two-letter upper-case countries', () => {
    expect(typeof data._doc).toBe('string');
    for (const tld of data.genericTlds) expect(tld).toMatch(/^[a-z]{2}$/);
    expect(new Set(data.genericTlds).size).toBe(data.genericTlds.length);
    for (const [tld, country] of Object.entries(data.tldCountries)) {
      expect(tld).toMatch(/^[a-z]{2}$/);
      expect(country).toMatch(/^[A-Z]{2}$/);
    }
    for (const [sign, country] of Object.entries(data.currencies)) {
      expect(sign).toMatch(/^[A-Za-z]{1,4}\$$/);
      expect(country).toMatch(/^[A-Z]{2}$/);
    }
    expect(Object.keys(data.currencies)).not.toContain('US$');
  });
});
