// Word patterns of utils/analysis/source-words.ts that other modules read: each can say yes and no.
import { describe, expect, it } from 'vitest';
import {
  bodyNamed,
  DOCUMENT_WORDS,
  HELD_QUOTATION_MARKS,
  INTERVIEWED_SPLIT,
  LEAD_AFTER,
  pastProgramme,
  pointsBack,
  SELF_REFERENCE,
  withoutQuotations,
} from '../../utils/analysis/source-words';

describe('SELF_REFERENCE', () => {
  it('reads a writer pointing back at their own words, on the blog or on a social network', () => {
    for (const text of [
      'As we wrote in March:',
      'When the rise came I tweeted something that aged well:',
      'I posted this in the spring:',
      'We blogged about it at the time:',
      'I complained about exactly this in 2024:',
      'From my November 3 post:',
      'As I put it in my 3 December column:',
    ])
      expect(SELF_REFERENCE.test(text), text).toBe(true);
  });
  it('reads no letter sent, nor someone else posting', () => {
    for (const text of [
      'I wrote to the council:',
      'I posted to the residents’ forum:',
      'She tweeted:',
      'I complained to the council in 2024:',
      'From my neighbour’s post:',
      'here is the e-mail they sent me when I complained:',
    ])
      expect(SELF_REFERENCE.test(text), text).toBe(false);
  });
  it('reads the writer’s earlier post as the source, not as the time or topic of someone else’s words', () => {
    for (const text of ['As I said in my last post:', 'From my previous post:', 'In my last post:'])
      expect(SELF_REFERENCE.test(text), text).toBe(true);
    for (const text of [
      'A reader sent me this after my last post, and I think she is right:',
      'One commenter replied to my previous post with this:',
      'Since my last post, a neighbour has written in:',
      'Someone commented on my November 3 post:',
    ])
      expect(SELF_REFERENCE.test(text), text).toBe(false);
  });
});

describe('pastProgramme', () => {
  it('goes past one or two capitalised words before a word in lower case', () => {
    const text = 'BBC Spotlight asked a skipper';
    expect(text.slice(pastProgramme(text, 3)).trimStart()).toBe('asked a skipper');
    const two = 'CBC Radio Noon spoke to her';
    expect(two.slice(pastProgramme(two, 3)).trimStart()).toBe('spoke to her');
  });
  it('goes past a regional service of words joined by "of" or "and"', () => {
    const region = 'BBC Isle of Wight caught one of them';
    expect(region.slice(pastProgramme(region, 3)).trimStart()).toBe('caught one of them');
    const and = 'ITV Tyne and Tees spoke to her';
    expect(and.slice(pastProgramme(and, 3)).trimStart()).toBe('spoke to her');
  });
  it('stays at the name when a word in lower case or punctuation follows it', () => {
    expect(pastProgramme('BBC reported that', 3)).toBe(3);
    expect(pastProgramme('BBC, Spotlight and more', 3)).toBe(3);
  });
});

describe('LEAD_AFTER', () => {
  it('reads the kind of telling after an outlet’s possessive', () => {
    for (const after of [
      "'s version has the one detail that matters.",
      "' account adds the figures:",
      '’s take:',
    ])
      expect(LEAD_AFTER.test(after), after).toBe(true);
  });
  it('reads what a newsroom does with a story, ended by a full stop', () => {
    for (const after of [
      ' got the number first.',
      ' picked it up this morning.',
      ' ran a short item on it.',
      ' sums it up.',
      ' lays it all out.',
      ' was first with it.',
      ' has a good summary.',
    ])
      expect(LEAD_AFTER.test(after), after).toBe(true);
    for (const after of [' ran out of time.', ' picked up the bill.', ' covered up the hole.'])
      expect(LEAD_AFTER.test(after), after).toBe(false);
  });
  it('reads a newsroom catching someone to speak to, not catching an error', () => {
    expect(LEAD_AFTER.test(' caught one of the first passengers off the boat.')).toBe(true);
    expect(LEAD_AFTER.test(' caught a word with the skipper.')).toBe(true);
    expect(LEAD_AFTER.test(' caught the error in its own timetable.')).toBe(false);
  });
  it('reads no longer word that only begins so', () => {
    for (const after of [' versions of the bus map', ' takeover of the line', ' accountants said'])
      expect(LEAD_AFTER.test(after), after).toBe(false);
  });
});

describe('bodyNamed', () => {
  it("reads a trade paper's name as a paper's, whatever trade word it holds", () => {
    expect(bodyNamed('Daily Coffee News')).toBe(false);
    expect(bodyNamed('Steel Times')).toBe(false);
    expect(bodyNamed('Hotel Industry Weekly')).toBe(false);
    expect(bodyNamed('Logistics Insider')).toBe(false);
  });
  it("reads a body's or a business's name as theirs", () => {
    expect(bodyNamed('Harbour Coffee')).toBe(true);
    expect(bodyNamed('Marlow Motors')).toBe(true);
    expect(bodyNamed('Northern Courier Services')).toBe(true);
    expect(bodyNamed('Hotel Workers Union News')).toBe(true);
    expect(bodyNamed('Parish Council News')).toBe(true);
    expect(bodyNamed('Marlow Toy Distributors')).toBe(true);
    expect(bodyNamed('Eastgate Wholesalers')).toBe(true);
  });
  it('leaves a name without a body word alone', () => {
    expect(bodyNamed('Pelham Ledger')).toBe(false);
  });
  it("reads no company's word in a site's last label (.pt, .sa, .ag are countries)", () => {
    for (const site of ['ilhanoticias.pt', 'valenews.sa', 'harbourwatch.ag'])
      expect(bodyNamed(site), site).toBe(false);
    expect(bodyNamed('PT Lembah Jaya')).toBe(true);
    expect(bodyNamed('Construcciones Ebro S.A.')).toBe(true);
  });
});

describe('withoutQuotations', () => {
  const HELD = /“[^”]*”|"[^"]*"|‘[^’]*’|«[^»]*»|„[^“”]*[“”]|»[^«]*«/g;
  it('sets aside what the expression over the same marks would, on every text', () => {
    // A small alphabet of every mark and a letter, so that openings, closings and unclosed marks meet often.
    const alphabet = ['“', '”', '"', '‘', '’', '«', '»', '„', 'a', ' '];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = next() % 24;
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(withoutQuotations(text, HELD_QUOTATION_MARKS)).toBe(text.replace(HELD, ' '));
    }
  });
  it('sets aside a quotation and keeps the words outside it', () => {
    expect(withoutQuotations('I said “we left” and „sie blieb“ then', HELD_QUOTATION_MARKS)).toBe(
      'I said   and   then',
    );
    expect(withoutQuotations('“open and never closed', HELD_QUOTATION_MARKS)).toBe('“open and never closed');
  });
});

describe('a place in the same piece', () => {
  it('points back', () => {
    for (const text of [
      'Later in the piece:',
      'Further down in the same article, a skipper:',
      'Elsewhere in the same story:',
      'Lower down in that article:',
      'The story continues:',
      'The piece goes on:',
    ])
      expect(pointsBack(text), text).toBe(true);
  });
  it('is not a time or the writer’s own post', () => {
    for (const text of ['Later in the evening, the trust put out a statement:', 'Later on, the mayor said:'])
      expect(pointsBack(text), text).toBe(false);
  });
});

describe('DOCUMENT_WORDS: a flyer', () => {
  it('reads a printed flyer as a document, not a person who flies', () => {
    expect(DOCUMENT_WORDS.test('The schedule itself, as printed on the flyer at the shop:')).toBe(true);
    expect(DOCUMENT_WORDS.test('The fliers they handed out say:')).toBe(true);
    expect(DOCUMENT_WORDS.test('A frequent flyer I sat next to told me:')).toBe(false);
    expect(DOCUMENT_WORDS.test('One high flyer in the firm put it this way:')).toBe(false);
  });
});

describe('DOCUMENT_WORDS: signs a body has put up', () => {
  it('reads signs put up or standing somewhere as a document', () => {
    for (const words of [
      'The council has put signs up on every gate. What they say:',
      'The trust has put new signs up at both car parks.',
      'the signs on the gates read:',
      'A sign outside the library says:',
      'The draft byelaw says:',
      'The new bylaws read:',
      "you'll pass the sign the Forest Service put up at the winter gate:",
      'the signs that the marina has posted on the pontoons say:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
  });
  it('leaves signs as evidence and signing as a verb alone', () => {
    for (const words of [
      'There are signs of a recovery in the figures:',
      'The striker signs on for another season:',
      'She signs off with a joke, always:',
      'The sign language interpreter at the meeting posted her own summary:',
      'A sign of how bad it got: the landlord put up the rent again.',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(false);
  });
});

describe('DOCUMENT_WORDS: a body’s own web page saying it', () => {
  it('reads a possessor’s page or site saying something as a document', () => {
    for (const words of [
      "Meanwhile the county's own page says, with a straight face:",
      'The museum’s official site states:',
      "The council's website still says:",
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
  });
  it('leaves a page of a book or a newspaper, and anything merely on a site, alone', () => {
    for (const words of [
      'On page 4 the reporter says:',
      'Everything on the site is free to read, and the editor says:',
      'The front page says it all:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(false);
  });
});

describe('INTERVIEWED_SPLIT', () => {
  it("reads, after a newsroom's name, a verb split around the person it got words from", () => {
    for (const text of [
      ' hat mit einer Hebamme gesprochen, die seit Jahren dort arbeitet:',
      ' hat gestern zwei Anwohnerinnen aus Kettenis befragt:',
      ' heeft een visser in Scheveningen gesproken:',
      ' heeft de burgemeester geïnterviewd:',
    ])
      expect(INTERVIEWED_SPLIT.test(text), text).toBe(true);
  });
  it('reads no auxiliary without the participle, nor a participle past nine words or another sentence', () => {
    for (const text of [
      ' hat mit dem Umzug nach Eupen viel vor:',
      ' hat die Zahlen:',
      ' hat das alles schon vor vielen langen Jahren einmal mit jemandem besprochen und gesprochen:',
      ' hat mit ihr. Gesprochen wurde nicht.',
      ' sprach mit einer Hebamme:',
    ])
      expect(INTERVIEWED_SPLIT.test(text), text).toBe(false);
  });
});

describe('DOCUMENT_WORDS: a local law by its kind, a form’s or a ballot’s question', () => {
  it('reads an ordinance, a statute and a question as printed as a document', () => {
    for (const words of [
      'For reference, the ordinance as it stands now says:',
      'The state statute reads:',
      'The question itself reads:',
      'The consultation form went through our door yesterday.',
      'The ballot question asks:',
      'the questionnaire puts it like this:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
  });
  it('leaves a question someone asks, and coordination, alone', () => {
    for (const words of [
      'The question everyone asked the mayor was simple:',
      'She put the question to the minister, who said:',
      'The coordinator of the food bank told me:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(false);
  });
});

describe('a written permission, consent or approval', () => {
  it('is a document the lead-in names', () => {
    expect(DOCUMENT_WORDS.test('placed with written permission from the district office, which says:')).toBe(
      true,
    );
    expect(DOCUMENT_WORDS.test('We have the landowner’s written consent, which reads:')).toBe(true);
    expect(DOCUMENT_WORDS.test('with written approval from the estate, which says:')).toBe(true);
  });
  it('is not permission asked for aloud', () => {
    expect(DOCUMENT_WORDS.test('She gave us permission to camp there, and said:')).toBe(false);
  });
});
