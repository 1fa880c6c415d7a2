// Kinds of passages of the twenty-eighth held-out set's traps (source-words.ts): a maker's data sheet and what a
// general meeting agreed are documents; what someone "used to say" is that person's words, whatever newsrooms a
// clause before the turn names.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { DOCUMENT_WORDS, SOMEONES_TEXT } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const PROSE =
  '<p>The footbridge over the mill race has been shut since the flood, and the detour adds a mile to the school run.</p>';
const quoteAfter = (lead: string) =>
  analyzePage(
    page(
      `<article class="post"><h1>Bridge</h1><div class="entry-content">${PROSE}<p>${lead}</p><blockquote><p>The footbridge will reopen once the new handrails have been fitted and load-tested by an engineer.</p></blockquote>${PROSE}</div></article>`,
    ),
    { url: 'https://millrace.example/bridge/', outlets: defaultOutlets },
  ).report.quotes.map((q) => [q.kind, q.outlet]);

describe('a maker’s data sheet (DOCUMENT_WORDS)', () => {
  it('reads a data sheet, a datasheet and a spec sheet as documents', () => {
    for (const words of [
      'the data sheet',
      'the maker’s datasheet',
      'a spec sheet',
      'the specification sheet',
    ])
      expect(DOCUMENT_WORDS.test(`From ${words} for the resin I use:`), words).toBe(true);
    expect(DOCUMENT_WORDS.test('She keeps the data on a sheep farm:')).toBe(false);
  });

  it('makes the passage after such a lead-in a document', () => {
    expect(quoteAfter('From the manufacturer’s data sheet for the timber:')).toEqual([['document', null]]);
  });
});

describe('what a general meeting agreed (DOCUMENT_WORDS)', () => {
  it('reads what a meeting agreed, resolved or voted for as its resolution', () => {
    for (const words of [
      'what we agreed at the 2024 AGM',
      'the rule we voted for at last year’s AGM',
      'what was resolved at the annual general meeting',
      'as adopted at our general meeting',
    ])
      expect(DOCUMENT_WORDS.test(`A reminder of ${words}:`), words).toBe(true);
    expect(DOCUMENT_WORDS.test('We agreed to meet at the café:')).toBe(false);
    expect(DOCUMENT_WORDS.test('what he said at the AGM')).toBe(false);
  });

  it('makes the passage after such a lead-in a document', () => {
    expect(quoteAfter('Just a reminder of what we agreed at the 2025 AGM:')).toEqual([['document', null]]);
  });
});

describe('what someone used to say (SOMEONES_TEXT)', () => {
  it('reads the idiom as someone’s words', () => {
    for (const words of [
      'what the old ferryman used to say',
      'as she would always say',
      'what he always used to tell us',
    ])
      expect(SOMEONES_TEXT.test(words), words).toBe(true);
    expect(SOMEONES_TEXT.test('what the sign used to be')).toBe(false);
  });

  it('makes the words after a turn away from newsrooms a person’s', () => {
    expect(
      quoteAfter(
        'The Guardian and BBC News both covered the closure, but what stays with me is what the old lock keeper used to say:',
      ),
    ).toEqual([['person', null]]);
  });
});
