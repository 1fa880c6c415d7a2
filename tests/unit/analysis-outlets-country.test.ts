// The country of the outlets a page names (utils/analysis/outlets-country.ts), for a page that does not say its own.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { countryOfNamedOutlets, linkHosts } from '../../utils/analysis/outlets-country';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('countryOfNamedOutlets', () => {
  it('takes the country of two distinct outlets or more, by name, domain or link', () => {
    expect(countryOfNamedOutlets(defaultOutlets, 'CNC3 and TV6 both led with it.', [])).toBe('TT');
    expect(countryOfNamedOutlets(defaultOutlets, 'CNC3 led with it.', ['www.newsday.co.tt'])).toBe('TT');
    expect(countryOfNamedOutlets(defaultOutlets, 'iwnsvg.com had it first.', ['searchlight.vc'])).toBe('VC');
  });
  it('says nothing for one outlet, one outlet named twice, or a tie', () => {
    expect(countryOfNamedOutlets(defaultOutlets, 'CNC3 led with it.', [])).toBeNull();
    expect(countryOfNamedOutlets(defaultOutlets, 'CNC3 led with it; CNC3 again tonight.', [])).toBeNull();
    expect(countryOfNamedOutlets(defaultOutlets, 'CNC3 and TV6; Le Monde and Libération.', [])).toBeNull();
  });
});

describe('linkHosts', () => {
  it('reads absolute and scheme-relative links, not relative ones', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<a href="https://News.Example.tt/a">a</a><a href="//cdn.example.jm/b">b</a><a href="/c">c</a>';
    expect(linkHosts(div)).toEqual(['news.example.tt', 'cdn.example.jm']);
  });
});

describe('a shared name on a page that names no country of its own', () => {
  const page = (lead: string) =>
    `<article><p>The ferry fares went up again.</p><p>${lead}</p><p>CNC3 spoke to a vendor at the terminal:</p><p>“Every week the crossing cost more and the crowd on the boat get smaller, so I selling less.”</p><p>NBC says that</p><blockquote><p>the operator will add a late crossing on Fridays from the first week of February.</p></blockquote></article>`;
  const outletOf = (html: string) => {
    const doc = document.implementation.createHTMLDocument('Fares');
    doc.body.innerHTML = html;
    const quotes = analyzePage(doc, { url: 'https://fares.example.com/post', outlets: defaultOutlets }).report
      .quotes;
    return quotes.find((q) => q.text.startsWith('the operator'))?.outlet;
  };
  it('means the outlet of the country most of its other outlets are from', () => {
    expect(outletOf(page('TV6 had it first.'))).toBe('NBC News');
    expect(
      outletOf(
        page('iwnsvg.com had it first, and <a href="https://searchlight.vc/news">the weekly</a> has more.'),
      ),
    ).toBe('NBC SVG');
  });
});
