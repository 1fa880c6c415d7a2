// Threads of the twenty-eighth held-out set's traps (thread.ts, `echoedThreadRoot`): two sibling posts, a later one
// quoting an earlier one word for word, are a thread read whole though no profile link names their posters; and a
// request's wording repeated by the letter answering it is a document (attribute.ts, `REQUEST_WORDING`).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { echoedThreadRoot } from '../../utils/analysis/thread';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const URL_ = 'https://pondkeepers.example/viewtopic.php?t=4410';
const REVIEW =
  '<p>The pump has run all summer without a hiccup, and the filter has stayed clear.</p><p>Honestly the bucket in the garage is no hardship at all over winter.</p><p>Four stars from me.</p>';
const post = (cls: string, who: string, html: string) =>
  `<div class="${cls}"><div class="author">${who}</div><div class="text">${html}</div></div>`;
const QUOTING = `<div class="quote-box"><div class="quote-title">moorhen wrote:</div><div class="quote-text">Honestly the bucket in the garage is no hardship at all over winter.</div></div><p>Agreed, mine has lasted five years.</p>`;

describe('echoedThreadRoot', () => {
  it('reads two sibling posts as a thread when the later quotes the earlier word for word', () => {
    const doc = page(
      `<div id="topic">${post('post-box', 'moorhen', REVIEW)}${post('post-box', 'dragonfly', QUOTING)}</div>`,
    );
    expect(echoedThreadRoot(doc.querySelector('.post-box .text')!, URL_)?.id).toBe('topic');
    // The body found may hold the posts itself.
    expect(echoedThreadRoot(doc.getElementById('topic')!, URL_)?.id).toBe('topic');
    const quotes = analyzePage(doc, { url: URL_, outlets: defaultOutlets }).report.quotes;
    expect(quotes.map((q) => [q.kind, q.text.includes('Honestly the bucket')])).toEqual([['person', true]]);
  });

  it('not when the later post quotes other words, nor posts of different classes', () => {
    const other = QUOTING.replace(
      'Honestly the bucket in the garage',
      'A pump is only as good as its filter and',
    );
    const doc = page(
      `<div id="topic">${post('post-box', 'moorhen', REVIEW)}${post('post-box', 'dragonfly', other)}</div>`,
    );
    expect(echoedThreadRoot(doc.querySelector('.post-box .text')!, URL_)).toBeNull();
    const mixed = page(
      `<div id="topic">${post('post-box', 'moorhen', REVIEW)}${post('sidebar-box', 'dragonfly', QUOTING)}</div>`,
    );
    expect(echoedThreadRoot(mixed.querySelector('.post-box .text')!, URL_)).toBeNull();
  });

  it('leaves posts of three linked posters to threadRoot', () => {
    const linked = (who: string, html: string) =>
      `<div class="post-box"><a class="author" href="/members/${who}">${who}</a><div class="text">${html}</div></div>`;
    const doc = page(
      `<div id="topic">${linked('moorhen', REVIEW)}${linked('dragonfly', QUOTING)}${linked('newt', '<p>Same here.</p>')}</div>`,
    );
    expect(echoedThreadRoot(doc.querySelector('.post-box .text')!, URL_)).toBeNull();
    const two = page(`<div id="topic">${linked('moorhen', REVIEW)}${linked('dragonfly', QUOTING)}</div>`);
    expect(echoedThreadRoot(two.querySelector('.post-box .text')!, URL_)?.id).toBe('topic');
  });

  it('not when the quote is a few words a post may share by chance', () => {
    const short = QUOTING.replace(
      'Honestly the bucket in the garage is no hardship at all over winter.',
      'Four stars from me.',
    );
    const doc = page(
      `<div id="topic">${post('post-box', 'moorhen', REVIEW)}${post('post-box', 'dragonfly', short)}</div>`,
    );
    expect(echoedThreadRoot(doc.querySelector('.post-box .text')!, URL_)).toBeNull();
  });
});

describe('a request’s wording quoted by its answer (REQUEST_WORDING)', () => {
  const letter = (head: string, html: string) =>
    `<div class="letter"><div class="letter-head">${head}</div><div class="letter-body">${html}</div></div>`;
  const REQUEST =
    '<p>Dear Records Officer,</p><p>I request copies of all maintenance logs and repair quotes for the harbour car park barrier since March.</p><p>Yours faithfully, Owen</p>';
  const answer = (lead: string) =>
    `<p>Dear Mr Trelawny,</p><p>${lead}</p><blockquote><p>all maintenance logs and repair quotes for the harbour car park barrier</p></blockquote><p>The records are enclosed.</p>`;
  const kinds = (lead: string) =>
    analyzePage(
      page(
        `<section class="correspondence">${letter('From: Owen', REQUEST)}${letter('From: the Council', answer(lead))}</section>`,
      ),
      { url: 'https://records.kilnbay.example/requests/417/', outlets: defaultOutlets },
    ).report.quotes.map((q) => q.kind);

  it('is a document when the answer hands it over as the request', () => {
    expect(kinds('Thank you for your request of 2 October. Your request sought:')).toEqual(['document']);
    expect(kinds('The request reads:')).toEqual(['document']);
  });

  it('is the requester’s words otherwise, as any reply quoting a post is', () => {
    expect(kinds('You wrote:')).toEqual(['person']);
  });
});
