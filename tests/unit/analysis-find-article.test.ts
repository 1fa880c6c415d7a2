// The article finder (utils/analysis/find-article.ts): the element holding the post's words.
import { describe, expect, it } from 'vitest';
import { furnitureReason } from '../../utils/analysis/dom';
import { findArticle } from '../../utils/analysis/find-article';

const SECTION = (n: number, heading: string) =>
  `<div class="outline-2"><h2>${heading}</h2><div class="outline-text-2"><p>Section ${n} says what it has to say at some length, so that its paragraph alone would look like a body of text to a reader.</p><blockquote><p>A passage quoted in section ${n}, long enough to be read as the words of someone else entirely.</p></blockquote></div></div>`;

function articleOf(body: string): Element | null {
  const doc = document.implementation.createHTMLDocument('Notes');
  doc.body.innerHTML = body;
  return findArticle(doc);
}

describe('a document exported in sections', () => {
  it('is the whole document, its title and every section, not its longest section', () => {
    const found = articleOf(
      `<div id="content"><h1>Notes, week 12</h1>${SECTION(1, '1. Signalling')}${SECTION(2, '2. Fares')}</div>`,
    );
    expect(found?.id).toBe('content');
  });
  it('is not joined when the sections’ headings link to pages of their own (posts) or no title stands over them', () => {
    const linked = articleOf(
      `<div id="content"><h1>Notes</h1>${SECTION(1, '<a href="/posts/one">One</a>')}${SECTION(2, '<a href="/posts/two">Two</a>')}</div>`,
    );
    expect(linked?.id).not.toBe('content');
    const untitled = articleOf(`<div id="content">${SECTION(1, 'One')}${SECTION(2, 'Two')}</div>`);
    expect(untitled?.id).not.toBe('content');
  });
});

describe('a page laid out in sections under a title', () => {
  const SECTIONS = `${SECTION(1, 'We asked')}${SECTION(2, 'You said')}<div class="outline-2"><h2>We did</h2><div class="outline-text-2"><p>${'The longest section of the page, several times over, with what was done after the consultation closed and why. '.repeat(6)}</p></div></div>`;
  it('is every section when the title stands in a wrapper above the sections’ column', () => {
    const found = articleOf(
      `<main id="main"><h1>Garden waste</h1><p>Closed 10 November</p><div class="row"><div id="col" class="col-main">${SECTIONS}</div><aside class="col-side"><h2>Contact</h2><p>Waste services</p></aside></div></main>`,
    );
    expect(found?.id).toBe('col');
  });
  it('is not joined when the title stands further up than the layout’s two wrappers', () => {
    const found = articleOf(
      `<div id="page"><h1>Garden waste</h1><div class="a"><div class="b"><div class="c"><div id="col" class="col-main">${SECTIONS}</div></div></div></div></div>`,
    );
    expect(found?.id).not.toBe('col');
  });
});

// E-mail campaigns laid out as tables.
const LONG =
  '<p>The harbour board met on Monday and agreed, after a long argument about the budget and the winter timetable, to order two new cranes for the east berth, which has worked on one since August.</p>';
const block = (inner: string) =>
  `<table class="textBlock" width="100%"><tr><td class="inner">${inner}</td></tr></table>`;

function bodyOf(cell: string): Element | null {
  const doc = document.implementation.createHTMLDocument('Dockside Weekly');
  doc.body.innerHTML = `<table width="600"><tr><td id="head"><img alt="logo" src="x.png"></td></tr><tr><td id="stack">${cell}</td></tr><tr><td id="foot">${block('<p>You are receiving this because you subscribed.</p>')}</td></tr></table>`;
  return findArticle(doc);
}

describe('an e-mail campaign of stacked block tables', () => {
  it('reads the cell holding three or more block tables with text as the body', () => {
    const body = bodyOf(
      block(`<h1>The crane order</h1>${LONG}${LONG}${LONG}`) +
        block(
          '<p>Reuters reported on Tuesday:</p><blockquote><p>The order is worth 38 million euros.</p></blockquote>',
        ) +
        block('<p>That is all for this week. Reply if you work on the berths.</p>'),
    );
    expect(body?.id).toBe('stack');
  });

  it('keeps the best block when the cell holds fewer than three with text', () => {
    const body = bodyOf(
      block(`<h1>The crane order</h1>${LONG}${LONG}${LONG}`) + block('<p>Short note here.</p>'),
    );
    expect(body?.id).not.toBe('stack');
    expect(body?.textContent).toContain('The crane order');
  });
});

describe('a theme naming where its sidebar or menu sits on the wrappers of the main region', () => {
  const POST =
    '<article class="post"><h1>Ferries</h1><p>The island ferry will stop on Sundays from next month, and the council has not said what replaces it for the people who work weekends.</p><p>The operator blames the cost of fuel, which has risen by a third since the contract was signed two winters ago.</p></article>';
  const WIDGET =
    '<div class="sidebar-right widget-area"><p>Recent posts from the harbour, the markets and the council, with their dates and short summaries of each.</p></div>';

  it('reads the post inside a content area classed "sidebar-right" under a body classed "nav-fixed"', () => {
    const doc = document.implementation.createHTMLDocument('Notes');
    doc.body.className = 'single nav-fixed';
    doc.body.innerHTML = `<div id="primary" class="content-area sidebar-right"><main id="main">${POST}</main></div>${WIDGET}`;
    expect(findArticle(doc)?.tagName).toBe('ARTICLE');
  });

  it('takes such a class for furniture on an element that holds no main region', () => {
    const doc = document.implementation.createHTMLDocument('Notes');
    doc.body.innerHTML = `<div class="content-area sidebar-right"><main>${POST}</main></div>${WIDGET}`;
    const [area, widget] = [doc.querySelector('.content-area')!, doc.querySelector('.widget-area')!];
    expect(furnitureReason(area, true)).toBeNull();
    expect(furnitureReason(widget, true)).toBe('word');
    expect(furnitureReason(doc.querySelector('main')!.parentElement!, false)).toBe('word');
  });
});

describe('a forum’s quote box in an <aside>', () => {
  const aside = (cls: string, inner: string) => {
    const doc = document.implementation.createHTMLDocument('Forum');
    doc.body.innerHTML = `<div class="post"><aside class="${cls}">${inner}</aside></div>`;
    return doc.querySelector('aside')!;
  };
  const QUOTED = '<blockquote><p>The ferry will stop on Sundays.</p></blockquote>';

  it('is part of the post when its class says quote and it holds a blockquote (Discourse’s aside.quote)', () => {
    expect(furnitureReason(aside('quote no-group', QUOTED))).toBeNull();
    expect(furnitureReason(aside('quote', `<div class="title">Reuters:</div>${QUOTED}`))).toBeNull();
  });

  it('stays furniture as a pulled quote, a widget, or without a blockquote', () => {
    expect(furnitureReason(aside('pull-quote', QUOTED))).toBe('tag');
    expect(furnitureReason(aside('quote', '<p>The ferry will stop on Sundays.</p>'))).toBe('tag');
    expect(furnitureReason(aside('onebox', QUOTED))).toBe('tag');
    expect(furnitureReason(aside('widget quote-widget', QUOTED))).toBe('word');
  });
});

describe('a block editor’s page', () => {
  const block = (kind: string, text: string) =>
    `<div class="notion-selectable notion-${kind}-block"><div class="notranslate">${text}</div></div>`;
  const LONG =
    'A paragraph of the page written as a div in its block, long enough to be a paragraph of text.';

  it('is the blocks’ parent, not the longest block, when its paragraphs are <div>s in blocks of one class', () => {
    const found = articleOf(
      `<div class="notion-page-content" id="page">${block('text', LONG)}${block('text', 'Short lead-in:')}${block('quote', `${LONG} And a little more.`)}</div>`,
    );
    expect(found?.id).toBe('page');
  });

  it('is not joined to sibling boxes of links (a menu) or of short labels', () => {
    const found = articleOf(
      `<div id="page">${block('text', `${LONG} And a little more.`)}${block('text', `<a href="/a">${LONG}</a>`)}${block('text', 'Label')}</div>`,
    );
    expect(found?.id).not.toBe('page');
  });
});

describe('an e-mail whose rows each hold one styled box of text', () => {
  const row = (text: string, style = 'font-size:15px') =>
    `<tr><td style="padding:4px 24px"><div style="${style}">${text}</div></td></tr>`;
  const long =
    'Fuel prices in the port rose for a third week on Thursday as outages at two refineries tightened supply, and suppliers quoted delivery dates well into next month for most grades.';
  it('is the table of rows, not the longest box, when the box is its cell’s only element', () => {
    const found = articleOf(
      `<table id="rows"><tbody>${row('Hello from a foggy quay, with two stories this week.')}${row(long, 'background:#eee;padding:12px')}${row('Not everyone expects it to last, and a trader said so on Friday.')}${row('Nothing new on the locks; the fog has slowed us more than any timetable.')}</tbody></table>`,
    );
    expect(found?.id).toBe('rows');
  });
  it('stays the box when it holds paragraphs of its own (a body in a cell, a header and a footer around it)', () => {
    const found = articleOf(
      `<table><tbody>${row('Hello from a foggy quay, with two stories this week.')}<tr><td><div id="box"><p>${long}</p><p>${long}</p></div></td></tr>${row('Nothing new on the locks; the fog has slowed us more than any timetable.')}</tbody></table>`,
    );
    expect(found?.id).toBe('box');
  });
  it('stays the box when its cell holds other elements beside it', () => {
    const found = articleOf(
      `<table id="rows"><tbody><tr><td><div id="box">${long} ${long}</div><div>A short note beside it.</div></td></tr>${row('Hello from a foggy quay, with two stories this week.')}${row('Nothing new on the locks; the fog has slowed us more than any timetable.')}</tbody></table>`,
    );
    expect(found?.id).toBe('box');
  });
});

describe('an AMP web story', () => {
  const screen = (id: string, words: string) =>
    `<amp-story-page id="${id}"><amp-story-grid-layer template="vertical"><h2>Screen ${id}</h2><p>${words}</p></amp-story-grid-layer></amp-story-page>`;
  it('is the story holding its screens, not the screen with the most words', () => {
    const found = articleOf(
      `<amp-story id="story" standalone>${screen('one', 'The ferry board wants to raise walk-on fares by a fifth from June, and islanders have filled two meetings to say no.')}${screen('two', 'A petition signed by more than four thousand residents asks the board to phase the increase in over three years, and to exempt students and commuters.')}</amp-story>`,
    );
    expect(found?.id).toBe('story');
  });
});
