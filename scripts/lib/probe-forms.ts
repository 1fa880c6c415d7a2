// The probe's material (scripts/probe.ts): invented names of five classes and the lead-in forms they are put
// in, language by language. Every name and sentence here is made up; none may be a real outlet's, nor any
// page's of the fixtures.

/** Newsrooms worded as such, plain names (no newsroom word), and three classes that must never be outlets. */
export const NAME_CLASSES = ['newsroom', 'plain', 'person', 'organisation', 'product'] as const;
export type NameClass = (typeof NAME_CLASSES)[number];
/** The classes whose names, in any form, must not be given as a passage's outlet. */
export const TRAP_CLASSES: readonly NameClass[] = ['person', 'organisation', 'product'];

export type Names = Record<NameClass, string[]>;

/** A page's words around the probed passage: commentary before and after, and the anchor (a Reuters passage). */
export interface Chrome {
  title: string;
  opening: string;
  anchorLeadIn: string;
  anchorPassage: string;
  passage: string;
  closing: string;
}

export interface Form {
  id: string;
  lang: string;
  /** The paragraph before the passage. */
  before: (name: string) => string;
  /** A paragraph right after the passage (a credit line), when the form has one. */
  after?: (name: string) => string;
}

const LATIN_NAMES: Omit<Names, 'newsroom'> = {
  plain: ['Oxbow Drift', 'Stonechat Hollow', 'Quayside Lantern', 'Fernwick Kite', 'Tidewell Loop'],
  person: ['Clara Benning', 'Owen Maddox', 'Priya Lanford'],
  organisation: ['Ashcombe District Council', 'Northvale University', 'Brightwater Foods Ltd'],
  product: ['Lumora X5', 'PocketLedger Pro', 'StrideWatch 3'],
};

export const NAMES: Record<string, Names> = {
  en: {
    newsroom: ['Corrowmere Gazette', 'Radio Hallanby', 'Kittiwake FM', 'Brackenholt Herald'],
    ...LATIN_NAMES,
  },
  de: { newsroom: ['Talbacher Rundschau', 'Radio Mörswald', 'Kestenauer Tagblatt'], ...LATIN_NAMES },
  fr: { newsroom: ['La Gazette de Sorvèze', 'Radio Morvanelle', 'Le Courrier de Vaudrenne'], ...LATIN_NAMES },
  es: { newsroom: ['Diario de Valtorno', 'Radio Pinarejo', 'El Heraldo de Castroval'], ...LATIN_NAMES },
  it: { newsroom: ['Gazzetta di Borvello', 'Radio Valsorte', 'Il Corriere di Lunaro'], ...LATIN_NAMES },
  pt: {
    newsroom: ['Jornal da Ribalta Norte', 'Rádio Serrana Alta', 'Diário de Vilarinho Novo'],
    ...LATIN_NAMES,
  },
  nl: { newsroom: ['Dagblad Wernaarde', 'Radio Zeelstra', 'Kromveen Courant'], ...LATIN_NAMES },
  pl: { newsroom: ['Gazeta Borowiecka', 'Radio Wrzosowo', 'Kurier Lipnicki'], ...LATIN_NAMES },
  ru: {
    newsroom: ['Заречные вести', 'Радио Ольховка', 'Северогорская газета'],
    plain: ['Тихая заводь', 'Серебряный ключ'],
    person: ['Анна Воронцова', 'Игорь Левшин'],
    organisation: ['Администрация Ольховского района', 'Ольховский университет'],
    product: ['Ладога X5'],
  },
  ja: {
    newsroom: ['潮見新聞', '山辺テレビ', '若葉放送'],
    plain: ['しおさいライン', 'こもれびナウ'],
    person: ['高橋健太', '中村由美'],
    organisation: ['潮見市役所', '若葉大学', '山辺精機株式会社'],
    product: ['スマートノートPro'],
  },
  ko: {
    newsroom: ['서해일보', '한빛방송', '남도신문'],
    plain: ['물결소식', '바람길나우'],
    person: ['박지훈', '최수아'],
    organisation: ['해안시청', '한빛대학교', '서해물산주식회사'],
    product: ['스마트노트 프로'],
  },
  ar: {
    newsroom: ['صحيفة الوادي الأخضر', 'إذاعة الواحة', 'جريدة المنارة الشمالية'],
    plain: ['نبض الوادي', 'أفق الساحل'],
    person: ['خالد المنصوري', 'ليلى الحداد'],
    organisation: ['بلدية الواحة', 'جامعة الساحل', 'شركة الوادي للتجارة'],
    product: ['هاتف نوفا إكس'],
  },
};

export const CHROME: Record<string, Chrome> = {
  en: {
    title: 'Ferry notes',
    opening:
      'The ferry timetable changed again. I have kept an eye on it since the summer, and here is the state of play.',
    anchorLeadIn: "Here's Reuters with the national picture:",
    anchorPassage:
      'Passenger numbers on coastal ferries fell by six percent over the year, according to figures published on Thursday.',
    passage:
      'The operator said on Wednesday that the morning crossing will stop at the north pier for nine weeks from April while the ramp is rebuilt, with buses running every half hour instead.',
    closing: 'Nine weeks sounds hopeful to me. We will see in June.',
  },
  de: {
    title: 'Fährnotizen',
    opening:
      'Der Fahrplan der Fähre hat sich wieder geändert. Ich verfolge das seit dem Sommer, hier der Stand.',
    anchorLeadIn: 'Laut Reuters:',
    anchorPassage:
      'Die Zahl der Fahrgäste auf Küstenfähren ist im Jahresverlauf um sechs Prozent gesunken, wie am Donnerstag veröffentlichte Zahlen zeigen.',
    passage:
      'Der Betreiber teilte am Mittwoch mit, dass die Morgenfähre ab April neun Wochen lang nicht am Nordanleger hält, solange die Rampe erneuert wird; stattdessen fahren Busse im Halbstundentakt.',
    closing: 'Neun Wochen halte ich für optimistisch. Wir werden im Juni sehen.',
  },
  fr: {
    title: 'Carnet du bac',
    opening: "Les horaires du bac ont encore changé. Je suis l'affaire depuis l'été, voici où on en est.",
    anchorLeadIn: 'Selon Reuters :',
    anchorPassage:
      "Le nombre de passagers des bacs côtiers a baissé de six pour cent sur l'année, selon des chiffres publiés jeudi.",
    passage:
      "L'exploitant a annoncé mercredi que la traversée du matin ne s'arrêtera plus à la jetée nord pendant neuf semaines à partir d'avril, le temps de refaire la rampe, et que des bus circuleront toutes les demi-heures.",
    closing: 'Neuf semaines, cela me paraît optimiste. On verra en juin.',
  },
  es: {
    title: 'Notas del ferri',
    opening: 'El horario del ferri ha vuelto a cambiar. Lo sigo desde el verano y así están las cosas.',
    anchorLeadIn: 'Según Reuters:',
    anchorPassage:
      'El número de pasajeros de los ferris costeros cayó un seis por ciento en el año, según cifras publicadas el jueves.',
    passage:
      'La naviera anunció el miércoles que la travesía de la mañana dejará de parar en el muelle norte durante nueve semanas a partir de abril mientras se rehace la rampa, y que habrá autobuses cada media hora.',
    closing: 'Nueve semanas me parece optimista. Lo veremos en junio.',
  },
  it: {
    title: 'Appunti sul traghetto',
    opening:
      "L'orario del traghetto è cambiato di nuovo. Seguo la faccenda dall'estate, ecco a che punto siamo.",
    anchorLeadIn: 'Secondo Reuters:',
    anchorPassage:
      "Il numero di passeggeri dei traghetti costieri è sceso del sei per cento nell'anno, secondo dati pubblicati giovedì.",
    passage:
      "La compagnia ha annunciato mercoledì che la corsa del mattino non fermerà al molo nord per nove settimane da aprile mentre si rifà la rampa, e che ci saranno autobus ogni mezz'ora.",
    closing: 'Nove settimane mi sembrano ottimiste. Vedremo a giugno.',
  },
  pt: {
    title: 'Notas do ferry',
    opening: 'O horário do ferry mudou outra vez. Acompanho isto desde o verão e o ponto da situação é este.',
    anchorLeadIn: 'Segundo a Reuters:',
    anchorPassage:
      'O número de passageiros dos ferries costeiros caiu seis por cento no ano, segundo números publicados na quinta-feira.',
    passage:
      'A operadora anunciou na quarta-feira que a travessia da manhã deixa de parar no cais norte durante nove semanas a partir de abril enquanto a rampa é refeita, com autocarros a cada meia hora.',
    closing: 'Nove semanas parece-me otimista. Veremos em junho.',
  },
  nl: {
    title: 'Veernotities',
    opening: 'De dienstregeling van het veer is weer veranderd. Ik volg het sinds de zomer, dit is de stand.',
    anchorLeadIn: 'Volgens Reuters:',
    anchorPassage:
      'Het aantal passagiers op kustveerboten daalde dit jaar met zes procent, blijkt uit cijfers die donderdag zijn gepubliceerd.',
    passage:
      'De vervoerder maakte woensdag bekend dat de ochtendboot vanaf april negen weken niet aan de noordpier stopt terwijl de oprit wordt vernieuwd, en dat er elk half uur bussen rijden.',
    closing: 'Negen weken vind ik optimistisch. We zien het in juni.',
  },
  pl: {
    title: 'Notatki o promie',
    opening: 'Rozkład promu znowu się zmienił. Śledzę sprawę od lata, oto jak wygląda sytuacja.',
    anchorLeadIn: 'Jak podaje Reuters:',
    anchorPassage:
      'Liczba pasażerów promów przybrzeżnych spadła w ciągu roku o sześć procent, wynika z danych opublikowanych w czwartek.',
    passage:
      'Przewoźnik ogłosił w środę, że poranny kurs przez dziewięć tygodni od kwietnia nie będzie zatrzymywał się przy północnym molo, bo rampa jest przebudowywana, a autobusy będą jeździć co pół godziny.',
    closing: 'Dziewięć tygodni to moim zdaniem optymizm. Zobaczymy w czerwcu.',
  },
  ru: {
    title: 'Заметки о пароме',
    opening: 'Расписание парома снова изменилось. Я слежу за этим с лета, вот что известно сейчас.',
    anchorLeadIn: 'Как сообщает Reuters:',
    anchorPassage:
      'Число пассажиров прибрежных паромов за год сократилось на шесть процентов, следует из данных, опубликованных в четверг.',
    passage:
      'Перевозчик объявил в среду, что утренний рейс девять недель с апреля не будет заходить к северному причалу, пока перестраивают пандус, а автобусы будут ходить каждые полчаса.',
    closing: 'Девять недель, по-моему, слишком оптимистично. Посмотрим в июне.',
  },
  ja: {
    title: 'フェリーの話',
    opening: 'フェリーの時刻表がまた変わった。夏から追いかけているので、いまの状況をまとめておく。',
    anchorLeadIn: 'ロイター通信は次のように伝えている。',
    anchorPassage:
      '沿岸フェリーの利用者は一年で六パーセント減ったと、木曜日に公表された統計で明らかになった。',
    passage:
      '運航会社は水曜日、四月から九週間、朝の便が北桟橋に寄港しないと発表した。斜路の改修工事の間は三十分ごとにバスが走る。',
    closing: '九週間というのは楽観的だと思う。六月にまた確かめたい。',
  },
  ko: {
    title: '여객선 이야기',
    opening: '여객선 시간표가 또 바뀌었다. 여름부터 지켜보고 있는데 지금 상황을 정리해 둔다.',
    anchorLeadIn: '로이터통신은 다음과 같이 전했다.',
    anchorPassage: '연안 여객선 이용객이 1년 새 6퍼센트 줄었다고 목요일 공개된 통계에서 드러났다.',
    passage:
      '운항사는 수요일 4월부터 9주 동안 아침 배편이 북쪽 부두에 서지 않는다고 밝혔다. 경사로 공사 기간에는 버스가 30분마다 다닌다.',
    closing: '9주라는 건 낙관적이라고 본다. 6월에 다시 확인하겠다.',
  },
  ar: {
    title: 'ملاحظات العبّارة',
    opening: 'تغير جدول العبّارة مرة أخرى. أتابع الأمر منذ الصيف، وهذا ما وصلت إليه.',
    anchorLeadIn: 'وقالت وكالة رويترز:',
    anchorPassage:
      'تراجع عدد ركاب العبّارات الساحلية بنسبة ستة في المئة خلال العام، وفق أرقام نشرت يوم الخميس.',
    passage:
      'أعلنت الشركة المشغلة يوم الأربعاء أن رحلة الصباح لن تتوقف عند الرصيف الشمالي لمدة تسعة أسابيع اعتبارا من أبريل ريثما يعاد بناء المنحدر، على أن تسير حافلات كل نصف ساعة.',
    closing: 'تسعة أسابيع تقدير متفائل في رأيي. سنرى في يونيو.',
  },
};

const form = (lang: string, id: string, before: Form['before'], after?: Form['after']): Form => ({
  id: `${lang}-${id}`,
  lang,
  before,
  ...(after ? { after } : {}),
});
/** Korean's topic particle: 은 after a final consonant, 는 after a vowel (or a letter that is not Hangul). */
export function topic(name: string): string {
  const code = name.charCodeAt(name.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? '은' : '는';
}
const en = (id: string, before: Form['before'], after?: Form['after']) => form('en', id, before, after);

export const FORMS: Form[] = [
  en('from-colon', (n) => `First up this morning, from ${n}:`),
  en('reports-colon', (n) => `${n} reports:`),
  en('reports-that', (n) => `On the ferry, ${n} reports that`),
  en('according-to', (n) => `According to ${n}:`),
  en('heres-with', (n) => `Here's ${n} with the update:`),
  en('via', (n) => `Via ${n}:`),
  en('has-the-story', (n) => `${n} has the story:`),
  en('writes', (n) => `${n} writes:`),
  en('as-put-it', (n) => `As ${n} put it on Wednesday:`),
  en('told-listeners', (n) => `${n} told listeners this morning:`),
  en(
    'dash-credit',
    () => 'And on the ferry:',
    (n) => `— ${n}`,
  ),
  en(
    'source-credit',
    () => 'The news from the pier:',
    (n) => `Source: ${n}`,
  ),
  en(
    'paren-credit',
    () => 'Meanwhile at the pier:',
    (n) => `(${n})`,
  ),
  form('de', 'laut', (n) => `Laut ${n}:`),
  form('de', 'wie-berichtet', (n) => `Wie ${n} berichtet:`),
  form('de', 'berichtet-colon', (n) => `${n} berichtet:`),
  form(
    'de',
    'quelle-credit',
    () => 'Zur Fähre:',
    (n) => `Quelle: ${n}`,
  ),
  form('fr', 'selon', (n) => `Selon ${n} :`),
  form('fr', 'rapporte', (n) => `${n} rapporte :`),
  form(
    'fr',
    'source-credit',
    () => 'Côté bac :',
    (n) => `Source : ${n}`,
  ),
  form('es', 'segun', (n) => `Según ${n}:`),
  form('es', 'informa', (n) => `${n} informa:`),
  form(
    'es',
    'fuente-credit',
    () => 'Sobre el ferri:',
    (n) => `Fuente: ${n}`,
  ),
  form('it', 'secondo', (n) => `Secondo ${n}:`),
  form('it', 'scrive', (n) => `${n} scrive:`),
  form(
    'it',
    'fonte-credit',
    () => 'Sul traghetto:',
    (n) => `Fonte: ${n}`,
  ),
  form('pt', 'segundo', (n) => `Segundo ${n}:`),
  form('pt', 'noticia', (n) => `${n} noticia:`),
  form(
    'pt',
    'fonte-credit',
    () => 'Sobre o ferry:',
    (n) => `Fonte: ${n}`,
  ),
  form('nl', 'volgens', (n) => `Volgens ${n}:`),
  form('nl', 'meldt', (n) => `${n} meldt:`),
  form(
    'nl',
    'bron-credit',
    () => 'Over het veer:',
    (n) => `Bron: ${n}`,
  ),
  form('pl', 'wedlug', (n) => `Według ${n}:`),
  form('pl', 'pisze', (n) => `${n} pisze:`),
  form(
    'pl',
    'zrodlo-credit',
    () => 'O promie:',
    (n) => `Źródło: ${n}`,
  ),
  form('ru', 'kak-soobshchaet', (n) => `Как сообщает ${n}:`),
  form('ru', 'pishet', (n) => `${n} пишет:`),
  form(
    'ru',
    'istochnik-credit',
    () => 'О пароме:',
    (n) => `Источник: ${n}`,
  ),
  form('ja', 'niyoruto', (n) => `${n}によると、`),
  form('ja', 'hojiteiru', (n) => `${n}は次のように報じている。`),
  form('ja', 'kiji-yori', (n) => `${n}の記事より：`),
  form(
    'ja',
    'shutten-credit',
    () => 'フェリーについて。',
    (n) => `出典：${n}`,
  ),
  form('ko', 'e-ttareumyeon', (n) => `${n}에 따르면`),
  form('ko', 'bodo', (n) => `${n}${topic(n)} 다음과 같이 보도했다.`),
  form(
    'ko',
    'chulcheo-credit',
    () => '여객선 소식.',
    (n) => `출처: ${n}`,
  ),
  form('ar', 'bihasab', (n) => `وبحسب ${n}:`),
  form('ar', 'nasharat', (n) => `ونشرت ${n}:`),
  form(
    'ar',
    'masdar-credit',
    () => 'عن العبّارة:',
    (n) => `المصدر: ${n}`,
  ),
];
