// Short forms of names the post gave in full (utils/analysis/short-forms.ts).
import { describe, expect, it } from 'vitest';
import {
  hanShortForms,
  initialsBack,
  initialsOf,
  newsWordBack,
  shortFormIn,
} from '../../utils/analysis/short-forms';

describe('newsWordBack', () => {
  const earlier = [{ outlet: 'Kirkholm Herald' }];
  it('reads a newsroom’s word the table knows as the post’s paper that ends on it', () => {
    expect(newsWordBack('The Herald', 'The Herald adds:', 'The Herald', earlier)?.outlet).toBe(
      'Kirkholm Herald',
    );
  });
  it('leaves other words, other papers and the same outlet alone', () => {
    expect(newsWordBack('The Times', 'The Times adds:', 'The Times', earlier)).toBeNull();
    expect(newsWordBack('Reuters', 'Reuters adds:', 'Reuters', [{ outlet: 'Kirkholm Reuters' }])).toBeNull();
    expect(
      newsWordBack('The Herald', 'The Herald adds:', 'Kirkholm Herald', [{ outlet: 'Kirkholm Herald' }]),
    ).toBeNull();
  });
});

describe('initials of a name the post gave in full', () => {
  it('spells the initials of two to four capitalised words, a leading "The" aside', () => {
    expect(initialsOf('Västra Nyland')).toBe('VN');
    expect(initialsOf('The Tarren Valley Courier')).toBe('TVC');
    expect(initialsOf('Åbo Underrättelser')).toBe('ÅU');
  });
  it('gives none for one word, more than four, or a word in lower case', () => {
    expect(initialsOf('Hangötidningen')).toBeNull();
    expect(initialsOf('Corriere della Sera')).toBeNull();
    expect(initialsOf('The North Wales Coast Weekly Post')).toBeNull();
  });
  it('reads a lead-in opening on the initials as the paper named before', () => {
    const earlier = [{ outlet: 'Västra Nyland' }];
    expect(shortFormIn('VN tillägger:', earlier)?.outlet).toBe('Västra Nyland');
    expect(shortFormIn('NV tillägger:', earlier)).toBeNull();
    expect(shortFormIn('Vn tillägger:', earlier)).toBeNull();
  });
  it('takes capitals read as a name of their own back to the paper whose initials they spell', () => {
    const earlier = [{ outlet: 'Tarren Valley Courier' }];
    expect(initialsBack('TVC', 'TVC adds:', 'TVC', earlier)?.outlet).toBe('Tarren Valley Courier');
    expect(initialsBack('BBC', 'BBC adds:', 'BBC News', earlier)).toBeNull();
    expect(initialsBack('Tarren', 'Tarren adds:', 'Tarren', earlier)).toBeNull();
  });
});

describe('hanShortForms', () => {
  it('gives a Chinese paper’s name without its ending, and the first character of each part', () => {
    expect(hanShortForms('澳門日報')).toEqual(['澳門', '澳日']);
    expect(hanShortForms('南方都市报')).toEqual(['南方', '南都']);
    expect(hanShortForms('中國時報')).toEqual(['中國', '中時']);
    expect(hanShortForms('光华日报')).toEqual(['光华', '光日']);
  });
  it('gives none for a name with no newsroom’s ending, or one that is only an ending', () => {
    expect(hanShortForms('澳廣視')).toEqual([]);
    expect(hanShortForms('明報')).toEqual([]);
  });
});

describe('shortFormIn, in Chinese', () => {
  const earlier = [{ outlet: '澳門日報' }];
  it('reads the initials’ short form, with Cantonese "also", as the paper named earlier', () => {
    expect(shortFormIn('巴士站搬咗去對面。澳日仲提到：', earlier)?.outlet).toBe('澳門日報');
    expect(shortFormIn('澳門都話：', earlier)?.outlet).toBe('澳門日報');
  });
  it('leaves the short form alone where no verb of reporting hands over', () => {
    expect(shortFormIn('澳日兩國嘅關係：', earlier)).toBeNull();
  });
});
