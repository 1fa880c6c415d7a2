// A text under discussion named only as "the draft" is a document (source-words.ts, DOCUMENT_WORDS).
import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORDS } from '../../utils/analysis/source-words';

describe('"the draft" as the text a lead-in hands over', () => {
  it.each([
    "Here's the key part of the draft:",
    'Here are the lines that matter, from the draft:',
    'The council’s draft says:',
    'Its draft reads, in part:',
  ])('names a document: %s', (lead) => {
    expect(DOCUMENT_WORDS.test(lead)).toBe(true);
  });

  it.each([
    'The draft picks were announced:',
    'She was the first pick in the draft class of 2019, and said:',
    'A draft of cold air came through the door.',
  ])('names none when "draft" is no text handed over: %s', (lead) => {
    expect(DOCUMENT_WORDS.test(lead)).toBe(false);
  });
});
