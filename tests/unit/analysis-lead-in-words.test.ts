// Lead-ins, credits and run-ons in the languages of utils/analysis/data/lead-in-words.json: each slot names the
// outlet in several languages, and the same words before a body, a person or plain prose name none.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import leadInWords, { accordingTo } from '../../utils/analysis/data/lead-in-words.json';
import { unknownOutlet } from '../../utils/analysis/lead-in-names';
import { alternation } from '../../utils/analysis/lead-in-words';
import { INTRODUCES } from '../../utils/analysis/set-apart';
import { LEAD_AFTER, LEAD_BEFORE } from '../../utils/analysis/source-words';
import type { QuoteReport } from '../../utils/analysis/types';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const FILLER =
  '<p>The blogger has a long opinion about the harbour, the ferries and the council that runs them both, and says so at length here.</p>';
const PASSAGE =
  '<blockquote><p>The ferry service will stop running on Sundays from next month, the operator said in a filing on Tuesday.</p></blockquote>';

function quoteOf(article: string): QuoteReport {
  const doc = document.implementation.createHTMLDocument('Harbour Watch');
  doc.body.innerHTML = `<article>${FILLER}${article}${FILLER}</article>`;
  return analyzePage(doc, { url: 'https://harbourwatch.example/post', outlets: defaultOutlets }).report
    .quotes[0];
}
/** The outlet a lead-in right above the passage names. */
const lead = (words: string) => quoteOf(`<p>${words}</p>${PASSAGE}`).outlet;
/** Each text read as expected: the outlet's name, or null for none. */
function reads(read: (text: string) => string | null, cases: ReadonlyArray<[string, string | null]>): void {
  for (const [text, outlet] of cases) expect(read(text), text).toBe(outlet);
}
/** The outlet a line right under the passage credits. */
const credit = (line: string) => quoteOf(`<p>More:</p>${PASSAGE}<p>${line}</p>`).outlet;

// The outlets' index is built on the first analysis: once, before the cases, whose machine may be busy.
beforeAll(() => {
  quoteOf(PASSAGE);
}, 60_000);

describe('lead-in-words.json', () => {
  const SLOTS = [
    'accordingTo',
    'accordingToAfter',
    'reportsBefore',
    'reportsAfter',
    'toldBefore',
    'toldAfter',
    'interviewed',
    'interviewedSplit',
    'sourceLabels',
    'readOn',
    'that',
    'mediaNouns',
    'newsWords',
  ] as const;
  const codes = Object.keys(leadInWords.languages);

  it('holds, per slot, every language’s lower-case words, each once', () => {
    expect(leadInWords._doc).toMatch(/accordingTo/);
    expect(Object.keys(leadInWords).sort()).toEqual(['_doc', 'languages', 'unspaced', ...SLOTS].sort());
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
    for (const code of leadInWords.unspaced) expect(codes).toContain(code);
    for (const slot of SLOTS) {
      const byLanguage: Record<string, readonly string[]> = leadInWords[slot];
      expect(Object.keys(byLanguage), slot).toEqual(codes);
      for (const [code, words] of Object.entries(byLanguage)) {
        expect(new Set(words).size, `${slot}.${code}`).toBe(words.length);
        for (const word of words) {
          expect(word.length, `${slot}.${code}`).toBeGreaterThan(0);
          expect(word, `${slot}.${code}`).toBe(word.trim());
          expect(word, `${slot}.${code}`).toBe(word.toLowerCase());
        }
      }
    }
  });

  it('covers the languages asked for, both scripts of Serbian and both forms of Chinese', () => {
    for (const code of 'da sk sl hr sr bs bg mk uk ru be lt lv et is ga cy eu gl mt sq he ar fa hi bn ur ta th ms tl sw af zh ka hy az kk uz'.split(
      ' ',
    ))
      expect(codes, code).toContain(code);
    expect(leadInWords.sourceLabels.sr).toEqual(expect.arrayContaining(['izvor', 'извор']));
    expect(leadInWords.sourceLabels.zh).toEqual(expect.arrayContaining(['来源', '來源']));
  });

  it('makes alternations longest first, escaped, and bounded by letters of any script', () => {
    const re = new RegExp(`^${alternation(accordingTo, { left: true, right: true })}$`, 'iu');
    expect(re.test('как пишет')).toBe(true);
    expect(re.test('iflg.')).toBe(true);
    expect(re.test('iflgx')).toBe(false);
    const inText = new RegExp(alternation(accordingTo, { left: true, right: true }), 'iu');
    // "podľa" inside a longer word is no lead word; Thai runs on without spaces.
    expect(inText.test('nepodľahol')).toBe(false);
    expect(inText.test('ข่าวตามรายงานของรอยเตอร์')).toBe(true);
  });
});

describe('accordingTo and accordingToAfter', () => {
  it('names the outlet after "according to", with a word for the paper between or the title in its marks', () => {
    reads(lead, [
      ['Podľa denníka SME:', 'SME'],
      ['Според Дневник:', 'Dnevnik (Bulgaria)'],
      ['Pasak LRT:', 'LRT'],
      ['Sipas gazetës Panorama:', 'Panorama'],
      ['Kwa mujibu wa gazeti la Mwananchi:', 'Mwananchi'],
      ['Как пишет «Коммерсантъ»:', 'Kommersant'],
      ['ذكرت صحيفة الأهرام أن الحكومة قررت:', 'Al-Ahram'],
      ['به گزارش خبرگزاری ایسنا:', 'Iranian Students News Agency'],
      ['据《人民日报》报道：', "People's Daily"],
      ['据新华社报道：', 'Xinhua'],
      ['Yn ôl Golwg360:', 'Golwg360'],
    ]);
  });

  it('names the outlet before the words, its case ending set aside', () => {
    reads(lead, [
      ['BBC-ის ცნობით:', 'BBC'],
      ['Reuters के अनुसार:', 'Reuters'],
      ['BBC andmetel:', 'BBC'],
      ['Kun.uz xabariga ko‘ra:', 'Kun.uz'],
      ['Tengrinews.kz хабарлауынша:', 'Tengrinews'],
    ]);
    expect(unknownOutlet('Report.az-ın məlumatına görə, nazirlik qərar verib')?.name).toBe('Report.az');
  });

  it('names no outlet after the same words before a body, a person or a lower-case word', () => {
    reads(lead, [
      ['Podľa ministerstva:', null],
      ['Podľa Jána Kováča:', null],
      ['Според кмета Иван Петров:', null],
      ['Pasak Jono Jonaičio:', null],
      ['Sipas ministrit:', null],
      ['Yn ôl y Cyngor:', null],
      ['לפי משרד הבריאות:', null],
      ['Как сообщает Минздрав:', null],
    ]);
  });

  it('reads the words before a known outlet only at a word’s edge', () => {
    expect(LEAD_BEFORE.test('podľa ')).toBe(true);
    expect(LEAD_BEFORE.test('по данным издания «')).toBe(true);
    expect(LEAD_BEFORE.test('nepodľa ')).toBe(false);
    expect(LEAD_AFTER.test('-ის ცნობით, ')).toBe(true);
    expect(LEAD_AFTER.test(' informuje, že')).toBe(true);
    expect(LEAD_AFTER.test(' informujeme')).toBe(false);
  });
});

describe('reportsBefore and reportsAfter', () => {
  it('names the outlet written before or after a verb of reporting', () => {
    reads(lead, [
      ['Ako píše Denník N:', 'Denník N'],
      ['Як пише Українська правда:', 'Ukrainska Pravda'],
      ['Kaip rašo Lietuvos rytas:', 'Lietuvos rytas'],
      ['Как сообщает Медуза:', 'Meduza'],
      ['Segundo informa La Voz de Galicia:', 'La Voz de Galicia'],
      ['Det skriver Berlingske:', 'Berlingske'],
      ['Index.hr doznaje:', 'Index.hr'],
      ['Postimees kirjutab:', 'Postimees'],
    ]);
  });

  it('names no outlet for a person or an office doing the same', () => {
    expect(lead('Kako piše Ivan Horvat:')).toBeNull();
    expect(lead('Minister Ivan Horvat rekao je:')).toBeNull();
    expect(unknownOutlet('Ministerstvo informuje, že cesta bude zavretá')).toBeNull();
  });
});

describe('toldBefore and toldAfter', () => {
  it('names the outlet someone spoke to', () => {
    reads(lead, [
      ['Minister povedal pre Denník N, že:', 'Denník N'],
      ['Ko so je minister povedal za Siol.net:', 'Siol.net'],
      ['Radnik je rekao za Index.hr:', 'Index.hr'],
      ['Kiongozi huyo aliiambia BBC:', 'BBC'],
    ]);
    expect(unknownOutlet('მინისტრმა Imedi-თან საუბრისას განაცხადა')?.name).toBe('Imedi');
  });

  it('leaves the speaker and a person spoken to without an outlet', () => {
    expect(unknownOutlet('Kiongozi huyo aliiambia Juma Hassan kwamba')).toBeNull();
    expect(unknownOutlet('ministr povedal pre ženu, že')).toBeNull();
  });
});

describe('interviewed', () => {
  it('reads a newsroom talking to someone as the source of their words', () => {
    expect(lead('Denník N sa rozprával s jedným z vodičov:')).toBe('Denník N');
    expect(lead('Новая газета поговорила с жителем:')).toBe('Novaya Gazeta');
    // Galician contracts "con" with the article after it; Ukrainian writes "з" as "із" or "зі".
    expect(lead('Diario Arousán falou cunha peixeira de Vilanova:')).toBe('Diario Arousán');
    expect(lead('Галицький Вісник поговорив із власницею кав’ярні:')).toBe('Галицький Вісник');
  });

  it('reads a person doing so as no newsroom', () => {
    expect(lead('Ján Kováč sa rozprával s jedným z vodičov:')).toBeNull();
  });
});

describe('a Chinese newsroom the table lacks', () => {
  it('names a paper by its newsroom word before its reporter or its report, opening a clause', () => {
    const name = (text: string) => unknownOutlet(text)?.name ?? null;
    expect(name('扬子晚报记者在菜场采访了一位摊主，他说：')).toBe('扬子晚报');
    expect(name('外地的情况也差不多。华西都市报报道：')).toBe('华西都市报');
    // No newsroom word, or none right before the reporter: no outlet.
    expect(name('楼下的王阿姨说：')).toBeNull();
    expect(name('小区物业的工作人员告诉记者：')).toBeNull();
  });

  it('names a title in book marks that reports, perhaps with when and which page between', () => {
    const name = (text: string) => unknownOutlet(text)?.name ?? null;
    expect(name('《光华日报》今天头版报道：')).toBe('光华日报');
    expect(name('《中国报》昨日报导：')).toBe('中国报');
    // A book's title, or a title that does not report, is no newsroom.
    expect(name('《红楼梦》里写道：')).toBeNull();
    expect(name('《交通白皮书》指出：')).toBeNull();
  });
});

describe('Spanish reporting words in the past tense', () => {
  it('reads "informó", "publicó", "contó" before or after the name, with or without "según"/"como"', () => {
    const inline = (words: string) =>
      quoteOf(
        `<p>${words} «la operadora sumará un tercer servicio los fines de semana de enero si consigue liberar dos locomotoras del taller».</p>`,
      )?.outlet ?? null;
    expect(inline('Como informó La Nación el martes,')).toBe('La Nación');
    expect(inline('Según publicó Clarín,')).toBe('Clarín');
    expect(LEAD_AFTER.test(' contó esta mañana:') || LEAD_BEFORE.test('Lo contó ')).toBe(true);
    // A neighbour who told the writer something is no outlet.
    expect(inline('Mi vecina Marta me contó ayer,')).toBeNull();
  });
});

describe('sourceLabels and readOn', () => {
  it('credits the name under a label with its colon, or after a line sending the reader on', () => {
    reads(credit, [
      ['Izvor: Index.hr', 'Index.hr'],
      ['Šaltinis: Delfi', 'Delfi'],
      ['(Avots: Delfi)', 'Delfi'],
      ['Foinse: Tuairisc.ie', 'Tuairisc.ie'],
      ['Zdroj: Aktuality.sk', 'Aktuality.sk'],
      ['المصدر: شبكة الجزيرة', 'Al Jazeera'],
      ['来源：新华网', 'Xinhua'],
      ['(संदर्भ: लोकसत्ता)', 'Loksatta'],
      ['साभार: दैनिक भास्कर', 'Dainik Bhaskar'],
      ['Læs mere på Berlingske.', 'Berlingske'],
      ['Прочетете още в Дневник', 'Dnevnik (Bulgaria)'],
    ]);
  });

  it('credits no person under a label, and reads no label without its colon', () => {
    expect(quoteOf(`<p>A reader wrote:</p>${PASSAGE}<p>Izvor: Ivan Horvat</p>`)).toMatchObject({
      kind: 'person',
      outlet: null,
    });
    expect(credit('Vir Das in concert')).toBeNull();
  });

  it('reads a label in a script without case with no colon inside parentheses, for a name the table knows', () => {
    reads(credit, [
      ['(بشکریہ جیو نیوز)', 'Geo News'],
      ['(साभार दैनिक भास्कर)', 'Dainik Bhaskar'],
    ]);
    // Thanks to a reader name no outlet; a label in Latin letters still wants its colon.
    expect(credit('(بشکریہ ایک قاری)')).toBeNull();
    expect(credit('(Izvor Ivan Horvat)')).toBeNull();
  });
});

describe('that', () => {
  it('reads a sentence breaking off on "that" as handing over, but not English words of two letters', () => {
    for (const end of [
      'Дневник съобщи, че',
      'РБК пишет, что',
      'Mwananchi limeripoti kwamba',
      'Delfi rašo, kad',
    ])
      expect(INTRODUCES.test(end), end).toBe(true);
    expect(INTRODUCES.test('Here we go')).toBe(false);
    expect(INTRODUCES.test('Where it is at')).toBe(false);
  });

  it('takes a lower-case paragraph finishing the sentence as the outlet’s, and the pre-check lets it through', () => {
    const html = `<p>Politiken skriver i dag, at</p><p>kommunen vil lukke færgen om søndagen fra næste måned, fordi der er for få passagerer om vinteren.</p><p>Det er en dårlig idé.</p>`;
    const q = quoteOf(html);
    expect(q).toMatchObject({ kind: 'outlet', outlet: 'Politiken' });
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<article>${html}</article>`;
    expect(mayHoldQuotes(doc)).toBe(true);
  });
});

describe('the languages of South Asia, Africa, Central Asia, Kurdistan, Khmer, Lao and Luxembourgish', () => {
  it('holds each one’s words and reads Khmer and Lao as written without spaces', () => {
    for (const code of 'mr te gu pa kn ml ne si am ha zu xh so ps ku mn km lo lb ky tg tk rw mg'.split(' '))
      expect(Object.keys(leadInWords.languages), code).toContain(code);
    expect(leadInWords.unspaced).toEqual(expect.arrayContaining(['km', 'lo']));
    expect(leadInWords.sourceLabels.ku).toEqual(expect.arrayContaining(['سەرچاوە', 'çavkanî']));
    expect(accordingTo.ha).toContain('a cewar');
  });

  it('names the outlet before or after its language’s words, a postposition written onto the name set aside', () => {
    reads(lead, [
      ['लोकसत्ताच्या वृत्तानुसार:', 'Loksatta'],
      ['अधिकारी लोकसत्ताशी बोलताना म्हणाले:', 'Loksatta'],
      ['రవాణా అధికారి ఈనాడుతో మాట్లాడుతూ చెప్పారు:', 'Eenadu'],
      ['ಉದಯವಾಣಿ ವರದಿ ಮಾಡಿದೆ:', 'Udayavani'],
      ['മനോരമയുടെ റിപ്പോർട്ട് പ്രകാരം:', 'Malayala Manorama'],
      ['ਅਜੀਤ ਦੀ ਰਿਪੋਰਟ ਅਨੁਸਾਰ:', 'Ajit'],
      ['सेतोपाटीले जनाएको छ:', 'Setopati'],
      ['දිනමිණ වාර්තා කරයි:', 'Dinamina'],
      ['ሪፖርተር ዘግቧል:', 'The Reporter (Ethiopia)'],
      ['A cewar jaridar Aminiya:', 'Aminiya'],
      ['Sida ay ku warramtay Caasimada Online:', 'Caasimada Online'],
      ['Ngokusho kwe-Isolezwe:', 'Isolezwe'],
      ["Nk'uko byatangajwe na IGIHE, leta yavuze ko:", 'IGIHE'],
      ["Araka ny filazan'ny gazety Midi Madagasikara:", 'Midi Madagasikara'],
      ['Li gorî Rudaw:', 'Rudaw'],
      ['بەپێی ڕاپۆرتی ڕووداو:', 'Rudaw'],
      ['Ба гузориши хабаргузории Ховар:', 'Khovar'],
      ['Turkmenportal habar berýär:', 'Turkmenportal'],
      ['Ikon.mn мэдээлснээр:', 'Ikon.mn'],
      ['យោងតាមកាសែតរស្មីកម្ពុជា:', 'Rasmei Kampuchea'],
      ['RTL Lëtzebuerg bericht:', 'RTL Lëtzebuerg'],
    ]);
  });

  it('names the outlet someone spoke to', () => {
    expect(lead('Gwamnan ya shaida wa Muryar Amurka cewa:')).toBe('Voice of America');
  });

  it('names no outlet for a ministry after the same words', () => {
    reads(lead, [
      ['मन्त्रालयका अनुसार:', null],
      ["A cewar ma'aikatar lafiya:", null],
      ['Ба гузориши вазорати молия:', null],
      ['ਮੰਤਰਾਲੇ ਦੀ ਰਿਪੋਰਟ ਅਨੁਸਾਰ:', null],
    ]);
  });

  it('credits the name under the language’s label', () => {
    reads(credit, [
      ['सौजन्य: लोकसत्ता', 'Loksatta'],
      ['સ્રોત: દિવ્ય ભાસ્કર', 'Divya Bhaskar'],
      ['ಕೃಪೆ: ಉದಯವಾಣಿ', 'Udayavani'],
      ['കടപ്പാട്: മാതൃഭൂമി', 'Mathrubhumi'],
      // the Tamil blogger's thanks line names where the passage was taken from
      ['(நன்றி: தினமணி)', 'Dinamani'],
      ['Xigasho: Goobjoog News', 'Goobjoog News'],
      ['Inkomoko: Kigali Today', 'Kigali Today'],
      ['Loharano: Madagascar Tribune', 'Madagascar Tribune'],
      ['Quell: Tageblatt', 'Tageblatt'],
      ['ແຫຼ່ງຂ່າວ: Vientiane Times', 'Vientiane Times'],
    ]);
  });

  it('credits the name after a line sending the reader on', () => {
    reads(credit, [
      ['अधिक वाचा: लोकसत्ता', 'Loksatta'],
      ['Толугураак: Kaktus Media', 'Kaktus Media'],
      ['Муфассал: Asia-Plus', 'Asia-Plus'],
      ['Giňişleýin: Turkmenportal', 'Turkmenportal'],
      ['ተጨማሪ ያንብቡ: ሪፖርተር', 'The Reporter (Ethiopia)'],
      ['អានបន្ថែម: Fresh News', 'Fresh News'],
    ]);
  });
});

describe('the languages whose lead-ins the analyser reads in code, and their words for a paper', () => {
  it('holds German, French, Spanish, Italian, Portuguese, Dutch and Polish words for a paper and news words', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl']) {
      expect(leadInWords.mediaNouns[code as keyof typeof leadInWords.mediaNouns], code).not.toEqual([]);
      expect(leadInWords.newsWords[code as keyof typeof leadInWords.newsWords], code).not.toEqual([]);
    }
  });
  it('reads every word of a slot in either case when asked, as German writes its nouns', () => {
    const re = new RegExp(`^${alternation(leadInWords.mediaNouns, { everyWord: true })}$`, 'u');
    expect(re.test('der Lokalzeitung')).toBe(true);
    expect(re.test('Der Lokalzeitung')).toBe(true);
    expect(re.test('der LOKALZEITUNG')).toBe(false);
    const plain = new RegExp(`^${alternation(leadInWords.mediaNouns)}$`, 'u');
    expect(plain.test('der Lokalzeitung')).toBe(false);
  });
});

describe('Scottish Gaelic, Faroese, West Frisian, Haitian Creole, Māori, Tatar, Odia and Chichewa', () => {
  it('holds each one’s words', () => {
    for (const code of 'gd fo fy ht mi tt or ny'.split(' '))
      expect(Object.keys(leadInWords.languages), code).toContain(code);
    expect(accordingTo.fo).toContain('sambært');
    expect(leadInWords.accordingToAfter.tt).toContain('хәбәр итүенчә');
  });

  it('names the outlet before or after its language’s words', () => {
    reads(lead, [
      ['A rèir BBC Naidheachdan:', 'BBC'],
      ['Sambært Dimmalætting:', 'Dimmalætting'],
      ['Kringvarp Føroya greiðir frá:', 'Kringvarp Føroya'],
      ['Neffens Omrop Fryslân:', 'Omrop Fryslân'],
      ['De Ljouwerter Krante skriuwt:', 'Leeuwarder Courant'],
      ['Dapre jounal Le Nouvelliste:', 'Le Nouvelliste'],
      ['AlterPresse rapòte:', 'AlterPresse'],
      ['E ai ki Waatea News:', 'Waatea News'],
      ['Татар-информ хәбәр итүенчә:', 'Tatar-inform'],
      ['ଧରିତ୍ରୀର ରିପୋର୍ଟ ଅନୁସାରେ:', 'Dharitri'],
      ['Malinga ndi Nyasa Times:', 'Nyasa Times'],
    ]);
  });

  it('names no outlet for a council or a ministry after the same words', () => {
    reads(lead, [
      ['A rèir na comhairle:', null],
      ['Sambært landsstýrinum:', null],
      ['Neffens de gemeente:', null],
      ['Dapre ministè a:', null],
      ['Malinga ndi unduna wa zaumoyo:', null],
    ]);
  });

  it('credits the name under the language’s label', () => {
    reads(credit, [
      ['Tùs: West Highland Free Press', 'West Highland Free Press'],
      ['Kelda: Kringvarp Føroya', 'Kringvarp Føroya'],
      ['Boarne: Leeuwarder Courant', 'Leeuwarder Courant'],
      ['Sous: Radio Kiskeya', 'Radio Kiskeya'],
      ['Чыганак: Азатлык радиосы', 'Radio Free Europe/Radio Liberty'],
      ['ସୂତ୍ର: ପ୍ରମେୟ', 'Prameya'],
    ]);
  });
});

describe('Yiddish, Occitan, Breton, Romansh, Assamese, Sindhi, Setswana, Sesotho, Luganda and Yoruba', () => {
  it('holds each one’s words', () => {
    for (const code of 'yi oc br rm as sd tn st lg yo'.split(' '))
      expect(Object.keys(leadInWords.languages), code).toContain(code);
    expect(accordingTo.tn).toContain('go ya ka');
    expect(leadInWords.accordingToAfter.sd).toContain('جي مطابق');
  });

  it('names the outlet before or after its language’s words', () => {
    reads(lead, [
      ['לויט דעם פארווערטס:', 'The Forward'],
      ['Segon Jornalet:', 'Jornalet'],
      ['Lo cònsol a declarat a La Dépêche du Midi:', 'La Dépêche du Midi'],
      ['Hervez Ouest-France:', 'Ouest-France'],
      ['Tenor RTR:', 'Radiotelevisiun Svizra Rumantscha'],
      ['La Quotidiana scriva:', 'La Quotidiana'],
      ['অসমীয়া প্ৰতিদিনৰ প্ৰতিবেদন অনুসৰি:', 'Asomiya Pratidin'],
      ['روزاني ڪاوش جي رپورٽ مطابق:', 'Kawish'],
      ['Go ya ka Dikgang tsa Gompieno:', 'Daily News (Botswana)'],
      ['Ho ya ka Lesotho Times:', 'Lesotho Times'],
      ['Letona le boleletse Lesedi FM hore:', 'Lesedi FM'],
      ['Okusinziira ku Bukedde:', 'Bukedde'],
      ['Minisita yategeezezza New Vision nti:', 'New Vision'],
      ['Kọmíṣọ́nà sọ fún BBC Yorùbá pé:', 'BBC'],
    ]);
  });

  it('names no outlet for a council or a government after the same words', () => {
    reads(lead, [
      ['לויט דער רעגירונג:', null],
      ['Segon lo conselh municipal:', null],
      ['Hervez ar maer:', null],
      ['Tenor il chantun:', null],
      ['Go ya ka puso:', null],
      ['Ho ya ka mmuso:', null],
      ['Okusinziira ku gavumenti:', null],
    ]);
  });

  it('credits the name under the language’s label', () => {
    reads(credit, [
      ['קוואל: ידיעות אחרונות', 'Yedioth Ahronoth'],
      ['Mammenn: Le Télégramme', 'Le Télégramme'],
      ['Funtauna: La Quotidiana', 'La Quotidiana'],
      ['সূত্ৰ: DY365', 'DY365'],
      ['Motswedi: Mmegi', 'Mmegi'],
      ['Orísun: Alaroye', 'Alaroye'],
    ]);
  });
});

describe('a Japanese or Korean newsroom the table lacks, named by its kind as its last characters', () => {
  const name = (text: string) => unknownOutlet(text)?.name ?? null;

  it('names a Japanese paper or station before the words that make it the source', () => {
    expect(name('北浜新聞によると、')).toBe('北浜新聞');
    expect(name('また、湖西放送は次のように報じている。')).toBe('湖西放送');
    expect(name('南海テレビの取材に、港の職員はこう答えた。')).toBe('南海テレビ');
    expect(name('詳しくは、港町タイムスの記事より：')).toBe('港町タイムス');
    expect(name('三角日報がこう伝えている。')).toBe('三角日報');
    expect(unknownOutlet('北浜新聞によると、')).not.toHaveProperty('tentative');
  });

  it('names a Korean paper or station before its particle and the words that make it the source', () => {
    expect(name('해안일보에 따르면')).toBe('해안일보');
    expect(name('동해방송 보도에 따르면')).toBe('동해방송');
    expect(name('남강신문은 다음과 같이 보도했다.')).toBe('남강신문');
    expect(name('포구뉴스의 보도를 보면:')).toBe('포구뉴스');
  });

  it('names none for the local, foreign or commercial press, nor for a word that only ends like a newsroom', () => {
    for (const text of [
      '地元新聞によると、',
      '民放テレビが報じた。',
      '海外ニュースによると、',
      '지역신문에 따르면',
      '외신에 따르면',
      '가짜뉴스에 따르면',
      '생방송에 따르면',
      '이동통신에 따르면',
    ])
      expect(name(text), text).toBeNull();
  });

  it('names none where no word makes it the source, nor a name in hiragana cut to its katakana', () => {
    expect(name('北浜新聞を毎朝読んでいる。')).toBeNull();
    expect(name('詳しくは、みさきタイムスの記事より：')).toBeNull();
    expect(name('해안일보를 매일 아침 읽는다.')).toBeNull();
  });
});
