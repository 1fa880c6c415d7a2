// English hand-over lead-ins naming a paper the outlets table lacks (lead-in-names.ts), the same words said of a
// person, a company or a shop, and the word lists they read.
import { describe, expect, it } from 'vitest';
import handOverWords from '../../utils/analysis/data/hand-over-words.json';
import shopWords from '../../utils/analysis/data/shop-words.json';
import {
  bareAttribution,
  HANDING_OVER_WORD,
  newsroomAsSubject,
  unknownOutlet,
} from '../../utils/analysis/lead-in-names';
import { companyShaped } from '../../utils/analysis/name-source';
import { pointsBack } from '../../utils/analysis/source-words';

const lead = (text: string) => unknownOutlet(text)?.name ?? null;
describe('lead-ins handing over to a paper the table lacks', () => {
  it('names the paper of a piece, a writer or a credit', () => {
    expect(lead('Per a report in the Kestrel Gazette:')).toBe('Kestrel Gazette');
    expect(lead('The story in Cinder Row:')).toBe('Cinder Row');
    expect(lead('As reported in the Saltings Echo:')).toBe('Saltings Echo');
    expect(lead('Clara Hennessy, writing for Cinder Row:')).toBe('Cinder Row');
    expect(lead('Owen Pryce reports for the Kestrel Gazette:')).toBe('Kestrel Gazette');
    expect(lead('Clara Hennessy of the Saltings Echo reports:')).toBe('Saltings Echo');
    expect(lead('By Owen Pryce, Cinder Row')).toBe('Cinder Row');
    expect(lead("The Kestrel Gazette's Clara Hennessy:")).toBe('Kestrel Gazette');
    expect(lead('Credit to the Saltings Echo for this:')).toBe('Saltings Echo');
    expect(lead('A good catch by Cinder Row:')).toBe('Cinder Row');
    expect(lead('Quoting the Kestrel Gazette:')).toBe('Kestrel Gazette');
    expect(lead('Do read the Saltings Echo on this:')).toBe('Saltings Echo');
  });
  it('names the paper whose piece a colon hands over to, a word for when or what kind between', () => {
    expect(lead("The Kestrel Gazette's Sunday piece has the backstory, and it's worth the whole read:")).toBe(
      'Kestrel Gazette',
    );
    expect(lead("Cinder Row's write-up is the one to read:")).toBe('Cinder Row');
    expect(lead("The Kestrel Gazette's Sunday piece has the backstory.")).toBe(null);
    expect(lead("Clara Hennessy's Sunday piece has the backstory:")).toBe(null);
    expect(lead("Harbour Foods' annual report has the figures:")).toBe(null);
  });
  it('names the paper whose way of telling a story the lead-in hands over, not a person', () => {
    expect(unknownOutlet('Here is how Cinder Row reported it:')).toMatchObject({ name: 'Cinder Row' });
    expect(lead('This is how the Saltings Echo covered the vote:')).toBe('Saltings Echo');
    expect(lead('Here is how Clara Hennessy put it:')).toBe(null);
    expect(lead('Here is how Cinder Row reported it, and I disagree.')).toBe(null);
  });
  it('reads a name no newsroom word marks only tentatively, and only where the lead-in hands over', () => {
    expect(unknownOutlet('This, from Cinder Row:')).toMatchObject({ name: 'Cinder Row', tentative: true });
    expect(unknownOutlet('Over at Pike & Kettle:')).toMatchObject({ name: 'Pike & Kettle', tentative: true });
    expect(lead('This, from Cinder Row, is the part I keep rereading.')).toBe(null);
  });
  it('names no person, company, shop, time or opening word', () => {
    expect(lead('Credit to Sarah Lindqvist for this:')).toBe(null);
    expect(lead('Reporting for Tidewell Energy, Clara Hennessy writes:')).toBe(null);
    expect(lead('Via Harbour Hardware:')).toBe(null);
    expect(lead('Quoting Sarah Lindqvist:')).toBe(null);
    expect(lead('In Sarah Lindqvist today:')).toBe(null);
    expect(lead('Clara Hennessy of Sarah Lindqvist reports:')).toBe(null);
    expect(lead('As reported in Tidewell Energy:')).toBe(null);
  });
  it('reads a title-shaped name or a call sign as the subject handing over, tentatively', () => {
    expect(newsroomAsSubject('Cinder Row got there first:')).toMatchObject({
      name: 'Cinder Row',
      tentative: true,
    });
    expect(newsroomAsSubject('WKRB on the vote:')).toMatchObject({ name: 'WKRB', tentative: true });
    expect(newsroomAsSubject('Tidewell Energy with the numbers:')).toBe(null);
    expect(newsroomAsSubject('Harbour Hardware got there first:')).toBe(null);
    expect(newsroomAsSubject('When I asked him about it, he laughed:')).toBe(null);
    expect(newsroomAsSubject('Der Pfarrer schrieb der Familie im Mai:')).toBe(null);
    expect(newsroomAsSubject('Secondo Marco Bellini, la gara:')).toBe(null);
  });
  it('reads past a day, a month or a date the verb gives', () => {
    expect(newsroomAsSubject('Cinder Row reported on Tuesday:')).toMatchObject({
      name: 'Cinder Row',
      tentative: true,
    });
    expect(newsroomAsSubject('Cinder Row ran it on 4 March:')).toMatchObject({ name: 'Cinder Row' });
    expect(newsroomAsSubject('Cinder Row reported in December that')).toMatchObject({ name: 'Cinder Row' });
    // A capitalised word that is no time still ends the reading: "… reported from Leeds:" is no hand-over shape.
    expect(newsroomAsSubject('Cinder Row reported from Leeds on Tuesday:')).toBe(null);
    expect(newsroomAsSubject('Harbour Hardware got there on Tuesday:')).toBe(null);
  });
  it('reads a name by its shape alone only on an English page or one that names no language', () => {
    expect(newsroomAsSubject('Cinder Row got there first:', 'en')).toMatchObject({ name: 'Cinder Row' });
    // German capitalises nouns: "Am Zaun" is no name.
    expect(newsroomAsSubject('Am Zaun hing gestern dieser Zettel:', 'de')).toBe(null);
    expect(newsroomAsSubject('Cinder Row got there first:', 'de')).toBe(null);
    // A name whose words say newsroom is read in any language.
    expect(newsroomAsSubject('The Harbour Mercury dug into the numbers:', 'de')).toMatchObject({
      name: 'Harbour Mercury',
    });
  });
  it('reads "Here’s" before two words no given name opens as a title, before a given name as a person', () => {
    expect(bareAttribution("Here's Gull Stack:", () => false)).toMatchObject({
      kind: 'outlet',
      name: 'Gull Stack',
      tentative: true,
    });
    expect(bareAttribution("Here's Sarah Lindqvist:", () => false)?.kind).toBe('person');
  });
});

describe('data/shop-words.json and data/hand-over-words.json', () => {
  it('holds shops’ last words in lower case, one word each, read as a business’s name', () => {
    expect(shopWords.tails.length).toBeGreaterThan(20);
    for (const word of shopWords.tails) expect(word).toMatch(/^\p{Ll}+$/u);
    expect(new Set(shopWords.tails).size).toBe(shopWords.tails.length);
    expect(companyShaped('Harbour Hardware')).toBe(true);
    expect(companyShaped('Station Road Surgery')).toBe(true);
    expect(companyShaped('Kiln Lane Clinic')).toBe(true);
    expect(companyShaped('The Harbour Hardware Gazette')).toBe(false);
  });
  it('holds the hand-over words slot by slot, in lower case', () => {
    for (const slot of ['pieces', 'ranIn', 'writesFor', 'credits'] as const) {
      const words: string[] = handOverWords[slot];
      expect(words.length).toBeGreaterThan(3);
      for (const word of words) expect(word).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('hand-overs to a paper of one word, asides and one-sentence lead-ins', () => {
  const noSurname = () => false;
  const oneWord = (text: string, isSurname: (word: string) => boolean = noSurname) =>
    unknownOutlet(text, () => null, isSurname);
  it('reads one plain word a hand-over gives, tentatively, when the page names no one so', () => {
    expect(oneWord('More from Fathom:')).toMatchObject({ name: 'Fathom', tentative: true });
    expect(oneWord('Per a report in Wrackline:')).toMatchObject({ name: 'Wrackline', tentative: true });
    expect(oneWord('Says Cormorant:')?.name).toBe('Cormorant');
    expect(newsroomAsSubject('Fathom has the goods:', 'en', noSurname)).toMatchObject({ name: 'Fathom' });
    // Without the page's surnames, one word stays unread, as before.
    expect(unknownOutlet('More from Fathom:')).toBe(null);
  });
  it('reads no surname the page gives, no given name, and no word opening a sentence', () => {
    const solberg = (word: string) => word === 'Solberg';
    expect(oneWord('More from Solberg:', solberg)).toBe(null);
    expect(newsroomAsSubject('Solberg has the numbers:', 'en', solberg)).toBe(null);
    expect(oneWord('More from Ingrid:')).toBe(null);
    expect(newsroomAsSubject('Nice work from Tidewell Energy:', 'en', noSurname)).toBe(null);
    expect(newsroomAsSubject('Excerpt from the minutes:', 'en', noSurname)).toBe(null);
    expect(newsroomAsSubject('Back to the minutes:', 'en', noSurname)).toBe(null);
    expect(newsroomAsSubject('Officials have the numbers:', 'en', noSurname)).toBe(null);
    expect(newsroomAsSubject('Repairability keeps creeping into the mainstream:', 'en', noSurname)).toBe(
      null,
    );
    expect(oneWord('Here is the paragraph from Section 5 that matters:')).toBe(null);
    expect(oneWord('Mariam translated it from Arabic:')).toBe(null);
    expect(oneWord("A review from Venice called it weak. I think it's the best part, this one:")).toBe(null);
  });
  it('sets aside an aside between the subject and its verb', () => {
    expect(newsroomAsSubject('Cinder Row, which broke the story, adds:')?.name).toBe('Cinder Row');
    expect(newsroomAsSubject('Gull Stack (paywalled) has it:')?.name).toBe('Gull Stack');
    expect(newsroomAsSubject('Tidewell Energy, which owns the quay, adds:')).toBe(null);
    expect(newsroomAsSubject('Sarah Lindqvist, to her credit, asked the obvious question:')).toBe(null);
  });
  it('hands over by "As X notes", a trailing comma, "On X this morning"', () => {
    expect(lead('As Cinder Row notes:')).toBe('Cinder Row');
    expect(lead('As Gull Stack points out:')).toBe('Gull Stack');
    expect(lead('As Pike & Kettle reports,')).toBe('Pike & Kettle');
    expect(lead('On Cinder Row this morning:')).toBe('Cinder Row');
    expect(lead('Over on Gull Stack:')).toBe('Gull Stack');
    expect(lead('As Gull Stack notes, the vote was close.')).toBe(null);
    expect(lead('As Priya Raman points out:')).toBe(null);
    expect(lead('As Tidewell Energy notes:')).toBe(null);
    expect(lead('Sarah Lindqvist reports.')).toBe(null);
  });
});

describe('a product’s model', () => {
  it('makes a name a business’s, not a channel’s number', () => {
    expect(companyShaped('Driftcam R4')).toBe(true);
    expect(companyShaped('Anchorline X2')).toBe(true);
    expect(companyShaped('Radio 4')).toBe(false);
    expect(companyShaped('Harbour Radio X2')).toBe(false);
    expect(companyShaped('Екипа N1')).toBe(false);
  });
});

describe('data/hand-over-words.json: going on, pointing at a named source, pointing back after', () => {
  it('holds each slot’s words in lower case, each once', () => {
    for (const slot of ['goesOn', 'pointsAtNamed', 'backCreditOpenings'] as const) {
      const words: string[] = handOverWords[slot];
      expect(words.length).toBeGreaterThan(3);
      for (const word of words) expect(word).toBe(word.toLowerCase().trim());
      expect(new Set(words).size).toBe(words.length);
      expect(handOverWords._doc).toContain(slot);
    }
  });
  it('reads a whole short going-on lead-in as pointing back, not a longer sentence', () => {
    expect(pointsBack('And it went on:')).toBe(true);
    expect(pointsBack('Then, further down:')).toBe(true);
    expect(pointsBack('It continues:')).toBe(true);
    expect(pointsBack('It went on to blame the council for the whole affair:')).toBe(false);
    expect(pointsBack('My neighbour went on:')).toBe(false);
  });
});

describe('what a newsroom said, its own kind of newsroom, a name the lead-in ends on', () => {
  const noSurname = () => false;
  it('names a newsroom by what it said, only a name that reads as one', () => {
    expect(lead('Here is what Tern Point Radio said on Monday:')).toBe('Tern Point Radio');
    expect(lead('Here is what the Skerry Bulletin had to say:')).toBe('Skerry Bulletin');
    expect(lead("Here's what KXRT told listeners this morning:")).toBe('KXRT');
    // "Said" is anyone's verb: a person's name, or one word, stays no one's source.
    expect(lead('Here is what Morag Lennie said:')).toBe(null);
    expect(unknownOutlet('Here is what Ballast said:', () => null, noSurname)).toBe(null);
    // Only a colon hands over.
    expect(lead('Here is what Tern Point Radio said on Monday, and it is wrong.')).toBe(null);
  });
  it('names the writer’s own local newsroom, its kind then its name set off by commas', () => {
    expect(lead('My local radio station, Wavecrest, said this morning:')).toBe('Wavecrest');
    expect(lead('My local paper, the Quayside, says:')).toBe('Quayside');
    expect(lead('My neighbour, Alan Pryce, says:')).toBe(null);
  });
  it('reads a name the lead-in ends on as handed over, as a colon after it would be', () => {
    expect(unknownOutlet('According to Ballast', () => null, noSurname)).toMatchObject({
      name: 'Ballast',
      tentative: true,
    });
    expect(unknownOutlet('Enligt Ankaret,', () => null, noSurname)?.name).toBe('Ankaret');
    // The name goes on into the sentence, or is someone's surname on the page: no hand-over.
    expect(unknownOutlet('According to Ballast the ferry runs late', () => null, noSurname)).toBe(null);
    expect(
      unknownOutlet(
        'According to Ballast',
        () => null,
        (w) => w === 'Ballast',
      ),
    ).toBe(null);
  });
  it('takes "Enligt" for a word handing over, not a given name before a surname', () => {
    expect(HANDING_OVER_WORD.test('Enligt')).toBe(true);
    expect(HANDING_OVER_WORD.test('Lisbeth')).toBe(false);
  });
});
