// A classifieds site known by the word for its ads closing its pages' titles ("… - Объявления", "… | Classifieds"),
// whichever site it is, names no publication (data/platform-names.json's classifiedsWords, publication.ts).
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication, onCommunityHost } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const AD =
  '<div class="body"><p>Bright two-room flat on the third floor of four, quiet courtyard, tram two minutes away.</p></div>';
const ad = (title: string, lang = 'en') =>
  page(
    `<div class="logo"><a href="https://ads.example/" title="${title.split(' - ').pop()}">Logo</a></div>${AD}`,
    lang,
    `<title>${title}</title>`,
  );
const publicationOf = (doc: Document, url = 'https://ads.example/msg/flat-1.html') =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('classifiedsWords', () => {
  it('lists words for ads in lower case, each once, none a community host', () => {
    expect(platformNames.classifiedsWords).toContain('объявления');
    expect(platformNames.classifiedsWords).toContain('classifieds');
    for (const word of platformNames.classifiedsWords)
      expect(platformNames.communityHosts).not.toContain(word);
  });

  it('makes a page whose title closes on one a classifieds host’s, with no publication', () => {
    const russian = ad('Квартиры - Даугавпилс - Сдают - Объявления', 'ru');
    expect(onCommunityHost(russian, 'https://ads.example/msg/flat-1.html')).toBe(true);
    expect(publicationOf(russian)).toBeNull();
    expect(publicationOf(ad('Flats - Ballarat - For sale | Classifieds'))).toBeNull();
    expect(publicationOf(ad('Dzīvokļi - Liepāja - Pārdod - Sludinājumi', 'lv'))).toBeNull();
  });

  it('not a page whose title closes on a site’s own name', () => {
    expect(publicationOf(ad('Flats - Ballarat - For sale - Goldfields Trader'))).toBe('Goldfields Trader');
  });
});
