// Evidence around a passage (utils/analysis/attribute.ts, block-evidence.ts, lead-in.ts, writers.ts): the
// decisive clue comes first in `evidence`, credits that only link name their site, platforms never do.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readCitationLine, readCreditLine, readDateline } from '../../utils/analysis/block-evidence';
import mastheads from '../../utils/analysis/data/masthead-words.json';
import platforms from '../../utils/analysis/data/platform-domains.json';
import { looksLikeOutletName, looksLikePersonName } from '../../utils/analysis/name-source';
import { mastheadAlone, shortFormIn } from '../../utils/analysis/short-forms';
import { pageNameFor } from '../../utils/analysis/site-names';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const FILLER =
  '<p>The blogger has a long opinion about the harbour, the ferries and the council that runs them both, and says so at length here.</p>';

function quotesOf(article: string, url = 'https://harbourwatch.example/post'): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Harbour Watch');
  doc.body.innerHTML = `<article>${FILLER}${article}${FILLER}</article>`;
  return analyzePage(doc, { url, outlets: defaultOutlets }).report.quotes;
}

const PASSAGE =
  '<blockquote><p>The ferry service will stop running on Sundays from next month, the operator said in a filing on Tuesday.</p></blockquote>';

describe('evidence', () => {
  it('puts the clue that decided first when clues disagree', () => {
    const [q] = quotesOf(`<p>Bloomberg has been all over this:</p>${PASSAGE}<p>[Reuters]</p>`);
    expect(q.outlet).toBe('Reuters');
    expect(q.evidence[0]).toMatchObject({ type: 'credit-line', source: 'Reuters' });
    expect(q.evidence.some((e) => e.type === 'lead-in' && e.source === 'Bloomberg')).toBe(true);
  });

  it('names the site of a credit line that only links, but never a platform', () => {
    const [linked] = quotesOf(
      `<p>More on this:</p>${PASSAGE}<p>(Via <a href="https://www.harbourledger.co.uk/ferries/sunday">here</a>)</p>`,
    );
    expect(linked).toMatchObject({ kind: 'outlet', outlet: 'harbourledger.co.uk' });
    const [platform] = quotesOf(
      `<p>More on this:</p>${PASSAGE}<p>(Via <a href="https://twitter.com/someone/status/1">here</a>)</p>`,
    );
    expect(platform.outlet).toBeNull();
  });

  it('takes a credit linking to the blog’s own site for a self-quote, and bookshops or governments for none', () => {
    const [self] = quotesOf(
      `<p>As I wrote last year:</p>${PASSAGE}<p>(From <a href="https://harbourwatch.example/2020/05/old-post/">my post last year</a>)</p>`,
    );
    expect(self.kind).toBe('self');
    for (const href of ['https://www.amazon.co.uk/dp/123', 'https://www.justice.gov/opa/pr/harbour']) {
      const [q] = quotesOf(`<p>More on this:</p>${PASSAGE}<p>(Via <a href="${href}">here</a>)</p>`);
      expect(q.outlet, href).toBeNull();
    }
  });

  it('reads a citation line above the block and a byline naming the outlet', () => {
    const [headline] = quotesOf(`<p>Ferry cuts hit the island routes (Reuters, 2/13/18)</p>${PASSAGE}`);
    expect(headline).toMatchObject({ outlet: 'Reuters' });
    expect(headline.evidence[0].type).toBe('citation-line');
    const [byline] = quotesOf(`<p>The Guardian by Jane Marlow</p>${PASSAGE}`);
    expect(byline.outlet).toBe('The Guardian');
  });

  it('reads a byline opening the block, and a citation line above a date line', () => {
    const [inside] = quotesOf(
      `<p>Worth reading in full.</p><blockquote><p>Haaretz by Amos Levin</p>${PASSAGE.replace(/<\/?blockquote>/g, '')}</blockquote>`,
    );
    expect(inside).toMatchObject({ outlet: 'Haaretz' });
    const [above] = quotesOf(`<p>NY Times: Island ferries cut back</p><p>March 3, 2024</p>${PASSAGE}`);
    expect(above.outlet).toBe('The New York Times');
  });

  it('carries a writer named with an outlet to a later lead-in naming only the writer', () => {
    const second =
      '<blockquote><p>Ticket prices on the island route have doubled in two years while the timetable has shrunk by a third.</p></blockquote>';
    const quotes = quotesOf(
      `<p><a href="https://www.theguardian.com/uk/ferries">The long goodbye</a>, writes Jane Marlow in the Guardian:</p>${PASSAGE}${FILLER}<p>Marlow again:</p>${second}`,
    );
    expect(quotes.map((q) => q.outlet)).toEqual(['The Guardian', 'The Guardian']);
    expect(quotes[1].evidence[0].type).toBe('back-reference');
  });

  it('reads "reported by", "writing for" and "over at" as naming the source', () => {
    for (const [lead, outlet] of [
      ['The details, as first reported by Axios, are grim for the island:', 'Axios'],
      ['Writing for Politico, Jane Marlow has the numbers:', 'Politico'],
      ['Over at Bloomberg, the view is just as bleak:', 'Bloomberg'],
    ]) {
      const [q] = quotesOf(`<p>${lead}</p>${PASSAGE}`);
      expect(q.outlet, lead).toBe(outlet);
    }
  });

  it('reads "X has the regulator’s side." as handing an italic paragraph to X, and not "My own rule."', () => {
    const italic =
      '<p><em>The regulator will require the largest funds to revalue unlisted assets at least quarterly from July, and to disclose how far each moved.</em></p>';
    for (const [lead, outlet] of [
      ["The Irish Times has the regulator's side.", 'The Irish Times'],
      ["RTÉ gets the growers' reaction.", 'RTÉ'],
      ['Reuters had the industry’s response.', 'Reuters'],
    ]) {
      const [q] = quotesOf(`<p>${lead}</p>${italic}`);
      expect(q?.outlet, lead).toBe(outlet);
    }
    expect(quotesOf(`<p>My own rule, for what it is worth.</p>${italic}`)).toEqual([]);
    expect(quotesOf(`<p>The Irish Times has the right idea.</p>${italic}`)).toEqual([]);
  });

  it('names a headline’s parenthesis by the site its link goes to only when the name spells that site', () => {
    const cited = (name: string) =>
      quotesOf(
        `<p><a href="https://www.wheatlandproducer.example/news/rail-cars">Shippers want a say in rail cars</a> (${name})</p>${PASSAGE}`,
      )[0]?.outlet ?? null;
    expect(cited('Wheatland Producer')).toBe('Wheatland Producer');
    expect(cited('The Wheatland Producer')).toBe('The Wheatland Producer');
    expect(cited('Eastern Producer')).toBeNull();
  });

  it('reads a sentence broken off after its source as running into the italic paragraph under it', () => {
    const italic =
      '<p><em>has decided to keep the temporary ferry timetable for at least two more years, and does not rule out moving more stops in the spring.</em></p>';
    expect(
      quotesOf(`<p>We asked around. According to the Guardian, the council</p>${italic}`)[0]?.outlet,
    ).toBe('The Guardian');
    expect(quotesOf(`<p>We asked around, and the council</p>${italic}`)).toEqual([]);
  });

  it('takes a credit paragraph under hard-wrapped lines for theirs', () => {
    const lines =
      '<p>The minister says the state will not add money before an independent review of the costs is done.<br>The review is due before summer.<br>The council has not yet commented.</p>';
    const [q] = quotesOf(
      `<p>Late in the afternoon came the answer from the ministry:</p>${lines}<p>(Reuters)</p>`,
    );
    expect(q?.outlet).toBe('Reuters');
  });

  it('reads a source line under a passage in the languages blogs write it', () => {
    for (const [credit, outlet] of [
      ['(źródło: Gazeta Wyborcza)', 'Gazeta Wyborcza'],
      ['(fonte: Corriere della Sera)', 'Corriere della Sera'],
      ['(bron: NOS)', 'NOS'],
      ['Källa: Dagens Nyheter', 'Dagens Nyheter'],
      ['Kilde: Aftenposten', 'Aftenposten'],
    ]) {
      const [q] = quotesOf(`<p>Worth reading.</p>${PASSAGE}<p>${credit}</p>`);
      expect(q?.outlet, credit).toBe(outlet);
    }
  });

  it('reads a credit line opening with a link or arrow symbol as a dashed one', () => {
    const [linked] = quotesOf(`<p>On the ferries:</p>${PASSAGE}<p>🔗 Reuters</p>`);
    expect(linked).toMatchObject({ outlet: 'Reuters' });
    expect(linked.evidence[0].type).toBe('credit-line');
    const [arrow] = quotesOf(
      `<p>On the ferries:</p>${PASSAGE}<p>→ <a href="https://www.bbc.co.uk/news/1">BBC News</a></p>`,
    );
    expect(arrow.outlet).toBe('BBC');
    const [emoji] = quotesOf(`<p>On the ferries:</p>${PASSAGE}<p>🔥 Reuters</p>`);
    expect(emoji.evidence.some((e) => e.type === 'credit-line')).toBe(false);
  });

  it('reads "Source: X" above a quoted box as its citation, even for a name the table lacks', () => {
    const [q] = quotesOf(
      `<p>Some figures:</p><p class="source">Source: Grid Ledger</p><div class="quote"><p>Homes with heat pumps used 2.9 units of heat for every unit of electricity during the cold snap, the trial found.</p></div>`,
    );
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'Grid Ledger' });
    expect(q.evidence[0].type).toBe('citation-line');
  });

  it('reads a capitalised name with a newsroom’s word before a headline as a citation, not a label', () => {
    const [named] = quotesOf(
      `<p><strong>Kelso Chronicle:</strong> Bridge closure extended to March</p>${PASSAGE}`,
    );
    expect(named).toMatchObject({ outlet: 'Kelso Chronicle' });
    expect(named.evidence[0].type).toBe('citation-line');
    for (const line of [
      'Daily figures: about 9,400 vehicles a day',
      'Local News: the council votes on Monday',
    ]) {
      const [q] = quotesOf(`<p>${line}</p>${PASSAGE}`);
      expect(q.outlet, line).toBeNull();
    }
  });

  it('leaves a person described by a former outlet job without an outlet', () => {
    const [q] = quotesOf(
      `<p>In her memoir, the former Financial Times correspondent Jane Marlow writes:</p>${PASSAGE}`,
    );
    expect(q.outlet).toBeNull();
  });
});

describe('lead-ins that name by what the outlet ran or what it is', () => {
  it('reads a word-title before the kind of piece it ran, and not the word in prose', () => {
    expect(
      quotesOf(`<p>Quoting from the Upstream piece, since it is paywalled:</p>${PASSAGE}`)[0].outlet,
    ).toBe('Upstream');
    expect(quotesOf(`<p>The Recharge feature made the opposite case:</p>${PASSAGE}`)[0].outlet).toBe(
      'Recharge',
    );
    expect(quotesOf(`<p>Upstream of the weir, the piece of news that matters:</p>${PASSAGE}`)[0].outlet).toBe(
      null,
    );
  });

  it('names the site a link describing a newspaper goes to, and takes "paper of record" for no document', () => {
    const [q] = quotesOf(
      `<p><a href="https://www.islandherald.example/news/x">The island’s paper of record</a> sees it differently:</p>${PASSAGE}`,
    );
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'islandherald.example' });
    expect(quotesOf(`<p>The council’s discussion paper says:</p>${PASSAGE}`)[0].kind).toBe('document');
  });

  it('joins an inline quotation interrupted by its reporting clause', () => {
    const [q] = quotesOf(
      '<p>“Apple growers in the upper valley lost close to a third of their blossom,” the Associated Press reported on Thursday, “and the co-operatives expect the smallest harvest in a decade.”</p>',
    );
    expect(q.outlet).toBe('Associated Press');
    expect(q.text.startsWith('Apple growers in the upper valley')).toBe(true);
    expect(q.text).toContain('the co-operatives expect');
    expect(q.text).not.toContain('reported on Thursday');
  });
});

describe('credits in a box’s label or closing its last paragraph', () => {
  it('reads a label line opening with what the box is', () => {
    for (const [line, outlet] of [
      ['EXTRACT · RAILWAY GAZETTE · 3 DEC', 'Railway Gazette International'],
      ['Excerpt · Reuters · Dec 4', 'Reuters'],
      ['Reuters · Dec 4', 'Reuters'],
    ])
      expect(readCitationLine(line, null, defaultOutlets)?.outlet, line).toBe(outlet);
    expect(readCitationLine('EXCERPT · CHAPTER ONE', null, defaultOutlets)).toBeNull();
  });

  it('reads a label with the headline between the outlet and the date', () => {
    const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
    expect(cite('Reuters · “Ferry operators seek winter fare rises” · Dec. 1')).toBe('Reuters');
    expect(cite('Grist | Why the marsh came back | 30 Nov 2026')).toBe('Grist');
    expect(cite('Northshore Radio • “Slipway repairs to cost more” • Nov. 28')).toBe('Northshore Radio');
    // A person's name in the outlet's place is no outlet; nor is a line without a date.
    expect(cite('Ingrid Sandvik · “Why I sold the boat” · Dec. 1')).toBe(null);
    expect(cite('Reuters · Ferry operators seek winter fare rises · the island route')).not.toBe('Reuters');
  });

  it('takes a parenthesis after the last sentence for the passage’s credit, not "(emphasis mine)"', () => {
    const block = (tail: string) =>
      `<p>On the rules:</p><blockquote><p>The Commission is preparing guidance on seats next to children, officials said. Carriers say fares would rise. ${tail}</p></blockquote>`;
    expect(quotesOf(block('(via Politico Europe)'))[0].outlet).toBe('Politico Europe');
    expect(quotesOf(block('(Reuters)'))[0].outlet).toBe('Reuters');
    expect(quotesOf(block('(emphasis mine)'))[0].outlet).toBe(null);
    // Inside the sentence, a parenthesis is the writer's aside.
    expect(quotesOf(block('Fares would rise (Reuters) by a little'))[0].outlet).toBe(null);
  });
});

describe('a headline that is wholly one link', () => {
  const headed = (href: string, words = 'Ferry operator cuts its Sunday sailings for winter') =>
    quotesOf(
      `<blockquote><p><a href="${href}">${words}</a></p><p>The ferry service will stop running on Sundays from next month, the operator said.</p></blockquote>`,
    )[0];

  it('names the linked site, known or not, and the blog’s own site as a self-quote', () => {
    expect(headed('https://www.nytimes.com/2026/12/03/ferry.html').outlet).toBe('The New York Times');
    expect(headed('https://www.harbourledger.co.uk/ferries/sunday').outlet).toBe('harbourledger.co.uk');
    expect(headed('https://harbourwatch.example/2026/07/old-post').kind).toBe('self');
  });

  it('names nothing when the line is more than the link, too short, or holds two links', () => {
    expect(headed('https://www.nytimes.com/x', 'Ferries').outlet).toBe(null);
    const two = quotesOf(
      '<blockquote><p><a href="https://www.nytimes.com/a">Ferry operator cuts sailings</a> and <a href="https://www.bbc.co.uk/b">more on ferries here</a></p><p>The ferry service will stop running on Sundays from next month, the operator said.</p></blockquote>',
    )[0];
    expect(two.outlet).toBe(null);
    const sentence = quotesOf(
      '<blockquote><p>As <a href="https://www.nytimes.com/a">the operator has said before</a>, nothing is final until spring.</p><p>The ferry service will stop running on Sundays from next month, the operator said.</p></blockquote>',
    )[0];
    expect(sentence.outlet).toBe(null);
  });
});

describe('a bold label opening the box', () => {
  const labelled = (label: string) =>
    quotesOf(
      `<blockquote><p>${label} Officials said the ferry would stop on Sundays from next month, blaming a shortage of crew.</p></blockquote>`,
    )[0];

  it('names the source a bold name with a colon reads as', () => {
    expect(labelled('<strong>Bloomberg:</strong>').outlet).toBe('Bloomberg');
    expect(labelled('<b>Valley Courier</b>:').outlet).toBe('Valley Courier');
  });

  it('names nothing for a label word, a person, or bold words that are not a label', () => {
    expect(labelled('<strong>Note:</strong>').outlet).toBe(null);
    expect(labelled('<strong>Update:</strong>').outlet).toBe(null);
    expect(labelled('<strong>Maria Lopez:</strong>').outlet).toBe(null);
    expect(labelled('<strong>Bloomberg</strong> reported that').outlet).toBe(null);
    expect(labelled('First, <strong>Bloomberg:</strong>').outlet).toBe(null);
  });
});

describe('an outlet’s logo over the box', () => {
  const BOX =
    '<blockquote><p>The ferry service will stop running on Sundays from next month, the operator said in a filing.</p></blockquote>';
  it('names the outlet whose logo stands alone above the box or opens it', () => {
    expect(quotesOf(`<p><img src="/r.png" alt="Reuters logo"></p>${BOX}`)[0].outlet).toBe('Reuters');
    expect(quotesOf(`<img src="/g.png" alt="The Guardian">${BOX}`)[0].outlet).toBe('The Guardian');
    expect(
      quotesOf(
        `<blockquote><p><img src="/b.png" alt="BBC News"></p><p>The ferry service will stop on Sundays.</p></blockquote>`,
      )[0].outlet,
    ).toBe('BBC');
  });

  it('names nothing for a photograph, an image beside words, or two images', () => {
    expect(quotesOf(`<p><img src="/d.jpg" alt="The dam wall at low water"></p>${BOX}`)[0].outlet).toBe(null);
    expect(quotesOf(`<p><img src="/r.png" alt="Reuters"> Our photo of the week.</p>${BOX}`)[0].outlet).toBe(
      null,
    );
    expect(
      quotesOf(`<p><img src="/r.png" alt="Reuters"><img src="/b.png" alt="BBC News"></p>${BOX}`)[0].outlet,
    ).toBe(null);
  });
});

describe('a dash credit naming a trade’s title', () => {
  it('is the outlet, where a person’s name stays a person', () => {
    const credited = (who: string) =>
      `<p>It was told best the same afternoon:</p><blockquote><p>Two of the producers said they had been asked to finish mixes for a compilation due in February.</p><p>—${who}</p></blockquote>`;
    expect(quotesOf(credited('Game Developer'))[0]).toMatchObject({
      outlet: 'Game Developer',
      kind: 'outlet',
    });
    expect(quotesOf(credited('Dana Whitlock'))[0]).toMatchObject({ outlet: null, kind: 'person' });
  });
});

describe('a definition list’s terms over the passages', () => {
  const dd = (words: string) =>
    `<dd>${words} The board agreed to bring forward the second stage of the upgrade by two years, it said.</dd>`;
  it('reads each term as the credit of the passage under it, known, dated or shaped as a title', () => {
    const quotes = quotesOf(
      `<p>Two papers on one meeting.</p><dl><dt>The Sydney Morning Herald, 2 December</dt>${dd('First.')}<dt>The Harbour Gazette, Dec. 1</dt>${dd('Second.')}<dt>ABC News</dt>${dd('Third.')}<dt>The Quay Lantern, Dec. 1</dt>${dd('Fourth.')}</dl>`,
    );
    expect(quotes.map((q) => q.outlet)).toEqual([
      'The Sydney Morning Herald',
      'The Harbour Gazette',
      'ABC News',
      'Quay Lantern',
    ]);
    expect(quotes[0].evidence[0]).toMatchObject({ type: 'credit-line' });
  });

  it('finds no passage under a glossary’s terms', () => {
    expect(
      quotesOf(`<dl><dt>Ballast</dt>${dd('Weight.')}<dt>Mary Holt, 2 December</dt>${dd('Words.')}</dl>`),
    ).toEqual([]);
  });
});

describe('a folded passage’s summary', () => {
  const folded = (summary: string) =>
    `<p>Before the numbers, the coverage.</p><details><summary>${summary}</summary><p>Flooding closed the main road into town for the third time this autumn, and the council said it would ask for emergency funding.</p></details>`;
  it('credits the passage, and is not part of its words', () => {
    const [q] = quotesOf(folded('From the Irish Times (Dublin)'));
    expect(q.outlet).toBe('The Irish Times');
    expect(q.text).toMatch(/^Flooding closed/);
  });

  it('makes no passage when it names no source', () => {
    expect(quotesOf(folded('Show the code'))).toEqual([]);
  });
});

describe('platform-domains.json', () => {
  it('is a list of lower-case registrable domains, each once', () => {
    expect(Array.isArray(platforms.domains)).toBe(true);
    expect(platforms.domains.length).toBeGreaterThan(10);
    for (const d of platforms.domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(new Set(platforms.domains).size).toBe(platforms.domains.length);
    for (const f of platforms.families) expect(f).toMatch(/^[a-z0-9-]+$/);
    for (const x of platforms.suffixes) expect(x).toMatch(/^[a-z]+(?:\.[a-z]+)?$/);
  });
});

describe('names that only the page and its links define', () => {
  it('reads a possessive title in a credit line as a publication, never as a person', () => {
    expect(looksLikePersonName('Tom’s Guide')).toBe(false);
    // A trade's title, though it ends on a word for a job.
    expect(looksLikePersonName('Game Developer')).toBe(false);
    expect(looksLikePersonName('Electronics Engineer')).toBe(false);
    expect(looksLikePersonName('Health Minister')).toBe(true);
    expect(looksLikePersonName("The Reader's Digest")).toBe(false);
    expect(looksLikePersonName('Odile Brandt')).toBe(true);
    const [title] = quotesOf(`<p>The coolest review:</p>${PASSAGE}<p>&mdash; Quinn's Field Kit</p>`);
    expect(title).toMatchObject({ kind: 'outlet', outlet: "Quinn's Field Kit" });
    const [person] = quotesOf(`<p>A reader wrote in:</p>${PASSAGE}<p>&mdash; Odile Brandt</p>`);
    expect(person.outlet).toBeNull();
  });

  it('reads source labels in other languages as a title when a case ending, a paper or a trade says so', () => {
    expect(looksLikePersonName("Ege'de Son Söz")).toBe(false);
    expect(looksLikePersonName('Ziarul Financiar')).toBe(false);
    expect(looksLikePersonName('Bisnis Indonesia')).toBe(false);
    expect(looksLikePersonName('Ηπειρωτικός Τύπος')).toBe(false);
    // An apostrophe after an initial is no case ending.
    expect(looksLikePersonName("N'golo Traoré")).toBe(true);
    const [turkish] = quotesOf(`<p>More:</p>${PASSAGE}<p>(Kaynak: Trakya'da Gündem)</p>`);
    expect(turkish.outlet).toBe("Trakya'da Gündem");
    const [indonesian] = quotesOf(`<p>More:</p>${PASSAGE}<p>(Sumber: Bisnis Sulawesi)</p>`);
    expect(indonesian.outlet).toBe('Bisnis Sulawesi');
    // A person's name under a "Source:" label stays a person's.
    const [person] = quotesOf(`<p>A reader wrote:</p>${PASSAGE}<p>(Sursa: Andrei Popescu)</p>`);
    expect(person).toMatchObject({ kind: 'person', outlet: null });
  });

  it('reads the Catalan and Vietnamese source labels, with their colon', () => {
    const credit = (line: string) => quotesOf(`<p>More:</p>${PASSAGE}<p>${line}</p>`)[0].outlet;
    expect(credit('Font: Diari de Girona')).toBe('Diari de Girona');
    expect(credit('(Font: El Punt Avui)')).toBe('El Punt Avui');
    expect(credit('Nguồn: VnExpress')).toBe('VnExpress');
    expect(credit('(Nguồn: Báo Quảng Nam)')).toBe('Báo Quảng Nam');
    // Without a colon "Font" is a typeface's.
    expect(credit('Font Awesome Free')).toBeNull();
    const [person] = quotesOf(`<p>Una lectora m'ho va escriure:</p>${PASSAGE}<p>Font: Maria Puig</p>`);
    expect(person).toMatchObject({ kind: 'person', outlet: null });
  });

  it('lets a link make a shared short name definite, and name the paper behind a common word', () => {
    const [times] = quotesOf(
      `<p>Here is how <a href="https://www.latimes.com/story/ferries">the Times</a> put it:</p>${PASSAGE}`,
    );
    expect(times).toMatchObject({ outlet: 'Los Angeles Times' });
    expect(times.evidence[0].type).toBe('lead-in-link');
    const [herald] = quotesOf(
      `<p><a href="https://www.thedunmoreherald.com/local/ferries">The Herald has it</a>:</p>${PASSAGE}`,
    );
    expect(herald.outlet).toBe('thedunmoreherald.com');
    // Unlinked, the same words keep the paper the table knows by them.
    const [plain] = quotesOf(`<p>The Herald has it:</p>${PASSAGE}`);
    expect(plain.outlet).not.toBe('thedunmoreherald.com');
    expect(plain.kind).toBe('outlet');
  });

  it('takes a name linked to a site named after its first words ("had it first")', () => {
    const [q] = quotesOf(
      `<p>The <a href="http://www.pinecrestcourier.com/news/pier.html">Pinecrest Courier-Post</a> had it first:</p>${PASSAGE}`,
    );
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'Pinecrest Courier-Post' });
  });

  it('credits unattributed passages from the post’s closing source line, and only those', () => {
    const closing = '<p>Source: <a href="https://apnews.com/article/ferries-1">apnews.com</a></p>';
    const [q] = quotesOf(`<p>ferries again:</p>${PASSAGE}<p>no words.</p>${closing}`);
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'Associated Press' });
    expect(q.evidence[0].type).toBe('credit-line');
    const [named] = quotesOf(`<p>The BBC reports:</p>${PASSAGE}<p>no words.</p>${closing}`);
    expect(named.outlet).toBe('BBC');
    // A closing line that names no outlet credits nothing.
    const [none] = quotesOf(`<p>ferries again:</p>${PASSAGE}<p>no words.</p><p>Source: my notes</p>`);
    expect(none.outlet).toBeNull();
  });
});

describe('newsrooms the table lacks, named by how the page speaks of them', () => {
  const outletOf = (html: string) => quotesOf(html)[0];

  it('reads "X’s reporter", a call sign reporting, "told The X" and a labelled credit', () => {
    expect(outletOf(`<p>The Harbour Banner's transport reporter has the numbers:</p>${PASSAGE}`).outlet).toBe(
      'Harbour Banner',
    );
    expect(outletOf(`<p>WQXT caught up with the port's director:</p>${PASSAGE}`).outlet).toBe('WQXT');
    expect(
      outletOf(`<p>KQXT did a story on this last year. Anyway, here it is:</p>${PASSAGE}`).outlet,
    ).not.toBe('KQXT');
    expect(outletOf(`<p>A terminal operator told The Quayside.</p>${PASSAGE}`).outlet).toBe('Quayside');
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>(Source: FreightQuay)</p>`).outlet).toBe('FreightQuay');
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>(Source: Mary Jones)</p>`).outlet).toBeNull();
  });

  it('reads a lead-in that is only a handing-over word and a name as that source', () => {
    expect(outletOf(`<p>From Kestrel:</p>${PASSAGE}`)).toMatchObject({ kind: 'outlet', outlet: 'Kestrel' });
    expect(outletOf(`<p>Riporta Il Lampione:</p>${PASSAGE}`).outlet).toBe('Il Lampione');
    expect(outletOf(`<p>Informa KBZ:</p>${PASSAGE}`).outlet).toBe('KBZ');
    expect(outletOf(`<p>Here's WKRV:</p>${PASSAGE}`).outlet).toBe('WKRV');
    expect(outletOf(`<p>Mareaviva recoge además la respuesta del puerto:</p>${PASSAGE}`).outlet).toBe(
      'Mareaviva',
    );
    // In English a company reports its results: only the bare "X reports:" hands over.
    expect(outletOf(`<p>Kestrel reported record revenue for the year:</p>${PASSAGE}`).outlet).toBeNull();
    expect(outletOf(`<p>Ledgerline, by Mara Quist:</p>${PASSAGE}`).outlet).toBe('Ledgerline');
    // A time, a platform, a person's name, or a surname the post gave in full are not newsrooms.
    expect(outletOf(`<p>From Tuesday:</p>${PASSAGE}`).outlet).toBeNull();
    expect(outletOf(`<p>From Reddit:</p>${PASSAGE}`).outlet).toBeNull();
    expect(outletOf(`<p>Via Email:</p>${PASSAGE}`).outlet).toBeNull();
    expect(outletOf(`<p>From the FAQ:</p>${PASSAGE}`).outlet).toBeNull();
    expect(outletOf(`<p>From Maria Lindqvist:</p>${PASSAGE}`)).toMatchObject({
      kind: 'person',
      outlet: null,
    });
    const surname = outletOf(`<p>Ingrid Halvorsen spoke last.</p><p>Here's Halvorsen:</p>${PASSAGE}`);
    expect(surname).toMatchObject({ kind: 'person', outlet: null });
    // With more in the sentence, an ordinary word is not taken for a name.
    expect(outletOf(`<p>From Kestrel Point, the ferry looked full:</p>${PASSAGE}`).outlet).toBeNull();
  });

  it('reads a name with an article as a title, never a person', () => {
    expect(looksLikePersonName('the Ardmore Lantern')).toBe(false);
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>(From the Ardmore Lantern)</p>`).outlet).toBe(
      'Ardmore Lantern',
    );
  });

  it('names a wire the table lacks by the short name its dateline gives', () => {
    expect(readDateline('KUMASI (GRN) – The regulator said', defaultOutlets)?.outlet).toBe('GRN');
    expect(readDateline('Tamale, 4 dic (ZAP).- Los transportistas', defaultOutlets)?.outlet).toBe('ZAP');
    expect(readDateline('Bilbao, 3 dic (EFE).- Los transportistas', defaultOutlets)?.outlet).toBe('EFE');
    // A story's label, or words that are no short name, are no agency.
    expect(readDateline('(UPDATE 2) - Drivers waited', defaultOutlets)).toBeNull();
    expect(readDateline('KUMASI (photo) – Drivers waited', defaultOutlets)).toBeNull();
  });

  it('reads datelines with a bare date, a comma and no date, slashes, or a merged code', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('Olomouc 2. prosince (ČTK) - Dopravci hlásí')).toBe('ČTK');
    // A month of two words: the Levant's and Iraq's Arabic months, Spanish "de" before the month.
    expect(agency('إربد 3 تشرين الثاني (بترا) – قالت المديرية')).toBe('Jordan News Agency');
    expect(agency('بغداد، 2 كانون الثاني 2027 (واع) – أعلنت الوزارة')).toBe('Iraqi News Agency');
    expect(agency('Cuenca, 3 de diciembre (EFE) – El municipio')).toBe('EFE');
    expect(agency('إربد 3 تشرين الثاني (صور) – المشهد من الساحة')).toBeNull();
    expect(agency('TRABZON, (ANKA) - Limandaki vagon')).toBe('ANKA');
    expect(agency('TRABZON, (İHA) - Limandaki vagon')).toBe('İhlas Haber Ajansı');
    expect(agency('Iași, 2 dec /Agerpres/ - Operatorii')).toBe('Agerpres');
    expect(agency('Iași, 2 dec /ZRP/ - Operatorii')).toBe('ZRP');
    expect(agency('ΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) – Σε αναμονή')).toBe('Athens-Macedonian News Agency');
    expect(agency('Szeged, 2026. december 3., szerda (MTI) – A vonatok')).toBe('MTI');
    expect(agency('Pécs, 2026. nov. 30. (MTI) – Az állomás')).toBe('MTI');
    expect(agency('Huế, 2/12 (TTXVN) - Tuyến đường sắt')).toBe('Vietnam News Agency');
    expect(agency('Győr, 2026. december 2., szerda – A közgyűlés')).toBeNull();
    expect(agency('PATRA (KNA-ZTP) – Twelve trains')).toBe('KNA-ZTP');
    // The year after a comma; the agency between slashes and the text straight after, in a script without case.
    expect(agency('খুলনা, ৫ মার্চ, ২০২৬ (বাসস) : জেলা প্রশাসন জানিয়েছে')).toBe('Bangladesh Sangbad Sangstha');
    expect(agency('Kumasi, 5 March, 2026 (GRN) – The regulator')).toBe('GRN');
    expect(agency('المنيا في 5 مارس /أ ش أ/ قال المحافظ')).toBe('Middle East News Agency');
    expect(agency('المنيا في 5 مارس /ملاحظة/ قال المحافظ')).toBeNull();
    // The Arabic comma after the place, and an agency the table lacks by its abbreviation, in a script without case.
    expect(agency('الدار البيضاء، 4 دجنبر 2026 (ومع) - أكدت الشركة')).toBe('ومع');
    expect(agency('وهران، 3 ديسمبر 2026 (و أ ج) - أعلنت الشركة')).toBe('Algeria Press Service');
    expect(agency('الرباط، 4 دجنبر 2026 (فيديو) - أكدت الشركة')).toBeNull();
    // A date and a dash without an agency, words between slashes, or a path name nothing.
    expect(agency('Ruse, 3. december - The terminal says')).toBeNull();
    expect(agency('Ruse, 3 dec /photo archive/ - The terminal')).toBeNull();
    expect(agency('The files sit in /var/log/ - which is full')).toBeNull();
  });

  it('reads a dateline giving the agency after the date, between commas, as Baltic and Nordic wires write it', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('PÄRNU, 1. detsember, BNS – Linnavalitsus teatas')).toBe('Baltic News Service');
    expect(agency('TURKU, 2.12.2026, STT – Kaupunki ilmoitti')).toBe('STT');
    expect(agency('Valmiera, 3. decembrī, LETA – Pašvaldība')).toBe('LETA');
    // Or a full stop after the agency, the text going on in a capital.
    expect(agency('Ventspils, 4. marts, LETA. Ostas valde paziņoja')).toBe('LETA');
    expect(agency('Ventspils, 4. marts, Jānis Bērziņš. Ostas valde')).toBeNull();
    // A person's name, or no number before the name, is no dateline's agency.
    expect(agency('PÄRNU, 1. detsember, Mari Tamm – Linnavalitsus teatas')).toBeNull();
    expect(agency('Pärnu, täna hommikul, BNS – Linnavalitsus')).toBeNull();
  });

  it('reads a dateline in a script without case, ended by the danda, as Hindi wires write it', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('भोपाल, 1 दिसंबर (आईएएनएस)। राज्य सरकार ने कहा')).toBe('Indo-Asian News Service');
    expect(agency('LONDON (Reuters) - The bank said')).toBe('Reuters');
    // A note in the parentheses is no agency's name.
    expect(agency('भोपाल, 1 दिसंबर (संशोधित सूचना)। पुराने पुल पर')).toBeNull();
  });

  it('reads a dateline whose date is written in the digits of its own script', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('सातारा, ७ डिसेंबर (पीटीआय) – जिल्हा परिषदेने')).toBe('Press Trust of India');
    expect(agency('पोखरा, पुस ३ (रासस) – नगरपालिकाले')).toBe('Rastriya Samachar Samiti');
    // The same shape with a note in the parentheses names no agency.
    expect(agency('सातारा, ७ डिसेंबर (सुधारित सूचना) – शाळा')).toBeNull();
  });

  it('reads a dateline giving the agency after the date between full stops, as Ukrainian wires write it', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('Харків, 1 грудня. Укрінформ. Міська рада виділила')).toBe('Ukrinform');
    // A weekday, or no number before the name, is no agency.
    expect(agency('Харків, 1 грудня. Понеділок. Каса не працює')).toBeNull();
    expect(agency('Харків, сьогодні. Укрінформ. Міська рада')).toBeNull();
  });

  it('reads a dateline in Ethiopic punctuation, and one whose day and month a hyphen joins', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('ጎንደር፣ ጥር 5/2018 (ኢዜአ)፡- የከተማው አስተዳደር')).toBe('Ethiopian News Agency');
    expect(agency('ጎንደር፣ ጥር 5 (ኢዜአ)፦ የከተማው አስተዳደር')).toBe('Ethiopian News Agency');
    expect(agency('Нарын, 14-январь. /Кабар/. Шаардык кеңеш')).toBe('Kabar');
    // A hyphen joins a day to its month only: a range of days before the slashes is no date.
    expect(agency('Нарын, 14-январь. Шаардык кеңеш /Кабар/ деди')).toBeNull();
  });

  it('reads source labels in Sinhala and Gujarati, the Ethiopic colons after one, and a sentence-case title', () => {
    const credit = (text: string) => readCreditLine(text, null, defaultOutlets)?.outlet ?? null;
    expect(credit('මූලාශ්‍රය: දිනමිණ')).toBe('Dinamina');
    expect(credit('(સાભાર: ગુજરાત સમાચાર)')).toBe('Gujarat Samachar');
    expect(credit('ምንጭ፦ ፋና ብሮድካስቲንግ ኮርፖሬት')).toBe('Fana Broadcasting Corporate');
    expect(credit('ምንጭ፡- ፋና ብሮድካስቲንግ ኮርፖሬት')).toBe('Fana Broadcasting Corporate');
    expect(credit('Эх сурвалж: Хөвсгөлийн сонин')).toBe('Хөвсгөлийн сонин');
    expect(credit('Источник: Северная газета')).toBe('Северная газета');
    // Lower-case words with no word for a paper make no title; nor does a paper's word alone after the capital.
    expect(credit('Источник: Северная река')).toBeNull();
  });

  it('reads a block opening with a known outlet’s name in bold and a colon, not a speaker’s', () => {
    const bold = (label: string) =>
      quotesOf(
        `<p>Another one:</p><blockquote><p><strong>${label}:</strong> The ferry service will stop running on Sundays from next month.</p></blockquote>`,
      )[0];
    expect(bold('Reuters')).toMatchObject({ kind: 'outlet', outlet: 'Reuters' });
    expect(bold('Reuters').evidence[0]).toMatchObject({ type: 'citation-line', source: 'Reuters' });
    expect(bold('Postimees').outlet).toBe('Postimees');
    expect(bold('Kalle').outlet).toBeNull();
    // Bold words that do not open the block are no label.
    const [inside] = quotesOf(
      '<p>Another one:</p><blockquote><p>The ferry service will stop running on Sundays, says <strong>Reuters:</strong> from next month.</p></blockquote>',
    );
    expect(inside.outlet).toBeNull();
  });

  it('reads a Chinese wire’s dateline by the agency it opens with', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(agency('新华社北京12月2日电（记者王明）铁路部门2日表示')).toBe('Xinhua');
    expect(agency('（新華社記者李華上海3日電）上海市政府3日表示')).toBe('Xinhua');
    expect(agency('（记者王明上海2日电）上海市政府2日表示')).toBeNull();
  });

  it('reads a credit in parentheses of either width, with a full-width colon', () => {
    const credited = (line: string) => quotesOf(`<p>More:</p>${PASSAGE}<p>${line}</p>`)[0].outlet;
    expect(credited('（来源：人民日报）')).toBe("People's Daily");
    expect(credited('(來源：人民日報)')).toBe("People's Daily");
    expect(credited('（注：数字为估算）')).toBeNull();
  });

  it('reads the name in a line sending the reader on as a publication', () => {
    const on = (line: string) => outletOf(`<p>More:</p>${PASSAGE}<p>${line}</p>`).outlet;
    expect(on('The rest is here from Tidewater Public.')).toBe('Tidewater Public');
    expect(on('Lire la suite sur le site de Marée Haute.')).toBe('Marée Haute');
    // A title makes a person of the name; a line that is no credit names nothing.
    expect(on('The rest is here from Dr. Alma Reyes.')).toBeNull();
    expect(on('Tidewater Public.')).toBeNull();
  });

  it('reads source labels in French spacing, source lines, and names with digits', () => {
    const under = (line: string) => outletOf(`<p>More:</p>${PASSAGE}<p>${line}</p>`).outlet;
    expect(under("(Source : Le Phare de l'Erdre)")).toBe("Le Phare de l'Erdre");
    expect(under('Fonte: TGR Veneto')).toBe('TGR Veneto');
    expect(under('Source: Mary Jones')).toBeNull();
    // A figures' source line names a statistics office or a body by its capitals, not a newsroom.
    expect(under('Source: Eurostat')).toBeNull();
    expect(under('Source: ONS')).toBeNull();
    expect(under('Source: AP')).toBe('Associated Press');
    expect(outletOf(`<p>D'après Quai42 Nantes, qui a lu le rapport,</p>${PASSAGE}`).outlet).toBe(
      'Quai42 Nantes',
    );
    expect(looksLikeOutletName('Splash247')).toBe(true);
    expect(looksLikeOutletName('Marie Dupont')).toBe(false);
    expect(looksLikeOutletName('Channel 5')).toBe(true);
    expect(looksLikeOutletName('Canal 13')).toBe(true);
    expect(looksLikeOutletName('English Channel')).toBe(false);
    expect(looksLikeOutletName('Route 9')).toBe(false);
  });

  it('leaves a hat tip and its links out of a credit line', () => {
    const tipped = quotesOf(
      `<p>More:</p>${PASSAGE}<p>Via Harbourwire (h/t <a href="https://harbourwatch.example/readers/q">@quaywatcher</a>)</p>`,
    )[0];
    expect(tipped).toMatchObject({ kind: 'outlet', outlet: 'Harbourwire' });
  });

  it('reads "X had the Y’s side" as X handing over, unless the sentence turns to a document', () => {
    expect(outletOf(`<p>Port Ledger has the operators' side.</p>${PASSAGE}`).outlet).toBe('Port Ledger');
    expect(
      outletOf(`<p>Port Ledger had the story first, but read the ruling itself:</p>${PASSAGE}`).outlet,
    ).toBeNull();
  });

  it('reads a name holding a word of a trade as no person’s, and "New X" under a passage as a title', () => {
    expect(looksLikePersonName('New Civil Engineer')).toBe(false);
    expect(looksLikePersonName('Inside Higher Ed')).toBe(false);
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>— New Harbour Engineer</p>`).outlet).toBe(
      'New Harbour Engineer',
    );
    // A company under its executive's words is not a publication.
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>— Halvard Energy</p>`).outlet).toBeNull();
  });

  it('reads a linked "this report" on a dated news path as that site’s story, else as a document', () => {
    const linked = (href: string) =>
      outletOf(`<p><a href="${href}">This report</a> has the numbers:</p>${PASSAGE}`);
    expect(linked('https://www.harbourdaily.co.uk/2026-12-02/berth-fees-rise').outlet).toBe(
      'harbourdaily.co.uk',
    );
    expect(linked('https://www.harbourdaily.co.uk/news/2026/12/02/berth-fees').outlet).toBe(
      'harbourdaily.co.uk',
    );
    expect(linked('https://www.portpolicy.org/research/berth-fees')).toMatchObject({
      kind: 'document',
      outlet: null,
    });
  });

  it('reads lead-ins and source labels in more languages', () => {
    const lead = (words: string) => outletOf(`<p>${words}</p>${PASSAGE}`).outlet;
    expect(lead('Menurut Kompas:')).toBe('Kompas');
    expect(lead('Kompas melaporkan:')).toBe('Kompas');
    expect(lead("Hürriyet'e göre:")).toBe('Hürriyet');
    expect(lead('Helsingin Sanomat kertoo:')).toBe('Helsingin Sanomat');
    expect(lead('Potrivit Gazeta Dunării:')).toBe('Gazeta Dunării');
    // After "according to", a name must read as a newsroom's: a city hall or a ministry follows it as often.
    expect(lead('Potrivit Primăriei:')).toBeNull();
    expect(lead('Как пишет Минздрав:')).toBeNull();
    expect(outletOf(`<p>More:</p>${PASSAGE}<p>Kaynak: Kadıköyhaber</p>`).outlet).toBe('Kadıköyhaber');
    // A lower-case word after "according to" is no name.
    expect(lead('Potrivit ministrului:')).toBeNull();
  });

  it('reads "as X writes" and "X writes" in Czech, Greek, Romanian, Indonesian and Turkish', () => {
    const lead = (words: string) => quotesOf(`<p>${words}</p>${PASSAGE}`)[0];
    expect(lead('Jak píše Hanácký deník:').outlet).toBe('Hanácký deník');
    expect(lead('Όπως γράφει σήμερα η Ηπειρωτική:').outlet).toBe('Ηπειρωτική');
    expect(lead('Scrie Gazeta de Bihor:').outlet).toBe('Gazeta de Bihor');
    expect(lead('Seperti diberitakan Harian Borneo:').outlet).toBe('Harian Borneo');
    // The name without its case ending; the phrase ("its report") says a newsroom.
    expect(lead("Trakya Sesi'nin bugünkü haberine göre:").outlet).toBe('Trakya Sesi');
    // A person's name after the verb is a person's.
    expect(lead('Scrie Andrei Popescu:')).toMatchObject({ kind: 'person', outlet: null });
    expect(lead('Jak píše Jan Novák:')).toMatchObject({ kind: 'person', outlet: null });
    // Without "report", "according to" still wants a newsroom's name: a person's stays no outlet.
    expect(lead("Ahmet Yılmaz'a göre:").outlet).toBeNull();
  });

  it('reads "according to X," running on in other languages, a title in quotation marks, a base form', () => {
    const runIn = (words: string) =>
      quotesOf(`<p>${words}</p>${PASSAGE.replace('The ferry', 'the ferry')}`)[0].outlet;
    // The genitive of a news word is named in its base form.
    expect(runIn('Podle Zpráv Vysočiny, které viděly rozpočet,')).toBe('Zprávy Vysočiny');
    expect(runIn('Για τους δρόμους, σύμφωνα με την «Πρωινή»,')).toBe('Πρωινή');
    expect(runIn('Potrivit „Gazeta de Sud”, care a văzut devizul,')).toBe('Gazeta de Sud');
    expect(runIn('Menurut Harian Borneo, yang mewawancarai kontraktor,')).toBe('Harian Borneo');
    // A ministry, or a plan's title in quotation marks, is no outlet.
    expect(runIn('Menurut Kementerian Pekerjaan Umum,')).toBeNull();
    expect(runIn('Στην Ήπειρο, σύμφωνα με το «Σχέδιο Δράσης» της περιφέρειας,')).toBeNull();
    expect(runIn('Potrivit „Raportul anual” al primăriei,')).toBeNull();
  });

  it('reads "X writes that" running on in Indonesian, Romanian and Czech', () => {
    const runOn = (words: string) =>
      quotesOf(
        `<p>${words}</p><div style="margin-left: 2em">the ferry service will stop running on Sundays from next month, the operator said in a filing on Tuesday.</div>`,
      )[0] ?? null;
    expect(runOn('Soal jadwalnya, Kompas menulis bahwa')?.outlet).toBe('Kompas');
    expect(runOn('Ziarul Dunărean scrie că')?.outlet).toBe('Ziarul Dunărean');
    expect(runOn('Hanácký deník píše, že')?.outlet).toBe('Hanácký deník');
    // A ministry or a person writing names no outlet.
    expect(runOn('Kementerian Perhubungan menyebutkan bahwa')?.outlet ?? null).toBeNull();
    expect(runOn('Andrei Popescu scrie că')?.outlet ?? null).toBeNull();
  });

  it('reads someone speaking to an outlet in Turkish, Czech, Romanian, Indonesian and Greek', () => {
    const lead = (words: string) => quotesOf(`<p>${words}</p>${PASSAGE}`)[0].outlet;
    expect(lead("Hürriyet'e konuşan bir balıkçı şöyle diyor:")).toBe('Hürriyet');
    expect(lead("Karadeniz Postası'na konuşan bir balıkçı şöyle diyor:")).toBe('Karadeniz Postası');
    expect(lead('Jeden převozník řekl pro Hanácký deník:')).toBe('Hanácký deník');
    expect(lead('Un pescar a declarat pentru Ziarul Dunărean:')).toBe('Ziarul Dunărean');
    expect(lead('Seorang nelayan, kata dia kepada Harian Borneo:')).toBe('Harian Borneo');
    expect(lead('Ένας ψαράς, μιλώντας στην «Ηπειρωτική», είπε:')).toBe('Ηπειρωτική');
    // Speaking to a mayor or to a person names no outlet.
    expect(lead("Belediye Başkanı'na konuşan bir esnaf ise şöyle diyor:")).toBeNull();
    expect(lead("Ayşe Kaya'ya anlatan yaşlı bir balıkçı:")).toBeNull();
    expect(lead('Un pescar a declarat pentru Andrei Popescu:')).toBeNull();
  });

  it('keeps a short <br>-line inside one <i> in its italic run', () => {
    const quotes = quotesOf(
      '<div>The clearest word came from an engineer:<br><br><i>Work on the second bridge over the river can only begin once the land on both banks has been bought,<br>by the middle of next year at the earliest.<br>The province has set aside a first budget, but most of the money still waits for approval.</i><br>(Sumber: Harian Borneo)<br><br>We shall see.</div>',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].outlet).toBe('Harian Borneo');
    expect(quotes[0].text).toContain('by the middle of next year');
  });

  it('takes "the same paper" in other languages back to the outlet of the passage before', () => {
    const second = (first: string, back: string) =>
      quotesOf(`<p>${first}</p>${PASSAGE}<p>${back}</p>${PASSAGE.replace('Sundays', 'Mondays')}`)[1];
    expect(second('Scrie Gazeta de Bihor:', 'Același ziar notează, ceva mai jos:').outlet).toBe(
      'Gazeta de Bihor',
    );
    expect(second('Jak píše Hanácký deník:', 'Tentýž deník dodává:').outlet).toBe('Hanácký deník');
    expect(second('Όπως γράφει η Ηπειρωτική:', 'Η ίδια εφημερίδα προσθέτει:').outlet).toBe('Ηπειρωτική');
    expect(second('Seperti diberitakan Harian Borneo:', 'Media yang sama menulis:').outlet).toBe(
      'Harian Borneo',
    );
    expect(second("Trakya Sesi'nin haberine göre:", 'Aynı gazete şunu da ekliyor:').outlet).toBe(
      'Trakya Sesi',
    );
    expect(second('Kaip rašo 15min:', 'Tas pats portalas priduria:').outlet).toBe('15min');
    expect(second('Kaip skelbia ELTA:', 'Ta pati agentūra primena:').outlet).toBe('ELTA');
    expect(second('Както съобщи БНР:', 'Още в същия материал:').outlet).toBe('Bulgarian National Radio');
    expect(second('Како јавља Танјуг:', 'Иста агенција додаје:').outlet).toBe('Tanjug');
    expect(second('Kot piše Delo:', 'Isti časnik dodaja:').outlet).toBe('Delo');
    expect(second('Kā vēsta LSM:', 'Tajā pašā rakstā:').outlet).toBe('LSM');
    expect(second('לפי הארץ:', 'ובאותה כתבה:').outlet).toBe('Haaretz');
    expect(second('ذكرت صحيفة الأهرام:', 'وأضافت الصحيفة نفسها:').outlet).toBe('Al-Ahram');
    // After a person's words there is no paper to point back to.
    expect(second('Scrie Andrei Popescu:', 'Același ziar notează:').outlet).toBeNull();
  });

  it('takes a short form only when it stands alone', () => {
    expect(shortFormIn('The Standard adds:', [{ outlet: 'Weald Standard' }])?.outlet).toBe('Weald Standard');
    // "Higher" inside "Inside Higher Ed" is another name, not the short form of "Times Higher".
    expect(shortFormIn('Inside Higher Ed again:', [{ outlet: 'Times Higher' }])).toBeNull();
  });

  it('takes a one-word name back when the lead-in names it again', () => {
    expect(shortFormIn('The Pilot adds, lower down:', [{ outlet: 'Pilot' }])?.outlet).toBe('Pilot');
    expect(shortFormIn('The Pilot Boat Company says:', [{ outlet: 'Pilot' }])).toBeNull();
    expect(shortFormIn('The harbour pilot says:', [{ outlet: 'Pilot' }])).toBeNull();
  });

  it('takes a Chinese paper back by its name without the newsroom ending', () => {
    expect(shortFormIn('光华还提到：', [{ outlet: '光华日报' }])?.outlet).toBe('光华日报');
    expect(shortFormIn('星洲也指出：', [{ outlet: '星洲日报' }])?.outlet).toBe('星洲日报');
    // The stem inside another sentence, or a name with no newsroom ending, points back at nothing.
    expect(shortFormIn('光华路的居民说：', [{ outlet: '光华日报' }])).toBeNull();
    expect(shortFormIn('澎湃还提到：', [{ outlet: '澎湃新闻' }])).toBeNull();
    // A paper the table names in English is written in Han characters on the page.
    expect(
      shortFormIn('詩華還提到：', [{ outlet: 'See Hua Daily News', spelled: ['詩華日報'] }])?.outlet,
    ).toBe('See Hua Daily News');
    expect(shortFormIn('詩華還提到：', [{ outlet: 'See Hua Daily News' }])).toBeNull();
  });

  it("takes a short form back to a paper the post's prose named in full", () => {
    const [q] = quotesOf(
      `<p>I had missed the Kestrel Valley Courier's piece on Monday.</p><p>The Courier adds:</p>${PASSAGE}`,
    );
    expect(q.outlet).toBe('Kestrel Valley Courier');
    expect(q.evidence[0]).toMatchObject({ type: 'back-reference', source: 'Kestrel Valley Courier' });
    // A masthead's word alone, with no longer name to shorten, names that paper in the page's words
    // (mastheadAlone); a shop's name does not end in a paper's word, and holding the word it makes "The
    // Courier" its short form, no paper's.
    expect(quotesOf(`<p>The Courier adds:</p>${PASSAGE}`)[0].outlet).toBe('The Courier');
    expect(
      quotesOf(`<p>I had coffee at the Courier Lane Bakery.</p><p>The Courier adds:</p>${PASSAGE}`)[0].outlet,
    ).toBeNull();
  });

  it('takes a short form or an epithet back to the outlet of the passage before', () => {
    const [first, second] = quotesOf(
      `<p>The Harbour Banner's transport reporter has the numbers:</p>${PASSAGE}<p>The Banner adds:</p>${PASSAGE.replace('Sundays', 'Mondays')}`,
    );
    expect(first.outlet).toBe('Harbour Banner');
    expect(second).toMatchObject({ outlet: 'Harbour Banner' });
    const [, italian] = quotesOf(
      `<p>Scrive il Corriere della Sera:</p>${PASSAGE}<p>Il quotidiano milanese aggiunge:</p>${PASSAGE.replace('Sundays', 'Mondays')}`,
    );
    expect(italian.outlet).toBe('Corriere della Sera');
    const [, same] = quotesOf(
      `<p>The Irish Times has it:</p>${PASSAGE}<p>The same paper adds:</p>${PASSAGE.replace('Sundays', 'Mondays')}`,
    );
    expect(same.outlet).toBe('The Irish Times');
  });

  it('reads a dateline with a year, a numbered clause as a document, "Her reply:" as a person', () => {
    const lusa = outletOf(
      '<p>Then this:</p><blockquote><p>Porto, 04 jun 2025 (Lusa) - A empresa garantiu que a obra fica pronta em dezembro, apesar dos atrasos acumulados.</p></blockquote>',
    );
    expect(lusa.outlet).toBe('Lusa');
    const clause = outletOf(
      '<p>I dug out my lease:</p><blockquote><p>Section 14(c). Amenity Fee. Resident shall pay a monthly fee covering the common areas of the building.</p></blockquote>',
    );
    expect(clause.kind).toBe('document');
    const reply = outletOf(
      `<p>The Herald wrote about this in 2023, so we wrote to our councillor. Her reply:</p>${PASSAGE}`,
    );
    expect(reply).toMatchObject({ kind: 'person', outlet: null });
  });
});

describe('a wire’s own closing line', () => {
  it('credits the passage it ends', () => {
    const [q] = quotesOf(
      '<p>Here is the wire copy as it moved:</p><blockquote><p>The federal government will split the procurement into two contracts, officials said on Tuesday, in a move meant to speed up delivery.</p><p>This report by The Canadian Press was first published June 3, 2025.</p></blockquote>',
    );
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'The Canadian Press' });
  });
});

describe('sites the table lacks, known by a link to a story', () => {
  it('names the site of a link whose words say "a story", never a statement or the blog’s own', () => {
    const [story] = quotesOf(
      `<p>As <a href="https://www.fenwatch.org.uk/news/gates">reported last week</a>:</p>${PASSAGE}`,
    );
    expect(story).toMatchObject({ kind: 'outlet', outlet: 'fenwatch.org.uk' });
    expect(story.evidence[0].type).toBe('lead-in-link');
    const [statement] = quotesOf(
      `<p>The operator’s <a href="https://www.ferryco.example.com/news">statement</a> reads:</p>${PASSAGE}`,
    );
    expect(statement.outlet).toBeNull();
    const [own] = quotesOf(
      `<p>As <a href="https://harbourwatch.example/2024/ferries">reported here</a>:</p>${PASSAGE}`,
    );
    expect(own.kind).not.toBe('outlet');
    const [platform] = quotesOf(
      `<p>As <a href="https://www.youtube.com/watch?v=1">reported on video</a>:</p>${PASSAGE}`,
    );
    expect(platform.outlet).toBeNull();
  });

  it('gives a domain the name the page’s own words spell, and keeps the domain otherwise', () => {
    const credit = (href: string) => `${PASSAGE}<p>— <a href="${href}">read it there</a></p>`;
    const [named] = quotesOf(
      `<p>Both Tideline Gazette and the county paper covered it.</p>${credit('https://www.tidelinegazette.com/a')}`,
    );
    expect(named.outlet).toBe('Tideline Gazette');
    expect(named.evidence.at(-1)).toMatchObject({ type: 'page-name', source: 'Tideline Gazette' });
    const [unnamed] = quotesOf(`<p>Somebody covered it.</p>${credit('https://www.tidelinegazette.com/a')}`);
    expect(unnamed.outlet).toBe('tidelinegazette.com');
  });
});

describe('pageNameFor', () => {
  it('matches letters, not guesses, and wants capitals for a short domain', () => {
    expect(pageNameFor('pcworldly.com', 'A review in PC Worldly’s May issue.')).toBe('PC Worldly');
    expect(pageNameFor('narwhal.ca', 'Read The Narwhal on this.')).toBe('The Narwhal');
    expect(pageNameFor('canary-media.org', 'From Canary Media, again.')).toBe('Canary Media');
    expect(pageNameFor('jn.pt', 'O JN diz que sim.')).toBe('JN');
    expect(pageNameFor('jn.pt', 'Jn is not a name here.')).toBeNull();
    expect(pageNameFor('canarymedia.com', 'A canary media outlet, in lower case.')).toBeNull();
    expect(pageNameFor('canarymedia.com', 'Canary Mediation Services')).toBeNull();
    // A word opening another name is not the site's name: "Tidings" in "Tidings Weekly".
    expect(pageNameFor('tidings.net', 'Tidings Weekly has covered the board all autumn.')).toBeNull();
    expect(pageNameFor('tidings.net', 'Read Tidings on the silt.')).toBe('Tidings');
  });
  it('keeps a name the page writes as the domain, before a word spelling only its first label', () => {
    expect(pageNameFor('plushwatch.biz', 'Plushwatch, briefly. … — Plushwatch.biz')).toBe('Plushwatch.biz');
    expect(pageNameFor('www.plushwatch.biz', 'Plushwatch, briefly. — Plushwatch.biz')).toBe('Plushwatch.biz');
    expect(pageNameFor('plushwatch.biz', 'Plushwatch, briefly.')).toBe('Plushwatch');
  });
});

describe('lines around a passage that hand over to a newsroom (issue 12)', () => {
  /** The passage's outlet, a leading "the" set aside as the labels do. */
  const outletUnder = (line: string) => {
    const [q] = quotesOf(`<p>The key paragraph:</p>${PASSAGE}<p>${line}</p>`);
    return { ...q, outlet: q.outlet?.replace(/^the\s+(?=\p{Lu})/u, '') ?? null };
  };
  it('reads the lines that send the reader on, with a known outlet and with names the table lacks', () => {
    expect(outletUnder('Full story: the Harbour Mercury').outlet).toBe('Harbour Mercury');
    expect(outletUnder('Full story: Reuters').outlet).toBe('Reuters');
    expect(outletUnder('Continue reading at Northshore Radio').outlet).toBe('Northshore Radio');
    expect(outletUnder('Story continues on WXYZ-TV').outlet).toBe('WXYZ-TV');
    expect(outletUnder('(the Guardian, subscription)').outlet).toBe('The Guardian');
    expect(outletUnder('(the Harbour Mercury, subscription)').outlet).toBe('Harbour Mercury');
    expect(outletUnder('Originally published by the Kelso Ledger.').outlet).toBe('Kelso Ledger');
    expect(outletUnder('This story first appeared in Northshore Radio.').outlet).toBe('Northshore Radio');
    expect(outletUnder('Read the whole thing at WXYZ-TV.').outlet).toBe('WXYZ-TV');
    expect(outletUnder('More at the Harbour Mercury »').outlet).toBe('Harbour Mercury');
    expect(outletUnder('Link: Northshore Radio').outlet).toBe('Northshore Radio');
  });
  it('names no person, company, ministry or country in those lines', () => {
    expect(outletUnder('Read more at Maria Lindqvist').outlet).toBe(null);
    expect(outletUnder('Full story: Corvane Logistics').outlet).toBe(null);
    expect(outletUnder('Continue reading at Tidewell Energy').outlet).toBe(null);
    expect(outletUnder('Originally published by the Ministry of Transport.').outlet).toBe(null);
    expect(outletUnder('Source: Norway').outlet).toBe(null);
  });
  it('takes a hat tip for no source, under the passage or closing the post', () => {
    expect(outletUnder('h/t the Harbour Mercury').outlet).toBe(null);
    expect(outletUnder('h/t Reuters').outlet).toBe(null);
    const [q] = quotesOf(`<p>Northshore Radio has the repair bill:</p>${PASSAGE}<p>h/t the Kelso Ledger</p>`);
    expect(q.outlet).toBe('Northshore Radio');
  });
  it('reads the lines above a passage that cite it', () => {
    const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
    expect(cite('[Northshore Radio] Ferry fares set to double by spring')).toBe('Northshore Radio');
    expect(cite('[Reuters] Ferry operators seek winter fare rises')).toBe('Reuters');
    expect(cite('Island school to start later | The Harbour Mercury')).toBe('Harbour Mercury');
    expect(cite('Slipway repairs to cost $240,000 — the Kelso Ledger')).toBe('Kelso Ledger');
    expect(cite('WXYZ-TV, 3 December 2026:')).toBe('WXYZ-TV');
    expect(cite("The Guardian's headline: Small harbours, big bills")).toBe('The Guardian');
    expect(cite("Northshore Radio's headline: Board borrows to pay contractor")).toBe('Northshore Radio');
  });
  it('names no person, company, ministry or country in a line above', () => {
    const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
    expect(cite('[Ingrid Sandvik] Why I sold the boat')).toBe(null);
    expect(cite('Ingrid Sandvik, 3 December 2026:')).toBe(null);
    expect(cite('Winter freight changes | Corvane Logistics')).toBe(null);
    expect(cite('Statement on ferry fares — the Ministry of Transport')).toBe(null);
    expect(cite('Norway, 3 December 2026:')).toBe(null);
  });
});

describe('more lines around a passage (issue 12)', () => {
  const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
  it('takes a capitalised hat tip with its colon for no source, and reads "More from X here."', () => {
    const under = (line: string) => quotesOf(`<p>The key paragraph:</p>${PASSAGE}<p>${line}</p>`)[0].outlet;
    expect(under('Hat tip: the Harbour Mercury')).toBe(null);
    expect(under('Hat-tip: Reuters')).toBe(null);
    expect(under('More from Northshore Radio here.')).toBe('Northshore Radio');
  });
  it('reads "X // <headline>", "X » <headline>", "Via X: <headline>" and "<headline> (via X)" as naming X', () => {
    expect(cite('WXYZ-TV // Island residents fear long detour')).toBe('WXYZ-TV');
    expect(cite('The Kelso Ledger » Closure notice came late')).toBe('Kelso Ledger');
    expect(cite('Via Northshore Radio: Night bus to run after all')).toBe('Northshore Radio');
    expect(cite('Island shops count the cost (via the Harbour Mercury)')).toBe('Harbour Mercury');
    expect(cite('Via Reuters: Ferry operators seek winter fare rises')).toBe('Reuters');
  });
  it('names no person, company or country in those lines', () => {
    expect(cite('Corvane Logistics // Winter freight changes')).toBe(null);
    expect(cite('Via Ingrid Sandvik: Why I sold the boat')).toBe(null);
    expect(cite('Norway » Coastal closures announced early')).toBe(null);
  });
});

describe('evidence in the forms of other languages’ newsrooms', () => {
  it('reads a Korean wire’s dateline, place and agency joined by "="', () => {
    expect(readDateline('(부산=연합뉴스) 박지훈 기자 = 부산교통공사는 3일', defaultOutlets)?.outlet).toBe(
      'Yonhap News Agency',
    );
    expect(readDateline('[부산=뉴시스] 정하윤 기자 = 경전철은', defaultOutlets)?.outlet).toBe('Newsis');
    // An agency the table does not know names nothing there.
    expect(readDateline('(부산=동네소식) 기자 = 공사는', defaultOutlets)).toBeNull();
  });

  it('reads a byline above the passage: the writer, the outlet (perhaps its regional edition), the place', () => {
    expect(readCitationLine('Por Mariana Lopes, g1 PR — Curitiba', null, defaultOutlets)?.outlet).toBe('g1');
    expect(readCitationLine('Por Helena Saraiva, Folha de S.Paulo', null, defaultOutlets)?.outlet).toBe(
      'Folha de S.Paulo',
    );
    expect(readCitationLine('By Jane Marlow, Reuters', null, defaultOutlets)?.outlet).toBe('Reuters');
    expect(readCitationLine('Por Mariana Lopes, Curitiba', null, defaultOutlets)?.kind).not.toBe('outlet');
  });

  it('reads a headline credited after a dash with a date', () => {
    expect(
      readCitationLine('„Mniej pociągów w weekendy” – Gazeta Wyborcza, 2 grudnia 2026', null, defaultOutlets)
        ?.outlet,
    ).toBe('Gazeta Wyborcza');
  });

  it('reads a Korean fold’s toggle naming the article it holds', () => {
    expect(readCitationLine('부산일보 기사 원문 더보기', null, defaultOutlets)?.outlet).toBe('Busan Ilbo');
    expect(readCitationLine('내 생각 더보기', null, defaultOutlets)).toBeNull();
  });

  it('takes a testimonial module’s author line for the outlet when the table knows it', () => {
    const module = (author: string) =>
      `<div class="et_pb_module et_pb_testimonial"><div class="et_pb_testimonial_description"><div class="et_pb_testimonial_content"><p>The operator will cut the last two evening sailings from January to March, saving an estimated sum over the winter.</p></div><span class="et_pb_testimonial_author">${author}</span></div></div>`;
    expect(quotesOf(module('The Irish Times'))[0]).toMatchObject({
      kind: 'outlet',
      outlet: 'The Irish Times',
    });
    expect(quotesOf(module('Siobhán Ní Dhuibhir'))[0]).toMatchObject({ kind: 'person', outlet: null });
  });
});

describe('a dateline’s place at its longest', () => {
  it('reads the agency after a place of a capital and 40 letters, after white space, in any plane', () => {
    const place = `A${'b'.repeat(40)}`;
    const after = ', 2.12.2026, STT – Kaupunki ilmoitti';
    expect(readDateline(` \n ${place}${after}`, defaultOutlets)?.outlet).toBe('STT');
    // Letters beyond the BMP are two code units each: the place is still 41 characters.
    expect(readDateline(`𝐀${'𝐛'.repeat(40)}${after}`, defaultOutlets)?.outlet).toBe('STT');
    expect(readDateline(`${place}b${after}`, defaultOutlets)).toBeNull();
  });
});

describe('Russian wire datelines and titles in their marks', () => {
  it('reads the agency between slashes before a full stop, and after a dash before one', () => {
    expect(
      readDateline('МОСКВА, 3 декабря. /ТАСС/. Правительство выделит средства', defaultOutlets)?.outlet,
    ).toBe('TASS');
    expect(
      readDateline('ОМСК, 3 дек — РИА Новости. Паромная переправа закрыта', defaultOutlets)?.outlet,
    ).toBe('RIA Novosti');
    // A dash after a date that no agency follows is no dateline.
    expect(readDateline('ОМСК, 3 дек — Паромная переправа закрыта. Жители ждут', defaultOutlets)).toBe(null);
  });
  it('takes a credit wholly in « » or „ ” for a title, not a body’s', () => {
    const credit = (line: string) =>
      analyzePage(
        new DOMParser().parseFromString(
          `<article><p>Ещё одна цифра.</p><blockquote><p>Ремонт обойдётся району примерно в двенадцать миллионов рублей, вдвое больше запланированного.</p></blockquote><p>${line}</p><p>Следим за новостями.</p></article>`,
          'text/html',
        ),
        { url: 'https://rechnye-zametki.example/p/', outlets: defaultOutlets },
      ).report.quotes[0]?.outlet ?? null;
    expect(credit('Источник: «Северный вестник»')).toBe('Северный вестник');
    expect(credit('— «Северный вестник»')).toBe('Северный вестник');
    expect(credit('— «Министерство транспорта»')).toBe(null);
  });
});

describe('a credit in parentheses opening on an article in lower case', () => {
  const credit = (line: string) =>
    analyzePage(
      new DOMParser().parseFromString(
        `<article><p>Eerst het landelijke beeld.</p><blockquote><p>Ruim veertig sluizen in de Nederlandse vaarwegen zijn dringend toe aan groot onderhoud, blijkt uit een rapport.</p></blockquote><p>${line}</p><p>Wordt vervolgd.</p></article>`,
        'text/html',
      ),
      { url: 'https://havenschrift.example/p/', outlets: defaultOutlets },
    ).report.quotes[0]?.outlet ?? null;
  it('names the title the article opens, known or read as a newsroom', () => {
    expect(credit('(de Volkskrant, 3 december 2026)')).toBe('de Volkskrant');
    expect(credit('(het Polderdagblad)')).toBe('Polderdagblad');
    expect(credit('(la Repubblica, 3 dicembre 2026)')).toBe('La Repubblica');
  });
  it('names nothing for a note in lower case', () => {
    expect(credit('(de overkant is ver)')).toBe(null);
  });
});

describe('a forum quote box’s title', () => {
  const box = (title: string) =>
    `<p>Here is the wire copy, past the paywalls:</p><blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">${title}</div><div class="bbCodeBlock-content">The port authority approved a 310 million euro expansion of its container terminal on Wednesday, adding two deep-water berths.</div></blockquote>`;

  it('names the outlet it reads as, "Reuters said:", as a <cite> would', () => {
    const [q] = quotesOf(box('Reuters said:'));
    expect(q.outlet).toBe('Reuters');
    expect(q.evidence[0]).toMatchObject({ type: 'cite-element', source: 'Reuters' });
  });

  it('names no outlet for a member’s handle, nor for a title that is not whose words they are', () => {
    expect(quotesOf(box('quaywatcher said:'))[0].outlet).toBeNull();
    expect(quotesOf(box('Reuters'))[0].outlet).toBeNull();
  });

  it('reads "Quote from Reuters" after an empty icon, or in a <header>, and a member’s stays none', () => {
    const woltlab = (title: string, tag = 'div class="quoteBoxTitle"') =>
      `<p>From this morning's wire, past the paywalls:</p><blockquote class="quoteBox"><div class="quoteBoxIcon"><span></span></div><${tag}>${title}</${tag.split(' ')[0]}><div>The port authority approved a 310 million euro expansion of its container terminal on Wednesday, adding two deep-water berths.</div></blockquote>`;
    expect(quotesOf(woltlab('Quote from Reuters'))[0].outlet).toBe('Reuters');
    expect(quotesOf(woltlab('Quote from Reuters', 'header'))[0].outlet).toBe('Reuters');
    expect(quotesOf(woltlab('Quote from quaywatcher'))[0].outlet).toBeNull();
  });

  const WORDS =
    'The port authority approved a 310 million euro expansion of its container terminal on Wednesday, adding two deep-water berths.';
  it('reads a title line right above the quote, dated, and takes it for no passage of its own', () => {
    const quotes = quotesOf(
      `<p>From this morning's wire, past the paywalls:</p><div class="quoteheader"><div class="topslice_quote">Quote from: Reuters on December 03, 2026, 09:14:02 AM</div></div><blockquote class="bbc_standard_quote">${WORDS}</blockquote>`,
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].outlet).toBe('Reuters');
    expect(quotes[0].evidence[0]).toMatchObject({ type: 'cite-element', value: 'Reuters' });
  });

  it('reads "Originally Posted by" inside a lone wrapper, and a citation class', () => {
    const [vb] = quotesOf(
      `<p>From this morning's wire:</p><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div><div class="bbcode_postedby">Originally Posted by <strong>Reuters</strong></div><div class="message">${WORDS}</div></div></div>`,
    );
    expect(vb.outlet).toBe('Reuters');
    const [ips] = quotesOf(
      `<p>From this morning's wire:</p><blockquote class="ipsQuote"><div class="ipsQuote_citation">Reuters said:</div><div class="ipsQuote_contents"><p>${WORDS}</p></div></blockquote>`,
    );
    expect(ips.outlet).toBe('Reuters');
  });
});

describe('a line under a passage that is only a linked outlet name', () => {
  const under = (line: string, after = '<p>Book early.</p>') =>
    quotesOf(`<p>Good news for the point at last.</p>${PASSAGE}<p>${line}</p>${after}`)[0].outlet;
  it('credits the passage when the link goes to that outlet’s site', () => {
    expect(under('<a href="https://www.reuters.com/world/x">Reuters</a>')).toBe('Reuters');
  });
  it('credits nothing when the link goes elsewhere, or when words other than the link stand beside it', () => {
    expect(under('<a href="https://www.example.org/x">Reuters</a>')).toBe(null);
    expect(under('More soon, <a href="https://www.reuters.com/world/x">Reuters</a>')).toBe(null);
  });
});

describe('a masthead’s word alone as the lead-in’s subject', () => {
  it('masthead-words.json holds lower-case words, each once, and no generic word for the press', () => {
    expect(mastheads._doc.length).toBeGreaterThan(0);
    expect(new Set(mastheads.words).size).toBe(mastheads.words.length);
    for (const word of mastheads.words) expect(word).toMatch(/^\p{Ll}+$/u);
    for (const generic of ['paper', 'news', 'radio', 'blog', 'magazine', 'newspaper'])
      expect(mastheads.words).not.toContain(generic);
  });
  it('names the paper in the page’s words: "The Sentinel says:", "Gazette adds, on the cost:"', () => {
    expect(mastheadAlone('The Sentinel says:')?.outlet).toBe('The Sentinel');
    expect(mastheadAlone('Gazette adds, on the cost:')?.outlet).toBe('Gazette');
    expect(mastheadAlone('Everyone has an opinion. The Clarion also says:')?.outlet).toBe('The Clarion');
  });
  it('names no one for a generic word, a person, or a sentence that hands nothing over', () => {
    expect(mastheadAlone('The paper says:')).toBeNull();
    expect(mastheadAlone('Lindqvist says:')).toBeNull();
    expect(mastheadAlone('The Sentinel says the vote was close.')).toBeNull();
    // A longer name the post gave that holds the word: its short form, whatever it names.
    expect(mastheadAlone('The Courier adds:', () => ['Courier Lane Bakery'])).toBeNull();
    expect(mastheadAlone('The Courier adds:', () => ['Harbour Board'])?.outlet).toBe('The Courier');
  });
});

describe('a credit line naming the writer themself', () => {
  const kind = (text: string) => readCreditLine(text, null, defaultOutlets)?.kind ?? null;
  it('reads "— me" and "— myself", with a date or a year after, as the blog’s own words', () => {
    expect(kind('— me, March 2023')).toBe('self');
    expect(kind('— me')).toBe('self');
    expect(kind('– myself (2019)')).toBe('self');
  });
  it('reads no other line that opens on the word', () => {
    expect(kind('— Mette Larsen, March 2023')).not.toBe('self');
    expect(kind('— me and my sister, writing to the council about the hedges in March')).not.toBe('self');
    expect(kind('Me, March 2023')).not.toBe('self');
  });
});

describe('a credit that is only a site’s address, in parentheses', () => {
  it('names the table’s outlet at that address, or else the site', () => {
    expect(readCreditLine('(larepublica.pe)', null, defaultOutlets)?.outlet).toBe('La República');
    expect(readCreditLine('(www.publico.pt)', null, defaultOutlets)?.outlet).toBe('Público');
    expect(readCreditLine('(harbourmercury.example)', null, defaultOutlets)?.outlet).toBe(
      'harbourmercury.example',
    );
  });
  it('reads no address inside a sentence in parentheses', () => {
    expect(readCreditLine('(see larepublica.pe for more)', null, defaultOutlets)?.outlet ?? null).toBeNull();
  });
});

describe('a citation line naming a paper by two words joined by a hyphen', () => {
  it('cites the passage under it, though both words are words for a paper', () => {
    expect(
      readCitationLine('Kurier-Journal: Nachtgeburten bald nur noch in Verviers', null, defaultOutlets)
        ?.outlet,
    ).toBe('Kurier-Journal');
    expect(
      readCitationLine('Herald-Leader: Merchants split over meter plan', null, defaultOutlets)?.outlet,
    ).toBe('Herald-Leader');
  });
  it('still reads a section’s label of news words alone as no title', () => {
    expect(readCitationLine('Local News: Merchants split over meter plan', null, defaultOutlets)).toBeNull();
  });
});

describe('words for news in Italian and Spanish names', () => {
  it('make "L’informazione" and "La Información" read as newsrooms, not "Lettera"', () => {
    expect(looksLikeOutletName("L'informazione")).toBe(true);
    expect(looksLikeOutletName('La Información')).toBe(true);
    expect(looksLikeOutletName('Lettera aperta')).toBe(false);
  });
});
