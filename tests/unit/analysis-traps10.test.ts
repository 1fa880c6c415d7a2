// The eighteenth held-out set's traps and platform pages (publication.ts, own-voice.json, posts.ts,
// article-text.ts): platforms that are no publication, a site's name over its pages, a feed reader's entries.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { looksLikeLetter, signedForBody } from '../../utils/analysis/letter';
import { mailBreaks, quotesByLines } from '../../utils/analysis/mail-lines';
import { findPosts } from '../../utils/analysis/posts';
import { findPublication } from '../../utils/analysis/publication';
import { SELF_REFERENCE, speaksForItself } from '../../utils/analysis/source-words';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, head = '<title>A page</title>', lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

const ARTICLE = '<p>The words of the post, at some length, about the kiln and the price of gas.</p>';
const publicationOf = (doc: Document, url: string) =>
  findPublication(doc, url, doc.querySelector('.body'), defaultOutlets).name;

describe('platforms that are no publication (platform-names.json)', () => {
  it('names no publication for a creator’s post on a tipping platform', () => {
    const doc = page(
      `<h1>Kiln &amp; Kettle</h1><div class="body">${ARTICLE}</div>`,
      '<title>Gas again! - Ko-fi ❤️ Where creators get support from fans</title><meta property="og:site_name" content="Ko-fi">',
    );
    expect(publicationOf(doc, 'https://ko-fi.com/post/Gas-again-X1')).toBeNull();
  });

  it('names no publication for a note shared from a note-taking app', () => {
    const doc = page(
      `<div class="share-header"><a href="https://joplincloud.com/">Joplin</a></div><div class="body">${ARTICLE}</div>`,
      '<title>Gas - what the kiln costs now | Joplin</title>',
    );
    expect(publicationOf(doc, 'https://joplincloud.com/shares/Ab12')).toBeNull();
  });
});

describe('own-voice words in Faroese and Belarusian (own-voice.json)', () => {
  const kinds = (lang: string, body: string) => {
    const doc = page(`<article class="post"><h1>A</h1>${body}</article>`, '<title>A</title>', lang);
    return analyzePage(doc, {
      url: 'https://family.example/2026/12/a/',
      outlets: defaultOutlets,
    }).report.quotes.map((q) => `${q.kind}:${q.outlet}`);
  };

  it('reads first-person words and greetings in the page’s own language only', () => {
    expect(speaksForItself('Í gjár fingu vit bátin á sjógv.', 'fo')).toBe(true);
    expect(speaksForItself('Í gjár fingu vit bátin á sjógv.', 'en')).toBe(false);
    expect(speaksForItself('Мы ўсе жылі ў адной хаце.', 'be')).toBe(true);
    expect(looksLikeLetter('Дарагі Пятрусь! Сена ўжо ў стозе.', 'be')).toBe(true);
    expect(looksLikeLetter('Дарагі Пятрусь! Сена ўжо ў стозе.', 'en')).toBe(false);
    expect(looksLikeLetter('Kæri Súni, takk fyri brævið.', 'fo')).toBe(true);
  });

  it('makes a diary a person’s words and a decision a document, with no outlet', () => {
    expect(
      kinds(
        'fo',
        '<p>Her er úr dagbókini hjá honum, skrivað í 1972:</p><blockquote><p>Sosialurin skrivaði um kórið í vikuni, og kórið sang væl í kirkjuni.</p></blockquote><p>Her er avgerðin frá 1971:</p><blockquote><p>Kórið fær loyvi at nýta skúlastovuna hvønn mánadag.</p></blockquote>',
      ),
    ).toEqual(['person:null', 'document:null']);
    expect(
      kinds(
        'be',
        '<p>Вось выпіска з рашэння калгаса:</p><blockquote><p>Праўленне калгаса пастанаўляе выдзеліць участак пад агарод каля ракі.</p></blockquote>',
      ),
    ).toEqual(['document:null']);
  });
});

describe('a theme’s site title linking home (publication.ts)', () => {
  it('names the site by its header’s title when the title and metadata name nothing else', () => {
    const doc = (href: string) =>
      page(
        `<header><h1 class="site-name"><a href="${href}">Saltmarsh Ledger</a></h1></header><div class="body">${ARTICLE}</div>`,
        '<title>The gauge is broken again</title>',
      );
    expect(publicationOf(doc('/'), 'https://saltmarsh.example/p/gauge/')).toBe('Saltmarsh Ledger');
    expect(publicationOf(doc('https://saltmarsh.example/'), 'https://saltmarsh.example/p/gauge/')).toBe(
      'Saltmarsh Ledger',
    );
    // A title linking elsewhere, or to a page that is not the front page, is no site name.
    expect(publicationOf(doc('https://other.example/'), 'https://saltmarsh.example/p/gauge/')).toBeNull();
    expect(publicationOf(doc('/about/'), 'https://saltmarsh.example/p/gauge/')).toBeNull();
  });
});

describe('a writer pointing at their first newsletter (source-words.ts)', () => {
  it('reads "our first newsletter" as the writer’s own words, not "our first visit"', () => {
    expect(SELF_REFERENCE.test('Our first newsletter went out in April 2016.')).toBe(true);
    expect(SELF_REFERENCE.test('My first post on this blog said it plainly:')).toBe(true);
    expect(SELF_REFERENCE.test('Our first visit to the depot was in April 2016.')).toBe(false);
  });
});

describe('a wiki’s bracketed title (publication.ts)', () => {
  const wiki = (title: string, header: string) =>
    page(
      `<header><h1><a href="/doku.php?id=start">${header}</a></h1></header><div class="body">${ARTICLE}</div>`,
      `<title>${title}</title>`,
    );
  const url = 'https://wiki.example.org/doku.php?id=about:kiln';
  it('names the site by the title’s bracketed piece the header shows, a wiki by its owner', () => {
    expect(publicationOf(wiki('about:kiln [Kiln Lane Potters Wiki]', 'Kiln Lane Potters Wiki'), url)).toBe(
      'Kiln Lane Potters',
    );
    expect(publicationOf(wiki('about:kiln [Kiln Notes]', 'Kiln Notes'), url)).toBe('Kiln Notes');
  });
  it('reads no bracketed piece the header does not show', () => {
    expect(publicationOf(wiki('about:kiln [draft]', 'Kiln Lane Potters Wiki'), url)).toBeNull();
  });
});

describe('a feed reader’s label of a blog and a section (publication.ts)', () => {
  const reader = (label: string, href: string) =>
    page(
      `<div class="entry"><span class="entry-website">${label}</span><div class="body"><h1><a href="${href}">Gas</a></h1>${ARTICLE}</div></div>`,
      '<title>Miniflux - Gas</title>',
    );
  it('names the blog by the label’s piece its entry’s site spells', () => {
    expect(
      publicationOf(
        reader('Kiln Lane Potters — Studio Notes', 'https://kilnlanepotters.co.uk/gas'),
        'https://rss.example/e/1',
      ),
    ).toBe('Kiln Lane Potters');
    expect(
      publicationOf(
        reader('Studio Notes — Kiln Lane Potters', 'https://kilnlanepotters.co.uk/gas'),
        'https://rss.example/e/1',
      ),
    ).toBe('Kiln Lane Potters');
  });
  it('keeps a name-like label whole when no piece spells the site', () => {
    expect(
      publicationOf(reader('Kiln — Notes', 'https://elsewhere.example/gas'), 'https://rss.example/e/1'),
    ).toBe('Kiln — Notes');
  });
});

describe('a feed reader’s entries (posts.ts)', () => {
  const entry = (n: number, words: string) =>
    `<div class="cdm" id="RROW-${n}"><div class="header"><span class="titleWrap"><a class="title" href="https://kiln.example/${n}">Entry ${n}</a></span></div><div class="content"><p>${words}</p></div></div>`;
  const long = 'The words of the entry, at some length, about the kiln and the price of gas. '.repeat(6);
  const view = (title: string) =>
    page(
      `<div id="headlines-frame">${entry(1, long)}${entry(2, 'A photo of the kiln.')}${entry(3, long)}</div>`,
      `<title>${title}</title>`,
    );
  it('makes each entry a post titled by its link, in a reader’s view', () => {
    const doc = view('Tiny Tiny RSS');
    const layout = findPosts(doc, doc.getElementById('headlines-frame')!);
    expect(layout?.posts.map((p) => p.title)).toEqual(['Entry 1', 'Entry 2', 'Entry 3']);
    expect(layout?.root.id).toBe('headlines-frame');
  });
  it('titles entries by a link whose class word ends in "title" ("item-title", "entry_title")', () => {
    for (const klass of ['cf-entry-title', 'item_title']) {
      const entries = [1, 2]
        .map(
          (n) =>
            `<article class="entry"><div class="header"><a class="${klass}" href="https://kiln.example/${n}">Entry ${n}</a></div><div class="content"><p>${long}</p></div></article>`,
        )
        .join('');
      const doc = page(`<div id="list">${entries}</div>`, '<title>Kiln notes - CommaFeed</title>');
      expect(
        findPosts(doc, doc.getElementById('list')!)?.posts.map((p) => p.title),
        klass,
      ).toEqual(['Entry 1', 'Entry 2']);
    }
  });
  it('reads no entries on a page no feed reader names itself on', () => {
    const doc = view('Kiln notes');
    expect(findPosts(doc, doc.getElementById('headlines-frame')!)).toBeNull();
  });
});

describe('a mail’s <pre> read line by line (article-text.ts, quoted-runs.ts, forwarded.ts)', () => {
  const pre = (text: string) => {
    const doc = page(`<pre>${text}</pre>`);
    return doc.querySelector('pre')!;
  };
  const QUOTED =
    'On Thu, Dev Marsh wrote:\n&gt;<i> Saw in the paper that everyone has to treat the hives\n</i>&gt;<i> before the end of the month. Is that true?\n</i>\nNo, Dev, nobody will take your bees. The treatment is best done in winter.\n';
  const FORWARDED =
    'Passing this on:\n\n---------- Forwarded message ---------\nFrom: Gareth &lt;gareth at farm.example&gt;\nDate: Sun, 29 Nov 2026\nTo: Hattie\n\nHello Hattie,\n\nHappy for the walkers to use the track along the top of the field.\n\nBest wishes,\nGareth\nLow Mill Farm\n\nSo the walk goes ahead on Sunday with the diversion.\n';

  it('reads a <pre> quoting in ">" lines or forwarding a message, not code', () => {
    expect(quotesByLines(pre(QUOTED))).toBe(true);
    expect(quotesByLines(pre(FORWARDED))).toBe(true);
    expect(quotesByLines(pre('&gt; npm install\n&gt; npm run build {\n  x = f(y);\n}\n'))).toBe(false);
    expect(quotesByLines(pre('Plain wire copy, one paragraph of it, and nothing quoted at all.\n'))).toBe(
      false,
    );
  });

  it('breaks a mail into paragraphs, quoted stretches and lines of their own, not at every line', () => {
    const text = 'On Thu, Dev Marsh wrote:\n> one\n> two\n\nMy reply runs\nover two lines.\nFrom: x\nBody';
    const lines = text.split('\n');
    const endOf = (n: number) => lines.slice(0, n + 1).join('\n').length;
    // After the attribution, after the quoted stretch, after the blank line, before and after the field line.
    expect([...mailBreaks(text)].sort((a, b) => a - b)).toEqual([
      endOf(0),
      endOf(2),
      endOf(3),
      endOf(5),
      endOf(6),
    ]);
  });

  it('lets such a page through the first look', () => {
    expect(mayHoldQuotes(page(`<pre>${QUOTED}</pre>`))).toBe(true);
    expect(mayHoldQuotes(page(`<pre>${FORWARDED}</pre>`))).toBe(true);
    expect(
      mayHoldQuotes(page('<pre>Plain wire copy, one paragraph of it, and nothing quoted at all.</pre>')),
    ).toBe(false);
  });

  it('makes the quoted lines and the forwarded message passages, the writers’ words', () => {
    const texts = (body: string) => {
      const doc = page(`<h1>[List] Re: bees</h1><pre>${body}</pre>`, '<title>[List] Re: bees</title>');
      return analyzePage(doc, {
        url: 'https://lists.example.org/pipermail/l/000288.html',
        outlets: defaultOutlets,
      }).report.quotes.map((q) => `${q.kind}:${q.text.replace(/\s+/g, ' ')}`);
    };
    expect(texts(QUOTED)).toEqual([
      'person:> Saw in the paper that everyone has to treat the hives > before the end of the month. Is that true?',
    ]);
    expect(texts(FORWARDED)).toEqual([
      'person:Hello Hattie, Happy for the walkers to use the track along the top of the field. Best wishes, Gareth Low Mill Farm',
    ]);
  });
});

describe('a letter signed for a body (letter.ts)', () => {
  it('reads a signature for a body, or an office’s title alone, not a person’s', () => {
    expect(signedForBody('On behalf of the Parish Council, M. Okafor, Clerk')).toBe(true);
    expect(signedForBody('Vegna bygdaráðið, J. Joensen, formaður')).toBe(true);
    expect(signedForBody('Allotments Officer, Parks Service')).toBe(true);
    expect(signedForBody('Ruth Hale, Secretary')).toBe(false);
    expect(signedForBody('Your loving brother, Bert')).toBe(false);
    expect(signedForBody('On behalf of everyone here')).toBe(false);
  });
});
