// Publications of the twenty-seventh held-out set's hosts (publication.ts, data/platform-names.json): a fundraising
// platform's, a neighbourhood network's, a petitions site's and a wiki everyone edits' pages name no publication; a
// saved-article reader's view names the saved blog, by the byline of the tool's header when the article's own words
// never spell the blog's domain.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const ARTICLE =
  '<p>The words of the page, at some length, about the river, the boathouse and the winter floods.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('families of hosts whose pages are no publication’s (communityHosts)', () => {
  const hosts: Array<[string, string, string]> = [
    [
      'helloasso',
      'Noves cadires per al local - Associació del Barri - HelloAsso',
      'https://www.helloasso.com/associations/a/collectes/b',
    ],
    ['justgiving', 'Rebuild the boathouse - JustGiving', 'https://www.justgiving.com/crowdfunding/boathouse'],
    ['leetchi', 'Cagnotte pour la chorale - Leetchi', 'https://www.leetchi.com/c/chorale'],
    [
      'nextdoor',
      'Letter from the city about our sidewalk — Eastside | Nextdoor',
      'https://nextdoor.com/p/Xy12',
    ],
    ['nebenan.de', 'Zettel von der Hausverwaltung – nebenan.de', 'https://nebenan.de/feed/posts/1'],
    ['petitions', 'Petition: Grit every bus route - Petitions', 'https://petition.parliament.uk/petitions/1'],
    [
      'openpetition',
      'Rettet das Freibad - openPetition',
      'https://www.openpetition.de/petition/online/freibad',
    ],
    [
      'wikipedia',
      'Talk:Skerne Valley Lido - Wikipedia',
      'https://en.wikipedia.org/wiki/Talk:Skerne_Valley_Lido',
    ],
    ['википедия', 'Обсуждение:Пирс — Википедия', 'https://ru.wikipedia.org/wiki/Обсуждение:Пирс'],
    ['wikivoyage', 'Talk:Lowestoft - Wikivoyage', 'https://en.wikivoyage.org/wiki/Talk:Lowestoft'],
  ];

  it('lists each name once, in lower case, apart from the platforms', () => {
    for (const [name] of hosts) {
      expect(platformNames.communityHosts.filter((h) => h === name)).toHaveLength(1);
      expect(platformNames.platforms).not.toContain(name);
    }
  });

  it.each(hosts)('names no publication for a page on %s', (_name, title, url) => {
    expect(
      publicationOf(page(`<div class="body">${ARTICLE}</div>`, 'en', `<title>${title}</title>`), url),
    ).toBeNull();
  });

  it('names a wiki of its own on its own site, as before', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>Talk:Greystone Viaduct - Railwiki</title><meta property="og:site_name" content="Railwiki">',
    );
    expect(publicationOf(doc, 'https://railwiki.org/wiki/Talk:Greystone_Viaduct')).toBe('Railwiki');
  });

  it('keeps a blog whose name merely holds a platform’s word', () => {
    const doc = page(
      `<div class="body">${ARTICLE}</div>`,
      'en',
      '<title>The boathouse | Petitions and Pints</title><meta property="og:site_name" content="Petitions and Pints">',
    );
    expect(publicationOf(doc, 'https://petitionsandpints.example/boathouse')).toBe('Petitions and Pints');
  });
});

describe('a saved-article reader’s view (readLater)', () => {
  const view = (tool: string, byline: string) =>
    page(
      `<nav><a href="/bookmarks">${tool}</a></nav><main><header class="bookmark-header"><p><a href="https://ferrylanenotes.org/2026/12/ferry/">ferrylanenotes.org</a></p><h1>The ferry, again</h1><p class="byline">${byline}</p></header><div class="body">${ARTICLE}</div></main>`,
      'en',
      `<title>The ferry, again - ${tool}</title>`,
    );

  it.each(['Readeck', 'Karakeep', 'Linkwarden'])(
    'names the saved blog on %s by the header’s byline',
    (tool) => {
      expect(platformNames.readLater).toContain(tool.toLowerCase());
      expect(
        publicationOf(
          view(tool, 'By Ines Olsen · Ferry Lane Notes'),
          'https://read.example.net/bookmarks/x1',
        ),
      ).toBe('Ferry Lane Notes');
    },
  );

  it('names it by the domain when nothing spells it', () => {
    expect(publicationOf(view('Readeck', 'By Ines Olsen'), 'https://read.example.net/bookmarks/x1')).toBe(
      'ferrylanenotes.org',
    );
  });
});
