// Word lists that tell what kind of source a name or phrase is. Kept as data so they can grow.

import handOverWords from './data/hand-over-words.json';
import {
  accordingTo,
  accordingToAfter,
  interviewed,
  interviewedSplit,
  mediaNouns,
  newsWords,
  reportsAfter,
  reportsBefore,
  toldAfter,
} from './data/lead-in-words.json';
import {
  alternation,
  alternationFor,
  CASE_ENDING,
  type CaselessSplit,
  caselessSource,
  gatedPattern,
  lazyPattern,
  madeOnFirstUse,
  type SlotWords,
  slotWords,
  splitAlternation,
} from './lead-in-words';
import { englishLookalikesOf, firstPersonOf, secondPersonOf } from './own-voice';

/** Words that make an unknown name read as a news outlet ("Tri-Valley Bugle", "Smalltown Gazette"). */
export const NEWS_WORDS = new Set(
  [
    'times',
    'post',
    'news',
    'herald',
    'tribune',
    'journal',
    'gazette',
    'bugle',
    'chronicle',
    'daily',
    'telegraph',
    'observer',
    'star',
    'sun',
    'mail',
    'express',
    'review',
    'press',
    'wire',
    'radio',
    'tv',
    'television',
    'magazine',
    'courier',
    'dispatch',
    'examiner',
    'inquirer',
    'ledger',
    'register',
    'record',
    'sentinel',
    'standard',
    'independent',
    'insider',
    'weekly',
    'monthly',
    'quarterly',
    'bulletin',
    'digest',
    'broadcasting',
    'network',
    'agency',
    'reporter',
    'globe',
    'mirror',
    'enquirer',
    'advertiser',
    'argus',
    'beacon',
    'banner',
    'clarion',
    'leader',
    'mercury',
    'messenger',
    'pioneer',
    'statesman',
    'voice',
    'blog',
    'newsletter',
    'podcast',
    'newspaper',
    'gazeta',
    'zeitung',
    'nachrichten',
    'journal',
    'monde',
    'presse',
    'quotidien',
    'diario',
    'noticias',
    'periodico',
    'corriere',
    'gazzetta',
    'shimbun',
    'ilbo',
    'pravda',
    'izvestia',
    // Words in the names of newer newsrooms ("Canary Media", "Honolulu Civil Beat", "Aviation Week",
    // "Utility Dive", "Christian Science Monitor", "The Air Current").
    'media',
    'beat',
    'week',
    'dive',
    'monitor',
    'current',
    'report',
    // Words for a paper, the news or a wire in Czech, Greek, Indonesian, Romanian and Turkish ("Ziarul
    // Financiar", "Lidové noviny", "Eleftheros Typos", "Harian Jogja", "Ege Postası").
    'deník',
    'denik',
    'noviny',
    'listy',
    'zprávy',
    'zpravy',
    'týdeník',
    'zpráv',
    'deníku',
    'novin',
    'listů',
    'ziarul',
    'ziar',
    'monitorul',
    'știri',
    'stiri',
    'zpravodaj',
    'jurnalul',
    'cotidianul',
    'gazete',
    'gazetesi',
    'haber',
    'haberleri',
    'ajansı',
    'postası',
    'harian',
    'koran',
    'berita',
    'warta',
    'εφημερίδα',
    'ειδήσεις',
    'τύπος',
    // The same in Catalan, Finnish, Hungarian, Norwegian, Swedish, Danish and Vietnamese ("Diari de Terrassa",
    // "Pohjolan Sanomat", "Szegedi Napló", "Vestlandsnytt", "Báo Đà Nẵng"); Nordic compounds are read by
    // NEWS_COMPOUND. Hungarian papers name themselves by the "word" too ("Magyar Szó", "Szabad Szó").
    'diari',
    'setmanari',
    'ràdio',
    'televisió',
    'notícies',
    'sanomat',
    'lehti',
    'uutiset',
    'hírlap',
    'napló',
    'hírek',
    'újság',
    'szó',
    'híradó',
    'krónika',
    'avisa',
    'avisen',
    'tidende',
    'blad',
    'bladet',
    'nytt',
    'nyheter',
    'tidning',
    'tidningen',
    'báo',
    // The same in the languages of data/lead-in-words.json ("Dnevnik", "Вести", "Žinios", "Nuacht", "أخبار"), also
    // without the marks on their letters, as names are compared (name-source.ts).
    ...slotWords(newsWords).flatMap((w) => [w, w.replace(/[^\p{L}]/gu, '')]),
  ].map((w) => w.toLowerCase()),
);

/** A Finnish, Scandinavian, Dutch or German title written as one word ending on a word for a paper or the news
 * ("Kauppalehti", "Nettavisen", "Dagbladet", "Aftenposten", "Vestlandsnytt", "Polderdagblad", "Weekblad", "Kreisanzeiger").
 * The word starts where its run of letters does (the first start that could match), so a long run is read once. */
export const NEWS_COMPOUND =
  /(?<!\p{L})\p{L}{2,}(?:lehti|sanomat|uutiset|avisen|avisa|bladet|posten|tidende|tidningen|nytt|blad|blatt|zeitung|anzeiger|kurier|bote|nachrichten|rundschau|krant|courant|koerier)$/u;

/** Czech news words as a case inflects them in running text ("podle Seznam Zpráv", "v Lidových novinách"), and
 * the form a title is written in. */
export const NEWS_WORD_BASE_FORMS: ReadonlyMap<string, string> = new Map([
  ['zpráv', 'zprávy'],
  ['zprávám', 'zprávy'],
  ['zprávách', 'zprávy'],
  ['deníku', 'deník'],
  ['novin', 'noviny'],
  ['novinám', 'noviny'],
  ['listů', 'listy'],
]);

/** A request's wording as the letter answering it hands it over ("Your request sought:", "The request reads:"): a
 * filed text, a document, though the letter repeats the words of the post above it. */
export const REQUEST_WORDING =
  /\b(?:your|the|my|our|this|that)\s+(?:[\w-]+\s+){0,4}?requests?\s+(?:sought|seeks|asked for|asks for|reads|read|stated|states)\s*:\s*$/i;

/** Titles and roles that make a name read as a person's. */
export const PERSON_WORDS =
  /\b(?:sen|rep|gen|prof|dr)\.|\b(?:senator|representative|congressman|congresswoman|councillor|councilor|councilman|councilwoman|alderman|alderwoman|sergeant|detective|constable|inspector|president|vice president|secretary|minister|prime minister|chancellor|governor|mayor|spokesman|spokeswoman|spokesperson|ceo|chief executive|chairman|chairwoman|chair|director|ambassador|general|colonel|commander|professor|mr\.?|mrs\.?|ms\.?|sir|lord|lady|king|queen|pope|pastor|rabbi|imam|activist|economist|analyst|author|writer|novelist|poet|philosopher|founder|billionaire|candidate|official|lawmaker|judge|justice|attorney|lawyer|prosecutor|coach|player|manager|coworker|co-worker|colleague|friend|reader|neighbou?r|teacher|nurse|commenter|contributor|maintainer|member|developer|resident|customer|listener|subscriber|volunteer|donor|emailed|texted|messaged|speech|remarks|sermon|own words|mum|mom|dad|mother|father|grandpa|grandma|gran|granny|grandad|grandfather|grandmother|auntie|aunt|uncle|nana|papa|mama|sister|brother|cousin|wife|husband|(?:grand|step)?(?:son|daughter|child)|niece|nephew)\b/i;

/** Someone's own text passed on: an e-mail, a message, responses (a consultation's), a eulogy, a notebook or
 * a diary, "these words" (a person's, as a letter is), what someone "wrote to us" (correspondence), a note someone
 * left ("a note of three lines", "this note from last year's captain"; not "a note from the council"), a reply the
 * writer got ("the reply I got from a researcher", one of the replies a newsletter's readers sent: "One reply, from a
 * practice in Devon:"; a body's reply is a document by its own words, lead-in.ts), a
 * book's or a record's dedication, and a record's sleeve or liner notes, their author's words; and who "put it best" or
 * "said it best", someone's words by the idiom, and what someone "used to say", a saying of theirs. */
export const SOMEONES_TEXT =
  /\b(?:(?:the|a|an) (?:[a-z-]+ )?(?:reply|answer) (?:I|we) (?:got|received|had)|(?:one|another) (?:[a-z-]+ )?(?:reply|response|answer)|dedications?|(?:sleeve|liner) notes?|e-?mails?|messages?|responses|eulog(?:y|ies)|notebooks?|diary|diaries|(?:these|his|her|their|my|our) (?:own )?words|(?:put|said|summed|described|explained) it (?:up )?(?:best|better|perfectly|most simply|well|clearly)|(?:used to|would always|always used to) (?:say|tell (?:me|us|them))|wr(?:ote|ites|itten) (?:back )?to (?:us|me)|(?:a|the|this|that|his|her|their|my|our) (?:(?:hand-?written|short|little|brief|scribbled|folded) )?note(?! (?:from|by) the\b))\b/i;

/** Books and what they hold: quoted, they are their author's words (kind `person`), not an official document.
 * A book kept as a record (a rule book, a register book, a minute book, a station's service book or log book) is a
 * document, not one. */
export const BOOK_WORDS =
  /\b(?<!\b(?:rule|record|minute|account|order|register|pass|service|log|duty|occurrence|signal)\s)(?:book|novel|memoir|chapter|poem|verse|essay)s?\b/gi;

/** Words that name an official document, a book or another written text rather than a newsroom: also a
 * ticket's or a service's terms ("the National Rail Conditions of Travel", "says this under the ticket"), a
 * club's rules, a course's handbook and an alert's wording ("the actual wording of the county's road alert"), a
 * local law by its kind (an ordinance, a statute, a code of law by its field: "the state sanitary code"), a form's or a ballot's question ("The question itself reads:",
 * "the consultation form", "the ballot paper"), and
 * a printed leaflet's, flyer's, pamphlet's or brochure's note ("the leaflet it came from has this note on the back:",
 * "as printed on the flyer at the post office:"; a frequent or high flyer is a person).
 * A clause, an agreement (not being "in agreement"), a business's confirmation e-mail or invoice, a body's internal review (of a request it answered) and
 * the criteria a body applies are documents too. A changelog and release notes are documents, and so are a project's docs, its documentation and its design notes, and a service's status page, a company's or a body's web page saying it ("the website just says", "your pricing page still says", "the city's own page says"; not "anything on the website") and a timetable, and a rule or a clause by its
 * number ("Rule 9:"), and an event's permit, and the texts a thing carries or comes with (a certificate, a
 * licence, a deed or a lease, a manual, a maker's data sheet or spec sheet, a warranty or a guarantee (the noun), a vendor's or an agency's advisory, a plaque, an inscription, a label, what a thing is inscribed
 * or engraved with: "The lid of the tin is engraved:"), and official records kept
 * line by line (a parish's or a registrar's register, "the register of St Mary's", a census; a trail's or a
 * visitors' register holds persons' words, and "register" alone names novels too); "notice" and
 * "permit" after a modal, a negation or "to" are the verbs ("most people would never notice", "will not
 * permit"), no document. A petition's wording is a document, and so is what a place posts for its visitors: a
 * sign on its door ("The sign on the door says:"), a note or a card taped or pinned up ("the handwritten note
 * taped to the register", a route sheet "pinned on the board"), whoever wrote it, a sign someone put up ("the sign the
 * county put up at the crossing") and a place's sign that reads it ("The park's sign at the foot of the ramp reads:"). A rule-making's texts are documents: a proposed, final or draft rule, a text under discussion
 * named only as the draft, closing the lead-in or reading so ("Here's the key part of the draft:"), and
 * an assessment a body publishes (environmental, of impact or of risk); someone's "assessment" alone is their view.
 * What a place's keepers post for its visitors is a notice ("The park posted the following for this trail:"). A
 * film's or a programme's own text on screen is its makers' document: a title card, an intertitle, an end card,
 * an opening crawl ("The last thing on screen is an end card:"). What a club's or a society's general meeting agreed
 * ("what we agreed at the 2024 AGM") is its resolution, a document, whoever reminds the members of it. */
export const DOCUMENT_WORDS =
  /\bin writing\b|\bterms and conditions\b|\bterms of (?:use|service|sale|carriage|business)\b|\bconditions of (?:travel|carriage|use|sale|service|entry|hire|booking)\b|\b(?:small|fine) print\b|\bprior art\b|\bpatent(?: application)?s?\b|\b(?:on|under|below|with) (?:the|my|your|a|each) ticket\b|\bwritten (?:reply|response|answer|permission|consent|approval|authori[sz]ation)\b|\b[Ss]ection \d|\b(?:abstract|statement|readout|read-out|press release|release|filing|complaint|indictment|lawsuit|ruling|opinion|(?:the|a|her|his|their|its) dissent|dissenting opinion|concurrence|order|decision|judgment|judgement|affidavit|motion|brief|declaration|announcement|communiqu[eé]|(?<!(?:\d|\b(?:few|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety))[\s-]*)minutes|memo|memorandum|letter|transcript|census|(?:parish|baptism(?:al)?|burial|marriage|birth|death|church|electoral)\s+registers?|registers?\s+of\s+(?:St|Saint|the parish|baptisms|burials|marriages|births|deaths)|testimony|bill|law|act|ordinances?|statutes?|treaty|constitution|regulation|guidance|(?<!\b(?:to|never|not|would|could|will|might|may|did|do|does|n['’]t)\s+)(?:notice|permits?)|report|study|(?<!(?:local|daily|home-?town|evening|morning|Sunday|weekend|weekly|student|free|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|morning|weekend)['’]s) )paper(?!\s+of\s+record)|white paper|book|novel|memoir|chapter|poem|essay|address|manifesto|(?<!\bto\s)petitions?|leaflet|(?<!\b(?:frequent|high|first-time|solo|stunt)[\s-])(?:flyer|flier)s?|pamphlet|(?:the|a|an|this|that) (?:[a-z-]+ )?sign (?:on|in|at|over|above|outside|beside|by) (?:the|a|an|its|their|our|his|her|my)|[a-z-]+['’]s (?:[a-z-]+ )?sign (?:at|on|by|beside|outside|over|above|in) (?:[\w’'-]+\s+){1,6}(?:says|said|reads|read|states)|(?:pinned|tacked|posted|put up|stuck)\s+(?:up\s+)?(?:on|to)\s+(?:the|a)\s+(?:notice ?|bulletin ?|cork ?)?board\b(?!\s+of\b)|(?:the|a|this|that) (?:[a-z-]+ )?sign (?:says|said|reads|read)|(?:note|card|sign|notice)s? (?:taped|pinned|stuck|posted|tacked|sellotaped|hung|hanging|propped) (?:to|on|up|in|at|by|over|above|inside|outside|beside|next)|brochure|booklet|certificate|licen[cs]e|manual|data ?sheets?|spec(?:ification)? sheets?|deed|lease|warranty|advisor(?:y|ies)(?!\s+(?:board|committee|council|panel|group|body|role|firm|services?)\b)|(?:the|a|its|our|their|this|written) guarantee|plaque|inscription|inscribed|engraved|(?:brass|bronze|copper|enamel(?:led)?|memorial|commemorative|dedication) plates?|tooltips?|error messages?|title cards?|intertitles?|end cards?|opening crawl|on-?screen (?:text|captions?)|label|charter|resolution|(?:agreed|resolved|decided|voted(?: for| on)?|adopted|passed)\s+at\s+(?:the|our|this year['’]s|last year['’]s)\s+(?:\d{4}\s+)?(?:AGM|EGM|annual\s+(?:general\s+)?meeting|general\s+meeting)|directive|policy|proposals?|rules|rule ?book|(?:proposed|final|interim(?: final)?|draft) rules?|(?:the|this|that|its|their|our|[’']s) draft(?=\s*[:.;,)]|\s*$|\s+(?:says|said|reads|read|states|stated)\b)|(?:environmental|impact|risk|equality|habitats?|heritage) (?:impact )?assessments?|(?:park|council|club|school|museum|library|parish|reserve|estate|landowners?|rangers?|management|authority)\s+(?:has\s+|have\s+)?(?:posted|put up|pinned up|issued)\s+(?:the\s+following|this)|handbook|change ?log|release notes|docs|documentation|design (?:note|doc|document)s?|guidelines|criteria|(?<!\bin\s)agreements?|code of (?:conduct|practice)|(?:sanitary|building|housing|penal|criminal|civil|tax|fire|health|municipal|zoning|traffic|electrical|plumbing|administrative) code|wording|questionnaire|(?:ballot|survey|consultation|referendum) (?:question|paper|form)s?|(?:the|its|this|that) question (?:itself |as (?:printed|worded) )?(?:reads|read|asks|says)|clauses?|confirmation (?:e-?mail|letter|message|text)|(?:booking|order) confirmation|invoice|internal review|alert|status (?:page|update)s?|(?:[’']s\s+(?:own\s+|official\s+)?(?:home ?page|page|site)|(?:own\s+|official\s+)?(?:web ?site|web ?page|(?:pricing|terms|help|faq|support|refunds?|returns|booking|fares?) page))(?:\s+(?:just|still|only|now|simply|also|clearly))?\s+(?:says|said|reads|states|stated)|timetable|notams?|(?:rule|clause|by-?law) \d+|bye-?laws?|by-?laws?|(?:the|a|its|their|these|those|new|council['’]s|every|each)\s+signs?\s+(?:on|at|by|outside|beside|in|over|above|along|(?:up|posted)\s+(?:on|at|by|in|along))|(?:put|puts|putting|posted|has posted|have posted)\s+(?:up\s+)?(?:new\s+|a\s+|the\s+)?signs?|(?:the|a|this|that|its|their|these|those|new)\s+signs?\s+(?!language\b)(?:(?:that|which)\s+)?(?:[\w.’'-]+\s+){1,3}(?:put|puts|posted|erected|installed|hung|nailed|stuck|bolted)\b)\b/i;

/** A plan, a strategy or a framework by its title, capitalised ("Your Winter Service Plan states", "the criteria in
 * the Plan", "the Local Transport Strategy"): a body's document; "the plan" in lower case is anyone's intention. */
export const NAMED_PLAN =
  /\b(?:[Tt]he|[Yy]our|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Plan|Strategy|Framework)\b/u;

/** A patent document's number with its office's code and its kind code: "JP 2019-087321 A", "DE 10 2020 114
 * 552 A1", "US 2019/0123456 A1", "EP 1234567 B1". Prior art quoted by its number is a document. */
export const PATENT_NUMBER = /(?<![\p{L}\d])[A-Z]{2}\s?\d[\d ,/.-]{5,16}\d\s?[A-Z]\d?(?![\p{L}\d])/u;

/** The same in Czech, Greek, Indonesian, Romanian and Turkish, as a title in quotation marks names a plan or a
 * report ("σύμφωνα με το «Σχέδιο Δράσης»", "potrivit „Raportul anual”"). */
export const OTHER_DOCUMENT_WORDS =
  /(?<![\p{L}])(?:zpráva|studie|usnesení|zákon|plán|strategie|koncepce|σχέδιο|έκθεση|μελέτη|απόφαση|νόμος|ανακοίνωση|πρόγραμμα|στρατηγική|οδηγία|raport|raportul|studiu|studiul|hotărâre|hotărârea|lege|legea|comunicat|proiect|proiectul|planul|strategia|laporan|kajian|rencana|peraturan|undang-undang|strategi|rapor|raporu|planı|karar|kararı|yasa|kanun|genelge)(?![\p{L}])/iu;

/** The blog quoting itself: "Last week, we said the following", "As we wrote in March:", "I tweeted something
 * that aged well:", "I complained about exactly this in 2024:", "From my November 3 post:", "From our 2023
 * review:", "As I told the Times last week:" (the writer's own words, whoever they were said to); not "I wrote
 * to the council", which is a letter sent, nor "I asked Mr. Abernethy what he made of it", someone else's answer
 * to come, nor "we've written them out below", someone's words transcribed; nor
 * the writer's earlier post as a time or a topic ("A reader sent me this after my last post", "commented on my
 * last post"): someone else's words about it. */
export const SELF_REFERENCE =
  /\b(?:as|what)\s+(?:we|I)\s+(?:(?:have|had|also|once|then)\s+)?(?:told|said to)\b|\b(?:we|I)(?:\s+(?:have|had|also|already|then|first|once|recently))?\s+(?:said|wrote|tweeted|posted|blogged|noted|explained|argued|warned|predicted|reported|observed|suggested|pointed out|put it|wrote about|discussed|cautioned|concluded|(?:complained|grumbled|moaned|ranted|griped)(?=\s+(?:about|of|over)\b)|asked(?!\s+(?:the|my|our|a|an|him|her|them|whether|if|for|about)\b|\s+[a-z]+\s+(?:for|to|whether|if|about|what|how)\b|\s+(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Sgt|Capt)\.?\s|\s+[^.!?:]{1,120}?\b(?:what|how|whether|why)\s+(?:he|she|they)\b))\b(?!\s+(?:to|in to|a letter|an e-?mail|them|him|her)\b|\s+(?:it|this|these|that)\s+(?:out|down|up)\b)|\b(?:we|I)(?:['’]ve| have| had)\s+(?:said|written|noted|explained|argued|warned|predicted|reported|observed|pointed out)\b(?!\s+(?:it|them|this|these|that)\s+(?:out|down|up)\b)|\b(?:our|my)(?<!\b(?:after|since|following|under|on|about|to)\s+(?:our|my))\s+(?:previous|earlier|last|recent|original|own|first)\s+(?:post|article|piece|note|report|analysis|column|newsletter|issue|story)\b|\b(?:[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:statement|reply|response)\s+(?:to|after|on)\b|\b(?:it|this one|this)\s+(?:now\s+)?lives here\b|\b(?:our|my)(?<!\b(?:after|since|following|under|on|about|to)\s+(?:our|my))\s+(?:note|notes|post|piece|column|newsletter|prediction|forecast)\s+(?:from|of|in)\s+(?:last\s+|the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|week|month|year)\b|\b(?:our|my)(?<!\b(?:after|since|following|under|on|about|to)\s+(?:our|my))\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?|\d{4})\s+(?:blog\s+)?(?:post|article|piece|note|column|newsletter|entry|issue|review|round-?up|recap|report|summary|preview)\b/i;

/** Words after which a name in a lead-in is the source being quoted (English and the languages read first). */
const LEAD_BEFORE_WORDS =
  /(?:here[’']?s|here is|more from|from|via|(?:issue|edition) of|according to|per|as|says|wrote|h\/t|courtesy of|reports?|cited by|quoted by|(?:reported|published|written|noted|described|detailed|broken|first reported) (?:by|in)|(?:writes?|wrote|writing|reporting|argues|argued|explains|explained|notes|noted|observes|observed) (?:in|for|at)|over at|in an? (?:piece|article|report|story|op-ed|column|editorial|investigation) (?:for|in|by)|laut|nach|enligt|ifølge|berichtet|berichtete|schreibt|schrieb|zitiert|aus|schrijft|schreef|meldt|meldde|berichtte|escribe|recoge|recogió|scrive|riporta|riferisce|selon|d[’']après|rapporte|écrit|cité par|citée par|según|informa|publica|de acuerdo con|citado por|citada por|a decir de|volgens|aldus|secondo|segundo|de acordo com|conforme|podle|píše|uvádí|według|jak podaje|jak pisze|wg|potrivit|scrie|relatează|menurut|dilansir(?: dari)?|dikutip dari|σύμφωνα με|γράφει|αναφέρει|по данным|по сообщению|как пишет|сообщает|пишет|за даними|як пише|повідомляє)\s+(?:(?:the|der|die|das|dem|den|des|le|la|les|l[’']|el|los|las|del|την|το|τον|της|του|τα|τις)\s*)?$/iu;

/** The same in the languages of data/lead-in-words.json: "podľa", "според", "як пише", "به گزارش", "据", perhaps
 * with a word for the paper or the agency between ("podľa denníka", "по данным издания", "لصحيفة"), and a
 * prefix or a quotation mark written onto the name ("ל-", "«"); as a source, `words` picking each slot's words (all
 * of them by default). */
export const leadBeforeSource = (words: (slot: SlotWords) => SlotWords = (slot) => slot): string =>
  `${LEAD_BEFORE_WORDS.source}|${leadBeforeOtherSource(words, false)}`;
/** `leadBeforeSource`'s words from the data; `caseless`, for an expression read without the i flag. */
const leadBeforeOtherSource = (words: (slot: SlotWords) => SlotWords, caseless: boolean): string =>
  `(?:${alternationFor(caseless)(words(accordingTo), { left: true })}|${alternationFor(caseless)(words(reportsBefore), { left: true })})(?:\\s+${alternationFor(caseless)(words(mediaNouns), { left: true, right: true })})?[\\s«„“"《「-]*$`;
/** The slots `leadBeforeSource` reads. */
export const LEAD_BEFORE_SLOTS: readonly SlotWords[] = [accordingTo, reportsBefore, mediaNouns];
/** `leadBeforeSource` as two expressions while a page's words are of ASCII letters (`gatedPattern`). */
export const LEAD_BEFORE_SPLIT: CaselessSplit = {
  fixed: LEAD_BEFORE_WORDS,
  caseless: (words) => new RegExp(leadBeforeOtherSource(words, true), 'u'),
};
/** `leadBeforeSource`, built from the words the texts it reads can hold (`gatedPattern`). */
export const LEAD_BEFORE = gatedPattern(
  LEAD_BEFORE_SLOTS,
  (words) => new RegExp(leadBeforeSource(words), 'iu'),
  LEAD_BEFORE_SPLIT,
);

/** Reporting words right after a name in a lead-in: what may come between the name and them ("’s", "had",
 * "on Tuesday"), the words, each an alternative of its own read with the i flag, and what must not follow them. */
const LEAD_AFTER_OPENING = String.raw`^(?:[’']s?|[’'](?:[a-zçğıöşü]{1,4})(?=\s+(?:göre|haberine|haberinde))|:n)?\s*(?:-?Artikel|-?Bericht)?\s*(?:,\s*)?(?:has|had|also|just|now|again|then|on \w+|this \w+|earlier|first|previously|recently|late \w+)?\s*`;
export const LEAD_AFTER_LIST: readonly string[] = [
  'göre',
  'haberine göre',
  'haberinde',
  'szerint',
  'írja',
  'közölte',
  'mukaan',
  'kertoo',
  'uutisoi',
  'píše',
  'uvádí',
  'informuje',
  'pisze',
  'podaje',
  'donosi',
  'scrie',
  'relatează',
  'melaporkan',
  'memberitakan',
  'menulis',
  'mencatat',
  'menyebutkan',
  'notează',
  'dodává',
  'προσθέτει',
  'γράφει',
  'αναφέρει',
  'μεταδίδει',
  'пишет',
  'сообщает',
  'сообщил',
  'передаёт',
  'пише',
  'повідомляє',
  'zufolge',
  'berichtet',
  'berichtete',
  'schreibt',
  'skriver',
  'rapporterar',
  'uppger',
  'melder',
  'schrieb',
  'meldet',
  'meldete',
  'rapporte',
  'écrit',
  // A newsroom's headline or front page: "Le JIR titre ce matin sur …:", "Il Corriere titola:", "Bild titelt:".
  'titre',
  'titrait',
  'titola',
  'titolava',
  'titula',
  'titulaba',
  'titulou',
  'titelt',
  'titelte',
  'kopt',
  'kopte',
  'révèle',
  'informa',
  'publica',
  'escribe',
  'reveló',
  'revela',
  'recoge',
  'recogió',
  'recogía',
  'schrijft',
  'schreef',
  'meldt',
  'meldde',
  'berichtte',
  'scrive',
  'riporta',
  'riferisce',
  'rivela',
  'escreve',
  'noticia',
  'noticiou',
  'relata',
  'informou',
  'revelou',
  'reports?',
  'reported',
  'reporting',
  'says',
  'said',
  'writes',
  'wrote',
  'explains',
  'explained',
  'notes',
  'noted',
  'adds',
  'added',
  'has more',
  String.raw`(?:ha[sd]|gets|got) (?:the|some|all the|an?) (?:[\w’'-]+\s+){0,2}?(?:details|story|numbers?|latest|figures|scoop|data|view|take|angle|rundown|breakdown|version|side|reaction|response|summary|overview|explainer|write-?up)`,
  String.raw`har (?:en|ett|mer|mera|hela|flera) (?:[\p{L}’'-]+\s+){0,2}?(?:text|artikel|artikkel|reportage|genomgång|gjennomgang|granskning|detaljer|siffror)\b`,
  String.raw`with (?:the|more|this|some|its|an?)\b`,
  'caught up with',
  'caught (?:one|two|three|some|several|a few|a couple) of',
  'caught a word with',
  'talked (?:to|with)',
  'spoke (?:to|with)',
  'sat down with',
  '(?:sums|summed) (?:it|this|that|things) up',
  '(?:lays|laid) (?:it|this|that) (?:all )?out',
  '(?:walks|walked) (?:us |you )?through',
  '(?:picks|picked) (?:it|this|that) up',
  '(?:is|was|were) first',
  'covered (?:it|this|that)',
  'ran (?:a|an|the|this|that|it)',
  'got (?:it|this|that) first',
  'habló con',
  'conversó con',
  'entrevistó a',
  'sprach mit',
  'a parlé (?:à|avec)',
  "s['’]est entretenu avec",
  'ha parlato con',
  'ha sentito',
  'conversou com',
  'sprak met',
  'interviewed',
  'asked',
  'had this',
  'ha[sd] it',
  'puts? it',
  'summarises',
  'summarizes',
  'details',
  'detailed',
  'describes',
  'described',
  'observes',
  'observed',
  'confirms',
  'confirmed',
  'breaks? down',
  'tells',
  'told',
  'story',
  'report',
  'article',
  'piece',
  'review',
  'coverage',
  'headline',
  'version',
  'take',
  'account',
  'write-?up',
  'quotes?',
  'quoted',
];
const LEAD_AFTER_END = String.raw`(?![\p{L}\p{N}_])`;
/** `LEAD_AFTER_LIST`'s words as an expression's source, read with the i flag. */
export const leadAfterWordsSource = (words: readonly string[]): string =>
  `${LEAD_AFTER_OPENING}(?:${words.join('|')})${LEAD_AFTER_END}`;

/** Where the words after an outlet's name go on past a programme's, a section's or a region's name ("BBC Spotlight
 * asked …", "ABC Landline spoke to …", "BBC Isle of Man caught …"): one to three capitalised words right after it,
 * perhaps joined by "of", "and" or "&", then a word in lower case. The
 * reporting words are read from there; `end` itself when no such name follows. */
export function pastProgramme(text: string, end: number): number {
  const m = PROGRAMME.exec(text.slice(end, end + 60));
  return m ? end + m[1].length : end;
}
const PROGRAMME = /^(\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}’'-]*){0,2})\s+(?=\p{Ll})/u;

/** The slots `leadAfterSource` reads. */
export const AFTER_NAME_SLOTS: readonly SlotWords[] = [
  accordingToAfter,
  reportsAfter,
  interviewed,
  toldAfter,
];
/** The same in the languages of data/lead-in-words.json, perhaps after a case ending: "X informuje", "X-ის
 * ცნობით", "X के अनुसार", "X报道", "X поговорило с", "X-a açıqlamasında"; as a source, like `leadBeforeSource`. */
export const leadAfterSource = (words: (slot: SlotWords) => SlotWords = (slot) => slot): string =>
  `${leadAfterWordsSource(LEAD_AFTER_LIST)}|${leadAfterOtherSource(words, false)}`;
/** `leadAfterSource`'s words from the data; `caseless`, for an expression read without the i flag. */
const leadAfterOtherSource = (words: (slot: SlotWords) => SlotWords, caseless: boolean): string =>
  `^${CASE_ENDING}\\s*(?:${AFTER_NAME_SLOTS.map((slot) => alternationFor(caseless)(words(slot), { right: true })).join('|')})`;
/** Whether a word of `LEAD_AFTER_LIST` holds a letter beyond ASCII with a case. */
const casedBeyondAscii = (word: string): boolean =>
  [...word].some((c) => c.charCodeAt(0) >= 0x80 && c.toLowerCase() !== c.toUpperCase());
/** `LEAD_AFTER_LIST`'s words of ASCII letters, for the caseless half (`caselessSource`). */
const leadAfterAsciiSource = madeOnFirstUse(() =>
  caselessSource(leadAfterWordsSource(LEAD_AFTER_LIST.filter((word) => !casedBeyondAscii(word)))),
);
/** `leadAfterSource` as two expressions while a page's words are of ASCII letters (`gatedPattern`): the fixed
 * words with a letter beyond ASCII read with the i flag; those of ASCII letters beside the data's words, without
 * it. */
export const LEAD_AFTER_SPLIT: CaselessSplit = {
  fixed: lazyPattern(() => new RegExp(leadAfterWordsSource(LEAD_AFTER_LIST.filter(casedBeyondAscii)), 'iu')),
  caseless: (words) => new RegExp(`${leadAfterAsciiSource()}|${leadAfterOtherSource(words, true)}`, 'u'),
};
/** `leadAfterSource`, built from the words the texts it reads can hold (`gatedPattern`). */
export const LEAD_AFTER = gatedPattern(
  AFTER_NAME_SLOTS,
  (words) => new RegExp(leadAfterSource(words), 'iu'),
  LEAD_AFTER_SPLIT,
);

/** After a newsroom's name, what it did to get the words, where the verb's two parts hold the person between them
 * ("Der BRF hat mit einer Hebamme gesprochen", "De NOS heeft een visser gesproken": data/lead-in-words.json's
 * interviewedSplit), as a source: `LEAD_AFTER`'s `interviewed` in the languages that split the verb. */
export const interviewedSplitSource = madeOnFirstUse(() => splitAlternation(interviewedSplit));
/** `interviewedSplitSource` right after a name (perhaps after a space), built on first use. */
export const INTERVIEWED_SPLIT = lazyPattern(() => new RegExp(`^\\s*${interviewedSplitSource()}`, 'iu'));

/** A lead-in pointing back at the source quoted just before: "the same paper adds:", "The paper goes on:", a
 * place in the same piece ("Later in the piece:", "Further down in the same article:"), "The story continues:",
 * "Il quotidiano milanese aggiunge:", "El mismo diario añade:", "Le même journal précise :", "Dieselbe Zeitung
 * schreibt:". */
const SAME_SOURCE =
  /\b(?:(?:later|further (?:down|on)|lower down|elsewhere) in (?:the|that) (?:same )?(?:piece|article|story|report)|the (?:piece|article|story) (?:goes on|continues|adds|also (?:says|notes))|the same (?:paper|newspaper|outlet|site|publication|report|story|article|piece|agency|wire|broadcaster|magazine)|(?:el|la) mism[oa] (?:diario|peri[oó]dico|medio|agencia|cadena|revista|web)|(?:le|la) m[eê]me (?:journal|quotidien|m[ée]dia|agence|site|magazine)|(?:dieselbe|die gleiche|dasselbe|das gleiche) (?:Zeitung|Agentur|Blatt|Magazin)|(?:lo|il|la) stess[oa] (?:giornale|quotidiano|testata|agenzia|sito|rivista)|(?:o|a) mesm[oa] (?:jornal|di[áa]rio|ag[êe]ncia|site|revista|emissora)|(?:dezelfde|hetzelfde) (?:krant|blad|omroep|persbureau|site))\b|(?:같은|그|이) (?:신문|매체|방송|통신사)|同紙|同社|同通信|同局|\b(?:samma|samme) (?:artikel|artikkel|text|tekst|reportage|inslag)\b|\b(?:tidningen|avisen|bladet|samma tidning|samme avis)\s+(?:fortsätter|fortsetter|fortsætter|skriver|tillägger|lägger till|legger til|tilføjer|uppger|melder|rapporterar)\b/iu;

/** "Il quotidiano milanese aggiunge:", "The Milanese daily adds:": an epithet in lower case ("The Wall Street
 * Journal adds:" names an outlet), hence no i flag. */
const EPITHET =
  /^\s*(?:[Aa]nd\s+|[EeYy]\s+|[Ee]t\s+|[Uu]nd\s+)?(?:[Tt]he|[Ii]l|[Ll]a|[Ll]e|[Ee]l|[Dd]er|[Dd]ie|[Dd]as|[Oo]|[Aa])\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:paper|daily|newspaper|tabloid|broadsheet|agency|magazine|broadcaster|outlet|quotidiano|giornale|diario|peri[oó]dico|quotidien|journal|Zeitung|Blatt|jornal)(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:adds|added|continues|goes on|also (?:notes|reports|writes)|aggiunge|prosegue|añade|agrega|ajoute|précise|poursuit|ergänzt|fügt hinzu|schreibt weiter|acrescenta)\b/u;

/** The same in Czech, Greek, Indonesian, Romanian, Turkish and Lithuanian: "Același ziar notează:", "Tentýž deník
 * dodává:", "Η ίδια εφημερίδα προσθέτει:", "Media yang sama menulis:", "Aynı gazete şunu ekliyor:", "Tas pats
 * portalas priduria:", in Polish "Dalej w tym samym tekście:", "Ten sam portal dodaje:", and in Bulgarian,
 * Serbian, Slovenian, Russian, Ukrainian, Latvian, Hebrew, Arabic and Bengali ("Още в същата статия:", "Isti list
 * dodaje:", "В том же материале:", "Tajā pašā rakstā:", "ובאותה כתבה:", "وأضافت الصحيفة نفسها:", "একই প্রতিবেদনে:").
 * Word edges are letters of any script, since these end on letters \b does not know. */
const SAME_SOURCE_OTHER =
  /(?<![\p{L}])(?:(?:același|aceeași|acelaşi|aceeaşi) (?:ziar|cotidian|publicație|publicaţie|agenție|agenţie|post|site|revistă|sursă)|(?:tentýž|týž|stejný) (?:deník|list|týdeník|web|server|zdroj)|(?:tatáž|táž|stejná) (?:agentura|redakce|televize|stanice|zpráva)|(?:η ίδια|την ίδια) (?:εφημερίδα|ιστοσελίδα|πηγή|ανταπόκριση)|(?:το ίδιο|ίδιο) (?:πρακτορείο|μέσο|δημοσίευμα|ρεπορτάζ|site)|(?:media|koran|harian|situs|kantor berita|laporan|berita) yang sama|aynı (?:gazete|gazetenin|site|ajans|kanal|haber|habere)|(?:tas pats|tą patį) (?:portalas|portalą|dienraštis|laikraštis|savaitraštis|leidinys|naujienų portalas)|(?:ta pati|tą pačią) (?:agentūra|televizija|naujienų agentūra|laida)|(?:tym samym|tej samej|ten sam|ta sama|tego samego) (?:tekście|tekst|artykule|artykuł|materiale|materiał|portalu|portal|dzienniku|dziennik|gazecie|gazeta|serwisie|serwis|stacji|stacja)|(?:същия|същият|същата|същото) (?:материал|статия|текст|вестник|сайт|издание|агенция|репортаж)|(?:исти|истом|иста|истој|isti|istom|istem|ista|istoj|isto) (?:лист|листу|текст|тексту|портал|порталу|агенција|агенцији|дневник|дневнику|чланак|чланку|list|listu|tekst|tekstu|portal|portalu|agencija|agenciji|dnevnik|dnevniku|članak|članku|članek|časnik|časniku|tednik|prispevek|prispevku)|(?:том же|тот же|та же|то же|той же|тому ж|тому самому|те саме|та сама) (?:материале|материал|статье|статья|тексте|издание|издании|газета|газете|агентство|матеріалі|статті|тексті|видання|виданні|газеті)|(?:tajā pašā|tas pats|tā pati|tai pašā) (?:rakstā|raksts|portāls|portālā|aģentūra|laikraksts|laikrakstā|ziņā)|(?:ובאותה|באותה|ואותה|אותה|ובאותו|באותו|ואותו|אותו) (?:כתבה|הכתבה|עיתון|אתר|ידיעה)|(?:نفس|ذات) (?:الصحيفة|الجريدة|الموقع|الوكالة|التقرير|المقال|الخبر|القناة)|(?:الصحيفة|الجريدة|الموقع|الوكالة|التقرير|المقال|الخبر|القناة) (?:نفسها|نفسه|ذاتها|ذاته)|একই (?:প্রতিবেদনে|প্রতিবেদন|পত্রিকা|পত্রিকায়|সংবাদে|খবরে))(?![\p{L}])/iu;

/** A whole short lead-in going on with the source just quoted, "and" or "then" perhaps before it: "And it went
 * on:", "Then, further down:" (`goesOn` in data/hand-over-words.json). */
const GOES_ON = lazyPattern(
  () =>
    new RegExp(
      `^[\\s(]*(?:(?:and|then)[\\s,]+)?${alternation({ en: handOverWords.goesOn }, { left: true, right: true })}[\\s,.…]*[:：]?\\s*$`,
      'iu',
    ),
);

export const pointsBack = (text: string): boolean =>
  SAME_SOURCE.test(text) ||
  SAME_SOURCE_OTHER.test(text) ||
  EPITHET.test(text) ||
  (text.length <= 40 && GOES_ON.test(text));

/** A sentence in which someone the post speaks of answers it ("When I asked her about that, she laughed:",
 * "here is the full text she read to the committee:", "his closing appeal as he delivered it:"): the words are
 * that person's, whatever outlet an earlier clause mentions. */
export const PERSON_SPEAKS =
  /\b(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:laughed|said|says|replied|answered|told (?:me|us)|explained|added|insisted|admitted|recalled|shrugged|sighed|smiled|grinned|read|delivered)\b[^.!?]{0,40}[:：]\s*$|\bI asked (?:her|him|them)\b/;

/** Trades and crafts the trade press is named after ("Game Developer", "Electronics Weekly", "Wine
 * Spectator"): a title in capitals holding one is a publication's, even beside a word for a job. */
const TRADE_WORDS_LIST = [
  'game',
  'games',
  'gaming',
  'developer',
  'developers',
  'electronics',
  'computing',
  'software',
  'hardware',
  'semiconductor',
  'wine',
  'music',
  'film',
  'fashion',
  'design',
  'architecture',
  'automotive',
  'motoring',
  'agricultural',
  'mining',
  'chemical',
  'packaging',
];
export const TRADE_WORDS: ReadonlySet<string> = new Set(TRADE_WORDS_LIST);

/** Words in the names of publications and institutions that no one's name is made of ("New Civil Engineer",
 * "Inside Higher Ed"): a name holding one is no person's. */
export const NOT_NAME_WORDS = new Set([
  'new',
  'inside',
  'higher',
  'civil',
  'public',
  'national',
  'international',
  'global',
  'world',
  'business',
  'financial',
  'economic',
  'engineering',
  'engineer',
  'construction',
  'energy',
  'maritime',
  'shipping',
  'transport',
  'medical',
  'science',
  'scientific',
  'technology',
  'digital',
  'local',
  'regional',
  'metro',
  'policy',
  'affairs',
  'health',
  'education',
  'industry',
  'retail',
  'insurance',
  'property',
  'housing',
  'climate',
  'environmental',
  'aviation',
  'defense',
  'defence',
  'security',
  'sports',
  'culture',
  'travel',
  'food',
  'farming',
  'trade',
  ...TRADE_WORDS_LIST,
  // Numbers: a title counts ("Seven Days", "Four Corners"), no one's name does.
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'hundred',
  'thousand',
  // The same in other languages ("Bisnis Indonesia", "Ziarul Financiar")
  'bisnis',
  'ekonomi',
  'financiar',
  'economic',
  'ekonomika',
  'ekonomik',
]);

/** Bodies and businesses that speak for themselves, in their own notices (also a council, a ministry or an
 * office in Catalan, Finnish, Hungarian, Norwegian, Swedish and Vietnamese: "L'Ajuntament", "Tampereen
 * kaupunki", "Bergen kommune", "UBND"; a ministry, a town hall, a company or its legal form in German, French,
 * Spanish, Italian, Portuguese, Dutch and Polish: "Bundesverkehrsministerium", "Construcciones Ebro S.A.",
 * "Wartobud Sp. z o.o."; a Turkish or Indonesian ministry, town hall or company: "Ulaştırma Bakanlığı", "Derya
 * İnşaat A.Ş.", "Kementerian Perhubungan", "PT Lembah Jaya"; a Russian ministry, town hall or company's legal form:
 * "Министерство транспорта", "ООО «Стройпорт»"): "From the Committee:", "More details
 * from the Fete Committee", "Source: Bureau of Labor Statistics", "From the Federal Register:", "From Northern
 * Courier Services:". A name holding one is no newsroom's. A site's last label is no word of its name
 * ("ilhanoticias.pt" is no Indonesian company, PT). */
export const BODY_WORDS =
  /(?<![\p{L}\p{N}]|[\p{L}\p{N}]\.)(?:committee|council|board|club|society|office|team|staff|department|ministry|bureau|association|union|church|parish|school|university|college|hospital|company|corporation|manufacturers?|retailers?|suppliers?|distributors?|wholesalers?|inc|ltd|llc|gmbh|group|foundation|trust|charity|institute|authority|regulator|commission|statistics|census|federal|services|logistics|caf[eé]|coffee|shop|store|bakery|restaurant|hotel|garage|motors|print|printing|printers|steel|fabricators?|manufacturing|industries|plumbing|builders|joinery|supplies|solutions|systems|holdings|consulting|partners|ajuntament|consell|conselleria|generalitat|diputació|govern|kaupunki|kunta|ministeriö|virasto|önkormányzat|minisztérium|hivatal|kormány|kommune|kommunen|kommun|departementet|direktoratet|ubnd|sở|bộ|ministère|ministerio|ministero|ministério|ministerie|ministerstwo|ministerstwa|ministerstwie|urząd|urzędu|préfecture|mairie|ayuntamiento|comune|prefeitura|câmara municipal|gemeente|gemeinde|rathaus|gouvernement|gobierno|governo|regierung|société|empresa|azienda|bedrijf|spółka|spółki|unternehmen|konzern|s\.a|sa|s\.p\.a|spa|lda|b\.v|bv|n\.v|nv|sp\. z o\.o|s\.l|srl|sarl|ag|kg|bakanlığı|bakanlık|belediyesi|valiliği|kaymakamlığı|a\.ş|şirketi|pt|cv|tbk|kementerian|pemerintah|dinas|pemkab|pemkot|министерство|министерства|мэрия|администрация|правительство|ооо|оао|зао|пао|\p{L}*(?:ministerium|ministeriums|behörde|verwaltung))(?![\p{L}\p{N}])/iu;

/** The trades and goods among BODY_WORDS: a name holding one is a business's ("Harbour Coffee", "Marlow Motors")
 * unless it ends on a publication's word, as the trade press is named ("Daily Coffee News", "Steel Times"). */
const TRADE_NAME_WORDS =
  /(?<![\p{L}\p{N}])(?:caf[eé]|coffee|shop|store|bakery|restaurant|hotel|garage|motors|print|printing|printers|steel|fabricators?|manufacturing|industries|plumbing|builders|joinery|supplies|logistics)(?![\p{L}\p{N}])/giu;
/** The last word of a trade paper's name. */
const PUBLICATION_TAIL =
  /(?<![\p{L}\p{N}])(?:news|times|journal|review|report|magazine|weekly|daily|digest|gazette|bulletin|insider|wire)[’']?s?$/iu;

/** Whether a name is a body's or a business's (BODY_WORDS), not a trade paper's: "Northern Courier Services" and
 * "Harbour Coffee" are, "Daily Coffee News" is not, "Hotel Workers Union News" is (a union's). */
export function bodyNamed(name: string): boolean {
  if (!BODY_WORDS.test(name)) return false;
  const text = name.trim();
  return !PUBLICATION_TAIL.test(text) || BODY_WORDS.test(text.replace(TRADE_NAME_WORDS, ' '));
}

/** English words by which a writer speaks of themselves, each as written (lower case, or capitalised opening a
 * sentence; "I" only in capitals). */
const FIRST_PERSON_WORDS: ReadonlyMap<string, string> = new Map([
  ['we', '[Ww]e'],
  ['our', '[Oo]ur'],
  ['us', '[Uu]s'],
  ['i', 'I'],
  ['my', '[Mm]y'],
  ['me', '[Mm]e'],
]);
const firstPersonExcept = (set: readonly string[]): RegExp =>
  new RegExp(
    `\\b(?:${[...FIRST_PERSON_WORDS]
      .filter(([word]) => !set.includes(word))
      .map(([, spelt]) => spelt)
      .join('|')})\\b`,
  );
/** English words by which a writer speaks of themselves. */
export const FIRST_PERSON = firstPersonExcept([]);
const firstPersonIn = new Map<string, RegExp>();
/** `FIRST_PERSON` less the words that are other words in the page's language (`englishLookalikes` in
 * data/own-voice.json: Italian "I lavori"). */
export function englishFirstPersonIn(language: string | null): RegExp {
  const lookalikes = englishLookalikesOf(language);
  if (!language || lookalikes.length === 0) return FIRST_PERSON;
  let found = firstPersonIn.get(language);
  if (!found) {
    found = firstPersonExcept(lookalikes);
    firstPersonIn.set(language, found);
  }
  return found;
}

/** A quotation's opening mark and the marks that may close it. */
export type QuotationMarks = ReadonlyMap<string, string>;

/** Quotations a passage holds, in the marks of English and of the languages read (« », „ “, » «). */
export const HELD_QUOTATION_MARKS: QuotationMarks = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“”'],
  ['»', '«'],
]);
/** English double quotations only. */
const ENGLISH_QUOTATION_MARKS: QuotationMarks = new Map([
  ['“', '”'],
  ['"', '"'],
]);

/**
 * The text with each quotation it holds (an opening mark to the first mark that closes it) replaced by a space,
 * from the left, as `text.replace(/“[^”]*”|…/g, ' ')` would. In linear time: a mark that opens and is never closed
 * again ("“" repeated without "”", on a hostile page) is looked past once, not once for each opening.
 */
export function withoutQuotations(text: string, marks: QuotationMarks): string {
  /** For each opening mark, where its next closing mark was found (-1: none after that point). */
  const closes = new Map<string, number>();
  let out = '';
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    const closers = marks.get(text[at]);
    if (closers === undefined) continue;
    const open = text[at];
    let close = closes.get(open);
    if (close === -1) continue;
    if (close === undefined || close <= at) {
      close = -1;
      for (const closer of closers) {
        const found = text.indexOf(closer, at + 1);
        if (found >= 0 && (close < 0 || found < close)) close = found;
      }
      closes.set(open, close);
      if (close < 0) continue;
    }
    out += `${text.slice(kept, at)} `;
    kept = close + 1;
    at = close;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Whether a passage speaks in the first person outside the quotations it holds ("I have dropped mine in a
 * lake"): someone's own words, not a report of them. In English, and in the page's own language when
 * data/own-voice.json has its words ("Ek dink die hele dorp was hier", "Doeddwn i ddim yn credu"). */
export const speaksForItself = (words: string, language: string | null = null): boolean => {
  const own = withoutQuotations(words, HELD_QUOTATION_MARKS);
  return englishFirstPersonIn(language).test(own) || (firstPersonOf(language)?.test(own) ?? false);
};

/** Whether a passage nothing attributes is someone's own words: it speaks in the first person, or to someone
 * in the second ("You keep counting the boats"; in the page's own language, "Votre fils repose …"), once the quotation marks wrapping each paragraph are set
 * aside (a response quoted whole, “I read in the paper …”). A newsroom's copy speaks of others. */
export const speaksAsSomeone = (words: string, language: string | null = null): boolean => {
  const own = words.replace(/^\s*[“"„«»]|[”"“»«]\s*$/gm, '');
  const unquoted = withoutQuotations(own, HELD_QUOTATION_MARKS);
  return (
    speaksForItself(own, language) ||
    /\b[Yy]ou(?:['’](?:re|ve|ll|d))?\b/.test(withoutQuotations(own, ENGLISH_QUOTATION_MARKS)) ||
    (secondPersonOf(language)?.test(unquoted) ?? false)
  );
};
