// Words around an outlet's name that findOutletMentions reads, kept as data. Lower case; compared with the
// lower-case, accent-folded form of each word in the text (words in other scripts are folded here alike).
import { foldDiacritics } from './normalise';

const folded = (words: string): string[] => words.split(' ').map((w) => foldDiacritics(w).toLowerCase());

/**
 * Words before a 'noun' name (a German common noun such as "Welt", "Zeit", "Bild") that show the outlet is
 * meant: "laut Spiegel", "so die Zeit", "selon Marianne", "told Die Welt", "according to …", "ein Bericht
 * des Spiegels". One article between the word and the name is skipped.
 */
export const NOUN_CUES_BEFORE: ReadonlySet<string> = new Set(
  // German
  folded(
    'laut so berichtet berichtete berichten schreibt schrieb meldet meldete zitiert zitierte titelt titelte ' +
      'bericht berichte artikel recherche recherchen ausgabe redaktion reporter reporterin ' +
      'gegenuber magazin nachrichtenmagazin zeitung wochenzeitung tageszeitung boulevardzeitung blatt sender ' +
      'chefredakteur chefredakteurin kolumnist kolumnistin ' +
      // French and Spanish
      'selon apres rapporte ecrit cite segun informa informo publica publico ' +
      // Dutch, Italian and Portuguese, also the verb opening an inverted sentence ("Zo schrijft NRC:", "Dat
      // meldt Trouw.", "Lo riporta …", "Escreve o …")
      'volgens aldus secondo segundo schrijft schreef meldt meldde bericht berichtte scrive riporta riferisce ' +
      'racconta escreve noticia relata ' +
      // Swedish, Norwegian and Danish
      'enligt ifolge skriver rapporterar uppger melder ' +
      // Catalan ("segons l'Ara", "ho explica l'Ara") and Vietnamese ("theo báo …", "báo …")
      'segons explica recull avanca theo bao ' +
      // English
      'to told via per cited citing quoted quoting magazine newspaper paper weekly daily outlet broadcaster ' +
      // Polish, Czech, Slovak, Croatian and Serbian: "według Faktu", "podle Práva", "řekl pro Respekt", "prema Kuriru"
      'wedlug dla podaje pisze informuje dziennik dziennika tygodnik tygodnika portal portalu ' +
      'podle pro uvedl uvadi denik deniku tydenik tydeniku server serveru podla pre dennik dennika ' +
      'prema piše pise javlja doznaje list lista portala ' +
      // a newsroom's crew or reporter getting the words: "Ekipa N1 je razgovarala …", "Екипа N1 …"
      'ekipa ekipe novinar novinarka novinarke reporter reporterka екипа екипе новинар новинарка ' +
      // Hungarian, Estonian, Latvian, Lithuanian and Turkish
      'lap lapnak kirjutab teatab vesta raksta pranesa raso ' +
      // Russian, Ukrainian, Bulgarian, Serbian and Macedonian: "по данным «…»", "сообщает …", "газета …"
      'данным словам сообщению информации сообщает сообщил сообщила сообщили пишет передает рассказал ' +
      'рассказала газета газете газеты газету издание издания изданию агентство агентства телеканал ' +
      'телеканала телеканалу сайт сайта повідомляє даними видання виданню според према пише вестник ' +
      // Greek
      'εφημεριδα εφημεριδας ' +
      // Arabic, Hebrew, Persian and Urdu: "ذكرت صحيفة …", "بحسب …", "לפי …", "به گزارش …", "روزنامہ …"
      'صحيفة لصحيفة جريدة لجريدة قناة لقناة وكالة لوكالة موقع لموقع شبكة ذكرت قالت نقلت أفادت أوردت نشرت ' +
      'كشفت بحسب حسب وفقا وفقاً לפי עיתון בעיתון אתר דיווח گزارش روزنامه روزنامہ ' +
      // a newsroom's reporter or crew before its name: "כתב …", "צוות …", "مراسل …"
      'כתב כתבת כתבי צוות مراسل مراسلة ' +
      // Hebrew verbs of reporting before the name, the relative particle written on: "כפי שכתב …", "מדווח …"
      'שדיווח שדיווחה שכתב שכתבה שחשף שחשפה שפרסם שפרסמה מדווח מדווחת כותב כותבת ' +
      // Armenian: "ըստ …"
      'ըստ ' +
      // Chichewa: someone told the outlet, "anauza …"
      'anauza adauza ' +
      // Romansh: "tenor …" (according to)
      'tenor ' +
      // Hindi, Marathi and Bengali: "चैनल …", "अखबार …", "পত্রিকা …"
      'चैनल अखबार अख़बार दैनिक पत्रिका ' +
      // Sindhi: "روزاني …" (the daily), "اخبار …" (the paper)
      'روزاني اخبار',
  ),
);

/** Words after a 'noun' name that show the outlet is meant: "Bild berichtet", "der Zeit zufolge". */
export const NOUN_CUES_AFTER: ReadonlySet<string> = new Set(
  // German
  folded(
    'berichtet berichtete berichten berichteten schreibt schrieb schreiben meldet meldete melden zufolge ' +
      'titelt titelte zitiert zitierte kommentiert kommentierte enthullt enthullte erfuhr erfahrt online ' +
      // a newsroom's headline, in French, Italian, Spanish, Portuguese and Dutch: "Le JIR titre :", "Het AD kopt:"
      'titre titrait titola titolava titula titulaba titulou kopt kopte ' +
      'artikel bericht interview recherche recherchen redaktion reporter reporterin redakteur redakteurin ' +
      'chefredakteur chefredakteurin kolumne kolumnist kolumnistin autor autorin leitartikel titelgeschichte ' +
      // French and Spanish
      'rapporte rapportait revele revelait ecrit ecrivait indique indiquait affirme affirmait precise cite ' +
      'informa informo publica publico revela revelo senala senalo asegura aseguro ' +
      // Dutch, Italian and Portuguese
      'schrijft schreef meldt meldde bericht berichtte scrive riporta riferisce precisa rivela escreve noticia ' +
      'noticiou relata informou revelou avancou adiantou escreveu ' +
      // Swedish, Norwegian and Danish
      'skriver rapporterar uppger melder meddelar skrev meldte forteller ' +
      // Catalan, Finnish, Hungarian and Vietnamese ("l'Ara explica", "Origo szerint", "444 írja", "… đưa tin")
      'explica recull avanca kertoo kertoi uutisoi mukaan szerint irja kozolte dua ' +
      // the same verbs in the past, Catalan, Spanish and French: "IB3 ho publicava dimarts:", "… ha explicat",
      // "El Sur explicaba", "Le Défi a publié"
      'explicava recollia informava publicava avancava explicat informat publicat avancat recollit ' +
      'explicaba informaba publicaba publie ' +
      // participles after an auxiliary (AUXILIARIES_AFTER): "Die Zeit hat geschrieben", "El País ha informado",
      // "il Corriere ha scritto"
      'geschrieben gemeldet informado publicado revelado senalado scritto riportato rivelato ' +
      // an outlet that spoke to someone: "La Nación habló con un productor", "Die Zeit sprach mit ihr", "Ara
      // parla amb …", "… haastatteli", "… megszólaltatott", "… snakket med", "… phỏng vấn"
      'hablo converso entrevisto sprach sprak parla haastatteli megszolaltatott snakket pratet intervjuet ' +
      'pratade talade intervjuade talte interviewede phong ' +
      // Polish, Czech, Slovak and Croatian; Hungarian, Estonian, Latvian and Lithuanian; Turkish ("Sabah'a göre")
      'podaje pisze informuje poinformowal napisal uvedl pise uvadi informoval pise javlja ' +
      'nyilatkozott irta teatel andmetel vahendusel kirjutab vesta raksta teigimu duomenimis ' +
      'gore gazetesi yazdi bildirdi haberine haberinde ' +
      // Azerbaijani ("APA-nın məlumatına görə", "Report.az yazır"), read after a case ending the name carries
      'məlumatına xəbərinə yazdığına yazır yazıb bildirir bildirib ' +
      // Malayalam: "മാതൃഭൂമി റിപ്പോർട്ട് ചെയ്യുന്നു" (reports), "മാധ്യമം ലേഖകനോട്" (to the paper's reporter)
      'റിപ്പോർട്ട് ലേഖകനോട് ലേഖികയോട് ലേഖകൻ ' +
      // Telugu, Gujarati and Sinhala: the paper's reporter, its report, the word for the paper after a name
      // ("సాక్షి విలేకరి", "સંદેશના અહેવાલ", "දිවයින පුවත්පතට")
      'విలేకరి విలేఖరి ప్రతినిధి కథనం સંવાદદાતા અહેવાલ පුවත්පත පුවත්පතට පුවත්පතේ වාර්තා ' +
      // Kyrgyz: the outlet's correspondent, its report, an interview given to it ("Азаттыктын кабарчысы",
      // "Азаттыкка берген маегинде")
      'кабарчысы маалыматы берген маегинде ' +
      // Amharic: the outlet reported, or talked to someone ("ፋና እንደዘገበው", "ፋና ያነጋገራቸው")
      'ዘግቧል እንደዘገበው ያነጋገራቸው ያነጋገረው ያነጋገረቻቸው ጋዜጠኛ ሪፖርት ' +
      // Russian, Ukrainian and the other Cyrillic languages; Greek; Arabic; Hindi ("आज तक ने बताया")
      'сообщает сообщают сообщил сообщила сообщили пишет пишут писала передает рассказал рассказала повідомляє пише ' +
      'повідомив повідомила пишува јавља αναφερει γραφει μεταδιδει ने ' +
      // Serbian, Croatian and Bulgarian: the newsroom talked to someone ("N1 je razgovarala sa …")
      'razgovarao razgovarala razgovaralo разговарао разговарала разговарало разговаря ' +
      // Hebrew and Arabic: the newsroom talked to someone ("… שוחח עם", "… تحدثت مع"); Bengali: the paper's
      // correspondent after its name in the genitive ("…-এর প্রতিনিধি জানান")
      'שוחח שוחחה ראיין ראיינה דיבר דיברה تحدث تحدثت التقى التقت প্রতিনিধি সংবাদদাতা ' +
      // Armenian: the name, its case ending on, reports or its correspondent talked to someone ("«…ը» գրում է",
      // "«…ի» թղթակիցը զրուցել է")
      'գրում հաղորդում հայտնում տեղեկացնում թղթակիցը թղթակից լրագրողը լրագրող զրուցել ' +
      // Hebrew verbs of reporting after the name: "… מדווח", "… חושף"
      'מדווח מדווחת דיווח דיווחה כותב כותבת חושף חושפת פרסם פרסמה ' +
      // Sindhi: the paper wrote or told ("… لکيو", "… ٻڌايو")
      'لکيو ٻڌايو ' +
      // English
      'reported reports said says wrote writes written revealed noted notes quoted cited claimed found published obtained ' +
      'confirmed interview article report story reporter editor correspondent columnist ' +
      // the kind of piece the outlet ran: "the JOC piece", "the Sifted feature", "Recharge's coverage"
      'piece feature column editorial coverage scoop investigation explainer headline ' +
      // a newsroom at work getting the words it published: "Axios interviewed", "Semafor heard back"
      'interviewed talked spoke heard covered',
  ),
);

/** Two words after a 'noun' name that show the outlet is meant where a postposition follows a genitive
 * particle, in Hindi and Urdu: "हिन्दुस्तान के मुताबिक" (according to Hindustan), "… की रिपोर्ट" (its report). One
 * word alone says nothing: "हिन्दुस्तान के लोग" is India's people. */
export const NOUN_CUE_PAIRS_AFTER: ReadonlySet<string> = new Set(
  [
    'के मुताबिक',
    'के अनुसार',
    'के हवाले',
    'के संवाददाता',
    'की रिपोर्ट',
    'की खबर',
    'की ख़बर',
    'کے مطابق',
    'کی رپورٹ',
    'کی خبر',
  ].map((pair) => folded(pair).join(' ')),
);

/** An auxiliary right after a 'noun' name and, within a clause of a few words, a participle of getting someone's
 * words: the verb split around the person, as German, Dutch, Afrikaans and Luxembourgish write it ("Der BRF hat mit
 * einer Hebamme gesprochen", "De NOS heeft een visser geïnterviewd"; utils/analysis/data/lead-in-words.json's
 * interviewedSplit reads the same phrases), or the two side by side in French, Italian and Spanish ("Libertas ha
 * sentito un commerciante", "… a interrogé un moniteur"). */
export const SPLIT_CUE_AUXILIARIES: ReadonlySet<string> = new Set(
  folded('hat haben heeft hebben het huet a ont ha hanno han'),
);
export const SPLIT_CUE_PARTICIPLES: ReadonlySet<string> = new Set(
  folded(
    'gesprochen geredet befragt interviewt getroffen gefragt nachgefragt ' +
      'gesproken geinterviewd ondervraagd gevraagd bevraagd gepraat gesels ondervra geschwat gefrot ' +
      'interroge interviewe questionne sentito intervistato interpellato ascoltato hablado conversado entrevistado',
  ),
);

/** Cues after a 'noun' name in a script written without spaces between words (Japanese, Korean), read at the
 * start of the run that follows the name ("HBCの取材に", "NHKによると", "KNN 취재진이", "KNN 보도에 따르면"):
 * such a run is one token, so the cue is its beginning, not a word of its own. Folded as the text's words are
 * (Hangul syllables and voiced kana come apart into their letters and marks). */
export const NOUN_CUE_PREFIXES_AFTER: readonly string[] = [
  // Japanese
  'によると',
  'によれば',
  'の取材',
  'が報じ',
  'は報じ',
  'の報道',
  'が伝え',
  'は伝え',
  'の記事',
  'の社説',
  'は社説',
  'の番組',
  'のニュース',
  // Korean
  '취재',
  '보도',
  '기자',
  '뉴스',
].map((cue) => foldDiacritics(cue).toLowerCase());

/** Cues after a name that let it open a sentence ("La Nación informa:", "Grist reports:", "Der Standard
 * schreibt dazu:"): those of NOUN_CUES_AFTER that only a newsroom does, not "Science says" or "Time found". */
export const OPENING_CUES_AFTER: ReadonlySet<string> = new Set(
  [...NOUN_CUES_AFTER].filter((w) => !['said', 'says', 'found', 'claimed', 'online'].includes(w)),
);

/** Verbs by which a newsroom holds what it published ("Barron's ran the numbers:", "The Hill has the
 * details:"), and what it holds; a name opening a sentence so is the source. */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'ran', 'runs', 'gets', 'got']);
export const HELD_STORY_WORDS: ReadonlySet<string> = new Set(
  'numbers details story latest figures scoop data view take angle version side reaction response rundown breakdown comment comments quote statement'.split(
    ' ',
  ),
);

/** What a newsroom's possessive names at the start of a lead-in ("Wired's take:", "Stuff's Wellington bureau
 * filed this:"): what it published, or who wrote it. */
export const POSSESSED_STORY_WORDS: ReadonlySet<string> = new Set([
  ...HELD_STORY_WORDS,
  ...'piece report article coverage investigation editorial leader review account summary reporter correspondent bureau desk crew team newsroom bulletin documentary podcast editor writer columnist'.split(
    ' ',
  ),
]);

/** Articles between a holding verb and what is held: "has the numbers", "got a comment". */
export const HELD_ARTICLES: ReadonlySet<string> = new Set(['the', 'some', 'a', 'an']);

/** Conjunctions a sentence may end on when the passage after it completes it ("X reported that"). */
export const HANDOVER_WORDS: ReadonlySet<string> = new Set(['that', 'dass', 'que', 'dat', 'che']);

/** Articles a cue may stand before: "laut dem Spiegel", "Bericht des Spiegels", "selon le …". */
export const ARTICLES: ReadonlySet<string> = new Set(
  'der die das des dem den ein eine einer eines einem einen le la les l du de el los las the a an'.split(' '),
);

/** Capitalised words that stand before an outlet's name inside a sentence without being part of a longer title:
 * a day or a month ("the Sunday New York Times", "in its March Valley News"). Any other capitalised word there
 * makes a longer title, a paper the table lacks ("the Skerrin Island Times" is not Island Times). */
export const NOT_TITLE_WORDS_BEFORE: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday weekend january february march april may june ' +
    'july august september october november december'
  ).split(' '),
);

/** Units of time that, after a number, make a name read as a length of time ("20 Minutes", "24 Horas", "20 Minuten":
 * "après 20 Minutes de débat", "en 24 Horas"): such a name counts only as a 'noun' does, beside a source's cue. */
export const DURATION_WORDS: ReadonlySet<string> = new Set(
  folded(
    // English, French, Spanish, Portuguese, Italian
    'minute minutes hour hours day days week weeks heure heures jour jours semaine semaines ' +
      'minuto minutos hora horas dia dias semana semanas minuti ora ore giorno giorni settimana settimane ' +
      // German, Dutch, Scandinavian
      'minuten stunde stunden tag tage tagen woche wochen minuut uur uren dag dagen weken ' +
      'minut minutter minuter timme timmar time timer dagar dage dogn dygn ' +
      // Slavic, Hungarian, Romanian, Turkish, Greek
      'minuty godzin godziny dni hodin hodiny minuta sati dana ur perc ora nap zile dakika saat gun ' +
      'минут минуты часа часов часу годин години дни дней днів дана сати λεπτα ωρες',
  ),
);

/** Auxiliaries between a name and its cue after it, a verb's compound tense ("2M a rapporté", "Bild hat berichtet",
 * "Sifted has reported", "El País ha informado", "N1 je razgovarala"): the cue is the word after them. */
export const AUXILIARIES_AFTER: ReadonlySet<string> = new Set(
  folded(
    'has had have a ont avait avaient hat hatte haben hatten ha han habia hanno aveva tem tinha heeft hebben ' +
      'har hade je su',
  ),
);

/** Object pronouns between a name and its verb after it, in Catalan, Spanish and Italian ("À Punt ho ha explicat",
 * "El Sur lo cuenta", "Il Tirreno lo racconta"): the cue is the verb after them. */
export const CLITICS_AFTER: ReadonlySet<string> = new Set('ho lo ens nos ci'.split(' '));

/** Cues before a name that are one only after an elided word: French "d'après" (according to), not "après"
 * (after: "après 20 minutes de débat"). Cue → the word elided before it. */
export const CUES_AFTER_ELISION: ReadonlyMap<string, string> = new Map([['apres', 'd']]);
