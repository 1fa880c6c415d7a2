// A credit line under a passage opening on "according to" (utils/analysis/according-credit.ts): the name after
// the words is the outlet only when the table knows it.
import { describe, expect, it } from 'vitest';
import { accordingCredit } from '../../utils/analysis/according-credit';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const credited = (line: string) => accordingCredit(line, defaultOutlets)?.name ?? null;

describe('accordingCredit', () => {
  it('reads an outlet after "according to" in parentheses or after a dash, in many languages', () => {
    expect(credited('(Theo Tiền Phong)')).toBe('Tiền Phong');
    expect(credited('(theo báo Thanh Niên)')).toBe('Thanh Niên');
    expect(credited('(según El País)')).toBe('El País');
    expect(credited('(selon Le Monde)')).toBe('Le Monde');
    expect(credited('(laut Spiegel)')).toBe('Der Spiegel');
    expect(credited('— menurut Berita Harian')).toBe('Berita Harian');
    expect(credited('– anot 15min')).toBe('15min');
    expect(credited('(according to Reuters)')).toBe('Reuters');
  });

  it('reads no outlet where the name is none the table knows, or the line says more', () => {
    expect(credited('(Theo Walcott)')).toBeNull();
    expect(credited('(según Marta)')).toBeNull();
    expect(credited('(Theo lời bác Tư)')).toBeNull();
    expect(credited('Theo Tiền Phong, giá sẽ tăng.')).toBeNull();
  });
});

describe('a passage credited so', () => {
  it('is the outlet’s where the lead-in above names nobody', () => {
    const quotes = analyzePage(
      page(
        '<article><p>Giá vé xe buýt trong thành phố sẽ tăng từ đầu năm sau, nhiều người đi làm bắt đầu tính chuyện đi xe máy.</p><p>Có một con số đáng chú ý:</p><blockquote><p>Hơn một nửa số tuyến xe buýt trong thành phố đang chạy lỗ, và mức trợ giá năm nay đã giảm gần một phần ba so với năm ngoái.</p></blockquote><p>(Theo Tuổi Trẻ)</p><p>Mình thì vẫn sẽ đi xe buýt.</p></article>',
        'vi',
      ),
      { url: 'https://ghichep.example/2026/12/', outlets: defaultOutlets },
    ).report.quotes;
    expect(quotes.map((q) => [q.kind, q.outlet])).toEqual([['outlet', 'Tuoi Tre']]);
  });
});
