// A reply's italic line repeating a post above it, on a thread (echoed-lines.ts): the poster's words, however short.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const question =
  '<div class="copy">Our landlord wants us out for a month while the pipes are replaced. Do we still owe the rent? We have been here eight years and never had a problem.<br><span class="smallcopy">posted by marram to Home (3 answers total)</span></div>';
const answer = (id: string, words: string) =>
  `<div class="comments" id="${id}">${words}<br><span class="smallcopy">posted by someone_${id} at 9:40 AM on November 28</span></div>`;
const thread = (reply: string) =>
  page(
    `<div id="page"><div class="container"><h1 class="posttitle">Out for a month, rent too?</h1>${question}${answer('c1', 'Almost certainly not, and the city will tell you so if you ring them. Keep every letter.')}${reply}${answer('c3', 'Ask for a hotel paid by them, and photograph the flat before anyone goes in.')}</div></div>`,
    'en',
    '<title>Out for a month, rent too? - renters | Ask MetaFilter</title>',
  );
const quotesOf = (doc: Document) =>
  analyzePage(doc, {
    url: 'https://ask.metafilter.com/1/Out-for-a-month',
    outlets: defaultOutlets,
  }).quotes.map((q) => `${q.kind}:${q.text.trim()}`);

describe('a reply’s italic line repeating the question (echoedLines)', () => {
  it('is a passage of the asker’s words', () => {
    const doc = thread(
      answer(
        'c2',
        '<i>We have been here eight years and never had a problem.</i><br>That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual(['person:We have been here eight years and never had a problem.']);
  });

  it('not when the italic line repeats nothing above it', () => {
    const doc = thread(
      answer(
        'c2',
        '<i>Whatever you do, keep calm and write things down.</i><br>That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual([]);
  });
});

describe('a reply’s line quoted whole after the handles it addresses (echoedLines)', () => {
  it('is a passage of the asker’s words', () => {
    const doc = thread(
      answer(
        'c2',
        '@marram “We have been here eight years and never had a problem.”<br>That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual([
      'person:@marram “We have been here eight years and never had a problem.”',
    ]);
  });

  it('not when the quoted words stand nowhere above it', () => {
    const doc = thread(
      answer(
        'c2',
        '@marram “Whatever you do, keep calm and write things down.”<br>That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual([]);
  });
});

describe('a reply opening on a quotation of the post, then answering it (echoedLines)', () => {
  it('is a passage of the quoted words alone, the asker’s', () => {
    const doc = thread(
      answer(
        'c2',
        '“We have been here eight years and never had a problem.” That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual(['person:We have been here eight years and never had a problem.']);
  });

  it('not when the quoted words stand nowhere above it', () => {
    const doc = thread(
      answer(
        'c2',
        '“Whatever you do, keep calm and write things down.” That history is worth something, so put it in writing.',
      ),
    );
    expect(quotesOf(doc)).toEqual([]);
  });
});
