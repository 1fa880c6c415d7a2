// Outlet names under the case endings of their language (utils/outlets/case-endings.json, read by
// utils/outlets/case-endings.ts and used by findOutletMentions): the file's shape, the rules, and the names in
// running text, with the ordinary words and foreign names that must stay unmatched.
import { describe, expect, it } from 'vitest';
import {
  CASE_ENDINGS,
  countriesOfLanguage,
  type EndingsFile,
  inflectionFits,
  joinsEnding,
  readEndings,
  stemCandidates,
} from '../../utils/outlets/case-endings';
import raw from '../../utils/outlets/case-endings.json';
import { findOutletMentions } from '../../utils/outlets/lookup';
import { foldDiacritics } from '../../utils/outlets/normalise';

const file = raw as EndingsFile & { _doc: string };
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The mentions in `text` as "what was written=outlet". */
const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}=${m.outlet.name}`);

describe('the case endings file (utils/outlets/case-endings.json)', () => {
  it('describes itself and lists languages by a two-letter code, with a name', () => {
    expect(file._doc.length).toBeGreaterThan(100);
    expect(file.languages.length).toBeGreaterThan(10);
    const codes = file.languages.map((l) => l.language);
    expect(new Set(codes).size).toBe(codes.length);
    for (const l of file.languages) {
      expect(l.language).toMatch(/^[a-z]{2}$/);
      expect(l.name.length).toBeGreaterThan(3);
    }
  });

  it('names countries by ISO 3166-1 alpha-2 code, or "*" for a language whose endings are its script', () => {
    const bad = file.languages.flatMap((l) =>
      l.countries.filter((c) => c !== '*' && !(/^[A-Z]{2}$/.test(c) && regionNames.of(c) !== c)),
    );
    expect(bad).toEqual([]);
    for (const l of file.languages) expect(l.countries.length).toBeGreaterThan(0);
  });

  it('writes endings as lower-case letters, each rule turning its base into something else, without repeats', () => {
    const bad: string[] = [];
    for (const l of file.languages) {
      const rules: ReadonlyArray<{ base: string; oblique: readonly string[]; after?: string }> = [
        ...l.endings,
        ...(l.prefixes ?? []),
      ];
      for (const { base, oblique, after } of rules) {
        if (oblique.length === 0) bad.push(`${l.language}: "${base}" has no oblique form`);
        if (new Set(oblique).size !== oblique.length) bad.push(`${l.language}: "${base}" repeats a form`);
        for (const s of [base, ...oblique, after ?? ''])
          if (s !== s.toLowerCase() || !/^[\p{L}\p{M}]*$/u.test(s)) bad.push(`${l.language}: "${s}"`);
        if (oblique.includes(base)) bad.push(`${l.language}: "${base}" becomes itself`);
        if (after !== undefined && after === '') bad.push(`${l.language}: empty "after"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('puts only the marks the lookup reads between a name and its ending', () => {
    for (const l of file.languages) for (const j of l.joiners) expect(["'", ':', '-']).toContain(j);
  });
});

describe('reading the rules', () => {
  const endings = readEndings({
    languages: [
      {
        language: 'fi',
        name: 'Finnish',
        countries: ['FI'],
        joiners: [':'],
        endings: [
          { base: 'at', oblique: ['ien'] },
          { base: '', oblique: ['n'], after: 'aeiouyäö' },
        ],
      },
      {
        language: 'cs',
        name: 'Czech',
        countries: ['CZ'],
        joiners: [],
        endings: [{ base: 'y', oblique: [''] }],
      },
      {
        language: 'he',
        name: 'Hebrew',
        countries: ['*'],
        joiners: [],
        endings: [],
        prefixes: [{ base: '', oblique: ['ל'] }],
      },
    ],
  });

  it('offers the words a written form may come from', () => {
    expect(stemCandidates('sanomien', false, endings)).toContain('sanomat');
    expect(stemCandidates('ylen', false, endings)).toContain('yle');
    expect(stemCandidates('novin', false, endings)).toContain('noviny');
    // A particle is taken off the first word of a name only.
    expect(stemCandidates('לגלובס', true, endings)).toContain('גלובס');
    expect(stemCandidates('לגלובס', false, endings)).not.toContain('גלובס');
  });

  it('leaves at least three letters of the word', () => {
    expect(stemCandidates('hsn', false, endings)).not.toContain('hs');
    expect(inflectionFits('FI', 'HS', 'HSn', false, endings)).toBe(false);
  });

  it('fits an ending only for the countries whose language has it, and a script-wide one for every country', () => {
    expect(inflectionFits('FI', 'Sanomat', 'Sanomien', false, endings)).toBe(true);
    expect(inflectionFits('CZ', 'Sanomat', 'Sanomien', false, endings)).toBe(false);
    expect(inflectionFits('CZ', 'noviny', 'novin', false, endings)).toBe(true);
    expect(inflectionFits('US', 'גלובס', 'לגלובס', true, endings)).toBe(true);
    expect(inflectionFits('US', 'Posten', 'Postenn', false, endings)).toBe(false);
  });

  it('keeps the stem as the table writes it, the ending in lower case (capitals when the word is shouted)', () => {
    expect(inflectionFits('FI', 'Yle', 'Ylen', false, endings)).toBe(true);
    expect(inflectionFits('FI', 'Yle', 'YLEN', false, endings)).toBe(true);
    expect(inflectionFits('FI', 'Yle', 'yleN', false, endings)).toBe(false);
    expect(inflectionFits('FI', 'Yle', 'YleN', false, endings)).toBe(false);
    expect(inflectionFits('FI', 'Yle', 'Ylex', false, endings)).toBe(false);
  });

  it('asks for the letter a stem ends on where the rule says so', () => {
    expect(inflectionFits('FI', 'Kaleva', 'Kalevan', false, endings)).toBe(true);
    expect(inflectionFits('FI', 'Sanomat', 'Sanomatn', false, endings)).toBe(false);
  });

  it('knows each country’s joiners', () => {
    expect(joinsEnding('FI', ':', endings)).toBe(true);
    expect(joinsEnding('FI', "'", endings)).toBe(false);
    expect(joinsEnding('TR', "'")).toBe(true);
    expect(joinsEnding('HU', '-')).toBe(true);
    expect(joinsEnding('US', "'")).toBe(false);
  });

  it('folds what the file writes as the lookup folds words', () => {
    const hungarian = CASE_ENDINGS.byCountry.get('HU')?.endings.map((e) => e.oblique) ?? [];
    expect(hungarian).toContain('bol');
    expect(hungarian.every((e) => e === foldDiacritics(e))).toBe(true);
  });
});

describe('outlets named in an oblique case, in running text', () => {
  it.each([
    // Finnish
    ['Helsingin Sanomien mukaan hallitus harkitsee muutosta.', 'Helsingin Sanomien=Helsingin Sanomat'],
    ['Ylen mukaan päätös tehdään ensi viikolla.', 'Ylen=Yle'],
    ['Kauppalehden tietojen mukaan yhtiö irtisanoo.', 'Kauppalehden=Kauppalehti'],
    // Hungarian
    ['A Népszavának nyilatkozott a miniszter.', 'Népszavának=Népszava'],
    ['Az Indexnek nyilatkozott a szóvivő.', 'Indexnek=Index.hu'],
    // Czech and Slovak
    ['Podle Lidových novin vláda jedná.', 'Lidových novin=Lidové noviny'],
    ['Podle Práva ministr odstoupí.', 'Práva=Novinky.cz'],
    ['Informoval o tom server Deníku N.', 'Deníku N=Deník N'],
    // Polish
    ['Według Rzeczpospolitej rząd planuje cięcia.', 'Rzeczpospolitej=Rzeczpospolita'],
    ['Według Gazety Wyborczej minister odchodzi.', 'Gazety Wyborczej=Gazeta Wyborcza'],
    ['Jak ustaliła redakcja, według Faktu kontrola trwa.', 'Faktu=Fakt'],
    // a neuter name on -o: "Radio" is "Radia", "Radiu"
    ['Według Radia Gdańsk objazd potrwa do wiosny.', 'Radia Gdańsk=Radio Gdańsk'],
    ['W Radiu Gdańsk mówiono o tym rano.', 'Radiu Gdańsk=Radio Gdańsk'],
    // Croatian
    ['Prema pisanju Večernjeg lista ministar je podnio ostavku.', 'Večernjeg lista=Večernji list'],
    // Baltic
    ['Lietuvos ryto duomenimis, sprendimas atidėtas.', 'Lietuvos ryto=Lietuvos rytas'],
    ['Dienas Biznesa rīcībā esošā informācija', 'Dienas Biznesa=Dienas Bizness'],
    ['Eesti Päevalehe andmetel on otsus tehtud.', 'Eesti Päevalehe=Eesti Päevaleht'],
    ['Postimehe andmetel on otsus tehtud.', 'Postimehe=Postimees'],
    // Greek
    ['Σύμφωνα με την ανάλυση της Καθημερινής, η κυβέρνηση', 'Καθημερινής=Kathimerini'],
    ['όπως μεταδίδει η ΕΡΤ', 'ΕΡΤ=ERT'],
    // a masculine name in -ης, its genitive and accusative in -η
    ['σύμφωνα με τον «Ριζοσπάστη»,', 'Ριζοσπάστη=Rizospastis'],
    ['στο φύλλο του Πολίτη σήμερα', 'Πολίτη=Politis (Cyprus)'],
    // Russian, Ukrainian; the Cyrillic names of any outlet
    ['По данным «Коммерсанта», сделка сорвалась.', 'Коммерсанта=Kommersant'],
    ['По данным Интерфакса, взрыв произошёл утром.', 'Интерфакса=Interfax'],
    ['как сообщила «Российская газета»', 'Российская газета=Rossiyskaya Gazeta'],
    ['по словам «Московского комсомольца»', 'Московского комсомольца=Moskovsky Komsomolets'],
    ['по данным «Ведомостей»', 'Ведомостей=Vedomosti'],
    ['сообщили «Медузе» источники', 'Медузе=Meduza'],
    ['Агентство Блумберга пишет', 'Блумберга=Bloomberg'],
    ['як повідомляє Укрінформу джерело', 'Укрінформу=Ukrinform'],
    ['за даними Української правди', 'Української правди=Ukrainska Pravda'],
    // Bengali and Nepali: postpositions written onto the name
    ['প্রথম আলোর প্রতিবেদনে', 'প্রথম আলোর=Prothom Alo'],
    ['कान्तिपुरको समाचार', 'कान्तिपुरको=Kantipur'],
    // Marathi, Telugu and Malayalam: postpositions and case suffixes written onto the name
    ['लोकसत्ताच्या वृत्तानुसार', 'लोकसत्ताच्या=Loksatta'],
    ['अधिकारी लोकसत्ताशी बोलताना', 'लोकसत्ताशी=Loksatta'],
    ['ఈనాడుతో మాట్లాడుతూ', 'ఈనాడుతో=Eenadu'],
    ['മനോരമയുടെ റിപ്പോർട്ട് പ്രകാരം', 'മനോരമയുടെ=Malayala Manorama'],
    // Gujarati: postpositions, and the agentive written as a vowel sign after a consonant
    ['ગુજરાત સમાચારના અહેવાલ મુજબ', 'ગુજરાત સમાચારના=Gujarat Samachar'],
    ['દિવ્ય ભાસ્કરે એક વેપારી સાથે વાત કરી', 'દિવ્ય ભાસ્કરે=Divya Bhaskar'],
    // Sinhala: the dative written onto a name
    ['ලංකාදීපයට කතා කළ නිලධාරියෙක්', 'ලංකාදීපයට=Lankadeepa'],
    // Kyrgyz: the genitive and the dative
    ['Азаттыктын кабарчысы сүйлөштү', 'Азаттыктын=Radio Azattyk'],
    ['Азаттыкка берген маегинде', 'Азаттыкка=Radio Azattyk'],
    // Odia: postpositions written onto the name
    ['ଧରିତ୍ରୀର ରିପୋର୍ଟ ଅନୁସାରେ', 'ଧରିତ୍ରୀର=Dharitri'],
    // Assamese: the genitive, the dative and the agent's ending written onto the name
    ['অসমীয়া প্ৰতিদিনৰ প্ৰতিবেদন অনুসৰি', 'অসমীয়া প্ৰতিদিনৰ=Asomiya Pratidin'],
    ['অসমীয়া প্ৰতিদিনক কয়', 'অসমীয়া প্ৰতিদিনক=Asomiya Pratidin'],
    ['অসমীয়া প্ৰতিদিনে জনাইছে', 'অসমীয়া প্ৰতিদিনে=Asomiya Pratidin'],
    ['নিয়মীয়া বাৰ্তাই জনাইছে', 'নিয়মীয়া বাৰ্তাই=Niyomiya Barta'],
    // Faroese: a definite neuter name on -ið in the dative and the genitive
    ['Sambært Kringvarpinum er vegurin opin.', 'Kringvarpinum=Kringvarp Føroya'],
    ['Sambært upplýsingum Kringvarpsins er vegurin opin.', 'Kringvarpsins=Kringvarp Føroya'],
    // Georgian and Armenian
    ['ინტერპრესნიუსის ცნობით', 'ინტერპრესნიუსის=Interpressnews'],
    ['Արմենպրեսի հաղորդմամբ', 'Արմենպրեսի=Armenpress'],
    // Georgian names ending in -ა: genitive -ის, ergative -ამ
    ['რადიო თავისუფლების ჟურნალისტი ესაუბრა', 'რადიო თავისუფლების=Radio Tavisupleba'],
    ['პუბლიკის ცნობით', 'პუბლიკის=Publika'],
    // Basque: the ergative and genitive written onto a name, straight or after a hyphen
    ['Berriak argitaratu du gaur.', 'Berriak=Berria'],
    ['EITBk jakinarazi du.', 'EITBk=EITB'],
    ['Berriaren arabera, udalak ez du onartu.', 'Berriaren=Berria'],
    ['Diario Vascok idatzi du.', 'Diario Vascok=El Diario Vasco'],
    // Icelandic: the article written onto a name, in the dative and genitive; a strong masculine's endings
    ['Í Morgunblaðinu í morgun segir', 'Morgunblaðinu=Morgunblaðið'],
    ['að sögn Morgunblaðsins', 'Morgunblaðsins=Morgunblaðið'],
    ['Á vef Vísis kemur fram', 'Vísis=Vísir'],
    // German, as before
    ['Wie in der Süddeutschen zu lesen war', 'Süddeutschen=Süddeutsche Zeitung'],
    ['ein Bericht des Spiegels', 'Spiegels=Der Spiegel'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads the context after an ending behind an apostrophe, a colon or a hyphen', () => {
    expect(found("Sabah'a göre bakan istifa etti.")).toEqual(['Sabah=Daily Sabah']);
    expect(found('HS:n mukaan hallitus harkitsee.')).toEqual(['HS=Helsingin Sanomat']);
    expect(found('Az ERR-i teatel on otsus tehtud.')).toEqual(['ERR=ERR News']);
    expect(found("Hürriyet'e göre bakan istifa etti.")).toEqual(['Hürriyet=Hürriyet']);
    // Basque and Azerbaijani endings behind a hyphen; an acronym two agencies share goes to the one whose
    // country's language wrote the ending
    expect(found('Naiz-en irakurria.')).toEqual(['Naiz=Naiz']);
    expect(found('APA-nın məlumatına görə, stansiya bağlanıb.')).toEqual(['APA=APA Information Agency']);
    expect(found('Wien (APA) – Die Regierung')).toEqual(['APA=Austria Presse Agentur']);
  });

  it('takes particles written onto a name in Arabic and Hebrew, for any outlet', () => {
    expect(found('وفقاً لرويترز فإن')).toEqual(['لرويترز=Reuters']);
    expect(found('وفقا للجزيرة فإن')).toEqual(['للجزيرة=Al Jazeera']);
    expect(found('בגלובס פורסם הבוקר')).toEqual(['בגלובס=Globes']);
  });
});

describe('what must stay unmatched', () => {
  it.each([
    // English names take no endings, in English or any other text.
    'Washington Posts and Bloombergs',
    'the Reutersin mukaan',
    // An ending of another country's language.
    'Rzeczpospolitan mukaan',
    'Helsingin Sanomy',
    // A lower-case word is no name, inflected or not.
    'nowej gazety wyborczej nie ma',
    'газеты и журналы',
    // Ordinary words that are names: with no cue, or at a sentence's start.
    'Sabah saatlerinde yağmur başladı.',
    'Вести переговоры с соседями трудно.',
    'Дождя не было неделю.',
    'Fakty są inne.',
    // Too short to carry an ending: the stem would be two letters.
    'HSn mukaan',
    // A Basque ending on a Spanish word that is no name, and a Basque ending on an English name.
    'Etxe berriak eraiki dituzte.',
    'Reutersek dio.',
    // An Icelandic ending on another country's name, and on a word that is no name.
    'Í Guardianinu segir',
    'Blaðsins vegna',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes no Hebrew or Arabic particle off a word that is not a name', () => {
    expect(found('בכל הארץ ירד גשם')).toEqual([]);
    expect(found('في منطقة الشرق الأوسط')).toEqual([]);
  });
});

describe('the countries of a language', () => {
  it('lists the countries the file gives a language, none for "*" or a language it does not list', () => {
    expect([...countriesOfLanguage('sr')].sort()).toEqual(['BA', 'ME', 'RS']);
    expect([...countriesOfLanguage('bg')]).toEqual(['BG']);
    expect(countriesOfLanguage('he').size).toBe(0);
    expect(countriesOfLanguage('en').size).toBe(0);
  });
});

describe('Armenian names on -ություն', () => {
  it('are found in the genitive, -ության, and nowhere a common noun opens a sentence', () => {
    const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}=${m.outlet.name}`);
    expect(found('«Ազատության» թղթակիցը զրուցել է բնակիչների հետ։')).toEqual(['Ազատության=Radio Azatutyun']);
    expect(found('«Հետքը» գրում է.')).toEqual(['Հետքը=Hetq']);
    expect(found('Ազատությունը կարևոր է բոլորի համար։')).toEqual([]);
    expect(found('Հետք չմնաց ձյան վրա։')).toEqual([]);
  });
});
