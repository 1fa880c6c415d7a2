// Publications of the thirtieth held-out set's kinds (publication.ts, name-source.ts, data/platform-names.json):
// records, items, threads and checklists on hosts that name no publication; titles whose pieces dot operators
// join; a person's blog named only by its address on a shared host.
import { describe, expect, it } from 'vitest';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const BODY =
  '<div class="body"><p>Daily notes written by the keepers over thirty years, transcribed by volunteers from the bound books.</p></div>';

const publicationOf = (head: string, url: string, html = BODY) => {
  const doc = page(html, 'en', head);
  return findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;
};

describe('hosts of records, items, threads and checklists', () => {
  it.each([
    ['<title>Tide gauge readings, 1950–1970 | Zenodo</title>', 'https://zenodo.org/records/1'],
    [
      '<title>Harbour survey photographs</title><meta property="og:site_name" content="figshare">',
      'https://figshare.example/articles/2',
    ],
    [
      '<title>County show programme, 1961 : Free Download, Borrow, and Streaming : Internet Archive</title>',
      'https://archive.org/details/show1961',
    ],
    ['<title>ใครเคยนั่งรถไฟสายเก่าบ้าง - Pantip</title>', 'https://pantip.com/topic/1'],
    ['<title>Chuyện chiếc cầu gỗ - Spiderum</title>', 'https://spiderum.com/bai-dang/cau-go'],
    [
      '<title>eBird Checklist - 2 Mar 2027 - Marsh Point - 37 species</title>',
      'https://ebird.org/checklist/S1',
    ],
  ])('%s names none', (head, url) => {
    expect(publicationOf(head, url)).toBeNull();
  });

  it('leaves a blog whose name holds such a word its name', () => {
    expect(
      publicationOf(
        '<title>Ferry logs | Harbour Archive Notes</title><meta property="og:site_name" content="Harbour Archive Notes">',
        'https://harbourarchivenotes.example/logs',
      ),
    ).toBe('Harbour Archive Notes');
  });
});

describe('a title whose pieces dot operators join', () => {
  it.each([
    ['The ferry goes to one boat ⋅ Estuary Footnotes ⋅ Plume', 'Estuary Footnotes'],
    ['Winter on the canal ∙ Towpath Letters ∙ Plume', 'Towpath Letters'],
    ['La gabarra ya no cruza ⋅ Notas del Estuario ⋅ Plume', 'Notas del Estuario'],
  ])('%s names the blog', (title, name) => {
    const home = `<header><a href="https://writers.example/">writers.example</a></header><p>in <a href="https://writers.example/~/blog/">${name}</a></p>`;
    expect(publicationOf(`<title>${title}</title>`, 'https://writers.example/~/blog/post', home + BODY)).toBe(
      name,
    );
  });
});

describe('a person’s blog named only by its address on a shared host', () => {
  const blog = (heading: string, host: string) =>
    publicationOf(
      `<title>Fergen går sjeldnere - ${host}</title>`,
      `https://${host}/blogg/entry/1/`,
      `<div id="top"><h1><a href="https://${host}/blogg/">${heading}</a></h1></div>${BODY}`,
    );

  it.each([
    ['Guðrún Hlíf', 'gudrunhlif.blog.is'],
    ['Bjørn Aasen', 'bjornaasen.bloggport.example'],
    ['Anna Berg', 'annaberg.blogs.example'],
    ['Łucja Nowak', 'lucjanowak.blogi.example'],
  ])('names none when the heading names a person (%s)', (heading, host) => {
    expect(blog(heading, host)).toBeNull();
  });

  it('passes over a heading link whose address cannot be read, as a hostile page may write it', () => {
    const head = '<title>Fergen går sjeldnere - gudrunhlif.blog.is</title>';
    const html = `<div id="top"><h1><a href="http://[broken">Guðrún Hlíf</a></h1></div>${BODY}`;
    expect(() => publicationOf(head, 'https://gudrunhlif.blog.is/blogg/entry/1/', html)).not.toThrow();
  });

  it('keeps a blog’s name heading its blog, and the address on a site’s own host', () => {
    expect(blog('Harbour Wall Diary', 'harbourwall.blogs.example')).not.toBeNull();
    expect(blog('Anna Berg', 'annaberg.example')).not.toBeNull();
  });
});
