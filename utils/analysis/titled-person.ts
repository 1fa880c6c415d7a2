// A lead-in's last sentence opening on a word for someone's kin, neighbour or courtesy title, then on a
// capitalised name ("Madame Esparon, who runs the guesthouse, took it calmly:", "Susjed Zdravko, koji …, bio je
// kratak:", "Сусідка Валентина Петрівна … сказала:"): the passage is that person's words, whatever the name
// (a name the outlet table lacks would otherwise read as a newsroom's). Words in data/person-titles.json.

import personTitles from './data/person-titles.json';

const TITLES = personTitles.titles as Record<string, string[]>;

/** The title (perhaps abbreviated with a dot), then one to three capitalised words, closed by a comma or a
 * lower-case word. */
const TITLED_NAME = /^(\p{L}+)\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=\s*,|\s+\p{Ll})/u;
/** One short word before the title: a possessive or an article ("my", "Mi", "la"). */
const SHORT_WORD = /^\p{L}\p{Ll}{0,4}\s+/u;

/** The titles read on a page in each language, made once per language: a page's every lead-in asks. */
const titlesByLanguage = new Map<string | null, ReadonlySet<string>>();

function titlesOf(language: string | null): ReadonlySet<string> {
  let titles = titlesByLanguage.get(language);
  if (!titles) {
    titles = new Set([...TITLES.en, ...((language && TITLES[language]) || [])]);
    titlesByLanguage.set(language, titles);
  }
  return titles;
}

/** The name a sentence opens on after a person's title, in English or the page's language, perhaps after one
 * short word, or null. */
export function titledPerson(sentence: string, language: string | null): string | null {
  const titles = titlesOf(language);
  const text = sentence.trimStart();
  const short = SHORT_WORD.exec(text);
  for (const start of short ? [text, text.slice(short[0].length)] : [text]) {
    const found = TITLED_NAME.exec(start);
    if (found && titles.has(found[1].toLocaleLowerCase())) return found[2];
  }
  return null;
}
