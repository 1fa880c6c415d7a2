// The dataset's papers named in a lead-in (utils/analysis/table-names.ts and its use in lead-in.ts): names of no
// news word that the running-text search leaves alone, read where the lead-in puts its source.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { datasetNamesIn } from '../../utils/analysis/table-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import type { Outlet } from '../../utils/outlets/types';

const paper = (name: string, source: Outlet['source']): Outlet => ({
  name,
  aliases: [],
  domains: [],
  kind: 'newspaper',
  country: 'ZZ',
  source,
});
const TABLE = new Map<string, Outlet>([
  ['harbour vale', paper('Harbour Vale', 'dataset')],
  ['la voce di nessuno', paper('La Voce di Nessuno', 'dataset')],
  ['quay street', paper('Quay Street', 'curated')],
]);
const fake = { byName: (name: string) => TABLE.get(name.toLowerCase()) ?? null };
const names = (text: string) => datasetNamesIn(text, fake).map((m) => [m.outlet.name, m.text]);

describe('datasetNamesIn', () => {
  it('finds a dataset name among capitalised words, without the words around it', () => {
    expect(names('And Harbour Vale wrote:')).toEqual([['Harbour Vale', 'Harbour Vale']]);
    expect(names('Here is Harbour Vale’s take:')).toEqual([['Harbour Vale', 'Harbour Vale']]);
  });

  it('reads particles inside a name, not at its ends', () => {
    expect(names('Reading La Voce di Nessuno this week:')).toEqual([
      ['La Voce di Nessuno', 'La Voce di Nessuno'],
    ]);
  });

  it('leaves names the curated table holds to the running-text search', () => {
    expect(names('Quay Street wrote:')).toEqual([]);
  });

  it('reads no name inside a longer title, but past a word that opens the sentence', () => {
    expect(names('Reading the Harbour Vale Courier:')).toEqual([]);
    expect(names('Reading La Voce di Nessuno Sera:')).toEqual([]);
    expect(names('But Harbour Vale wrote:')).toEqual([['Harbour Vale', 'Harbour Vale']]);
    expect(names('It was late. Then Harbour Vale wrote:')).toEqual([['Harbour Vale', 'Harbour Vale']]);
  });

  it('reads no name broken by punctuation or in lower case', () => {
    expect(names('Harbour, Vale wrote:')).toEqual([]);
    expect(names('the harbour vale wrote:')).toEqual([]);
  });

  it('finds nothing twice and nothing inside a mention already found', () => {
    const taken = [{ outlet: paper('Vale', 'curated'), start: 8, end: 12, text: 'Vale' }];
    expect(datasetNamesIn('Harbour Vale wrote:', fake, taken)).toEqual([]);
  });
});

describe('a lead-in naming a dataset paper of no news word', () => {
  const context: LeadInContext = {
    outlets: defaultOutlets,
    publication: 'Quayside Notes',
    publicationHost: 'quaysidenotes.example',
    earlierOutlets: () => [],
    isSurname: () => false,
  };
  const read = (text: string) => {
    const reading = readLeadIn(text, [], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };

  it('names the paper where the lead-in puts its source', () => {
    expect(read('Västra Nyland wrote on Friday:')).toBe('outlet:Västra Nyland');
    expect(read('Here’s La Nuova Sardegna with the latest:')).toBe('outlet:La Nuova Sardegna');
    expect(read('According to Faro de Vigo, the ferry is late again:')).toBe('outlet:Faro de Vigo');
  });

  it('names no paper by a place it shares its name with', () => {
    expect(read('In Alto Adige, the council said:')).not.toMatch(/Alto Adige/);
    expect(read('Back in Alto Adige:')).not.toMatch(/Alto Adige/);
  });

  it('keeps an outlet the running-text search finds first', () => {
    expect(read('Reuters, not Västra Nyland, wrote:')).toBe('outlet:Reuters');
  });
});
