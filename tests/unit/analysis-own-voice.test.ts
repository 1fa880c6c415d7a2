// Words of someone's own voice in languages other than English (utils/analysis/own-voice.ts and
// data/own-voice.json): first-person words read in the page's own language only, a lead-in's turn to someone's
// words, and a writer pointing back at their own.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import ownVoice from '../../utils/analysis/data/own-voice.json';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { looksLikeLetter } from '../../utils/analysis/letter';
import {
  FROM_COMMENTS,
  firstPersonOf,
  OTHER_SELF_REFERENCE,
  pageLanguage,
} from '../../utils/analysis/own-voice';
import { SELF_REFERENCE, speaksAsSomeone, speaksForItself } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('own-voice.json', () => {
  const SLOTS = [
    'firstPerson',
    'secondPerson',
    'but',
    'butWithin',
    'someonesWords',
    'documentWords',
    'selfReference',
    'greetings',
  ] as const;

  it('holds, per slot, each listed language’s lower-case words, each once', () => {
    expect(Object.keys(ownVoice).sort()).toEqual(
      [
        '_doc',
        'languages',
        'selfReferenceAround',
        'englishLookalikes',
        'fromComments',
        'saidLead',
        ...SLOTS,
      ].sort(),
    );
    for (const slot of SLOTS) {
      expect(ownVoice._doc).toContain(`\`${slot}\``);
      const words: Record<string, string[]> = ownVoice[slot];
      expect(Object.keys(words).sort()).toEqual([...ownVoice.languages].sort());
      for (const [code, list] of Object.entries(words)) {
        expect(code).toMatch(/^[a-z]{2}$/);
        expect(list.length, `${slot}.${code}`).toBeGreaterThan(0);
        expect(new Set(list).size, `${slot}.${code} repeats a word`).toBe(list.length);
        for (const word of list) expect(word, `${slot}.${code}`).toBe(word.toLowerCase().trim());
      }
    }
  });
});

describe('saidLead', () => {
  it('holds, for listed languages only, lower-case words, each once', () => {
    const languages = new Set<string>(ownVoice.languages);
    expect(ownVoice._doc).toContain('`saidLead`');
    for (const [code, list] of Object.entries(ownVoice.saidLead as Record<string, string[]>)) {
      expect(languages.has(code), code).toBe(true);
      expect(new Set(list).size, `saidLead.${code} repeats a phrase`).toBe(list.length);
      for (const phrase of list) {
        expect(phrase, `saidLead.${code}`).toBe(phrase.toLowerCase().trim());
        expect(phrase.length, `saidLead.${code}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('fromComments', () => {
  it('holds, for listed languages only, lower-case phrases of two words or more, each once', () => {
    for (const [code, list] of Object.entries(ownVoice.fromComments as Record<string, string[]>)) {
      expect(ownVoice.languages).toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(/\s+/).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
  it("finds a lead-in placing the words in the page's comments, in any language", () => {
    expect(FROM_COMMENTS.test('В комментариях к прошлому посту Олег написал:')).toBe(true);
    expect(FROM_COMMENTS.test('Nos comentários, a Rita lembrou:')).toBe(true);
    expect(FROM_COMMENTS.test('En los comentarios de ayer, Nacho escribió:')).toBe(true);
    expect(FROM_COMMENTS.test('Das Amt hat in einem Kommentar geschrieben:')).toBe(false);
    expect(FROM_COMMENTS.test('Как сообщают «Ведомости»:')).toBe(false);
  });
  it("reads the words a commenter wrote as a person's", () => {
    const doc = document.implementation.createHTMLDocument('Заметки');
    doc.documentElement.setAttribute('lang', 'ru');
    doc.body.innerHTML =
      '<article><h1>Мост</h1><p>Мост закрыли на ремонт до весны, и теперь в школу ходят в обход.</p><p>В комментариях к прошлому посту Олег написал:</p><p><em>Обход занимает сорок минут. Зимой в темноте по обочине дети ходить не должны.</em></p><p>Посмотрим, что скажет город.</p></article>';
    const quotes = analyzePage(doc, { url: 'https://zametki.example/most', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => [q.text.slice(0, 5), q.kind, q.outlet])).toEqual([['Обход', 'person', null]]);
  });
});

describe('selfReferenceAround', () => {
  it('holds, for some listed languages, lower-case entries of an opening and a verb around one " … ", each once', () => {
    expect(ownVoice._doc).toContain('`selfReferenceAround`');
    for (const [code, list] of Object.entries(ownVoice.selfReferenceAround as Record<string, string[]>)) {
      expect(ownVoice.languages).toContain(code);
      expect(new Set(list).size, `${code} repeats an entry`).toBe(list.length);
      for (const entry of list) {
        expect(entry, code).toBe(entry.toLowerCase().trim());
        expect(entry.split(' … '), code).toHaveLength(2);
      }
    }
  });

  it('reads words between the opening and the verb as the writer pointing back, not a letter to someone', () => {
    expect(OTHER_SELF_REFERENCE.test('Wie ich im Frühjahr schrieb:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Zoals ik vorige maand al schreef:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Wie ich dem Hafenmeister im März schrieb:')).toBe(false);
    // More than five words between is no clause pointing back.
    expect(
      OTHER_SELF_REFERENCE.test('Wie ich von einem Nachbarn am Kai vor drei Wochen hörte, schrieb er:'),
    ).toBe(false);
  });

  it('reads a writer pointing back with the pronoun before the verb, no "as", in Romance languages and German', () => {
    expect(OTHER_SELF_REFERENCE.test('Já o escrevia aqui em março:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Ya lo escribí aquí en verano:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test("L'ho già scritto a settembre:")).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Das schrieb ich hier im März:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('O Expresso das Ilhas noticia:')).toBe(false);
    expect(OTHER_SELF_REFERENCE.test('A vizinha escreveu-me ontem:')).toBe(false);
  });

  it('reads a writer pointing back after a time that opens the sentence: German verb-second, Catalan past', () => {
    expect(OTHER_SELF_REFERENCE.test('Im Mai habe ich hier geschrieben:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Damals habe ich geschrieben:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Letztes Jahr hatten wir noch gehofft:')).toBe(false);
    expect(OTHER_SELF_REFERENCE.test('Gestern habe ich dem Bürgermeister geschrieben:')).toBe(false);
    expect(OTHER_SELF_REFERENCE.test("L'estiu passat vaig escriure:")).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Fa un any ja vam escriure:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('La meva veïna va escriure:')).toBe(false);
  });

  it('reads a French writer pointing back without "comme", and a Chinese one with a time between', () => {
    expect(OTHER_SELF_REFERENCE.test("Je l'écrivais ici même en septembre :")).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Je l’avais écrit au printemps :')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test("J'ai écrit au maire en septembre :")).toBe(false);
    expect(OTHER_SELF_REFERENCE.test('我在九月就写过：')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('我去年也說過：')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('我写过：')).toBe(true);
    // A friend's words, and a letter sent, are no writer pointing back.
    expect(OTHER_SELF_REFERENCE.test('我朋友写过：')).toBe(false);
    expect(OTHER_SELF_REFERENCE.test('我写过信给市议会，回复是：')).toBe(false);
  });

  it('reads "my post in the spring" as the blog’s own', () => {
    expect(SELF_REFERENCE.test('From my post in the spring:')).toBe(true);
    expect(SELF_REFERENCE.test('From my post in the paper:')).toBe(false);
  });
});

describe('first-person words', () => {
  it('reads the page’s language from <html lang>, its primary subtag', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.setAttribute('lang', 'cy-GB');
    expect(pageLanguage(doc)).toBe('cy');
    doc.documentElement.removeAttribute('lang');
    expect(pageLanguage(doc)).toBeNull();
  });

  it('reads a passage in the first person in its own language, outside the quotations it holds', () => {
    expect(speaksForItself('Ek dink die hele dorp was hier.', 'af')).toBe(true);
    expect(speaksForItself("Doeddwn i ddim yn credu y byddai'n gwneud gwahaniaeth.", 'cy')).toBe(true);
    expect(speaksForItself('ਅਸੀਂ ਤਿੰਨ ਘਰ ਮਿਲ ਕੇ ਇੱਕ ਆਟੋ ਲਾ ਲਿਆ ਹੈ।', 'pa')).toBe(true);
    expect(speaksForItself('ਵਿਭਾਗ ਨੇ ਦੱਸਿਆ ਕਿ ਕੰਮ ਜਨਵਰੀ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਵੇਗਾ।', 'pa')).toBe(false);
    expect(speaksAsSomeone('„Ich wohne seit dreißig Jahren hier.“', 'de')).toBe(true);
    // A report of someone's words in « » speaks of others.
    expect(speaksForItself('Le maire a répondu : « je ne signerai pas ». La séance a été levée.', 'fr')).toBe(
      false,
    );
  });

  it('reads no other language’s words: "ma" is French "my" and Italian "but", "ons" only Afrikaans and Dutch', () => {
    expect(firstPersonOf('xx')).toBeNull();
    expect(speaksForItself('Die span het ons almal verras.', 'en')).toBe(false);
    expect(speaksForItself('Die span het ons almal verras.', 'af')).toBe(true);
    expect(speaksForItself('Il treno era in ritardo, ma la linea ha riaperto.', 'it')).toBe(false);
    expect(speaksForItself('Ma voisine a tout vu.', 'fr')).toBe(true);
  });

  it('reads a passage speaking to someone in its own language, outside the quotations it holds', () => {
    expect(speaksAsSomeone('Euer Sohn ruht nun neben seinem Großvater. Gott behüte euch.', 'de')).toBe(true);
    expect(speaksAsSomeone('Votre fils repose désormais près de son père.', 'fr')).toBe(true);
    // Only in the page's language: "tu" is Italian, "u" Dutch.
    expect(speaksAsSomeone('Il sindaco ha firmato il decreto ieri.', 'it')).toBe(false);
    expect(speaksAsSomeone('Votre fils repose désormais près de son père.', 'en')).toBe(false);
    expect(
      speaksAsSomeone('Le maire a déclaré : « vous aurez une réponse ». La séance a été levée.', 'fr'),
    ).toBe(false);
  });

  it('makes an unattributed passage in the page’s language a person’s words', () => {
    const doc = document.implementation.createHTMLDocument('Klub');
    doc.documentElement.setAttribute('lang', 'af');
    doc.body.innerHTML =
      '<article><p>Die klub het Saterdag gewen, en die hele dorp was daar om dit te sien.</p><p>Die kaptein ná die wedstryd:</p><blockquote><p>Ek is trots op die manne. Ons het die hele seisoen hiervoor gewerk.</p></blockquote><p>Die volgende wedstryd is oor twee weke.</p></article>';
    const [quote] = analyzePage(doc, { url: 'https://klub.example/nuus', outlets: defaultOutlets }).report
      .quotes;
    expect(`${quote.kind}:${quote.outlet}`).toBe('person:null');
  });
});

describe('turns and self-references in other languages', () => {
  const context: LeadInContext = {
    outlets: defaultOutlets,
    publication: 'Ysgol Example',
    publicationHost: 'ysgol.example',
    earlierOutlets: () => [],
    isSurname: () => false,
  };
  const read = (text: string) => {
    const reading = readLeadIn(text, [], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };

  it('sets an outlet aside when the lead-in turns to someone’s words', () => {
    expect(read('Reuters oedd yno gyntaf, ond geiriau un o’r rhieni sy’n dweud y cyfan:')).not.toMatch(
      /Reuters/,
    );
    expect(read('Der Spiegel berichtete darüber, aber die Worte einer Nachbarin sagen mehr:')).not.toMatch(
      /Spiegel/,
    );
    // A turn to nobody's words keeps the outlet.
    expect(read('Der Spiegel berichtete darüber, aber ausführlicher:')).toBe('outlet:Der Spiegel');
  });

  it('reads Gujarati and Amharic self-references and Mongolian, Sinhala and Amharic official texts', () => {
    expect(read('ગયા ચોમાસે મેં અહીં લખ્યું હતું:')).toBe('self:Ysgol Example');
    expect(read('Аймгийн Засаг даргын Тамгын газрын албан мэдэгдэл:')).toBe('document:null');
    expect(read('නගර සභාව නිකුත් කළ නිවේදනය:')).toBe('document:null');
    expect(read('የከተማው የውሃ አገልግሎት ያወጣው መግለጫ እንዲህ ይላል፦')).toBe('document:null');
    expect(read('ቀደም ብዬ እንደጻፍኩት፦')).toBe('self:Ysgol Example');
    // Someone else's writing is no self-reference.
    expect(read('ગયા ચોમાસે એક વાચકે લખ્યું હતું:')).not.toMatch(/^self/);
  });

  it('reads a Turkish writer pointing back at their own words, the person in the verb', () => {
    expect(read('Geçen yaz burada şöyle yazmıştım:')).toBe('self:Ysgol Example');
    expect(read('Daha önce yazdığım gibi:')).toBe('self:Ysgol Example');
    // A reader's writing is no self-reference.
    expect(read('Bir okur geçen yaz şöyle yazmıştı:')).not.toMatch(/^self/);
  });

  it('reads a turn standing after the clause’s first words, or opening the sentence', () => {
    expect(
      read(
        'Der Bayerische Rundfunk hat darüber berichtet, maßgeblich ist aber der Wortlaut der Verordnung der Stadt:',
      ),
    ).toBe('document:null');
    expect(
      read(
        'Die Salzburger Nachrichten hatten ein Foto, am schönsten hat es aber unser Mitglied Gerlinde beschrieben:',
      ),
    ).toBe('person:null');
    expect(
      read(
        "Le Figaro a publié une photo en 1962. Mais c'est le carnet de ma grand-tante qui raconte le mieux :",
      ),
    ).toBe('person:null');
    // A turn to nobody's words or text keeps the outlet, wherever the turn stands.
    expect(read('Der Bayerische Rundfunk hat berichtet, ausführlicher ist aber der Text von heute:')).toBe(
      'outlet:Bayerischer Rundfunk',
    );
    expect(read('Le Figaro a publié une photo en 1962. Mais le récit est plus long :')).toBe(
      'outlet:Le Figaro',
    );
  });

  it('reads an official text named in the page’s words as a document', () => {
    expect(read("L'ordinanza del sindaco del 2 dicembre dice così:")).toBe('document:null');
    expect(read("L'arrêté préfectoral du 12 mai tient en une phrase :")).toBe('document:null');
    // An outlet named beside it is still the source.
    expect(read('Der Bayerische Rundfunk berichtet über die Verordnung:')).toBe(
      'outlet:Bayerischer Rundfunk',
    );
  });

  it('reads a writer pointing back at their own words as a self-quote', () => {
    expect(read('Fel y dywedais yn fy llythyr ym mis Medi:')).toBe('self:Ysgol Example');
    expect(read('Como escribí en mayo:')).toBe('self:Ysgol Example');
    // Dutch puts the verb before its subject after an adverb ("Vorig jaar schreef ik hier al:").
    expect(read('Twee winters geleden schreef ik hier al:')).toBe('self:Ysgol Example');
    expect(read('Wie der Spiegel schrieb:')).toBe('outlet:Der Spiegel');
    // Hebrew: "as I wrote here", "I already wrote"; an outlet that wrote stays the outlet's.
    expect(read('כפי שכתבתי כאן בקיץ:')).toBe('self:Ysgol Example');
    expect(read('כתבתי כבר לפני שנה:')).toBe('self:Ysgol Example');
    expect(read('כפי שכתב הארץ:')).not.toBe('self:Ysgol Example');
  });
});

describe('Hebrew', () => {
  it('reads its first-person words in its own pages only', () => {
    expect(speaksForItself('אני עובד כאן עשרים שנה ואף אחד לא שאל.', 'he')).toBe(true);
    expect(speaksForItself('אני עובד כאן עשרים שנה ואף אחד לא שאל.', 'en')).toBe(false);
    expect(speaksForItself('העירייה עובדת על זה כבר שנה.', 'he')).toBe(false);
  });
});

describe('Macedonian and Albanian', () => {
  it('reads their first-person words in their own pages only', () => {
    expect(speaksForItself('Татко ми велеше дека куќата е стара.', 'mk')).toBe(true);
    expect(speaksForItself('Guri mban gurin, dhe ne duhet ta lëmë ashtu.', 'sq')).toBe(true);
    expect(speaksForItself('Guri mban gurin, dhe ne duhet ta lëmë ashtu.', 'en')).toBe(false);
  });

  it('sets aside an outlet named before a turn to someone’s words, and reads a decision as a document', () => {
    const context: LeadInContext = {
      outlets: defaultOutlets,
      publication: 'Селски записи',
      publicationHost: 'selskizapisi.example',
      earlierOutlets: () => [],
      isSurname: () => false,
    };
    const read = (text: string) => {
      const r = readLeadIn(text, [], context);
      return r ? `${r.kind}:${r.outlet}` : 'none';
    };
    expect(read('„Вечер“ пишуваше за воденицата, но најдобро ја опиша дедо ми во својот дневник:')).toBe(
      'person:null',
    );
    expect(read('Одлуката на општината од 1985 година гласи:')).toBe('document:null');
    expect(read('Njoftimi i Bashkisë, që na erdhi me postë, thotë:')).toBe('document:null');
  });
});

describe('a letter’s greeting in the page’s language', () => {
  it('reads a greeting before a name and a comma as a letter’s opening', () => {
    expect(looksLikeLetter('„Мила сестро, не продавај ја куќата.“', 'mk')).toBe(true);
    expect(looksLikeLetter('Të dashur nipër, mos e harroni urën.', 'sq')).toBe(true);
    expect(looksLikeLetter('Liebe Frau Albers, danke für die Äpfel.', 'de')).toBe(true);
  });

  it('reads it in the page’s language only, and only at the passage’s opening', () => {
    // "Cara" is Italian "dear" but Spanish "face"; "beste" Dutch "dear" but German "best".
    expect(looksLikeLetter('Cara de pocos amigos, dijo el juez, y se fue.', 'es')).toBe(false);
    expect(looksLikeLetter('Beste Ergebnisse erzielte das Team, sagte der Trainer.', 'de')).toBe(false);
    expect(looksLikeLetter('Liebe Frau Albers, danke für die Äpfel.', 'en')).toBe(false);
    expect(looksLikeLetter('Der Verein schrieb: Liebe Mitglieder, bitte zahlen.', 'de')).toBe(false);
  });
});

describe('Kazakh and Luxembourgish', () => {
  const readIn = (language: string | null) => (text: string) => {
    const r = readLeadIn(text, [], {
      outlets: defaultOutlets,
      publication: 'Ауыл мұражайы',
      publicationHost: 'auyl.example',
      earlierOutlets: () => [],
      isSurname: () => false,
      language,
    });
    return r ? `${r.kind}:${r.outlet}` : 'none';
  };

  it('sets aside an outlet named before a turn to someone’s words', () => {
    expect(
      readIn('kk')('«Егемен Қазақстан» газеті жазды, бірақ ең жақсы сөзді оқырман айтты. Ол хатын жіберді:'),
    ).toBe('person:null');
    expect(
      readIn('lb')(
        'Den Tageblatt huet eis portraitéiert. Mee am beschten erzielt et eise Grënner an engem Bréif:',
      ),
    ).toBe('person:null');
  });

  it('reads an official text as a document', () => {
    expect(readIn('kk')('Аудан әкімдігінің шешімі:')).toBe('document:null');
    expect(readIn('lb')('An de Statuten vun 1932 steet:')).toBe('document:null');
  });

  it('reads someone’s text named with no turn as their words, in the page’s language only', () => {
    const memoir = 'Ол «Ескі мектеп» деген естелік кітап жазған. Онда былай делінген:';
    expect(readIn('kk')(memoir)).toBe('person:null');
    expect(readIn('ru')(memoir)).toBe('none');
  });
});

describe('englishLookalikes', () => {
  it('lists, per language, lower-case English first-person words that are other words there', () => {
    expect(ownVoice._doc).toContain('`englishLookalikes`');
    for (const [code, list] of Object.entries(ownVoice.englishLookalikes)) {
      expect(code).toMatch(/^[a-z]{2}$/);
      for (const word of list) expect(['we', 'our', 'us', 'i', 'my', 'me']).toContain(word);
    }
  });
  it('does not read an Italian article "I" as a speaker’s "I" on an Italian page', () => {
    const words = 'I commercianti del porto chiedono una riapertura parziale nei fine settimana.';
    expect(speaksForItself(words, 'it')).toBe(false);
    expect(speaksForItself(words, 'en')).toBe(true);
    expect(speaksForItself(words, null)).toBe(true);
    // Another English first-person word still counts there.
    expect(speaksForItself('I think my boat is the oldest in the harbour.', 'it')).toBe(true);
  });
});

describe('Hungarian', () => {
  const readIn = (language: string | null) => (text: string) => {
    const r = readLeadIn(text, [], {
      outlets: defaultOutlets,
      publication: 'Tiszaparti füzet',
      publicationHost: 'tiszapartifuzet.example',
      earlierOutlets: () => [],
      isSurname: () => false,
      language,
    });
    return r ? `${r.kind}:${r.outlet}` : 'none';
  };

  it('reads its first-person words in its own pages only, and no date’s "-én" as "I"', () => {
    expect(speaksForItself('Szerintem ez a híd még tíz évig kitart.', 'hu')).toBe(true);
    expect(speaksForItself('Nekünk senki nem szólt a lezárásról.', 'hu')).toBe(true);
    expect(speaksForItself('Szerintem ez a híd még tíz évig kitart.', 'de')).toBe(false);
    expect(speaksForItself('A felújítás január 12-én folytatódik, a hidat hat hétre zárják le.', 'hu')).toBe(
      false,
    );
  });

  it('reads a neighbour, an aunt or a reader named in the lead-in as someone’s words', () => {
    expect(readIn('hu')('Sanyi bácsi a szomszédból csak annyit mondott a kapuban:')).toBe('person:null');
    expect(readIn('hu')('Marika néni a földszintről ezt mondta:')).toBe('person:null');
    expect(readIn('hu')('Marika néni a földszintről ezt mondta:'.replace('néni', 'asszony'))).toBe('none');
  });

  it('reads the writer pointing back at their own words, words of time between', () => {
    expect(OTHER_SELF_REFERENCE.test('Ahogy tavaly már írtam:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Ahogy írtam:')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Ahogy a polgármester írta:')).toBe(false);
  });
});

/** A lead-in read on a page in `language`. */
const readOn = (language: string) => (text: string) => {
  const r = readLeadIn(text, [], {
    outlets: defaultOutlets,
    publication: 'Harbour Notes',
    publicationHost: 'harbournotes.example',
    earlierOutlets: () => [],
    isSurname: () => false,
    language,
  });
  return r ? `${r.kind}:${r.outlet}` : 'none';
};

describe('Japanese', () => {
  it('reads the writer pointing back at their own words, inside a sentence that runs on', () => {
    expect(readOn('ja')('一昨年の春、私はこう書いた：')).toBe('self:Harbour Notes');
    expect(readOn('ja')('前にも書いたが、もう一度引いておく：')).toBe('self:Harbour Notes');
    expect(readOn('ja')('読売新聞によると、')).toBe('outlet:The Yomiuri Shimbun');
  });
  it('reads a notice posted up as a document', () => {
    expect(readOn('ja')('港の待合室に貼り紙が出ていた：')).toBe('document:null');
    expect(readOn('ja')('町のお知らせにはこうある：')).toBe('document:null');
  });
  it('reads its first-person words in its own pages only, not a private railway', () => {
    expect(speaksForItself('私は毎朝この船で通っています。', 'ja')).toBe(true);
    expect(speaksForItself('私鉄の駅は来年の春に移る。', 'ja')).toBe(false);
    expect(speaksForItself('私は毎朝この船で通っています。', 'zh')).toBe(false);
  });
});

describe('Greek', () => {
  it('reads a neighbour who told the writer something as someone’s words', () => {
    expect(readOn('el')('Ο κύριος Στέλιος από το καφενείο μου είπε χθες:')).toBe('person:null');
  });
  it('reads a notice as a document and the writer pointing back as a self-quote', () => {
    expect(readOn('el')('Στην πλατεία το λιμεναρχείο έχει βάλει ανακοίνωση:')).toBe('document:null');
    expect(readOn('el')('Όπως έγραψα τον Μάιο:')).toBe('self:Harbour Notes');
  });
});

describe('Korean', () => {
  it('reads a notice with its particle on as a document', () => {
    expect(readOn('ko')('항만청 공지도 올라왔다:')).toBe('document:null');
  });
  it('reads its first-person words as whole words only', () => {
    expect(speaksForItself('저는 매일 이 배를 타고 출근해요.', 'ko')).toBe(true);
    expect(speaksForItself('섬을 떠나는 배는 하루 두 번 있다.', 'ko')).toBe(false);
  });
});

describe('Arabic', () => {
  it('reads the writer pointing back at what they wrote here as a self-quote', () => {
    expect(readOn('ar')('كتبت هنا في الخريف الماضي:')).toBe('self:Harbour Notes');
  });
  it('reads a sheet posted up as a document', () => {
    expect(readOn('ar')('على باب الميناء علقوا ورقة:')).toBe('document:null');
  });
});

describe('Icelandic, Croatian, Ukrainian and Galician', () => {
  it('reads the writer pointing back at their own words as a self-quote', () => {
    for (const [lang, text] of [
      ['is', 'Ég skrifaði um þetta í vor:'],
      ['is', 'Eins og ég skrifaði í fyrra:'],
      ['hr', 'Kao što sam pisala prošle zime:'],
      ['hr', 'Napisao sam ovdje u ožujku:'],
      ['uk', 'Як я вже писала восени:'],
      ['gl', 'Como xa escribín en marzo:'],
    ])
      expect(readOn(lang)(text), text).toBe('self:Harbour Notes');
  });
  it('reads a notice as a document', () => {
    for (const [lang, text] of [
      ['is', 'Á hafnarhúsinu hangir tilkynning:'],
      ['hr', 'Na vratima luke visi obavijest:'],
    ])
      expect(readOn(lang)(text), text).toBe('document:null');
  });
  it("reads first-person words in the page's language", () => {
    for (const [lang, text, own] of [
      ['is', 'Ég synti hér á hverjum morgni í tuttugu ár.', true],
      ['hr', 'Moja baka je prodavala ribu na ovoj rivi.', true],
      ['uk', 'Я тридцять років торгую тут рибою.', true],
      ['gl', 'Eu crucei o río cada mañá.', true],
      ['is', 'Laugin verður lokuð frá janúar til apríl.', false],
      ['hr', 'Most će biti zatvoren do travnja.', false],
    ] as const)
      expect(speaksForItself(text, lang), text).toBe(own);
  });
  it("reads no Icelandic 'en' (French and Spanish 'in') as a turn", () => {
    expect(readOn('fr')('Le Monde en a parlé. En Bretagne, des voisins:')).toBe('outlet:Le Monde');
  });
});
