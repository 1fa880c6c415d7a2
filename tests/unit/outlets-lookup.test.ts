import { describe, expect, it } from 'vitest';
import { OUTLETS, SHARED_ALIASES } from '../../utils/outlets/data';
import {
  canonicalPublication,
  createOutletLookup,
  findOutletMentions,
  type MentionOptions,
  outletByHandle,
  outletByHost,
  outletByName,
  outletsInLanguage,
  placeOf,
  shippedOutletTable,
} from '../../utils/outlets/lookup';
import type { Outlet } from '../../utils/outlets/types';

/** "text→Outlet name" for each mention, in order, so a failure shows what was found. */
function found(text: string, options?: MentionOptions): string[] {
  return findOutletMentions(text, options).map((m) => `${m.text}→${m.outlet.name}`);
}

function outlet(name: string): Outlet {
  const o = outletByName(name);
  if (!o) throw new Error(`no outlet ${name}`);
  return o;
}

describe('outletByName', () => {
  it.each([
    ['Reuters', 'Reuters'],
    ['REUTERS', 'Reuters'],
    ["Reuters'", 'Reuters'],
    ["Reuters's", 'Reuters'],
    ['ZeroHedge', 'Zero Hedge'],
    ['zerohedge', 'Zero Hedge'],
    ['Zero  Hedge', 'Zero Hedge'],
    ['AP', 'Associated Press'],
    ['A.P.', 'Associated Press'],
    ['the Associated Press', 'Associated Press'],
    ['N.Y. Times', 'The New York Times'],
    ['NY Times', 'The New York Times'],
    ['new york times', 'The New York Times'],
    ["The New York Times's", 'The New York Times'],
    ['Washington Post’s', 'The Washington Post'],
    ["BBC's", 'BBC'],
    ['BBC News', 'BBC'],
    ['the hill', 'The Hill'],
    ['Hill', 'The Hill'],
    ['Post & Courier', 'The Post and Courier'],
    ['Sueddeutsche Zeitung', 'Süddeutsche Zeitung'],
    ['SÜDDEUTSCHE ZEITUNG', 'Süddeutsche Zeitung'],
    ['El Pais', 'El País'],
    ['Al-Jazeera', 'Al Jazeera'],
    ['AlJazeera', 'Al Jazeera'],
    ['al Mayadeen', 'Al Mayadeen'],
    ["Barron's", "Barron's"],
    ['Barrons', "Barron's"],
    ['F.A.Z.', 'Frankfurter Allgemeine Zeitung'],
    ['L.A. Times', 'Los Angeles Times'],
    ['Wall St. Journal', 'The Wall Street Journal'],
    ['Dagens Naeringsliv', 'Dagens Næringsliv'],
    ['Huffington Post', 'HuffPost'],
    ['ABC', 'ABC News'],
    ['ABC Australia', 'ABC (Australia)'],
    ['The Times', 'The Times'],
    ['Times of London', 'The Times'],
    ['Daily Telegraph', 'The Telegraph'],
    ['Sydney Daily Telegraph', 'The Daily Telegraph (Sydney)'],
    ['Radio Free Europe/Radio Liberty', 'Radio Free Europe/Radio Liberty'],
    ['RFE/RL', 'Radio Free Europe/Radio Liberty'],
    ['Democracy Now', 'Democracy Now!'],
    ['Yahoo! News', 'Yahoo News'],
    ['+972 Magazine', '+972 Magazine'],
  ])('%s → %s', (written, canonical) => {
    expect(outletByName(written)?.name).toBe(canonical);
  });

  it.each([
    '',
    '   ',
    'The',
    "'s",
    'Syrian Observatory for Human Rights',
    'Some Blog Nobody Reads',
    'Timesy',
  ])('knows nothing called %j', (written) => {
    expect(outletByName(written)).toBeNull();
  });

  it('returns null instead of throwing on input that is not a string', () => {
    expect(outletByName(undefined as unknown as string)).toBeNull();
    expect(outletByName(42 as unknown as string)).toBeNull();
  });
});

describe('outletByHost', () => {
  it.each([
    ['money.cnn.com', 'CNN'],
    ['edition.cnn.com', 'CNN'],
    ['cnn.com', 'CNN'],
    ['uk.reuters.com', 'Reuters'],
    ['news.bbc.co.uk', 'BBC'],
    ['feeds.bbci.co.uk', 'BBC'],
    ['www.bbc.com', 'BBC'],
    ['m.bbc.com', 'BBC'],
    ['amp.cnn.com', 'CNN'],
    ['WWW.REUTERS.COM', 'Reuters'],
    ['reuters.com.', 'Reuters'],
    ['https://www.zerohedge.com/geopolitical/russia-iran-rack-gains', 'Zero Hedge'],
    ['http://www.nytimes.com:80/2015/10/19/world/x.html?ref=a#b', 'The New York Times'],
    ['//edition.cnn.com/2015/10/19', 'CNN'],
    ['nytimes.com/section/world', 'The New York Times'],
    ['www-bbc-co-uk.cdn.ampproject.org', 'BBC'],
    ['www-al--monitor-com.cdn.ampproject.org', 'Al-Monitor'],
    ['https://web.archive.org/web/20261129081500/https://www.reuters.com/world/x', 'Reuters'],
    ['https://web.archive.org/web/20261129081500id_/http://www.bbc.co.uk/news/x', 'BBC'],
    ['https://archive.ph/newest/https://www.nytimes.com/2026/12/01/x.html', 'The New York Times'],
    ['news.ycombinator.com', 'Hacker News'],
    ['timesofindia.indiatimes.com', 'The Times of India'],
    ['economictimes.indiatimes.com', 'The Economic Times'],
    ['abcnews.go.com', 'ABC News'],
    ['www.abc.net.au', 'ABC (Australia)'],
    ['english.news.cn', 'Xinhua'],
    ['spa.gov.sa', 'Saudi Press Agency'],
    ['www.thetimes.co.uk', 'The Times'],
    ['on.ft.com', 'Financial Times'],
    ['nyti.ms', 'The New York Times'],
  ])('%s → %s', (input, canonical) => {
    expect(outletByHost(input)?.name).toBe(canonical);
  });

  it.each([
    'co.uk',
    'com',
    'com.au',
    'gov.sa',
    'ycombinator.com',
    'www.ycombinator.com',
    'indiatimes.com',
    'go.com',
    'notreuters.com',
    'reuters.com.evil.example',
    'cnn.co',
    'localhost',
    '127.0.0.1',
    'http://[::1]/',
    'http://',
    'not a host',
    '',
    '....',
    'a..b.com',
    '-cnn.com',
  ])('finds no outlet at %j', (input) => {
    expect(outletByHost(input)).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 12, {}, 'http://%zz', 'https://exa mple.com', 'x'.repeat(5000)]) {
      expect(() => outletByHost(input as unknown as string)).not.toThrow();
      expect(outletByHost(input as unknown as string)).toBeNull();
    }
  });
});

describe('outletByHandle', () => {
  it.each([
    ['@nypost', 'New York Post'],
    ['nypost', 'New York Post'],
    ['@NYPost', 'New York Post'],
    [' @BBCBreaking ', 'BBC'],
    ['@AJEnglish', 'Al Jazeera'],
    ['@business', 'Bloomberg'],
    ['@nytimes.com', 'The New York Times'],
  ])('%s → %s', (handle, canonical) => {
    expect(outletByHandle(handle)?.name).toBe(canonical);
  });

  it.each(['', '@', '@nobody_in_particular', 'two words', '@@nypost'])('finds no outlet for %j', (handle) => {
    expect(outletByHandle(handle)).toBeNull();
  });
});

describe('canonicalPublication', () => {
  it.each([
    ['ZeroHedge', 'Zero Hedge'],
    ['zerohedge.com', 'Zero Hedge'],
    ['www.zerohedge.com', 'Zero Hedge'],
    ['https://www.zerohedge.com/markets/x', 'Zero Hedge'],
    ['@zerohedge', 'Zero Hedge'],
    ['  Zero Hedge  ', 'Zero Hedge'],
    ['BBC News', 'BBC'],
    ['Investing.com', 'Investing.com'],
  ])('%s → %s', (input, canonical) => {
    expect(canonicalPublication(input)).toBe(canonical);
  });

  it.each(['', 'Unknown Blog', 'unknown-blog.example', '@nobody_in_particular'])(
    'gives null for %j',
    (input) => {
      expect(canonicalPublication(input)).toBeNull();
    },
  );
});

describe('findOutletMentions: what it finds', () => {
  it('finds the sources of the founding post', () => {
    expect(found("Case in point, here's Reuters with the latest:")).toEqual(['Reuters→Reuters']);
    expect(found('And more from BBC:')).toEqual(['BBC→BBC']);
    expect(found('On Friday, Reuters reported that an Iranian general was killed near Aleppo:')).toEqual([
      'Reuters→Reuters',
    ]);
    expect(found('Lebanese-based television station al-Mayadeen also reported the takeover')).toEqual([
      'al-Mayadeen→Al Mayadeen',
    ]);
  });

  it('takes "Online" after a name into the mention: the newsroom’s site goes by its name so', () => {
    expect(found('Kyodo News Online has the passenger numbers:')).toEqual(['Kyodo News Online→Kyodo News']);
    expect(found('Kyodo News, online and in print')).toEqual(['Kyodo News→Kyodo News']);
  });

  it('reports offsets that slice back to the mention', () => {
    const text = 'Per the BBC’s report, and Reuters.';
    for (const m of findOutletMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findOutletMentions(text).map((m) => [m.start, m.end])).toEqual([
      [8, 11],
      [26, 33],
    ]);
  });

  it('reads wire datelines and credits', () => {
    expect(found('DAMASCUS (Reuters) - Syrian army and allied forces')).toEqual(['Reuters→Reuters']);
    expect(found('WASHINGTON (AP) — The president said')).toEqual(['AP→Associated Press']);
    expect(found('BEIRUT, Oct 19 (AFP) -')).toEqual(['AFP→Agence France-Presse']);
    expect(found('LONDON (REUTERS) -')).toEqual(['REUTERS→Reuters']);
    expect(found('(Reporting by Jane Doe; Editing by John Roe) via CNN')).toEqual(['CNN→CNN']);
  });

  it('ends a name at a possessive, straight or curly', () => {
    expect(found("Reuters' report")).toEqual(['Reuters→Reuters']);
    expect(found("the BBC's editor")).toEqual(['BBC→BBC']);
    expect(found('the BBC’s editor')).toEqual(['BBC→BBC']);
    expect(found('The Guardian’s reporter')).toEqual(['The Guardian→The Guardian']);
    expect(found("Time's cover")).toEqual([]);
    expect(found("in Time's cover story")).toEqual(['Time→Time']);
  });

  it('finds names at the very start and end of the text', () => {
    expect(found('Reuters')).toEqual(['Reuters→Reuters']);
    expect(found('Bloomberg reported it first, then CNN')).toEqual(['Bloomberg→Bloomberg', 'CNN→CNN']);
    expect(found('source: The New York Times')).toEqual(['The New York Times→The New York Times']);
  });

  it('prefers the longest name at a place: "The Washington Post" over "Post", "Financial Times" over "Times"', () => {
    expect(found('The Washington Post said')).toEqual(['The Washington Post→The Washington Post']);
    expect(found('according to the Financial Times.')).toEqual(['the Financial Times→Financial Times']);
    expect(found('The Times of India reported')).toEqual(['The Times of India→The Times of India']);
    expect(found('BBC News at Ten')).toEqual(['BBC News→BBC']);
    expect(found('a Detroit Free Press story')).toEqual(['Detroit Free Press→Detroit Free Press']);
    expect(found('The Sydney Morning Herald')).toEqual([
      'The Sydney Morning Herald→The Sydney Morning Herald',
    ]);
  });

  it('accepts an outlet name in capitals, with or without accents, hyphens or dots', () => {
    expect(found('THE NEW YORK TIMES')).toEqual(['THE NEW YORK TIMES→The New York Times']);
    expect(found('per Al-Jazeera and Al Jazeera')).toEqual([
      'Al-Jazeera→Al Jazeera',
      'Al Jazeera→Al Jazeera',
    ]);
    expect(found('Sueddeutsche Zeitung and Süddeutsche Zeitung')).toEqual([
      'Sueddeutsche Zeitung→Süddeutsche Zeitung',
      'Süddeutsche Zeitung→Süddeutsche Zeitung',
    ]);
    expect(found('the A.P. said, and the N.Y. Times')).toEqual([
      'A.P.→Associated Press',
      'N.Y. Times→The New York Times',
    ]);
    expect(found('a ZeroHedge post, a zerohedge post')).toEqual([
      'ZeroHedge→Zero Hedge',
      'zerohedge→Zero Hedge',
    ]);
  });

  it('finds domains and @handles in text', () => {
    expect(found('read it at reuters.com today')).toEqual(['reuters.com→Reuters']);
    expect(found('source: https://www.bbc.co.uk/news/world-34567')).toEqual(['www.bbc.co.uk→BBC']);
    expect(found('at edition.cnn.com.')).toEqual(['edition.cnn.com→CNN']);
    expect(found('Reuters.com and Zerohedge.com')).toEqual([
      'Reuters.com→Reuters',
      'Zerohedge.com→Zero Hedge',
    ]);
    expect(found('as @nypost and @AP posted')).toEqual(['@nypost→New York Post', '@AP→Associated Press']);
    expect(found('write to tips@nytimes.com')).toEqual(['nytimes.com→The New York Times']);
    expect(found('notreuters.com and reuters.community')).toEqual([]);
    expect(findOutletMentions('at @zerohedge')[0].via).toBe('handle');
    expect(findOutletMentions('at zerohedge.com')[0].via).toBe('domain');
  });

  it('finds "The X" names after "the" or "The", and the common-word names in a name-like place', () => {
    expect(found('The Hill reported that')).toEqual(['The Hill→The Hill']);
    expect(found('as the Sun reported')).toEqual(['the Sun→The Sun']);
    expect(found('told the Mirror on Sunday')).toEqual(['the Mirror→Daily Mirror']);
    expect(found('writing in The Nation last week')).toEqual(['The Nation→The Nation']);
    expect(found('an interview with Time magazine')).toEqual(['Time magazine→Time']);
    expect(found('an interview with Time, published')).toEqual(['Time→Time']);
    expect(found('as Fortune reported')).toEqual(['Fortune→Fortune']);
    expect(found('a report by Vice')).toEqual(['Vice→Vice']);
    expect(found('according to Mint, the rupee')).toEqual(['Mint→Mint']);
    expect(found('he told Slate.')).toEqual(['Slate→Slate']);
    expect(found('via Wired')).toEqual(['Wired→Wired']);
    expect(found('The Australian reported on Monday')).toEqual(['The Australian→The Australian']);
    expect(found('told The Hindu.')).toEqual(['The Hindu→The Hindu']);
  });

  it('reads a common-phrase name opening a sentence that ends on "that", handing over to a passage', () => {
    expect(found('Business Day reported on Tuesday that')).toEqual(['Business Day→Business Day']);
    expect(found('Business Day reported on Tuesday that the plan failed.')).toEqual([]);
    expect(found('People reported that')).toEqual([]);
  });

  it('reads a common-phrase name opening "X ran the numbers:" as the outlet, not "Time ran out:"', () => {
    expect(found("Barron's ran the numbers:")).toEqual(["Barron's→Barron's"]);
    expect(found('Roll Call has the details:')).toEqual(['Roll Call→Roll Call']);
    expect(found('Time ran out:')).toEqual([]);
    expect(found('People had the details of the crash on the forum:')).toEqual([]);
  });

  it('takes surnames-as-outlets only when they stand alone', () => {
    expect(found('Bloomberg reported that')).toEqual(['Bloomberg→Bloomberg']);
    expect(found('As Bloomberg reported')).toEqual(['Bloomberg→Bloomberg']);
    expect(found('Michael Bloomberg said')).toEqual([]);
    expect(found('former mayor Michael R. Bloomberg said')).toEqual([]);
    expect(found('Mr. Bloomberg said')).toEqual([]);
    expect(found('Bloomberg Philanthropies gave')).toEqual([]);
    expect(found('Steve Forbes told Forbes')).toEqual(['Forbes→Forbes']);
  });

  it('matches short names only for outlets already named, the last one named winning', () => {
    const wapo = outlet('The Washington Post');
    const nyp = outlet('New York Post');
    const nyt = outlet('The New York Times');
    expect(found('the Post added')).toEqual([]);
    expect(found('the Post added', { backReferences: [wapo] })).toEqual(['the Post→The Washington Post']);
    expect(found('the Post added', { backReferences: [wapo, nyp] })).toEqual(['the Post→New York Post']);
    expect(found('the Post added', { backReferences: [nyp, wapo] })).toEqual([
      'the Post→The Washington Post',
    ]);
    expect(found('as the Times reported', { backReferences: [nyt] })).toEqual([
      'the Times→The New York Times',
    ]);
    expect(findOutletMentions('the Post added', { backReferences: [wapo] })[0].via).toBe('short-name');
    expect(found('the Post Office', { backReferences: [wapo] })).toEqual([]);
    expect(found('the post added', { backReferences: [wapo] })).toEqual([]);
  });

  it('reads a short name as the paper of the one place the page names', () => {
    const page = (text: string) => ({ pageText: () => text });
    expect(found('The Star reported', page('A blog about Kansas City'))).toEqual([
      'The Star→The Kansas City Star',
    ]);
    expect(found('according to the Sun,', page('Water taxis in Baltimore'))).toEqual([
      'the Sun→The Baltimore Sun',
    ]);
    expect(found('the Post added', page('Snow in Denver again'))).toEqual(['the Post→The Denver Post']);
    expect(found('the Echo says', page('Roadworks in Liverpool'))).toEqual(['the Echo→Liverpool Echo']);
    expect(found('the Sun says', page('Snow in Calgary'))).toEqual(['the Sun→Calgary Sun']);
    expect(found('the Sun says', page('From Calgary to Edmonton'))).toEqual(['the Sun→The Sun']);
    // No place named, or two: the usual outlet, or none for a short name alone.
    expect(found('The Star reported', page('A blog about nowhere in particular'))).toEqual([
      'The Star→The Star',
    ]);
    expect(found('The Star reported', page('From Kansas City to Toronto'))).toEqual(['The Star→The Star']);
    expect(found('the Post added', page('A blog about nowhere'))).toEqual([]);
    // The place as a word of its own, in its case.
    expect(found('the Post added', page('denver omelettes'))).toEqual([]);
    expect(found('the Post added', page('Denverites'))).toEqual([]);
    // An outlet already named comes first.
    expect(
      found('the Post added', { ...page('Snow in Denver'), backReferences: [outlet('The Washington Post')] }),
    ).toEqual(['the Post→The Washington Post']);
  });

  it("reads the place of an outlet's name beside its short name", () => {
    expect(placeOf(outlet('The Baltimore Sun'), ['the', 'Sun'])).toBe('Baltimore');
    expect(placeOf(outlet('The Kansas City Star'), ['the', 'Star'])).toBe('Kansas City');
    expect(placeOf(outlet('Chicago Sun-Times'), ['the', 'Sun', '-', 'Times'])).toBe('Chicago');
    // A hyphened word is one word: the short name's when a part of it is, a place's whole otherwise.
    expect(placeOf(outlet('Kingston Whig-Standard'), ['the', 'Whig'])).toBe('Kingston');
    const hyphenedPlace: Outlet = {
      name: 'Wilkes-Barre Times Leader',
      kind: 'newspaper',
      country: 'US',
      domains: [],
      aliases: [],
    };
    expect(placeOf(hyphenedPlace, ['the', 'Times', 'Leader'])).toBe('Wilkes-Barre');
    // What is left is no place: words in lower case, nothing, or the whole name (an acronym for short name).
    expect(placeOf(outlet('The Globe and Mail'), ['the', 'Globe'])).toBeNull();
    expect(placeOf(outlet('The Independent'), ['the', 'Independent'])).toBeNull();
    expect(placeOf(outlet('Financial Times'), ['the', 'FT'])).toBeNull();
  });

  it("reads no place in a paper's own words or a people's name", () => {
    // "Daily", "Evening", "National", "Irish": title case, yet a page that writes them names no place.
    expect(placeOf(outlet('Daily Mirror'), ['the', 'Mirror'])).toBeNull();
    expect(placeOf(outlet('Evening Standard'), ['the', 'Standard'])).toBeNull();
    expect(placeOf(outlet('National Post'), ['the', 'Post'])).toBeNull();
    expect(placeOf(outlet('Irish Independent'), ['the', 'Independent'])).toBeNull();
    // Beside a place they stay: the page must write them together.
    expect(placeOf(outlet('The Sydney Morning Herald'), ['the', 'Herald'])).toBe('Sydney Morning');
    const page = (text: string) => ({ pageText: () => text });
    expect(found('The Independent reported', page('Notes from an Irish pub in Leeds'))).toEqual([
      'The Independent→The Independent',
    ]);
    expect(found('the Post added', page('Our week in Yosemite National Park'))).toEqual([]);
    // As read on a page that names no place.
    expect(found('The Mirror said', page('Daily notes from the coast'))).toEqual(found('The Mirror said'));
    expect(found('the Standard said', page('Evening walks by the river'))).toEqual(
      found('the Standard said'),
    );
  });

  it('reads "The Times" as The Times of London unless The New York Times was named', () => {
    expect(found('The Times reported')).toEqual(['The Times→The Times']);
    expect(found('The Times reported', { backReferences: [outlet('NYT')] })).toEqual([
      'The Times→The New York Times',
    ]);
  });
});

describe('findOutletMentions: common-word names opening a lead-in', () => {
  it('finds them before a possessive and what a newsroom publishes or who writes it, the clause ending on a colon', () => {
    expect(found('Wired’s take is blunter than most:')).toEqual(['Wired→Wired']);
    expect(found("Fortune's reporter asked the airline's finance chief about the move:")).toEqual([
      'Fortune→Fortune',
    ]);
    expect(found('Stuff’s Auckland bureau filed this from New Zealand on Monday:')).toEqual(['Stuff→Stuff']);
  });
  it('leaves a possessive that is no newsroom’s', () => {
    expect(found('Time’s running out for the old terminal, as the notice puts it:')).toEqual([]);
    expect(found('Stuff’s everywhere in the garage and none of it is mine:')).toEqual([]);
  });
  it('finds a name of several words in a run-in ending on a comma, not one of one word', () => {
    expect(found('As Inside Housing noted on Friday,')).toEqual(['Inside Housing→Inside Housing']);
    expect(found('People noted on Friday,')).toEqual([]);
  });
});

describe('findOutletMentions: what it leaves alone', () => {
  it.each([
    ['Time will tell.'],
    ['People reported feeling ill.'],
    ['The APA style guide and the AAP guidance on screens'],
    ['The NRC approved the reactor; an ERR code; the PAP won again.'],
    ['Science says: wash your hands.'],
    ['The sun rose over the hill.'],
    ['Hill said he would run.'],
    ['Mike Hill and Capitol Hill'],
    ['Republicans on the Hill'],
    ['Vice President Harris and the vice chair'],
    ['He is Vice-President now.'],
    ['Fortune favours the brave.'],
    ['a Fortune 500 company'],
    ['Wheel of Fortune'],
    ['Father Time and Time Warner'],
    ['It is Time To Act'],
    ['IT IS TIME TO ACT'],
    ['across the Atlantic'],
    ['the Atlantic Ocean and the Atlantic coast'],
    ['the Atlantic and Pacific'],
    ['State of the Nation address'],
    ['the Nation of Islam'],
    ['the Sun Belt'],
    ["the Sun's rays"],
    ['the Australian government'],
    ['the Australian dollar fell'],
    ['the Hindu nationalist party'],
    ['a New Yorker who moved'],
    ['the Independent candidate for governor'],
    ['the economist Paul Krugman'],
    ['The Economist Intelligence Unit'],
    ['People said so.'],
    ["the People's Republic of China"],
    ['We the People'],
    ['Science and technology'],
    ['the Ministry of Science'],
    ['Mother Nature'],
    ['Nature is healing.'],
    ['Stuff happens.'],
    ['Dawn broke over the city.'],
    ['Reason enough.'],
    ['Variety is the spice of life.'],
    ['Deadline day arrives.'],
    ['Focus on the family'],
    ['Outlook remains stable.'],
    ['World Economic Outlook'],
    ['the Royal Mint and the U.S. Mint'],
    ['the Mint issued coins'],
    ['RT-PCR tests'],
    ['RT @someone: hello'],
    ['AP Calculus and AP exams'],
    ['a 6 FT wall'],
    ['DR Congo'],
    ["Imran Khan's PTI"],
    ['PTI chairman'],
    ['the Nikkei 225 rose'],
    ['the Nikkei index fell'],
    ['Asahi Breweries'],
    ['Harper Lee and Stephen Harper’s government'],
    ['off the record'],
    ['a post on social media, the times we live in'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds nothing in an ordinary paragraph full of traps', () => {
    const paragraph = [
      'Time will tell whether the sun rises over the hill before dawn.',
      'People say the post office is a mint of stories; the independent mayor said so.',
      'The nation watched as the vice principal took the stand, and the guardian of the child spoke.',
      'Fortune smiled on the economist, whose outlook on science and nature was wired into his reason.',
      'Mother Nature, Father Time and the Vice President walked across the Atlantic.',
    ].join(' ');
    expect(found(paragraph)).toEqual([]);
  });
});

describe('findOutletMentions across the whole table', () => {
  it('finds every outlet by its canonical name in a neutral sentence', () => {
    const missed = OUTLETS.filter((o) => {
      const mentions = findOutletMentions(`According to ${o.name}, prices rose.`);
      return mentions.length !== 1 || mentions[0].outlet !== o || mentions[0].text !== o.name;
    }).map((o) => o.name);
    expect(missed).toEqual([]);
  });

  it('finds every outlet by each of its domains and handles', () => {
    const missed: string[] = [];
    for (const o of OUTLETS) {
      for (const d of o.domains) {
        const m = findOutletMentions(`Read more at ${d} today.`);
        if (m.length !== 1 || m[0].outlet !== o) missed.push(d);
        if (outletByHost(`https://www.${d}/a/b`) !== o) missed.push(`www.${d}`);
      }
      for (const h of o.handles ?? []) {
        const m = findOutletMentions(`Posted by @${h}: news`);
        if (m.length !== 1 || m[0].outlet !== o) missed.push(`@${h}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('resolves every name and alias to its outlet by name', () => {
    const wrong: string[] = [];
    for (const o of OUTLETS) {
      for (const w of [o.name, ...o.aliases]) {
        const got = outletByName(w);
        // A shared alias means the outlet SHARED_ALIASES names for it.
        if (got !== o && got?.name !== SHARED_ALIASES[w]) wrong.push(`${w} → ${got?.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('handles large input in one pass without throwing', () => {
    const unit = 'Reuters said the.BBC a.b.c @@ -- ';
    const text = unit.repeat(20000);
    const mentions = findOutletMentions(text);
    expect(mentions.length).toBe(40000);
    expect(findOutletMentions('a.'.repeat(200000))).toEqual([]);
    expect(findOutletMentions(`${'x'.repeat(300000)}.com`)).toEqual([]);
  });
});

describe('createOutletLookup', () => {
  it('serves a table handed over as JSON the same way as the shipped one', () => {
    const lookup = createOutletLookup(JSON.parse(JSON.stringify(shippedOutletTable())));
    expect(lookup.byName('ZeroHedge')?.name).toBe('Zero Hedge');
    expect(lookup.byHost('https://money.cnn.com/x')?.name).toBe('CNN');
    expect(lookup.byHandle('@nypost')?.name).toBe('New York Post');
    expect(lookup.canonicalPublication('zerohedge.com')).toBe('Zero Hedge');
    const text = "Here's Reuters, then Vice President Harris spoke to the BBC's editor.";
    expect(lookup.mentions(text).map((m) => m.text)).toEqual(findOutletMentions(text).map((m) => m.text));
  });

  it('knows only the outlets of its own table, and applies its own care and blockers', () => {
    const gazette: Outlet = {
      name: 'The Gazette',
      aliases: ['Gazette'],
      domains: ['gazette.example'],
      kind: 'newspaper',
      country: 'GB',
      handles: ['thegazette'],
    };
    const lookup = createOutletLookup({
      outlets: [gazette],
      mentionCare: { Gazette: 'word' },
      notOutletPhrases: ['the Gazette office'],
    });
    expect(lookup.byName('gazette')).toBe(gazette);
    expect(lookup.byName('Reuters')).toBeNull();
    expect(lookup.byHost('www.gazette.example')).toBe(gazette);
    expect(lookup.byHandle('TheGazette')).toBe(gazette);
    expect(lookup.mentions('Reuters said, and the Gazette agreed.').map((m) => m.text)).toEqual([
      'the Gazette',
    ]);
    expect(lookup.mentions('Gazette readers know.')).toEqual([]);
    expect(lookup.mentions('at the Gazette office')).toEqual([]);
  });

  it('says which words some outlet of its own table goes by as a short name', () => {
    const courier: Outlet = {
      name: 'The Dunmore Courier',
      aliases: [],
      domains: ['dunmorecourier.example'],
      kind: 'newspaper',
      country: 'GB',
      shortNames: ['the Courier'],
    };
    const lookup = createOutletLookup({ outlets: [courier] });
    expect(lookup.hasShortName?.('the Courier')).toBe(true);
    expect(lookup.hasShortName?.('The COURIER')).toBe(true);
    expect(lookup.hasShortName?.('Courier')).toBe(true);
    expect(lookup.hasShortName?.('The Dunmore Courier')).toBe(false);
    expect(lookup.hasShortName?.('the Times')).toBe(false);
    const shipped = createOutletLookup(shippedOutletTable());
    expect(shipped.hasShortName?.('the Times')).toBe(true);
    expect(shipped.hasShortName?.('Reuters')).toBe(false);
  });
});

describe('outlets added for real pages: sports, magazines, trade and tech sites', () => {
  it.each([
    ['https://nymag.com/intelligencer/2020/12/x.html', 'New York Magazine'],
    ['https://www.vulture.com/article/x.html', 'Vulture'],
    ['https://www.cjr.org/x', 'Columbia Journalism Review'],
    ['https://insideevs.com/news/x', 'InsideEVs'],
    ['http://nesn.com/2011/01/some-story/', 'NESN'],
    ['https://www.sbnation.com/mlb/x', 'SB Nation'],
    ['https://sports.yahoo.com/nfl/x', 'Yahoo Sports'],
    ['https://www.lequipe.fr/Football/x', "L'Équipe"],
    ['https://www.kicker.de/x', 'Kicker'],
  ])('knows %s', (url, canonical) => {
    expect(outletByHost(url)?.name).toBe(canonical);
  });

  it('finds them in running text, and not their names as common words', () => {
    expect(
      findOutletMentions('NESN reported it, Fox Sports said it, and laut Kicker ist es so.').map(
        (m) => m.outlet.name,
      ),
    ).toEqual(['NESN', 'Fox Sports', 'Kicker']);
    expect(
      findOutletMentions(
        'The kicker missed. Marca registrada, la marca. Defector status was granted. Barstool chairs sold out.',
      ),
    ).toEqual([]);
  });
});

describe('local and regional newsrooms added for real pages, and the names they go by', () => {
  it.each([
    ['https://www.falmouthpacket.co.uk/news/x/', 'Falmouth Packet'],
    ['https://www.cornwalllive.com/news/cornwall-news/x', 'Cornwall Live'],
    ['https://www.halifaxexaminer.ca/x/', 'Halifax Examiner'],
    ['https://montanafreepress.org/2026/12/01/x/', 'Montana Free Press'],
    ['https://www.todayonline.com/singapore/x', 'TODAY'],
    ['https://www.santafenewmexican.com/news/x.html', 'The Santa Fe New Mexican'],
    ['https://missoulian.com/news/local/x.html', 'Missoulian'],
  ])('knows %s', (url, canonical) => {
    expect(outletByHost(url)?.name).toBe(canonical);
  });

  it.each([
    ['The Packet ran it on the front:', 'Falmouth Packet'],
    ["The New Mexican's Sunday piece:", 'The Santa Fe New Mexican'],
    ['Over at TODAY, the reply:', 'TODAY'],
    ['According to Punch, the buses', 'The Punch'],
    ['MTFP dug into the permits:', 'Montana Free Press'],
  ])('finds %s', (text, canonical) => {
    expect(findOutletMentions(text)[0]?.outlet.name).toBe(canonical);
  });

  it('leaves their names alone as common words', () => {
    expect(
      findOutletMentions('Today is the day. TODAY we learn. Punch the clock, then a fruit punch.'),
    ).toEqual([]);
  });
});

describe('regional papers of Spain, Romania and Martinique, and the names they share', () => {
  it.each([
    ['https://www.canarias7.es/x', 'Canarias7'],
    ['https://www.canariasahora.com/x', 'Canarias Ahora'],
    ['https://www.antilla-martinique.com/x', 'Antilla'],
    ['https://hermannstaedter.ro/2026/12/x/', 'Hermannstädter Zeitung'],
  ])('knows %s', (url, canonical) => {
    expect(outletByHost(url)?.name).toBe(canonical);
  });

  it('reads "El Día" as the paper of the page\'s country, and only beside a source\'s cue', () => {
    expect(outletsInLanguage('es', 'ES').byName('El Día')?.name).toBe('El Día (Tenerife)');
    expect(outletsInLanguage('es', 'DO').byName('El Día')?.name).toBe('El Día (Dominican Republic)');
    const spain = outletsInLanguage('es', 'ES');
    expect(spain.mentions('Según El Día, las obras').map((m) => m.outlet.name)).toEqual([
      'El Día (Tenerife)',
    ]);
    expect(spain.mentions('El Día de la Madre cae en domingo. Fue El Día más largo.')).toEqual([]);
  });

  it('reads "Antilla" as the weekly only beside a source\'s cue', () => {
    expect(findOutletMentions('selon Antilla, les travaux')[0]?.outlet.name).toBe('Antilla');
    expect(findOutletMentions('Antilla est une ville de Cuba.')).toEqual([]);
  });
});

describe('nicknames pages use for well-known outlets', () => {
  it.each([
    ['From the Beeb:', 'BBC'],
    ['as the Gray Lady put it', 'The New York Times'],
    ['the Grauniad reports', 'The Guardian'],
    ['in the Torygraph today', 'The Telegraph'],
    ['the Pink Paper says', 'Financial Times'],
    ['laut WamS und BamS', 'Die Welt'],
    ["The AFR's Chanticleer column puts it plainly:", 'Australian Financial Review'],
    ['SMH:', 'The Sydney Morning Herald'],
    ['El Reg adds, in its own style:', 'The Register'],
    // initials French readers give a regional daily, with the plural article they put before them
    ["D'après les DNA :", "Dernières Nouvelles d'Alsace"],
  ])('%s', (text, canonical) => {
    expect(findOutletMentions(text)[0]?.outlet.name).toBe(canonical);
  });

  it('leaves the words alone when written otherwise', () => {
    expect(findOutletMentions('a grey lady in a pink paper hat; the beeb of a horn')).toEqual([]);
    // The initials alone are a molecule's.
    expect(findOutletMentions('according to DNA tests, the DNA matched')).toEqual([]);
  });
});

describe('findOutletMentions: a longer title than the one the table knows', () => {
  it('leaves a known name that goes on with a particle and a capitalised word to the longer title', () => {
    expect(found('Source : L’Écho du Vercors')).toEqual([]);
    expect(found('Lire la suite sur Le Monde du Jura')).toEqual([]);
    expect(found('Selon Il Corriere di Lecco, le traghetto change d’horaire :')).toEqual([]);
    // The known name itself, or followed by words in lower case, is still the outlet.
    expect(found('Selon Le Monde, le chantier est national :')).toEqual(['Le Monde→Le Monde']);
    expect(found('Le Monde du 3 décembre le dit :')).toEqual(['Le Monde→Le Monde']);
  });
  it('leaves a German noun-title after another capitalised word to the longer title, not after a cue', () => {
    expect(found('Der Elbtaler Kurier berichtet:')).toEqual([]);
    expect(found('Laut Kurier wird es teurer.')).toEqual(['Kurier→Kurier']);
    expect(found('Az Origo szerint a busz ingyenes.')).toEqual(['Origo→Origo']);
  });
  it('leaves a known name of two words after another capitalised word inside a sentence to the longer title', () => {
    expect(found('According to the Harwick Valley News:')).toEqual([]);
    expect(found('Cuts are coming, and the Dunmere Island Times reported it.')).toEqual([]);
    // Not after an article, a cue, a day or a month, nor opening the sentence.
    expect(found('According to the Valley News:')).toEqual(['Valley News→Valley News']);
    expect(found('It was in the Sunday Valley News again.')).toEqual(['Valley News→Valley News']);
    expect(found('Per Valley News, the bridge reopens Monday.')).toEqual(['Valley News→Valley News']);
  });
  it('leaves a known name of one word after another capitalised word inside a sentence to the longer title', () => {
    expect(found('From Kestrel Cay Newsday:')).toEqual([]);
    expect(found('The dredging story ran in Tidewater Newsday on Friday.')).toEqual([]);
    // Not after a cue, a day or an article, nor opening the sentence.
    expect(found('From Newsday:')).toEqual(['Newsday→Newsday']);
    expect(found('It ran in Sunday Newsday again.')).toEqual(['Newsday→Newsday']);
    expect(found('Newsday reported it first.')).toEqual(['Newsday→Newsday']);
  });
});

describe('the optical trade press', () => {
  it('knows Optician by its name only where it is used as a title, and Vision Monday', () => {
    expect(found('Optician has the fee numbers:')).toEqual(['Optician→Optician']);
    expect(found('as reported in Optician this week')).toEqual(['Optician→Optician']);
    expect(found('My optician said the fee is frozen.')).toEqual([]);
    expect(found('Optician Jane Roe said the fee is frozen.')).toEqual([]);
    expect(outletByHost('https://www.opticianonline.net/content/news/fees')?.name).toBe('Optician');
    expect(found('“Lens makers flag a price rise” — Vision Monday')).toEqual(['Vision Monday→Vision Monday']);
  });
});

describe('wires of German and Italian datelines', () => {
  it('knows epd and askanews by their short names', () => {
    expect(outletByName('epd')?.name).toBe('Evangelischer Pressedienst');
    expect(outletByName('askanews')?.name).toBe('askanews');
  });
  it('knows the Canadian Press by its French name, not as the Montreal paper La Presse', () => {
    expect(found('QUÉBEC (La Presse Canadienne) — Le traversier')).toEqual([
      'La Presse Canadienne→The Canadian Press',
    ]);
    expect(found('Selon La Presse, les usagers')).toEqual(['La Presse→La Presse']);
  });
});

describe('findOutletMentions: a one-word title after an article opening the sentence', () => {
  it('takes it before a newsroom verb, not before any verb', () => {
    expect(found('O Público escreve:')).toEqual(['Público→Público']);
    expect(found('O Público é um jornal.')).toEqual([]);
  });
});

describe('a name several outlets share, on a page in a language (inLanguage)', () => {
  it("means the outlet of a country the page's language is written in", () => {
    expect(outletByName('Дневник')?.name).toBe('Dnevnik (Bulgaria)');
    const serbian = outletsInLanguage('sr');
    expect(serbian.byName('Дневник')?.name).toBe('Dnevnik');
    expect(serbian.mentions('Како пише Дневник:').map((m) => m.outlet.name)).toEqual(['Dnevnik']);
    expect(outletsInLanguage('bg').byName('Дневник')?.name).toBe('Dnevnik (Bulgaria)');
  });

  it('keeps every other name, and the usual outlet where the language is not listed or not given', () => {
    const serbian = outletsInLanguage('sr');
    expect(serbian.byName('Reuters')?.name).toBe('Reuters');
    expect(serbian.byName('ABC')?.name).toBe('ABC News');
    expect(outletsInLanguage('en').byName('Дневник')?.name).toBe('Dnevnik (Bulgaria)');
    expect(outletsInLanguage(null).byName('Дневник')?.name).toBe('Dnevnik (Bulgaria)');
  });
});

describe("a name several outlets share, on a page that says its country (inLanguage's country)", () => {
  const names = (lookup: ReturnType<typeof outletsInLanguage>, text: string) =>
    lookup.mentions(text).map((m) => m.outlet.name);

  it("means the outlet of the page's country when one is", () => {
    const tt = outletsInLanguage('en', 'TT');
    expect(tt.byName('The Express')?.name).toBe('Trinidad Express');
    expect(names(tt, 'The Express had the schedule, and the Guardian spoke to a vendor:')).toEqual([
      'Trinidad Express',
      'Trinidad and Tobago Guardian',
    ]);
  });

  it("reads a weekly's name three countries' papers share as the one of the page's country", () => {
    expect(outletsInLanguage('en', 'LC').byName('The Voice')?.name).toBe('The Voice (St. Lucia)');
    expect(outletsInLanguage('en', 'BW').byName('The Voice')?.name).toBe('The Voice (Botswana)');
    expect(outletsInLanguage('en', null).byName('The Voice')?.name).toBe('The Voice');
    expect(outletByName('The Voice')?.name).toBe('The Voice');
  });

  it("reads the Russian name Israel's daily shares with Rossiya 24 by the page's country", () => {
    expect(outletsInLanguage('ru', 'IL').byName('Вести')?.name).toBe('Vesti (Israel)');
    expect(outletsInLanguage('ru', 'RU').byName('Вести')?.name).toBe('Rossiya 24');
    expect(outletsInLanguage('ru', null).byName('Вести')?.name).toBe('Rossiya 24');
  });

  it('keeps the usual outlet without a country, or for a country with none of them', () => {
    expect(outletByName('The Express')?.name).toBe('Daily Express');
    expect(outletsInLanguage('en', null).byName('The Express')?.name).toBe('Daily Express');
    expect(outletsInLanguage('en', 'NZ').byName('The Express')?.name).toBe('Daily Express');
    expect(outletsInLanguage('en', 'TT').byName('Reuters')?.name).toBe('Reuters');
  });

  it("reads an acronym two broadcasters share as the one of the page's country", () => {
    expect(names(outletsInLanguage('en', 'BB'), "CBC's evening news had the ministry's answer:")).toEqual([
      'Caribbean Broadcasting Corporation',
    ]);
    expect(names(outletsInLanguage('en', 'CA'), "CBC's evening news had the minister's answer:")).toEqual([
      'CBC News',
    ]);
    expect(outletByName('CBC')?.name).toBe('CBC News');
  });

  it('asks for the country only when a shared name is met, and once', () => {
    let asked = 0;
    const lookup = outletsInLanguage('en', () => {
      asked++;
      return 'TT';
    });
    expect(lookup.byName('Reuters')?.name).toBe('Reuters');
    expect(asked).toBe(0);
    expect(lookup.byName('The Express')?.name).toBe('Trinidad Express');
    expect(lookup.byName('The Guardian')?.name).toBe('Trinidad and Tobago Guardian');
    expect(asked).toBe(1);
  });

  it("puts the page's country before its language's", () => {
    expect(outletsInLanguage('sr', 'MK').byName('Дневник')?.name).toBe('Dnevnik (North Macedonia)');
    expect(outletsInLanguage('sr', 'TT').byName('Дневник')?.name).toBe('Dnevnik');
  });
});

describe('findOutletMentions: an aside between a name and its verb', () => {
  it('reads the verb after a short aside set off by commas', () => {
    expect(found('Mothership, naturally, found the stallholder who had been there longest:')).toEqual([
      'Mothership→Mothership',
    ]);
    expect(found('Bild, wie immer, berichtet als Erste:')).toEqual(['Bild→Bild']);
  });
  it('takes no aside of capitalised words or of more than three words, nor a verb that is no cue', () => {
    expect(found('Mothership, Falcon, found the stallholder.')).toEqual([]);
    expect(found('Mothership, as it happens on most days, found the stallholder.')).toEqual([]);
    expect(found('Mothership, naturally, landed on the moon.')).toEqual([]);
  });
});

describe('findOutletMentions: a verb split around the person a newsroom got words from', () => {
  it("reads an auxiliary after a 'noun' name and a participle of getting words before the clause ends", () => {
    expect(found('Der BRF hat mit einer Hebamme gesprochen, die dort arbeitet:')).toEqual([
      'BRF→Belgischer Rundfunk',
    ]);
    expect(found('Der Spiegel hat eine Ärztin aus Köln befragt:')).toEqual(['Spiegel→Der Spiegel']);
    expect(found('Libertas ha sentito un commerciante del Borgo:')).toEqual([
      'Libertas→Libertas (San Marino)',
    ]);
  });
  it('takes no auxiliary without such a participle, nor one after the clause has ended', () => {
    expect(found('Der BRF hat mit dem Umzug nach Eupen viel vor.')).toEqual([]);
    expect(found('Libertas ha un nuovo direttore.')).toEqual([]);
    expect(found('Der BRF hat gestern. Gesprochen wurde nicht.')).toEqual([]);
  });
});

describe("France Télévisions' overseas stations", () => {
  it('are services of franceinfo, found by their names with or without accents', () => {
    expect(outletByName('Réunion la 1ère')?.partOf).toBe('franceinfo');
    expect(outletByName('Reunion la 1ere')?.name).toBe('Réunion la 1ère');
    expect(outletByName('Martinique la 1ère')?.partOf).toBe('franceinfo');
  });
});
