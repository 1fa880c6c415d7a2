// A blogger's note that they translated a passage, closing its credit line (translators-note.ts,
// data/hand-over-words.json's translatorsNotes): the passage is still the source's, the note no part of its name.
import { describe, expect, it } from 'vitest';
import { readCreditLine } from '../../utils/analysis/block-evidence';
import { translatorsNotes } from '../../utils/analysis/data/hand-over-words.json';
import { withoutTranslatorsNote } from '../../utils/analysis/translators-note';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('data/hand-over-words.json: translatorsNotes', () => {
  it('holds the notes in lower case, each once', () => {
    expect(translatorsNotes.length).toBeGreaterThan(10);
    for (const note of translatorsNotes) expect(note).toBe(note.toLowerCase().trim());
    expect(new Set(translatorsNotes).size).toBe(translatorsNotes.length);
  });
});

describe('withoutTranslatorsNote', () => {
  it('leaves the note off a credit line, inside its brackets or after a dash', () => {
    expect(withoutTranslatorsNote("(L'essentiel, meine Übersetzung)")).toBe("(L'essentiel)");
    expect(withoutTranslatorsNote('(Libération, my translation)')).toBe('(Libération)');
    expect(withoutTranslatorsNote('— Le Soir, ma traduction.')).toBe('— Le Soir');
    expect(withoutTranslatorsNote('(Público; tradução minha)')).toBe('(Público)');
  });
  it('keeps any other line as it is: a note alone, a date, the words inside a sentence', () => {
    expect(withoutTranslatorsNote('(my translation)')).toBe('(my translation)');
    expect(withoutTranslatorsNote('(Reuters, 3 December)')).toBe('(Reuters, 3 December)');
    expect(withoutTranslatorsNote('(Le Soir, my translation of the second half)')).toBe(
      '(Le Soir, my translation of the second half)',
    );
  });
});

describe('a credit line with a translator’s note', () => {
  it('names the source, also one that counts only framed as a credit', () => {
    expect(readCreditLine("(L'essentiel, meine Übersetzung)", null, defaultOutlets)?.outlet).toBe(
      "L'essentiel",
    );
    expect(readCreditLine('(Público, my translation)', null, defaultOutlets)?.outlet).toBe('Público');
    expect(readCreditLine('(Libération, ma traduction)', null, defaultOutlets)?.outlet).toBe('Libération');
  });
  it('names no source when the note stands alone', () => {
    expect(readCreditLine('(my translation)', null, defaultOutlets)?.kind ?? null).not.toBe('outlet');
  });
});
