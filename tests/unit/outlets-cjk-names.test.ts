// Outlet names written in Han, kana or Hangul, and in Thai, Lao, Khmer and Burmese, are found by their
// characters (utils/outlets/cjk-names.ts).
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../utils/analysis/block-evidence';
import { cjkNames, findCjkNames } from '../../utils/outlets/cjk-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { findOutletMentions } from '../../utils/outlets/lookup';
import type { Outlet } from '../../utils/outlets/types';

const outlet = (name: string): Outlet => ({
  name,
  kind: 'newspaper',
  country: 'KR',
  domains: [],
  aliases: [],
});
const names = cjkNames([
  { written: '한겨레', outlet: outlet('Hankyoreh') },
  { written: '한겨레신문', outlet: outlet('Hankyoreh') },
  { written: '朝日新聞', outlet: outlet('Asahi') },
  { written: 'KBS 뉴스', outlet: outlet('KBS') },
  { written: '新', outlet: outlet('One character') },
]);
const found = (text: string) => findCjkNames(text, names).map((m) => text.slice(m.start, m.end));

describe('cjkNames', () => {
  it('keeps names wholly in these scripts of two characters or more, longest first', () => {
    expect(names.map((n) => n.written)).toEqual(['한겨레신문', '朝日新聞', '한겨레']);
  });
});

describe('findCjkNames', () => {
  it('finds a Japanese name wherever the text runs on', () => {
    expect(found('朝日新聞によると、市は')).toEqual(['朝日新聞']);
    expect(found('昨日の朝日新聞の記事')).toEqual(['朝日新聞']);
  });

  it('finds a Korean name at a phrase start, alone or before a particle', () => {
    expect(found('한겨레는 이렇게 보도했다.')).toEqual(['한겨레']);
    expect(found('한겨레신문에 따르면')).toEqual(['한겨레신문']);
    expect(found('(한겨레)')).toEqual(['한겨레']);
  });

  it('leaves a Korean name inside a longer word', () => {
    expect(found('우리한겨레는')).toEqual([]);
    expect(found('한겨레신문사')).toEqual([]);
    expect(found('한겨레붙임말')).toEqual([]);
  });

  it('finds nothing in text without these scripts', () => {
    expect(findCjkNames('Reuters reported that', names)).toEqual([]);
  });
});

describe('the scripts of Southeast Asia, which run words together', () => {
  const syllabic = cjkNames([
    { written: 'มติชน', outlet: outlet('Matichon') },
    { written: 'ຂປລ', outlet: outlet('KPL') },
    { written: 'រស្មីកម្ពុជា', outlet: outlet('Rasmei Kampuchea') },
    { written: 'ဒီဗွီဘီ', outlet: outlet('DVB') },
  ]);
  const inText = (text: string) => findCjkNames(text, syllabic).map((m) => text.slice(m.start, m.end));

  it('keeps their names, written wholly in these scripts', () => {
    expect(syllabic.map((n) => n.written).sort()).toEqual(['ຂປລ', 'ဒီဗွီဘီ', 'มติชน', 'រស្មីកម្ពុជា'].sort());
  });

  it('finds a name wherever the text runs on', () => {
    expect(inText('มติชนออนไลน์รายงานว่า')).toEqual(['มติชน']);
    expect(inText('ตามรายงานของมติชน')).toEqual(['มติชน']);
    expect(inText('ຂປລ ລາຍງານວ່າ')).toEqual(['ຂປລ']);
    expect(inText('យោងតាមរស្មីកម្ពុជា')).toEqual(['រស្មីកម្ពុជា']);
    expect(inText('ဒီဗွီဘီ သတင်းအရ')).toEqual(['ဒီဗွီဘီ']);
  });

  it('does not cut a syllable: no mark right after the name, no leading vowel right before it', () => {
    // A tone mark on the last letter makes it another syllable.
    expect(inText('มติชน่')).toEqual([]);
    // "เ" is written before the letter it follows in speech.
    expect(inText('เมติชน')).toEqual([]);
    // A Khmer subscript (coeng) joins the next letter to the name's last.
    expect(inText('រស្មីកម្ពុជា្ន')).toEqual([]);
  });
});

describe('the shipped table', () => {
  it.each([
    ['日本経済新聞によると、', 'Nikkei'],
    ['読売新聞の取材に', 'The Yomiuri Shimbun'],
    ['조선일보에 따르면,', 'The Chosun Ilbo'],
    ['연합뉴스는 이렇게 전했다.', 'Yonhap News Agency'],
  ])('%s', (text, name) => {
    expect(findOutletMentions(text)[0]?.outlet.name).toBe(name);
  });

  it('does not take a short word for a wire: 共同 and 時事 are common words', () => {
    expect(findOutletMentions('共同で時事問題を話し合った')).toEqual([]);
  });
});

describe('a Japanese wire dateline', () => {
  it('names the agency whose short name ends the brackets', () => {
    expect(readDateline('【札幌共同】北海道は3日、', defaultOutlets)?.outlet).toBe('Kyodo News');
    expect(readDateline('【ワシントン時事】米政府は', defaultOutlets)?.outlet).toBe('Jiji Press');
    expect(readDateline('【お知らせ】来週は休みます', defaultOutlets)).toBeNull();
  });
});

describe('a name joining these scripts and Latin letters or digits', () => {
  const mixed = cjkNames([
    { written: '香港01', outlet: outlet('HK01') },
    { written: 'HK01', outlet: outlet('HK01') },
  ]);
  const at = (text: string) => findCjkNames(text, mixed).map((m) => text.slice(m.start, m.end));
  it('is kept when it holds one of these characters, and found running into the text', () => {
    expect(mixed.map((n) => n.written)).toEqual(['香港01']);
    expect(at('據香港01報道，')).toEqual(['香港01']);
    expect(at('香港01記者訪問咗一位街坊')).toEqual(['香港01']);
  });
  it('is not found where a letter or a digit goes on from its edge', () => {
    expect(at('香港012號')).toEqual([]);
  });
});
