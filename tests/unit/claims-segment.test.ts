import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/claims/segment';
import data from '../fixtures/claims/segmentation.json';

const split = (text: string) =>
  splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

describe('sentence splitting of news text', () => {
  it.each(data.items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    expect(split(item.text)).toEqual(item.sentences.map((s) => s.replace(/\s+/g, ' ')));
  });

  it('gives offsets into the original text, trimmed', () => {
    const text = '  Mr. Smith left.   He was 5.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Smith left.', 'He was 5.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
