// A company's web page and a timetable handed over are documents (source-words.ts, DOCUMENT_WORDS).
import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORDS } from '../../utils/analysis/source-words';

describe('DOCUMENT_WORDS: web pages and timetables', () => {
  it('reads a company’s website, its pricing, terms or fares page and a timetable as documents', () => {
    for (const text of [
      'The website just says this, which doesn’t really help:',
      'Your pricing page still says this:',
      'The terms page states:',
      'Their fares page reads:',
      'The winter timetable, for the record:',
      'The web page says only this:',
    ])
      expect(DOCUMENT_WORDS.test(text), text).toBe(true);
  });

  it('reads no document in a page of a book or a person’s words', () => {
    for (const text of [
      'On the front page, a photo of the mayor:',
      'My neighbour put it best:',
      'It still describes us better than anything on the website:',
    ])
      expect(DOCUMENT_WORDS.test(text), text).toBe(false);
  });
});
