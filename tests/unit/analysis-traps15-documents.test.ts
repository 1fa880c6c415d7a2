// What a place posts for its visitors, and a petition's wording (source-words.ts, DOCUMENT_WORDS): a sign on a
// door, a note or a card taped or pinned up and a petition are documents, and a turn to one sets aside an outlet
// named before it; a note someone left for someone stays that person's.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { DOCUMENT_WORDS } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: 'Quay Notes',
  publicationHost: 'quaynotes.example',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string) => {
  const reading = readLeadIn(text, [], context);
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('signs, posted notes and petitions (DOCUMENT_WORDS)', () => {
  it('reads a sign on a door or in a window as a document', () => {
    expect(read('Get there early. The sign on the door says:')).toBe('document:null');
    expect(read('The little sign in the window reads:')).toBe('document:null');
    // "a sign of" is no sign anyone posted.
    expect(DOCUMENT_WORDS.test('It was a sign of the times')).toBe(false);
  });

  it('reads a note or a card taped or pinned up as a document, after a turn from an outlet too', () => {
    expect(
      read(
        'The Yorkshire Post did a feature on them, but what sold me was the handwritten note taped to the till:',
      ),
    ).toBe('document:null');
    expect(read('There is a card pinned above the counter:')).toBe('document:null');
    // A note someone left stays that person's.
    expect(read('She left a note on my windscreen:')).toBe('person:null');
  });

  it("reads a place's sign that reads it, and a sheet pinned on a board, as a document", () => {
    expect(read("The park's sign at the foot of the ramp reads:")).toBe('document:null');
    expect(read("The museum's new sign by the main door says:")).toBe('document:null');
    expect(read("The ferry company's sign at the top of the slipway states:")).toBe('document:null');
    expect(read('The route sheet, typed up and pinned on the board at the hut, still says:')).toBe(
      'document:null',
    );
    expect(read('Someone had tacked it to the notice board by the gate:')).toBe('document:null');
    // A seat on a company's board is no board a sheet is pinned on; a sign of something is no sign.
    expect(DOCUMENT_WORDS.test('They posted on the board of the trust')).toBe(false);
    expect(DOCUMENT_WORDS.test("The town's sign of recovery came late")).toBe(false);
  });

  it('reads a NOTAM as a document', () => {
    expect(read("A reader sent in this week's NOTAM for the strip:")).toBe('document:null');
  });

  it('reads a petition’s wording as a document, and "to petition" as the verb', () => {
    expect(read('The Committee received a petition signed by 900 people. The petition reads:')).toBe(
      'document:null',
    );
    expect(DOCUMENT_WORDS.test('We decided to petition the council')).toBe(false);
  });
});
