// Layout that looks like a quotation, and words near a block that do not name its source, give no outlet.
// Each case was found by a review of the analyser (the HTML is the smallest page that showed the problem).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { looksQuoteStyled } from '../../utils/analysis/set-apart';
import type { PageReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const FILLER =
  '<p>The blogger has a long opinion about the harbour, the ferries and the council that runs them both, and says so at length here.</p>';
const LONG =
  'The ferry service will stop running on Sundays from next month, the operator said in a filing on Tuesday, citing falling demand.';

function reportOf(body: string, url = 'https://harbourwatch.example/post'): PageReport {
  const doc = document.implementation.createHTMLDocument('Harbour Watch');
  doc.body.innerHTML = body;
  return analyzePage(doc, { url, outlets: defaultOutlets }).report;
}
const inArticle = (html: string) => reportOf(`<article>${FILLER}${html}${FILLER}</article>`);

describe('layout is not a quotation', () => {
  it('keeps a post body padded on both sides as commentary, and its blockquote as Reuters', () => {
    const post = (n: number) =>
      `<article class="post"><h2>Post ${n}</h2><div class="post-body" style="padding: 0 24px">${FILLER}<p>Reuters reported:</p><blockquote><p>${LONG}</p></blockquote>${FILLER}${FILLER}</div></article>`;
    const report = reportOf(`<main>${post(1)}${post(2)}${post(3)}</main>`);
    expect(report.quotes.map((q) => `${q.form}:${q.outlet}`)).toEqual([
      'blockquote:Reuters',
      'blockquote:Reuters',
      'blockquote:Reuters',
    ]);
    expect(report.aggregated).toBe(true);
  });

  it('takes no callout, note, bio, glossary or widget box for a passage when nothing introduces it', () => {
    for (const box of [
      `<p>The ferry story is moving fast, as Reuters reported.</p><div style="border-left:4px solid #c00;padding-left:12px"><p><strong>Editor's note:</strong> ${LONG}</p></div>`,
      `<div style="padding:10px 20px;background:#f4f4f4">Sign up for our weekly digest of harbour news, ferry timetables and council meeting notes, delivered every Friday morning.</div>`,
      `<section style="margin-left:5%"><p>Jane Marlow has written about the harbour for twenty years and lives on the island with two dogs and a boat that rarely starts.</p></section>`,
      `<dl><dd>Ro-ro: a roll-on/roll-off ferry, which carries cars and lorries that drive on and off under their own power at either end.</dd></dl>`,
      `<p>Terms used here:</p><dl><dt>Ro-ro</dt><dd>${LONG}</dd></dl>`,
      `<dl><dt><a href="/glossary/ro-ro">Ro-ro</a></dt><dd>${LONG}</dd></dl>`,
      `<div class="quote">HRBR 12.40 ▲0.35 (2.9%) — volume 1.2M — market cap 840M — 52-week range 9.10 to 13.75 — dividend yield 3.1%</div>`,
    ]) {
      const report = inArticle(box);
      expect(report.quotes, box.slice(0, 60)).toEqual([]);
    }
  });

  it('takes a box its class names a quotation for one only when introduced, and never a post summary or a part', () => {
    const introduced = (cls: string) =>
      inArticle(`<p>Reuters reported:</p><div class="${cls}"><p>${LONG}</p></div>`).quotes.map(
        (q) => q.outlet,
      );
    for (const cls of [
      'quote-panel',
      'news-excerpt',
      'source-box',
      'clip-box',
      'wp-block-quote',
      'quote-cell',
      'quote-border',
      'quote-shaded',
    ])
      expect(introduced(cls), cls).toEqual(['Reuters']);
    for (const cls of [
      'entry-excerpt',
      'post-excerpt',
      'blockquote-footer',
      'quote-author',
      'pullquote',
      'sources',
      'header-border',
    ])
      expect(introduced(cls), cls).toEqual([]);
    expect(inArticle(`<div class="news-excerpt"><p>${LONG}</p></div>`).quotes).toEqual([]);
  });

  it('takes a callout for a clipping only when a line in it names an outlet beside a date', () => {
    const callout = (line: string) =>
      inArticle(
        `<p>One more thing:</p><div class="notion-callout"><div class="notion-callout__icon">📰</div><div class="notion-callout__content"><div>${line}</div><div>${LONG}</div></div></div>`,
      ).quotes.map((q) => q.outlet);
    expect(callout('<strong>Reuters</strong> — 3 December')).toEqual(['Reuters']);
    expect(callout('<strong>Tip</strong> — book before 3 December')).toEqual([]);
    expect(callout('Our advice')).toEqual([]);
  });

  it('reads a label line opening a box as its source only when it names an outlet beside a date', () => {
    const boxed = (label: string) =>
      inArticle(`<div class="news-excerpt"><p>${label}</p><p>${LONG}</p></div>`).quotes.map((q) => q.outlet);
    expect(boxed('Reuters · 3 December')).toEqual(['Reuters']);
    expect(boxed('Bloomberg | Dec 3, 2026')).toEqual(['Bloomberg']);
    expect(boxed('Opening hours · 9 to 5')).toEqual([]);
    expect(boxed('Reuters · the view from the harbour')).toEqual([]);
  });
});

describe('boxes a class indents', () => {
  const box = (cls: string) => {
    const el = document.createElement('div');
    el.className = cls;
    return el;
  };
  it('reads an indenting class as a box, not a first line’s indent or a level of nesting', () => {
    expect(looksQuoteStyled(box('frame frame-indent frame-type-text'))).toBe(true);
    expect(looksQuoteStyled(box('indented'))).toBe(true);
    expect(looksQuoteStyled(box('text-indent'))).toBe(false);
    expect(looksQuoteStyled(box('comment indent-2'))).toBe(false);
    expect(looksQuoteStyled(box('no-indent'))).toBe(false);
  });

  it('joins a body split into sibling boxes of one kind, but not sibling posts', () => {
    const text = `<p>${LONG}</p>`;
    const split = reportOf(
      `<main><div class="ce"><p>Reuters reports:</p></div><div class="ce ce-indent">${text}</div><div class="ce">${FILLER}${FILLER}${FILLER}</div></main>`,
    );
    expect(split.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    // Each sibling with a heading of its own is a post: the longest one is read alone.
    const posts = reportOf(
      `<main><div class="ce"><h2>One</h2><p>Reuters reports:</p><div class="indented">${text}</div></div><div class="ce"><h2>Two</h2>${FILLER}${FILLER}${FILLER}${FILLER}</div></main>`,
    );
    expect(posts.quotes).toEqual([]);
  });
});

describe('the page’s own quotation class', () => {
  it('takes a class for quotation boxes only when every box of it is introduced', () => {
    const box = (cls: string) => `<div class="${cls}"><p>${LONG}</p></div>`;
    const introduced = inArticle(
      `<p>Reuters reports:</p>${box('q7')}${FILLER}<p>The BBC has the operators' side.</p>${box('q7')}`,
    );
    expect(introduced.quotes.map((q) => q.outlet)).toEqual(['Reuters', 'BBC']);
    // The same class on a box nothing introduces is a layout's, and none of its boxes is a passage.
    const layout = inArticle(
      `<p>Reuters reports:</p>${box('q7')}${FILLER}<p>Then the ferries.</p>${box('q7')}`,
    );
    expect(layout.quotes).toEqual([]);
  });
});

describe('plain paragraphs', () => {
  it('takes them for a passage only between a lead-in and a credit, or finishing a source’s sentence', () => {
    const credited = inArticle(`<p>The reply was short:</p><p>${LONG}</p><p>(Source: Kestrel)</p>`);
    expect(credited.quotes.map((q) => q.outlet)).toEqual(['Kestrel']);
    // Without the credit, or with more paragraphs between than a passage holds, it is commentary.
    expect(inArticle(`<p>The reply was short:</p><p>${LONG}</p><p>Nothing else.</p>`).quotes).toEqual([]);
    const many = `<p>${LONG}</p>`.repeat(4);
    expect(inArticle(`<p>The reply was short:</p>${many}<p>(Source: Kestrel)</p>`).quotes).toEqual([]);
    const runOn = inArticle(`<p>Over the cost, the Guardian writes that</p><p>the ${LONG.slice(4)}</p>`);
    expect(runOn.quotes.map((q) => q.outlet)).toEqual(['The Guardian']);
    // A paragraph opening in lower case after a sentence that named no source, or one that ended, is the post's.
    expect(
      inArticle(`<p>Over the cost, my neighbour thinks that</p><p>the ${LONG.slice(4)}</p>`).quotes,
    ).toEqual([]);
    expect(inArticle(`<p>The Guardian writes that.</p><p>the ${LONG.slice(4)}</p>`).quotes).toEqual([]);
  });
});

describe('titles that end in an outlet’s name', () => {
  it('takes a book cited under a quotation for a book, and a credit naming the outlet for the outlet', () => {
    const cited = (cite: string) =>
      inArticle(
        `<p>The best chapter is the one on wedding tents:</p><blockquote><p>${LONG}</p><footer><strong>Farah Iskandar</strong><cite>${cite}</cite></footer></blockquote>`,
      ).quotes[0]?.outlet ?? null;
    expect(cited('Under the Block: A History of Shared Ground')).toBeNull();
    expect(cited('Via The Guardian')).toBe('The Guardian');
    expect(cited('The Guardian')).toBe('The Guardian');
  });
});

describe('forms', () => {
  it('reads a post inside a form that wraps the page, and never a sign-up form’s text', () => {
    const wrapped = reportOf(
      `<form id="aspnetForm"><article>${FILLER}<p>Reuters reported:</p><blockquote><p>${LONG}</p></blockquote>${FILLER}</article></form>`,
    );
    expect(wrapped.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    const signUp = reportOf(
      `<article>${FILLER}${FILLER}</article><form><p>Reuters reported: sign up for our newsletter of harbour news, ferry timetables and council notes, every Friday morning.</p><input name="email"></form>`,
    );
    expect(signUp.quotes).toEqual([]);
  });
});

describe('words near a block that do not name its source', () => {
  it('does not take a heading or a one-word line after a block for its credit', () => {
    const report = inArticle(
      `<p>A reader writes:</p><blockquote><p>${LONG}</p></blockquote><h2>Science</h2>`,
    );
    expect(report.quotes[0].outlet).toBeNull();
  });

  it('does not take a letter writer’s place or role for an outlet', () => {
    for (const credit of ['Amina Yusuf, Kano State', 'Jane Miller, Retired Teacher']) {
      const report = inArticle(
        `<p>One resident wrote to us:</p><blockquote><p>${LONG}</p><p>${credit}</p></blockquote>`,
      );
      expect(report.quotes[0].outlet, credit).toBeNull();
      expect(report.aggregated).toBe(false);
    }
  });

  it('lets the explicit lead-in right above the block win over a sentence two lines up', () => {
    const report = inArticle(
      `<p>Yesterday I linked to the story (it ran in the Washington Post).</p><p>Now the Guardian reports:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(report.quotes[0].outlet).toBe('The Guardian');
  });

  it('reads "X, speaking to Fox News:" as Fox News carrying X’s words, "citing" as the other way round', () => {
    // The blog took the words from the outlet that carried them: the chain is blog ← Fox News ← X.
    const told = inArticle(
      `<p>Donald Trump, speaking to Fox News:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(told.quotes[0].outlet).toBe('Fox News');
    const cited = inArticle(
      `<p>The ministry, citing Reuters, said:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(cited.quotes[0].outlet).not.toBe('Reuters');
    const job = inArticle(
      `<p>Okoro spent nine years as The Economist’s correspondent in Lagos, and it shows:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(job.quotes[0].outlet).toBeNull();
  });
});

describe('names in a caption, a link or an opening that are not the source', () => {
  it('does not read a caption opening with a word an outlet is named for that outlet', () => {
    for (const credit of [
      '<figcaption>Time, the great healer</figcaption>',
      '<figcaption>Nature, as seen from the ferry deck</figcaption>',
    ]) {
      const report = inArticle(`<figure><blockquote><p>${LONG}</p></blockquote>${credit}</figure>`);
      expect(report.quotes[0].outlet, credit).toBeNull();
    }
    const cite = inArticle(`<blockquote><p>${LONG}</p><cite>Fortune, favours the brave</cite></blockquote>`);
    expect(cite.quotes[0].outlet).toBeNull();
  });

  it('does not take a story link for the source when someone answers it', () => {
    for (const lead of [
      'Councillor Jane Doe, asked about <a href="https://harbourgazette.example/x">the story</a>, said:',
      'When we showed <a href="https://harbourgazette.example/x">the article</a> to the harbour master, he said:',
    ]) {
      const report = inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`);
      expect(report.quotes[0], lead).toMatchObject({ kind: 'person', outlet: null });
    }
  });

  it('does not read a common word opening a long clause before a colon as an outlet', () => {
    for (const lead of ['People reported the following on the ferry forum:', 'People noted on the forum:']) {
      const report = inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`);
      expect(report.quotes[0].outlet, lead).toBeNull();
    }
    // A name with its article may hand over at the end of a longer clause.
    const told = inArticle(
      `<p>La Nación habló con una vecina del puerto, que lo cuenta así:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(told.quotes[0].outlet).toBe('La Nación');
  });

  it('does not take "From the X’s point of view" for a sentence handing over to a box', () => {
    const report = inArticle(
      `<p>From the Guardian's point of view, this is all fine.</p><div style="margin-left:40px"><p>${LONG}</p></div>`,
    );
    expect(report.quotes).toEqual([]);
  });
});

describe('runs, round-ups and writers read only what is theirs', () => {
  it('ends an italic <br>-run at the first line that is not italic', () => {
    const report = inArticle(
      `<div>Reuters reported:<br><i>${LONG}</i><br>I think this is a disgrace, and the council should have said so months ago when it first knew.<br>And another line of my own, about the timetable and the harbour master.</div>`,
    );
    expect(report.quotes).toHaveLength(1);
    expect(report.quotes[0].text).toBe(LONG);
  });

  it('paints, not marks, a <br>-run and its credit line when they share an element with commentary', () => {
    const doc = document.implementation.createHTMLDocument('Harbour Watch');
    doc.body.innerHTML = `<article>${FILLER}<div>Reuters reported:<br>“${LONG}”<br>— Reuters<br>I think this is a disgrace, and the council should say so.</div>${FILLER}</article>`;
    const [quote] = analyzePage(doc, {
      url: 'https://harbourwatch.example/post',
      outlets: defaultOutlets,
    }).quotes;
    expect(quote.outlet).toBe('Reuters');
    expect(quote.elements).toEqual([]);
  });

  it('keeps an article with subheadings one post, and a spokesman under a heading a person', () => {
    const section = (heading: string, lead: string) =>
      `<h2>${heading}</h2>${FILLER}<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`;
    const report = reportOf(
      `<article>${FILLER}${section('What the operator says', 'The operator said in a statement:')}${section('What residents say', 'One resident told us:')}${section('Reaction (as the BBC sees it)', 'A union spokesman said:')}</article>`,
    );
    expect(report.posts).toHaveLength(1);
    expect(report.quotes.every((q) => q.outlet === null)).toBe(true);
  });

  it('remembers a writer, not everyone a lead-in mentions', () => {
    const second = `<blockquote><p>Ticket prices on the island route have doubled in two years while the timetable has shrunk by a third.</p></blockquote>`;
    const report = inArticle(
      `<p>The New York Times reports that Donald Trump was furious:</p><blockquote><p>${LONG}</p></blockquote>${FILLER}<p>Trump said on Truth Social:</p>${second}`,
    );
    expect(report.quotes.map((q) => q.outlet)).toEqual(['The New York Times', null]);
  });
});

describe('posts', () => {
  const teaser = (n: number) =>
    `<article class="post"><h3>Related story ${n}</h3><p>${'A teaser paragraph from another story on the site, long enough to look like a post of its own. '.repeat(5)}</p></article>`;

  it('keeps an article followed by teaser cards built like it one post', () => {
    const doc = document.implementation.createHTMLDocument('One story');
    doc.head.innerHTML = '<meta property="og:type" content="article">';
    doc.body.innerHTML = `<main><article class="post"><h1>The ferry story</h1>${FILLER.repeat(6)}<p>Reuters reported:</p><blockquote><p>${LONG}</p></blockquote>${FILLER.repeat(6)}</article><div class="more-from-us">${teaser(1)}${teaser(2)}${teaser(3)}</div></main>`;
    const { report } = analyzePage(doc, {
      url: 'https://harbourwatch.example/post',
      outlets: defaultOutlets,
    });
    expect(report.posts).toHaveLength(1);
    expect(report.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
  });

  it('warns when a page has more post-like elements than are read', () => {
    const post = (n: number) =>
      `<article class="post"><h2>Post ${n}</h2>${FILLER}${FILLER}${FILLER}${FILLER}</article>`;
    const report = reportOf(`<main>${Array.from({ length: 450 }, (_, n) => post(n)).join('')}</main>`);
    expect(report.warnings.join(' ')).toMatch(/Very many posts/);
  }, 30_000);
});

describe('letters, e-mails and long credits are people', () => {
  it('reads a passage opening with a greeting or closing with a sign-off as a person’s', () => {
    const greeting = inArticle(
      `<p>Their reply, in full:</p><blockquote><p>Hi, thanks for your email. We have passed this on to the landlord, who will be in touch about the damp within ten working days.</p></blockquote>`,
    );
    expect(greeting.quotes[0]).toMatchObject({ kind: 'person', outlet: null });
    const signOff = inArticle(
      `<p>Their reply, in full:</p><blockquote><p>We have passed this on to the landlord, who will be in touch about the damp within ten working days. Kind regards, the Housing Team</p></blockquote>`,
    );
    expect(signOff.quotes[0].kind).toBe('person');
    // A report that happens to thank someone is not a letter.
    const report = inArticle(
      `<p>Its report says:</p><blockquote><p>The council said the landlord would be in touch within ten working days, and thanked tenants for their patience while repairs are scheduled.</p></blockquote>`,
    );
    expect(report.quotes[0].kind).not.toBe('person');
  });

  it('sets aside an outlet the lead-in turns away from ("…, but … an email from the author:")', () => {
    const quoteAfter = (lead: string) =>
      inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`).quotes[0];
    expect(
      quoteAfter(
        'The Guardian reviewed it last month, and we have had queues since, but the nicest words came in an email from the author herself:',
      ),
    ).toMatchObject({ outlet: null, kind: 'person' });
    expect(quoteAfter('Reuters had it first, but the statement itself reads:')).toMatchObject({
      outlet: null,
      kind: 'document',
    });
    expect(
      quoteAfter(
        'The Guardian’s write-up focused on the ferry operators, but the comment that changed our minds came from a long-time volunteer:',
      ),
    ).toMatchObject({ outlet: null, kind: 'person' });
    expect(quoteAfter('The Guardian has it, but only behind a paywall:').outlet).toBe('The Guardian');
    expect(quoteAfter('Reuters had it first, but the Guardian has the details:').outlet).toBe('The Guardian');
  });

  it('sets aside an outlet before a bare "but" that turns to someone’s message, e-mail or words', () => {
    const quoteAfter = (lead: string) =>
      inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`).quotes[0];
    for (const lead of [
      'The Guardian covered the sailing on Friday but here is the email the operator sent me:',
      'BBC News ran a piece on it, but these words from the skipper’s granddaughter say more:',
      'Reuters filmed the launch but this message from the harbourmaster is what we keep rereading:',
    ])
      expect(quoteAfter(lead)).toMatchObject({ outlet: null, kind: 'person' });
    expect(quoteAfter('Reuters had it first but the Guardian has the details:').outlet).toBe('The Guardian');
  });

  it('reads testimonial boxes side by side as each giver’s words, under a strip of outlets that cites none', () => {
    const box = (words: string, name: string) =>
      `<div class="testimonial"><p>${words}</p><p><strong>${name}</strong></p></div>`;
    const report = inArticle(
      `<p class="strip">As seen on BBC News · The Guardian · The Times</p>${box(LONG, 'Ray, volunteer')}${box(LONG.replace('ferry', 'bus'), 'A parent from the estate')}`,
    );
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null', 'person:null']);
    expect(report.aggregated).toBe(false);
    // A list of testimonials is their wrapper, not one.
    const list = inArticle(`<div class="testimonials"><p>${LONG}</p></div>`);
    expect(list.quotes).toEqual([]);
  });

  it('reads a framed box as a passage when the sentence before hands over a named text, not a note', () => {
    const framed = (lead: string) =>
      inArticle(
        `<p>${lead}</p><div style="border:1px solid #999;background:#f4f4f4;padding:10px"><p>${LONG}</p></div>`,
      ).quotes;
    expect(
      framed(
        'After a debate the following motion, proposed by J. Ruiz and seconded by A. Bell, was carried:',
      ).map((q) => `${q.kind}:${q.outlet}`),
    ).toEqual(['document:null']);
    expect(framed('Please remember before you sail:')).toEqual([]);
    expect(framed('The motion was carried. Members then had tea.')).toEqual([]);
  });

  it('reads a shaded box as a passage when the sentence before names an outlet reporting it, with a colon', () => {
    const shaded = (lead: string) =>
      inArticle(
        `<p>${lead}</p><section style="background-color:#f6f6f6;padding:12px"><p>${LONG}</p></section>`,
      ).quotes;
    expect(shaded('Reuters reported this morning:').map((q) => `${q.kind}:${q.outlet}`)).toEqual([
      'outlet:Reuters',
    ]);
    expect(shaded('据路透社报道：').map((q) => q.outlet)).toEqual(['Reuters']);
    // No colon, no outlet, or an outlet named but not reporting: the box stays the writer's note.
    expect(shaded('Reuters reported this morning.')).toEqual([]);
    expect(shaded('Please remember before you sail:')).toEqual([]);
    expect(shaded('Since Reuters readers keep asking, here is how to sail:')).toEqual([]);
  });

  it('reads a block editor’s group shaded by its class like a shaded box: a passage only when a source is named on it', () => {
    const group = (words: string) =>
      inArticle(
        `<p>The agency’s note came in the afternoon:</p><div class="wp-block-group has-accent-background-color has-background"><p>${words}</p></div>`,
      ).quotes;
    expect(group(`Šiauliai, gruodžio 2 d. (ELTA). ${LONG}`).map((q) => `${q.kind}:${q.outlet}`)).toEqual([
      'outlet:ELTA',
    ]);
    expect(group(LONG)).toEqual([]);
    // A group with no shade is no box at all.
    const plain = inArticle(
      `<p>The agency’s note came in the afternoon:</p><div class="wp-block-group"><p>Šiauliai, gruodžio 2 d. (ELTA). ${LONG}</p></div>`,
    ).quotes;
    expect(plain).toEqual([]);
  });

  it('gives a book’s passage and a letter a person wrote to a person, a body’s letter to a document', () => {
    const kindAfter = (lead: string) =>
      inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`).quotes[0].kind;
    expect(kindAfter('In the novel she writes:')).toBe('person');
    expect(kindAfter('The memoir’s second chapter opens:')).toBe('person');
    expect(kindAfter('The clerk read a letter from a resident of the quay:')).toBe('person');
    expect(kindAfter('A neighbour’s letter was read next:')).toBe('person');
    expect(kindAfter('The ruling in the book of precedents reads:')).toBe('document');
    expect(kindAfter('The clerk read a letter from the harbour board:')).toBe('document');
  });

  it('does not take "I wrote to the council" for the blog quoting itself', () => {
    const report = inArticle(
      `<p>So I wrote to the council's housing team on Saturday. This came back:</p><blockquote><p>${LONG}</p></blockquote>`,
    );
    expect(report.quotes[0].kind).not.toBe('self');
    const self = inArticle(`<p>As I wrote back in September:</p><blockquote><p>${LONG}</p></blockquote>`);
    expect(self.quotes[0].kind).toBe('self');
  });

  it('reads a long dash credit by the name before its comma', () => {
    const report = inArticle(
      `<h3>Quote of the week</h3><blockquote><p>${LONG}</p></blockquote><p>&mdash; Sen. Roberta Quiñones, in a floor speech on the data broker bill last Tuesday</p>`,
    );
    expect(report.quotes[0]).toMatchObject({ kind: 'person', outlet: null });
  });

  it('reads a speech, remarks or a sermon as someone’s words, a statement or a ruling as a document', () => {
    const kindAfter = (lead: string) =>
      inArticle(`<p>${lead}</p><blockquote><p>${LONG}</p></blockquote>`).quotes[0]?.kind;
    expect(kindAfter('From the deputy governor’s speech in Calgary on Tuesday:')).toBe('person');
    expect(kindAfter('The key passage of her remarks:')).toBe('person');
    expect(kindAfter('From the pastor’s sermon on Sunday:')).toBe('person');
    expect(kindAfter('The ruling reads:')).toBe('document');
    expect(kindAfter('The governor’s statement reads:')).toBe('document');
  });
});

describe('a blog’s own words', () => {
  const SELF = `<p>As we wrote in the spring:</p><blockquote><p>${LONG}</p></blockquote>`;
  it('carry no outlet on a page that quotes none, and count as the publication’s in the breakdown', () => {
    const report = inArticle(SELF);
    expect(report.aggregated).toBe(false);
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['self:null']);
    expect(report.breakdown.map((s) => s.source)).not.toContain('self');
  });
  it('carry the publication where the page quotes an outlet too', () => {
    const report = inArticle(
      `${SELF}${FILLER}<p>Reuters reported on Monday:</p><blockquote><p>The operator said passenger numbers fell by a fifth in the year to October, the steepest fall since the route opened.</p></blockquote>`,
    );
    expect(report.aggregated).toBe(true);
    expect(report.quotes[0].kind).toBe('self');
    expect(report.quotes[0].outlet).toBe(report.publication);
  });
});

describe('reStructuredText verse (a docutils line-block)', () => {
  const VERSE =
    '<div class="line-block"><div class="line">Nobody crosses the old bridge now but me</div><div class="line">and the gulls who never liked the new one either.</div><div class="line">The railings hold the cold the way a hand does.</div></div>';
  it('is set apart as a quotation is', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = VERSE;
    expect(looksQuoteStyled(doc.body.firstElementChild!)).toBe(true);
    doc.body.innerHTML = '<div class="line-block"><div class="line">One line alone.</div></div>';
    expect(looksQuoteStyled(doc.body.firstElementChild!)).toBe(false);
  });
  it('is a passage after a lead-in, the writer’s own when it lives here', () => {
    const report = inArticle(
      `<p>The Cork Review took two of the poems; this one is mine to keep, so it lives here:</p>${VERSE}`,
    );
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['self:null']);
    expect(report.aggregated).toBe(false);
  });
});

describe('a comparison table of names spelled as titles', () => {
  const ROWS = ['TrailMate', 'PeakLog', 'RouteBook Go']
    .map(
      (name) =>
        `<tr><td>${name}</td><td>Quick to draw a route and good at guessing the paths between two points, but the offline maps cost extra and the profile exaggerates every climb.</td></tr>`,
    )
    .join('');
  it('holds no passages on a page quoting no outlet', () => {
    expect(inArticle(`<table>${ROWS}</table>`).quotes).toEqual([]);
  });
  it('keeps its rows as passages where the page quotes a newsroom on firmer evidence', () => {
    const report = inArticle(
      `<p>Reuters reported on Monday:</p><blockquote><p>${LONG}</p></blockquote><table>${ROWS}</table>`,
    );
    expect(report.quotes.length).toBe(4);
  });
});

describe('a transcript’s answer set apart under its question', () => {
  const answer =
    '<div style="margin-left: 2em;"><p><strong>PM:</strong> Loud. The gulls were louder than the men, and the men were shouting prices over each other from five in the morning.</p></div>';
  it('is the answerer’s words when another speaker’s label asks the question above it', () => {
    const report = inArticle(
      `<p><strong>JR:</strong> What was the harbour like on a market day?</p>${answer}`,
    );
    expect(report.quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null']);
  });

  it('is no passage under a statement, or under the same speaker’s question', () => {
    expect(
      inArticle(`<p><strong>JR:</strong> The harbour was busy on market days.</p>${answer}`).quotes,
    ).toEqual([]);
    expect(inArticle(`<p><strong>PM:</strong> What was it like, you ask?</p>${answer}`).quotes).toEqual([]);
  });
});

describe("a court's dissent or concurrence quoted", () => {
  it('is a document, as the opinion is', () => {
    const kinds = (leadIn: string) =>
      inArticle(`<p>${leadIn}</p><blockquote><p>${LONG}</p></blockquote>`).quotes.map((q) => q.kind);
    expect(kinds('The dissent is worth reading too, for its candour about the cost:')).toEqual(['document']);
    expect(kinds("Judge Moreno's concurrence puts it more plainly:")).toEqual(['document']);
    expect(kinds('There was some dissent among the members, and one of them put it plainly:')).toEqual([
      'unknown',
    ]);
  });
});
