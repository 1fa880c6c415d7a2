// A page of items, each a headline off the site over an excerpt: a news river, or a link log's bookmarks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { findRiver, riverSource } from '../../utils/analysis/river';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const WORDS =
  'Average container dwell times fell to 5.8 days in November from 7.1 days in October, the first monthly decline since April.';

function page(items: string): Document {
  const doc = document.implementation.createHTMLDocument('Tideline Links');
  doc.body.innerHTML = `<main><ul>${items}</ul></main>`;
  return doc;
}
const bookmark = (href: string, title: string, description: string) =>
  `<li><div class="t"><a href="${href}">${title}</a></div><div class="d">${description}</div><div class="m">3 days ago</div></li>`;

describe('a link log’s bookmarks', () => {
  it('reads quoted descriptions under headlines off the site as excerpts, named by the title or the site', () => {
    const doc = page(
      bookmark(
        'https://harbourledger.example/a',
        'Dwell times fall at the terminal | Harbour Ledger',
        `“${WORDS}”`,
      ) +
        bookmark(
          'https://www.reuters.com/b',
          'Rail slots reopen at the inland depot',
          `“${WORDS}” – for the group`,
        ),
    );
    const river = findRiver(doc, 'https://tidelinelinks.example/tags/ports/');
    expect(river?.items.length).toBe(2);
    const names = river!.items.map((item) => riverSource(item, defaultOutlets)?.outlet);
    expect(names).toEqual(['Harbour Ledger', 'Reuters']);
    expect(mayHoldQuotes(doc)).toBe(true);
  });
  it('reads no river where the descriptions are the bookmarker’s own words', () => {
    const doc = page(
      bookmark(
        'https://harbourledger.example/a',
        'Dwell times fall at the terminal | Harbour Ledger',
        WORDS,
      ) + bookmark('https://www.reuters.com/b', 'Rail slots reopen at the inland depot', WORDS),
    );
    expect(findRiver(doc, 'https://tidelinelinks.example/tags/ports/')).toBe(null);
  });
  it('needs two bookmarks, and links off the site', () => {
    const one = bookmark(
      'https://harbourledger.example/a',
      'Dwell times fall at the terminal today',
      `“${WORDS}”`,
    );
    expect(findRiver(page(one), 'https://tidelinelinks.example/')).toBe(null);
    const own = bookmark(
      'https://tidelinelinks.example/a',
      'Dwell times fall at the terminal today',
      `“${WORDS}”`,
    );
    expect(findRiver(page(own + own), 'https://tidelinelinks.example/')).toBe(null);
  });
});

describe('a feed reader’s shared items', () => {
  const item = (feed: string, href: string, when = '<time>3 December 2026</time>') =>
    `<li><div class="feed">${feed}</div><h3><a href="${href}">Dwell times fall at the inland terminal for the first time</a></h3>${when}<div class="summary">${WORDS}</div></li>`;

  it('reads a feed’s name over each headline as its source when the name spells the story’s site', () => {
    const doc = page(
      item('Reuters', 'https://www.reuters.com/a') +
        item('Hong Kong Free Press HKFP', 'https://hongkongfp.com/b') +
        item('The Japan Times', 'https://www.japantimes.co.jp/c', ''),
    );
    const river = findRiver(doc, 'https://reader.example/shared/tideline');
    expect(river?.items.map((i) => riverSource(i, defaultOutlets)?.outlet)).toEqual([
      'Reuters',
      'Hong Kong Free Press',
      'The Japan Times',
    ]);
    expect(mayHoldQuotes(doc)).toBe(true);
  });

  it('reads no river under section labels, dates or names of other sites', () => {
    for (const feed of ['Politics', '3 December', 'Bangkok Post'])
      expect(
        findRiver(
          page(item(feed, 'https://www.reuters.com/a') + item(feed, 'https://www.theguardian.com/b')),
          'https://reader.example/shared/tideline',
        ),
        feed,
      ).toBeNull();
  });
});

describe('a river item’s links after its excerpt', () => {
  it('names the item’s own outlet, not one a "More:" line links to under the excerpt', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = readFileSync(
      'tests/fixtures/patterns/river-more-coverage-link-after-excerpt.html',
      'utf8',
    ).replace(/^[\s\S]*?<html[^>]*>/, '');
    const quotes = analyzePage(doc, { url: 'https://tideline.example/', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => q.outlet)).toEqual(['Reuters', 'Associated Press', 'Financial Times']);
  });
});

describe('a bookmarking tool’s highlights', () => {
  const item = (href: string, title: string, box: string) =>
    `<li><a href="${href}"><h2>${title}</h2></a><div class="meta">harbourledger.example · 2 Dec</div>${box}<div class="note">My own note on this one.</div></li>`;

  it('reads a highlight under the site and date line, by its class or its left rule, as the excerpt', () => {
    const doc = page(
      item(
        'https://harbourledger.example/a',
        'Dwell times fall at the terminal | Harbour Ledger',
        `<div class="marks"><div class="highlight">${WORDS}</div></div>`,
      ) +
        item(
          'https://www.reuters.com/b',
          'Rail slots reopen at the inland depot',
          `<div style="border-left:3px solid #fc0;padding-left:8px">${WORDS}</div>`,
        ),
    );
    const river = findRiver(doc, 'https://marklist.example/u/quayside');
    expect(river?.items.map((i) => i.excerpt.textContent)).toEqual([WORDS, WORDS]);
    expect(river!.items.map((i) => riverSource(i, defaultOutlets)?.outlet)).toEqual([
      'Harbour Ledger',
      'Reuters',
    ]);
    expect(mayHoldQuotes(doc)).toBe(true);
  });

  it('reads no river where the box under the line is unmarked: the user’s own words', () => {
    const doc = page(
      item(
        'https://harbourledger.example/a',
        'Dwell times fall at the terminal | Harbour Ledger',
        `<div>${WORDS}</div>`,
      ) + item('https://www.reuters.com/b', 'Rail slots reopen at the inland depot', `<div>${WORDS}</div>`),
    );
    expect(findRiver(doc, 'https://marklist.example/u/quayside')).toBeNull();
  });
});
