import { describe, expect, it } from 'vitest';
import {
  ARTICLES,
  NOUN_CUE_PREFIXES_AFTER,
  NOUN_CUES_AFTER,
  NOUN_CUES_BEFORE,
} from '../../utils/outlets/context-words';
import { findOutletMentions, outletByHost, outletByName } from '../../utils/outlets/lookup';
import { foldDiacritics } from '../../utils/outlets/normalise';

const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}→${m.outlet.name}`);

describe('German running text', () => {
  it.each([
    ['Wie in der Süddeutschen zu lesen war, steigen die Preise.', 'Süddeutschen→Süddeutsche Zeitung'],
    ['Der Süddeutschen Zeitung zufolge steigen die Preise.', 'Süddeutschen Zeitung→Süddeutsche Zeitung'],
    ['Laut Spiegel sinken die Zahlen.', 'Spiegel→Der Spiegel'],
    ['Das bestätigte ein Sprecher der FAZ.', 'FAZ→Frankfurter Allgemeine Zeitung'],
    ['Er sagte dem Handelsblatt, dass es so sei.', 'Handelsblatt→Handelsblatt'],
    ['Im Tagesspiegel stand es gestern.', 'Tagesspiegel→Der Tagesspiegel'],
    ['Nach Recherchen des Spiegels wurde das Geld überwiesen.', 'Spiegels→Der Spiegel'],
    ['Ein Bericht des Handelsblatts zeigt das.', 'Handelsblatts→Handelsblatt'],
    ['Ein Bericht des Handelsblattes zeigt das.', 'Handelsblattes→Handelsblatt'],
    [
      'Laut der Frankfurter Allgemeinen ist das falsch.',
      'Frankfurter Allgemeinen→Frankfurter Allgemeine Zeitung',
    ],
    ['Er sagte der Neuen Zürcher Zeitung, das sei so.', 'Neuen Zürcher Zeitung→Neue Zürcher Zeitung'],
    ['Wie die Rheinische Post berichtet, ist das so.', 'Rheinische Post→Rheinische Post'],
    ['Laut der Rheinischen Post ist das so.', 'Rheinischen Post→Rheinische Post'],
    ['Das sagte er der Deutschen Welle.', 'Deutschen Welle→Deutsche Welle'],
    ['Der Spiegel berichtet, dass die Regierung plant.', 'Spiegel→Der Spiegel'],
    ['Der Standard schreibt dazu:', 'Der Standard→Der Standard'],
    ['Wien (APA) - Die Mehrkosten steigen.', 'APA→Austria Presse Agentur'],
    ['Im Ö1-Morgenjournal sagte sie:', 'Ö1→ORF'],
    ['Wie die Zeit berichtet, ist das so.', 'Zeit→Die Zeit'],
    ['Die Welt schreibt, es sei vorbei.', 'Welt→Die Welt'],
    ['La Nación informa:', 'La Nación→La Nación'],
    ['Der Welt zufolge ist es vorbei.', 'Welt→Die Welt'],
    ['Bild berichtet über den Fall.', 'Bild→Bild'],
    ['Laut Bild hat er gelogen.', 'Bild→Bild'],
    ['Der Kurier zitiert einen Experten.', 'Kurier→Kurier'],
    ['Das sagte er gegenüber dem Blick.', 'Blick→Blick'],
    ['Das meldete der WDR.', 'WDR→Westdeutscher Rundfunk'],
    ['Nach Angaben des Bayerischen Rundfunks ist das so.', 'Bayerischen Rundfunks→Bayerischer Rundfunk'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads credits and sources framed by punctuation', () => {
    expect(found('(Bild) Quelle: Die Welt')).toEqual(['Bild→Bild', 'Welt→Die Welt']);
  });

  it('leaves the common nouns alone where no source is meant', () => {
    for (const text of [
      'Mit der Zeit wird die Welt besser, und die Presse berichtet darüber.',
      'Das Bild zeigt einen Blick auf die Welt. Heute ist der Spiegel im Bad zerbrochen.',
      'Die Zeit drängt. Die Welt retten wir nicht allein. Der Standard ist hoch.',
      'Die Presse sagte nichts. Der Standard zeigt es. Die Presse berichtet, dass es regnet.',
      'Am Freitag kommt der Kurier mit dem Profil der jungen Welt.',
      'Die Welt ist groß und die Zeit ist knapp; ein Stern am Himmel, ein Falter im Garten.',
      'Spiegels und Sterns sind Nachnamen; Herr Spiegel sagte nichts.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('inflects only the names of German-speaking outlets, and only by German endings', () => {
    expect(found('The Washington Posts and Bloombergs of this world; Le Mondes.')).toEqual([]);
    expect(found('der Süddeutscher Verlag; die Handelsblattn')).toEqual([]);
    expect(found('DES SPIEGELS')).toEqual(['SPIEGELS→Der Spiegel']);
  });

  it('still reads the German outlets in English text', () => {
    expect(
      found('Spiegel reported; he told Der Spiegel; Der Spiegel’s editor; according to Die Zeit.'),
    ).toEqual([
      'Spiegel→Der Spiegel',
      'Der Spiegel→Der Spiegel',
      'Der Spiegel→Der Spiegel',
      'Die Zeit→Die Zeit',
    ]);
  });
});

describe('French and Spanish running text', () => {
  it.each([
    ['Selon Le Monde, le gouvernement hésite.', 'Le Monde→Le Monde'],
    ["D'après Libération, le ministre a menti.", 'Libération→Libération'],
    ['Le Figaro rapporte que la réforme est prête.', 'Le Figaro→Le Figaro'],
    ['Selon Marianne, rien ne change.', 'Marianne→Marianne'],
    ['Selon La Dépêche, la ville hésite.', 'La Dépêche→La Dépêche du Midi'],
    ['Comme le rapporte Sud Ouest, le pont est fermé.', 'Sud Ouest→Sud Ouest'],
    ['Según El País, el Gobierno prepara cambios.', 'El País→El País'],
    ['Informa El Mundo que el acuerdo está cerca.', 'El Mundo→El Mundo'],
    ['Según publicó La Voz de Galicia, el puerto cierra.', 'La Voz de Galicia→La Voz de Galicia'],
    ['Según Clarín, la inflación bajó.', 'Clarín→Clarín'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('leaves lower-case common words alone', () => {
    expect(found('Tout le monde sait que le temps passe. El país vive un mundo de cambios.')).toEqual([]);
    expect(found('Marianne Dupont est venue.')).toEqual([]);
  });
});

describe('outlets of Germany, Austria, Switzerland, France, Belgium, Spain and Latin America', () => {
  it.each([
    ['SZ', 'Süddeutsche Zeitung'],
    ['WAZ', 'Westdeutsche Allgemeine Zeitung'],
    ['Deutschlandfunk', 'Deutschlandfunk'],
    ['Salzburger Nachrichten', 'Salzburger Nachrichten'],
    ['Tribune de Genève', 'Tribune de Genève'],
    ['Ouest-France', 'Ouest-France'],
    ["L'Echo", "L'Echo"],
    ['La Voz de Galicia', 'La Voz de Galicia'],
    ['Animal Político', 'Animal Político'],
    ['Radio Bío-Bío', 'Radio Bío-Bío'],
  ])('knows %s as %s', (written, canonical) => {
    expect(outletByName(written)?.name).toBe(canonical);
  });

  it.each([
    ['https://www.sueddeutsche.de/politik/x', 'Süddeutsche Zeitung'],
    ['https://www.derstandard.at/story/1', 'Der Standard'],
    ['https://www.nzz.ch/international/x', 'Neue Zürcher Zeitung'],
    ['https://www.lemonde.fr/politique/x', 'Le Monde'],
    ['https://www.lesoir.be/1/x', 'Le Soir'],
    ['https://elpais.com/espana/x', 'El País'],
    ['https://www.clarin.com/x', 'Clarín'],
    ['https://www.deutschlandfunk.de/x', 'Deutschlandfunk'],
  ])('knows %s by its domain', (url, canonical) => {
    expect(outletByHost(url)?.name).toBe(canonical);
  });
});

describe('Swedish, Norwegian and Danish running text', () => {
  it.each([
    ['Enligt TT är det klart.', 'TT→TT'],
    ['Ifølge NTB er det klart.', 'NTB→NTB'],
    ['(TT)', 'TT→TT'],
    ['TT rapporterar att det är klart.', 'TT→TT'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('leaves a TT that is no wire alone', () => {
    expect(found('the Isle of Man TT races and a TT score')).toEqual([]);
  });
});

describe('Catalan, Finnish, Hungarian, Norwegian and Vietnamese running text', () => {
  it.each([
    ["Segons l'Ara, el pressupost no arriba.", "l'Ara→Ara"],
    ['Com explica l’Ara, el tram tanca.', 'l’Ara→Ara'],
    ["L'Ara ha parlat amb un conductor:", "L'Ara→Ara"],
    ["Selon l'Équipe, le club a refusé.", "l'Équipe→L'Équipe"],
    ['Ho explica VilaWeb:', 'VilaWeb→VilaWeb'],
    ['Kauppalehti haastatteli yrittäjää:', 'Kauppalehti→Kauppalehti'],
    ['A 444 szerint a vonat késik.', '444→444'],
    ['A 444 megszólaltatott egy utast:', '444→444'],
    ['Az Origo szerint a busz ingyenes.', 'Origo→Origo'],
    ['Bergens Tidende snakket med en sjåfør:', 'Bergens Tidende→Bergens Tidende'],
    ['Thanh Niên phỏng vấn một hành khách:', 'Thanh Niên→Thanh Niên'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('leaves the words those names are made of alone where no source is meant', () => {
    expect(found('Ara ha arribat el moment de votar, i ara mateix no hi ha tren.')).toEqual([]);
    expect(found('A 444 utas fele állva utazott.')).toEqual([]);
    expect(found('Az origo a koordináta-rendszer kezdőpontja.')).toEqual([]);
    expect(found('The HS football team won again.')).toEqual([]);
  });

  it.each([
    ['https://www.vilaweb.cat/noticies/x', 'VilaWeb'],
    ['https://www.ara.cat/societat/x', 'Ara'],
    ['https://www.bt.no/nyheter/x', 'Bergens Tidende'],
    ['https://444.hu/2026/12/03/x', '444'],
    ['https://thanhnien.vn/x.htm', 'Thanh Niên'],
    ['https://www.is.fi/kotimaa/x', 'Ilta-Sanomat'],
  ])('knows %s by its domain', (url, canonical) => {
    expect(outletByHost(url)?.name).toBe(canonical);
  });

  it('knows the national wires by their own names', () => {
    expect(outletByName('Magyar Távirati Iroda')?.name).toBe('MTI');
    expect(outletByName('TTXVN')?.name).toBe('Vietnam News Agency');
    expect(outletByName('Suomen Tietotoimisto')?.name).toBe('STT');
    expect(outletByName('FNB')?.name).toBe('STT');
    expect(outletByName('Finska notisbyrån')?.name).toBe('STT');
  });
});

describe('the context words (utils/outlets/context-words.ts)', () => {
  it('are single lower-case words without accents, in any script, as the matcher compares them', () => {
    const bad = [...NOUN_CUES_BEFORE, ...NOUN_CUES_AFTER, ...ARTICLES].filter(
      (w) => w !== w.toLowerCase() || w !== foldDiacritics(w) || !/^[\p{L}\p{M}]+$/u.test(w),
    );
    expect(bad).toEqual([]);
  });
});

describe('names written in the script of the outlet’s country', () => {
  it.each([
    ['据新华社报道，会议已经结束。', '新华社→Xinhua'],
    ['據新華社報導，會議已經結束。', '新華社→Xinhua'],
    ['据人民日报报道，会议已经结束。', "人民日报→People's Daily"],
    ['Как пишет Коммерсантъ, сделка сорвалась.', 'Коммерсантъ→Kommersant'],
    ['Как сообщает Медуза, сделка сорвалась.', 'Медуза→Meduza'],
    ['Як пише Українська правда, угоду зірвано.', 'Українська правда→Ukrainska Pravda'],
    ['ذكرت قناة الجزيرة أن الحكومة قررت ذلك.', 'قناة الجزيرة→Al Jazeera'],
    ['প্রথম আলো জানিয়েছে, বৈঠক শেষ হয়েছে।', 'প্রথম আলো→Prothom Alo'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('does not take the island or the peninsula for Al Jazeera', () => {
    expect(found('شبه الجزيرة العربية واسعة.')).toEqual([]);
  });
});

describe('an acronym read only beside a cue, in a script written without spaces', () => {
  it('is found with the cue at the start of the run after it', () => {
    expect(found('HBC の取材に、住民はこう話した。')).toContain('HBC→Hokkaido Broadcasting');
    expect(found('KNN 취재진이 만난 상인은 이렇게 말했다.')).toContain('KNN→KNN');
  });
  it('is not found without one', () => {
    expect(found('HBC announced store closures.')).toEqual([]);
    expect(found('KNN classifiers are simple.')).toEqual([]);
  });
  it('keeps its cues folded as the text’s words are', () => {
    for (const cue of NOUN_CUE_PREFIXES_AFTER) expect(cue).toBe(foldDiacritics(cue).toLowerCase());
  });
});

describe('regional titles that are words or initials', () => {
  it('finds the lower-case "bz" beside a source’s cue only', () => {
    expect(found('Die bz schreibt heute über die Fähre.')).toEqual(['bz→bz Basel']);
    expect(found('Die Datei heisst bz und liegt im Ordner.')).toEqual([]);
  });
  it('finds Mural inside a Spanish sentence, never opening one', () => {
    expect(found('Y para cerrar, Mural, con su estilo de siempre, fue al grano.')).toEqual(['Mural→Mural']);
    expect(found('Mural de la plaza: lo pintaron los vecinos.')).toEqual([]);
  });
  it('finds the Québec, Jalisco and Maltese outlets by name', () => {
    expect(found('Tiré du Journal de Québec, en page 7.')).toEqual([
      'Journal de Québec→Le Journal de Québec',
    ]);
    expect(found('De acuerdo con El Informador, el tren se retrasa.')).toEqual([
      'El Informador→El Informador',
    ]);
    expect(found('Skont TVM, il-vapur se jibqa’ fil-port.')).toEqual(['TVM→TVM']);
  });
});

describe('outlets of Sardinia, Luxembourg and New Caledonia', () => {
  it('finds the Sardinian papers and station by name, in Catalan and Italian sentences', () => {
    expect(found("L'Unione Sarda ho publica avui:")).toEqual(["L'Unione Sarda→L'Unione Sarda"]);
    expect(found('Segons La Nuova Sardegna, el pla encara no hi és.')).toEqual([
      'La Nuova Sardegna→La Nuova Sardegna',
    ]);
    expect(found('Videolina ha parlato con un tassista.')).toEqual(['Videolina→Videolina']);
  });
  it('finds a station by its dial only beside a cue, and a channel by its full name, not by a place it names', () => {
    expect(found('Laut 100,7 fielen im November 212 Züge aus.')).toEqual(['100,7→Radio 100,7']);
    expect(found('Die Strecke ist 100,7 Kilometer lang.')).toEqual([]);
    expect(found('— Caledonia TV')).toEqual(['Caledonia TV→Caledonia TV']);
    // "Caledonia" is Scotland's old name: after English "to", a cue, it would name the channel in plain prose.
    expect(found('— Caledonia')).toEqual([]);
    expect(found('She crossed to Caledonia and then to Ireland.')).toEqual([]);
    expect(found('The hills of Caledonia were white with snow.')).toEqual([]);
  });
  it('finds Les Nouvelles calédoniennes as the paper writes itself, not as "Les Nouvelles"', () => {
    expect(found('Les Nouvelles calédoniennes titrent ce matin :')).toEqual([
      'Les Nouvelles calédoniennes→Les Nouvelles calédoniennes',
    ]);
    expect(found('Selon LNC, la plage reste fermée.')).toEqual(['LNC→Les Nouvelles calédoniennes']);
  });
});
