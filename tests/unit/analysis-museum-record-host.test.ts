// An object's record on a museums' shared collections platform names no publication (platform-names.json,
// communityHosts; publication.ts).
import { describe, expect, it } from 'vitest';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const RECORD =
  '<div class="body"><p>Handwritten letter on the company’s paper, sent to the skipper of the local boat in 1923, about the new quay.</p></div><dl><dt>Identifier</dt><dd>SMM.2026.0412</dd><dt>Date</dt><dd>1923</dd></dl>';
const publicationOf = (siteName: string, url: string) => {
  const doc = page(
    RECORD,
    'en',
    `<title>Letter about the quay - ${siteName}</title><meta property="og:site_name" content="${siteName}">`,
  );
  return findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;
};

describe('a museums’ collections platform', () => {
  it.each([
    ['DigitaltMuseum', 'https://digitaltmuseum.example/021026041203/brev'],
    ['Europeana', 'https://www.europeana.example/en/item/1'],
    ['Finna', 'https://finna.example/Record/museovirasto.1'],
  ])('%s names no publication', (siteName, url) => {
    expect(publicationOf(siteName, url)).toBeNull();
  });

  it('leaves a blog named for a museum its name', () => {
    expect(publicationOf('Museum Afternoons', 'https://museumafternoons.example/letter')).toBe(
      'Museum Afternoons',
    );
  });
});
