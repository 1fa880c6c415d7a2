// The nineteenth held-out set's traps (source-words.ts, lead-in.ts, letter.ts, set-apart.ts, quoted-runs.ts,
// find-article.ts, posts.ts, document-words.ts, own-voice.json): records kept line by line, a log, a rule book, a
// letter someone wrote, a transcription, a footnote after a colon, a short line set apart twice, a story's
// updates, a body's reply, and Zulu and Tajik words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { OTHER_LETTER_FROM_BODY } from '../../utils/analysis/document-words';
import { findArticle } from '../../utils/analysis/find-article';
import { looksLikeTimedLog } from '../../utils/analysis/letter';
import { firstPersonOf } from '../../utils/analysis/own-voice';
import { findPosts } from '../../utils/analysis/posts';
import { INTRODUCES } from '../../utils/analysis/set-apart';
import { BOOK_WORDS, DOCUMENT_WORDS, SELF_REFERENCE } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const kinds = (body: string, lang = 'en') =>
  analyzePage(page(`<article class="post"><h1>A</h1>${body}</article>`, lang), {
    url: 'https://family.example/2026/12/a/',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => `${q.kind}:${q.outlet}`);

const QUOTE =
  '<blockquote><p>The lamp was lit at dusk and trimmed at midnight, and the glass was cleaned before the keeper slept.</p></blockquote>';

describe('records, books and letters (source-words.ts, lead-in.ts)', () => {
  it('reads an official register and a census as documents, a trail’s register or a novel’s title not', () => {
    for (const words of [
      'the parish register',
      'recorded in the register of St Mary’s',
      'The census has them',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
    for (const words of [
      'The trail register in the shelter',
      'The Salt Register by Áine',
      'the final ledger entry',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(false);
    expect(kinds(`<p>The marriage is in the parish register:</p>${QUOTE}`)).toEqual(['document:null']);
  });

  it('reads entries opening on clock times, the writer never speaking of themselves, as a log', () => {
    expect(
      looksLikeTimedLog('11.40 pm. Line tested, clear. 12.15 am. Message from Kirkwall, delayed. Tea.'),
    ).toBe(true);
    expect(looksLikeTimedLog('11.40 pm. I tested the line. 12.15 am. Message from Kirkwall.')).toBe(false);
    expect(looksLikeTimedLog('At 11.40 pm the line was tested and found clear.')).toBe(false);
    expect(
      kinds(
        '<p>The entry for that night reads:</p><blockquote><p>Wind SE, strong gale. 2.10 am. Lights seen bearing NE. 2.25 am. Lost sight of them.</p></blockquote>',
      ),
    ).toEqual(['document:null']);
  });

  it('takes a rule book for no book', () => {
    const words = (text: string) => text.match(BOOK_WORDS);
    expect(words('the rule book he kept')).toBeNull();
    expect(words('the minute book')).toBeNull();
    expect(words('a book she wrote')).not.toBeNull();
    expect(kinds(`<p>The rule book she kept in the box has a page on it:</p>${QUOTE}`)).toEqual([
      'document:null',
    ]);
  });

  it('gives a letter someone wrote, named by a pronoun, to that person', () => {
    expect(kinds(`<p>A letter she wrote to the parish council in 1902 describes it:</p>${QUOTE}`)).toEqual([
      'person:null',
    ]);
  });

  it('reads a body’s reply by the possessive as its document', () => {
    expect(
      kinds(
        '<p>The harbour board’s reply, in full:</p><blockquote><p>We are aware of the damage to the slipway and will give a date for the repairs early in the new year.</p></blockquote>',
      ),
    ).toEqual(['document:null']);
    // A reply the sentence says more of is read as its other words say.
    expect(
      kinds(`<p>The park authority’s own answer, a week later, put it more plainly than anyone:</p>${QUOTE}`),
    ).not.toEqual(['document:null']);
    // A reply someone got is theirs to pass on.
    expect(
      kinds(
        '<p>The BBC got the union’s response:</p><blockquote><p>We warned about this two years ago and nobody listened, and now the ferries are tied up at the slip.</p></blockquote>',
      ),
    ).toEqual(['outlet:BBC']);
  });

  it('reads a transcription as no self-quote', () => {
    expect(SELF_REFERENCE.test("and we've written it out here because people keep asking:")).toBe(false);
    expect(SELF_REFERENCE.test('I wrote it down here:')).toBe(false);
    expect(SELF_REFERENCE.test("As we've written before:")).toBe(true);
    expect(SELF_REFERENCE.test('As we wrote in March:')).toBe(true);
  });
});

describe('passages set apart (set-apart.ts, quoted-runs.ts)', () => {
  it('hands over across a footnote marker after the colon', () => {
    expect(INTRODUCES.test('describes the quay:[2]')).toBe(true);
    expect(INTRODUCES.test('describes the quay [2]')).toBe(false);
    expect(
      kinds(
        '<p>Her cousin, writing home in 1889, describes the quay:<sup><a href="#n2">[2]</a></sup></p><p><i>“We are at the farlins from five in the morning and the knives are never dry. Agnes is the fastest of our crew.”</i></p>',
      ),
    ).toEqual(['person:null']);
  });

  it('finds a short line in quotation marks and italics once a sentence hands over to it, not otherwise', () => {
    const line = '<p><em>“Feed the hens first. Back by six.”</em></p>';
    expect(kinds(`<p>She pinned the same note to the door every day:</p>${line}`)).toHaveLength(1);
    expect(kinds(`<p>She pinned the same note to the door every day.</p>${line}`)).toEqual([]);
    expect(
      kinds(
        '<p>She pinned the same note to the door every day:</p><p>“Feed the hens first. Back by six.”</p>',
      ),
    ).toEqual([]);
  });
});

describe('a story and its updates (find-article.ts, posts.ts)', () => {
  const story =
    '<section class="story"><p>The bowling green behind the institute has been played on every summer since 1923, and most members are over seventy.</p><p>The lease says:</p><blockquote><p>The green shall be kept for bowls for so long as the club has twelve paying members.</p></blockquote><p>The club has forty-one paying members and asks the trust to keep to the lease it signed.</p></section>';
  const updates = (name: string, heading: string) =>
    `<section class="${name}"><h2>${heading}</h2><article class="update"><h3>500 supporters</h3><p>Thank you all for the support this week, it means a great deal to the members of the club.</p><p>One supporter wrote:</p><blockquote><p>My husband bowled there for thirty years and I still sit on the bench every Sunday afternoon.</p></blockquote></article><article class="update"><h3>The trust has answered</h3><p>The trust wrote back on Monday and promised nothing for next year, so we carry on collecting names.</p></article></section>`;

  it('takes the story and its updates for one body, with no posts', () => {
    for (const [name, heading] of [
      ['campaign-updates', 'News'],
      ['more', 'Updates'],
    ]) {
      const doc = page(`<main class="campaign">${story}${updates(name, heading)}</main>`);
      const body = findArticle(doc);
      expect(body?.tagName).toBe('MAIN');
      expect(findPosts(doc, body!, 'https://campaigns.example/p/green')).toBeNull();
    }
  });

  it('keeps to the story when the box beside it is no updates box', () => {
    const doc = page(`<main class="campaign">${story}${updates('more', 'Elsewhere')}</main>`);
    expect(findArticle(doc)?.tagName).not.toBe('MAIN');
  });
});

describe('Zulu and Tajik words (own-voice.json, document-words.json)', () => {
  it('reads first-person words in the page’s language only', () => {
    expect(firstPersonOf('zu')?.test('Ngifuna izingane zifunde.')).toBe(true);
    expect(firstPersonOf('tg')?.test('Ман ба ин мактаб омадам.')).toBe(true);
    expect(firstPersonOf('en')?.test('Ман ба ин мактаб омадам.') ?? false).toBe(false);
  });

  it('reads a body’s letter with the body first or the letter first', () => {
    expect(OTHER_LETTER_FROM_BODY.test('UMasipala wase-eThekwini wasibhalela le ncwadi:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('Umkhandlu wedolobha wasithumelela le ncwadi:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('la lettera del comitato di quartiere')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('UGogo wasibhalela le ncwadi:')).toBe(false);
  });

  it('makes a Zulu constitution a document and an elder’s words a person’s', () => {
    expect(
      kinds(
        '<p>Umthetho wesi-2 womthethosisekelo wethu uthi:</p><blockquote><p>Ilungu ngalinye lizonakekela okungenani amakhaza amabili ezinyosi, futhi uju luzothengiswa ndawonye.</p></blockquote><p>Umkhulu Sipho wathi:</p><blockquote><p>Izinyosi azikhulumi, kodwa ziyafundisa. Ngifuna izingane zethu zifunde ukubekezela.</p></blockquote>',
        'zu',
      ),
    ).toEqual(['document:null', 'person:null']);
  });
});
