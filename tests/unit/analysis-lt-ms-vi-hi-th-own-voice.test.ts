// Lithuanian, Malay, Vietnamese, Hindi and Thai own-voice words (data/own-voice.json): a relative's or a
// neighbour's words, the writer pointing back at their own post, a notice handed over, first-person words read in
// the page's own language only.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import {
  firstPersonOf,
  OTHER_DOCUMENT_NAMES,
  OTHER_SELF_REFERENCE,
  someonesWordsOf,
} from '../../utils/analysis/own-voice';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const kinds = (html: string, lang: string) =>
  analyzePage(page(html, lang), {
    url: 'https://uzrasai.example/2026/12/',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => [q.kind, q.outlet]);

describe('the words of each language', () => {
  it('reads first-person words on a page in that language only', () => {
    expect(firstPersonOf('lt')?.test('Mes laukėme autobuso valandą.')).toBe(true);
    expect(firstPersonOf('lt')?.test('Autobusas vėlavo valandą.')).toBe(false);
    expect(firstPersonOf('ms')?.test('Kami tunggu bas sejam.')).toBe(true);
    expect(firstPersonOf('vi')?.test('Hồi đó tụi tôi đi bộ.')).toBe(true);
    expect(firstPersonOf('vi')?.test('Xe buýt đến trễ một giờ.')).toBe(false);
    expect(firstPersonOf('hi')?.test('हमारे गाँव में बस नहीं आती।')).toBe(true);
    expect(firstPersonOf('hi')?.test('गाँव में बस नहीं आती।')).toBe(false);
    // "man" is Lithuanian "to me", English "man": read on a Lithuanian page only.
    expect(firstPersonOf('en')?.test('The man waited.') ?? false).toBe(false);
  });

  it('reads relatives and neighbours, the writer pointing back, and notices', () => {
    expect(someonesWordsOf('lt')?.test('Kaimynė per tvorą pasakė:')).toBe(true);
    expect(someonesWordsOf('ms')?.test('Makcik di gerai sebelah berkata:')).toBe(true);
    expect(someonesWordsOf('vi')?.test('Tối qua mẹ gọi điện nói:')).toBe(true);
    expect(someonesWordsOf('hi')?.test('दादी ने हँसकर कहा:')).toBe(true);
    expect(someonesWordsOf('th')?.test('คุณปู่เล่าให้ฟังว่า:')).toBe(true);
    expect(someonesWordsOf('lt')?.test('Savivaldybė paskelbė:')).toBe(false);
    expect(OTHER_SELF_REFERENCE.test('Kaip jau rašiau vasarą:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Seperti yang saya tulis bulan lepas:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Tháng trước mình từng viết:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('जैसा मैंने लिखा था:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('ผมเคยเขียนไว้ว่า:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Ant durų kabojo skelbimas:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Pejabat daerah mengeluarkan pekeliling:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Ủy ban ra công văn:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('नगर निगम की विज्ञप्ति:')).toBe(true);
  });
});

describe('pages in these languages', () => {
  it('makes the writer’s earlier post self, a grandmother’s words a person’s and a notice a document (Lithuanian)', () => {
    expect(
      kinds(
        '<article><p>Autobusas į miestelį vėl atšauktas, o mokykla laukia vaikų aštuntą valandą ryto.</p><p>Kaip jau rašiau pernai rudenį:</p><blockquote><p>Kai autobusas važiuoja du kartus per dieną, jis važiuoja ne žmonėms, o tvarkaraščiui.</p></blockquote><p>Močiutė per kiemą šūktelėjo:</p><p>„Mes į turgų eidavome pėsčiomis dešimt kilometrų, su krepšiais ir vaikais, ir nieko, visi užaugome sveiki. Autobusas mums buvo šventė, ne kasdienybė.“</p><p>Stotelėje priklijuotas skelbimas:</p><blockquote><p>Nuo sausio 10 dienos rytinis reisas į miestelį nevyks. Keleiviai kviečiami naudotis užsakomuoju autobusu.</p></blockquote></article>',
        'lt',
      ),
    ).toEqual([
      ['self', null],
      ['person', null],
      ['document', null],
    ]);
  });

  it('makes an aunt’s words a person’s and the writer’s earlier post self (Vietnamese, Malay)', () => {
    expect(
      kinds(
        '<article><p>Chợ phiên đầu tháng năm nay dời sang bãi đất trống cạnh trường, cả xóm đi xa hơn một chút.</p><p>Dì Út nghe tin chỉ nói:</p><p>“Chợ dời thì mình dời theo, có gì đâu mà lo. Miễn còn khách quen tới mua là được, bán ở bãi đất hay bán dưới gốc cây cũng vậy thôi.”</p><p>Năm ngoái mình đã viết ở đây:</p><blockquote><p>Cái chợ phiên này sống được là nhờ người bán quen mặt, chứ không nhờ cái bãi đất.</p></blockquote></article>',
        'vi',
      ),
    ).toEqual([
      ['person', null],
      ['self', null],
    ]);
    expect(
      kinds(
        '<article><p>Pasar malam di taman perumahan kami dipindahkan ke padang sekolah mulai bulan depan.</p><p>Pakcik yang jual air tebu cuma senyum bila saya tanya:</p><p>“Kami ikut saja. Di mana ada orang, di situ kami buka gerai. Dua puluh tahun kami berniaga, sudah tiga kali pasar ini berpindah tempat.”</p><p>Saya pernah menulis tentang pasar ini:</p><blockquote><p>Pasar malam ini hidup kerana orang-orang tua yang datang setiap minggu, bukan kerana tempatnya.</p></blockquote></article>',
        'ms',
      ),
    ).toEqual([
      ['person', null],
      ['self', null],
    ]);
  });

  it('leaves a relative’s first-person words a newsroom’s when the lead-in says the newsroom got them', () => {
    expect(
      kinds(
        '<article><p>Phố đi bộ ven hồ sẽ đóng cửa để sửa chữa trong hai tháng tới.</p><p>Phóng viên VTV1 hỏi một người bán hàng rong:</p><p>“Tụi tôi bán ở đây mười năm rồi, đóng hai tháng thì tụi tôi biết đi đâu. Khách du lịch không tới thì cả nhà cũng không có tiền chợ.”</p></article>',
        'vi',
      ),
    ).toEqual([['outlet', 'VTV1']]);
  });
});
