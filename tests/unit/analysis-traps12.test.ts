// The twentieth held-out set's traps (own-voice.json, document-words.json, source-words.ts, lead-in.ts,
// publication.ts, thread.ts, platform-names.json): an outlet named before a turn to someone's words in Scottish
// Gaelic, Māori and English, a body's letter and reply, shared platforms' pages, a feed reader's entry.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { DOCUMENT_WORDS } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const kinds = (body: string, lang = 'en') =>
  analyzePage(page(`<article class="page"><h1>A</h1>${body}</article>`, lang), {
    url: 'https://club.example/2026/12/a/',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => `${q.kind}:${q.outlet}`);

const QUOTE =
  '<blockquote><p>We rowed this river as children, and the boats were kept in a shed that leaked every winter until the roof fell in.</p></blockquote>';

describe('a turn to someone’s words in Scottish Gaelic and Māori (own-voice.json)', () => {
  it('sets the outlet before "ach" and "engari" aside for the words after it', () => {
    expect(
      kinds(
        `<p>Sgrìobh an Stornoway Gazette mun gheama, ach 's e na thuirt Calum aig a' choinneimh a chòrd rinn:</p>${QUOTE}`,
        'gd',
      ),
    ).toEqual(['person:null']);
    expect(
      kinds(
        `<p>I kōrero a RNZ mō te whakataetae, engari ko ngā kupu a Whaea Mere te mea i mau i a mātou:</p>${QUOTE}`,
        'mi',
      ),
    ).toEqual(['person:null']);
  });

  it('keeps the outlet when the turn hands over to nobody else', () => {
    expect(
      kinds(`<p>Bha an sgeulachd aig RNZ an toiseach, ach seo am mion-fhiosrachadh:</p>${QUOTE}`, 'gd'),
    ).toEqual(['outlet:RNZ']);
  });

  it('reads a body’s letter as a document (document-words.json)', () => {
    expect(
      kinds(`<p>Fhuair sinn litir bho oifis na Comhairle. Seo am pàirt as cudromaiche:</p>${QUOTE}`, 'gd'),
    ).toEqual(['document:null']);
    expect(kinds(`<p>I tae mai he reta i te Kaunihera. Anei te wāhanga matua:</p>${QUOTE}`, 'mi')).toEqual([
      'document:null',
    ]);
  });
});

describe('a reply the writer got, a body’s reply (source-words.ts, lead-in.ts)', () => {
  it('sets an outlet before a turn to a reply the writer got aside', () => {
    expect(
      kinds(
        `<p>The Falmouth Packet ran a picture of it last week, but the more useful thing is the reply I got from a biologist:</p>${QUOTE}`,
      ),
    ).toEqual(['person:null']);
  });

  it('reads one of the replies readers sent, after the writer asked them, as a person’s', () => {
    expect(
      kinds(
        `<p>Last week I asked how you split the rota over Christmas. One reply, from a surgery in Kent, shared with permission:</p>${QUOTE}`,
      ),
    ).toEqual(['person:null']);
  });

  it('reads the reply of a body the writer wrote to as a document', () => {
    expect(
      kinds(`<p>I emailed the manufacturer with photos and this is their entire reply:</p>${QUOTE}`),
    ).toEqual(['document:null']);
    expect(
      kinds(`<p>I contacted the installation company about it and this is their reply:</p>${QUOTE}`),
    ).toEqual(['document:null']);
    // A trade paper named after the trade it covers is still a newsroom.
    expect(kinds(`<p>The Insurer spoke to a broker at Lloyd’s, who said:</p>${QUOTE}`)[0]).toMatch(
      /^outlet:/,
    );
    // A friend written to is a person.
    expect(kinds(`<p>I emailed my brother about it and this is his reply:</p>${QUOTE}`)).toEqual([
      'person:null',
    ]);
  });

  it('keeps an outlet the turn names, or one that contacted a body', () => {
    expect(
      kinds(
        `<p>Reuters reported the recall, but The Irish Times has the reply the importer got from the regulator:</p>${QUOTE}`,
      ),
    ).toEqual(['outlet:The Irish Times']);
    expect(kinds(`<p>The Guardian contacted the manufacturer and printed their reply:</p>${QUOTE}`)).toEqual([
      'outlet:The Guardian',
    ]);
  });
});

describe('shared platforms’ pages (platform-names.json)', () => {
  const publication = (head: string, url: string) =>
    analyzePage(
      page(
        '<article class="post"><h1>A</h1><p>A note long enough to be read as the body of the page, about the river.</p></article>',
        'en',
        head,
      ),
      { url, outlets: defaultOutlets },
    ).report.publication;

  it('names no publication on a member’s page of a shared platform', () => {
    for (const [head, url] of [
      [
        '<title>A note | Ruth P</title><meta property="og:site_name" content="HEY World">',
        'https://world.hey.com/ruth/a',
      ],
      [
        '<title>A thread - lemmy.example</title><meta property="og:site_name" content="Lemmy">',
        'https://lemmy.example/post/1',
      ],
      [
        '<title>A question · org/tool · Discussion #4 · GitHub</title><meta property="og:site_name" content="GitHub">',
        'https://github.com/org/tool/discussions/4',
      ],
      [
        '<title>File:Light.jpg - Wikimedia Commons</title>',
        'https://commons.wikimedia.org/wiki/File:Light.jpg',
      ],
      [
        '<title>A – B | Releases | Discogs</title><meta property="og:site_name" content="Discogs">',
        'https://www.discogs.com/release/1',
      ],
      [
        '<title>Seal · iNaturalist</title><meta property="og:site_name" content="iNaturalist">',
        'https://www.inaturalist.org/observations/1',
      ],
    ])
      expect(publication(head, url), head).toBeNull();
  });

  it('still names a blog by its own site name', () => {
    expect(
      publication(
        '<title>A note | Notes from the Roseland</title><meta property="og:site_name" content="Notes from the Roseland">',
        'https://roseland.example/a',
      ),
    ).toBe('Notes from the Roseland');
  });
});

describe('a feed reader’s entry (publication.ts)', () => {
  it('names the feed from the reader’s source line, the reader known by its title', () => {
    const doc = page(
      '<div class="article"><div class="heading"><h1><a href="https://towpath.example/2026/a/">Locks</a></h1></div><div class="subtitle"><span class="source">from <a href="#/items/feeds/9">Towpath Ledger</a></span></div><div class="body"><p>Every winter the same question from boaters about which locks are shut and for how long.</p><p>More of the same, at some length, about moorings, water points and the pump-out at the top lock.</p></div></div>',
      'en',
      '<title>News - Nextcloud</title>',
    );
    expect(
      analyzePage(doc, { url: 'https://cloud.example/apps/news/', outlets: defaultOutlets }).report
        .publication,
    ).toBe('Towpath Ledger');
  });
});

describe('what a thing is inscribed with (source-words.ts)', () => {
  it('reads an inscription handed over by "inscribed" or "engraved" as a document', () => {
    expect(DOCUMENT_WORDS.test('The inside of the case is inscribed in copperplate:')).toBe(true);
    expect(DOCUMENT_WORDS.test('The lid is engraved:')).toBe(true);
    expect(kinds(`<p>The back of the medal is engraved:</p>${QUOTE}`)).toEqual(['document:null']);
  });
});

describe('a thread of comment boxes (find-article.ts, user-page.ts)', () => {
  const post = (who: string, words: string) =>
    `<div class="timeline-item comment"><div class="comment-header"><a class="author" href="https://forge.example.org/${who}">${who}</a> commented</div><div class="comment-content"><p>${words}</p></div></div>`;
  const LONG =
    'Since the upgrade the export leaves out every column without values, which breaks the import on the other side of our pipeline every night.';

  it('reads the element holding the comments as the body, their posters making it a thread', () => {
    const doc = page(
      `<h1>Export drops columns</h1><div class="ui timeline">${post('ravi', `${LONG} The changelog says:</p><blockquote><p>CSV export now skips columns that contain no values in any row, to keep exported files smaller.</p></blockquote><p>Any flag?`)}${post('mwood', LONG)}${post('bot', LONG)}</div>`,
    );
    const { report } = analyzePage(doc, {
      url: 'https://forge.example.org/org/tool/issues/88',
      outlets: defaultOutlets,
    });
    expect(report.publication).toBeNull();
    expect(report.quotes.map((q) => q.kind)).toEqual(['document']);
  });

  it('leaves a blog’s comment list set aside', () => {
    const doc = page(
      `<article class="post"><h1>A</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></article><ol class="comment-list"><li class="comment"><p>The reviewer said:</p><blockquote><p>${LONG}</p></blockquote></li><li class="comment"><p>${LONG}</p></li></ol>`,
    );
    const { report } = analyzePage(doc, { url: 'https://blog.example/a/', outlets: defaultOutlets });
    expect(report.quotes).toEqual([]);
  });
});

describe('a project’s docs and design note (source-words.ts)', () => {
  it('reads them as documents, and a turn to them sets an outlet aside', () => {
    expect(DOCUMENT_WORDS.test('The docs say:')).toBe(true);
    expect(DOCUMENT_WORDS.test('its design note on conflicts')).toBe(true);
    expect(
      kinds(
        `<p>Ars Technica had a long piece on it, but what settles this is the project’s design note:</p>${QUOTE}`,
      ),
    ).toEqual(['document:null']);
  });
});

describe('a member’s post and its comments on a shared platform (thread.ts)', () => {
  const THREAD =
    '<main><div class="post-body"><p>We had a heat pump fitted on the side wall in October and the neighbour says it hums all night long.</p><p>He has asked us to move it, which would cost more than the pump did.</p></div><div class="comments"><div class="comment"><p>Our council’s guidance says:</p><blockquote><p>Noise from domestic heating equipment may be investigated as a statutory nuisance where it unreasonably interferes with a neighbouring home.</p></blockquote></div></div></main>';

  it('reads the comments under the post on a community host', () => {
    const doc = page(
      THREAD,
      'en',
      '<title>Heat pump - feddit.example</title><meta property="og:site_name" content="Lemmy">',
    );
    const { report } = analyzePage(doc, { url: 'https://feddit.example/post/1', outlets: defaultOutlets });
    expect(report.quotes.map((q) => q.kind)).toEqual(['document']);
  });

  it('leaves a blog’s comments set aside', () => {
    const doc = page(
      THREAD,
      'en',
      '<title>Heat pump | Home Notes</title><meta property="og:site_name" content="Home Notes">',
    );
    const { report } = analyzePage(doc, { url: 'https://homenotes.example/a/', outlets: defaultOutlets });
    expect(report.quotes).toEqual([]);
  });
});

describe('a dedication and a sleeve note (source-words.ts)', () => {
  it('reads them as their author’s words', () => {
    expect(
      kinds(`<p>The sleeve note of the record says:</p>${QUOTE.replace('We rowed', 'They rowed')}`),
    ).toEqual(['person:null']);
    expect(
      kinds(`<p>The liner notes put it this way:</p>${QUOTE.replace('We rowed', 'They rowed')}`),
    ).toEqual(['person:null']);
    expect(kinds(`<p>The dedication reads:</p>${QUOTE.replace('We rowed', 'They rowed')}`)).toEqual([
      'person:null',
    ]);
  });
});

describe('a member’s review on a catalogue host’s page (thread.ts)', () => {
  const RELEASE =
    '<main><h1>The Pier Orchestra – Last Tram Home</h1><section><h2>Notes</h2><div class="notes"><p>Liner notes by the bandleader:</p><p>“They played this set every summer for eleven years and never once wrote it down, so here it is, wrong notes and all.”</p></div></section><section><h2>Reviews</h2><div class="review"><div class="head"><a href="https://records.example/user/TideTables">TideTables</a></div><div class="text"><p>Picked this up at a church fair for a pound, and it has been on the turntable every weekend since. My dad told me about the recording years later:</p><blockquote><p>It rained on the second night and half the audience stood under the bandstand roof with the players, singing along.</p></blockquote><p>Turn up the last track and listen for the crowd.</p></div></div></section></main>';

  it('reads the main region holding the review on a community host', () => {
    const doc = page(
      RELEASE,
      'en',
      '<title>Last Tram Home | Releases | Discogs</title><meta property="og:site_name" content="Discogs">',
    );
    const { report } = analyzePage(doc, {
      url: 'https://records.example/release/1',
      outlets: defaultOutlets,
    });
    expect(report.quotes.map((q) => q.text.slice(0, 20))).toEqual([
      '“They played this se',
      'It rained on the sec',
    ]);
  });
});
