// Reading a lead-in (utils/analysis/lead-in.ts): names the sentence denies, a body's own documents, the
// writer's words told to an outlet, an outlet quoting another, a country a piece came from, an outlet set against
// the passage and an aggregator the piece was read on.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { SELF_REFERENCE } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: 'Carrow Point Rowing Club',
  publicationHost: 'carrowpoint.example',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string) => {
  const reading = readLeadIn(text, [], context);
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a hat tip in the lead-in', () => {
  it('names neither the source nor a speaker', () => {
    expect(read('Reuters has the details (h/t reader Tomás for the link):')).toBe('outlet:Reuters');
    expect(read('Here is the notice (thanks to Ana Ruiz for this):')).not.toMatch(/^person/);
    expect(read('Here is the notice (thanks to Ana Ruiz for this):')).not.toMatch(/Ana/);
  });
  it('keeps a source or a speaker named outside it', () => {
    expect(read('My neighbour Tomás wrote to me about it (h/t Ana):')).toMatch(/^person/);
  });
});

describe('a name the lead-in denies', () => {
  it('is no source, known to the table or not', () => {
    expect(
      read('Not from Reuters, whatever the group chat says — this is the club’s own notice:'),
    ).not.toMatch(/Reuters/);
    expect(read('Not from the Harbour Gazette, before anyone asks — here is the notice:')).not.toMatch(
      /Gazette/,
    );
    expect(read('It wasn’t in Lakeland Radio either. Here it is:')).not.toMatch(/Lakeland/);
  });

  it('leaves a source named after the denial', () => {
    expect(read('Not from the club, before anyone asks — this is from Reuters:')).toBe('outlet:Reuters');
  });
});

describe('a name the table lacks owning a document', () => {
  it('is the document’s author, not a newsroom', () => {
    expect(read('This is straight from the Marine Agency’s notice to clubs:')).toBe('document:null');
  });

  it('stays a newsroom when what it owns is a reporter, not a document', () => {
    expect(read('The Harbour Banner’s transport reporter has the numbers:')).toBe('outlet:Harbour Banner');
  });
});

describe('what a lead-in hands over', () => {
  it('reads the writer’s own statement to someone as a self-quote', () => {
    expect(read('Reporters from the Ashby Courier were there. Our statement to them after the vote:')).toBe(
      'self:Carrow Point Rowing Club',
    );
  });
  it('reads a proposal as a document, and asking people for something as no self-quote', () => {
    expect(read('We asked members for their views in October. The proposal we put to the council:')).toBe(
      'document:null',
    );
  });
  it('sets aside the broadcaster a lead-in turns from to what someone delivered', () => {
    expect(
      read(
        'ITV News filmed the whole hearing, but the trust has sent us his closing appeal as he delivered it:',
      ),
    ).toBe('none');
    expect(read('ITV News filmed the whole hearing and has the appeal:')).toBe('outlet:ITV News');
  });
  it('reads responses as people’s words, and a named person welcoming or replying as a person', () => {
    expect(read('Many responses raised the same points. Two that were typical:')).toBe('person:null');
    expect(read('Jonah Pellew, who runs the corner shop, welcomed the plan:')).toBe('person:null');
  });
});

describe('rules, handbooks, an alert’s wording', () => {
  it('are documents, and a turn to them sets aside the paper named before it', () => {
    expect(read('From the club’s ride rules:')).toBe('document:null');
    expect(read('Here’s the actual wording of the county’s road alert for our loop:')).toBe('document:null');
    expect(
      read('The Guardian column is the one everyone forwards, but the handbook is what the marshals go by:'),
    ).toBe('document:null');
    expect(read('The Guardian column is the one everyone forwards:')).toBe('outlet:The Guardian');
  });
});

describe('a link that only points ("here") at a story', () => {
  const withLink = (text: string, words: string, href: string) => {
    const start = text.indexOf(words);
    const reading = readLeadIn(text, [{ href, start, end: start + words.length }], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  const story = 'https://www.saleroomnews.example/news/london-december-sale-quiet-room';

  it('names the story’s site, by its domain when the table lacks it', () => {
    expect(withLink('A dealer’s account is here, and the part worth reading:', 'here', story)).toBe(
      'outlet:saleroomnews.example',
    );
    expect(withLink('The results are over here; this is the line that matters:', 'over here', story)).toBe(
      'outlet:saleroomnews.example',
    );
  });

  it('names no site for a statement, a home page or a sentence that hands over nothing', () => {
    expect(withLink('The company’s statement is here:', 'here', story)).toBe('document:null');
    expect(withLink('A dealer’s account is here:', 'here', 'https://www.saleroomnews.example/')).toBe('none');
    expect(withLink('A dealer’s account is here, if you want it.', 'here', story)).toBe('none');
  });

  it('reads the word for "here" in the languages of most lead-ins, not an English pronoun', () => {
    expect(withLink('Wie viele es betrifft, steht hier, und zwar so:', 'hier', story)).toBe(
      'outlet:saleroomnews.example',
    );
    expect(withLink('Les chiffres sont ici, et ils sont clairs :', 'ici', story)).toBe(
      'outlet:saleroomnews.example',
    );
    expect(withLink('Los números están aquí:', 'aquí', story)).toBe('outlet:saleroomnews.example');
    expect(withLink('I asked her, and this is the answer:', 'her', story)).toBe('none');
  });
});

describe('a newsroom that headlines a story', () => {
  it('is the source in French, Italian, Spanish and Dutch', () => {
    expect(read('Ouest-France titre ce matin sur la digue :')).toBe('outlet:Ouest-France');
    expect(read('Le Monde titrait hier :')).toBe('outlet:Le Monde');
    expect(read('El País titula hoy:')).toBe('outlet:El País');
    expect(read('De Telegraaf kopt vanochtend:')).toBe('outlet:De Telegraaf');
  });
});

describe('a newsroom getting words from someone, the verb split around the person', () => {
  it('is the source of the words, in German and Dutch', () => {
    expect(read('Der MDR hat mit einem Fährmann gesprochen, der seit Jahren übersetzt:')).toBe(
      'outlet:Mitteldeutscher Rundfunk',
    );
    expect(read('De NOS heeft een visser in Scheveningen gesproken:')).toBe('outlet:NOS');
  });
  it('is no newsroom when the writer’s relative or neighbour is the subject', () => {
    expect(read('Mein Onkel hat mit dem Ortsvorsteher gesprochen:')).not.toMatch(/^outlet:/);
    expect(read('Mijn buurman heeft de burgemeester gesproken:')).not.toMatch(/^outlet:/);
  });
});

describe('a letter', () => {
  it('written to a person is its writer’s words, after a turn from a paper', () => {
    expect(
      read(
        'The Gazette printed the opening in 1931, but the joiner’s side survives in a letter to his brother:',
      ),
    ).toBe('person:null');
    expect(read('Her account comes from letters to her son, kept by the family:')).toBe('person:null');
  });
  it('written to a body is a document', () => {
    expect(read('The trustees’ reply came as a letter to the parish council:')).toBe('document:null');
  });
});

describe('a service’s terms', () => {
  it('are a document', () => {
    expect(read('What settles it is the operator’s Conditions of Carriage:')).toBe('document:null');
    expect(read('The booking e-mail says this under the ticket:')).toBe('document:null');
    expect(read('The terms and conditions of the offer read:')).toBe('document:null');
  });
});

describe('prior art by its patent number', () => {
  it('is a document', () => {
    for (const number of ['JP 2019-087321 A', 'DE 10 2020 114 552 A1', 'US 2019/0123456 A1', 'EP 1234567 B1'])
      expect(read(`A later approach is described in ${number}, which discloses:`), number).toBe(
        'document:null',
      );
    expect(read('The patent itself reads:')).toBe('document:null');
  });
  it('is no reading of a year or a time', () => {
    expect(read('In 2019-2020 a new ramp was tried, and the crew said:')).not.toBe('document:null');
  });
});

describe('a document named in another language', () => {
  it('is a body’s statement or decision', () => {
    expect(read('Em nota, a Prefeitura de Curitiba informou:')).toBe('document:null');
    expect(read('En un comunicado, la Mancomunidad de la Comarca informó:')).toBe('document:null');
    expect(read('Het persbericht van de gemeente:')).toBe('document:null');
  });
  it('is a letter from a body, after a turn away from a newspaper; a letter from a person is not', () => {
    expect(read('Il Corriere ne ha scritto ieri, ma la lettera del comitato di quartiere dice altro:')).toBe(
      'document:null',
    );
    expect(read('El País lo mencionó, pero la carta de la asociación de vecinos dice otra cosa:')).toBe(
      'document:null',
    );
    expect(read('El País lo mencionó, pero la carta de mi vecina dice otra cosa:')).not.toBe('document:null');
  });
});

describe('a Scandinavian outlet holding a longer piece', () => {
  it('introduces the block after a full stop', () => {
    expect(read('Dagens Nyheter har en utförligare genomgång.')).toBe('outlet:Dagens Nyheter');
    expect(read('SVT Nyheter Väst har en längre text.')).toBe('outlet:SVT');
  });
});

describe('a Japanese outlet’s editorial', () => {
  it('names the outlet before 「 」', () => {
    expect(read('毎日新聞は社説で')).toBe('outlet:The Mainichi');
  });
});

describe('correspondence and the verb "notice"', () => {
  it('reads what someone wrote to us as a person’s words, and "would never notice" as no notice', () => {
    expect(read('Hardly anyone would notice on one skein. Here’s what the mill wrote to us last week:')).toBe(
      'person:null',
    );
  });

  it('reads an event’s permit as a document, and "will not permit" as the verb', () => {
    expect(read('From our premises permit, condition 4, the one the council checks:')).toBe('document:null');
    expect(read('The committee will not permit stalls after six. Here is what our neighbour said:')).toBe(
      'person:null',
    );
  });

  it('reads a changelog as a document, setting aside the outlet the sentence turned from', () => {
    expect(read('The Verge covered the update but the headline missed it. From the changelog itself:')).toBe(
      'document:null',
    );
    expect(read('The release notes say:')).toBe('document:null');
  });

  it('still reads a notice as a document', () => {
    expect(read('This is the notice that went up on the gate:')).toBe('document:null');
    expect(read('The harbour master’s notice to boat owners reads:')).toBe('document:null');
  });
});

describe('a translated letter and a note someone left', () => {
  it('reads a letter someone translated as its writer’s words, and a body’s as a document', () => {
    expect(
      read('Nothing says it like the letter that came with the oil. Mariam translated it from Arabic:'),
    ).toBe('person:null');
    expect(read('The council’s letter to the press, translated from German:')).toBe('document:null');
  });

  it('reads a note someone left as a person’s words', () => {
    expect(read('The first sack came with a note of four lines. It’s taped above the ovens now:')).toBe(
      'person:null',
    );
  });

  it('sets aside a name pointing back when the sentence turns from it to someone’s letter', () => {
    const mirror = defaultOutlets.byName('Daily Mirror');
    expect(mirror).not.toBeNull();
    const withMirror: LeadInContext = { ...context, earlierOutlets: () => (mirror ? [mirror] : []) };
    const reading = (text: string) => {
      const r = readLeadIn(text, [], withMirror);
      return r ? `${r.kind}:${r.outlet}` : 'none';
    };
    expect(
      reading(
        'The Mirror put our bar in a gift guide, but nothing says it like the letter that came with the oil. Mariam translated it from Arabic:',
      ),
    ).toBe('person:null');
    // Without the turn, the name pointing back is still the source.
    expect(reading('The Mirror had the whole story the next morning:')).toBe('outlet:Daily Mirror');
  });
});

describe('a name the lead-in gives, as a short name of an outlet named earlier', () => {
  it('looks for the outlets named earlier only when some outlet goes by the name as a short name', () => {
    let asked = 0;
    const counting: LeadInContext = {
      ...context,
      earlierOutlets: () => {
        asked++;
        return [];
      },
    };
    const reading = (text: string) => {
      const r = readLeadIn(text, [], counting);
      return r ? `${r.kind}:${r.outlet}` : 'none';
    };
    expect(reading('Here’s Reuters with the latest:')).toBe('outlet:Reuters');
    expect(asked).toBe(0);
    reading('The Mirror had the whole story the next morning:');
    expect(asked).toBeGreaterThan(0);
  });
});

describe('a newsroom named as a job someone held there', () => {
  it('is no source: the person sends their own words', () => {
    expect(
      read('Mair Lewis, who spent twenty years as a sub-editor for the Western Mail, sent us this memory:'),
    ).not.toMatch(/^outlet/);
    expect(read('Tom Reyes, once a cameraman at ITV Wales, wrote this down for us:')).not.toMatch(/^outlet/);
    expect(read('Dilys Morgan, who used to write for the Guardian, posted us this:')).not.toMatch(/^outlet/);
    expect(read('Ann Coe, formerly the chief photographer on the Financial Times, wrote:')).not.toMatch(
      /^outlet/,
    );
  });

  it('leaves the newsroom that reports', () => {
    expect(read('A photographer for Reuters sent this from the quay:')).toBe('outlet:Reuters');
    expect(read('Reuters reported:')).toBe('outlet:Reuters');
  });
});

describe('a turn to what nobody quotes', () => {
  it('sets aside the outlet the others link', () => {
    expect(
      read('Everyone links the big review (the Financial Times one, I think) but nobody quotes this bit:'),
    ).not.toMatch(/^outlet/);
    expect(
      read('Reviews in the Guardian liked it, but no one mentions the letters at the back:'),
    ).not.toMatch(/^outlet/);
  });

  it('keeps an outlet named after the turn, or a turn that hands over nothing else', () => {
    expect(read('Everyone links the blog posts, but nobody quotes Reuters, which had this:')).toBe(
      'outlet:Reuters',
    );
    expect(read('Reuters had it, but nobody here saw it until Friday:')).toBe('outlet:Reuters');
  });
});

describe('someone named by their job answering', () => {
  it('speaks, whatever document the sentence names where they answered', () => {
    expect(read('Their support engineer replied on the ticket at 16:20:')).toBe('person:null');
    expect(read('The site manager wrote back the next morning:')).toBe('person:null');
  });

  it('leaves a document handed over without anyone answering', () => {
    expect(read('The reply on the ticket at 16:20:')).toBe('document:null');
  });
});

describe('a status page and a numbered rule', () => {
  it('are documents', () => {
    expect(read('From the provider’s status page, 14:52 UTC:')).toBe('document:null');
    expect(read('Rule 9:')).toBe('document:null');
    expect(read('Clause 4 of the lease:')).toBe('document:null');
  });

  it('but a rule without its number is a word of the sentence', () => {
    expect(read('As a rule we wait for the tide:')).not.toBe('document:null');
  });
});

describe('what others quote, and whom a turn hands over to', () => {
  it('sets aside the outlet everyone quotes before a turn', () => {
    expect(read('Everyone quotes the New York Times review, but my favourite line is this one:')).not.toMatch(
      /^outlet/,
    );
    // Without everyone quoting it, the outlet before a turn to nobody's words stays.
    expect(read('The New York Times reviewed it, but my favourite line is this one:')).toBe(
      'outlet:The New York Times',
    );
  });

  it('sets aside the outlet before a turn to a visitor, a postcard, readers', () => {
    expect(
      read('The Guardian ran a feature on the garden in May, but this is the postcard that made us cry:'),
    ).toBe('person:null');
    expect(read('We were on Channel 4 News in the spring; the kindest words came from a visitor:')).toBe(
      'person:null',
    );
  });

  it('reads a newsroom in a clause of time, before someone’s words, as when, not whose', () => {
    expect(read('After the Telegraph piece, a reader sent us her grandmother’s recipe:')).not.toMatch(
      /^outlet/,
    );
    expect(read('Margaret, who retired from the Times in 2010, wrote to us:')).not.toMatch(/^outlet/);
    // A name after the clause introduces, and a clause before no one's words keeps its name.
    expect(read('Following the Reuters report, Bloomberg added:')).toBe('outlet:Bloomberg');
    expect(read('After the vote, Reuters reported:')).toBe('outlet:Reuters');
  });
});

describe('a body’s note or message', () => {
  it('is a document, by the possessive or by "from"', () => {
    expect(read('The committee’s note to members, in full:')).toMatch(/^document/);
    expect(read('An e-mail from the parish office this morning:')).toMatch(/^document/);
  });
  it('is not a document when a person sent it', () => {
    expect(read('A note from my neighbour Tomás this morning:')).not.toMatch(/^document/);
    expect(read('Tomás’s note to the rest of us, in full:')).not.toMatch(/^document/);
  });
});

describe('the blog’s own earlier post by its month', () => {
  it('is the blog quoting itself', () => {
    expect(read('From my post in March, which still holds:')).toMatch(/^self/);
  });
  it('is not the blog’s own when the post is someone else’s', () => {
    expect(read('From his post in March, which still holds:')).not.toMatch(/^self/);
  });
});

describe('a dated issue of a periodical', () => {
  it('names the periodical, known to the table or not', () => {
    expect(read('From the Winter 2026 issue of Harbour Quarterly:')).toBe('outlet:Harbour Quarterly');
    expect(read('From the November issue of The Atlantic, page 31:')).toBe('outlet:The Atlantic');
  });
  it('names no one whose periodical it is by the possessive', () => {
    expect(read('From the December issue of Ruth Hale’s newsletter:')).not.toMatch(/Ruth Hale/);
  });
});

const readIn = (language: string, text: string) => {
  const reading = readLeadIn(text, [], { ...context, language });
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};
describe('a bare name holding an official text’s word', () => {
  it('is that document, never an outlet', () => {
    expect(readIn('de', 'In der Satzung des Heimatvereins heißt es:')).toBe('document:null');
    expect(readIn('de', 'Im Bescheid des Landratsamts steht:')).toBe('document:null');
    expect(readIn('de', 'Im Spiegel heißt es:')).toBe('outlet:Spiegel');
  });
});

describe('the text a thing carries or comes with', () => {
  it('is a document', () => {
    expect(read('The label beside the case reads:')).toBe('document:null');
    expect(read('The premises licence has one condition that matters:')).toBe('document:null');
    expect(read('The boiler’s manual is quite clear:')).toBe('document:null');
    expect(read('The certificate the county archive found for us:')).toBe('document:null');
  });
});

describe('his or her testimony, evidence or statement', () => {
  it('is that person’s words; a body’s is a document', () => {
    expect(read('In his testimony to the inquiry, the site engineer said:')).toBe('person:null');
    expect(read('In her written evidence, the former clerk put it plainly:')).toBe('person:null');
    expect(read('In its statement, the board said:')).toBe('document:null');
  });
});

describe('the blog’s own review of a year', () => {
  it('is a self-quote', () => {
    expect(read('From our 2023 review:')).toBe('self:Carrow Point Rowing Club');
    expect(read('As my 2022 round-up put it:')).toBe('self:Carrow Point Rowing Club');
    expect(read('From the 2023 review by the county:')).not.toMatch(/^self/);
  });
});

describe('a Spanish lead-in naming a grandparent or a diary', () => {
  it('makes the passage a person’s words', () => {
    expect(readIn('es', 'En su diario, mi abuelo escribió el 3 de mayo de 1939:')).toBe('person:null');
    expect(readIn('es', 'Mi abuela lo contaba así:')).toBe('person:null');
  });
});

describe('a claim to the story ending in a full stop', () => {
  it('hands over to the newsroom it names, after a credit label too', () => {
    expect(read('Credit where due: the Marrow Vale Courier had this first.')).toBe(
      'outlet:Marrow Vale Courier',
    );
    expect(read('In fairness, Radio Pellow got there first.')).toBe('outlet:Radio Pellow');
    expect(read('The Kestle Press broke the story.')).toBe('outlet:Kestle Press');
  });
  it('names no council, company or person, and no sentence that says more after the claim', () => {
    expect(read('The parish council had it first.')).not.toMatch(/^outlet/);
    expect(read('Tidewell Energy had it first.')).not.toMatch(/^outlet/);
    expect(read('Ingrid Solberg had this first.')).not.toMatch(/^outlet/);
    expect(read('The Marrow Vale Courier had this first. Nobody else followed it up.')).not.toMatch(
      /^outlet/,
    );
  });
});

describe('a day’s paper in an aside', () => {
  it('is the newsroom’s paper, no document', () => {
    expect(read("The Tolland Gazette, page 5 of Tuesday's paper, went further:")).toBe(
      'outlet:Tolland Gazette',
    );
    expect(read("The Kestle Press, in yesterday's paper, put numbers on it:")).toBe('outlet:Kestle Press');
  });
  it('leaves a body’s paper a document', () => {
    expect(read("The county's own discussion paper, published in September, says this:")).toBe(
      'document:null',
    );
    expect(read('The council’s position paper went further:')).toBe('document:null');
  });
});

describe('a readout of a call or a meeting', () => {
  it('is a document, whoever issued it', () => {
    expect(read('The ministry’s readout of the call:')).toBe('document:null');
    expect(read('Here is the readout from the harbour board:')).toBe('document:null');
  });
});

describe('a person a name the table lacks owns', () => {
  it('is the one speaking, when the owner reads as no newsroom', () => {
    expect(read("As Harrow Capital's Marta Lindqvist writes in her note:")).toBe('person:null');
    expect(read("Tidewell Energy's Ingrid Solberg summed it up:")).toBe('person:null');
  });
  it('writes for a newsroom that owns her, named without her', () => {
    expect(read("The Kelso Ledger's Dana Whitlock writes:")).toBe('outlet:Kelso Ledger');
    expect(read("KXLT's Dana Whitlock reports:")).toBe('outlet:KXLT');
    expect(read("The NYT's Peter Baker writes:")).toBe('outlet:The New York Times');
  });
});

describe('thanks for coverage before a sentence handing over', () => {
  it("credits no outlet thanked when the sentence after hands over someone's words", () => {
    expect(
      read(
        "Thank you to Reuters and the Guardian for covering this last week. One skipper's reason stopped me in my tracks:",
      ),
    ).not.toMatch(/Reuters|Guardian/);
  });
  it('still credits the outlet thanked for the passage itself', () => {
    expect(read('Thanks to the Guardian for this:')).toBe('outlet:The Guardian');
    expect(read('Thanks to Reuters for covering this. Here is the bit that matters:')).toBe('outlet:Reuters');
  });
});

describe('the writer’s own words told to an outlet', () => {
  it('are the blog’s own after "as" or "what" before "I told" or "we told"', () => {
    for (const text of ['As I told the Times last week:', 'Here’s what we told the Guardian when they rang:'])
      expect(SELF_REFERENCE.test(text), text).toBe(true);
    expect(read('As I told BBC Wales on Friday:')).toBe('self:Carrow Point Rowing Club');
  });
  it('leave someone else telling an outlet to the outlet, and "I told" a person alone', () => {
    expect(read('Carys Pugh, who lives at the top of the lane, told the Guardian:')).toBe(
      'outlet:The Guardian',
    );
    expect(SELF_REFERENCE.test('I told my sister about it and she laughed:')).toBe(false);
  });
});

describe('an outlet quoting another in an apposition', () => {
  it('is the source; the one it quotes is its source’s', () => {
    expect(read('The Boston Globe, quoting an Associated Press tally, says:')).toBe(
      'outlet:The Boston Globe',
    );
    expect(read('Axios, quoting two people familiar with the talks, reports:')).toBe('outlet:Axios');
  });
  it('leaves "Quoting X:" opening the sentence to X', () => {
    expect(read('Quoting the Guardian:')).toBe('outlet:The Guardian');
  });
});

describe('a country where a piece came from', () => {
  it('is no newsroom', () => {
    expect(read('The view from the Philippines:')).not.toMatch(/^outlet/);
    expect(read('Stuff’s Auckland bureau filed this from New Zealand on Monday:')).toBe('outlet:Stuff');
  });
});

describe('an outlet set against the passage', () => {
  it('is no source after "unlike" or "contrary to"', () => {
    expect(read('Unlike what the Daily Mail claimed, the council’s own notice says:')).not.toMatch(
      /Daily Mail/,
    );
    expect(read('Contrary to what the Sun reported, the swimming club’s statement reads:')).not.toMatch(
      /Sun/,
    );
  });
  it('leaves the source named after it', () => {
    expect(read('Unlike the BBC, the Guardian had the right date:')).toBe('outlet:The Guardian');
  });
});

describe('an aggregator the piece was read on', () => {
  it('is not the source named before it in the clause', () => {
    expect(read('Here’s the Washington Post, via MSN:')).toBe('outlet:The Washington Post');
    expect(read('The Daily Maverick has the figures, via allAfrica:')).toBe('outlet:Daily Maverick');
  });
  it('is the source when it is the only name', () => {
    expect(read('Via Techmeme, the link everyone sent me:')).toBe('outlet:Techmeme');
  });
});

/** A lead-in read on a page in Chinese. */
const readInChinese = (text: string) => {
  const reading = readLeadIn(text, [], { ...context, language: 'zh' });
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a Chinese lead-in naming an outlet that joins Han characters and digits', () => {
  it('finds the name running on into the sentence', () => {
    expect(readInChinese('香港01記者到大澳訪問咗一位棚屋住戶：')).toBe('outlet:HK01');
    expect(readInChinese('據香港01報道：')).toBe('outlet:HK01');
  });
});

describe('a Korean lead-in naming a station that joins Latin letters and Hangul', () => {
  it('names the station, not the network inside its name', () => {
    expect(readIn('ko', 'KBS제주가 공항에서 여행객을 인터뷰했는데:')).toBe('outlet:KBS Jeju');
    expect(readIn('ko', 'KBS가 공항에서 여행객을 인터뷰했는데:')).toBe('outlet:KBS');
  });
});

describe('a Greek lead-in naming a station the table lacks', () => {
  it('leaves the article Greek writes before every title out of the name', () => {
    expect(readIn('el', 'Το Ακρωτήρι TV μίλησε με έναν ψαρά:')).toBe('outlet:Ακρωτήρι TV');
    expect(readIn('el', 'Το Βήμα γράφει:')).toBe('outlet:To Vima');
  });
});

describe('a Chinese lead-in handing over a reader’s comment', () => {
  it('hands over someone’s words', () => {
    expect(readInChinese('上一篇講船期嘅文，有位讀者留言：')).toBe('person:null');
    expect(readInChinese('一位网友留言说：')).toBe('person:null');
  });
});

describe('an Italian lead-in naming a Ticino paper with its article', () => {
  it('names the paper the table knows without the article', () => {
    expect(read('Il Corriere del Ticino riporta:')).toBe('outlet:Corriere del Ticino');
  });
  it('reads "la Regione" without a source’s cue as no outlet', () => {
    expect(read('La Regione ha stanziato tre milioni per i sentieri:')).not.toMatch(/laRegione/);
  });
});

describe('a body’s or a business’s name alone before the colon', () => {
  it('hands over its own text, a document, naming no outlet', () => {
    expect(read('Pinned to the door this week. Station Road Surgery:')).toBe('document:null');
    expect(read("Ward 7 Residents' Association:")).toBe('document:null');
  });
  it('leaves a sentence holding a business’s word alone', () => {
    expect(read('In the window of the café by the gate:')).not.toBe('document:null');
  });
});

describe('a pointing link to a newsroom’s piece about a document', () => {
  const withLink = (text: string, words: string, href: string) => {
    const start = text.indexOf(words);
    const reading = readLeadIn(text, [{ href, start, end: start + words.length }], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  it('names the site of a dated story the sentence calls a piece about the document', () => {
    expect(
      withLink(
        "There's a decent write-up of the council's study here:",
        'here',
        'https://www.eastmerenews.example/2026/11/30/air-quality-study-results-school-gates/',
      ),
    ).toBe('outlet:eastmerenews.example');
  });
  it('names none for the document itself', () => {
    expect(
      withLink(
        "The council's study is here:",
        'here',
        'https://www.eastmerenews.example/2026/11/30/air-quality-study-results-school-gates/',
      ),
    ).not.toMatch(/^outlet/);
  });
});

describe('a neighbour handing over in the page’s language', () => {
  it('makes the words a person’s', () => {
    expect(
      readIn('pt', 'A minha vizinha, que vende peixe seco no mercado, fez as contas dela quando lhe contei:'),
    ).toBe('person:null');
    expect(readIn('nl', 'Mijn buurman, die elke ochtend om vijf uur opstaat, zei alleen:')).toBe(
      'person:null',
    );
    expect(readIn('de', 'Meine Nachbarin, die jeden Tag pendelt, meinte nur:')).toBe('person:null');
  });
});

describe('a link whose words say "a piece" in Dutch or Chinese', () => {
  const withLink = (text: string, words: string, href: string) => {
    const start = text.indexOf(words);
    const reading = readLeadIn(text, [{ href, start, end: start + words.length }], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  it('names the story’s site when the table lacks it', () => {
    expect(
      withLink(
        'De aantallen staan in dit stuk:',
        'in dit stuk',
        'https://www.polderbode.example/veerpont-winterdienst-werkdagen',
      ),
    ).toBe('outlet:polderbode.example');
    expect(
      withLink('呢篇報道講得幾清楚：', '呢篇報道', 'https://www.wanqu-news.example/2026/12/03/crowd-trial/'),
    ).toBe('outlet:wanqu-news.example');
  });
  it('names none for an official text the sentence names, at an address not dated as a story', () => {
    expect(
      withLink(
        'Het raadsvoorstel zelf staat in dit stuk:',
        'in dit stuk',
        'https://www.gemeente-lekoever.example/bestuur/raadsvoorstel-voetveer-winterdienst',
      ),
    ).not.toMatch(/^outlet/);
  });
});

describe('a name the table knows after the article the sentence gives it', () => {
  it('is the table’s outlet, though no word of it says "newspaper"', () => {
    expect(read('O Expresso das Ilhas noticia esta manhã:')).toBe('outlet:Expresso das Ilhas');
    expect(read('O Cruzeiro do Sul publicou hoje:')).toBe('outlet:Cruzeiro do Sul');
  });
  it('keeps the initials without their article when the table lacks them', () => {
    expect(read('A RTC ouviu um pescador em São Pedro:')).toBe('outlet:RTC');
  });
});

describe('an outlet named in a clause about someone, set off by commas', () => {
  it('describes the person whose words follow, and names no source', () => {
    expect(
      read('A reader, Marjorie, who has taken the Guardian every day for forty years, wrote in:'),
    ).not.toMatch(/Guardian/);
    expect(read('My aunt, who still takes the Observer on Sundays, sent this:')).not.toMatch(/Observer/);
  });
  it('leaves an outlet outside the clause, or one that is the subject, its source', () => {
    expect(read('The Telegraph’s Anna Kirby, who has covered the airport for years, writes:')).toBe(
      'outlet:The Telegraph',
    );
    expect(read('Politico, which spoke to three of the board’s staff, adds:')).toBe('outlet:Politico');
  });
});

describe('a short name holding its own article', () => {
  const voce = defaultOutlets.byName('La Voce del Popolo');
  const after: LeadInContext = { ...context, earlierOutlets: () => (voce ? [voce] : []) };
  const readAfter = (text: string) => {
    const reading = readLeadIn(text, [], after);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  it('goes back to the outlet named earlier by that short name', () => {
    expect(readAfter('La Voce aggiunge:')).toBe('outlet:La Voce del Popolo');
    // Not named earlier, the short name points at nothing.
    expect(read('La Voce aggiunge:')).not.toMatch(/La Voce del Popolo/);
  });
});

describe('a writer’s name linked to their story on another site', () => {
  const readLinked = (before: string, name: string, after: string, href: string) => {
    const text = `${before}${name}${after}`;
    const links = [{ href, start: before.length, end: before.length + name.length }];
    const reading = readLeadIn(text, links, context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  const story = 'https://www.riverbendbeacon.com/stories/the-lock-and-the-new-math/';

  it('names the site that published the story', () => {
    expect(readLinked('The money side: ', 'Owen Farrow', ' laid it out this week:', story)).toBe(
      'outlet:riverbendbeacon.com',
    );
  });

  it('names no site the writer’s own name spells, nor one the person only spoke in', () => {
    expect(
      readLinked(
        'The money side: ',
        'Owen Farrow',
        ' laid it out this week:',
        'https://owenfarrow.com/notes/the-lock-and-the-new-math/',
      ),
    ).not.toMatch(/owenfarrow/);
    expect(readLinked('At the meeting ', 'Owen Farrow', ' said:', story)).not.toMatch(/riverbendbeacon/);
    expect(
      readLinked(
        'The money side: ',
        'Owen Farrow',
        ' laid it out this week:',
        'https://www.riverbendbeacon.com/',
      ),
    ).not.toMatch(/riverbendbeacon/);
  });

  it('names the site of a column filed under a folder by a slug of two words, not of a profile page', () => {
    const column = 'https://www.penwithledger.example/columns/dock-money';
    expect(readLinked('On the money, ', 'Ruth Penhale', ' had the clearest account:', column)).toBe(
      'outlet:penwithledger.example',
    );
    const profile = 'https://www.penwithledger.example/people/ruth-penhale';
    expect(readLinked('On the money, ', 'Ruth Penhale', ' had the clearest account:', profile)).not.toMatch(
      /penwithledger/,
    );
    // A two-word slug at the site's root is no filed piece.
    expect(
      readLinked(
        'On the money, ',
        'Ruth Penhale',
        ' had the clearest account:',
        'https://dock-money.example/',
      ),
    ).not.toMatch(/dock-money/);
  });
});

describe('a Hungarian lead-in', () => {
  it('names a paper without the article Hungarian writes before it, the verb last', () => {
    expect(readIn('hu', 'A Bihari Napló tegnap este azt írta:')).toBe('outlet:Bihari Napló');
    expect(readIn('hu', 'A Bihari Napló szerint:')).toBe('outlet:Bihari Napló');
    expect(readIn('hu', 'Ahogy a Partiumi Hírlap írja,')).toBe('outlet:Partiumi Hírlap');
    // On a page in another language "A" may open a title ("A Tribuna").
    expect(readIn('pt', 'A Tribuna publicou hoje:')).toBe('outlet:A Tribuna');
  });
  it('reads a council’s decision or a posted notice as a document, in Hungarian, Danish, German and Russian', () => {
    expect(readIn('hu', 'A helyi tanács a múlt héten szavazott. A határozat lényege:')).toBe('document:null');
    expect(readIn('da', 'På færgelejet hænger opslaget fra rederiet:')).toBe('document:null');
    expect(readIn('de', 'Am Eingang hängt seit Montag ein Aushang der Stadtwerke:')).toBe('document:null');
    expect(readIn('ru', 'Из музея прислали копию учётной карточки:')).toBe('document:null');
  });
  it('names a story’s site by a link on "ebben a cikkben" ("in this article")', () => {
    const text = 'A kivitelezőről ebben a cikkben van több:';
    const start = text.indexOf('ebben a cikkben');
    const link = {
      href: 'https://www.reggeliujsag.example/2026/12/01/sinpalya-csere',
      start,
      end: start + 15,
    };
    expect(readLeadIn(text, [link], { ...context, language: 'hu' })?.outlet).toBe('reggeliujsag.example');
  });
});

describe('someone speaking on a broadcaster’s programme', () => {
  it('is the broadcaster’s passage, for names the table lacks', () => {
    expect(read('On Harrowby Sound’s breakfast show, a baker said:')).toBe('outlet:Harrowby Sound');
    expect(read("On KVLN's Facebook live on Tuesday, a driver said:")).toBe('outlet:KVLN');
    expect(read("So that was that. On Kestrel FM's phone-in, a caller said:")).toBe('outlet:Kestrel FM');
  });
  it('is no outlet’s on a person’s programme', () => {
    expect(read("On my sister's podcast, a listener said:")).not.toMatch(/^outlet/);
    expect(read("On Joe Rogan's podcast, the senator said:")).not.toMatch(/^outlet/);
  });
});

describe('something passed on from someone', () => {
  it('is a body’s document when a body sent it', () => {
    expect(read('Several of you forwarded this from one of the big distributors:')).toBe('document:null');
    expect(read('Readers forwarded this from the county council:')).toBe('document:null');
  });
  it('is no document when a person sent it, whatever the clause about them says', () => {
    expect(read('My brother forwarded this from a friend who runs a shop in Ashby:')).toBe('person:null');
  });
  it('is a business’s notice when the business sent it round itself, not a club’s message to its members', () => {
    expect(read('One of our frame suppliers sent this round on Friday, in case you missed it:')).toBe(
      'document:null',
    );
    expect(read('The wholesaler put out the following:')).toBe('document:null');
    expect(read('My sister sent this round on Friday:')).toBe('person:null');
    expect(read('The angling club sent this round to season ticket holders last night:')).not.toBe(
      'document:null',
    );
  });
});

describe('a station as the subject, after the article before its word for radio', () => {
  it('leaves the article out of the name', () => {
    expect(read('A Rádio Sorraia ouviu um agricultor que semeia há quarenta anos junto à ponte:')).toBe(
      'outlet:Rádio Sorraia',
    );
    expect(read('A Rádio Calheta avança hoje:')).toBe('outlet:Rádio Calheta');
  });
});

describe('run-in lead-ins of scripts without capitals', () => {
  it('name a newsroom the table lacks by "according to its report" in Chinese', () => {
    expect(read('幾時開始？據海港晨訊報道，')).toBe('outlet:海港晨訊');
    expect(read('据山城晚讯的报道：')).toBe('outlet:山城晚讯');
  });
  it('name a station the table lacks by the "TV" its name ends on, interviewing someone', () => {
    expect(read('六個週末都冇車。海港電視訪問了一位等車的長者：')).toBe('outlet:海港電視');
    expect(read('今日喺電視訪問了一位長者嘅節目好好睇：')).not.toMatch(/^outlet/);
  });
  it('name none by a kind of media, a body or sources', () => {
    expect(read('至於點解要加，據當地媒體報道，')).not.toMatch(/^outlet/);
    expect(read('据警方报道：')).not.toMatch(/^outlet/);
    expect(read('据知情人士报道：')).not.toMatch(/^outlet/);
  });
  it('name a newsroom the table lacks by the word for a channel or a paper before it and what it did', () => {
    expect(read('قناة الوادي التقت سائقة تستخدم الحافلة يومياً:')).toBe('outlet:الوادي');
    expect(read('صحيفة الوادي تقول:')).toBe('outlet:الوادي');
    expect(read('جارتي التقت سائقة تستخدم الحافلة يومياً:')).not.toMatch(/^outlet/);
  });
  it('name one in quotation marks after that word, and by "wrote" after it', () => {
    expect(read('والآن صار قرارًا. صحيفة «الوادي» كتبت صباح اليوم:')).toBe('outlet:الوادي');
    expect(read('مجلة «أصداء الجبل» تقول:')).toBe('outlet:أصداء الجبل');
    expect(read('قناة “الوادي” التقت بائعاً في السوق:')).toBe('outlet:الوادي');
    expect(read('صحيفة الوادي كتبت:')).toBe('outlet:الوادي');
    expect(read('أختي «سلمى» كتبت لي:')).not.toMatch(/^outlet/);
    expect(read('صحيفة «الوادي» وصلت متأخرة اليوم:')).not.toMatch(/^outlet/);
  });
  it('read Arabic "according to" with the conjunction written on it', () => {
    expect(read('وبحسب «السبيل»،')).toBe('outlet:السبيل');
    expect(read('ونقلاً عن «الدستور»:')).toMatch(/^outlet:/);
  });
});

describe('a Hungarian paper named with its kind before "szerint"', () => {
  it('is a newsroom, the kind part of the name', () => {
    expect(read('Két sáv, ami éjjel talán elég is. A Tiszahát hetilap szerint')).toBe(
      'outlet:Tiszahát hetilap',
    );
    expect(read('A Tiszahát napilap szerint:')).toBe('outlet:Tiszahát napilap');
  });
});

describe('a report owned by a name the table lacks', () => {
  it('is the newsroom’s story when the name says a newsroom', () => {
    expect(read("From Harbour Post's report:")).toBe('outlet:Harbour Post');
    expect(read("Kestrel FM's report has the details:")).toBe('outlet:Kestrel FM');
    expect(read('This is straight from the Harbour Gazette’s report on the closure:')).toBe(
      'outlet:Harbour Gazette',
    );
  });
  it('is a body’s document otherwise, an agency’s included', () => {
    expect(read("From the Environment Agency's report:")).toBe('document:null');
    expect(read("From Northfield Council's report:")).toBe('document:null');
  });
});

describe('Korean and Japanese "according to its report" after a known name, with no mark closing the lead-in', () => {
  it('names the outlet by "X 보도에 따르면", "X 기사에 의하면", "Xの記事によると"', () => {
    expect(read('강원일보 보도에 따르면')).toBe('outlet:Kangwon Ilbo');
    expect(read('오후에는 KBS의 보도에 따르면')).toBe('outlet:KBS');
    expect(read('한겨레 기사에 의하면')).toBe('outlet:The Hankyoreh');
    expect(read('조선일보에 의하면')).toBe('outlet:The Chosun Ilbo');
    expect(read('NHKの記事によると')).toBe('outlet:NHK');
  });
  it('names none when the report is only talked about', () => {
    expect(read('강원일보 보도를 보고 친구가 보낸 메시지')).not.toMatch(/^outlet/);
  });
});

describe('a Japanese lead-in naming a neighbour or a relative and no source', () => {
  it('hands over that person’s words, with a colon or a full stop closing it', () => {
    expect(readIn('ja', 'お隣のおばあちゃんに話したら、笑ってこう言われました。')).toBe('person:null');
    expect(readIn('ja', '母に電話したら、こう言っていました：')).toBe('person:null');
    expect(readIn('ja', '夕方、祖父がぽつりとこう言った。')).toBe('person:null');
  });
  it('leaves a newsroom named as the subject the source', () => {
    expect(readIn('ja', 'NHKによると、')).toBe('outlet:NHK');
  });
});
