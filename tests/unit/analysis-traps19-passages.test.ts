// Passages of the twenty-seventh held-out set's traps (passages.ts, find-article.ts, block-evidence.ts): a
// petition's answer beside it is part of the page, and its blockquote repeating the petition after a colon is a
// passage, no pull quote; a talk page's signatures credit nothing, and its quote template repeating an editor is
// that editor's words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readCitationLine } from '../../utils/analysis/block-evidence';
import { findArticle } from '../../utils/analysis/find-article';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const quotes = (body: string, lang = 'en', url = 'https://club.example/appeal') =>
  analyzePage(page(body, lang), { url, outlets: defaultOutlets }).report.quotes.map(
    (q) => `${q.kind}:${q.text.trim().split(/\s+/).slice(-3).join(' ')}`,
  );

const PETITION = (response: string) =>
  `<main><div class="panel"><h1>Grit every rural bus route</h1><div class="petition"><p class="action">Require highway authorities to grit every rural road used by a scheduled bus service before 7am.</p><details><summary>More details</summary><div class="details"><p>Early buses carry nurses, carers and school children, and in the hills they are often the first vehicles on untreated roads in the morning.</p><p>Nobody should wait for resources to allow before getting to work safely, least of all the people who care for others.</p><p>Last winter the first bus from the upper valley slid into a verge twice, and both times the road had not been treated since the day before.</p><p>A rule that covers every route a bus uses would protect the people who have no other way to reach work, school or hospital.</p></div></details></div></div>${response}</main>`;

describe('a petition’s answer beside it (withResponse)', () => {
  const ANSWER =
    '<section class="government-response"><h2>Government responded</h2><p>The Government recognises the concerns of those who signed this petition, which asks Parliament to:</p><blockquote><p>Require highway authorities to grit every rural road used by a scheduled bus service before 7am.</p></blockquote><p>A single national rule would not reflect the different networks of each area.</p></section>';

  it('is held in the body with the petition', () => {
    expect(findArticle(page(PETITION(ANSWER)))?.tagName).toBe('MAIN');
  });

  it('not a box of other words', () => {
    const other =
      '<section class="share"><h2>Share this petition</h2><p>Send the petition to your friends and neighbours by e-mail or on social media.</p></section>';
    expect(findArticle(page(PETITION(other)))?.className).toBe('details');
  });

  it('quotes the petition in a blockquote handed over by a colon, though the words repeat it', () => {
    expect(quotes(PETITION(ANSWER), 'en', 'https://petitions.example.gov.uk/petitions/1')).toEqual([
      'document:service before 7am.',
    ]);
  });
});

describe('a talk page’s signatures and quote template', () => {
  it('a signature’s time stamp credits nothing', () => {
    expect(
      readCitationLine(
        'So it is mothballed. Croft Bridge (talk) 14:31, 28 November 2026 (UTC)',
        null,
        defaultOutlets,
      ),
    ).toBeNull();
  });

  const TALK = (reply: string) =>
    `<div class="mw-parser-output"><h2>Closed or mothballed?</h2><p>The infobox now says the lido closed for good. That seems too strong for a building the trust still insures and heats. <a href="/wiki/User:Brafferton">Brafferton</a> (<a href="/wiki/User_talk:Brafferton">talk</a>) 10:05, 28 November 2026 (UTC)</p><dl><dd>${reply} <a href="/wiki/User:Aycliffe">Aycliffe</a> (<a href="/wiki/User_talk:Aycliffe">talk</a>) 19:12, 29 November 2026 (UTC)</dd></dl></div>`;

  it('repeating an editor above is that editor’s words', () => {
    expect(
      quotes(
        TALK(
          'Fine by me. <span class="inline-quote-talk">That seems too strong for a building the trust still insures and heats.</span> The statement bears that out.',
        ),
        'en',
        'https://en.wikipedia.org/wiki/Talk:Lido',
      ),
    ).toEqual(['person:insures and heats.']);
  });

  it('quoting words found nowhere above is no editor’s', () => {
    const kinds = quotes(
      TALK(
        'The source differs. <span class="inline-quote-talk">The building will be maintained while funding is sought for repairs.</span> We should follow it.',
      ),
      'en',
      'https://en.wikipedia.org/wiki/Talk:Lido',
    );
    expect(kinds).not.toContain('person:sought for repairs.');
  });
});
