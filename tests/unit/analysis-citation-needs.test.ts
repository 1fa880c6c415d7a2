// The citation lines' expressions (utils/analysis/block-evidence.ts, `CITATION`) are asked only of lines holding
// the character each needs: the test beside each must hold on every line its expression matches, and a line
// without it must not compile the expression.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CITATION, readCitationLine } from '../../utils/analysis/block-evidence';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

/** Invented lines of every shape the list reads, and lines of none. */
const LINES = [
  'Source: Harbour Mercury',
  'Sources: the Gull Point Ledger',
  'Quelle: Hafenblatt',
  'Via Northshore Radio:',
  'From the Ballast Review',
  'Źródło: Gazeta Portowa',
  'Источник: Портовые вести',
  'Harbour Mercury: Ferry timetable changes for the winter',
  'HARBOUR MERCURY：Ferry timetable changes for the winter',
  'Ferry timetable changes for the winter (Harbour Mercury, 3/12/26)',
  'Ferry timetable changes for the winter (Gull Point Ledger)',
  'Harbour Mercury · 3 December',
  'Ballast Review | Dec 3, 2026',
  'EXCERPT · NORTHSHORE RADIO · 2 DEC',
  'Harbour Mercury — 2 décembre',
  'Railway Gazette · “Short line seeks help” · Dec. 1',
  'RAILWAY GAZETTE · 1 DEC · Short line seeks federal help',
  'Ferry timetable changes for the winter — The Harbour Mercury',
  '„Promy zmieniają rozkład” – Portowy.pl, 2 grudnia 2026',
  'Ferry timetable changes for the winter | The Harbour Mercury',
  '[Northshore Radio] Ferry timetable changes for the winter',
  '“Harbour board delays vote again,” Gull Point, 3 December 2026',
  '"Harbour board delays vote again," Gull Point Ledger, Dec. 3',
  'The Harbour Mercury, 3 December 2026:',
  'Ballast Review, Tuesday：',
  'Harbour Notes by Dana Whitlock:',
  'Dana Whitlock | Gull Point',
  'Jane Doe, Reuters:',
  'Dana Whitlock — Ballast Review',
  'Ballast Review — Harbour board delays vote again',
  'Ballast Review, Tuesday — the board delays its vote',
  'Ballast Review » Harbour board delays vote again',
  'Ballast Review // Harbour board delays vote again',
  'By Dana Whitlock, Gull Point',
  'Por Mariana Lopes, Porto Diário — Curitiba',
  'By Dana Whitlock | Gull Point | 3 December 2026',
  '항구일보 기사 원문 더보기',
  '항구일보 보도 펼치기',
  'The ferries ran late again this morning.',
  'We walked the harbour wall at dusk',
  'Nothing here names a source at all',
];

describe('the citation lines’ expressions and the characters they need', () => {
  afterEach(() => vi.restoreAllMocks());

  it('holds each expression’s character on every line it matches', () => {
    for (const { pattern, needs } of CITATION)
      for (const line of LINES)
        if (pattern.test(line)) expect(needs.test(line), `${pattern} on ${line}`).toBe(true);
  });

  it('has a line for every expression of the list', () => {
    for (const { pattern } of CITATION)
      expect(
        LINES.some((line) => pattern.test(line)),
        String(pattern),
      ).toBe(true);
  });

  it('does not ask an expression of a line without its character', () => {
    const asked = CITATION.map(({ pattern }) => vi.spyOn(pattern, 'exec'));
    readCitationLine('We walked the harbour wall at dusk', null, defaultOutlets);
    for (const [i, { needs }] of CITATION.entries())
      if (!needs.test('We walked the harbour wall at dusk'))
        expect(asked[i], String(CITATION[i].pattern)).not.toHaveBeenCalled();
    expect(asked.filter((spy) => spy.mock.calls.length > 0).length).toBeLessThan(CITATION.length);
  });
});
