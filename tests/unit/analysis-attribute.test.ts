// Whose words a passage is when nothing names its source (utils/analysis/attribute.ts, source-words.ts): words
// in the first or second person are someone's own; a report about others stays unknown.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { speaksAsSomeone } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const URL_ = 'https://garden.example/news/autumn/';

function kindsOf(body: string): string[] {
  const doc = document.implementation.createHTMLDocument('Autumn news');
  doc.body.innerHTML = `<article><h1>Autumn news</h1><div class="entry-content"><p>The last work morning of the year was wet and very well attended, and the compost bays are rebuilt at last.</p>${body}<p>Work mornings start again in March.</p></div></article>`;
  return analyzePage(doc, { url: URL_, outlets: defaultOutlets }).report.quotes.map(
    (q) => `${q.kind}:${q.outlet}`,
  );
}

describe('a passage nothing attributes', () => {
  it.each([
    [
      'the first person',
      '<p>This card was pinned to the shed door:</p><p><em>We moved here in March and did not know a soul. Thank you for the seedlings and the tea, and see you in the spring.</em></p>',
    ],
    [
      'the second person',
      '<p>The best line of the summer play:</p><blockquote><p>You can plant the seed and water it every morning. It still comes up when it wants to and not a day before.</p></blockquote>',
    ],
  ])('is someone’s own words when it speaks in %s', (_, body) => {
    expect(kindsOf(body)).toEqual(['person:null']);
  });

  it('stays unknown when it speaks of others', () => {
    expect(
      kindsOf(
        '<p>Pinned by the gate this week:</p><blockquote><p>The water supply to the site will be turned off from 11 January to 1 February while the main is replaced, and a bowser will stand by the gate.</p></blockquote>',
      ),
    ).toEqual(['unknown:null']);
  });

  it('is not a document because its lead-in counts minutes', () => {
    expect(
      kindsOf(
        '<p>Ten minutes into the open day, the first newcomer arrived with her reasons:</p><blockquote><p>My flat has a window box and a north wall. Here I get a bed of my own and people to ask when the beans fail.</p></blockquote>',
      ),
    ).toEqual(['person:null']);
    expect(
      kindsOf(
        '<p>From the minutes of the committee:</p><blockquote><p>The committee agreed that the water supply would be turned off for three weeks in January while the main is replaced.</p></blockquote>',
      ),
    ).toEqual(['document:null']);
  });
});

describe('speaksAsSomeone', () => {
  it('reads a paragraph wrapped whole in quotation marks by its own words, and skips quotations inside', () => {
    expect(speaksAsSomeone('“I read in the Echo that the contract is signed.”')).toBe(true);
    expect(speaksAsSomeone('The mayor said “we will not wait” and left.')).toBe(false);
    expect(speaksAsSomeone('The council said the contract would run to 2028.')).toBe(false);
  });
});

describe('a line linking to the blog’s own site above a passage', () => {
  const quotesOf = (html: string, url: string) => {
    const doc = document.implementation.createHTMLDocument('Fen Edge');
    doc.body.innerHTML = html;
    return analyzePage(doc, { url, outlets: defaultOutlets }).report.quotes.map(
      (q) => `${q.kind}:${q.outlet}`,
    );
  };
  const PASSAGE =
    '<blockquote><p>The open day at the old pumping station has been called off for this winter because the boiler failed its inspection.</p></blockquote>';
  it('names no source when it is the post’s own title, whatever host the blog is on', () => {
    const html = `<main><article><h2><a href="https://fenedge.micro.blog/2026/12/04/open-day.html">The pumping station open day is off</a></h2><p>Pinned up this morning:</p>${PASSAGE}<p>The engine has run every winter since I moved here.</p></article></main>`;
    expect(quotesOf(html, 'https://fenedge.micro.blog/2026/12/04/open-day.html')).toEqual(['unknown:null']);
  });
  it('cites the blog itself when it is a plain line linking to an older post', () => {
    const html = `<main><article><h1>The boiler, last year</h1><p>I said as much a year ago, in a post nobody read:</p><p><a href="https://fenedge.example/2025/11/20/boiler.html">The boiler will not last another winter of this</a></p>${PASSAGE}<p>Collecting tins are still by the door.</p></article></main>`;
    expect(quotesOf(html, 'https://fenedge.example/2026/12/02/boiler-last-year.html')[0]).toMatch(/^self:/);
  });
});

describe('a line between two passages', () => {
  const first =
    '<p>A volunteer sent this after the work morning:</p><blockquote><p>I had not dug anything since I was a boy, and I had forgotten how good it feels to be tired from it.</p></blockquote>';
  const second =
    '<blockquote><p>The council said the allotment site would keep its water supply through the winter, reversing a plan to cut it off in November.</p></blockquote>';

  it('is the next one’s lead-in when it ends in a colon, not a credit under the one above', () => {
    expect(kindsOf(`${first}<p>Ellen Price, Financial Times, wrote the next morning:</p>${second}`)).toEqual([
      'person:null',
      'outlet:Financial Times',
    ]);
  });

  it('credits the one above when it hands nothing over', () => {
    expect(kindsOf(`${first}<p>— Ellen Price, Financial Times</p><p>Then nothing more.</p>`)[0]).toBe(
      'outlet:Financial Times',
    );
  });
});

describe('a wire’s name after a slash closing the passage', () => {
  it('credits the wire when the lead-in names none', () => {
    expect(
      kindsOf(
        '<p>From the wire this afternoon:</p><blockquote><p>The ferry between the two islands will run on its winter timetable from Monday, the operator said. /TT</p></blockquote>',
      ),
    ).toEqual(['outlet:TT']);
  });

  it('names nothing after a slash that is no outlet’s name', () => {
    expect(
      kindsOf(
        '<p>From the notice board this afternoon:</p><blockquote><p>The ferry between the two islands will run on its winter timetable from Monday, the operator said. /Harbour office</p></blockquote>',
      )[0],
    ).not.toBe('outlet:Harbour office');
  });
});

describe('a lead-in split over two paragraphs', () => {
  const outlets = (body: string) => kindsOf(body).map((k) => k.replace(/^outlet:/, ''));
  it('reads the paragraph before a short hand-over pointing at a named source', () => {
    expect(
      outlets(
        "<p>Here's what the Financial Times found.</p><p>It reported that:</p><blockquote><p>The fund wrote down the value of its three largest office buildings by ninety million pounds in the year to March.</p></blockquote>",
      ),
    ).toEqual(['Financial Times']);
    expect(
      outlets(
        '<p>The Guardian went to the trustees’ meeting on Thursday.</p><p>The paper says:</p><blockquote><p>Trustees were told that the fund would not sell any more property until values recovered.</p></blockquote>',
      ),
    ).toEqual(['The Guardian']);
  });
  it('leaves a hand-over that points at nothing named, or names someone, as it was', () => {
    expect(
      kindsOf(
        '<p>The Guardian wrote about the compost bays last year.</p><p>Our chair had the last word:</p><blockquote><p>We will rebuild the bays in the spring with the timber the council gave us, and nobody will be asked to pay.</p></blockquote>',
      ),
    ).not.toContain('outlet:The Guardian');
  });
});

describe('a lead-in in loose text that also holds a link further down', () => {
  it('takes no source from the link, which belongs to a later lead-in', () => {
    const doc = document.implementation.createHTMLDocument('The branch line');
    doc.body.innerHTML =
      '<article><h1>The branch line</h1><div class="post-body">The line shuts again in January, for three months this time.<br><br>BBC Radio Kent asked a passenger on the platform:<br>« I take this line every day. The replacement bus takes twice as long and nobody can tell me when it runs. »<br><br>Nobody here believes three months.<br><br>There is more in <a href="https://www.theguardian.com/uk-news/2026/nov/28/branch">this investigation</a>:<br><i>Parts of the track date from the 1970s, and last year more than forty faults stopped the service for hours.</i><br><br>See you on the bus.</div></article>';
    const quotes = analyzePage(doc, { url: 'https://notes.example/branch', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual([
      'outlet:BBC Radio Kent',
      'outlet:The Guardian',
    ]);
  });
});
