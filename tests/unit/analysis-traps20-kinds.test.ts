// Kinds of passages of the twenty-seventh held-out set's traps (lead-in.ts, source-words.ts): a film's own text on
// screen (a title card, an end card) is a document, and so is a body's own text handed over with the body as the
// subject ("this is what the regulator itself says:"), where a person at the body ("the council leader says:")
// is no document.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { BODY_WORDS, DOCUMENT_WORDS } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const PROSE =
  '<p>The harbour steps have been closed since the storm, and nobody on the quay seems to know for how long.</p>';
const kindAfter = (lead: string) =>
  analyzePage(
    page(
      `<article class="post"><h1>Steps</h1><div class="entry-content">${PROSE}<p>${lead}</p><blockquote><p>The harbour steps will stay closed until the railings are replaced and inspected by an engineer.</p></blockquote>${PROSE}</div></article>`,
    ),
    { url: 'https://quaynotes.example/steps/', outlets: defaultOutlets },
  ).report.quotes.map((q) => q.kind);

describe('a film’s own text on screen (DOCUMENT_WORDS)', () => {
  it('reads a title card, an intertitle, an end card and an opening crawl as documents', () => {
    for (const words of [
      'a title card',
      'the intertitle',
      'an end card',
      'the opening crawl',
      'the on-screen text',
    ])
      expect(DOCUMENT_WORDS.test(`It opens with ${words}:`), words).toBe(true);
    expect(DOCUMENT_WORDS.test('It opens on a card table in a kitchen:')).toBe(false);
  });

  it('makes the passage after such a lead-in a document', () => {
    expect(kindAfter('The film closes on a title card, white on black:')).toEqual(['document']);
  });
});

describe('a body as the subject handing over its own words (bodySays)', () => {
  it('counts a regulator as a body', () => {
    expect(BODY_WORDS.test('the regulator')).toBe(true);
    expect(BODY_WORDS.test('regulatory change')).toBe(false);
  });

  it('is a document', () => {
    expect(kindAfter('To be clear, this is what the regulator itself says:')).toEqual(['document']);
    expect(kindAfter('The county council states:')).toEqual(['document']);
  });

  it('not when the subject is a person at the body, nor a newsroom', () => {
    expect(kindAfter('The council leader says:')).not.toEqual(['document']);
    expect(kindAfter('The Irish Times says:')).toEqual(['outlet']);
  });
});
