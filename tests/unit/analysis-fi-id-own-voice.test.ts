// Finnish and Indonesian own-voice words (data/own-voice.json): a neighbour's words, the writer pointing back at
// their own post, a notice handed over, first-person words read in the page's own language only.
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

const analysed = (html: string, lang: string) =>
  analyzePage(page(html, lang), { url: 'https://muistikirja.example/2026/12/', outlets: defaultOutlets })
    .report;

describe('Finnish (own-voice.json)', () => {
  it('reads the words of the writer, a neighbour and a notice', () => {
    expect(firstPersonOf('fi')?.test('Nyt se vie meiltä bussinkin.')).toBe(true);
    expect(firstPersonOf('fi')?.test('Bussi ajoi ohi täynnä.')).toBe(false);
    // "me" is Finnish "we", English "me": read on a Finnish page only.
    expect(firstPersonOf('en')?.test('Nyt me lähdemme.') ?? false).toBe(false);
    expect(someonesWordsOf('fi')?.test('Naapurin Aino sanoi pihalla:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Kuten kirjoitin jo lokakuussa:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Pysäkille oli teipattu kuulutus:')).toBe(true);
  });

  it('makes a neighbour’s words a person’s, the writer’s earlier post self, and a notice a document', () => {
    const quotes = analysed(
      '<article><p>Tänä aamuna linja-auto ajoi taas ohi, ja pysäkillä jäi odottamaan kymmenen ihmistä pakkaseen.</p><p>Naapurin Aino sanoi lumitöiden lomassa:</p><p>”Ennen tähän aikaan pysäkillä oli vain meitä kyläläisiä, nyt emme enää mahdu kyytiin.”</p><p>Kuten kirjoitin jo lokakuussa:</p><blockquote><p>Kun vuoroja ei lisätä ennen sesonkia, ne lisätään vasta sen jälkeen, ja silloin on jo myöhäistä.</p></blockquote><p>Pysäkin tolppaan oli teipattu kuulutus:</p><blockquote><p>Ruuhka-aikoina kuljettaja voi joutua jättämään matkustajia pysäkille. Käyttäkää aamulla vuoroa 5A, joka ei pysähdy keskustassa.</p></blockquote></article>',
      'fi',
    ).quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['person', 'self', 'document']);
  });
});

describe('Indonesian (own-voice.json)', () => {
  it('reads the words of the writer, a neighbour and a circular', () => {
    expect(firstPersonOf('id')?.test('Kami sudah menunggu satu jam di halte.')).toBe(true);
    expect(firstPersonOf('id')?.test('Bus kota berhenti di halte.')).toBe(false);
    expect(someonesWordsOf('id')?.test('Tetangga saya bilang begini:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Dua tahun lalu saya menulis di sini:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Seperti yang pernah saya tulis:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Di kantor kelurahan ditempel surat edaran:')).toBe(true);
  });

  it('makes the writer’s earlier post self, a circular a document and a neighbour’s words a person’s', () => {
    const quotes = analysed(
      '<article><p>Rute bus kota berubah lagi minggu ini, dan halte di depan pasar tidak lagi dilewati pada pagi hari.</p><p>Dua tahun lalu saya menulis di sini:</p><blockquote><p>Halte yang bagus tidak ada artinya kalau busnya datang satu jam sekali dan tidak pernah tepat waktu.</p></blockquote><p>Di kantor kelurahan ditempel surat edaran:</p><p><em>Mulai tanggal 1 Januari halte Pasar Badung hanya dilayani bus pengumpan pada pukul 06.00 sampai 09.00.</em></p><p>Tetangga saya bilang begini sambil menyapu halaman:</p><p>“Dulu kami naik bemo ke pasar setiap pagi, sekarang bus sudah ada tapi tidak pernah lewat sini, jadi kami tetap jalan kaki.”</p></article>',
      'id',
    ).quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['self', 'document', 'person']);
  });
});
