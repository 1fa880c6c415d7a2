// Hosts of the twenty-eighth held-out set's traps (publication.ts, user-page.ts, data/platform-names.json): a
// mailing list's archive, known by the list's address in its own address, and a maker's model page on a 3D-model
// host name no publication.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication, onCommunityHost } from '../../utils/analysis/publication';
import { isListArchive } from '../../utils/analysis/user-page';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const MAIL =
  '<div class="email-body"><p>Hi all, the troughs need draining before the frosts. Two volunteers for the north end, please.</p></div>';
const publicationAt = (url: string, title = 'Water troughs - Plotholders') => {
  const doc = page(MAIL, 'en', `<title>${title}</title>`);
  return findPublication(doc, url, doc.querySelector('.email-body'), defaultOutlets).name;
};

describe('isListArchive', () => {
  it('reads a list’s address in the path as a list archive’s page', () => {
    expect(
      isListArchive('https://lists.example.org/archives/list/plot@lists.example.org/thread/AB12CD/'),
    ).toBe(true);
    expect(isListArchive('https://mirror.example.net/plot%40lists.example.org/msg00412.html')).toBe(true);
  });

  it('not an address without one, nor a query holding one', () => {
    expect(isListArchive('https://lists.example.org/archives/')).toBe(false);
    expect(isListArchive('https://blog.example.org/2026/11/troughs/?from=me@example.org')).toBe(false);
    expect(isListArchive(null)).toBe(false);
  });

  it('leaves such a page without a publication, where its site would name one', () => {
    expect(
      publicationAt('https://lists.example.org/archives/list/plot@lists.example.org/thread/AB12CD/'),
    ).toBeNull();
    expect(publicationAt('https://lists.example.org/archives/', 'Water troughs | Greenhill Gardens')).toBe(
      'Greenhill Gardens',
    );
  });
});

describe('3D-model hosts (communityHosts)', () => {
  it('lists the model hosts in lower case', () => {
    for (const host of ['printables', 'printables.com', 'thingiverse', 'makerworld'])
      expect(platformNames.communityHosts).toContain(host);
  });

  it('makes a maker’s model page name no publication', () => {
    const doc = page(
      '<section class="description"><p>Inserts that split a seed tray into twenty-four cells. Print them in PETG.</p></section>',
      'en',
      '<title>Seed tray inserts by plotwright | Download free STL model | Printables.com</title><meta property="og:site_name" content="Printables.com">',
    );
    expect(onCommunityHost(doc, 'https://www.printables.com/model/1-seed-tray')).toBe(true);
    expect(
      findPublication(
        doc,
        'https://www.printables.com/model/1-seed-tray',
        doc.querySelector('.description'),
        defaultOutlets,
      ).name,
    ).toBeNull();
  });
});
