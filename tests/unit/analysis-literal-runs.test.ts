// Which words a text can hold, by the longest run of characters each match of a word holds as written
// (utils/analysis/literal-runs.ts): `gatedPattern` builds its caseless half from those words only.
import { describe, expect, it } from 'vitest';
import { accordingTo, mediaNouns } from '../../utils/analysis/data/lead-in-words.json';
import { caselessAlternation, foldAscii, type SlotWords } from '../../utils/analysis/lead-in-words';
import { longestRun, wordsHeldBy } from '../../utils/analysis/literal-runs';

describe('longestRun', () => {
  it('takes the longest run between white space and apostrophes, in lower case', () => {
    expect(longestRun('according to')).toBe('according');
    expect(longestRun('As Reported By')).toBe('reported');
    expect(longestRun("d'après l’article")).toBe('article');
    expect(longestRun('h/t')).toBe('h/t');
    expect(longestRun("  ' ")).toBe('');
  });
});

describe('wordsHeldBy', () => {
  const words = ['according to', 'per', 'a', 'told', 'in an interview with', "  '"];
  const held = wordsHeldBy(words);

  it('gives the words whose longest run the text holds, in the order given, each once', () => {
    expect(held('the minister told the bbc, according to the per diem')).toEqual([
      'according to',
      'per',
      'a',
      'told',
      "  '",
    ]);
    expect(held('interview')).toEqual(['in an interview with', "  '"]);
    expect(held('an interview with per')).toEqual(['per', 'a', 'in an interview with', "  '"]);
    expect(held('the bbc')).toEqual(["  '"]);
  });

  it('finds runs at the text’s ends and inside other words, as an expression without edges would', () => {
    expect(held('told')).toEqual(['told', "  '"]);
    expect(held('xtoldx')).toEqual(['told', "  '"]);
    expect(held('')).toEqual(["  '"]);
  });

  it('keeps every word of ASCII letters whose caseless piece matches the folded text', () => {
    // The data's words of ASCII letters, each inside texts in capitals, with the long s and the Kelvin sign, and
    // with other white space and apostrophes: wherever a word's expression matches, the word is among those held.
    const ascii = [...new Set([...Object.values(accordingTo), ...Object.values(mediaNouns)].flat())].filter(
      (word) => /^[ -~’ʼ‘]+$/.test(word),
    );
    expect(ascii.length).toBeGreaterThan(100);
    const heldBy = wordsHeldBy(ascii);
    let checked = 0;
    for (const word of ascii) {
      const one: SlotWords = { xx: [word] };
      const re = new RegExp(caselessAlternation(one), 'u');
      const variants = [
        word,
        word.toUpperCase(),
        word.replace(/s/g, 'ſ').replace(/k/g, '\u212A'),
        word.replace(/ /g, '\u00a0\n').replace(/'/g, '’'),
      ];
      for (const variant of variants) {
        const folded = foldAscii(`Yesterday ${variant}, the paper`);
        if (!re.test(folded)) continue;
        checked++;
        expect(heldBy(folded), variant).toContain(word);
      }
    }
    expect(checked).toBeGreaterThan(ascii.length * 3);
  });
});
