// Ethiopic punctuation (utils/analysis/set-apart.ts): Amharic ends a lead-in with the preface colon "፦" or with
// the colon and a dash "፡-", and separates words and sentences with marks of its own ("፣", "።").
import { describe, expect, it } from 'vitest';
import { INTRODUCES } from '../../utils/analysis/set-apart';

describe('Ethiopic punctuation', () => {
  it('hands over on the preface colon and on the colon with a dash, not on the full stop', () => {
    expect(INTRODUCES.test('አንድ አርሶ አደር እንዲህ ብለዋል፦')).toBe(true);
    expect(INTRODUCES.test('የከተማው አስተዳደር እንዲህ ብሏል፡-')).toBe(true);
    expect(INTRODUCES.test('የከተማው አስተዳደር እንዲህ ብሏል፡')).toBe(true);
    expect(INTRODUCES.test('ምርቱ ጥሩ ይመስላል።')).toBe(false);
  });
});
