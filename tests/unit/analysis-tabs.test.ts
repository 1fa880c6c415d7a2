// Content tabs (utils/analysis/tabs.ts): a panel's label is its tab's, by ARIA, by a link or target to its id,
// or by its place in a MkDocs tabbed set; panels under outlets' names are passages credited by them.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { tabLabelOf, tabPanels } from '../../utils/analysis/tabs';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function docOf(html: string): Document {
  const doc = document.implementation.createHTMLDocument('Tabs');
  doc.body.innerHTML = html;
  return doc;
}
const labels = (html: string) =>
  tabPanels(docOf(html).body).map((p) => tabLabelOf(p)?.textContent?.trim() ?? null);

const WORDS =
  'The owner blamed falling demand for diesel and the cost of new emissions rules, saying the site had lost money in four of the past five years.';

describe('tab panels and their labels', () => {
  it('finds the label by aria-labelledby, aria-controls, a link or a Bootstrap target', () => {
    expect(
      labels(
        '<button id="t1">Reuters</button><div role="tabpanel" aria-labelledby="t1">a</div>' +
          '<button aria-controls="p2">BBC</button><div role="tabpanel" id="p2">b</div>' +
          '<a href="#p3">AP</a><div class="tab-pane" id="p3">c</div>' +
          '<button data-bs-target="#p4">NHK</button><div class="tab-pane" id="p4">d</div>',
      ),
    ).toEqual(['Reuters', 'BBC', 'AP', 'NHK']);
  });

  it('finds a MkDocs tabbed block’s label by its place, and none for a panel without one', () => {
    expect(
      labels(
        '<div class="tabbed-set"><div class="tabbed-labels"><label>Endpoints News</label><label>Fierce Biotech</label></div>' +
          '<div class="tabbed-content"><div class="tabbed-block">a</div><div class="tabbed-block">b</div><div class="tabbed-block">c</div></div></div>' +
          '<div role="tabpanel">d</div>',
      ),
    ).toEqual(['Endpoints News', 'Fierce Biotech', null, null]);
  });

  it('reads panels under outlets’ names as their passages, hidden ones too, and others as commentary', () => {
    const doc = docOf(
      `<article><p>Two takes, side by side:</p><button id="a">Financial Times</button><button id="b">Summary</button>` +
        `<div role="tabpanel" aria-labelledby="a"><p>${WORDS}</p></div><div role="tabpanel" aria-labelledby="b" hidden><p>My own tally of the jobs lost at the site and among its contractors, as best I can count them.</p></div></article>`,
    );
    const quotes = analyzePage(doc, { url: 'https://crude.example/p', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => q.outlet)).toEqual(['Financial Times']);
    const hidden = docOf(
      `<article><p>Two takes:</p><button id="a">Bloomberg</button><div role="tabpanel" aria-labelledby="a" hidden><p>${WORDS}</p></div></article>`,
    );
    expect(
      analyzePage(hidden, { url: 'https://crude.example/p', outlets: defaultOutlets }).report.quotes[0]
        ?.outlet,
    ).toBe('Bloomberg');
  });
});
