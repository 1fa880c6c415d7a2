// A rule-making's texts and a place's posted notices as documents (DOCUMENT_WORDS, source-words.ts).
import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORDS } from '../../utils/analysis/source-words';

describe('a rule-making’s texts (DOCUMENT_WORDS)', () => {
  it('names a proposed or final rule and a body’s assessment documents, not someone’s assessment', () => {
    for (const words of [
      'The proposed rule states:',
      'the final rule reads',
      "the Park Service's own environmental assessment says:",
      'the regulatory impact assessment concludes:',
      'The park posted the following for this trail:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
    for (const words of [
      'Her assessment was blunt:',
      'As a rule, she says:',
      'The park was full, and he said:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(false);
  });
});
