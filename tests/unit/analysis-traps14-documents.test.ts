// Lead-ins of the twenty-second held-out set's traps (lead-in.ts, source-words.ts, data/own-voice.json): a
// business's confirmation e-mail, a clause, a body's named plan, its internal review and its consultation response
// are documents, and a turn to them sets aside an outlet named before it; a Russian turn may take a comma after
// "однако"; an official reply to an appeal is a document and an owner's remark a person's words; a Catalan
// product sheet is a document; a project's own blog, in its documentation, is the project's own words.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { DOCUMENT_WORDS, NAMED_PLAN } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: 'Quay Notes',
  publicationHost: 'quaynotes.example',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string, more: Partial<LeadInContext> = {}) => {
  const reading = readLeadIn(text, [], { ...context, ...more });
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('documents a review or a request quotes (DOCUMENT_WORDS, NAMED_PLAN)', () => {
  it('reads a business’s confirmation e-mail and invoice as documents', () => {
    expect(read('The booking confirmation email they sent me says:')).toBe('document:null');
    expect(read('Their invoice, which I kept, reads:')).toBe('document:null');
    // Someone's e-mail stays that person's.
    expect(read('My neighbour sent me an email about it:')).toBe('person:null');
  });

  it('sets aside an outlet named before a turn to a clause', () => {
    expect(
      read(
        'The Guardian wrote about this firm in May, but what matters is the cancellation clause, which says:',
      ),
    ).toBe('document:null');
    expect(DOCUMENT_WORDS.test('we are all in agreement')).toBe(false);
    expect(DOCUMENT_WORDS.test('as set out in the tenancy agreement')).toBe(true);
  });

  it('reads a plan by its title as a body’s document, not a plan in lower case', () => {
    expect(NAMED_PLAN.test('Your Flood Response Plan states on page 4:')).toBe(true);
    expect(NAMED_PLAN.test('against the criteria in the Plan, which are:')).toBe(true);
    expect(NAMED_PLAN.test('the plan was to leave early')).toBe(false);
    expect(read('Your Flood Response Plan states on page 4:')).toBe('document:null');
  });

  it('reads an internal review reply after a turn from an outlet as a document', () => {
    expect(
      read(
        'The BBC ran a story about the closures, and I thank them, but the answer is in the internal review reply I got today:',
      ),
    ).toBe('document:null');
  });

  it('reads a body’s response after a turn as a document, setting the outlet aside', () => {
    expect(
      read(
        'The Guardian reported the appeal last week, but what decides it is the county council’s consultation response, which says:',
      ),
    ).toBe('document:null');
    // Without a turn, a paper that has a body's answer is the paper's passage.
    expect(read('The Guardian has the council’s answer:')).toBe('outlet:The Guardian');
  });
});

describe('turns and texts in Russian and Catalan (own-voice.json)', () => {
  const ru = { language: 'ru' };
  it('turns after "однако" with a comma, to someone’s words', () => {
    expect(
      read(
        'Соседка сказала, что об этом писал Tengrinews, однако, по её словам, лучше всех объяснил дворник:',
        ru,
      ),
    ).toBe('person:null');
  });
  it('reads an official reply to an appeal as a document and an owner’s remark as a person’s', () => {
    expect(read('Председатель зачитал ответ управляющей компании на обращение жильцов:', ru)).toBe(
      'document:null',
    );
    expect(read('Приложено письменное замечание собственника кв. 5:', ru)).toBe('person:null');
  });
  it('reads a Catalan product sheet as a document', () => {
    expect(read('El consell regulador el descriu així a la fitxa tècnica:', { language: 'ca' })).toBe(
      'document:null',
    );
  });
});

describe('a project’s own blog in its documentation', () => {
  it('is the project’s own words there, and a document elsewhere', () => {
    expect(read('From the announcement on the project blog:', { projectDocs: true })).toBe('self:Quay Notes');
    expect(read('From the announcement on the project blog:')).toBe('document:null');
  });
});
