// Names read by their shape where the page's structure says "this is the source": a credit under a block.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { clippingNickname, readCitationLine, readCreditLine } from '../../utils/analysis/block-evidence';
import givenNames from '../../utils/analysis/data/given-names.json';
import { unknownOutlet } from '../../utils/analysis/lead-in-names';
import {
  CALL_SIGN,
  firmlyNamed,
  hanNewsroomTitle,
  isGivenName,
  looksLikeOutletName,
  looksLikePersonName,
  mayNameSource,
  nameShape,
  spelledAsTitle,
} from '../../utils/analysis/name-source';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('given-names.json', () => {
  it('names its source and holds lower-case given names, sorted, each once', () => {
    expect(givenNames.source).toMatch(/Moby/);
    expect(givenNames.source).toMatch(/faker/);
    expect(givenNames.names.length).toBeGreaterThan(5000);
    for (const name of givenNames.names) expect(name).toMatch(/^\p{Ll}{2,}$/u);
    expect(new Set(givenNames.names).size).toBe(givenNames.names.length);
    expect([...givenNames.names].sort()).toEqual(givenNames.names);
  });
});

describe('a station’s number before its capitals', () => {
  it('is a title in a credit, as capitals alone are', () => {
    expect(spelledAsTitle('1FLTV', true)).toBe(true);
    expect(spelledAsTitle('9NEWS', true)).toBe(true);
    expect(nameShape('8KTV')).toBe('title');
    // Not without the capitals: a number and one letter is a size or a grade ("4K", "5G").
    expect(spelledAsTitle('4K', true)).toBe(false);
    expect(spelledAsTitle('8KTV')).toBe(false);
  });
  it('credits the passage above a dash line', () => {
    expect(readCreditLine('— 8KTV', null, defaultOutlets)?.outlet).toBe('8KTV');
  });
});

describe('nameShape', () => {
  it('reads a given name, an initial or a title first as a person', () => {
    for (const name of [
      'Mia Castellano',
      'J. Ortiz',
      'Helen Marsh-Adeyemi',
      'Dr. Ana Ruiz',
      'Senator Jo Vale',
    ])
      expect(nameShape(name), name).toBe('person');
  });
  it('reads given names of many countries, not only English-speaking ones', () => {
    for (const name of ['Priya Raman', 'Ayanda Nkosi', 'Abimbola Okafor', 'Deniz Yılmaz', 'Leilani Kahale'])
      expect(nameShape(name), name).toBe('person');
    // A name that is also an English word or a newsroom's word is left out of the list.
    for (const name of ['River Valley Ledger', 'Civil Beat']) expect(nameShape(name), name).toBe('title');
  });
  it('reads an article, capitals inside a word or no given name first as a title', () => {
    for (const name of ['The Lens', 'RedFM', 'InfoQ', 'NME', 'Executive Traveller', 'Louisiana Illuminator'])
      expect(nameShape(name), name).toBe('title');
  });
  it('reads the Galician and Portuguese article "O" before a word as a title’s, "A" and "J" as initials', () => {
    for (const name of ['O Ribeirán', 'O Correo Galego', 'Os Ecos'])
      expect(nameShape(name), name).toBe('title');
    for (const name of ['A Patel', 'J Smith']) expect(nameShape(name), name).toBe('person');
  });
  it('leaves one plain word, or what is not a name, undecided', () => {
    for (const name of ['Brownfield', 'Smith', 'the council', 'A b c d e f'])
      expect(nameShape(name), name).toBe(null);
  });
});

describe('credits read by the name’s shape', () => {
  const credit = (line: string) => readCreditLine(line, null, defaultOutlets);
  it('names the outlet of a dashed, parenthesised or labelled credit that is a title', () => {
    expect(credit('— ValleyFM, Morning Drive')?.outlet).toBe('ValleyFM');
    expect(credit('(The Weir Lantern)')?.outlet).toBe('Weir Lantern');
    expect(credit('— Kestrel Briefing (subscriber piece)')?.outlet).toBe('Kestrel Briefing');
    expect(credit('(Source: Kestrel Insight)')?.outlet).toBe('Kestrel Insight');
    expect(credit('— NME')?.outlet).toBe('NME');
    // A date after the comma, or "from" before the name, leaves the credit a title's.
    expect(credit('— Harbour Beat, 3 December 2025')?.outlet).toBe('Harbour Beat');
    expect(credit('— from Kestrel Briefing')?.outlet).toBe('Kestrel Briefing');
  });
  it('names the outlet whose piece a parenthesised credit names, before a date or a day', () => {
    expect(credit("(From the Valley Tribune's live page, 4 Dec.)")?.outlet).toBe('Valley Tribune');
    expect(credit("(From Mountain Wireless's report on Friday.)")?.outlet).toBe('Mountain Wireless');
    expect(credit("(From Hanna Lindqvist's post, 4 Dec.)")?.kind ?? null).not.toBe('outlet');
  });
  it('reads "<outlet> <kind of piece>, <date>" as the outlet’s and "<person>, <date>" as a person’s', () => {
    expect(credit('The Irish Times editorial, 2 December')).toMatchObject({
      kind: 'outlet',
      outlet: 'The Irish Times',
    });
    expect(credit('Reuters, Dec. 3')?.outlet).toBe('Reuters');
    expect(credit('Mairead Quinlan, 3 December')).toMatchObject({ kind: 'person', outlet: null });
    // Without a date, or with an unknown name, the line credits nothing by this rule.
    expect(credit('The Irish Times editorial, page two')).toBeNull();
    expect(credit('Harbour committee notes, 3 December')?.kind ?? null).not.toBe('outlet');
  });
  it('leaves a person’s credit a person’s', () => {
    expect(credit('— Maria Lopez')?.kind).toBe('person');
    expect(credit('— Ana Ruiz, 34, nurse')?.kind).toBe('person');
    expect(credit('— Ana Ruiz, 34')?.kind).toBe('person');
    expect(credit('— Tereza Hollins, maintainer')?.kind).toBe('person');
    // A trade's word last is how a company is named, under its executive's words.
    expect(credit('— Halvard Energy')?.outlet ?? null).toBe(null);
    expect(credit('— Inside Harbour Energy Weekly')?.outlet).toBe('Inside Harbour Energy Weekly');
  });
  it('marks a title read only by the shape of its words as tentative, not one with an article', () => {
    expect(credit('— Kestrel Briefing')?.tentative).toBe(true);
    expect(credit('(The Weir Lantern)')?.tentative).toBeUndefined();
  });
});

function quotesOf(article: string): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Millrace Notes');
  doc.body.innerHTML = `<article><p>The footbridge has been shut for weeks and the blogger has views on the matter, at length, as usual here.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://millrace.example/post', outlets: defaultOutlets }).report.quotes;
}

describe('a tentative credit against the passage’s own voice', () => {
  const block =
    '<blockquote><p>The replacement is costed at £410,000, of which the borough has set aside £150,000, and officers will ask the regional fund for the rest.</p></blockquote>';
  const mine =
    '<blockquote><p>I have walked that bridge every day for thirty years, and I never once thought about what was holding it up until my daughter asked.</p></blockquote>';
  const reuters = `<p>Reuters had it first:</p>${block.replace('£410,000', '£400,000')}`;
  it('names the outlet of a report, on a page that quotes a newsroom on firmer evidence', () => {
    const [, q] = quotesOf(`${reuters}<p>The money side:</p>${block}<p>— Kestrel Briefing</p>`);
    expect([q.kind, q.outlet]).toEqual(['outlet', 'Kestrel Briefing']);
  });
  it('names no outlet by a name’s shape alone where nothing else on the page is a newsroom’s', () => {
    const [q] = quotesOf(`<p>The money side:</p>${block}<p>— Kestrel Briefing</p>`);
    expect([q.kind, q.outlet]).toEqual(['person', null]);
  });
  it('gives words spoken in the first person to a person', () => {
    const [q] = quotesOf(`<p>One neighbour wrote in:</p>${mine}<p>— Odalys Ferreira</p>`);
    expect([q.kind, q.outlet]).toEqual(['person', null]);
    const [r] = quotesOf(`<p>Some feedback:</p>${mine}<p>— New Parent, Junior Squad</p>`);
    expect(r.outlet).toBe(null);
  });
});

describe('spelledAsTitle', () => {
  it('reads a title from the spelling alone', () => {
    for (const name of ['The Lens', 'InDaily', 'MLex', 'SpaceNews', 'Law360', "Tom's Guide"])
      expect(spelledAsTitle(name), name).toBe(true);
  });
  it('counts capitals only when asked, and never product codes, initials or plain names', () => {
    expect(spelledAsTitle('WWNO')).toBe(false);
    expect(spelledAsTitle('WWNO', true)).toBe(true);
    for (const name of ['HWiNFO64', 'RT-AX86U', 'J.R. Ortiz', 'Mia Castellano', 'the Lens'])
      expect(spelledAsTitle(name, true), name).toBe(false);
  });
});

describe('a compass point opening a name', () => {
  it('is no given name, so the name reads as a place’s or a title’s', () => {
    for (const word of ['north', 'south', 'east', 'west']) expect(isGivenName(word), word).toBe(false);
    expect(isGivenName('wes')).toBe(true);
    for (const name of ['West Fellside', 'North Tideway']) expect(nameShape(name), name).toBe('title');
    expect(nameShape('Wes Morton')).toBe('person');
  });
});

describe('capitals closing on the round-the-clock 24', () => {
  it('spell a news brand, other numbers after capitals a code', () => {
    for (const name of ['HBN24', 'TVN24']) expect(spelledAsTitle(name), name).toBe(true);
    for (const name of ['MH17', 'COP28', 'A24', 'HBN240']) expect(spelledAsTitle(name), name).toBe(false);
  });
});

describe('a station by its call sign and dial', () => {
  it('reads the call sign then its dial as a newsroom’s name', () => {
    expect(looksLikeOutletName('CJMV 98.1')).toBe(true);
    expect(looksLikeOutletName('630 CHED')).toBe(true);
    expect(looksLikeOutletName('Route 98.1')).toBe(false);
  });
  it('reads a name closing on a frequency of the FM band as a station’s, not a numbered thing’s', () => {
    for (const name of ['Bay 93.9', 'Gold 104.3', 'Triple Coast 88.7'])
      expect(looksLikeOutletName(name), name).toBe(true);
    for (const name of ['Section 101.2', 'Bay 112.5', 'Bay 93', 'Harbour 75.5'])
      expect(looksLikeOutletName(name), name).toBe(false);
  });
  it('hands over to such a station at work, a programme of its or the station itself', () => {
    expect(unknownOutlet('Bay 93.9’s breakfast show talked to a lifesaver:')?.name).toBe('Bay 93.9');
    expect(unknownOutlet('Then Route 98.1’s show talked to a driver:')).toBe(null);
  });
});

describe('a newsroom’s name written as one word in camel case', () => {
  it('reads words joined by their capitals and closing on a word for news as a newsroom’s', () => {
    expect(looksLikeOutletName('NetNewsLedger')).toBe(true);
    expect(looksLikeOutletName('HarbourVoice')).toBe(true);
  });
  it('reads no surname, platform or company so', () => {
    for (const name of ['McPherson', 'DeWitt', 'WordPress', 'OpenAI', 'PayPal', 'Netledger'])
      expect(looksLikeOutletName(name), name).toBe(false);
  });
});

describe('a headline in quotation marks cited by one word and the day it ran', () => {
  const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
  it('names the paper by the word its readers call it', () => {
    expect(cite('“Ferry fares rise a tenth” (Merc, Nov. 12)')).toBe('Merc');
    expect(cite('"Dredging starts in March" (Beacon, 3 March)')).toBe('Beacon');
  });
  it('names no author cited by a year, no given name and no headline without its marks', () => {
    expect(cite('“Ferry fares rise a tenth” (Hollis, 2019)')).toBe(null);
    expect(cite('“Ferry fares rise a tenth” (Margaret, Nov. 12)')).toBe(null);
    expect(clippingNickname('Ferry fares rise a tenth (Merc, Nov. 12)', 'Merc', 'Nov. 12')).toBe(false);
  });
});

describe('a station by its band', () => {
  it('reads a name closing on "FM" as a newsroom’s, firmly', () => {
    expect(looksLikeOutletName('Kestrel Bay FM')).toBe(true);
    expect(firmlyNamed('Tidewater FM')).toBe(true);
    expect(looksLikeOutletName('Kestrel Bay Fencing')).toBe(false);
    // Two names joined by a word in lower case (Swahili "na", "and") are no one station's.
    expect(looksLikeOutletName('Taifa Leo na Baraka FM')).toBe(false);
  });
});

describe("a broadcaster's capitals ending in TV or FM as a name's last word", () => {
  it('reads a station so named as a newsroom, but not other capitals', () => {
    expect(looksLikeOutletName('Tisza RTV')).toBe(true);
    expect(looksLikeOutletName('Kanal ATV')).toBe(true);
    expect(looksLikeOutletName('Kanal ATX')).toBe(false);
  });
});

describe('a Hungarian paper named by the word (Szó)', () => {
  it('reads the name as a newsroom’s, as Napló and Hírlap are', () => {
    expect(looksLikeOutletName('Zentai Szó')).toBe(true);
    expect(looksLikeOutletName('Zentai Kör')).toBe(false);
  });
});

describe('citation lines whose name is spelled as a title', () => {
  const cite = (line: string) => readCitationLine(line, null, defaultOutlets)?.outlet ?? null;
  it('names the outlet before a headline, in a label line or a numbered heading', () => {
    expect(cite('📦 FRW: Dwell times fall for the first time since spring')).toBe('FRW');
    expect(cite('HVRN · Dec. 2')).toBe('HVRN');
    expect(cite('1.2. LoadWire — Rail slots reopen at the inland depot')).toBe('LoadWire');
  });
  it('reads a newsroom’s name joining its words with "&" or "and" (CAPITALISED)', () => {
    expect(cite('Ferry & Harbour Weekly: Operators warn of winter berth shortage')).toBe(
      'Ferry & Harbour Weekly',
    );
    expect(cite('Boats and Nets Journal: Net-makers struggle to find apprentices')).toBe(
      'Boats and Nets Journal',
    );
    expect(cite('Ferry and harbour: Operators warn of winter berth shortage')).toBe(null);
  });
  it('names a round-up item’s source of plain capitalised words after its number, not a person nor a label', () => {
    expect(cite('2. Estuary Eye — Dredging starts in March')).toBe('Estuary Eye');
    expect(cite('3. Harbour Lantern: Fees to rise by a fifth')).toBe('Harbour Lantern');
    expect(cite('2. Maria Lopez — The night the mill closed')).toBe(null);
    expect(cite('2. Local News — Dredging starts in March')).toBe(null);
    // Without the item's number, plain words are no title.
    expect(cite('Estuary Eye — Dredging starts in March')).toBe(null);
  });
  it('takes no label, and no speaker of a transcript, for a source', () => {
    expect(cite('UPDATE: the operator replied within the hour')).toBe(null);
    expect(cite('MAYA: Welcome back. We start with your mail, and Dana wrote in:')).toBe(null);
    expect(cite('NOTE: prices are in euros')).toBe(null);
    // A phrase in lower case that spells an outlet's name ("The Conversation") is no credit.
    expect(cite('From the conversation:')).toBe(null);
    expect(cite('From The Conversation:')).toBe('The Conversation');
  });
});

describe('a Gaelic surname after a given name', () => {
  it('reads as a person’s name, its inner capital no title’s', () => {
    expect(nameShape('Ewan MacLeod')).toBe('person');
    expect(nameShape('Sean McGrath')).toBe('person');
    expect(readCreditLine('— Fergus MacKinnon', null, defaultOutlets)?.kind).toBe('person');
  });
  it('leaves a title spelled with inner capitals a title', () => {
    expect(nameShape('Fergus RedFM')).toBe('title');
    expect(nameShape('Harbour McNews Weekly')).toBe('title');
  });
});

describe('a transcript clip’s speaker label', () => {
  const page = (label: string) => {
    const doc = document.implementation.createHTMLDocument('The baths');
    doc.body.innerHTML = `<article><h1>The baths</h1><p>Two people who learned to swim at the baths recorded their memories for us in October, and these are short clips.</p><p><strong>${label}</strong></p><blockquote><p>The club went to the leisure centre out by the ring road. Two buses each way, and half of them gave up by spring.</p></blockquote></article>`;
    return analyzePage(doc, { url: 'https://voices.example/baths/', outlets: defaultOutlets }).report.quotes;
  };
  it('makes the clip its speaker’s words when a topic in lower case follows the name', () => {
    expect(page('DARA — on the swimming club that moved away').map((q) => q.kind)).toEqual(['person']);
  });
  it('leaves a citation line with a capitalised headline as it was', () => {
    expect(page('DARA — Swimming Club Moves Out of Town').map((q) => q.kind)).toEqual(['unknown']);
  });
});

describe('names in German, Dutch and the Romance languages', () => {
  it('reads a given name with a surname particle as a person, and a title joined by one as none', () => {
    expect(looksLikePersonName('Jan de Vries')).toBe(true);
    expect(looksLikePersonName('Lucía Romero')).toBe(true);
    expect(looksLikePersonName('Monitorul de Cluj')).toBe(false);
    expect(nameShape('Lucía Romero')).toBe('person');
    expect(nameShape('Het Dijkblad')).toBe('title');
  });
  it('reads a newsroom word behind an elided article, a Dutch or German compound, and other languages’ words', () => {
    expect(looksLikeOutletName('L’Eco di Valdarno')).toBe(true);
    expect(looksLikeOutletName('Polderdagblad')).toBe(true);
    expect(looksLikeOutletName('Elbtaler Bote')).toBe(true);
    expect(looksLikeOutletName('La Voz del Jalón')).toBe(true);
    expect(looksLikeOutletName('Głos Doliny')).toBe(true);
    expect(looksLikeOutletName('Eco Valdarno Srl')).toBe(false);
  });
  it('reads a ministry, a town hall and a company’s legal form as a body, never a source', () => {
    for (const body of [
      'Bundesverkehrsministerium',
      'Ministerio del Interior',
      'Ministério da Saúde',
      'Ministerstwo Infrastruktury',
      'Bâtiroute SA',
      'Construtora Serrana Lda.',
      'Dijkbouw B.V.',
      'Wartobud Sp. z o.o.',
    ])
      expect(mayNameSource(body), body).toBe(false);
    expect(mayNameSource('Elbtaler Bote')).toBe(true);
  });
});

describe('CALL_SIGN', () => {
  it.each([
    ['KTOO', true],
    ['WWNO-FM', true],
    ['CKNW', true],
    ['CJAD', true],
    ['CFRB-AM', true],
    ['VOCM', true],
    ['CBC', false],
    ['CNN', false],
    ['CDC', false],
    ['CAFE', false],
    ['VAKS', false],
    ['Voce', false],
  ])('%s reads as a call sign: %s', (name, expected) => {
    expect(CALL_SIGN.test(name)).toBe(expected);
  });

  it('makes a Canadian call sign a firm name, as a US one is', () => {
    expect(firmlyNamed('CKRV')).toBe(true);
    expect(firmlyNamed('VOKB')).toBe(true);
    expect(firmlyNamed('CRTC')).toBe(false);
  });
});

describe('a double-barrelled surname', () => {
  it('reads a given name and a hyphened surname as a person’s, as a plain one is', () => {
    expect(looksLikePersonName('Gareth Watkins-Hughes')).toBe(true);
    expect(looksLikePersonName('Anna Nowak-Reyes')).toBe(true);
    expect(looksLikePersonName('Anna Nowak')).toBe(true);
  });
  it('reads no title with a newsroom’s word, nor a lower-case or a dangling part', () => {
    expect(looksLikePersonName('Tri-City Herald')).toBe(false);
    expect(looksLikePersonName('Gareth Watkins-HUGHES')).toBe(false);
  });
});

describe('broadcasters by their shape', () => {
  it('reads capitals ending in TV or FM, and a dial before a call sign, as a newsroom', () => {
    expect(looksLikeOutletName('ORTV')).toBe(true);
    expect(looksLikeOutletName('BFM-TV')).toBe(true);
    expect(looksLikeOutletName('1150 CKXR')).toBe(true);
    expect(looksLikeOutletName('98.5 KLUC-FM')).toBe(true);
    expect(looksLikeOutletName('NHS')).toBe(false);
    expect(looksLikeOutletName('2000 KLUC')).toBe(true);
    expect(looksLikeOutletName('12345 KLUC')).toBe(false);
    expect(looksLikeOutletName('630 ABCD')).toBe(false);
  });
});

describe('a Chinese newsroom’s name in title marks', () => {
  it('is a title ending on the kind of newsroom it is', () => {
    expect(hanNewsroomTitle('《市民日報》')).toBe('市民日報');
    expect(hanNewsroomTitle('《论尽媒体》')).toBe('论尽媒体');
    expect(hanNewsroomTitle('《濠江衛視》')).toBe('濠江衛視');
  });
  it('is no book’s, policy’s or gazette’s title, nor a name outside the marks', () => {
    expect(hanNewsroomTitle('《施政報告》')).toBeUndefined();
    expect(hanNewsroomTitle('《政府公報》')).toBeUndefined();
    expect(hanNewsroomTitle('《論語》')).toBeUndefined();
    expect(hanNewsroomTitle('市民日報')).toBeUndefined();
  });
  it('names the passage under a credit line that labels it as the source', () => {
    expect(readCreditLine('（來源：《市民日報》）', null, defaultOutlets)?.outlet).toBe('市民日報');
    expect(readCreditLine('（来源：《北江晚报》）', null, defaultOutlets)?.outlet).toBe('北江晚报');
  });
});

describe('nameShape: compound given names', () => {
  it('reads two given names joined by a hyphen, as French writes them, as a person', () => {
    for (const name of ['Marie-Claude Bastarache', 'Jean-François Haché', 'Anne-Marie Robichaud'])
      expect(nameShape(name), name).toBe('person');
  });
  it('keeps a hyphenated first word that is no given name a title', () => {
    for (const name of ['Rive-Sud Express', 'Haute-Côte Nouvelles'])
      expect(nameShape(name), name).toBe('title');
  });
});

describe('a credit naming a station by its dial with a decimal comma', () => {
  it('keeps the comma between digits in the name, and sets apart what follows the next comma', () => {
    for (const [line, outlet] of [
      ['— CHNC 98,9, la radio de la baie', 'CHNC 98,9'],
      ['— CKJM 106,1', 'CKJM 106,1'],
      ['— CJMV 98.1, the morning show', 'CJMV 98.1'],
    ]) {
      const credit = readCreditLine(line, null, defaultOutlets);
      expect(credit?.kind, line).toBe('outlet');
      expect(credit?.outlet, line).toBe(outlet);
    }
  });
  it('still reads a comma and a number after a person as an age', () => {
    expect(readCreditLine('— Ana Ruiz, 34, nurse', null, defaultOutlets)?.kind).not.toBe('outlet');
  });
});

describe('looksLikeOutletName: news words with their accents', () => {
  it('reads an accented word for radio or a paper as the unaccented one', () => {
    for (const name of ['Rádio Sorraia', 'Rádio Calheta', 'Diário Insular'])
      expect(looksLikeOutletName(name), name).toBe(true);
  });
  it('reads no accented word that is no news word', () => {
    for (const name of ['Câmara Municipal', 'Sónia Calheta'])
      expect(looksLikeOutletName(name), name).toBe(false);
  });
});
