// Words by which a lead-in in another language says its passage is a document (utils/analysis/document-words.ts
// and data/document-words.json).
import { describe, expect, it } from 'vitest';
import words from '../../utils/analysis/data/document-words.json';
import { isReleaseWire, OTHER_DOCUMENTS, OTHER_LETTER_FROM_BODY } from '../../utils/analysis/document-words';

describe('document-words.json', () => {
  const SLOTS = ['documents', 'letters', 'bodies'] as const;
  it('holds, per slot, each listed language’s lower-case words, each once', () => {
    expect(Object.keys(words).sort()).toEqual([
      '_doc',
      'bodies',
      'documents',
      'languages',
      'letters',
      'onBehalf',
      'releaseWires',
    ]);
    for (const slot of SLOTS) {
      expect(Object.keys(words[slot]).sort(), slot).toEqual(Object.keys(words.languages).sort());
      for (const list of Object.values(words[slot] as Record<string, string[]>)) {
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list).size).toBe(list.length);
        for (const word of list) expect(word).toBe(word.toLowerCase().trim());
      }
    }
  });
  it('holds the words a signature for a body opens with, by language code, lower case, each once', () => {
    for (const [code, list] of Object.entries(words.onBehalf as Record<string, string[]>)) {
      expect(code).toMatch(/^[a-z]{2}$/);
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word).toBe(word.toLowerCase().trim());
    }
  });
});

describe('releaseWires', () => {
  it('holds press-release distributors’ names, lower case, each once', () => {
    expect(words.releaseWires.length).toBeGreaterThan(0);
    expect(new Set(words.releaseWires).size).toBe(words.releaseWires.length);
    for (const name of words.releaseWires) expect(name).toBe(name.toLowerCase().replace(/\s+/g, ' ').trim());
  });
  it('is read whatever the dateline’s case and spacing', () => {
    expect(isReleaseWire('GLOBE  NEWSWIRE')).toBe(true);
    expect(isReleaseWire('PRNewswire')).toBe(true);
    expect(isReleaseWire('Reuters')).toBe(false);
  });
});

describe('the expressions', () => {
  it('find a body’s text, bounded by letters', () => {
    expect(OTHER_DOCUMENTS.test('Em nota, a Prefeitura informou:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('Laut Pressemitteilung der Stadt:')).toBe(true);
    // "notas" (grades) and "decretos" inside other words are not "nota" or "decreto".
    expect(OTHER_DOCUMENTS.test('As notas dos alunos melhoraram:')).toBe(false);
    // Icelandic: a notice a utility or a council sends out, in the accusative.
    expect(OTHER_DOCUMENTS.test('Hitaveitan sendi frá sér tilkynningu í morgun:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('Hann tilkynnti okkur þetta í morgun:')).toBe(false);
  });
  it('find a letter from a body, not a letter from a person', () => {
    expect(OTHER_LETTER_FROM_BODY.test('la lettera del comitato di quartiere dice altro:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('a carta da associação de moradores:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('la lettera di mia nonna dice altro:')).toBe(false);
  });
  it('find a Hungarian body’s decision and letter, not a grandmother’s letter', () => {
    expect(OTHER_DOCUMENTS.test('A tanácsi határozat szövege, a lényeg ez:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('A polgármester közleményt adott ki:')).toBe(true);
    // "határozottan" (firmly) holds the word but is another.
    expect(OTHER_DOCUMENTS.test('A polgármester határozottan fogalmazott:')).toBe(false);
    expect(OTHER_LETTER_FROM_BODY.test('Az önkormányzat tegnapi levele így szól:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('A nagymamám levele így szól:')).toBe(false);
  });
});

describe('a posted notice, a chronicle or an inspection record named in Finnish, Indonesian, Czech or Danish', () => {
  it('is a text a body issues', () => {
    expect(OTHER_DOCUMENTS.test('Kaupungin tiedotteessa sanotaan:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('Di pintu kantor ditempel pengumuman:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('Ve školní kronice z roku 1931 stojí:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('I synsprotokollen fra 1887 står der:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('En la rampa hay un cartel pegado con cinta:')).toBe(true);
  });
  it('is no such word inside another word', () => {
    expect(OTHER_DOCUMENTS.test('Ilmoittauduin kurssille eilen:')).toBe(false);
    expect(OTHER_DOCUMENTS.test('Kronikář nám řekl:')).toBe(false);
  });
});

describe('the languages added for issue 12', () => {
  it('reads a notice or a decree a lead-in names in Vietnamese, Lithuanian, Croatian, Ukrainian, Hindi and Malay', () => {
    for (const text of [
      'Ở cổng chợ có dán tờ thông báo:',
      'Ant stotelės kabo savivaldybės skelbimas:',
      'Na vratima tržnice visi obavijest:',
      'На дверях під’їзду висить оголошення:',
      'स्टेशन के बाहर यह नोटिस लगा है:',
      'Di pintu masuk pasar ditampal notis:',
      'Kementerian mengeluarkan surat pekeliling:',
    ])
      expect(OTHER_DOCUMENTS.test(text), text).toBe(true);
  });
  it('reads a letter a body wrote in them as a document, and none where no document is named', () => {
    expect(OTHER_LETTER_FROM_BODY.test('Gavome savivaldybės raštą:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('Прийшов лист від міської ради:')).toBe(true);
    expect(OTHER_DOCUMENTS.test('Mình gọi điện cho dì, dì nói:')).toBe(false);
    expect(OTHER_DOCUMENTS.test('Susjed mi je rekao:')).toBe(false);
  });
});
