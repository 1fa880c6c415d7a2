// The quick look (utils/highlight/quick-look.ts), the first look's first stage on every page: a sure yes, a maybe
// for the pre-check to decide, or a no that the pre-check would never have turned into a yes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import leadInWords from '../../utils/analysis/data/lead-in-words.json';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import { quickLook } from '../../utils/highlight/quick-look';

function docWith(body: string, url?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  if (url) Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

const PLAIN = '<p>The harbour committee met on Tuesday to discuss the dredging schedule.</p>';

describe('quickLook', () => {
  it('says yes to quotation elements, social embeds and what the pre-check takes on sight', () => {
    expect(quickLook(docWith('<p>Intro:</p><blockquote><p>Quoted.</p></blockquote>'))).toBe('yes');
    expect(quickLook(docWith('<p>He said <q>no</q>.</p>'))).toBe('yes');
    expect(quickLook(docWith('<div class="bluesky-embed">post</div>'))).toBe('yes');
    expect(quickLook(docWith('<p>> The ferry will stop on Sundays from next month.</p>'))).toBe('yes');
    expect(quickLook(docWith('<p>The figures:</p><p>Arrivals 12<br>Departures 9<br>Delays 3</p>'))).toBe(
      'yes',
    );
  });

  it('says no to plain pages, their scripts, styles and links on the site', () => {
    expect(quickLook(docWith(PLAIN.repeat(200)))).toBe('no');
    expect(
      quickLook(
        docWith(
          `<script>window.data={"title":"Minutes"}</script><style>p{}</style>${PLAIN}<p><a href="https://harbour.example/minutes-of-the-committee">Minutes of the harbour committee</a></p>`,
          'https://harbour.example/today',
        ),
      ),
    ).toBe('no');
    // A classed element after the article, and short classed lines after paragraphs.
    expect(quickLook(docWith(`<article>${PLAIN}${PLAIN}</article><aside class="related">More</aside>`))).toBe(
      'no',
    );
  });

  it('says maybe where one of the pre-check’s tests has something to read', () => {
    const maybe = [
      '<p>The minister said “the talks are over”.</p>',
      `${PLAIN}<p><em>The ferry will stop.</em></p>`,
      `${PLAIN}<p>– Vi har inte råd, säger hon.</p>`,
      `<p>Politiken skriver i dag, at</p><p>regeringen vil sænke skatten.</p>`,
      `<p>Reuters has it.</p><div class="clip">One</div><p>AP has it.</p><div class="clip">Two</div>`,
      `${PLAIN}<div style="margin-left: 40px">The ferry stops.</div>`,
      `<div role="tabpanel">Financial Times</div>`,
      '<div><cite>Harbour Ledger:</cite></div><div><cite>Ferry News:</cite></div>',
      '<div>Reuters has the story:<br>The ferry stops on Sundays.<br>-- The Oregonian</div>',
    ];
    for (const body of maybe) expect(quickLook(docWith(body)), body).toBe('maybe');
    const offSite = (n: number) =>
      `<p><a href="https://other${n}.example/story">A headline of the ferry timetable changes</a></p>`;
    expect(quickLook(docWith(offSite(1) + offSite(2), 'https://harbour.example/'))).toBe('maybe');
    expect(quickLook(docWith(offSite(1), 'https://harbour.example/'))).toBe('no');
  });

  it('reads every word the pre-check breaks off on as ending on a letter or a mark (a maybe), whatever the data', () => {
    const endsOnWord = /[\p{L}\p{M}]$/u;
    const words = Object.values(leadInWords.that as Record<string, string[]>).flat();
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((word) => !endsOnWord.test(word))).toEqual([]);
  });
});

/** The fixture folders the pre-check must let through as it does (never the blind sets). */
const FOLDERS = [
  'tests/fixtures/seed',
  'tests/fixtures/pages',
  'tests/fixtures/patterns',
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16].map((n) => `tests/fixtures/pages-heldout-${n}`),
];

describe('the quick look and the pre-check agree', () => {
  it('says no to no page the pre-check lets through, and yes to none it stops', async () => {
    const { parseHtml } = await import('../../cli/parse');
    const wrong: string[] = [];
    const verdicts = { yes: 0, maybe: 0, no: 0 };
    for (const folder of FOLDERS.filter((f) => existsSync(f)))
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.html'))) {
        const page = parseHtml(readFileSync(join(folder, file), 'utf8'), null);
        try {
          const quick = quickLook(page.document);
          const full = mayHoldQuotes(page.document);
          verdicts[quick]++;
          if ((quick === 'no' && full) || (quick === 'yes' && !full))
            wrong.push(`${folder}/${file}: ${quick}`);
        } finally {
          await page.close();
        }
      }
    expect(wrong).toEqual([]);
    expect(verdicts.yes + verdicts.maybe).toBeGreaterThan(100);
  }, 240_000);
});

describe('holdsText', () => {
  it('says whether an element’s text runs to so many characters, as its textContent would', async () => {
    const { holdsText } = await import('../../utils/highlight/quick-look');
    const doc = docWith('<div id="a">ab<span>cd<b></b><i>ef</i></span><!-- a comment -->g</div>');
    const el = doc.getElementById('a') as Element;
    expect(el.textContent?.length).toBe(7);
    expect(holdsText(el, 7)).toBe(true);
    expect(holdsText(el, 8)).toBe(false);
    expect(holdsText(doc.createElement('p'), 1)).toBe(false);
  });
});

describe('mayBeLowerCase', () => {
  it('takes every lower-case letter, of any script, and no capital that has a lower case', async () => {
    const { mayBeLowerCase } = await import('../../utils/highlight/quick-look');
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
