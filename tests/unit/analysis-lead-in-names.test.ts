// Outlets a lead-in names that the table may not know, read from how the sentence speaks of them.
import { describe, expect, it } from 'vitest';
import {
  bareAttribution,
  finnishNominative,
  newsroomAsSubject,
  newsroomAtWork,
  personAtWork,
  unknownOutlet,
  withoutGermanArticle,
  withoutMediaArticle,
} from '../../utils/analysis/lead-in-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const noSurname = () => false;
const name = (sentence: string, isSurname: (word: string) => boolean = noSurname) =>
  newsroomAtWork(sentence, isSurname)?.name ?? null;

describe('newsroomAtWork', () => {
  it('names the newsroom the sentence shows at work', () => {
    expect(name('InfoQ covered the announcement:')).toBe('InfoQ');
    expect(name('Brownfield talked to a grower near Effingham who has already renegotiated:')).toBe(
      'Brownfield',
    );
    expect(name('Louisiana Illuminator had the legislative angle:')).toBe('Louisiana Illuminator');
    expect(name("Verite News sat in on Thursday's board meeting and got this from the director:")).toBe(
      'Verite News',
    );
    expect(name('Fierce Healthcare obtained the internal memo and summarised it:')).toBe('Fierce Healthcare');
    // One of a name's people: the name is a newsroom's when the table knows it (possessedWriter); a bank's
    // people speak for the bank.
    const known = (outlet: string) => defaultOutlets.byName(outlet)?.name ?? null;
    expect(
      newsroomAtWork(
        "InDaily's Mia Castellano was at the board briefing and has the detail.",
        noSurname,
        known,
      )?.name,
    ).toBe('InDaily');
    expect(newsroomAtWork("BofA's Michael Hartnett summed it up:", noSurname, known)).toBe(null);
    // The newsroom's story holding the detail, a sentence ending in a full stop; one number as well as several.
    expect(name("Millrace's story has the one number that matters.")).toBe('Millrace');
    expect(name("Jane Porter's story has the one number that matters.")).toBe(null);
    expect(name('Pollstar adds the American comparison:')).toBe('Pollstar');
    expect(name('STAT reported on Monday that')).toBe('STAT');
    expect(name('Later, The Furrow went to the depot:')).toBe('Furrow');
  });

  it('reads past an aside saying the newsroom holds a text, which it then reports', () => {
    expect(name("Bridge Michigan, which has seen the auditors' report, goes further:")).toBe(
      'Bridge Michigan',
    );
    expect(name('Grist, which obtained the draft rules, had more:')).toBe('Grist');
    // Any other aside between commas still breaks the subject off.
    expect(name('Bridge Michigan, whose editor lives nearby, goes further:')).toBe(null);
  });
  it('gives the offsets of the name as written', () => {
    const sentence = 'And GrainWire talked to a driver:';
    const found = newsroomAtWork(sentence, noSurname)!;
    expect(sentence.slice(found.start, found.end)).toBe('GrainWire');
  });
  it('names no person, pronoun, clause, plural, surname, body or common newsroom word', () => {
    expect(name('Mia Castellano talked to a grower:')).toBe(null);
    expect(name('Councillor Marsh asked the council:')).toBe(null);
    expect(name('When I asked the manager about it, he said:')).toBe(null);
    expect(name('Officials talked to the operator:')).toBe(null);
    expect(name('Residents talked to the operator:')).toBe(null);
    expect(name('Everyone covered the hearing:')).toBe(null);
    expect(name('Harlow asked the minister:', (w) => w === 'Harlow')).toBe(null);
    expect(name('The Parish Council asked residents:')).toBe(null);
    expect(name('The Journal had the details:')).toBe(null);
  });
  it('needs the sentence to hand over', () => {
    expect(name('InfoQ covered the announcement last week and then moved on.')).toBe(null);
  });
});

describe('a newsroom putting a story first', () => {
  it('names the newsroom that leads with it, splashed on it, ran it or got it first, initials included', () => {
    expect(name('The KCH leads with it today:')).toBe('KCH');
    expect(name('Last year, the KCH ran it on page one as well:')).toBe('KCH');
    expect(name('Tidewire splashed on it:')).toBe('Tidewire');
    expect(name('The Harbour Mercury got there first:')).toBe('Harbour Mercury');
    expect(name('Portside Daily broke it:')).toBe('Portside Daily');
  });
  it('names no one who ran something past someone, nor a person', () => {
    expect(name('The KCPC ran it past its clerk first:')).toBe(null);
    expect(name('Mia Castellano led with it:')).toBe(null);
  });
  it('reads a claim to the story ending in a full stop as newsroomAsSubject does (FIRST_WITH)', () => {
    for (const sentence of [
      'The Harbour Mercury got there first.',
      'The Harbour Mercury broke the story.',
      'The Harbour Mercury was first with the news.',
      'The Harbour Mercury had this first.',
    ]) {
      expect(name(sentence)).toBe('Harbour Mercury');
      expect(newsroomAsSubject(sentence, null)?.name).toBe('Harbour Mercury');
    }
  });
});

describe('a newsroom getting the words it publishes', () => {
  it('names the newsroom that got a comment, a quote or a statement, or heard back', () => {
    expect(name('Sifted got a comment from the founder:')).toBe('Sifted');
    expect(name('Tidewire got a statement from the port authority:')).toBe('Tidewire');
    expect(name('And Portside Daily heard back from the operator:')).toBe('Portside Daily');
    expect(name('I got a comment from the founder:')).toBe(null);
  });
  it('takes a name the table knows whatever its shape, in the table’s spelling', () => {
    const known = (words: string) => (words === 'Axios' ? 'Axios' : null);
    expect(newsroomAtWork('Axios got a comment from the mayor’s office:', noSurname, known)?.name).toBe(
      'Axios',
    );
    // Without the table, a name ending in "s" is read as a plural ("Officials talked to …").
    expect(name('Axios got a comment from the mayor’s office:')).toBe(null);
    // No English plural ends on -is: such a word is a name.
    expect(name('Thetis had the full numbers:')).toBe('Thetis');
    expect(name('Thetis had the full numbers:', (w) => w === 'Thetis')).toBe(null);
  });
});

describe('a newsroom on a story, or carrying an event live', () => {
  it('names the newsroom that has been on the story, or that carried the words it hands over', () => {
    expect(name('Gritline has been on this all week:')).toBe('Gritline');
    expect(name('Kestrel Radio has been all over it since Monday:')).toBe('Kestrel Radio');
    expect(name('KXLT carried the switch-on live, and the mayor said:')).toBe('KXLT');
    expect(name('Kestrel Radio streamed the hearing live, and the chair said:')).toBe('Kestrel Radio');
  });
  it('names no one who watched it live, nor a group that carried something out', () => {
    expect(name('We watched it live from the wall, and the mayor said:')).toBe(null);
    expect(name('KXLT carried out the survey in March, and the mayor said:')).toBe(null);
  });
});

describe('a newsroom’s aside saying how it got the text', () => {
  it('reads past "which got … through a records request" to the verb', () => {
    expect(name('Kestrel Ledger, which got the towing contract through a records request, adds:')).toBe(
      'Kestrel Ledger',
    );
    expect(name('Kestrel Ledger, which received the emails under a public records request, adds:')).toBe(
      'Kestrel Ledger',
    );
    expect(name('Kestrel Ledger, which got a new editor in May, adds:')).toBe(null);
  });
});

describe('a newsroom’s kind, then its name between commas', () => {
  it('names the wire or the paper the sentence describes', () => {
    expect(unknownOutlet('The regional wire, Deltawire, put out the line:')?.name).toBe('Deltawire');
    expect(unknownOutlet('Then the local paper, the Riverside Sentinel, ran it:')?.name).toBe(
      'Riverside Sentinel',
    );
  });
  it('names no body or person set off so', () => {
    expect(unknownOutlet('The regulator, Ofcom, said:')).toBe(null);
    expect(unknownOutlet('Her neighbour, Ann Reid, said:')).toBe(null);
    expect(unknownOutlet("The council's own spokesman, Ian Bell, said:")).toBe(null);
  });
  it('reads the kind after a possessive: whose newsroom it is, or whose country', () => {
    expect(
      unknownOutlet("The government's own news agency, Kestrel Press, put out the line at noon:")?.name,
    ).toBe('Kestrel Press');
    expect(unknownOutlet("Tuvalia's state broadcaster, TVK, had the minister on:")?.name).toBe('TVK');
  });
});

describe('a broadcaster by its channel’s number', () => {
  it('names "Channel 7" or "Canal 13" handing over or talking to someone', () => {
    expect(unknownOutlet('Channel 7 reports:')?.name).toBe('Channel 7');
    expect(name('Channel 7 talked to a ferry skipper who ties up by the wharf:')).toBe('Channel 7');
    expect(name('Canal 13 habló con una vecina:')).toBe('Canal 13');
  });
  it('reads no number after another word as a name’s', () => {
    expect(unknownOutlet('Route 9 reports:')).toBe(null);
    expect(name('Route 9 residents told the meeting:')).toBe(null);
  });
});

describe('a broadcaster’s news programme', () => {
  it('names the station whose evening news spoke to someone', () => {
    expect(
      unknownOutlet("Ktv's evening news spoke to a man who sells fruit at the rank:", undefined, noSurname)
        ?.name,
    ).toBe('Ktv');
  });
  it('names the station whose bulletin of an hour spoke to someone, even by its initials', () => {
    expect(
      unknownOutlet("ZNB's evening bulletin spoke to a driver at the depot:", undefined, noSurname)?.name,
    ).toBe('ZNB');
    expect(
      unknownOutlet("Ktv's lunchtime bulletin talked to a stallholder:", undefined, noSurname)?.name,
    ).toBe('Ktv');
  });
  it('names no bank or parish whose bulletin airs at no hour', () => {
    expect(unknownOutlet("RBZ's quarterly bulletin had the figures:", undefined, noSurname)).toBe(null);
  });
  it('names no person whose news it was', () => {
    expect(unknownOutlet("Maria's news had everyone talking:", undefined, noSurname)).toBe(null);
    expect(unknownOutlet("Jane Moss's evening news had me in tears:", undefined, noSurname)).toBe(null);
  });
});

describe('a newsroom reporting, its detail, its correspondent', () => {
  it('names an outlet that is reporting, had the detail, or whose man somewhere writes', () => {
    expect(unknownOutlet('Northshore Radio is reporting:')?.name).toBe('Northshore Radio');
    expect(unknownOutlet('The Valley Courier had the first hard detail:')?.name).toBe('Valley Courier');
    expect(unknownOutlet("The Ridge Courier's man in Hollis writes:")?.name).toBe('Ridge Courier');
  });
  it('names no company whose man somewhere speaks, nor a person reporting', () => {
    expect(unknownOutlet("The company's man in Brussels writes:")).toBe(null);
    expect(unknownOutlet("Ferrovia Holdings' man in Brussels says:")).toBe(null);
    expect(unknownOutlet('Mia Castellano is reporting:')).toBe(null);
  });
});

describe('a site’s address as the name', () => {
  it('names an outlet written as its address in lower case', () => {
    expect(unknownOutlet('quaywire.cc reports:')?.name).toBe('quaywire.cc');
    expect(unknownOutlet('More from ridgeline.news:')?.name).toBe('ridgeline.news');
    expect(name('harbourmercury.co.uk asked the trust about the delay and was told:')).toBe(
      'harbourmercury.co.uk',
    );
  });
  it('takes no abbreviation, file name or lower-case word for an address', () => {
    expect(unknownOutlet('i.e. reports:')).toBe(null);
    expect(unknownOutlet('notes.txt reports:')).toBe(null);
    expect(unknownOutlet('quaywire reports:')).toBe(null);
  });
});

describe('a newsroom’s people at the scene', () => {
  it('names the newsroom that had a reporter there or sent a camera crew, a number’s title included', () => {
    expect(unknownOutlet('Eleven Bells had a reporter at the overflow room:')?.name).toBe('Eleven Bells');
    expect(unknownOutlet('The Estuary Courier sent a camera crew to the slipway:')?.name).toBe(
      'Estuary Courier',
    );
  });
  it('names no company that sent a crew, nor a person', () => {
    expect(unknownOutlet('Tidewell Marine sent a crew to the pontoon:')).toBe(null);
    expect(unknownOutlet('Mia Castellano had a reporter at the hearing:')).toBe(null);
  });
});

describe('what a name’s paper printed', () => {
  it('names the paper whose figures ran in this morning’s or today’s edition, its name on one line', () => {
    expect(unknownOutlet("The Wold\nClarion's figures, from this morning's paper:")?.name).toBe(
      'Wold Clarion',
    );
    expect(unknownOutlet("The Fenland Courier's numbers in today's print edition:")?.name).toBe(
      'Fenland Courier',
    );
  });
  it('names no body whose report it is, nor a person', () => {
    expect(unknownOutlet("The council's own numbers, from its annual report:")).toBe(null);
    expect(unknownOutlet("Mia Castellano's figures, from this morning's paper:")).toBe(null);
  });
});

describe('a newsroom’s name as the subject of a sentence handing over', () => {
  const subject = (sentence: string) => newsroomAsSubject(sentence)?.name ?? null;
  it('names the newsroom whatever the verb, after an opener too', () => {
    expect(subject('The Moorside Courier ran the numbers:')).toBe('Moorside Courier');
    expect(subject('Meanwhile, the Vale Gazette, which first reported the mix-up, adds:')).toBe(
      'Vale Gazette',
    );
    expect(subject('Northshore Radio weighs in:')).toBe('Northshore Radio');
  });
  it('names none for two subjects, a person, a company, a news word alone, or without a colon', () => {
    expect(subject('The Vale Gazette and the Moorside Courier both carried it:')).toBe(null);
    expect(subject('Mia Castellano ran the numbers:')).toBe(null);
    expect(subject('Tidewell Holdings ran the numbers:')).toBe(null);
    expect(subject('The Banner adds:')).toBe(null);
    expect(subject('The Moorside Courier ran the numbers.')).toBe(null);
  });
});

describe('a one-word paper labelling a passage with its topic after a comma', () => {
  const subject = (sentence: string) => newsroomAsSubject(sentence, null, () => false);
  it('names the paper, tentatively by its shape', () => {
    expect(subject('Gritline, on the depot side:')).toMatchObject({ name: 'Gritline', tentative: true });
    expect(subject('Gritline on the café side:')?.name).toBe('Gritline');
  });
  it('names no word opening a sentence, and no comma before anything but "on"', () => {
    expect(subject('Anyway, on the vote:')).toBe(null);
    expect(subject('Still, on the depot side:')).toBe(null);
    expect(subject('Gritline, sadly:')).toBe(null);
  });
});

describe('a newsroom’s name as the subject of a sentence broken off on "that"', () => {
  const subject = (sentence: string) => newsroomAsSubject(sentence, null, () => false);
  it('hands over as a colon does, tentatively for a name read by its shape', () => {
    expect(subject('Gritline reports that')).toMatchObject({ name: 'Gritline', tentative: true });
    expect(subject('Gritline noted last week that')?.name).toBe('Gritline');
    expect(subject('The Moorside Courier reported that')?.name).toBe('Moorside Courier');
  });
  it('names no person, no verb a newsroom does not use, and no "that" inside the sentence', () => {
    expect(subject('Mia Castellano reports that')).toBe(null);
    expect(subject('Gritline says that')).toBe(null);
    expect(subject('Gritline reports that the depot is shut.')).toBe(null);
    expect(subject('Gritline, on the depot side, that')).toBe(null);
  });
});

describe('a newsroom that put it well', () => {
  it('names a newsroom by its words, or a call sign, opening the sentence before the idiom', () => {
    expect(unknownOutlet('Tern Point Radio put it well:')?.name).toBe('Tern Point Radio');
    expect(unknownOutlet('The Kelso Ledger summed it up best:')?.name).toBe('Kelso Ledger');
    expect(unknownOutlet('We argued for weeks. KXLT put it well:')?.name).toBe('KXLT');
    expect(unknownOutlet('Meanwhile, Tern Point Radio said it best:')?.name).toBe('Tern Point Radio');
  });
  it('names no person, no plain name and no newsroom a person is named at', () => {
    expect(unknownOutlet('Dana Whitlock put it well:')).toBe(null);
    expect(unknownOutlet('Gull Point put it well:')).toBe(null);
    expect(unknownOutlet('Ballast put it well:')).toBe(null);
    expect(unknownOutlet('Jane Doe of the Kelso Ledger put it well:')).toBe(null);
  });
});

describe('a name read as a newsroom’s by its words, saying what a run-in passage finishes', () => {
  it('names the paper that "says that"', () => {
    expect(unknownOutlet('The Courier says that')?.name).toBe('Courier');
    expect(unknownOutlet('The Moorside Courier said on Friday that')?.name).toBe('Moorside Courier');
  });
  it('names no person, no body and no plain word that says so', () => {
    expect(unknownOutlet('The mayor says that')).toBe(null);
    expect(unknownOutlet('Dana Whitlock says that')).toBe(null);
    expect(unknownOutlet('The Council says that')).toBe(null);
    expect(unknownOutlet('Gritline says that')).toBe(null);
  });
  it('names a short name the table gives a newsroom, whatever its word, and no other', () => {
    const shortName = (words: string) => defaultOutlets.hasShortName?.(words) ?? false;
    const read = (text: string) => unknownOutlet(text, () => null, undefined, shortName)?.name ?? null;
    expect(read('The Consortium says that')).toBe('Consortium');
    expect(read('The Whig said yesterday that')).toBe('Whig');
    expect(unknownOutlet('The Consortium says that')).toBe(null);
    expect(read('The Council says that')).toBe(null);
    expect(read('The Ministry says that')).toBe(null);
  });
});

describe('a newsroom’s job before its writer’s name', () => {
  it('names the newsroom whose reporter or columnist writes, the name unknown to the table', () => {
    expect(unknownOutlet('Westcliff Herald reporter Tomos Avery writes:')?.name).toBe('Westcliff Herald');
    expect(unknownOutlet('Northshore Radio correspondent Ana Ruiz reports:')?.name).toBe('Northshore Radio');
  });
  it('names none for a company’s job, a former job, or words running on after the verb', () => {
    expect(unknownOutlet('Tidewell Marine engineer Dana Whitlock writes:')).toBe(null);
    expect(unknownOutlet('The former Westcliff Herald correspondent Huw Pryce writes:')).toBe(null);
    expect(unknownOutlet('Westcliff Herald reporter Tomos Avery writes about the pier in 1987:')).toBe(null);
  });
});

describe('where a named writer’s piece ran', () => {
  it('takes the name in "writing in X," or "in a column for X," as the publication, tentatively by its shape', () => {
    expect(unknownOutlet('Writing in Recharge, Ines Waldron notes:')).toMatchObject({
      name: 'Recharge',
      tentative: true,
    });
    expect(unknownOutlet('In a column for The Tyee, Jo Bloggs argues:')?.name).toBe('Tyee');
    expect(unknownOutlet('Reporting for Offtake, Marta Lindqvist found:')?.name).toBe('Offtake');
  });
  it('names no language, place, time or person there', () => {
    expect(unknownOutlet('Writing in Spanish, the ministry notes:')).toBe(null);
    expect(unknownOutlet('Writing in Gaza, Ines Waldron notes:')).toBe(null);
    expect(unknownOutlet('Writing in March, the regulator said:')).toBe(null);
    expect(unknownOutlet('Writing in Ines Waldron, she said:')).toBe(null);
  });
});

describe('unknownOutlet and a name spelled as a title', () => {
  it('takes "according to" a name spelled as a title, not capitals a body goes by', () => {
    expect(unknownOutlet('According to MLex, which has seen the draft decision,')?.name).toBe('MLex');
    expect(unknownOutlet('According to the CDC, which published the figures,')).toBe(null);
  });
});

describe('a story a name holds', () => {
  it('names the outlet whose summary, story or write-up it is, when the name is spelled as a title', () => {
    expect(unknownOutlet("The New Stack's summary of the stewardship rules (long)")?.name).toBe('New Stack');
    expect(unknownOutlet("InDaily's write-up of the board meeting")?.name).toBe('InDaily');
  });
  it('names no company whose report it is', () => {
    expect(unknownOutlet("Northwind's annual report, the part about open source")).toBe(null);
  });
});

describe('a newsroom at work in Catalan, Finnish, Hungarian, Norwegian, Swedish and Vietnamese', () => {
  it('names the newsroom that talked to or interviewed someone', () => {
    expect(name('El Diari de Terrassa ha parlat amb un conductor, que ho diu clar:')).toBe(
      'El Diari de Terrassa',
    );
    expect(name('Pohjolan Sanomat haastatteli opiskelijaa:')).toBe('Pohjolan Sanomat');
    expect(name('A Tiszai Napló megkérdezett egy kalauzt:')).toBe('Tiszai Napló');
    expect(name('Vestlandsnytt snakket med en sykepleier:')).toBe('Vestlandsnytt');
    expect(name('Norrlandstidningen pratade med en förare:')).toBe('Norrlandstidningen');
    expect(name('Báo Đà Nẵng Mới phỏng vấn một tiểu thương:')).toBe('Báo Đà Nẵng Mới');
  });
  it('is firm only when a word of the name says newsroom, compounds included', () => {
    expect(newsroomAtWork('Vestlandsnytt snakket med en sykepleier:', noSurname)?.tentative).toBeUndefined();
    expect(newsroomAtWork('Fjordposten har intervjuet en sjåfør:', noSurname)?.tentative).toBeUndefined();
    expect(newsroomAtWork('Kuopio Live haastatteli kuljettajaa:', noSurname)?.tentative).toBe(true);
  });
  it('names no council, office or person', () => {
    expect(name("L'Ajuntament ha parlat amb els veïns:")).toBeNull();
    expect(name('Bergen kommune har snakket med beboerne:')).toBeNull();
    expect(name('La Marta ha parlat amb la seva veïna:')).toBeNull();
    expect(name('Anna Virtanen haastatteli naapuriaan:')).toBeNull();
    expect(personAtWork('Anna Virtanen haastatteli naapuriaan, joka sanoi näin:')).toBe('Anna Virtanen');
    expect(personAtWork('Pohjolan Sanomat haastatteli opiskelijaa:')).toBeNull();
  });
});

describe('a newsroom at work in Portuguese and Irish', () => {
  it('names the paper that went to hear someone, by the table’s name when the article before it is no part of it', () => {
    const known = (words: string) => (words === 'Público' ? 'Público' : null);
    expect(newsroomAtWork('O Público foi ouvir uma vendedora do mercado:', noSurname, known)?.name).toBe(
      'Público',
    );
    expect(name('O Correio da Várzea ouviu um comerciante da rua:')).toBe('O Correio da Várzea');
  });
  it('keeps the small word inside a name, and stops before one that follows it', () => {
    const unknown = (text: string) => unknownOutlet(text, () => null)?.name ?? null;
    expect(unknown('Labhair Raidió na Gaeltachta le hiascaire as Ros a’ Mhíl:')).toBe('Raidió na Gaeltachta');
    expect(unknown('Labhair Raidió Corca Baiscinn le tiománaí:')).toBe('Raidió Corca Baiscinn');
  });
});

describe('"according to" after an inflected name', () => {
  const known = (name: string) => (name === 'Yle' ? 'Yle' : null);
  const named = (text: string) => unknownOutlet(text, known)?.name ?? null;
  it('gives a Finnish genitive in its nominative', () => {
    expect(finnishNominative('Pohjolan Sanomien')).toBe('Pohjolan Sanomat');
    expect(finnishNominative('Keskipohjanmaan Uutisten')).toBe('Keskipohjanmaan Uutiset');
    expect(finnishNominative('Kauppalehden')).toBe('Kauppalehti');
    expect(finnishNominative('Maaseudun Tulevaisuuden')).toBe('Maaseudun Tulevaisuus');
    expect(finnishNominative('Keskisuomalaisen')).toBe('Keskisuomalainen');
    expect(finnishNominative('Ylen')).toBe('Yle');
    expect(finnishNominative('Helsingin Sanomat')).toBe('Helsingin Sanomat');
  });
  it('gives a noun on -mi its i back, and the adjective "Uuden" that agrees with it its nominative', () => {
    expect(finnishNominative('Uuden Suomen')).toBe('Uusi Suomi');
    expect(finnishNominative('Uuden Lahden')).toBe('Uusi Lahti');
    expect(finnishNominative('Kemijärven Salmen')).toBe('Kemijärven Salmi');
    expect(finnishNominative('Uuden Kaarlepyyn')).toBe('Uusi Kaarlepyy');
    // The first word is a genitive of its own when it is no "Uuden": "Helsingin Sanomien" keeps it.
    expect(finnishNominative('Pohjolan Sanomien')).toBe('Pohjolan Sanomat');
  });
  it('names the outlet, by the table when it knows it', () => {
    expect(named('Kylmä joulukuu on tiedossa. Pohjolan Sanomien mukaan')).toBe('Pohjolan Sanomat');
    expect(named('Ylen mukaan')).toBe('Yle');
    expect(unknownOutlet('Ylen mukaan', known)?.tentative).toBeUndefined();
    expect(named('A Szegedi Hírlap szerint a')).toBe('Szegedi Hírlap');
  });
  it('names no office or person', () => {
    expect(named('Tilastokeskuksen mukaan')).toBeNull();
    expect(named('Virtasen mukaan')).toBeNull();
    expect(named('Kovács Anna szerint')).toBeNull();
  });
});

describe('bare lead-ins in Catalan, Finnish, Hungarian, Norwegian and Vietnamese', () => {
  const outlet = (text: string) => {
    const found = bareAttribution(text, noSurname);
    return found?.kind === 'outlet' ? found.name : null;
  };
  it('names the outlet a reporting word hands over to', () => {
    expect(outlet('Ho explica el Diari de Sabadell:')).toBe('Diari de Sabadell');
    expect(outlet('Segons el Setmanari Comarcal:')).toBe('Setmanari Comarcal');
    expect(outlet('Itä-Savon Lehti kertoi eilen:')).toBe('Itä-Savon Lehti');
    expect(outlet('Kainuun Uutiset uutisoi:')).toBe('Kainuun Uutiset');
    expect(outlet('A Szegedi Hírlap írja:')).toBe('Szegedi Hírlap');
    expect(outlet('Fjordavisen skriver:')).toBe('Fjordavisen');
    expect(outlet('Melder Nordkapp Nytt:')).toBe('Nordkapp Nytt');
    expect(outlet('Báo Quảng Nam đưa tin:')).toBe('Báo Quảng Nam');
    expect(outlet('Theo Báo Đà Nẵng:')).toBe('Báo Đà Nẵng');
  });
  it('names no council, and no person who tells or writes', () => {
    expect(outlet("Segons l'Ajuntament:")).toBeNull();
    expect(outlet('Virtanen kertoi:')).toBeNull();
    expect(outlet('Kovács Péter írja:')).toBeNull();
    expect(outlet('Theo Walcott:')).toBeNull();
  });
});

describe('lead-ins a blog hands over with (issue 12)', () => {
  it('shows a newsroom at work: learned, first to report, cites, quotes, has more, confirms, sums up, scoops', () => {
    expect(name('The Harbour Mercury has learned that the council will not wait for the review:')).toBe(
      'Harbour Mercury',
    );
    expect(name('Northshore Radio was first to report it:')).toBe('Northshore Radio');
    expect(name('WXYZ-TV cites two officials who were in the room:')).toBe('WXYZ-TV');
    expect(name('The Kelso Ledger quotes the harbour master:')).toBe('Kelso Ledger');
    expect(name('Northshore Radio has more:')).toBe('Northshore Radio');
    expect(name('Northshore Radio confirms it:')).toBe('Northshore Radio');
    expect(name('Northshore Radio summed it up:')).toBe('Northshore Radio');
    expect(name('And WXYZ-TV scooped everyone:')).toBe('WXYZ-TV');
  });
  it('names no person, company, ministry or country with the same words', () => {
    expect(name('Ingrid Sandvik has learned the hard way:')).toBe(null);
    expect(personAtWork('Ingrid Sandvik quotes the harbour master:')).toBe('Ingrid Sandvik');
    expect(name('Tidewell Energy has more:')).toBe(null);
    expect(name('Corvane Logistics confirms it:')).toBe(null);
    expect(name('The Ministry of Transport summed it up:')).toBe(null);
    expect(name('Norway was first to report it:')).toBe(null);
  });
  const unknown = (text: string) => unknownOutlet(text)?.name ?? null;
  it('names a newsroom by its piece, its words, when and where it ran', () => {
    expect(unknown('As the Harbour Mercury put it:')).toBe('Harbour Mercury');
    expect(unknown("Northshore Radio's reporting shows:")).toBe('Northshore Radio');
    expect(unknown('Reporting by WXYZ-TV:')).toBe('WXYZ-TV');
    expect(unknown("In WXYZ-TV's telling:")).toBe('WXYZ-TV');
    expect(unknown("The Harbour Mercury's newsletter this morning:")).toBe('Harbour Mercury');
    expect(unknown("Per Northshore Radio's liveblog:")).toBe('Northshore Radio');
    expect(unknown('Over at Northshore Radio:')).toBe('Northshore Radio');
    expect(unknown('In the Harbour Mercury this morning:')).toBe('Harbour Mercury');
    expect(unknown("The Kelso Ledger, in a piece headlined 'Small harbours, big bills':")).toBe(
      'Kelso Ledger',
    );
  });
  it('names no person, ministry or company by those words', () => {
    expect(unknown('As Ingrid Sandvik put it:')).toBe(null);
    expect(unknown("In Ingrid Sandvik's telling:")).toBe(null);
    expect(unknown('Over at the Ministry of Transport:')).toBe(null);
    expect(unknown("Corvane Logistics' newsletter this morning:")).toBe(null);
  });
  it('reads a name and its paywall label as a bare lead-in, but not a country or a company', () => {
    expect(bareAttribution('The Kelso Ledger (paywall):', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Kelso Ledger',
    });
    expect(bareAttribution('WXYZ-TV [$]:', noSurname)).toMatchObject({ kind: 'outlet', name: 'WXYZ-TV' });
    expect(bareAttribution('Northshore Radio (gift link):', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Northshore Radio',
    });
    expect(bareAttribution('Ingrid Sandvik (paywall):', noSurname)?.kind).toBe('person');
    expect(bareAttribution('Tidewell Energy (paywall):', noSurname)).toBe(null);
    expect(bareAttribution('Norway (free to read):', noSurname)).toBe(null);
    expect(bareAttribution("Here's Norway:", noSurname)).toBe(null);
  });
});

describe('more lead-ins in a newsroom’s voice (issue 12)', () => {
  const unknown = (text: string) => unknownOutlet(text)?.name ?? null;
  it('names the newsroom at work, in its own voice, or by when it spoke', () => {
    expect(name('The Harbour Mercury is out with a new piece:')).toBe('Harbour Mercury');
    expect(name('Northshore Radio dug up the minutes:')).toBe('Northshore Radio');
    expect(name('WXYZ-TV weighs in:')).toBe('WXYZ-TV');
    expect(name('The Kelso Ledger rounds it up:')).toBe('Kelso Ledger');
    expect(name('Northshore Radio has a good explainer:')).toBe('Northshore Radio');
    expect(unknown("Here's how the Kelso Ledger framed it:")).toBe('Kelso Ledger');
    expect(unknown("The Harbour Mercury's lead story today:")).toBe('Harbour Mercury');
    expect(unknown("The Harbour Mercury's Sunday edition:")).toBe('Harbour Mercury');
    expect(unknown('The editors of the Kelso Ledger:')).toBe('Kelso Ledger');
    expect(unknown('The Harbour Mercury says in an editorial:')).toBe('Harbour Mercury');
    expect(unknown('WXYZ-TV, reporting from the quay:')).toBe('WXYZ-TV');
    expect(bareAttribution('Northshore Radio, last night:', noSurname)?.name).toBe('Northshore Radio');
    expect(bareAttribution('The Kelso Ledger (emphasis mine):', noSurname)?.name).toBe('Kelso Ledger');
    // A name and when it spoke, ended by a full stop; a name without a newsroom's word only when the table knows it.
    expect(bareAttribution('Northshore Radio, this morning.', noSurname)?.name).toBe('Northshore Radio');
    expect(bareAttribution('Bloomberg, yesterday.', noSurname)).toBe(null);
    expect(bareAttribution('Bloomberg, yesterday.', noSurname, (n) => n === 'Bloomberg')?.name).toBe(
      'Bloomberg',
    );
  });
  it('names no person, company, ministry or country by those words', () => {
    expect(name('Ingrid Sandvik weighs in:')).toBe(null);
    expect(name('Tidewell Energy is out with a new piece:')).toBe(null);
    expect(name('The Ministry of Transport rounds it up:')).toBe(null);
    expect(bareAttribution('Norway, last night:', noSurname)).toBe(null);
    expect(bareAttribution('Ingrid Sandvik, last night:', noSurname)).toBe(null);
    expect(unknown("Here's how Ingrid Sandvik framed it:")).toBe(null);
  });
});

/** The outlet a lead-in names when the table knows nothing: a bare lead-in first, as readLeadIn asks. */
const handedTo = (sentence: string): string | null => {
  const bare = bareAttribution(sentence, noSurname);
  if (bare) return bare.kind === 'outlet' ? bare.name : null;
  return unknownOutlet(sentence)?.name ?? null;
};

describe('lead-ins of German, French, Spanish, Italian, Portuguese, Dutch and Polish blogs', () => {
  it('names a newsroom after a word for the paper, the word set aside', () => {
    expect(handedTo('Die Lokalzeitung Elbtaler Bote berichtet:')).toBe('Elbtaler Bote');
    expect(handedTo('Der Lokalzeitung Elbtaler Bote zufolge gibt es Streit:')).toBe('Elbtaler Bote');
    expect(handedTo('Selon le quotidien L’Écho du Vercors, rien ne bougera :')).toBe('L’Écho du Vercors');
    expect(handedTo('Informa el diario La Voz del Jalón:')).toBe('La Voz del Jalón');
    expect(handedTo('Stando al quotidiano La Gazzetta del Lario, i tempi si allungano:')).toBe(
      'La Gazzetta del Lario',
    );
    expect(handedTo('Escreve o jornal Diário do Vale Verde:')).toBe('Diário do Vale Verde');
    expect(handedTo('Volgens de regionale krant Het Dijkblad verandert er niets:')).toBe('Het Dijkblad');
    expect(handedTo('Dziennik „Kurier Nadwarciański” pisze:')).toBe('Kurier Nadwarciański');
    expect(handedTo('Według dziennika „Kurier Nadwarciański” nic się nie zmieni:')).toBe(
      'Kurier Nadwarciański',
    );
  });
  it('names a newsroom by its words after an article, an "as X reports" or a verb opening the sentence', () => {
    expect(handedTo('Wie der Hafenstädter Kurier meldet, ist die Ursache gefunden:')).toBe(
      'Hafenstädter Kurier',
    );
    expect(handedTo('Laut dem Hafenstädter Anzeiger wird es teurer:')).toBe('Hafenstädter Anzeiger');
    expect(handedTo('Dem Elbtaler Kurier zufolge dauert es:')).toBe('Elbtaler Kurier');
    expect(handedTo('La Gazette de l’Estuaire révèle :')).toBe('La Gazette de l’Estuaire');
    expect(handedTo('Secondo L’Eco di Valdarno, nulla cambierà:')).toBe('L’Eco di Valdarno');
    expect(handedTo('Segundo a Gazeta da Ribeira, nada muda:')).toBe('Gazeta da Ribeira');
    expect(handedTo('Dat meldt het Polderdagblad.')).toBe('Polderdagblad');
    expect(handedTo('Informuje o tym portal Głos Doliny.')).toBe('Głos Doliny');
  });
  it('names the paper where the words ran: "In X heißt es:", "On lit dans X :", "W X czytamy:"', () => {
    expect(handedTo('In der Lokalzeitung Elbtaler Bote heißt es dazu:')).toBe('Elbtaler Bote');
    expect(handedTo('Aus dem Hafenstädter Kurier:')).toBe('Hafenstädter Kurier');
    expect(handedTo('On lit dans Le Courrier du Marnac :')).toBe('Le Courrier du Marnac');
    expect(handedTo('Extrait du quotidien L’Écho du Vercors :')).toBe('L’Écho du Vercors');
    expect(handedTo('Si legge sul quotidiano La Gazzetta del Lario:')).toBe('La Gazzetta del Lario');
    expect(handedTo('In het Polderdagblad staat:')).toBe('Polderdagblad');
    expect(handedTo('W dzienniku „Kurier Nadwarciański” czytamy:')).toBe('Kurier Nadwarciański');
  });
  it('names no outlet for a person, a company, a ministry, or the word opening "as X reports"', () => {
    expect(handedTo('Laut der Hafenbau GmbH sieht es so aus:')).toBe(null);
    expect(handedTo('Das Bundesverkehrsministerium meldet:')).toBe(null);
    expect(handedTo('La société Bâtiroute révèle :')).toBe(null);
    expect(handedTo('Como informa la empresa Construcciones Ebro:')).toBe(null);
    expect(handedTo('El Ministerio del Interior informa:')).toBe(null);
    expect(handedTo('O Ministério da Saúde informa:')).toBe(null);
    expect(handedTo('Meldt Jan de Vries:')).toBe(null);
    expect(handedTo('Het ministerie van Infrastructuur meldt:')).toBe(null);
    expect(handedTo('Ministerstwo Infrastruktury informuje:')).toBe(null);
    // A title opening on a Polish word for a paper keeps it: "Gazeta Dunării" is no "gazeta".
    expect(handedTo('Pisze Gazeta Dunării:')).toBe('Gazeta Dunării');
  });
});

describe('lead-ins of Indonesian and Turkish blogs', () => {
  it('names a newsroom after an Indonesian word for the paper, and a Turkish one under its case ending', () => {
    expect(handedTo('Menurut harian Suara Lembah, perbaikan akan lama:')).toBe('Suara Lembah');
    expect(handedTo('Seperti diberitakan harian Suara Lembah:')).toBe('Suara Lembah');
    expect(handedTo('Kuzey Postası yazdı:')).toBe('Kuzey Postası');
    const turkish = unknownOutlet('Kuzey Postası’na göre onarım uzayacak:');
    expect(turkish).toMatchObject({ name: 'Kuzey Postası' });
    expect(turkish?.tentative).toBeUndefined();
  });
  it('names no outlet for an Indonesian or Turkish company or ministry', () => {
    expect(handedTo('Seperti diberitakan PT Lembah Jaya:')).toBe(null);
    expect(handedTo('Kementerian Perhubungan melaporkan:')).toBe(null);
    expect(handedTo('Ulaştırma Bakanlığı yazdı:')).toBe(null);
  });
  it('reads a Turkish lead-in whose verb comes last, words between it and the newsroom', () => {
    expect(handedTo('Doğu Gazetesi dün manşetten verdi:')).toBe('Doğu Gazetesi');
    expect(handedTo('Liman Radyo, eski çarşıda bir fırıncıyla konuştu:')).toBe('Liman Radyo');
    expect(handedTo('Liman Radyo bir fırıncı ile görüştü:')).toBe('Liman Radyo');
    expect(handedTo('Sahil Postası bu sabah yazdı:')).toBe('Sahil Postası');
    // A person who talked to someone, or a verb that is no reporting one, names no newsroom.
    expect(handedTo('Selma Hanım dün akşam bir fırıncıyla konuştu:')).toBe(null);
    expect(handedTo('Sahil Postası bu sabah geldi:')).toBe(null);
  });
});

describe('a broadcaster’s programme and a newsroom’s staff in the lead-in', () => {
  it('names the broadcaster or the paper, not the programme', () => {
    expect(unknownOutlet("Tideway Courier's morning show had the harbourmaster on:")?.name).toBe(
      'Tideway Courier',
    );
    expect(unknownOutlet("On WQSL's The Tideline this morning:")?.name).toBe('WQSL');
    expect(unknownOutlet("SaltLine's Harbour Hour spoke to the chair:")?.name).toBe('SaltLine');
    expect(unknownOutlet('A Tideway Courier reporter went down to the quay:')?.name).toBe('Tideway Courier');
    expect(unknownOutlet('Thanks to Tideway Courier for this:')?.name).toBe('Tideway Courier');
    expect(
      unknownOutlet('Brinegate reporters went and spoke to the fishermen:', () => null, noSurname)?.name,
    ).toBe('Brinegate');
    expect(
      unknownOutlet(
        'Solberg reporters went and spoke to the fishermen:',
        () => null,
        (w) => w === 'Solberg',
      ),
    ).toBe(null);
  });
  it('names no person’s show and no business’s reporter', () => {
    expect(unknownOutlet("Ingrid Solberg's morning show had the harbourmaster on:")).toBe(null);
    expect(unknownOutlet('A Marrick Shipping reporter went down to the quay:')).toBe(null);
    expect(unknownOutlet("Ingrid Solberg's harbour reporter was there:")).toBe(null);
    expect(unknownOutlet('Marrick Shipping sent a reporter to the meeting:')).toBe(null);
  });
});

describe('a run-in with a relative clause or a word of time before the verb', () => {
  it('names the newsroom past a "which" clause or "now"/"first"', () => {
    expect(
      unknownOutlet('The Harbour Mercury, which has been tracking this since the spring, reports that')?.name,
    ).toBe('Harbour Mercury');
    expect(
      unknownOutlet('Tidewater Ledger, which first broke the story, reported on Tuesday that')?.name,
    ).toBe('Tidewater Ledger');
    expect(unknownOutlet('The Harbour Mercury now reports that')?.name).toBe('Harbour Mercury');
    expect(unknownOutlet('KXLT first reported that')?.name).toBe('KXLT');
  });
  it('names no person a "who" clause describes, nor a company', () => {
    expect(unknownOutlet('Sarah Lindqvist, who chairs the association, reports that')).toBe(null);
    expect(unknownOutlet('Tidewell Energy now reports that')).toBe(null);
  });
});

describe('where a newsroom put its number', () => {
  it('names the newsroom that put or had the number, the figure or the detail', () => {
    expect(
      unknownOutlet("The Harbour Mercury put the number right at the top of Monday's piece.")?.name,
    ).toBe('Harbour Mercury');
    expect(unknownOutlet('Tidewater Ledger puts the figure in its second paragraph.')?.name).toBe(
      'Tidewater Ledger',
    );
  });
  it('names no person who put a number somewhere', () => {
    expect(unknownOutlet('Sarah Lindqvist put the number right at the top of her letter.')).toBe(null);
  });
});

describe('a month or a day after the possessive', () => {
  it('ends the name at the possessive', () => {
    expect(unknownOutlet("From the Harbour Mercury's December issue, p. 14 —")?.name).toBe('Harbour Mercury');
    expect(unknownOutlet("From KXLT's Monday bulletin —")?.name).toBe('KXLT');
  });
  it('names no person whose letter it is', () => {
    expect(unknownOutlet("From Sarah Lindqvist's December letter —")).toBe(null);
  });
});

describe('a newsroom at the scene, said with a full stop or an aside', () => {
  it('names the newsroom that was down at the quay and talked to someone', () => {
    expect(name('Gull Point was down at the quay on Tuesday and talked to one of the skippers.')).toBe(
      'Gull Point',
    );
    expect(name('Gull Point got the skipper on the phone.')).toBe('Gull Point');
    expect(name('Credit where due: Gull Point had this first.')).toBe('Gull Point');
    expect(name("Gull Point, page 5 of Tuesday's paper, went further:")).toBe('Gull Point');
    expect(name('Ballast, to be fair, tracked down a skipper:')).toBe('Ballast');
  });
  it('names no person or company so at the scene, and reads no full stop after other words', () => {
    expect(name('Sarah Lindqvist was down at the quay on Tuesday and talked to one of the skippers.')).toBe(
      null,
    );
    expect(name('Tidewell Energy got the skipper on the phone.')).toBe(null);
    expect(name('Sarah Lindqvist, to be fair, tracked down a skipper:')).toBe(null);
    expect(name('Gull Point was down at the quay on Tuesday.')).toBe(null);
  });
});

describe('a day or a month before the name', () => {
  it('names the periodical that came out then', () => {
    expect(unknownOutlet("Page 14 of this month's Harbour Mercury:")?.name).toBe('Harbour Mercury');
    expect(unknownOutlet("From today's Gull Point, front page:")?.name).toBe('Gull Point');
  });
  it('names no person or company', () => {
    expect(unknownOutlet("From today's Sarah Lindqvist, on the radio:")).toBe(null);
    expect(unknownOutlet("Page 2 of this month's Tidewell Energy newsletter:")).toBe(null);
  });
});

describe("a writer after the paper's possessive", () => {
  it('names the paper, not its writer', () => {
    expect(unknownOutlet("As Gull Point's Dana Whitlock wrote in March,")?.name).toBe('Gull Point');
    expect(unknownOutlet("As the Harbour Mercury's Dana Whitlock wrote in March,")?.name).toBe(
      'Harbour Mercury',
    );
  });
  it("names no one through a person's or a company's writer", () => {
    expect(unknownOutlet("As Sarah Lindqvist's Dana Whitlock wrote in March,")).toBe(null);
    expect(unknownOutlet("As Tidewell Energy's Dana Whitlock wrote in March,")).toBe(null);
  });
});

describe('"Here\'s" opening a lead-in before a possessive', () => {
  it('is no part of the name: "Here\'s Kelso Ledger\'s version …:" names Kelso Ledger', () => {
    expect(
      unknownOutlet("Here's Kelso Ledger's version, which has the figures the board left out:")?.name,
    ).toBe('Kelso Ledger');
    expect(
      newsroomAsSubject("Here's Kelso Ledger's version, which has the figures the board left out:")?.name,
    ).toBe('Kelso Ledger');
    expect(unknownOutlet("Here's Gull Point's account, and it is the fuller one:")?.name).toBe('Gull Point');
  });
  it("leaves a person's name a person's", () => {
    expect(unknownOutlet("Here's Helen Quinlan's version, which she sent round on Friday:")).toBeNull();
    expect(newsroomAsSubject("Here's Helen Quinlan's version, which she sent round on Friday:")).toBeNull();
  });
});

describe('a newsroom by its edition, its readers or its title and when', () => {
  const unknown = (s: string) => unknownOutlet(s, () => null, noSurname)?.name ?? null;

  it('reads an edition with a day or a time before its word, and a claim to what the others lacked', () => {
    expect(unknown('Ledgerline’s morning newsletter had the number:')).toBe('Ledgerline');
    expect(unknown('The Fellsider’s Wednesday bulletin added something the others didn’t.')).toBe(
      'Fellsider',
    );
    expect(unknown('The Fellsider’s Wednesday bulletin added something:')).toBe('Fellsider');
    // A full stop after anything else hands nothing over; a person owns no edition here.
    expect(unknown('Ledgerline’s morning newsletter had a point, but I disagree.')).toBeNull();
    expect(unknown('Tom Baxter’s Sunday show had the mayor on:')).toBeNull();
  });

  it('reads a name with readers of its own, not a body with members or a company with customers', () => {
    expect(unknown('The Harbourman surveyed its readers last month, and the result is grim:')).toBe(
      'Harbourman',
    );
    expect(unknown('Ballast polled its subscribers:')).toBe('Ballast');
    expect(unknown('Unison surveyed its members:')).toBeNull();
    expect(unknown('Tidewell Energy asked its customers:')).toBeNull();
  });

  it('reads a one-word title with its article and when, tentatively; not a body or a person’s word', () => {
    expect(newsroomAsSubject('The Quaysider this week:', 'en', noSurname)).toMatchObject({
      name: 'Quaysider',
      tentative: true,
    });
    expect(newsroomAsSubject('The Council this week:', 'en', noSurname)).toBeNull();
    expect(newsroomAsSubject('The Minister this week:', 'en', noSurname)).toBeNull();
    expect(newsroomAsSubject('Quaysider this week:', 'en', noSurname)).toBeNull();
  });
});

describe('newsroomAtWork in Spanish, Italian, French and Dutch', () => {
  const known = (outlet: string) => defaultOutlets.byName(outlet)?.name ?? null;
  const at = (sentence: string) => newsroomAtWork(sentence, noSurname, known)?.name ?? null;
  it('names the newsroom that talked to someone, by the name the table gives it', () => {
    expect(at('El Comercio de Gijón conversó con un marinero de Cudillero:')).toBe('El Comercio de Gijón');
    expect(at('La Nuova Sardegna ha intervistato una portuale di Olbia:')).toBe('La Nuova Sardegna');
    expect(at('De Gelderlander sprak met een schipper in Tiel:')).toBe('De Gelderlander');
    expect(at('Le Courrier de Gap a interrogé une bergère du Champsaur :')).toBe('Le Courrier de Gap');
  });
  it('leaves an article before a name the table knows without it', () => {
    expect(at('La RSI ha sentito un frontaliere di Chiasso:')).toBe('RSI');
  });
  it('names no person or body doing the same', () => {
    expect(at('Mi hermana conversó con una vecina:')).toBe(null);
    expect(at('Il sindaco ha incontrato i residenti:')).toBe(null);
  });
});

describe('bareAttribution of what a paper brings', () => {
  const known = (outlet: string) => defaultOutlets.byName(outlet) !== null;
  it('names a newsroom bringing a story, with what it brings before the colon', () => {
    expect(
      bareAttribution('O jornal Correio da Manhã trouxe ontem, numa página inteira:', noSurname, known),
    ).toMatchObject({ kind: 'outlet', name: 'Correio da Manhã' });
    expect(bareAttribution('El diario La Voz del Valle trae en portada:', noSurname, known)).toMatchObject({
      kind: 'outlet',
      name: 'La Voz del Valle',
    });
  });
  it('drops an article the table knows the name without, and keeps one it knows the name with', () => {
    expect(bareAttribution('O Público traz hoje na capa:', noSurname, known)?.name).toBe('Público');
    expect(bareAttribution('O País traz hoje:', noSurname, known)?.name).toBe('O País');
  });
  it('takes no person bringing something', () => {
    expect(bareAttribution('A Maria traz hoje uma receita:', noSurname, known)).toBe(null);
  });
});

describe('a newsroom the table lacks told someone’s words', () => {
  it('names a newsroom by its words or its call sign after "told"', () => {
    expect(unknownOutlet('One driver told WPLX:')?.name).toBe('WPLX');
    expect(unknownOutlet('One stallholder told Eastbrook Radio:')?.name).toBe('Eastbrook Radio');
  });
  it('names no person told', () => {
    expect(unknownOutlet('One passenger told Gemma Hartley:')).toBe(null);
  });
});

describe('a broadcaster’s channel number or dial after its name', () => {
  it('keeps the number after a call sign or a broadcasting word', () => {
    expect(unknownOutlet('KZXQ News 7 has the story:')?.name).toBe('KZXQ News 7');
    expect(unknownOutlet('Across the border, CJMV 98.1 reports:')?.name).toBe('CJMV 98.1');
  });
  it('leaves a date’s day out of the name', () => {
    expect(unknownOutlet('Harbour Radio 3 December reported:')?.name ?? null).not.toBe('Harbour Radio 3');
  });
});

describe('bareAttribution of a title opening on its article', () => {
  it('reads a capitalised article and a name no given name opens as a title', () => {
    expect(bareAttribution('Le Petit Brennois rapporte :', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Le Petit Brennois',
    });
  });
});

describe('a one-word name closing on a word for news', () => {
  it('is a newsroom at work, not a plural', () => {
    expect(name('Starnieuws sprak met een bakker aan de Kwattaweg:')).toBe('Starnieuws');
    expect(
      newsroomAtWork('Starnieuws sprak met een bakker aan de Kwattaweg:', noSurname)?.tentative,
    ).toBeUndefined();
    expect(name('Telenoticias habló con una vecina del barrio:')).toBe('Telenoticias');
    // Plurals stay people's: no word for news closes them.
    expect(name('Residents talked to the council about it:')).toBeNull();
    expect(name('Reviews had this to say:')).toBeNull();
  });
});

describe('withoutMediaArticle', () => {
  const read = (name: string) => withoutMediaArticle({ name, start: 10, end: 10 + name.length });

  it('drops the article before a word for a station or a paper when the name goes on after it', () => {
    expect(read('A Rádio Nacional de Angola')).toEqual({
      name: 'Rádio Nacional de Angola',
      start: 12,
      end: 36,
    });
    expect(read('La Radio Télévision Suisse').name).toBe('Radio Télévision Suisse');
    expect(read('O Jornal de Angola').name).toBe('Jornal de Angola');
  });

  it('drops the article before a newsroom’s initials, in any language that writes one', () => {
    expect(read('A RTC')).toEqual({ name: 'RTC', start: 12, end: 15 });
    expect(read('Die HKZ').name).toBe('HKZ');
    expect(read('La RTVC').name).toBe('RTVC');
    expect(read('Het AD').name).toBe('AD');
  });

  it('keeps an article that opens a title, or stands before the media word alone', () => {
    expect(read('El Diario').name).toBe('El Diario');
    expect(read('Le Monde Diplomatique').name).toBe('Le Monde Diplomatique');
    expect(read('A Bola').name).toBe('A Bola');
    expect(read('O Estado de S. Paulo').name).toBe('O Estado de S. Paulo');
    expect(read('A Nação').name).toBe('A Nação');
    expect(read('A BOLAS').name).toBe('A BOLAS');
  });
});

describe('withoutGermanArticle', () => {
  const known = (name: string) => defaultOutlets.byName(name) !== null;
  const read = (name: string, language: string | null = 'de') =>
    withoutGermanArticle({ name, start: 10, end: 10 + name.length }, language, known);

  it('drops the article opening a German sentence before a title of two words or more', () => {
    expect(read('Die Talheimer Rundschau')).toEqual({ name: 'Talheimer Rundschau', start: 14, end: 33 });
    expect(read('Der Talheimer Bote').name).toBe('Talheimer Bote');
    expect(read('Das Talheimer Tagblatt').name).toBe('Talheimer Tagblatt');
  });

  it('keeps it before a one-word title, on a page in another language, or in a name the table knows', () => {
    expect(read('Der Nordbote').name).toBe('Der Nordbote');
    expect(read('Die Talheimer Rundschau', 'en').name).toBe('Die Talheimer Rundschau');
    expect(read('Die Talheimer Rundschau', null).name).toBe('Die Talheimer Rundschau');
    expect(read('Die Neue Südtiroler Tageszeitung').name).toBe('Die Neue Südtiroler Tageszeitung');
  });
});

describe('a Romance title closing on its adjective of place', () => {
  it('keeps the adjective after the article and the title’s noun', () => {
    expect(unknownOutlet('Selon Le Courrier fjordien,')?.name).toBe('Le Courrier fjordien');
    expect(bareAttribution('Le Courrier fjordien écrit ce matin :', noSurname)?.name).toBe(
      'Le Courrier fjordien',
    );
    expect(unknownOutlet('Según El Heraldo tamarano,')?.name).toBe('El Heraldo tamarano');
  });

  it('reads no other lower-case word as one, nor one after a name without its article', () => {
    expect(unknownOutlet('Selon Le Courrier hier soir,')?.name).toBe('Le Courrier');
    expect(unknownOutlet('According to Harbour Mercury defense officials,')?.name).not.toBe(
      'Harbour Mercury defense',
    );
  });
});

describe('a Russian plural title with its plural verb', () => {
  it('reads the title after "как пишут" and "как сообщают", after another sentence too', () => {
    expect(unknownOutlet('Как пишут «Северные ведомости»,')?.name).toBe('Северные ведомости');
    expect(unknownOutlet('Город молчит. Как сообщают «Новые известия»,')?.name).toBe('Новые известия');
  });
});

describe('a title in « » or „ “ as the subject of a newsroom’s verb', () => {
  it('names the newsroom that writes or spoke to someone, the marks left out', () => {
    expect(unknownOutlet('«Вестник Кипра» пишет сегодня:')?.name).toBe('Вестник Кипра');
    expect(unknownOutlet('«Балтийский курьер» поговорил с водителем трамвая:')?.name).toBe(
      'Балтийский курьер',
    );
    expect(unknownOutlet('Все ждали решения. «Взморье» сообщает,')?.name).toBe('Взморье');
  });
  it('names no title that writes nothing, nor a document’s, nor one deeper in the sentence', () => {
    expect(
      unknownOutlet('In der Facebook-Gruppe „Tingleff og omegn“ schrieb ein Vater darunter:'),
    ).toBeNull();
    expect(unknownOutlet('Я перечитала «Мастера и Маргариту» вчера:')).toBeNull();
    expect(unknownOutlet('«Правила благоустройства» гласят:')).toBeNull();
  });
});

describe('a newsroom’s name ending in a number', () => {
  it('reads a capitalised word ending in digits as a newsroom’s brand', () => {
    expect(unknownOutlet('A Ma7 szerint')?.name).toBe('Ma7');
    expect(unknownOutlet('According to Quay7,')?.name).toBe('Quay7');
  });
  it('reads no product code with capitals among its letters, nor a word without a number', () => {
    expect(unknownOutlet('According to HWiNFO64,')?.name ?? null).not.toBe('HWiNFO64');
  });
});

describe('a station going to chat with someone, in Acadian and Québec French', () => {
  it('names the station that went to talk to the person', () => {
    expect(name('CHNC est allé jaser avec un pêcheur qui débarque là depuis trente ans :')).toBe('CHNC');
    expect(name('Radio Gaspésie est allée jaser avec une cueilleuse de bleuets :')).toBe('Radio Gaspésie');
    expect(name('CKJM a jasé avec le propriétaire du quai :')).toBe('CKJM');
    expect(name('CJVA est allé à la rencontre de deux travailleuses saisonnières :')).toBe('CJVA');
  });
  it('names no one when a person went to chat', () => {
    expect(name('Ma voisine est allée jaser avec le maire :')).toBe(null);
  });
});

describe('"as X wrote" in the past tense, in Italian, Portuguese, Czech and Romanian', () => {
  const unknown = (sentence: string) => unknownOutlet(sentence)?.name ?? null;
  it('reads the newsroom after the past-tense and where-it-was-read forms', () => {
    expect(unknown('Come ha scritto la Gazzetta di Vallombra:')).toBe('Gazzetta di Vallombra');
    expect(unknown('Come riportato da Radio Borgoalto:')).toBe('Radio Borgoalto');
    expect(unknown('Si legge sul Corriere del Lago:')).toBe('Corriere del Lago');
    expect(unknown('Como noticiou o Diário da Ribeira:')).toBe('Diário da Ribeira');
    expect(unknown('Lemos no Correio da Ribeira:')).toBe('Correio da Ribeira');
    expect(unknown('Așa cum scrie Monitorul de Insulă:')).toBe('Monitorul de Insulă');
    expect(unknown('Relatează Știri de Port:')).toBe('Știri de Port');
  });
  it('takes the Czech verb in the newsroom’s gender and number', () => {
    expect(unknown('Jak napsal Ostrovní zpravodaj:')).toBe('Ostrovní zpravodaj');
    expect(unknown('Jak uvedlo Rádio Přístav:')).toBe('Rádio Přístav');
    expect(unknown('Jak napsaly Přístavní noviny:')).toBe('Přístavní noviny');
  });
  it('still takes no person after those words', () => {
    expect(unknown('Jak napsal Petr Dvořák:')).toBeNull();
    expect(unknown('Come ha scritto Marta Bellini:')).toBeNull();
    expect(unknown('După cum scrie Ioana Popescu:')).toBeNull();
  });
});

describe('a Dutch word handing over and the article "de" before a name', () => {
  it('leaves the article out of the name after "volgens"', () => {
    expect(unknownOutlet('Volgens de Kustkrant:')?.name).toBe('Kustkrant');
  });
  it('reads a sentence’s subject after the word handing over and its article', () => {
    expect(newsroomAsSubject('Volgens de Kustkrant:', 'nl')?.name).toBe('Kustkrant');
    expect(newsroomAsSubject('Volgens het Dorpsblad:', 'nl')?.name).toBe('Dorpsblad');
  });
  it('keeps "Zoals" and the article out of a bare attribution’s name', () => {
    expect(bareAttribution('Zoals de Kustkoerier meldt:', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Kustkoerier',
    });
    expect(bareAttribution('Zoals Jan de Boer meldt:', noSurname)).toMatchObject({
      kind: 'person',
      name: 'Jan de Boer',
    });
  });
});

describe('a newsroom as the subject of a sentence broken off on "that" in other languages', () => {
  it('reads the subject whose name says a newsroom', () => {
    // Whether a title's own article stays with it is not this reading's question.
    expect(newsroomAsSubject('Il Corriere del Lago riporta che', 'it')?.name).toMatch(
      /^(?:Il )?Corriere del Lago$/,
    );
    expect(newsroomAsSubject('Le Courrier de la Baie rapporte que', 'fr')?.name).toMatch(
      /^(?:Le )?Courrier de la Baie$/,
    );
    expect(newsroomAsSubject('Jornal da Ribeira noticia que', 'pt')?.name).toBe('Jornal da Ribeira');
  });
  it('reads no name without a newsroom’s word, nor a sentence ending on Scandinavian "at"', () => {
    expect(newsroomAsSubject('Il Comune comunica che', 'it')).toBeNull();
    expect(newsroomAsSubject('The Harbour Mercury looked at', 'en')).toBeNull();
  });
});

describe('a verb-first or "as" opening before a sentence’s subject', () => {
  it('is no part of the newsroom’s name', () => {
    expect(newsroomAsSubject('Som Kustnytt rapporterar:', 'sv')?.name).toBe('Kustnytt');
    expect(newsroomAsSubject('Conform Radio Port:', 'ro')?.name).toBe('Radio Port');
    expect(newsroomAsSubject('Noticiou Jornal da Ribeira:', 'pt')?.name).toBe('Jornal da Ribeira');
    expect(newsroomAsSubject('Rapporterar Skärgårdens Tidning:', 'sv')?.name).toBe('Skärgårdens Tidning');
    expect(unknownOutlet("From Harbour Post's report:")?.name).toBe('Harbour Post');
  });
  it('leaves a person’s name no newsroom', () => {
    expect(newsroomAsSubject('Som Lisbeth Holm skriver:', 'sv')).toBeNull();
    expect(newsroomAsSubject('Conform Ion Popescu:', 'ro')).toBeNull();
  });
});

describe('more "as X reported" forms: Polish and French past tenses, "according to what X reported"', () => {
  const unknown = (sentence: string) => unknownOutlet(sentence)?.name ?? null;
  it('reads the newsroom after them', () => {
    expect(unknown('Jak podała Gazeta Zalewska:')).toBe('Gazeta Zalewska');
    expect(unknown('Jak podało Radio Zalew:')).toBe('Radio Zalew');
    expect(unknown('Comme l’a rapporté Radio Baie :')).toBe('Radio Baie');
    expect(unknown('Secondo quanto riportato da Radio Vallombra:')).toBe('Radio Vallombra');
    expect(unknown('Segundo noticiou Jornal da Ribeira:')).toBe('Jornal da Ribeira');
  });
});

describe('a demonstrative opening "that is what X reports"', () => {
  it('is no name', () => {
    expect(bareAttribution('Das berichtet der Hafen-Anzeiger:', noSurname)?.name).not.toBe('Das');
    expect(bareAttribution('Det skriver Kustnytt:', noSurname)?.name).not.toBe('Det');
  });
});

describe('Finnish "Kuten" opening, and a genitive before "mukaan"', () => {
  it('keeps "Kuten" out of the name', () => {
    expect(bareAttribution('Kuten Saaristolehti kertoi:', noSurname)?.name).toBe('Saaristolehti');
    expect(newsroomAsSubject('Kuten Radio Saari uutisoi:', 'fi')?.name).toBe('Radio Saari');
  });
  it('reads the name before "mukaan" in its nominative', () => {
    expect(bareAttribution('Radio Kallan mukaan:', noSurname)?.name).toBe('Radio Kalla');
    expect(newsroomAsSubject('Radio Kallan mukaan:', 'fi')).toBeNull();
  });
});

describe('a Swedish or Norwegian word for the paper between "according to" and the name', () => {
  it('makes a one-word name a newsroom’s', () => {
    expect(bareAttribution('Enligt tidningen Ankaret:', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Ankaret',
    });
    expect(bareAttribution('Ifølge lokalavisa Fjorden:', noSurname)).toMatchObject({
      kind: 'outlet',
      name: 'Fjorden',
    });
  });
});
