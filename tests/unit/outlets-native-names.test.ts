// Outlets named as they write themselves, in their own script and language (aliases in utils/outlets/data.ts,
// docs/outlets.md "Names in their own script"): found in sentences of that language, and not where the name is
// an ordinary word of it.
import { describe, expect, it } from 'vitest';
import { MENTION_CARE, OUTLETS } from '../../utils/outlets/data';
import { findOutletMentions, outletByHost, outletByName } from '../../utils/outlets/lookup';

const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}=${m.outlet.name}`);

describe('national outlets by their names in their own script', () => {
  it.each([
    ['据新华社报道，国家粮食部门宣布', '新华社=Xinhua'],
    ['人民日报评论员文章指出', "人民日报=People's Daily"],
    ['据中央社报道，台北', '中央社=Central News Agency'],
    ['南華早報引述消息人士', '南華早報=South China Morning Post'],
    ['東京新聞によると、', '東京新聞=Tokyo Shimbun'],
    ['경향신문에 따르면', '경향신문=Kyunghyang Shinmun'],
    ['ตามรายงานของไทยรัฐ รัฐบาลจะประกาศ', 'ไทยรัฐ=Thairath'],
    ['ຂປລ ລາຍງານວ່າ', 'ຂປລ=Lao News Agency'],
    ['យោងតាមរស្មីកម្ពុជា', 'រស្មីកម្ពុជា=Rasmei Kampuchea'],
    ['ဒီဗွီဘီ သတင်းအရ', 'ဒီဗွီဘီ=Democratic Voice of Burma'],
    ['сообщает ТАСС.', 'ТАСС=TASS'],
    ['как пишет «Новая газета», суд', 'Новая газета=Novaya Gazeta'],
    ['Про це повідомляє Суспільне.', 'Суспільне=Suspilne'],
    ['Суспільне Львів пише, що', 'Суспільне Львів=Suspilne'],
    ['як пише «Високий Замок»', 'Високий Замок=Vysokyi Zamok'],
    ['ZAXID.NET повідомляє', 'ZAXID.NET=ZAXID.NET'],
    ['राजस्थान पत्रिका के अनुसार', 'राजस्थान पत्रिका=Rajasthan Patrika'],
    ['ตามรายงานของประชาชาติธุรกิจ', 'ประชาชาติธุรกิจ=Prachachat Turakij'],
    ['паведамляе БелТА', 'БелТА=BelTA'],
    ['روزاني ڪاوش جي رپورٽ مطابق', 'ڪاوش=Kawish'],
    ['اخبار عوامي آواز کي ٻڌايو', 'عوامي آواز=Awami Awaz'],
    ['לויט דעם פארווערטס', 'פארווערטס=The Forward'],
    ['съобщи БТА', 'БТА=Bulgarian News Agency'],
    ['јавља Танјуг', 'Танјуг=Tanjug'],
    ['објави МИА', 'МИА=Macedonian Information Agency'],
    ['хабарлайды Казинформ', 'Казинформ=Kazinform'],
    ['Монцамэ мэдээлэв', 'Монцамэ=Montsame'],
    ['σύμφωνα με το «Πρώτο Θέμα»', 'Πρώτο Θέμα=Proto Thema'],
    ['μεταδίδει το ΚΥΠΕ', 'ΚΥΠΕ=Cyprus News Agency'],
    ['ინტერპრესნიუსი იუწყება', 'ინტერპრესნიუსი=Interpressnews'],
    ['հաղորդում է Արմենպրես-ը', 'Արմենպրես=Armenpress'],
    ['לפי הארץ, הממשלה', 'הארץ=Haaretz'],
    ['ידיעות אחרונות מדווח', 'ידיעות אחרונות=Yedioth Ahronoth'],
    ['ذكرت صحيفة الشرق الأوسط أن', 'الشرق الأوسط=Asharq Al-Awsat'],
    ['قالت الجزيرة إن', 'الجزيرة=Al Jazeera'],
    ['أفادت وكالة الأنباء السعودية واس', 'وكالة الأنباء السعودية=Saudi Press Agency'],
    ['به گزارش ایرنا', 'ایرنا=Islamic Republic News Agency'],
    ['به گزارش خبرگزاری فارس', 'خبرگزاری فارس=Fars News Agency'],
    ['روزنامہ جنگ کے مطابق', 'روزنامہ جنگ=Daily Jang'],
    ['दैनिक भास्कर के अनुसार', 'दैनिक भास्कर=Dainik Bhaskar'],
    ['पीटीआई के मुताबिक', 'पीटीआई=Press Trust of India'],
    ['पीटीआय या वृत्तसंस्थेनुसार', 'पीटीआय=Press Trust of India'],
    ['ایکسپریس نیوز کے مطابق', 'ایکسپریس نیوز=Express News (Pakistan)'],
    ['தினத்தந்தி செய்தி', 'தினத்தந்தி=Daily Thanthi'],
    ['ఈనాడు కథనం', 'ఈనాడు=Eenadu'],
    ['मुंबई से लोकसत्ता की रिपोर्ट', 'लोकसत्ता=Loksatta'],
    ['മലയാള മനോരമ റിപ്പോർട്ട്', 'മലയാള മനോരമ=Malayala Manorama'],
    ['අද දෙරණ වාර්තා කරයි', 'අද දෙරණ=Ada Derana'],
    ['የኢትዮጵያ ዜና አገልግሎት እንደዘገበው', 'የኢትዮጵያ ዜና አገልግሎት=Ethiopian News Agency'],
    ['რადიო თავისუფლება იუწყება', 'რადიო თავისუფლება=Radio Tavisupleba'],
    ['წყარო: პუბლიკა', 'პუბლიკა=Publika'],
    ['இந்து தமிழ் திசை வெளியிட்டுள்ள செய்தியில்', 'இந்து தமிழ் திசை=Hindu Tamil Thisai'],
    // names that are also words of their language, beside a word of reporting after them
    ['മാതൃഭൂമി റിപ്പോർട്ട് ചെയ്യുന്നു', 'മാതൃഭൂമി=Mathrubhumi'],
    ['മാധ്യമം ലേഖകനോട് ഒരു ഡ്രൈവർ പറഞ്ഞു', 'മാധ്യമം=Madhyamam'],
    ['సాక్షి విలేకరి ఒక రైతుతో మాట్లాడారు', 'సాక్షి=Sakshi'],
    ['දිවයින පුවත්පතට කතා කළ ගොවියෙක්', 'දිවයින=Divaina'],
    ['Азаттыктын кабарчысы сүйлөштү', 'Азаттыктын=Radio Azattyk'],
    ['ፋና ያነጋገራቸው አንዲት እናት', 'ፋና=Fana Broadcasting Corporate'],
    ['Mneneri anauza Zodiak kuti', 'Zodiak=Zodiak Broadcasting Station'],
    // initials other bodies share, beside a Portuguese verb of reporting
    ['O JN adiantou esta semana que', 'JN=Jornal de Notícias'],
    // a newsroom's crew or reporter, and the newsroom talking to someone
    ['Ekipa N1 je razgovarala s vozačem', 'N1=N1'],
    ['Екипа N1 разговарала је са возачем', 'N1=N1'],
    ['כתב כאן חדשות שוחח עם דייג', 'כאן חדשות=Kan'],
    ['সমকালের প্রতিনিধি কথা বলেছেন এক মাঝির সঙ্গে', 'সমকালের=Samakal'],
    // a site that writes its name in lower case; a paper whose name is a word, after a verb of writing
    ['לפי ynet, העירייה', 'ynet=Ynet'],
    ['Kot piše Večer, bodo dela', 'Večer=Večer'],
    // Egyptian wire copy's initials for its agency; a Hebrew particle before a name in gershayim
    ['أسوان في 12 مارس /أ ش أ/ قال', 'أ ش أ=Middle East News Agency'],
    ['מתוך הידיעה ב״הארץ״', 'הארץ=Haaretz'],
    // Hebrew verbs of reporting, the relative particle written on, before or after a name that is a word
    ['כפי שכתב מעריב:', 'מעריב=Maariv'],
    ['מדווח ישראל היום:', 'ישראל היום=Israel Hayom'],
    ['הארץ חושף היום', 'הארץ=Haaretz'],
    // a Gurmukhi name after a credit label; an edition's title, its group site's alias
    ['ਸਰੋਤ: ਜਗ ਬਾਣੀ', 'ਜਗ ਬਾਣੀ=Jag Bani'],
    ['Nos confrères de La Meuse ont rencontré un maître-nageur', 'La Meuse=Sudinfo'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('knows agencies and broadcasters by their names in their own Latin-script language', () => {
    expect(outletByName('Thông tấn xã Việt Nam')?.name).toBe('Vietnam News Agency');
    expect(outletByName('Österreichischer Rundfunk')?.name).toBe('ORF');
    expect(outletByName('Norsk rikskringkasting')?.name).toBe('NRK');
    expect(outletByName('Raidió Teilifís Éireann')?.name).toBe('RTÉ');
    expect(outletByName('Radiotelevisión Española')?.name).toBe('RTVE');
    expect(outletByName('Hrvatska radiotelevizija')?.name).toBe('HRT');
    expect(outletByName('Televisi Republik Indonesia')?.name).toBe('TVRI');
    expect(outletByName('Bombo Radyo Philippines')?.name).toBe('Bombo Radyo');
    expect(outletByName('Rosario 3')?.name).toBe('Rosario3');
    expect(outletByHost('www.abante.com.ph')?.name).toBe('Abante');
    expect(outletByName('Azadlıq Radiosu')?.name).toBe('Azadlıq Radiosu');
    expect(outletByHost('www.azadliq.org')?.name).toBe('Azadlıq Radiosu');
    expect(outletByName('Nuacht TG4')?.name).toBe('TG4');
    expect(outletByName('Tuairisc.ie')?.name).toBe('Tuairisc.ie');
    expect(outletByName('Euskal Irrati Telebista')?.name).toBe('EITB');
    expect(outletByHost('berria.eus')?.name).toBe('Berria');
    expect(outletByHost('naiz.eus')?.name).toBe('Naiz');
    expect(outletByName('Report News Agency')?.name).toBe('Report.az');
    expect(outletByHost('oxu.az')?.name).toBe('Oxu.az');
  });

  it('knows the world’s wires and broadcasters in the scripts that write them most', () => {
    expect(found('نقلت وكالة رويترز عن مصادر')).toContain('رويترز=Reuters');
    expect(found('ロイター通信によると')).toContain('ロイター=Reuters');
    expect(found('据路透社报道')).toContain('路透社=Reuters');
    expect(found('сообщает агентство Рейтер')).toContain('Рейтер=Reuters');
    expect(found('بی‌بی‌سی فارسی گزارش داد')).toContain('بی‌بی‌سی فارسی=BBC');
  });

  it('marks the native names that are ordinary words of their language with care', () => {
    for (const name of [
      'الشرق الأوسط',
      'الجزيرة',
      'הארץ',
      'आज तक',
      'Дождь',
      'Вести',
      'Sabah',
      'Fakt',
      'Index',
    ])
      expect(MENTION_CARE[name], name).toBeDefined();
    const withCare = new Set(Object.keys(MENTION_CARE));
    expect(OUTLETS.some((o) => o.aliases.some((a) => withCare.has(a) && /[\u0600-\u06ff]/.test(a)))).toBe(
      true,
    );
  });
});

describe('ordinary words that are also outlets’ names', () => {
  it.each([
    'في منطقة الشرق الأوسط تتغير الأسعار',
    'شبه الجزيرة العربية',
    'اللغة العربية جميلة',
    'בכל הארץ ירד גשם',
    'خلیج فارس',
    'आज तक ऐसा नहीं हुआ',
    'Вести переговоры трудно.',
    'Шёл дождь. Дождь шёл весь день.',
    'Зеркало разбилось.',
    'Sabah erkenden yola çıktık.',
    'Увечері ми піднялися на Високий Замок.',
    'മാതൃഭൂമി നമ്മുടെ അമ്മയാണ്.',
    'ఒక సాక్షి ఇలా చెప్పారు.',
    'මුළු දිවයිනේම ගොවීන් කියන්නේ මෙයයි.',
    'ፋና ወጊ የሆኑት መምህር ተናገሩ።',
    'Etxe berria eraiki dute.',
    'APA formatında istinad.',
    'Večer je bil miren in topel.',
    'כאן חדשות טובות לכולם.',
    'সমকালের সাহিত্যে নদী একটি বড় বিষয়।',
    'N1 i N2 su oznake za dva prostora.',
    'Dnevnik sam vodio svaki dan.',
    'צה״ל הודיע הבוקר',
    'היום מדווח משרד הבריאות על ירידה',
    'בכל הארץ כותבים על זה',
    // the word for the zodiac, and for "freedom" in the languages Radio Free Europe's services are named in
    'Das Zodiak ist ein Kreis aus zwölf Zeichen.',
    'Ирек һәм Азатлык урамында яңа мәктәп ачылды.',
    'Азаттык жана тынчтык үчүн күрөш уланууда.',
    'Ozodi va adolat haqida gapirdik.',
    // Sindhi "effort" and "the people's voice", Kawish as a given name, and another body's initials
    'سندس ڪاوش سان ڪم ٿيو.',
    'هي عوامي آواز آهي.',
    'Kawish Ali met the team.',
    'Die RTR hat die Frequenzen vergeben.',
    // "vision" in Arabic, and the region a Hungarian weekly is named after
    'لدينا رؤيا واضحة للمستقبل.',
    'Kárpátalja szép vidék.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the Arabic, Chinese and Hungarian press of Jordan, Metro Vancouver and Transcarpathia', () => {
  it('knows them by their names, in their scripts, and by their domains', () => {
    expect(found('قناة المملكة التقت سائقاً')).toEqual(['قناة المملكة=Al Mamlaka']);
    expect(found('(المصدر: رؤيا)')).toEqual(['رؤيا=Roya News']);
    expect(found('新時代電視訪問了一位長者')).toEqual(['新時代電視=Fairchild TV']);
    expect(found('据温哥华港湾报道')).toEqual(['温哥华港湾=Van People']);
    expect(found('A Kárpátalja hetilap szerint')).toEqual(['Kárpátalja hetilap=Kárpátalja hetilap']);
    expect(outletByName('Karpatinfo')?.name).toBe('Kárpátinfo');
    for (const [host, name] of [
      ['almamlakatv.com', 'Al Mamlaka'],
      ['www.fairchildtv.com', 'Fairchild TV'],
      ['vanpeople.com', 'Van People'],
      ['karpatinfo.net', 'Kárpátinfo'],
      ['karpataljalap.net', 'Kárpátalja hetilap'],
    ])
      expect(outletByHost(host)?.name, host).toBe(name);
  });
  it('reads "the kingdom" alone as no channel', () => {
    expect(found('أعلنت المملكة عن خطة جديدة')).toEqual([]);
  });
});
