// Boxes set apart from the prose (utils/analysis/set-apart.ts): a <pre> holding a record, a weak box that only a
// sentence handing it over makes a passage, and a figure's words beside their caption, quoted as an exhibit.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import {
  closingMarkAt,
  HANDS_OVER,
  HOLDS_STORY,
  INTRODUCES,
  isCaptionedFigureText,
  isLoneBox,
  isQuotingCaption,
  isShadedBox,
  isWeakBox,
  looksQuoteStyled,
  SAYS_WHAT,
} from '../../utils/analysis/set-apart';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function element(html: string, selector: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc.querySelector(selector)!;
}

function quotesOf(article: string) {
  const doc = document.implementation.createHTMLDocument('Orchard Lane Notes');
  doc.body.innerHTML = `<article><p>A note from the allotments this week, with the paperwork that came with it.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://orchardlane.example/post', outlets: defaultOutlets }).report.quotes;
}

const RECORD =
  '<pre>PLOT  14   TENANT  since 2019   INSPECTED  02.12.2026\nCONDITION  good   PATHS  clear   WATER BUTT  fitted (north corner)</pre>';

describe('a blog engine’s note tag (Hexo’s NexT and Butterfly themes)', () => {
  const NOTE = (cls: string) =>
    `<div class="${cls}"><p>All stallholders must display their licence and price list at the front of the stall.</p></div>`;
  it('is a box set apart weakly by its class and its style’s word', () => {
    for (const cls of ['note info flat', 'note warning', 'note danger modern'])
      expect(isWeakBox(element(NOTE(cls), 'div')), cls).toBe(true);
  });
  it('is so in the Fluid theme, its style’s word after "note-"', () => {
    for (const cls of ['note note-info', 'note note-warning', 'note note-secondary'])
      expect(isWeakBox(element(NOTE(cls), 'div')), cls).toBe(true);
  });
  it('is no note of another kind', () => {
    for (const cls of ['note', 'footnote info', 'note-count', 'notes warning', 'note-info'])
      expect(isWeakBox(element(NOTE(cls), 'div')), cls).toBe(false);
  });
  it('is a document passage when the sentence before hands over a notice, and none when nothing does', () => {
    const handed = quotesOf(`<p>The notice the market office pinned up reads:</p>${NOTE('note info flat')}`);
    expect(handed.map((q) => q.kind)).toEqual(['document']);
    expect(quotesOf(`<p>Bring cash, the card reader is slow.</p>${NOTE('note info flat')}`)).toEqual([]);
  });
});

describe('a box its class frames or calls a notice (a stylesheet the analysis does not read draws it)', () => {
  const BOX = (cls: string) =>
    `<div class="${cls}"><p>From Monday the 7:10 service will leave from stand C. Passengers are asked to allow extra time at the interchange.</p></div>`;
  it('is a box set apart weakly', () => {
    for (const cls of [
      'wp-block-group is-style-bordered',
      'notice',
      'boxed',
      'framed-box',
      'is-style-outlined',
    ])
      expect(isShadedBox(element(BOX(cls), 'div')), cls).toBe(true);
  });
  it('is none for a frame of the layout or a site’s banner', () => {
    for (const cls of [
      'no-border',
      'borderless',
      'cookie-notice',
      'notice-bar',
      'site-notice',
      'boxed-layout',
    ])
      expect(isWeakBox(element(BOX(cls), 'div')), cls).toBe(false);
  });
  it('is a document passage when the sentence before hands over a notice, and none when nothing does', () => {
    const handed = quotesOf(`<p>The notice at the interchange went up on Friday:</p>${BOX('notice')}`);
    expect(handed.map((q) => q.kind)).toEqual(['document']);
    expect(quotesOf(`<p>I will be there early anyway.</p>${BOX('is-style-bordered')}`)).toEqual([]);
  });
});

describe('a <pre> holding a record', () => {
  it('is a box set apart weakly, unlike code or prose', () => {
    expect(isWeakBox(element(RECORD, 'pre'))).toBe(true);
    expect(
      isWeakBox(element('<pre>const plot = { id: 14, tenant: "since 2019" };\nsave(plot);</pre>', 'pre')),
    ).toBe(false);
  });

  it('is a document passage when the sentence before hands it over as a text', () => {
    const [q] = quotesOf(`<p>The committee's inspection report, as it came:</p>${RECORD}`);
    expect(q?.text).toMatch(/^PLOT 14/);
    expect(q?.kind).toBe('document');
  });

  it('is no passage after a sentence handing over nothing', () => {
    expect(
      quotesOf(`<p>My plot, for the record of it:</p><p>Some lines of my own about it.</p>${RECORD}`),
    ).toEqual([]);
  });
});

describe('a figure’s words beside their caption', () => {
  const FIGURE =
    '<figure><p>TO ALL PLOT HOLDERS. No bonfires are to be lit on any plot between the first of April and the end of September, by order of the committee.</p><figcaption>Notice on the shed door, 1974. Society archive.</figcaption></figure>';

  it('are the figure’s exhibit, a passage its caption calls a document', () => {
    expect(isCaptionedFigureText(element(FIGURE, 'p'))).toBe(true);
    const [q] = quotesOf(`<p>The old rules were shorter.</p>${FIGURE}`);
    expect(q?.text).toMatch(/^TO ALL PLOT HOLDERS/);
    expect(q?.kind).toBe('document');
  });

  it('are not when the figure shows a picture, or has no caption', () => {
    expect(isCaptionedFigureText(element(FIGURE.replace('<p>', '<img src="a.jpg"><p>'), 'p'))).toBe(false);
    expect(isCaptionedFigureText(element(FIGURE.replace(/<figcaption>.*<\/figcaption>/, ''), 'p'))).toBe(
      false,
    );
  });
});

describe('a newsletter’s shaded cell with a credit row under it', () => {
  const comment =
    '<p>Eighteen per cent is a lot for a dinghy sailor, and the board has not said what the pontoon will cost, or when the work on it would start.</p>';
  const cell = (under: string) =>
    `${comment}<table><tbody><tr><td bgcolor="#eef3f6">Mooring fees in the inner harbour will rise by 18 per cent from April, the harbour board confirmed on Tuesday, to pay for a new pontoon.</td></tr>${under}</tbody></table>${comment}`;
  it('is a passage credited by the row', () => {
    const quotes = quotesOf(cell('<tr><td>Harbour Ledger · 3 Dec</td></tr>'));
    expect(quotes.map((q) => q.outlet)).toEqual(['Harbour Ledger']);
  });
  it('is layout when the rows under it run long', () => {
    const long = `<tr><td>${'More news from the harbour this week, with the tide tables and the results of the regatta. '.repeat(2)}</td></tr>`;
    expect(quotesOf(cell(long))).toEqual([]);
  });
});

describe('a shaded box after a sentence about an outlet’s own piece', () => {
  const box =
    '<div style="background:#eee;padding:12px">The council now estimates that repairing the pier will cost at least £14 million, twice the figure it gave residents in 2023.</div>';
  it('is that outlet’s passage', () => {
    const [q] = quotesOf(
      `<p>The Guardian buried the figure in paragraph nine of its story, so here it is:</p>${box}`,
    );
    expect(q?.outlet).toBe('The Guardian');
  });
  it('is no passage when the piece is nobody’s or the sentence is about something else of the outlet’s', () => {
    expect(
      quotesOf(`<p>Somebody buried the figure in paragraph nine, so here it is:</p>${box}`),
    ).toHaveLength(0);
    expect(
      quotesOf(`<p>The Guardian’s newsletter sign-up is at the bottom, and here is my note:</p>${box}`),
    ).toHaveLength(0);
  });
});

describe('a sentence ending in a full stop that hands over', () => {
  it('hands over where it says a newsroom put or had a number, a figure or a detail', () => {
    expect(HANDS_OVER.test("Gull Point put the number right at the top of Monday's piece.")).toBe(true);
    expect(HANDS_OVER.test('Gull Point puts the figure in its second paragraph.')).toBe(true);
    expect(HOLDS_STORY.test('Gull Point had the detail near the top of its Tuesday story.')).toBe(true);
  });
  it('does not hand over on "put" alone or on a sentence with more after the number', () => {
    expect(HANDS_OVER.test('I put the kettle on and read it twice.')).toBe(false);
    expect(HANDS_OVER.test('They put the number up. Then they took it down again and went home.')).toBe(
      false,
    );
  });
});

describe('a sentence pointing at what someone said, ending on a full stop', () => {
  it('hands over', () => {
    expect(SAYS_WHAT.test('Here is what the Globe and Mail reported.')).toBe(true);
    expect(SAYS_WHAT.test('This is what the Belfast Telegraph wrote.')).toBe(true);
    expect(SAYS_WHAT.test('Here’s what my neighbour said.')).toBe(true);
  });
  it('does not hand over without "what", or with more after the verb', () => {
    expect(SAYS_WHAT.test('The Globe and Mail reported.')).toBe(false);
    expect(SAYS_WHAT.test('Here is what the paper reported about the fares in the spring.')).toBe(false);
  });
});

describe('a claim to the story that hands over with its full stop', () => {
  it('introduces the passage after "had this first.", "got there first.", "broke the story."', () => {
    expect(INTRODUCES.test('Credit where due: the Marrow Vale Courier had this first.')).toBe(true);
    expect(INTRODUCES.test('Radio Pellow got there first.')).toBe(true);
    expect(INTRODUCES.test('The Kestle Press broke the story.')).toBe(true);
  });
  it('introduces a passage completing a Turkish "according to X" with no colon', () => {
    expect(INTRODUCES.test("Havadis'in haberine göre")).toBe(true);
    expect(INTRODUCES.test('Bu haber göreceli')).toBe(false);
  });
  it('does not on other sentences ending in a full stop', () => {
    expect(INTRODUCES.test('I had this first thing in the morning.')).toBe(false);
    expect(INTRODUCES.test('The ferry got there first and then broke down.')).toBe(false);
  });
});

describe('a full stop after talking to someone', () => {
  it('hands over', () => {
    expect(
      HANDS_OVER.test('Gull Point was down at the quay on Tuesday and talked to one of the skippers.'),
    ).toBe(true);
    expect(HANDS_OVER.test('The Mercury spoke with the harbourmaster.')).toBe(true);
  });
  it('not when the talk is followed by more', () => {
    expect(HANDS_OVER.test('I talked to the skipper. Then we went home and had tea.')).toBe(false);
  });
});

describe('a hand-over’s end before white space', () => {
  it('hands over after a colon, an opening mark or "below" and any white space', () => {
    expect(INTRODUCES.test('The harbour board wrote:   “  ')).toBe(true);
    expect(INTRODUCES.test(`The harbour board wrote:${' '.repeat(500)}`)).toBe(true);
    expect(INTRODUCES.test('See the letter below.  ')).toBe(true);
    expect(INTRODUCES.test('The harbour board reports,  ')).toBe(true);
  });
  it('does not when words follow the white space', () => {
    expect(INTRODUCES.test(`The harbour board wrote:${' '.repeat(500)}x`)).toBe(false);
    expect(INTRODUCES.test('See the letter below. It is long')).toBe(false);
  });
});

describe('a shaded row of a newsletter laid out in one-cell rows', () => {
  const rows = (middle: string) =>
    `<table><tbody><tr><td>Masthead</td></tr><tr><td><p>Text of the week:</p></td></tr>${middle}<tr><td><p>More text.</p></td></tr><tr><td style="background:#333">Footer</td></tr></tbody></table>`;
  const shaded =
    '<tr><td style="padding:12px;background:#f3f0e8">Sales rose by a tenth in the year.</td></tr>';

  it('is a weak box; a plain row, a row of two cells and the shaded footer are not', () => {
    expect(isWeakBox(element(rows(shaded), 'tr:nth-child(3) td'))).toBe(true);
    expect(isWeakBox(element(rows('<tr><td>Plain words.</td></tr>'), 'tr:nth-child(3) td'))).toBe(false);
    expect(
      isWeakBox(element(rows('<tr><td style="background:#eee">A</td><td>B</td></tr>'), 'tr:nth-child(3) td')),
    ).toBe(false);
    expect(isWeakBox(element(rows(shaded), 'tr:last-child td'))).toBe(false);
  });

  it('is a passage under a lead-in whose subject is an outlet, not under one that names none', () => {
    const page = (lead: string) =>
      `<table><tbody><tr><td>Cold Counter Notes</td></tr><tr><td><p>A few things from my reading this week, all of them about cheese.</p><p>${lead}</p></td></tr>${shaded.replace('Sales rose by a tenth in the year.', 'Sales of regional hard cheeses through independent shops rose by almost a tenth in the year to October.')}<tr><td><p>That is all this week.</p></td></tr><tr><td style="background:#333">Unsubscribe</td></tr></tbody></table>`;
    expect(quotesOf(page('The Grocer has the figures:')).map((q) => q.outlet)).toEqual(['The Grocer']);
    expect(quotesOf(page('One housekeeping note before the rest:'))).toEqual([]);
    expect(quotesOf(page('The Grocer’s sign-up link is below, and here is my note:'))).toEqual([]);
  });
});

describe('a newsletter’s label two rows above an indented clipping, a headline between', () => {
  const rows = (label: string, headline: string) =>
    `<table><tbody><tr><td>Kiln Notes</td></tr><tr><td><p>Firing costs again this week, I am afraid.</p><p>${label}</p><p><strong>${headline}</strong></p></td></tr><tr><td style="padding:0 30px 12px 56px">Potters and glassmakers who fire electric kilns have seen their power bills rise by as much as half since last winter.</td></tr><tr><td><p>See you at the co-op.</p></td></tr></tbody></table>`;

  it('cites the clipping when the label names an outlet and the line between reads as a headline', () => {
    const quotes = quotesOf(
      rows('THE ECONOMIST · MONDAY', 'Small makers feel the heat as power bills climb'),
    );
    expect(quotes.map((q) => q.outlet)).toEqual(['The Economist']);
  });

  it('cites nothing when the line between ends as a sentence does', () => {
    expect(quotesOf(rows('THE ECONOMIST · MONDAY', 'I read this one twice, and so should you.'))).toEqual([]);
  });
});

describe('a picture’s caption standing in for a passage (looksQuoteStyled)', () => {
  const caption =
    'A poll of traders along the quay found that two in three blamed energy bills, not rent, for closing this year. — The Grocer';
  const figure = (before: string, words = caption) =>
    element(
      `<p>${before}</p><figure><img src="/a.jpg" alt=""><figcaption>${words}</figcaption></figure>`,
      'figcaption',
    );
  it('is a passage when a sentence hands over to it and it closes on a credit', () => {
    expect(looksQuoteStyled(figure('On what the traders think:'))).toBe(true);
  });
  it('stays a caption when nothing hands over, the sentence points at the picture, or no credit closes it', () => {
    expect(looksQuoteStyled(figure('The quay was quiet on Saturday.'))).toBe(false);
    expect(looksQuoteStyled(figure('Here is what the quay looked like on Saturday:'))).toBe(false);
    expect(
      looksQuoteStyled(
        figure('On what the traders think:', caption.replace(' — The Grocer', ', according to the chamber.')),
      ),
    ).toBe(false);
    expect(looksQuoteStyled(figure('On what the traders think:', 'Quiet on the quay. — The Grocer'))).toBe(
      false,
    );
  });
});

describe('isQuotingCaption', () => {
  const CAPTION =
    'Da gennaio il traghetto partirà il martedì e il venerdì alle otto, con rientro nel pomeriggio.';
  const figure = (caption: string, media = '<img src="molo.jpg" alt="">', before = 'E sul nuovo orario:') =>
    element(`<p>${before}</p><figure>${media}<figcaption>${caption}</figcaption></figure>`, 'figcaption');
  it("reads a picture's caption of sentences closed by a dash credit, a sentence handing over to it", () => {
    expect(isQuotingCaption(figure(`${CAPTION} — Il Tirreno, 3 dicembre`))).toBe(true);
    expect(isQuotingCaption(figure(`${CAPTION} – Harbour Mercury`))).toBe(true);
  });
  it('reads no caption that nothing hands over to, or whose hand-over points at the picture', () => {
    const photo = `${CAPTION} — Reuters`;
    expect(isQuotingCaption(figure(photo, undefined, 'Il sabato era il giorno delle famiglie.'))).toBe(false);
    expect(isQuotingCaption(figure(photo, undefined, "Here's what the quay looked like on Saturday:"))).toBe(
      false,
    );
  });
  it('reads no short caption, none without a credit, and none beside no picture', () => {
    expect(isQuotingCaption(figure('Il molo al mattino. — Il Tirreno'))).toBe(false);
    expect(isQuotingCaption(figure(CAPTION))).toBe(false);
    expect(isQuotingCaption(figure(`${CAPTION} — Il Tirreno, 3 dicembre`, '<p>Testo</p>'))).toBe(false);
  });
  it('makes a passage of a caption credited to an outlet, not of one credited to a photographer', () => {
    const doc = document.implementation.createHTMLDocument('Dal Molo');
    doc.body.innerHTML = `<article><p>Il collegamento con l'isola cambia da quest'inverno, e lo abbiamo saputo dai giornali.</p><p>E sul nuovo orario:</p><figure><img src="a.jpg" alt=""><figcaption>${CAPTION} — Il Tirreno, 3 dicembre</figcaption></figure><p>Il sabato era il giorno delle famiglie. Nessuno ne parla, e lo scrivo qui perché resti.</p><figure><img src="b.jpg" alt=""><figcaption>L'isola vista dalla terrazza all'alba di una mattina di novembre, con il mare calmo. — foto di Carla Benvenuti</figcaption></figure></article>`;
    const quotes = analyzePage(doc, { url: 'https://dalmolo.example/post', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => q.outlet)).toEqual(['Il Tirreno']);
  });
});

describe('closingMarkAt', () => {
  it('closes „ on “ in German and on ” elsewhere, whichever comes first, and other marks on their partners', () => {
    expect(closingMarkAt('„Ja“, sagte er.', '„', 1)).toBe(3);
    expect(closingMarkAt('„Igen.” Aztán „nem“.', '„', 1)).toBe(6);
    expect(closingMarkAt('«Да», сказал он.', '«', 1)).toBe(3);
    expect(closingMarkAt('“Yes', '“', 1)).toBe(-1);
  });
  it('closes ‘ on the first ’ that is no apostrophe inside a word', () => {
    expect(closingMarkAt('‘It’ll be glad of the rest.’', '‘', 1)).toBe(27);
    expect(closingMarkAt('‘The eight o’clock boat’, she said.', '‘', 1)).toBe(23);
    expect(closingMarkAt('‘Won’t', '‘', 1)).toBe(-1);
  });
});

describe('a box the block editor frames by its border settings', () => {
  it('is a framed box, a passage when its text shows a document', () => {
    const quotes = quotesOf(
      '<p>Pinned up at the gate:</p><div class="wp-block-group has-border-color" style="border-color:#9b2c2c;border-width:2px;padding:12px"><p>Public notice: the allotment gate will be locked from dusk between 1 December and 28 February, and keys may be collected from the site office.</p></div><p>So much for evening digging.</p>',
    );
    expect(quotes.map((q) => [q.text.slice(0, 14), q.kind])).toEqual([['Public notice:', 'document']]);
  });
  it('is no framed box with a border of no width', () => {
    const box = element(
      '<div style="border-color:#999;border-width:0;padding:12px"><p>Text.</p></div>',
      'div',
    );
    expect(isShadedBox(box)).toBe(false);
    const framed = element('<div style="border-width:2px;border-style:solid"><p>Text.</p></div>', 'div');
    expect(isShadedBox(framed)).toBe(true);
  });
});

describe('a framed row of an e-mail newsletter', () => {
  const mail = (rows: string) => {
    const doc = document.implementation.createHTMLDocument('The Bran Tub #58');
    doc.body.innerHTML = `<table><tr><td style="background:#5a3e1b">The Bran Tub</td></tr><tr><td>Morning, bakers. Two things this week, both about what flour will cost you after Christmas, and one offer.</td></tr>${rows}<tr><td>That's all for this week. — Tomasz</td></tr><tr><td style="background:#eee">Unsubscribe</td></tr></table>`;
    return analyzePage(doc, { url: 'https://thebrantub.example/archive/58', outlets: defaultOutlets }).report
      .quotes;
  };
  const FRAMED =
    '<td style="padding:12px;border:1px solid #c9b99a">Several regional mills have written to trade customers warning of increases of between four and seven per cent on bread flour from January.</td>';

  it('is a passage under a headline in quotation marks credited to an outlet', () => {
    const quotes = mail(
      `<tr><td><b>“Mills warn of a winter price rise” — The Grocer</b></td></tr><tr>${FRAMED}</tr>`,
    );
    expect(quotes.map((q) => q.outlet)).toEqual(['The Grocer']);
  });
  it('is no passage under a label in no quotation marks', () => {
    expect(mail(`<tr><td><b>Mills and prices — The Grocer</b></td></tr><tr>${FRAMED}</tr>`)).toEqual([]);
  });
});

describe('a sentence ending on the comma of the Arabic script or the full-width comma of Chinese', () => {
  it('hands over to the block that completes it', () => {
    expect(INTRODUCES.test('وبحسب «الرأي»،')).toBe(true);
    expect(INTRODUCES.test('據海港晨訊報道，')).toBe(true);
    expect(INTRODUCES.test('據海港晨訊報道。')).toBe(false);
    expect(INTRODUCES.test('وصلت الحافلة متأخرة.')).toBe(false);
  });
});

describe('a box of the page’s making that only its class or style marks', () => {
  it('is one to three paragraphs in a classed div right after a paragraph', () => {
    expect(isLoneBox(element('<p>The notice:</p><div class="card"><p>Closed.</p></div>', 'div'))).toBe(true);
    expect(isLoneBox(element('<p>The notice:</p><div><p>Closed.</p></div>', 'div'))).toBe(false);
    expect(isLoneBox(element('<h2>Notice</h2><div class="card"><p>Closed.</p></div>', 'div'))).toBe(false);
    expect(
      isLoneBox(element('<p>The notice:</p><div class="card"><p>A</p><ul><li>B</li></ul></div>', 'div')),
    ).toBe(false);
    expect(
      isLoneBox(element('<p>x:</p><div class="card"><p>1</p><p>2</p><p>3</p><p>4</p></div>', 'div')),
    ).toBe(false);
  });
  it('is a passage when the sentence before hands it over as a document or it opens as a notice', () => {
    const kinds = (html: string) => quotesOf(html).map((q) => [q.text.slice(0, 12), q.kind]);
    expect(
      kinds(
        '<p>The notice on the shed door went up on Friday:</p><div class="box"><p>Water off. The standpipes will be drained on Monday for the winter, and the taps locked until March.</p></div><p>So fill your butts now.</p>',
      ),
    ).toEqual([['Water off. T', 'document']]);
    expect(
      kinds(
        '<p>And this morning, on the gate:</p><div class="box"><p>AVIS AUX JARDINIERS. Les robinets seront fermés lundi pour l’hiver, jusqu’en mars.</p></div><p>Tant pis.</p>',
      ),
    ).toEqual([['AVIS AUX JAR', 'document']]);
  });
  it('is the writer’s own words when nothing hands it over as a document', () => {
    expect(
      quotesOf(
        '<p>Here is my plan for Saturday, for anyone coming:</p><div class="box"><p>We meet at the shed at ten, clear the paths and burn what the frost has finished off.</p></div><p>Bring gloves.</p>',
      ),
    ).toEqual([]);
  });
});

describe('a Korean or Japanese sentence saying a reply came', () => {
  it('hands over with its full stop', () => {
    expect(INTRODUCES.test('서울 사는 친구한테 이 얘기를 했더니 바로 답장이 왔다.')).toBe(true);
    expect(INTRODUCES.test('동생에게 사진을 보냈더니 문자가 왔어요.')).toBe(true);
    expect(INTRODUCES.test('妹に写真を送ったら、すぐに返事が来た。')).toBe(true);
    expect(INTRODUCES.test('友だちからメッセージが届きました。')).toBe(true);
  });
  it('does not for a sentence that only tells what happened', () => {
    expect(INTRODUCES.test('아침에 버스가 왔다.')).toBe(false);
    expect(INTRODUCES.test('朝、バスが来た。')).toBe(false);
  });
});

describe('a lone box holding one run of text, no paragraph of its own', () => {
  const RUN =
    '<div class="notam">B0417/26 NOTAMN\nE) TWY C CLSD BTN A AND D. AD LGT U/S.\nF) SFC G) 500FT AMSL</div>';
  it('is a lone box after a paragraph, and not when its text is only a label', () => {
    expect(isLoneBox(element(`<p>Posted this morning:</p>${RUN}`, 'div'))).toBe(true);
    expect(isLoneBox(element('<p>Posted this morning:</p><div class="tag">Ops</div>', 'div'))).toBe(false);
  });
  it('is a document passage when the sentence before hands over a document, and none when nothing does', () => {
    expect(
      quotesOf(`<p>A reader sent in this week's NOTAM for the strip:</p>${RUN}`).map((q) => q.kind),
    ).toEqual(['document']);
    expect(quotesOf(`<p>We fly on Saturday if the weather holds.</p>${RUN}`)).toEqual([]);
  });
});

describe('a lone box a lead-in in another language hands over as a notice', () => {
  const BOX = (words: string) => `<div class="box"><p>${words}</p></div>`;
  it('is a document passage', () => {
    for (const [lead, words] of [
      [
        'Ở cổng chợ có dán tờ thông báo:',
        'Từ ngày 2/1, chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều, thứ Hai nghỉ.',
      ],
      ['बस अड्डे पर यह सूचना लगी है:', 'दिनांक 2.1.2027 से सभी बसें नए अड्डे से चलेंगी। असुविधा के लिए खेद है।'],
      [
        'На дверях під’їзду висить оголошення:',
        'З 2 січня ліфт не працюватиме через ремонт. Просимо вибачення.',
      ],
      [
        'Di pintu masuk pasar ditampal notis:',
        'Mulai 2 Januari, pasar dibuka dari jam 6 pagi hingga 6 petang.',
      ],
    ])
      expect(
        quotesOf(`<p>${lead}</p>${BOX(words)}`).map((q) => q.kind),
        lead,
      ).toEqual(['document']);
  });
});

describe('a paragraph the block editor shades (<p class="has-background">)', () => {
  const SHADED = (words: string) => `<p class="has-background">${words}</p>`;
  it('is a box set apart weakly, and a plain or centred paragraph is not', () => {
    expect(isWeakBox(element(SHADED('Closed for works until March.'), 'p'))).toBe(true);
    expect(isWeakBox(element('<p class="has-text-align-center">Closed until March.</p>', 'p'))).toBe(false);
  });
  it('is a document passage when the sentence before hands over a notice, and none when nothing does', () => {
    const notice = SHADED(
      'Riverside Borough Council advises that the library will be closed from 3 March for rewiring. Loans will be extended for the length of the closure.',
    );
    expect(
      quotesOf(`<p>The council's notice is up on the library door:</p>${notice}`).map((q) => q.kind),
    ).toEqual(['document']);
    expect(
      quotesOf(
        `<p>We went back on Saturday.</p>${SHADED('Update: we got the last two tickets for the Sunday tour, so we are going after all.')}`,
      ),
    ).toEqual([]);
  });
});
