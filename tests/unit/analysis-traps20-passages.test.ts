// Passages of the twenty-seventh held-out set's newsletter and how-to (passages.ts, quoted-runs.ts): a shaded cell
// after a lead-in naming its source by a domain ("via vinepress-trade.co.uk:"), a plain cell finishing a sentence that a
// newsroom the table lacks broke off on "that", and a short italic or quoted line after a sentence handing over
// someone's saying ("had one rule:").
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const quotes = (body: string, url = 'https://cellarletter.example/issues/9') =>
  analyzePage(page(body), { url, outlets: defaultOutlets }).report.quotes.map(
    (q) => `${q.kind}:${q.outlet}:${q.text.trim().split(/\s+/).slice(0, 3).join(' ')}`,
  );

const row = (cell: string, style = 'padding:14px 28px') => `<tr><td style="${style}">${cell}</td></tr>`;
const mail = (...rows: string[]) =>
  `<table width="600" cellpadding="0" cellspacing="0" border="0">${row('<h1>The Cellar Letter</h1>')}${row('<p>Hello. Two stories this week, both about glass bottles and what they now cost.</p>')}${rows.join('')}${row('<p>That is all for now. Back next Friday with the duty figures.</p>')}${row('<p>You get this because you signed up. <a href="https://cellarletter.example/unsubscribe">Unsubscribe</a></p>')}</table>`;
const CLIPPING =
  'Bottle makers in northern Italy have raised prices for the third time this year, citing gas costs, and say small wineries will see the largest rises.';

describe('a shaded cell after a lead-in naming its source by a domain', () => {
  it('is that site’s passage, the domain’s dots ending no sentence', () => {
    expect(
      quotes(
        mail(
          row(
            '<p>Lead story, via <a href="https://www.vinepress-trade.co.uk/2026/12/01/glass/">vinepress-trade.co.uk</a>:</p>',
          ),
          row(CLIPPING, 'padding:14px 28px;background:#efe9df'),
        ),
      ),
    ).toEqual(['outlet:vinepress-trade.co.uk:Bottle makers in']);
  });

  it('not after a lead-in naming no source', () => {
    expect(
      quotes(
        mail(row('<p>Lead story this week:</p>'), row(CLIPPING, 'padding:14px 28px;background:#efe9df')),
      ),
    ).toEqual([]);
  });
});

describe('a plain cell finishing a sentence broken off on "that"', () => {
  const RUN_ON =
    'bottle makers in northern Italy have raised prices for the third time this year, citing gas costs, and that small wineries will pay most.';
  it('is the passage of a newsroom the table lacks, named so', () => {
    expect(
      quotes(
        mail(row('<p>Glass first. Vineyard Trade Weekly reports that</p>'), row(RUN_ON, 'padding:6px 28px')),
      ),
    ).toEqual(['outlet:Vineyard Trade Weekly:bottle makers in']);
  });

  it('not after a job the sentence names as its subject, as minutes record', () => {
    expect(
      quotes(mail(row('<p>Glass first. The Clerk reported that</p>'), row(RUN_ON, 'padding:6px 28px'))),
    ).toEqual([]);
  });

  it('not after someone who is no newsroom', () => {
    expect(
      quotes(mail(row('<p>Glass first. My neighbour reports that</p>'), row(RUN_ON, 'padding:6px 28px'))),
    ).toEqual([]);
  });
});

describe('a short line after a sentence handing over someone’s saying (shortSaying)', () => {
  const post = (lead: string, line: string) =>
    `<article class="post"><h1>Loaf</h1><div class="entry-content"><p>This is the loaf that gets made in our house the night before anyone visits, and it keeps for days.</p><p>${lead}</p>${line}<p>Soak the fruit overnight and bake it in the morning, an hour at a low heat.</p></div></article>`;
  it('is that person’s words, in italics or in quotation marks', () => {
    const url = 'https://crumbnotes.example/loaf/';
    expect(
      quotes(
        post('My gran had one rule:', '<p><em>Never cut it warm, or it will sulk for a week.</em></p>'),
        url,
      ),
    ).toEqual(['person:null:Never cut it']);
    expect(
      quotes(
        post(
          'My grandfather, who ran the bakery on Mill Lane for thirty years, used to say:',
          '<p>“Never cut it warm, or it will sulk for a week.”</p>',
        ),
        url,
      ),
    ).toEqual(['person:null:“Never cut it']);
  });

  it('not after a sentence that hands over no saying', () => {
    expect(
      quotes(
        post('Here is the tin I use:', '<p><em>Never cut it warm, or it will sulk for a week.</em></p>'),
        'https://crumbnotes.example/loaf/',
      ),
    ).toEqual([]);
  });
});
