// Ethiopic punctuation (utils/analysis/set-apart.ts, lead-in.ts): Amharic ends a lead-in with the preface colon "፦"
// or with the colon and a dash "፡-", and separates words and sentences with marks of its own ("፣", "።").
import { describe, expect, it } from 'vitest';
import { lastSentence } from '../../utils/analysis/lead-in';
import { INTRODUCES } from '../../utils/analysis/set-apart';

describe('Ethiopic punctuation', () => {
  it('hands over on the preface colon and on the colon with a dash, not on the full stop', () => {
    expect(INTRODUCES.test('አንድ አርሶ አደር እንዲህ ብለዋል፦')).toBe(true);
    expect(INTRODUCES.test('የከተማው አስተዳደር እንዲህ ብሏል፡-')).toBe(true);
    expect(INTRODUCES.test('የከተማው አስተዳደር እንዲህ ብሏል፡')).toBe(true);
    expect(INTRODUCES.test('ምርቱ ጥሩ ይመስላል።')).toBe(false);
  });

  it('ends a lead-in’s sentences at the Ethiopic full stop, as at the danda', () => {
    expect(lastSentence('ኢዜአ ትናንት ዘግቧል። የከተማው መግለጫ እንዲህ ይላል፦').sentence).toBe('የከተማው መግለጫ እንዲህ ይላል፦');
    expect(lastSentence('पीटीआई ने कल बताया। नगर निगम का बयान:').sentence).toBe('नगर निगम का बयान:');
    // The Ethiopic comma ends no sentence.
    expect(lastSentence('ዝርዝሩ ሲወጣ፣ ኢዜአ እንደዘገበው፦').sentence).toBe('ዝርዝሩ ሲወጣ፣ ኢዜአ እንደዘገበው፦');
  });
});
