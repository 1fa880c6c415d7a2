import { describe, expect, it } from 'vitest';
import { lastSentenceStart, STOPS, STOPS_WITH_CJK } from '../../utils/analysis/last-sentence';

// The expressions lastSentenceStart answers for, run as they are written.
const plain = (text: string) => text.search(/[^.!?]*$/);
const ended = (text: string) => text.search(/[^.!?]*[.!?]?\s*$/);
const endedCjk = (text: string) => text.search(/[^.!?。！？]*[.!?。！？]?\s*$/);

const SAMPLES = [
  '',
  ' ',
  '.',
  'No stop at all',
  'One sentence. Then the lead-in:',
  'One sentence. Then another one.',
  'One sentence. Then another one.  \n ',
  'Two stops at the end?!',
  'A stop, then spaces.\u00a0\u2003',
  'Wait... what',
  '?',
  '  . ',
  '据澎湃新闻报道。市政府表示：',
  '他说。这是第二句。',
  'First! Second? Third.',
];

describe('lastSentenceStart', () => {
  it('gives the index of the expression it replaces, stop or not at the end', () => {
    for (const text of SAMPLES) {
      expect(lastSentenceStart(text, STOPS), text).toBe(plain(text));
      expect(lastSentenceStart(text, STOPS, true), text).toBe(ended(text));
      expect(lastSentenceStart(text, STOPS_WITH_CJK, true), text).toBe(endedCjk(text));
    }
  });

  it('passes over a full stop inside a word when asked: a domain, a decimal', () => {
    const via = 'Hello again. Top item, via seedtradejournal.co.uk:';
    expect(via.slice(lastSentenceStart(via, STOPS_WITH_CJK, true, true))).toBe(
      ' Top item, via seedtradejournal.co.uk:',
    );
    expect(via.slice(lastSentenceStart(via, STOPS_WITH_CJK, true))).toBe('uk:');
    const decimal = 'Prices rose 3.5 per cent. Then it added:';
    expect(decimal.slice(lastSentenceStart(decimal, STOPS, false, true))).toBe(' Then it added:');
    // A stop before a capital, or a Chinese stop before the next sentence, still ends a sentence.
    for (const text of ['One.Two then:', '据澎湃新闻报道。市政府表示：'])
      expect(lastSentenceStart(text, STOPS_WITH_CJK, true, true)).toBe(
        lastSentenceStart(text, STOPS_WITH_CJK, true),
      );
  });

  it('starts the last sentence after the last stop', () => {
    const text = 'The council met on Monday. Its chair said:';
    expect(text.slice(lastSentenceStart(text, STOPS))).toBe(' Its chair said:');
  });

  it('keeps a stop that ends the text in its sentence when asked', () => {
    const text = 'The council met. Its chair spoke. ';
    expect(text.slice(lastSentenceStart(text, STOPS, true))).toBe(' Its chair spoke. ');
    expect(text.slice(lastSentenceStart(text, STOPS))).toBe(' ');
  });

  it('agrees with the expressions on generated texts', () => {
    const pieces = ['a', ' ', '.', '!', '?', '。', '\n', 'word', '  '];
    // Marsaglia's xorshift: enough to vary the texts, the same texts on every run.
    let state = 7;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    };
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = next() % 12;
      for (let i = 0; i < length; i++) text += pieces[next() % pieces.length];
      expect(lastSentenceStart(text, STOPS), JSON.stringify(text)).toBe(plain(text));
      expect(lastSentenceStart(text, STOPS, true), JSON.stringify(text)).toBe(ended(text));
      expect(lastSentenceStart(text, STOPS_WITH_CJK, true), JSON.stringify(text)).toBe(endedCjk(text));
    }
  });
});
