// A lead-in opening on a kin's, a neighbour's or a courtesy title and a name (titled-person.ts,
// data/person-titles.json): "Madame Esparon, who …, took it calmly:" hands over that person's words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import personTitles from '../../utils/analysis/data/person-titles.json';
import { titledPerson } from '../../utils/analysis/titled-person';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

describe('person-titles.json', () => {
  it('holds, by language code, lower-case single words, each once', () => {
    expect(Object.keys(personTitles).sort()).toEqual(['_doc', 'titles']);
    for (const [code, list] of Object.entries(personTitles.titles as Record<string, string[]>)) {
      expect(code).toMatch(/^[a-z]{2}$/);
      expect(list.length, code).toBeGreaterThan(0);
      expect(new Set(list).size, `${code} repeats a word`).toBe(list.length);
      for (const word of list) expect(word, code).toMatch(/^[\p{Ll}]+$/u);
    }
  });
});

describe('titledPerson', () => {
  it('reads the name after a title, in several languages and word orders', () => {
    for (const [sentence, lang, name] of [
      ['Madame Esparon, who has kept the shop since 1970, shrugged:', 'en', 'Esparon'],
      ['My aunt Rosa Kelleher put it plainly:', 'en', 'Rosa Kelleher'],
      ['Mr. Okafor, who drives the school bus, told me:', 'en', 'Okafor'],
      ['Susjeda Marija, koja tu živi od rata, rekla je samo:', 'hr', 'Marija'],
      ['Baka Anka nije se dala smesti:', 'hr', 'Anka'],
      ['Дядько Степан, який тридцять років водив трамвай, відповів:', 'uk', 'Степан'],
      ['Соседка Нина Павловна сказала так:', 'ru', 'Нина Павловна'],
      ['A veciña Pilar, que vende queixos na praza, díxome:', 'gl', 'Pilar'],
      ['Mi tía Carmen, que vive enfrente, lo resumió así:', 'es', 'Carmen'],
      ['Nachbarin Weber meinte nur:', 'de', 'Weber'],
      ['Pani Zofia, która pamięta stary most, powiedziała:', 'pl', 'Zofia'],
      ['Nágranni minn Jón sagði bara:', 'is', null],
      ['Frænka mín Sigga sagði bara:', 'is', null],
      ['Amma Sigríður, sem hefur búið hér alla ævi, sagði:', 'is', 'Sigríður'],
    ] as const)
      expect(titledPerson(sentence, lang), sentence).toBe(name);
  });

  it('reads no newsroom, no place and no title of another language as a person', () => {
    for (const [sentence, lang] of [
      ['The Harbour Post, which broke the story, wrote:', 'en'],
      ['King Five had it first:', 'en'],
      ['Glas Slavonije, koji je prvi objavio vijest, piše:', 'hr'],
      ['Pan Am, which flew the route until 1991, said:', 'en'],
      ['Tía Carmen said so:', 'en'],
      ['Uncle', 'en'],
      ['Dagblaðið Vísir greinir frá:', 'is'],
    ] as const)
      expect(titledPerson(sentence, lang), sentence).toBeNull();
  });
});

describe('a page quoting a titled person the outlet table does not know', () => {
  const quotes = (lead: string, lang: string) =>
    analyzePage(
      page(
        `<article><h1>The ferry</h1><p>The ferry stopped running in October and the village has argued about it since.</p><p>${lead}</p><p>“We crossed every morning for forty years. Now the children take the bus round by the bridge.”</p><p>We shall see what the spring brings.</p></article>`,
        lang,
      ),
      { url: 'https://river-notes.example/ferry', outlets: defaultOutlets },
    ).report.quotes.map((q) => [q.kind, q.outlet]);

  it("gives the words to the person, not to a newsroom of the person's name", () => {
    expect(
      quotes('Madame Lavigne, who has run the café by the slip since 1988, took it calmly:', 'en'),
    ).toEqual([['person', null]]);
    expect(quotes('Susjed Branko, koji cijeli život vozi skelu, bio je kratak:', 'hr')).toEqual([
      ['person', null],
    ]);
  });
});
