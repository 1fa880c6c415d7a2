// Evidence a quoted block carries itself (utils/analysis/block-evidence.ts): the author a blog engine's quotation
// footer names in bold beside the <cite> of the piece; a dashed credit naming a regional business paper; a log's
// header naming its writer by a handle.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readCitationLine, readCreditLine } from '../../utils/analysis/block-evidence';
import type { QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string): QuoteReport[] {
  const doc = document.implementation.createHTMLDocument('Quay Notes');
  doc.body.innerHTML = `<article><p>The quay wall went up this week, and here is what everyone is saying about it.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://quaynotes.example/post', outlets: defaultOutlets }).report.quotes;
}

const footed = (author: string, cite: string) =>
  `<p>The owner’s side of it:</p><blockquote><p>The wall sits behind the old line, and we have offered to pay for the survey ourselves.</p><footer><strong>${author}</strong><cite>${cite}</cite></footer></blockquote>`;

describe('a quotation footer’s bold author beside the <cite> of the piece', () => {
  it('is the outlet when the piece’s site spells the author’s name', () => {
    const [q] = quotesOf(
      footed(
        'Harbour Lantern',
        '<a href="https://harbourlantern.com/2026/12/04/owner-defends-wall/">Owner defends wall</a>',
      ),
    );
    expect(q.outlet).toBe('Harbour Lantern');
    expect(q.kind).toBe('outlet');
  });

  it('is no outlet when the site spells another name, or when nothing links', () => {
    const [linked] = quotesOf(
      footed(
        'Marta Quinn',
        '<a href="https://harbourlantern.com/2026/12/04/owner-defends-wall/">Owner defends wall</a>',
      ),
    );
    expect(linked.outlet).not.toBe('Marta Quinn');
    expect(quotesOf(footed('Harbour Lantern', 'Owner defends wall'))[0].outlet).not.toBe('Harbour Lantern');
  });

  it('gives way to a <cite> whose link the table knows', () => {
    const [q] = quotesOf(
      footed(
        'Harbour Lantern',
        '<a href="https://www.theguardian.com/uk/2026/dec/04/quay-wall">Quay wall row</a>',
      ),
    );
    expect(q.outlet).toBe('The Guardian');
  });
});

describe('a dashed credit line naming a place and "Business"', () => {
  it('is a regional business paper the table lacks', () => {
    for (const line of ['— Northern Ontario Business', '— Arkansas Business', '– Tasman Bay Business']) {
      const credit = readCreditLine(line, null, defaultOutlets);
      expect(credit?.kind, line).toBe('outlet');
      expect(credit?.outlet, line).toBe(line.slice(2));
    }
  });
  it('leaves a company named by its trade, and a business word before another, no outlet', () => {
    for (const line of ['— Halvard Energy', '— Corran Business Services', '— Marlow Insurance'])
      expect(readCreditLine(line, null, defaultOutlets)?.kind, line).not.toBe('outlet');
  });
});

describe('a Japanese credit saying "from" after the name', () => {
  it('names the outlet, after a word for its newscast or article too', () => {
    expect(readCreditLine('（QABニュースより）', null, defaultOutlets)?.outlet).toBe(
      'Ryukyu Asahi Broadcasting',
    );
    expect(readCreditLine('(読売新聞より)', null, defaultOutlets)?.outlet).toBe('The Yomiuri Shimbun');
    expect(readCreditLine('（NHKの記事より）', null, defaultOutlets)?.outlet).toBe('NHK');
  });
  it('names no outlet for a name the table lacks or a line that is no credit', () => {
    expect(readCreditLine('（友人のメールより）', null, defaultOutlets)?.kind).not.toBe('outlet');
    expect(readCreditLine('（昨日より）', null, defaultOutlets)).toBeNull();
  });
});

describe('a log’s header naming its writer by a handle', () => {
  it('is no outlet when the handle joins its words by an underscore', () => {
    for (const line of [
      'TickTock_Travelers · Found it · 11/29/2026',
      'MossyBoots_Crew · Walked it · 11/12/2026',
      'RiverRat_42 | Visited | 3 Dec 2026',
    ])
      expect(readCitationLine(line, null, defaultOutlets), line).toBeNull();
  });

  it('still reads a title spelled in one word as the label’s outlet', () => {
    expect(readCitationLine('HarbourLantern · 29 November', null, defaultOutlets)?.outlet).toBe(
      'HarbourLantern',
    );
  });
});

describe('a name in a script without capitals alone in parentheses under a block', () => {
  it('names the outlet the table knows, in Arabic, Chinese, Japanese and Korean', () => {
    expect(readCreditLine('(الرؤية)', null, defaultOutlets)?.outlet).toBe('Alroya');
    expect(readCreditLine('(العمانية)', null, defaultOutlets)?.outlet).toBe('Oman News Agency');
    expect(readCreditLine('（中央社）', null, defaultOutlets)?.outlet).toBe('Central News Agency');
    expect(readCreditLine('（南日本新聞）', null, defaultOutlets)?.outlet).toBe('Minami-Nippon Shimbun');
    expect(readCreditLine('(강원일보)', null, defaultOutlets)?.outlet).toBe('Kangwon Ilbo');
  });
  it('names no outlet for an aside or a word that is no name the table knows', () => {
    for (const line of ['(بتصرف)', '(مترجم)', '（笑）', '（続く）', '(번역)', '(الرؤية الجديدة للمدينة)'])
      expect(readCreditLine(line, null, defaultOutlets)?.kind, line).not.toBe('outlet');
  });
});

describe('a Japanese headline opening on its broadcaster’s name in lenticular brackets, above a block', () => {
  it('names the outlet the table knows, with no space after the bracket', () => {
    expect(readCitationLine('【KTS】桜島の降灰、回収日を増やす', null, defaultOutlets)?.outlet).toBe(
      'Kagoshima Television',
    );
    expect(readCitationLine('【NHK】大雨で在来線に遅れ', null, defaultOutlets)?.outlet).toBe('NHK');
    expect(readCitationLine('［琉球新報］那覇の渋滞、年末に向け対策', null, defaultOutlets)?.outlet).toBe(
      'Ryukyu Shimpo',
    );
  });
  it('names none for a label in the brackets', () => {
    for (const line of ['【速報】大雨で在来線に遅れ', '【お知らせ】回収日が変わります', '【動画】桜島が噴火'])
      expect(readCitationLine(line, null, defaultOutlets), line).toBeNull();
  });
});
