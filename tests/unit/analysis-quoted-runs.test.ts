// Passages set apart by their marks, not by <blockquote>: runs of quoted, italic or indented paragraphs and lines.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { resumedAfterTag } from '../../utils/analysis/quoted-runs';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Last Stop Notes');
  doc.body.innerHTML = `<article><p>The night network review is out, and the blogger went through all of it so nobody else has to.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://laststop.example/post', outlets: defaultOutlets }).report.quotes;
}

describe('a short paragraph of two sentences in „ ” marks', () => {
  it('is a passage after a sentence that hands over, closing on ” as Hungarian and Polish do', () => {
    const quotes = quotesOf(
      '<p>The Magyar Szó asked a ferryman on the bank:</p><p>„A víz harminc centit esett. A komp nem tud kikötni.”</p><p>The ferry stays put until it rains.</p>',
    );
    expect(quotes.map((q) => [q.text.slice(0, 12), q.outlet])).toEqual([['„A víz harmi', 'Magyar Szó']]);
  });
});

describe('a paragraph in British single quotation marks holding apostrophes', () => {
  it('is wholly quoted: an apostrophe inside a word does not close it', () => {
    const quotes = quotesOf(
      '<p>The driver on the last bus was blunt:</p><p>‘It’s the same bus at a worse time. Nobody’ll wait forty minutes in January.’</p><p>Then the conductor, later:</p><p>‘I’ve worked the night routes since the depot opened, and I don’t remember a winter timetable this thin, not even in the year the bridge was shut.’</p><p>Fair.</p>',
    );
    expect(quotes.map((q) => q.text.slice(0, 8))).toEqual(['‘It’s th', '‘I’ve wo']);
  });
  it('is no passage when the quotation closes before the paragraph ends', () => {
    const quotes = quotesOf(
      '<p>The driver on the last bus was blunt:</p><p>‘It’s the same bus at a worse time,’ he said, and then he talked about the football for twenty minutes, which was not what I had asked.</p>',
    );
    expect(quotes).toEqual([]);
  });
});

describe('a short paragraph of two sentences in 「」 marks', () => {
  it('is a passage after a sentence that hands over, its length judged as Chinese writes it', () => {
    const quotes = quotesOf(
      '<p>隔籬賣菜嘅陳太淨係講咗兩句：</p><p>「我喺呢度住咗三十年。每次修路都揀過年。」</p><p>我都唔知點答佢。</p>',
    );
    expect(quotes.map((q) => [q.text.slice(0, 6), q.outlet])).toEqual([['「我喺呢度住', null]]);
  });
  it('is none when it is one sentence', () => {
    expect(
      quotesOf(
        '<p>隔籬賣菜嘅陳太淨係講咗一句：</p><p>「每次修路都揀過年，真係冇計。」</p><p>我都唔知點答佢。</p>',
      ),
    ).toEqual([]);
  });
});

describe('an italic run of <br>-lines', () => {
  it('keeps a short last line, and so reaches the credit under it', () => {
    const [q] = quotesOf(
      '<p>Heard on the radio, copied down as best I could:</p><p><i>The authority says the two busiest night routes will keep their half-hourly service through the winter,<br>but the three quieter routes will drop to one bus an hour from January,<br>so check the timetable first.</i></p><p>— Estuary Radio, Evening Run</p>',
    );
    expect(q.text).toMatch(/check the timetable first/);
    expect(q.outlet).toBe('Estuary Radio');
  });
});

describe('an italic paragraph under a citation line', () => {
  const italic =
    '<p><em>The operator said the overnight service would run six nights a week through the winter for the first time this year.</em></p>';
  it('is the words of the outlet the line cites', () => {
    const [q] = quotesOf(
      `<p><strong><a href="https://www.theguardian.com/x">The Guardian: Night sleeper to run all year</a></strong></p>${italic}`,
    );
    expect(q.text).toMatch(/^The operator said/);
    expect(q.outlet).toBe('The Guardian');
  });

  it('is no passage under a plain sentence, nor under a heading', () => {
    expect(quotesOf(`<p>The sleeper is doing well this year, by all accounts.</p>${italic}`)).toEqual([]);
    expect(quotesOf(`<h3>The Guardian: Night sleeper to run all year</h3>${italic}`)).toEqual([]);
  });
});

describe('an italic run opening on a short paragraph', () => {
  const run =
    '<p><em>Trade is good. Everyone waits, and everyone is hungry.</em></p><p><em>But my brother’s bread goes stale on the far bank, so the family is not winning.</em></p>';
  it('is one passage once a sentence hands over to it', () => {
    const quotes = quotesOf(
      `<p>I asked the baker at the pier how the week had gone. He shrugged and said:</p>${run}`,
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toMatch(/^Trade is good\..*far bank/s);
    expect(quotes[0].kind).toBe('person');
  });

  it('is no passage with nothing handing over, nor a short italic line over plain prose', () => {
    expect(quotesOf(`<p>The pier was busy all week, by all accounts.</p>${run}`)).toEqual([]);
    expect(
      quotesOf(
        '<p>One thing to remember:</p><p><em>Always check the tide table before you go.</em></p><p>The rest is common sense, and the pier staff are there to help anyone who asks.</p>',
      ),
    ).toEqual([]);
  });
});

describe('a verse in a box set in italics by its style', () => {
  it('reads the <br>-lines of a short verse as one passage from its first line, a diary’s as a person’s', () => {
    const [q] = quotesOf(
      '<p>She kept a diary all her life. This was on its last page:</p><div style="font-style:italic;text-align:center"><p>The tide is out,<br>the nets are dry and mended.<br>If I am late home,<br>the kettle knows the way.</p></div>',
    );
    expect(q.text).toMatch(/^The tide is out,/);
    expect(q.text).toMatch(/kettle knows the way/);
    expect(q.kind).toBe('person');
  });

  it('takes no short line in roman type for a verse', () => {
    expect(
      quotesOf('<p>This was on its last page:</p><div><p>The tide is out,<br>the nets are dry.</p></div>'),
    ).toEqual([]);
  });
});

describe('a table of coverage, the source in the cell beside the passage', () => {
  const table = (rows: string) =>
    quotesOf(`<p>The coverage, side by side:</p><table><tbody>${rows}</tbody></table>`);
  const long =
    'The operator will run two crossings a day instead of four from January, citing a shortage of licensed engineers.';
  it('names the outlet in the short cell after the passage, by the table or by its spelling', () => {
    const rows = `<tr><td>${long}</td><td>KelpFM</td></tr><tr><td>${long.replace('two', 'three')}</td><td>Reuters</td></tr>`;
    expect(table(rows).map((q) => q.outlet)).toEqual(['KelpFM', 'Reuters']);
    expect(table(`<tr><td>${long}</td><td>Reuters</td></tr>`)[0]?.outlet).toBe('Reuters');
    expect(table(`<tr><td>Reuters</td><td>${long}</td></tr>`)[0]?.outlet).toBe('Reuters');
  });
  it('reads a row of three cells, a name, a date and the passage', () => {
    const rows = `<tr><td>Reuters</td><td>4 Dec</td><td>${long}</td></tr><tr><td>${long.replace('two', 'three')}</td><td>Dec. 5, 2026</td><td>KelpFM</td></tr>`;
    expect(table(rows).map((q) => q.outlet)).toEqual(['Reuters', 'KelpFM']);
    // Without a date among the short cells, a row of three is a data table's.
    expect(table(`<tr><td>Reuters</td><td>Wire</td><td>${long}</td></tr>`)).toEqual([]);
  });
  it('names no outlet for a person in the cell beside', () => {
    expect(table(`<tr><td>${long}</td><td>Moira Dunbar</td></tr>`)[0]?.outlet ?? null).toBe(null);
  });
});

describe('a quote template: the words in a cell between cells of quotation marks', () => {
  const template = (open: string, close: string) =>
    `<table class="quote"><tr><td>${open}</td><td>We went alongside nine times and I never once thought we would lose one of them.</td><td>${close}</td></tr></table><p>The crew were given medals in the spring.</p>`;
  it('is a passage, nothing handing over to it', () => {
    const [quote] = quotesOf(template('“', '”'));
    expect(quote?.text).toMatch(/^We went alongside/);
    expect(`${quote?.kind}:${quote?.outlet}`).toBe('person:null');
    expect(quotesOf(template('«', '»'))).toHaveLength(1);
  });
  it('needs both marks, paired', () => {
    expect(quotesOf(template('“', ''))).toHaveLength(0);
    expect(quotesOf(template('1', '2'))).toHaveLength(0);
    expect(quotesOf(template('“', '»'))).toHaveLength(0);
  });
});

describe('a numbered paragraph', () => {
  const words =
    'The lane is single track for three hundred metres, without footways, and the traffic would meet people on foot.';
  it('is quoted when its text after the number is, each number its own quotation', () => {
    const quotes = quotesOf(
      `<p>The inspector's decision is blunt:</p><p>¶ 23 “${words}”</p><p>[0012] “${words.replace('three', 'four')}”</p><p>That is that.</p>`,
    );
    expect(quotes.map((q) => q.text.slice(0, 6))).toEqual(['¶ 23 “', '[0012]']);
  });
  it('is not quoted when only a quotation opens it', () => {
    expect(
      quotesOf(`<p>The inspector's decision is blunt:</p><p>¶ 23 “The lane,” he wrote, ${words}</p>`),
    ).toEqual([]);
  });
});

describe('a collapsible box', () => {
  // Boxes holding half the article or more are layout: the commentary around this one outweighs it.
  const around =
    '<p>The interoperability fight moved from letters to a draft decision this week, and the coverage has finally caught up with what the letters said in the spring.</p>';
  const toggle = (heading: string) =>
    `${around}<div class="kg-card kg-toggle-card"><div class="kg-toggle-heading"><h4>${heading}</h4></div><div class="kg-toggle-content"><p>The Commission has given the messaging provider until 15 January to explain why third-party clients still cannot send group messages.</p></div></div>${around}`;
  it('is a passage when its heading names its source', () => {
    expect(quotesOf(toggle("Euractiv, Tuesday — the Commission's letter"))[0]?.outlet).toBe('Euractiv');
  });
  it('is none when its heading names a topic', () => {
    expect(quotesOf(toggle('Relay servers, explained — what they do'))).toEqual([]);
  });
});

describe('a list of tags before the post', () => {
  it('is no lead-in: an item ending in a comma introduces nothing', () => {
    const quotes = quotesOf(
      '<ul class="post-meta"><li><a href="/tags/heating/">heating</a>, </li><li><a href="/tags/winter/">winter</a></li></ul><p>Every cold week somebody declares that heat pumps fail below freezing; this week there are figures.</p><p>(Reuters)</p>',
    );
    expect(quotes).toEqual([]);
  });
  it('still lets a sentence ending in a comma hand over to the paragraph under it', () => {
    const [q] = quotesOf(
      '<p>And then, as the wire put it,</p><p>“Every cold week somebody declares that heat pumps fail below freezing, and every week the figures say otherwise.”</p><p>(Reuters)</p>',
    );
    expect(q?.outlet).toBe('Reuters');
  });
});

describe('<br>-lines a newsroom reports', () => {
  it('are a passage when a sentence naming the newsroom reporting hands over to them', () => {
    const quotes = quotesOf(
      '<p>Reuters has the passenger numbers:</p><p>Passengers, November: about 182,000<br>Passengers, last November: about 204,000<br>Sailings cancelled for weather: 37</p><p>Fewer people, more cancellations.</p>',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ outlet: 'Reuters' });
    expect(quotes[0].text).toMatch(/cancelled for weather/);
  });
  it('are none after the writer’s own lead-in, or when only two', () => {
    expect(
      quotesOf(
        '<p>My own tally for the month:</p><p>Crossings taken: 14<br>On time: 6<br>Late: 8</p><p>Not great.</p>',
      ),
    ).toEqual([]);
    expect(
      quotesOf(
        '<p>Reuters has the passenger numbers:</p><p>Passengers, November: about 182,000<br>Last year: 204,000</p><p>Fewer.</p>',
      ),
    ).toEqual([]);
  });
});

describe('a quote card', () => {
  it('is a quotation box, its footer the credit', () => {
    const [q] = quotesOf(
      '<div class="quote-card"><div class="quote-card__body"><p>The overnight service between Vienna and Amsterdam will run four nights a week from January instead of three.</p></div><div class="quote-card__source">Deutsche Welle</div></div><p>Four nights is progress, and I say so with the whole of the winter timetable in front of me.</p>',
    );
    expect(q).toMatchObject({ outlet: 'Deutsche Welle' });
  });
});

describe('a sentence ending on what a newsroom has', () => {
  it('hands over to the quoted box under it, full stop and all', () => {
    const [q] = quotesOf(
      '<p>The Grocer had the pricing angle on Tuesday.</p><div class="quote-box"><p>Own-label lines now account for 52% of grocery spending by value, up from 47% two years ago.</p></div><p>A tipping point, and the brands know it, which is why I am writing this at such length.</p>',
    );
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'The Grocer' });
  });
  it('is more than a verb ending a sentence: “… I would most like explained.” hands nothing over', () => {
    const quotes = quotesOf(
      '<p>That last part is the one I would most like explained.</p><div class="quote-box"><p>Reader mail on promotions goes in the usual folder, and I answer the most common questions monthly.</p></div><p>More next week, when the figures for the quarter are out and I have read them all properly.</p>',
    );
    expect(quotes).toEqual([]);
  });
});

describe('the writer pointing at an earlier note of theirs', () => {
  it('reads “My note from September:” as the writer quoting themself, and a note from someone else not so', () => {
    const passage =
      '<blockquote><p>Expect late-stage rounds to come in tranches from now on, because investors have learned their lesson.</p></blockquote>';
    const [self] = quotesOf(`<p>I saw this coming. My note from September:</p>${passage}`);
    expect(self.kind).toBe('self');
    const [other] = quotesOf(`<p>I kept my note from the council officer:</p>${passage}`);
    expect(other.kind).not.toBe('self');
  });
});

describe('paragraphs in ” ” marks, as Finnish and Swedish write them', () => {
  const said =
    'Kunnat ovat joutuneet yhdistämään koulukyytejä, koska taksiyrittäjiä ei ole tarpeeksi, ja osa lapsista istuu kyydissä yli tunnin.';
  it('reads a paragraph opening and closing on ” as quoted', () => {
    const [q] = quotesOf(`<p>Iltalehti kertoi keskiviikkona:</p><p>”${said}”</p>`);
    expect(q).toMatchObject({ outlet: 'Iltalehti', form: 'block' });
  });
  it('runs on through paragraphs that each open on ”, to the one that closes', () => {
    const [q] = quotesOf(
      `<p>Hufvudstadsbladet pratade med en lärare:</p><p>”${said}</p><p>”${said.replace('Kunnat', 'Koulut')}”</p>`,
    );
    expect(q.text).toMatch(/^”Kunnat[\s\S]*”Koulut/);
  });
  it('leaves prose quoting a phrase in ” ” alone, and reads no inline quotation across two English ones', () => {
    expect(
      quotesOf(`<p>Iltalehti kertoi:</p><p>Kaupunki kutsuu sitä ”väliaikaiseksi ratkaisuksi”, ${said}</p>`),
    ).toEqual([]);
    expect(
      quotesOf(
        '<p>The council said the plan was “temporary,” and then, at great length and with many reassurances that nothing would change for anyone who already relies on the late buses, called it “settled.”</p>',
      ),
    ).toEqual([]);
  });
});

describe('paragraphs each in quotation marks of their own', () => {
  const P1 =
    'The authority said falling numbers between November and February left it unable to justify four night routes.';
  const P2 =
    'Officials said the first bus would leave at half past midnight, which shift workers say is too late to be any use.';
  it('are separate quotations when each closes in English, the later with the first one’s source', () => {
    const quotes = quotesOf(`<p>The Guardian had the reasons:</p><p>“${P1}”</p><p>“${P2}”</p>`);
    expect(quotes.map((q) => `${q.kind}:${q.outlet}:${q.text.slice(1, 16)}`)).toEqual([
      `outlet:The Guardian:${P1.slice(0, 15)}`,
      `outlet:The Guardian:${P2.slice(0, 15)}`,
    ]);
  });
  it('are one quotation when all but the last stay open, or in guillemets closed each time', () => {
    expect(quotesOf(`<p>The Guardian had the reasons:</p><p>“${P1}</p><p>“${P2}”</p>`)).toHaveLength(1);
    expect(quotesOf(`<p>Selon Le Monde :</p><p>« ${P1} »</p><p>« ${P2} »</p>`)).toHaveLength(1);
  });
  it('are one quotation when every paragraph is set in italics as well', () => {
    const quotes = quotesOf(
      `<p>The Guardian spoke to a driver after her shift.</p><p><em>“${P1}”</em></p><p><em>“${P2}”</em></p>`,
    );
    expect(quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['outlet:The Guardian']);
    expect(quotes[0].text).toContain(P2.slice(0, 20));
    // One in italics and one not are still two.
    expect(
      quotesOf(`<p>The Guardian had the reasons:</p><p><em>“${P1}”</em></p><p>“${P2}”</p>`),
    ).toHaveLength(2);
  });
});

describe('a quoted paragraph signed on the line under it', () => {
  const quoted =
    '<p>“I had never touched clay before and by week four I was making bowls that actually held soup, which surprised my whole family.”</p>';
  it('is a quotation of the one who signed, with nothing handing over to it', () => {
    const quotes = quotesOf(`<h3>What past students said</h3>${quoted}<p>— Aoife, spring course 2025</p>`);
    expect(quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['person:null']);
    expect(quotes[0].text).toMatch(/^“?I had never touched clay/);
  });

  it('is no passage under a plain line that signs nothing', () => {
    expect(quotesOf(`<h3>What past students said</h3>${quoted}<p>Book early, places go fast.</p>`)).toEqual(
      [],
    );
  });
});

describe('a paragraph opening on a speaker’s dash', () => {
  const reply =
    '<p>– Vi kan ikke kjøre nesten tomme ferjer sent på kvelden hele vinteren, og det regnestykket går ikke opp for oss.</p>';
  it('is quoted after a sentence handing over to it', () => {
    const [q] = quotesOf(`<p>På NRK Vestland i morges sa driftssjefen:</p>${reply}`);
    expect(q).toMatchObject({ outlet: 'NRK', form: 'block' });
  });
  it('is no passage after a sentence that does not', () => {
    expect(quotesOf(`<p>Vi får se hvordan det går i januar.</p>${reply}`)).toEqual([]);
  });
});

describe('an inline quotation after a source’s name in another language', () => {
  it('is found after "according to" and its kin, with no colon, and closes on the Polish ”', () => {
    const [q] = quotesOf(
      '<p>Najpierw plan. Według Gazety Wyborczej „linia N2 zostanie wydłużona do Fordonu, a w weekendy autobusy będą kursować co trzydzieści minut zamiast co godzinę”. Brzmi dobrze.</p>',
    );
    expect(q).toMatchObject({ form: 'inline', outlet: 'Gazeta Wyborcza' });
    expect(q.text).toMatch(/co godzinę$/);
  });
  it('is found before a Japanese reporting verb after 「 」, in fewer characters', () => {
    const [q] = quotesOf(
      '<p>新聞の見方は厳しい。毎日新聞は社説で「人手不足を理由に試験を週末に限るなら、その先の拡大の道筋も示すべきだ」と書いている。</p>',
    );
    expect(q).toMatchObject({ form: 'inline', outlet: 'The Mainichi' });
  });
  it('is not found in 「 」 that nobody reports', () => {
    expect(
      quotesOf('<p>駅の掲示には「冬の間は日中の便を減らします。ご理解とご協力をお願いします」とある。</p>'),
    ).toEqual([]);
  });
});

describe('a shorter inline quotation whose sentence gives it to an outlet', () => {
  it('is found when a known or outlet-shaped newsroom is the speaker', () => {
    const [known] = quotesOf(
      '<p>The buyer is a logistics group, and Reuters described the sale as “part of a wider push into regional warehousing,” so no homes.</p>',
    );
    expect(known).toMatchObject({ form: 'inline', outlet: 'Reuters' });
    const [unknown] = quotesOf(
      '<p>The Valley Courier’s editorial board called the scheme “a fire sale dressed up as a regeneration plan,” which is right.</p>',
    );
    expect(unknown).toMatchObject({ form: 'inline', kind: 'outlet', outlet: 'Valley Courier' });
  });
  it('is not found when a person speaks, the outlet is spoken to, or the words are few', () => {
    for (const p of [
      '<p>The mayor called the vote “a sensible step for a town of our size and history,” and left.</p>',
      '<p>As I told the Valley Courier last week, it was “not the plan anyone on our road had asked for,” truly.</p>',
      '<p>Reuters called it “a bold and risky move”, and the shares fell on the news.</p>',
    ])
      expect(quotesOf(p), p).toEqual([]);
  });
});

describe('a pullquote block', () => {
  it('is a passage when its cite names an outlet and it repeats nothing of the post', () => {
    const [q] = quotesOf(
      '<p>Here is the part that worries the skippers most:</p><figure class="wp-block-pullquote"><blockquote><p>Skippers told the paper they would have to land their catch forty minutes up the coast, adding fuel costs the smaller boats could not carry.</p><cite>The Press and Journal</cite></blockquote></figure>',
    );
    expect(q).toMatchObject({ outlet: 'The Press and Journal' });
  });
});

describe('paragraphs wholly inside a <q>', () => {
  const FIRST =
    'The operator has dropped the through ticket to Paris, saying the ferry and rail timetables could not be aligned this year.';
  const SECOND =
    'A spokeswoman said the idea would be revisited once the new ferry berth is complete, not before the end of next year.';

  it('are one run after a sentence that hands over, named by it', () => {
    const quotes = quotesOf(
      `<p>The Irish Times reported on Monday:</p><p><q>${FIRST}</q></p><p><q>${SECOND}</q>.</p>`,
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].form).toBe('block');
    expect(quotes[0].outlet).toBe('The Irish Times');
    expect(quotes[0].text).toMatch(/^The operator has dropped/);
    expect(quotes[0].text).toMatch(/end of next year/);
  });

  it('are no run when the paragraph says more than its <q>, nor when nothing hands over', () => {
    const mixed = quotesOf(
      `<p>The Irish Times reported on Monday:</p><p>In short, <q>${FIRST}</q> Nobody here believes it.</p>`,
    );
    expect(mixed.every((q) => q.form !== 'block')).toBe(true);
    const plain = quotesOf(`<p>The night trains are doing well this winter.</p><p><q>${FIRST}</q></p>`);
    expect(plain.every((q) => q.form !== 'block' && q.outlet === null)).toBe(true);
  });
});

describe('a lone table cell framed all round', () => {
  const cell = (style: string) =>
    `<p>Good news for the moorings at last. Quote:</p><table><tr><td class="alt2" style="${style}"><div>Originally Posted by <strong>The Irish Times</strong></div><div style="font-style:italic">The harbour company will begin dredging the approach channel in March, removing about 40,000 cubic metres of silt.</div></td></tr></table><p>Six weeks in March means the channel is clear for the first of the season, which is more than we could say last year.</p>`;

  it('is a box set apart, its "Originally Posted by" line naming the outlet', () => {
    const [q] = quotesOf(cell('border:1px inset'));
    expect(q.form).toBe('block');
    expect(q.outlet).toBe('The Irish Times');
  });

  it('is no box when only its width is styled', () => {
    expect(quotesOf(cell('width:100%'))).toEqual([]);
  });
});

describe('a box set apart that holds most of the post', () => {
  const LONG =
    '<p>The city council will introduce bus lanes in both directions on the quays from March, removing one lane of general traffic.</p><p>Council engineers said journey times for the four busiest routes had risen by a third over three years.</p>';
  const postOf = (body: string) => {
    const doc = document.implementation.createHTMLDocument('Quayside Links');
    doc.body.innerHTML = `<article><h1>Bus lanes</h1>${body}</article>`;
    return analyzePage(doc, { url: 'https://quayside.example/post', outlets: defaultOutlets }).report.quotes;
  };

  it('is a passage when a line hands over to it with a colon', () => {
    const [q] = postOf(
      `<p>The Irish Times reported on Monday:</p><div class="news-quote">${LONG}</div><p>About time.</p>`,
    );
    expect(q.outlet).toBe('The Irish Times');
  });

  it('is the post itself when only the title is above it (a quote-format post’s wrapper)', () => {
    expect(postOf(`<div class="entry-content quote-content">${LONG}</div><p>About time.</p>`)).toEqual([]);
  });
});

describe('paragraphs quoted with ">"', () => {
  const line =
    '<p>&gt; The authority says the two busiest night routes will keep their half-hourly service all winter.</p>';
  it('are one passage, the lead-in above naming its source', () => {
    const quotes = quotesOf(
      `<p>Reuters had the numbers this morning:</p>${line}<p>&gt; The quieter routes will drop to hourly buses.</p><p>Fine by me.</p>`,
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toMatch(/^> The authority says[\s\S]*hourly buses\.$/);
    expect(quotes[0].outlet).toBe('Reuters');
  });

  it('need no lead-in, but no ">>" line nor a short line is one', () => {
    expect(quotesOf(`<p>Some background first, at a little length.</p>${line}`)).toHaveLength(1);
    expect(quotesOf('<p>&gt;&gt; an older quote inside a quote, two levels deep, says this.</p>')).toEqual(
      [],
    );
    expect(quotesOf('<p>&gt; yes</p>')).toEqual([]);
  });
});

describe('an italic paragraph after a sentence saying an outlet asked someone', () => {
  const italic =
    '<p><em>I have driven the night route for eleven years, and the last bus is always full of people who have just finished a shift.</em></p>';
  it('is the answer the outlet carried, with or without a colon', () => {
    for (const lead of ['Reuters asked one of the drivers what he made of it.', 'Reuters asked a driver:']) {
      const [q] = quotesOf(`<p>${lead}</p>${italic}`);
      expect(q?.outlet, lead).toBe('Reuters');
    }
  });
  it('is no passage when the one asking is nobody’s newsroom', () => {
    expect(quotesOf(`<p>My neighbour asked one of the drivers what he made of it.</p>${italic}`)).toEqual([]);
  });
});

describe('a programme’s name between the outlet’s and the words saying it reported', () => {
  const italic =
    '<p><em>We had two hundred bales on the flat and the water took every one of them, and the ones we found are mould right through.</em></p>';
  it('reads the reporting words past it', () => {
    const [q] = quotesOf(`<p>ABC Landline spoke to a grower a few kilometres downstream.</p>${italic}`);
    expect(q?.outlet).toBe('ABC News');
  });
  it('is no hand-over when no reporting word follows the programme', () => {
    expect(quotesOf(`<p>ABC Landline is on at noon on Sundays.</p>${italic}`)).toEqual([]);
  });
});

describe('italic or quoted paragraphs after a newsroom’s reporter met someone', () => {
  const italic =
    '<p><em>We finish at eleven, we hand over, we get our coats, and by then the last bus has been gone for twenty minutes.</em></p>';
  it('are the outlet’s passage even when the sentence ends with a full stop', () => {
    const [q] = quotesOf(
      `<p>The Fenwick Courier’s night reporter caught a nurse coming off her shift, and she was blunt.</p>${italic}`,
    );
    expect(q?.outlet).toBe('Fenwick Courier');
    expect(q?.text).toMatch(/^We finish at eleven/);
  });
  it('name the known outlet, not a place after its possessive', () => {
    const [q] = quotesOf(
      `<p>Reuters’ Lisbon correspondent spoke to a fisherman on the quay, who was not hopeful.</p><p>“They moved the auction to the morning and cut the night boats, so now we land at dawn and sell at noon.”</p>`,
    );
    expect(q?.outlet).toBe('Reuters');
  });
  it('are no passage after a sentence where nobody’s reporter met anyone', () => {
    const quotes = quotesOf(
      `<p>The Fenwick Courier’s night edition went to press late, and it was thin.</p>${italic}`,
    );
    expect(quotes).toHaveLength(0);
  });
});

describe('a link post: a title linking to a story, its body opening on the story’s words', () => {
  const STORY =
    '“The authority will keep the two busiest night routes at a bus every half hour through the winter, and cut the three quieter ones to one an hour.”';
  function linkPost(href: string, body: string): QuoteReport[] {
    const doc = document.implementation.createHTMLDocument('Last Stop Notes');
    doc.body.innerHTML = `<article><h2><a href="${href}">Night buses cut on three routes</a></h2><p>${body}</p><p>Three routes, one bus an hour, in January. I will be walking home.</p></article>`;
    return analyzePage(doc, { url: 'https://laststop.example/', outlets: defaultOutlets }).report.quotes;
  }
  it('is a passage of the site the title links to, when the table knows it', () => {
    const [q] = linkPost('https://www.theguardian.com/uk-news/2026/dec/04/night-buses', STORY);
    expect(q?.text).toMatch(/^“?The authority will keep/);
    expect(q?.outlet).toBe('The Guardian');
  });
  it('finds nothing when the body is the blogger’s own, or the title links to an unknown site', () => {
    expect(
      linkPost(
        'https://www.theguardian.com/uk-news/2026/dec/04/night-buses',
        'I will keep this short: the night routes are being cut, and nobody asked the people who ride them.',
      ),
    ).toEqual([]);
    expect(linkPost('https://laststop.example/2026/12/night-buses', STORY)).toEqual([]);
  });
});

describe('quoted paragraphs, the first left open and the last closing', () => {
  const run =
    '<p>“The authority says the two busiest night routes will keep their half-hourly service through the winter.</p><p>The three quieter routes will drop to one bus an hour from January.”</p>';
  it('are one run, credited by the line under the closing one', () => {
    const [q] = quotesOf(`<p>The review was long.</p>${run}<p>(Estuary Radio, Nov. 23)</p>`);
    expect(q.text).toMatch(/one bus an hour/);
    expect(q.outlet).toBe('Estuary Radio');
  });
  it('are no passage without a credit or a lead-in', () => {
    expect(quotesOf(`<p>The review was long.</p>${run}<p>We shall see.</p>`)).toEqual([]);
  });
});

describe('a dateline opening an italic or quoted paragraph', () => {
  const text =
    'The authority says the two busiest night routes will keep their half-hourly service through the winter.';
  it("is the agency's copy after a sentence naming no one", () => {
    expect(
      quotesOf(`<p>The review was long.</p><p><em>PORT ELLIS, 27 NOV (AP) – ${text}</em></p>`)[0]?.outlet,
    ).toBe('Associated Press');
    expect(quotesOf(`<p>The review was long.</p><p>“PORT ELLIS (AP) — ${text}”</p>`)[0]?.outlet).toBe(
      'Associated Press',
    );
  });
  it('sets apart no italic paragraph opening on a place alone', () => {
    expect(quotesOf(`<p>The review was long.</p><p><em>PORT ELLIS – ${text}</em></p>`)).toEqual([]);
  });
});

describe('italic paragraphs signed in italics', () => {
  const letter =
    '<p><em>We moved here for the quiet and now the depot runs its night buses past the window every twenty minutes.</em></p>';
  it("are a person's letter, with no lead-in", () => {
    const [q] = quotesOf(
      `<p>The post bag was heavier than usual.</p>${letter}<p><em>Jean Morrow, Kilbride</em></p>`,
    );
    expect(q?.text).toMatch(/Jean Morrow/);
    expect(q?.kind).toBe('person');
  });
  it('are no passage under a place and a month', () => {
    expect(
      quotesOf(`<p>The post bag was heavier than usual.</p>${letter}<p><em>Port Ellis, December</em></p>`),
    ).toEqual([]);
  });
});

describe('a short paragraph wholly in quotation marks', () => {
  it('is a passage of two sentences after a sentence handing over', () => {
    const quotes = quotesOf(
      '<p>My neighbour did the sums with me over the fence:</p><p>“That’s another twenty-six quid a week. More than the gas, that.”</p>',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      '“That’s another twenty-six quid a week. More than the gas, that.”',
    ]);
  });
  it('is none of one sentence, or without a sentence handing over', () => {
    expect(
      quotesOf(
        '<p>My neighbour said it best over the fence:</p><p>“Another twenty-six quid a week for the bus, that is.”</p>',
      ),
    ).toEqual([]);
    expect(
      quotesOf(
        '<p>My neighbour was out in the garden again.</p><p>“That’s another twenty-six quid a week. More than the gas.”</p>',
      ),
    ).toEqual([]);
  });
});

describe('a shaded box after a sentence handing over someone’s message', () => {
  const box =
    '<div style="border:1px solid #bbb;background:#f4f4f4;padding:10px">Je prends le car tous les matins pour aller travailler au port, et il est souvent en retard.</div>';
  it('is that person’s passage', () => {
    const quotes = quotesOf(
      `<p>Une lectrice de Morlaix nous a écrit, et nous publions son message :</p>${box}`,
    );
    expect(quotes.map((q) => q.kind)).toEqual(['person']);
  });
  it('is none after a sentence that names no one’s text', () => {
    expect(quotesOf(`<p>Voici ce qu’il faut retenir :</p>${box}`)).toEqual([]);
    expect(quotesOf(`<p>Before the vote, here is my note:</p>${box}`)).toEqual([]);
  });
});

describe('an italic run of paragraphs whose last is short', () => {
  const run =
    '<p>And on the replacement service:</p><p><em>The operator said the replacement buses would leave the quay every fifteen minutes at peak times until the end of January.</em></p>';
  it('keeps a closing sentence in italics, and so reaches the credit under it', () => {
    for (const credit of ['(Source: Reuters)', '— Reuters']) {
      const [q] = quotesOf(
        `${run}<p><em>Season ticket holders will not pay extra, it said.</em></p><p>${credit}</p>`,
      );
      expect(q.text).toMatch(/it said\.$/);
      expect(q.outlet).toBe('Reuters');
    }
  });

  it('names an outlet the table lacks by the domain its credit gives', () => {
    const [q] = quotesOf(
      `${run}<p><em>Season ticket holders will not pay extra, it said.</em></p><p>(Quelle: quaysidepost.co.uk)</p>`,
    );
    expect(q.outlet).toBe('quaysidepost.co.uk');
  });

  it('keeps a short closing paragraph in quotation marks other than English ones', () => {
    const [q] = quotesOf(
      '<p>Sur les nouveaux horaires :</p><p>« Les traversées du matin partiront un quart d’heure plus tôt à partir du premier février, a indiqué la communauté de communes lundi. »</p><p>« Les abonnés ne paieront rien de plus, précise-t-elle. »</p><p>(Source : Reuters)</p>',
    );
    expect(q.text).toMatch(/précise-t-elle\. »$/);
    expect(q.outlet).toBe('Reuters');
  });

  it('leaves a short paragraph closed in English marks a quotation of its own', () => {
    const quotes = quotesOf(
      '<p>On the new times:</p><p>“The morning crossings will leave a quarter of an hour earlier from the first of February, the council confirmed.”</p><p>“Season ticket holders will not pay more, it said.”</p>',
    );
    expect(quotes[0].text).toMatch(/the council confirmed\.”$/);
  });

  it('ends before a signature, a credit in brackets, an aside or a labelled note in italics', () => {
    for (const after of [
      'Tom Ashby, Marshfield',
      '(Source: Reuters)',
      'Emphasis mine.',
      'Update: the operator has since added two early buses.',
    ]) {
      const [q] = quotesOf(`${run}<p><em>${after}</em></p>`);
      expect(q.text).toMatch(/end of January\.$/);
    }
  });
});

describe('a quotation split by who said it (resumedAfterTag)', () => {
  it('reads a speech tag between two parts of one quotation as the same quotation going on', () => {
    expect(resumedAfterTag(' a rider at the depot told the station. “Nobody tells us anything.”', '”')).toBe(
      true,
    );
    expect(resumedAfterTag(' she said. "It will be fine."', '"')).toBe(true);
  });
  it('leaves prose with quotations in it as prose', () => {
    expect(resumedAfterTag(' she said, and went back to the counter.', '”')).toBe(false);
    expect(resumedAfterTag(' she said. “Fine,” he replied, and left.', '”')).toBe(false);
    expect(resumedAfterTag(' is doing a lot of work in that sentence. “Later” too.', '”')).toBe(false);
  });
  it('makes such a paragraph after a lead-in one passage of the outlet the lead-in names', () => {
    const [q] = quotesOf(
      '<p>Per WTOP:</p><p>“The night buses used to be the reliable ones,” a cleaner at the depot told the station. “Now I check the app three times before I leave the house.”</p>',
    );
    expect(q.text).toMatch(/^“The night buses/);
    expect(q.outlet).toBe('WTOP');
  });
});

describe('a paragraph wholly in quotation marks after the writer asks someone for their view', () => {
  const answer =
    '<p>“The timetable can say what it likes. I have walked this road to the depot every morning for thirty years.”</p>';
  it.each([
    'I asked Mr. Abernethy, who has run the kiosk by the depot since it opened, what he made of it.',
    'We asked the conductor how long the detour would last.',
    'I finally asked Dr. Okoro whether she would still take the early bus.',
    "J'ai demandé au kiosquier ce qu'il en pensait.",
    'Le pregunté al chofer qué opinaba.',
    'Ich habe den Fahrer gefragt, was er davon hält.',
    'Ho chiesto al bigliettaio cosa ne pensava.',
  ])('is the answer, someone’s words: %s', (lead) => {
    const quotes = quotesOf(`<p>${lead}</p>${answer}`);
    expect(quotes.map((q) => [q.text.slice(0, 16), q.kind])).toEqual([['“The timetable c', 'person']]);
  });
  it.each([
    'I asked for a timetable at the window and got a leaflet.',
    'Nobody asked what the drivers thought of the new routes.',
    'I asked around, but the kiosk was closed.',
  ])('is no passage after a sentence that hands nothing over: %s', (lead) => {
    expect(quotesOf(`<p>${lead}</p>${answer}`)).toEqual([]);
  });
});
