// The cheap first look: pages that might quote something go on to analysis, the rest stop here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import cues from '../../utils/analysis/data/lead-in-cues.json';
import leadInWords from '../../utils/analysis/data/lead-in-words.json';
import { HANDS_OVER, INTRODUCES } from '../../utils/analysis/set-apart';
import {
  BOX_CANDIDATES,
  hasIntroducedQuote,
  MAX_MARKS,
  MAX_PARAGRAPH_CHARS,
  mayHoldQuotes,
} from '../../utils/highlight/precheck';

function docWith(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

describe('mayHoldQuotes', () => {
  it('says yes to a quote template’s cell between its quotation marks, and no to a plain table', () => {
    const row = (a: string, c: string) =>
      `<table><tr><td>${a}</td><td>We went alongside nine times and never once thought we would lose one.</td><td>${c}</td></tr></table>`;
    expect(mayHoldQuotes(docWith(row('“', '”')))).toBe(true);
    expect(mayHoldQuotes(docWith(row('1953', 'Providence')))).toBe(false);
  });

  it('says yes to a coverage row of three cells, a name, a date and the passage', () => {
    const passage =
      'A Dutch marine contractor won the three-year maintenance dredging contract for the port.';
    expect(
      mayHoldQuotes(
        docWith(`<table><tr><td>Harbour Beat</td><td>4 Dec</td><td>${passage}</td></tr></table>`),
      ),
    ).toBe(true);
  });

  it('says yes to a shaded box alone in its cell with a credit in the row under it, and no without one', () => {
    const page = (under: string) =>
      `<table><tbody><tr><td><div style="background:#eee;padding:12px">Fuel prices in the port rose for a third week as two refineries stopped for repairs and suppliers quoted later dates.</div></td></tr><tr><td><div>${under}</div></td></tr></tbody></table>`;
    expect(mayHoldQuotes(docWith(page('— via Reuters')))).toBe(true);
    expect(mayHoldQuotes(docWith(page('Nothing new on the locks this week.')))).toBe(false);
  });

  it('says yes to quotation elements and social embeds', () => {
    expect(mayHoldQuotes(docWith('<p>Intro:</p><blockquote><p>Quoted.</p></blockquote>'))).toBe(true);
    expect(mayHoldQuotes(docWith('<p>He said <q>no</q>.</p>'))).toBe(true);
    expect(mayHoldQuotes(docWith('<div class="bluesky-embed">post</div>'))).toBe(true);
    expect(mayHoldQuotes(docWith('<div class="twitter-tweet">post</div>'))).toBe(true);
  });

  it('says yes to a quotation introduced by a colon or a reporting verb', () => {
    expect(
      mayHoldQuotes(docWith('<p>Last week, we said the following: “In case it wasn’t clear…”</p>')),
    ).toBe(true);
    expect(mayHoldQuotes(docWith('<p>The minister said on Monday that “the talks are over”.</p>'))).toBe(
      true,
    );
    expect(mayHoldQuotes(docWith('<p>Reuters reported: "Talks broke down overnight."</p>'))).toBe(true);
  });

  it('says yes to passages set apart without a blockquote', () => {
    // An old forum's quote: a lone cell framed all round under "Quote:".
    expect(
      mayHoldQuotes(
        docWith(
          '<div>Quote:</div><table><tr><td style="border:1px inset">The ferry will stop on Sundays from next month.</td></tr></table>',
        ),
      ),
    ).toBe(true);
    const lead = '<p>The Harbour Ledger reported:</p>';
    expect(mayHoldQuotes(docWith(`${lead}<p><em>The ferry will stop on Sundays.</em></p>`))).toBe(true);
    expect(mayHoldQuotes(docWith(`${lead}<dl><dd>The ferry will stop on Sundays.</dd></dl>`))).toBe(true);
    expect(mayHoldQuotes(docWith(`${lead}<div style="margin-left: 40px">The ferry stops.</div>`))).toBe(true);
    // Old editors put the lead-in in the same element, a <br> between it and the box.
    expect(
      mayHoldQuotes(
        docWith('<div>Reuters has the story:<br><div style="margin-left: 40px">The ferry stops.</div></div>'),
      ),
    ).toBe(true);
    expect(
      mayHoldQuotes(
        docWith(
          `<table><tr><td>Reuters reported:</td></tr><tr><td style="border-left: 3px solid #ccc">The ferry stops.</td></tr></table>`,
        ),
      ),
    ).toBe(true);
    expect(
      mayHoldQuotes(docWith('<p>Le Monde écrit :</p><p>« Le ferry ne circulera plus le dimanche. »</p>')),
    ).toBe(true);
    expect(
      mayHoldQuotes(docWith('<div>Reuters reported:<br><br>“Talks broke down overnight.”<br></div>')),
    ).toBe(true);
    // Italics that no colon introduces, and an ordinary page, stay out.
    expect(mayHoldQuotes(docWith('<p>Minutes.</p><p><em>Editor’s note</em> follows.</p>'))).toBe(false);
    expect(mayHoldQuotes(docWith('<div style="margin: 0 auto"><p>Just words.</p></div>'))).toBe(false);
    // A box set apart by style that nothing introduces is layout, as the analyser reads it.
    expect(
      mayHoldQuotes(docWith('<p>Opening hours.</p><div style="margin-left: 40px">Mon to Fri.</div>')),
    ).toBe(false);
    expect(mayHoldQuotes(docWith('<dl><dt>Phone</dt><dd>555 0100</dd></dl>'))).toBe(false);
  });

  it('says yes to passages introduced or credited without a colon, as the analyser reads them', () => {
    // A sentence in which someone reports, ended by a full stop, before a paragraph in quotation marks.
    expect(
      mayHoldQuotes(
        docWith(
          '<p>Ouest-France rapporte ce matin que la criée pourrait fermer.</p><p>« Faute de bateaux, la vente du lundi serait supprimée. »</p>',
        ),
      ),
    ).toBe(true);
    // The same before a paragraph in italics, and a sentence in which someone asks.
    const italic = '<p><em>Faute de bateaux, la vente du lundi serait supprimée.</em></p>';
    expect(
      mayHoldQuotes(docWith(`<p>Ouest-France rapporte ce matin que la criée pourrait fermer.</p>${italic}`)),
    ).toBe(true);
    expect(mayHoldQuotes(docWith(`<p>The Herald asked a skipper what he made of it.</p>${italic}`))).toBe(
      true,
    );
    expect(
      mayHoldQuotes(docWith(`<p>The Herald asked a skipper what he made of it.</p><p>Plain words.</p>`)),
    ).toBe(false);
    // A quote post: a paragraph in quotation marks (or italics) over a dash line crediting it.
    const credit = '<p>— <a href="https://www.example.com/ferry">Ferry cuts</a></p>';
    expect(mayHoldQuotes(docWith(`<p>“The ferry will stop on Sundays.”</p>${credit}`))).toBe(true);
    expect(mayHoldQuotes(docWith(`<p><em>The ferry will stop on Sundays.</em></p>${credit}`))).toBe(true);
    // A paragraph ending on its citation before an indented box.
    expect(
      mayHoldQuotes(
        docWith(
          '<p>Worth a look. <i>Via</i> <a href="https://harbour.example/">Harbour Ledger</a></p><div style="margin-left: 2em">The ferry stops.</div>',
        ),
      ),
    ).toBe(true);
    // A row of a coverage table: the passage's cell, its source's cell after it (or before).
    const words =
      'The operator will run two crossings a day instead of four from January, citing a shortage of engineers.';
    expect(mayHoldQuotes(docWith(`<table><tr><td>${words}</td><td>KelpFM</td></tr></table>`))).toBe(true);
    expect(mayHoldQuotes(docWith(`<table><tr><td>KelpFM</td><td>${words}</td></tr></table>`))).toBe(true);
    // The same shapes without the quotation, the credit or the citation stay out.
    expect(
      mayHoldQuotes(docWith('<p>The Herald reports that the ferry stops.</p><p>Good riddance.</p>')),
    ).toBe(false);
    expect(mayHoldQuotes(docWith('<p>The ferry will stop on Sundays.</p><p>— Ferry cuts</p>'))).toBe(false);
    expect(
      mayHoldQuotes(docWith('<p>Worth a look, that one.</p><div style="margin-left: 2em">Mon to Fri.</div>')),
    ).toBe(false);
  });

  it('says yes to a figure showing words beside its caption, and no to a picture’s caption', () => {
    const words =
      'NOTICE TO ALL EMPLOYEES. The mill will close at noon on Saturday for the annual inspection of the boilers.';
    expect(
      mayHoldQuotes(
        docWith(`<figure><p>${words}</p><figcaption>Pinned in the yard, 1982.</figcaption></figure>`),
      ),
    ).toBe(true);
    expect(
      mayHoldQuotes(
        docWith(
          '<figure><img src="mill.jpg" alt=""><figcaption>The mill yard in 1982.</figcaption></figure>',
        ),
      ),
    ).toBe(false);
  });

  it('says yes to a paragraph ending in a colon before a quotation in the next one', () => {
    expect(mayHoldQuotes(docWith('<p>Reuters reported:</p><p>“Talks broke down overnight.”</p>'))).toBe(true);
    expect(mayHoldQuotes(docWith('<p>Minutes.</p><p>“Reform” is a big word.</p>'))).toBe(false);
  });

  it('says yes to a news river of cited headlines over excerpts, and no to a link blog', () => {
    const excerpt =
      'The operator told members on Monday that the auction would move to September, after a court ruling.';
    const item = (cite: string) =>
      `<div>${cite}<b><a href="https://www.reuters.com/business/story-1">Grid operator delays its capacity auction by six months</a></b><div>${excerpt}</div></div>`;
    const river = item('<div><cite>Hannah Oduya / Reuters:</cite></div>').repeat(2);
    expect(mayHoldQuotes(docWith(river))).toBe(true);
    // Without source lines the same headlines and words are a link blog's comments.
    expect(mayHoldQuotes(docWith(item('').repeat(2)))).toBe(false);
    // One item is no river.
    expect(mayHoldQuotes(docWith(item('<div><cite>Reuters:</cite></div>')))).toBe(false);
  });

  it('says yes to two boxes of one class, each after a paragraph handing over to it', () => {
    const words = 'Terminal operators say most of the crane contracts assumed flat steel prices last year.';
    const row = (lead: string) =>
      `<tr><td><p>${lead}</p></td></tr><tr><td class="q7"><p>${words}</p></td></tr>`;
    expect(mayHoldQuotes(docWith(`<table>${row('Reuters reports:')}${row('A reader wrote:')}</table>`))).toBe(
      true,
    );
    expect(
      mayHoldQuotes(docWith(`<table>${row('Reuters reports:')}${row('Then the ferries.')}</table>`)),
    ).toBe(false);
  });

  it('says no to plain pages, scare quotes and JSON in scripts', () => {
    expect(
      mayHoldQuotes(docWith('<p>Minutes of the harbour committee.</p><p>Dredging resumes in May.</p>')),
    ).toBe(false);
    expect(mayHoldQuotes(docWith('<p>The so-called “reform” changed nothing.</p>'))).toBe(false);
    expect(
      mayHoldQuotes(docWith('<script>window.data={"title":"Minutes","tags":["a","b"]}</script><p>Hi.</p>')),
    ).toBe(false);
  });

  it('answers for the repository fixtures as the analysis would', () => {
    const read = (path: string) => {
      const doc = document.implementation.createHTMLDocument('t');
      doc.documentElement.innerHTML = readFileSync(join(__dirname, '../fixtures', path), 'utf8');
      return doc;
    };
    expect(mayHoldQuotes(read('seed/seed-original.html'))).toBe(true);
    expect(mayHoldQuotes(read('seed/seed-syndicated.html'))).toBe(true);
    expect(mayHoldQuotes(read('pages/inline-curly-quote-leadin.html'))).toBe(true);
    expect(mayHoldQuotes(read('pages/trap-empty-article.html'))).toBe(false);
  });

  it('says yes to a numbered paragraph quoted after a colon, the number between', () => {
    expect(hasIntroducedQuote('JP 2019-087321 A states: [0004] “The ramp is heated.”')).toBe(true);
    expect(hasIntroducedQuote('The decision is blunt: ¶ 23 “The lane is narrow.”')).toBe(true);
    expect(hasIntroducedQuote('Table 3 [0004] “The ramp is heated.”')).toBe(false);
  });

  it('gives up (yes) on a page with too many quotation marks to look at', () => {
    expect(hasIntroducedQuote('x "y" '.repeat(MAX_MARKS))).toBe(true);
    expect(hasIntroducedQuote('x "y" '.repeat(100))).toBe(false);
  });
});

describe('mayHoldQuotes on passages under a credit of their own kind', () => {
  const long =
    'The operator said the overnight service would run six nights a week through the winter for the first time.';
  it('lets through an italic paragraph under a line citing a piece', () => {
    expect(
      mayHoldQuotes(
        docWith(`<p><b>The Guardian: Night sleeper to run all year</b></p><p><em>${long}</em></p>`),
      ),
    ).toBe(true);
    expect(mayHoldQuotes(docWith(`<p>The sleeper did well this year.</p><p><em>${long}</em></p>`))).toBe(
      false,
    );
  });

  it('lets through a definition list’s long passage under a term naming its source', () => {
    expect(mayHoldQuotes(docWith(`<dl><dt>NTV News</dt><dd>${long}</dd></dl>`))).toBe(true);
    // A glossary's short definitions are no passages.
    expect(mayHoldQuotes(docWith('<dl><dt>Ballast</dt><dd>Weight carried low.</dd></dl>'))).toBe(false);
  });
});

describe('mayHoldQuotes in the languages of lead-in-words.json, from cues and shapes', () => {
  const QUOTED = '<p>“The ferry will stop running on Sundays from next month.”</p>';
  const AFTER_NAME = ['accordingToAfter', 'reportsAfter', 'interviewed', 'toldAfter'] as const;
  const spaced = cues.spaced.split(' ');
  const unspaced = cues.unspaced.split(' ');
  /** Each language's words that follow an outlet's name, with the language's code. */
  const afterName = Object.keys(leadInWords.languages).flatMap((code) =>
    AFTER_NAME.flatMap((slot) =>
      (leadInWords[slot] as Record<string, string[]>)[code].map((word) => ({ code, word })),
    ),
  );

  it('holds the cues lower case, sorted, each once, none the beginning of another', () => {
    expect(cues._doc).toMatch(/accordingToAfter/);
    expect(Object.keys(cues).sort()).toEqual(['_doc', 'spaced', 'unspaced']);
    for (const list of [spaced, unspaced]) {
      expect(list).toEqual([...new Set(list)].sort());
      for (const cue of list) {
        expect(cue).toMatch(/^[\p{L}\p{M}\u200c'’ʼ‘-]+$/u);
        expect(cue).toBe(cue.toLowerCase());
        expect(list.filter((other) => other !== cue && cue.startsWith(other))).toEqual([]);
      }
    }
  });

  it('lets through a sentence with each word that follows a name, ended by a full stop, before a quotation', () => {
    const missed = afterName.filter(({ code, word }) => {
      const unspacedScript = leadInWords.unspaced.includes(code);
      const sentence = unspacedScript || word.startsWith('-') ? `BBC${word}港口。` : `BBC ${word} ferry.`;
      return !mayHoldQuotes(docWith(`<p>${sentence}</p>${QUOTED}`));
    });
    expect(missed).toEqual([]);
    // The same sentence without the word, and the word with the quotation not after it, do not.
    expect(mayHoldQuotes(docWith(`<p>BBC ferry.</p>${QUOTED}`))).toBe(false);
    expect(mayHoldQuotes(docWith(`<p>BBC javlja ferry.</p><p>The ferry will stop.</p>`))).toBe(false);
  });

  it('keeps no cue that no word begins', () => {
    const begins = (cue: string, words: string[]) =>
      words.some((word) => word.startsWith(cue) || word.includes(` ${cue}`) || word.includes(`-${cue}`));
    const words = (unspacedScript: boolean) =>
      afterName
        .filter(({ code }) => leadInWords.unspaced.includes(code) === unspacedScript)
        .map((w) => w.word);
    expect(spaced.filter((cue) => !begins(cue, words(false)))).toEqual([]);
    expect(unspaced.filter((cue) => !words(true).some((word) => word.includes(cue)))).toEqual([]);
  });

  it('lets through a credit line of any language’s label with its colon, under a box or closing the line before it', () => {
    const box = '<div style="border-left: 3px solid #ccc">The ferry will stop running on Sundays.</div>';
    const labels = Object.values(leadInWords.sourceLabels as Record<string, string[]>).flat();
    const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
    expect(
      labels.filter(
        (label) => !mayHoldQuotes(docWith(`<p>Hours.</p>${box}<p>${capital(label)}: Index.hr</p>`)),
      ),
    ).toEqual([]);
    expect(
      labels.filter((label) => !mayHoldQuotes(docWith(`<p>Hours. ${capital(label)}: Novi List</p>${box}`))),
    ).toEqual([]);
    expect(mayHoldQuotes(docWith(`<p>Hours.</p>${box}<p>（注：数字为估算）</p>`))).toBe(true);
    // A label without its colon is a name ("Vir Das"), and no credit.
    expect(mayHoldQuotes(docWith(`<p>Hours.</p>${box}<p>Vir Das</p>`))).toBe(false);
    expect(mayHoldQuotes(docWith(`<p>Hours. Vir Das</p>${box}`))).toBe(false);
  });
});

describe('mayHoldQuotes reads paragraphs, not scripts', () => {
  it('ignores quotation-like text in scripts and styles', () => {
    const page = docWith(
      `<p>Minutes of the harbour committee.</p><script>var s = 'Reuters reported: "Talks broke down overnight in Geneva"';</script>`,
    );
    expect(mayHoldQuotes(page)).toBe(false);
  });
});

/** The pre-check says no to the page without running either hand-over expression. */
function expectNoHandOverTest(doc: Document): void {
  const introduces = vi.spyOn(INTRODUCES, 'test');
  const handsOver = vi.spyOn(HANDS_OVER, 'test');
  try {
    expect(mayHoldQuotes(doc)).toBe(false);
    expect(introduces).not.toHaveBeenCalled();
    expect(handsOver).not.toHaveBeenCalled();
  } finally {
    introduces.mockRestore();
    handsOver.mockRestore();
  }
}

describe('mayHoldQuotes on a page of plain paragraphs', () => {
  it('runs no hand-over test on a paragraph unless its neighbour could make it count', () => {
    const paragraph =
      '<p>The harbour committee met on Tuesday to discuss the dredging schedule, and agreed to publish it.</p>';
    expectNoHandOverTest(docWith(`<article><h1>Minutes</h1>${paragraph.repeat(200)}</article>`));
  });

  it('runs no hand-over test on a paragraph followed by a short classed line (a teaser card’s date)', () => {
    const card = (i: number) =>
      `<div class="card" style="margin: 0 0 16px"><h3><a href="/s${i}">Ferry timetable changes, part ${i}</a></h3><p>The council will review the winter ferry timetable after complaints.</p><span class="meta">4 December</span></div>`;
    expectNoHandOverTest(docWith(`<aside>${Array.from({ length: 30 }, (_, i) => card(i)).join('')}</aside>`));
  });

  it('finds the opening mark of the next paragraph after white space and inside its elements', () => {
    const lead = '<p>The Harbour Ledger has the latest figures.</p>';
    expect(
      mayHoldQuotes(docWith(`${lead}<p> <span>\n <b>“The ferry will stop on Sundays.”</b></span></p>`)),
    ).toBe(true);
    expect(
      mayHoldQuotes(docWith(`${lead}<p> <span>\n <b>The ferry will stop on Sundays.</b></span></p>`)),
    ).toBe(false);
  });
});

describe('mayHoldQuotes on long pages', () => {
  const filler =
    '<p>The harbour committee met on Tuesday to discuss the dredging schedule for the channel.</p>';
  const quoted = '<p>The minister said on Monday that “the talks are over”.</p>';

  it('finds a quotation among the first paragraphs of a long page', () => {
    const page = docWith(filler.repeat(200) + quoted + filler.repeat(5_000));
    expect(mayHoldQuotes(page)).toBe(true);
  });

  it('lets through <br>-lines after a colon that a source label in parentheses credits', () => {
    const lines =
      '<div>The clearest word came from an engineer:<br><br><i>Work on the second bridge can only begin once the land is bought,<br>by the middle of next year.</i><br>';
    expect(mayHoldQuotes(docWith(`${lines}(Sumber: Harian Borneo)<br><br>We shall see.</div>`))).toBe(true);
    // An aside in parentheses is no credit.
    expect(mayHoldQuotes(docWith(`${lines}(emphasis mine)<br><br>We shall see.</div>`))).toBe(false);
  });

  it('stops reading paragraphs once it has read enough of them', () => {
    const before = Math.ceil((MAX_PARAGRAPH_CHARS * 1.2) / filler.length);
    expect(mayHoldQuotes(docWith(filler.repeat(before) + quoted))).toBe(false);
  });
});

describe('paragraphs quoted with ">"', () => {
  it('lets through a paragraph opening ">" as the analyser reads it, and not ">>" nor a short one', () => {
    const line = 'The authority says the night routes keep their half-hourly buses.';
    expect(mayHoldQuotes(docWith(`<p>Fine.</p><p>&gt; ${line}</p>`))).toBe(true);
    expect(mayHoldQuotes(docWith(`<p>&gt;&gt; ${line}</p>`))).toBe(false);
    expect(mayHoldQuotes(docWith('<p>&gt; yes</p>'))).toBe(false);
  });
});

describe('the pre-check and the analyser agree', () => {
  it('lets through every fixture page on which the analyser finds a passage', async () => {
    const { parseHtml } = await import('../../cli/parse');
    const { analyzePage } = await import('../../utils/analysis/analyze');
    const { defaultOutlets } = await import('../../utils/outlets/default-lookup');
    const { readdirSync } = await import('node:fs');
    const missed: string[] = [];
    for (const folder of ['tests/fixtures/seed', 'tests/fixtures/pages', 'tests/fixtures/patterns'])
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.html'))) {
        const page = parseHtml(readFileSync(join(folder, file), 'utf8'), null);
        try {
          const found = analyzePage(page.document, { outlets: defaultOutlets }).report.quotes.length;
          if (found > 0 && !mayHoldQuotes(page.document)) missed.push(`${folder}/${file}`);
        } finally {
          await page.close();
        }
      }
    expect(missed).toEqual([]);
  }, 240_000);
});

describe('mayHoldQuotes on the passages of other languages’ pages', () => {
  it('lets through an inline quotation after a source named with no colon, and not after a plain phrase', () => {
    const inline = (before: string) =>
      `<p>${before} „linia N2 zostanie wydłużona do Fordonu, a w weekendy autobusy będą kursować częściej”. Brzmi dobrze.</p>`;
    expect(mayHoldQuotes(docWith(inline('Najpierw plan. Według Gazety Wyborczej')))).toBe(true);
    expect(mayHoldQuotes(docWith(inline('Najpierw plan. Jak podało TVN24,')))).toBe(true);
    expect(mayHoldQuotes(docWith(inline('Najpierw plan. Na przystanku wisi kartka')))).toBe(false);
  });

  it('lets through a speaker’s dash after a sentence handing over to it, and not after a plain one', () => {
    const reply = '<p>– Vi kan ikke kjøre nesten tomme ferjer sent på kvelden hele vinteren.</p>';
    expect(mayHoldQuotes(docWith(`<p>I morges sa driftssjefen:</p>${reply}`))).toBe(true);
    expect(mayHoldQuotes(docWith(`<p>Vi får se hvordan det går.</p>${reply}`))).toBe(false);
  });

  it('lets through a Tistory fold whose toggle names an article, and not one of the writer’s thoughts', () => {
    const fold = (label: string) =>
      `<p>길어서 접어 둔다.</p><div data-ke-type="moreLess"><a class="btn-toggle-moreless">${label}</a><div class="moreless-content"><p>대구교통공사는 다음 달부터 3호선 출근 시간대 배차 간격을 줄이기로 했다.</p></div></div>`;
    expect(mayHoldQuotes(docWith(fold('한겨레 기사 원문 더보기')))).toBe(true);
    expect(mayHoldQuotes(docWith(fold('내 생각 더보기')))).toBe(false);
  });
});

describe('the candidates for a box set apart', () => {
  // The selectors one by one; BOX_CANDIDATES groups them by what an element must have for any of a group to match.
  const ONE_BY_ONE =
    'dd, pre, td[bgcolor], td[style*="border"], td:nth-child(2):last-child, td:first-child:nth-last-child(2), td:nth-child(2):nth-last-child(2), td:nth-child(3):last-child, td:first-child:nth-last-child(3), [style*="margin"], [style*="padding"], [style*="border-left"], [style*="background"], [class*="quot"], [class*="excerpt"], [class*="extract"], [class*="cited"], [class*="clip"], [class*="source" i], [class*="testimon" i], [class*="callout"], [class*="toggle"], [class*="accordion"], .has-background, details, [data-ke-type="moreLess"]';

  it('are the elements its selectors find one by one, in the same order', () => {
    const row = (cells: number) => `<table><tr>${'<td>cell</td>'.repeat(cells)}</tr></table>`;
    const classes = [
      'quote-box',
      'news-excerpt',
      'extract',
      'cited-text',
      'clipping',
      'Source-Box',
      'TESTIMONIAL',
      'callout',
      'toggle-panel',
      'accordion',
      'wp-block has-background',
      // Not candidates: a class the selectors read in lower case only, and plain ones.
      'Callout',
      'plain',
      '',
    ];
    const doc = docWith(
      [
        '<dl><dt>Term</dt><dd>Definition</dd></dl><pre>wire copy</pre><details><summary>More</summary>Folded</details>',
        '<div data-ke-type="moreLess">Folded</div><div data-ke-type="other">Not folded</div>',
        '<table><tr><td bgcolor="#eee">Shaded</td></tr></table>',
        '<table><tr><td style="border: 1px inset">Framed</td></tr></table>',
        '<table><tr><td style="color: red">Lone</td></tr></table>',
        row(2),
        row(3),
        row(4),
        ...['margin: 0 2em', 'padding: 4px', 'border-left: 3px solid', 'background: #eee', 'color: red'].map(
          (style) => `<div style="${style}">Styled</div>`,
        ),
        ...classes.map((name) => `<div class="${name}"><p>Classed</p></div>`),
      ].join(''),
    );
    const flat = [...doc.body.querySelectorAll(ONE_BY_ONE)];
    // Each selector's elements: dd, pre, details, the fold, two lone cells, the 2 + 3 cells of the short rows,
    // four styles, eleven classes.
    expect(flat).toHaveLength(26);
    expect([...doc.body.querySelectorAll(BOX_CANDIDATES)]).toEqual(flat);
  });
});

describe('the pre-check’s cheap tests before its expressions', () => {
  it('holdsText says whether an element’s text runs to so many characters, as its textContent would', async () => {
    const { holdsText } = await import('../../utils/highlight/precheck');
    const doc = docWith('<div id="a">ab<span>cd<b></b><i>ef</i></span><!-- a comment -->g</div>');
    const el = doc.getElementById('a') as Element;
    expect(el.textContent?.length).toBe(7);
    expect(holdsText(el, 7)).toBe(true);
    expect(holdsText(el, 8)).toBe(false);
    expect(holdsText(doc.createElement('p'), 1)).toBe(false);
  });

  it('mayBeLowerCase takes every lower-case letter, of any script, and no capital that has a lower case', async () => {
    const { mayBeLowerCase } = await import('../../utils/highlight/precheck');
    const lower = /\p{Ll}/u;
    const upper = /\p{Lu}/u;
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (lower.test(c)) expect(mayBeLowerCase(c), c).toBe(true);
      if (upper.test(c) && c.toLowerCase() !== c) expect(mayBeLowerCase(c), c).toBe(false);
    }
    expect(mayBeLowerCase('')).toBe(false);
    expect(mayBeLowerCase('4')).toBe(false);
  });
});

describe('mayHoldQuotes on a wiki talk page', () => {
  it('lets through a reply quoting an editor in the talk-quote template, and not a plain reply', () => {
    const reply = (quoted: string) =>
      `<dl><dd>Agreed. ${quoted} Still true for the seaward section. <a href="/wiki/User:Ed">Ed</a> 18:05, 3 December 2026 (UTC)</dd></dl>`;
    expect(
      mayHoldQuotes(
        docWith(reply('<span class="inline-quote-talk">I don’t think we can say that yet.</span>')),
      ),
    ).toBe(true);
    expect(mayHoldQuotes(docWith(reply('I don’t think we can say that yet.')))).toBe(false);
  });
});

describe('a lone box of the page’s making after a paragraph', () => {
  const box = (before: string, inside: string) =>
    docWith(`<p>${before}</p><div class="stop-card"><p>${inside}</p></div><p>That is all for today.</p>`);
  const closure =
    'From Monday the trams will not call at the quay while the platform is rebuilt; use the stop at the mill.';

  it('lets through one after a sentence ending on a colon', () => {
    expect(mayHoldQuotes(box('The notice in the shelter went up on Tuesday:', closure))).toBe(true);
  });

  it('lets through one opening on a notice’s title in capitals or a label in brackets', () => {
    expect(mayHoldQuotes(box('It went up on Tuesday.', `NOTICE TO PASSENGERS. ${closure}`))).toBe(true);
    expect(mayHoldQuotes(box('Tiistaina se ilmestyi.', `TIEDOTE MATKUSTAJILLE. ${closure}`))).toBe(true);
    expect(mayHoldQuotes(box('화요일에 붙었다.', `[안내] ${closure}`))).toBe(true);
  });

  it('says no for one that opens in running text after a sentence that hands nothing over', () => {
    expect(mayHoldQuotes(box('It went up on Tuesday.', closure))).toBe(false);
    expect(
      mayHoldQuotes(
        docWith(
          `<p>The notice went up:</p><div class="stop-card"><p>Closed.</p><ul><li>${closure}</li></ul></div>`,
        ),
      ),
    ).toBe(false);
  });
});
