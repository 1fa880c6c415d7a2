// Notices to the public: a passage opening on a body's address to its public is a document, not a letter
// (letter.ts, data/notice-openings.json).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import notices from '../../utils/analysis/data/notice-openings.json';
import { looksLikeNotice } from '../../utils/analysis/letter';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string) {
  const doc = document.implementation.createHTMLDocument('Parkside Notes');
  doc.documentElement.setAttribute('lang', 'en');
  doc.body.innerHTML = `<article><p>All anyone talked about this week was the new park.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://parksidenotes.example/post', outlets: defaultOutlets }).report
    .quotes;
}

describe('notice-openings.json', () => {
  it("holds each listed language’s phrases of two words or more, lower case, apostrophes as ', each once", () => {
    expect(Object.keys(notices).sort()).toEqual([
      '_doc',
      'announces',
      'announcesColon',
      'bracketed',
      'formulas',
      'labels',
      'languages',
      'openings',
      'titles',
    ]);
    expect(Object.keys(notices.openings).sort()).toEqual(Object.keys(notices.languages).sort());
    for (const list of Object.values(notices.openings as Record<string, string[]>)) {
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(/\s+/).length).toBeGreaterThanOrEqual(2);
        expect(phrase).not.toMatch(/[’ʻʼ‘]/);
      }
    }
  });
});

describe("notice-openings.json's formulas", () => {
  it('holds, for listed languages only, lower-case formulas of two words or more, each once', () => {
    const languages = Object.keys(notices.languages);
    for (const [code, list] of Object.entries(notices.formulas as Record<string, string[]>)) {
      expect(languages).toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(/[\s-]+/).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe("a body's notice announced by its formula", () => {
  it('opens on the formula, or on the body’s name and then the formula', () => {
    expect(looksLikeNotice('Informa-se que a estrada municipal fica cortada até sexta-feira.')).toBe(true);
    expect(looksLikeNotice('Junta de Freguesia da Sé. Torna-se público que o cemitério fecha às 17h.')).toBe(
      true,
    );
    expect(looksLikeNotice('Águas do Norte, S.A. Informa-se que o abastecimento será interrompido.')).toBe(
      true,
    );
    expect(looksLikeNotice('Se comunica que el mercado permanecerá cerrado el lunes.')).toBe(true);
    expect(looksLikeNotice('Notice is hereby given that the footpath will close on 3 March.')).toBe(true);
  });
  it("is not the formula's words deep in someone's sentence", () => {
    expect(looksLikeNotice('Eu acho que nos informa-se que mal, e ninguém sabe de nada ainda.')).toBe(false);
    expect(
      looksLikeNotice('O presidente da junta, que nunca responde a ninguém, disse que se comunica que sim.'),
    ).toBe(false);
  });
  it('makes a framed box that nothing names a document', () => {
    const quotes = quotesOf(
      '<p>This was taped to the gate this morning:</p><div style="border: 1px solid #999; padding: 8px"><p>Parkside Trust. Notice is hereby given that the east gate will be locked from dusk until further notice.</p></div><p>So much for the evening walks.</p>',
    );
    expect(quotes.map((q) => [q.text.slice(0, 14), q.kind])).toEqual([['Parkside Trust', 'document']]);
  });
});

describe("notice-openings.json's labels", () => {
  it('holds, for listed languages only, lower-case titles of two words or more, each once', () => {
    const languages = Object.keys(notices.languages);
    for (const [code, list] of Object.entries(notices.labels as Record<string, string[]>)) {
      expect(languages).toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(/\s+/).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe("a body's notice labelled by its own title", () => {
  it('opens on the title and a colon, or on the body’s name and then the title', () => {
    expect(looksLikeNotice('Public notice: the footpath by the weir will close on 3 March.')).toBe(true);
    expect(looksLikeNotice('Shire of Harrow. Public notice: the jetty is closed to the public.')).toBe(true);
    expect(looksLikeNotice('Avis public : la rue du Port sera fermée lundi.')).toBe(true);
    expect(looksLikeNotice('Gemeinde Talheim. Öffentliche Bekanntmachung: Die Brücke ist gesperrt.')).toBe(
      true,
    );
  });
  it('opens on the title as a sentence of its own, a capital opening the next', () => {
    expect(looksLikeNotice('Avis aux abonnés. Secteur Nord : coupure les lundis de 20 h à 6 h.')).toBe(true);
    expect(looksLikeNotice('Public notice. The footpath by the weir will close on 3 March.')).toBe(true);
    expect(looksLikeNotice('Avis aux abonnés. on en a marre des coupures.')).toBe(false);
    expect(looksLikeNotice('Les abonnés ont reçu un avis aux abonnés. Secteur Nord : coupure.')).toBe(false);
  });
  it('is no title without its colon, nor one deep in someone’s sentence', () => {
    expect(looksLikeNotice('Public notice boards at the hall are full of lost cats.')).toBe(false);
    expect(
      looksLikeNotice('I read it twice and I still think the council’s public notice: was a joke.'),
    ).toBe(false);
  });
  it('makes a framed box that nothing names a document', () => {
    const quotes = quotesOf(
      '<p>It went up on the gate on Friday:</p><div style="border: 1px solid #999; padding: 8px"><p>Parkside Borough Council. Public notice: the east gate will be locked from dusk until the new lights are fitted.</p></div><p>So much for the evening walks.</p>',
    );
    expect(quotes.map((q) => [q.text.slice(0, 14), q.kind])).toEqual([['Parkside Borou', 'document']]);
  });
});

describe("a municipality's notice announced by its name and verb", () => {
  it('reads the Spanish words for a municipality as a body', () => {
    expect(looksLikeNotice('El Municipio de Guayas comunica que la feria se traslada al parque.')).toBe(true);
    expect(looksLikeNotice('La Municipalidad de Ica informa que el agua se cortará el lunes.')).toBe(true);
    expect(looksLikeNotice('La Alcaldía de Soacha comunica que el puente estará cerrado.')).toBe(true);
    expect(looksLikeNotice('El Municipio de Guayas prohibirá la feria desde enero.')).toBe(false);
  });
});

describe("notice-openings.json's announcing verbs", () => {
  it('holds, for listed languages only, lower-case single words, each once', () => {
    const languages = Object.keys(notices.languages);
    for (const [code, list] of Object.entries(notices.announcesColon as Record<string, string[]>)) {
      expect(languages).toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word).toMatch(/^[\p{Ll}]+$/u);
    }
  });
});

describe("a body's notice announced by its name and a verb", () => {
  it('opens on the body’s name, perhaps after an icon, then the verb and a colon', () => {
    expect(looksLikeNotice('VR informerar: Stationsbyggnaden är öppen dagligen 5.30–21.00.')).toBe(true);
    expect(looksLikeNotice('⚠️ Die Stadtwerke Talheim informieren: Das Warmwasser ist eingeschränkt.')).toBe(
      true,
    );
    expect(looksLikeNotice('La Mairie informe : la rue sera fermée lundi.')).toBe(true);
  });
  it('is no name and verb without the colon, nor a verb deep in a sentence', () => {
    expect(looksLikeNotice('VR informerar sällan om något i tid, tyvärr.')).toBe(false);
    expect(looksLikeNotice('Ich habe gelesen, die Stadtwerke informieren: morgen wieder warm.')).toBe(false);
  });
  it('makes a Ghost callout card that so opens a passage and a document', () => {
    const quotes = quotesOf(
      '<p>This was on the door of the station:</p><div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">ℹ️</div><div class="kg-callout-text">Harbour Rail informs: The waiting room is open daily from 05:30 to 21:00.</div></div><p>So we wait outside.</p>',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['document']);
  });
});

describe('a notice to the public', () => {
  it('opens on a body’s address to its public, then a comma, an exclamation mark or a colon', () => {
    expect(looksLikeNotice('Dear customers, the shop will close early on Friday.')).toBe(true);
    expect(looksLikeNotice('“Attention all passengers: platform 2 is closed.”')).toBe(true);
    expect(looksLikeNotice('Hurmatli yo‘lovchilar! Bekat yopiladi.')).toBe(true);
    expect(looksLikeNotice('Hurmatli yoʻlovchilar! Bekat yopiladi.')).toBe(true);
    expect(looksLikeNotice('«Уважаемые пассажиры! Станция закрыта.»')).toBe(true);
    expect(looksLikeNotice('Geachte klanten, in verband met onderhoud is er vannacht geen stroom.')).toBe(
      true,
    );
  });
  it('is not a letter to a person, nor a passage that only speaks of a public', () => {
    expect(looksLikeNotice('Dear Anna, the shop will close early on Friday.')).toBe(false);
    expect(looksLikeNotice('Dear readers, this is our last issue.')).toBe(false);
    expect(looksLikeNotice('The dear passengers waited, as always, in the rain.')).toBe(false);
    expect(looksLikeNotice('Estimados usuarios que viajan de noche saben lo que es esperar.')).toBe(false);
  });
  it('makes a passage nothing attributes a document, where a letter would be a person’s', () => {
    const quotes = quotesOf(
      '<p>Then this was pinned to the gate of the park:</p><blockquote><p>Dear visitors, the north gate will stay closed until the new paths are laid. We apologise for the inconvenience.</p></blockquote>',
    );
    expect(quotes[0].kind).toBe('document');
  });
  it('makes a notice a document though the lead-in calls it a message without saying whose', () => {
    const quotes = quotesOf(
      '<p>The water company sent round this message last night:</p><blockquote><p>Dear customers, supply in the north of the town will be interrupted on Tuesday between 9:00 and 15:00 for repairs. We thank you for your understanding.</p></blockquote>',
    );
    expect(quotes[0].kind).toBe('document');
  });
});

describe("a body's notice announced by the body itself", () => {
  it('holds, for listed languages only, lower-case verbs of two words or more, each once', () => {
    const languages = Object.keys(notices.languages);
    for (const [code, list] of Object.entries(notices.announces as Record<string, string[]>)) {
      expect(languages).toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(/[\s-]+/).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
  it('opens on a body, a few words of its name, and its verb in the present', () => {
    expect(
      looksLikeNotice('El Ayuntamiento del Municipio de Moca informa que el mercado abrirá el lunes.'),
    ).toBe(true);
    expect(looksLikeNotice('A Prefeitura do Recife informa que a feira muda de rua.')).toBe(true);
    expect(looksLikeNotice('La mairie de Sète informe les usagers que le parking ferme.')).toBe(true);
    expect(looksLikeNotice('Il Comune di Lecce rende noto che la ZTL resta attiva.')).toBe(true);
  });
  it('is not a report in the past, someone who is no body, nor a body deep in a sentence', () => {
    expect(looksLikeNotice('El ayuntamiento informó que el mercado abrirá el lunes.')).toBe(false);
    expect(looksLikeNotice('Mi vecino informa que el mercado abrirá el lunes.')).toBe(false);
    expect(
      looksLikeNotice('Ayer me dijeron en la esquina que el ayuntamiento informa que abrirá el lunes.'),
    ).toBe(false);
  });
});

describe("notice-openings.json's titles and bracketed labels", () => {
  it('holds single words by language code, lower case, each once', () => {
    for (const slot of [notices.titles, notices.bracketed] as Record<string, string[]>[])
      for (const [code, list] of Object.entries(slot)) {
        expect(new Set(list).size).toBe(list.length);
        for (const word of list) {
          expect(word).toBe(word.toLowerCase().trim());
          // Vietnamese writes a word's syllables apart ("thông báo"): one space between two, no more.
          if (code === 'vi') expect(word).toMatch(/^\S+(?: \S+)?$/);
          else expect(word).not.toMatch(/\s/);
        }
      }
  });
});

describe("a notice's title in capitals as its first sentence", () => {
  it('is a notice in any language, alone or with a few words, a capital opening the next sentence', () => {
    expect(looksLikeNotice('PENGUMUMAN. Mulai Senin loket tiket pindah ke lantai dua.')).toBe(true);
    expect(looksLikeNotice('TIEDOTE ASUKKAILLE. Vesikatko tiistaina kello 9–12.')).toBe(true);
    expect(looksLikeNotice('OGŁOSZENIE. Od poniedziałku przystanek zostaje przeniesiony.')).toBe(true);
    expect(looksLikeNotice('AVISO A LOS VECINOS: El mercado abrirá a las ocho.')).toBe(true);
    expect(looksLikeNotice('NOTICE. The footbridge is closed for repairs.')).toBe(true);
  });
  it('is no title in lower case, none without a notice’s word, and none a sentence runs on from', () => {
    expect(looksLikeNotice('Pengumuman. Mulai Senin loket tiket pindah ke lantai dua.')).toBe(false);
    expect(looksLikeNotice('WHAT A WEEK. The footbridge is closed again.')).toBe(false);
    expect(looksLikeNotice('NOTICE. then nothing happened for a month.')).toBe(false);
    expect(
      looksLikeNotice('NOTICE OF THE COUNCIL OF THE BOROUGH ABOUT THE NEW BRIDGE AND THE ROAD. It shut.'),
    ).toBe(false);
  });
});

describe("a notice's label in brackets", () => {
  it('opens the text, or closes its title', () => {
    expect(looksLikeNotice('[공지] 12월 20일 단수 안내 — 오전 9시부터 정오까지 물이 나오지 않습니다.')).toBe(
      true,
    );
    expect(looksLikeNotice('【お知らせ】年末年始の窓口は12月29日から休みます。')).toBe(true);
    expect(looksLikeNotice('粗大ごみの出し方について（お願い）　前日の夜に出さないでください。')).toBe(true);
    expect(looksLikeNotice('[Notice] The car park closes at six from Monday.')).toBe(true);
  });
  it('is no label deep in a sentence, nor a word in brackets that names no notice', () => {
    expect(looksLikeNotice('어제 아파트 게시판에서 본 건데 [공지] 라고 써 있었다.')).toBe(false);
    expect(looksLikeNotice('【速報】駅前で火事がありました。')).toBe(false);
  });
});

describe("a body's formula addressed to its public", () => {
  it('opens on the formula and whom it tells, or on the body’s name and then the formula', () => {
    expect(looksLikeNotice('Se comunica a los usuarios que queda prohibido el cruce sin chaleco.')).toBe(
      true,
    );
    expect(
      looksLikeNotice('Junta Vecinal de Lambaré. Se informa a los vecinos que no habrá agua el lunes.'),
    ).toBe(true);
    expect(looksLikeNotice('Mi vecina dice que se informa a los vecinos muy tarde.')).toBe(false);
  });
});

describe('a notice titled in capitals, in the languages added for issue 12', () => {
  it('is a notice in each, a capital opening the next sentence', () => {
    for (const text of [
      'THÔNG BÁO. Từ thứ Hai, bến đò dời về phía chợ.',
      'SKELBIMAS. Nuo pirmadienio autobusų stotelė perkeliama.',
      'OBAVIJEST. Od ponedjeljka tržnica radi do podne.',
      'OBVESTILO. Od ponedeljka je most zaprt.',
      'PAZIŅOJUMS. No pirmdienas tirgus strādā līdz pusdienlaikam.',
      'ОГОЛОШЕННЯ. З понеділка ринок працює до 15:00.',
      'ΑΝΑΚΟΙΝΩΣΗ. Από τη Δευτέρα η γέφυρα κλείνει.',
      'KÖZLEMÉNY. Hétfőtől a híd zárva tart.',
      'ANUNȚ. Începând de luni, piața se închide la ora 14.',
      'MIESTO SAVIVALDYBĖS PRANEŠIMAS. Eismas atnaujinamas sausio 15 d.',
    ])
      expect(looksLikeNotice(text), text).toBe(true);
  });
  it('is none in lower case or running on', () => {
    expect(looksLikeNotice('Thông báo. từ thứ Hai bến đò dời đi.')).toBe(false);
    expect(looksLikeNotice('OBAVIJEST. a onda ništa mjesec dana.')).toBe(false);
  });
});

describe('a title word, then whom it tells or who issues it, then a colon', () => {
  it('is a notice, opening the text or after the body’s name', () => {
    for (const text of [
      'Notice to all stallholders: the market moves to the car park from Monday.',
      'Tilkynning til íbúa: Vatnið verður tekið af á þriðjudag.',
      'Obvestilo občanom: most bo zaprt do marca.',
      'Оголошення для мешканців: воду відключать у вівторок.',
      'Ogłoszenie dla mieszkańców: w poniedziałek nie będzie wody.',
      'Harbour Board. Notice to all boat owners: moorings are to be cleared by Friday.',
      'Thông báo khẩn: bến đò tạm đóng cửa.',
    ])
      expect(looksLikeNotice(text), text).toBe(true);
  });
  it('is not the English verb, a title word alone, nor one in lower case or deep in a sentence', () => {
    expect(looksLikeNotice('Notice how the council ducked it: nobody was asked.')).toBe(false);
    expect(looksLikeNotice('Notice the dates: they moved it twice.')).toBe(false);
    expect(looksLikeNotice('Notice: I changed my mind about the bridge.')).toBe(false);
    expect(looksLikeNotice('notice to all stallholders: this is a joke, right?')).toBe(false);
    expect(looksLikeNotice('I saw a notice to all stallholders: nobody read it.')).toBe(false);
  });
});

describe("a body's form of address naming others it addresses", () => {
  it('is a notice with up to three words more before its mark', () => {
    expect(looksLikeNotice('Шановні орендарі та покупці! З понеділка ринок працює з 7:00.')).toBe(true);
    expect(looksLikeNotice('Dear passengers and visitors, the lift is out of service.')).toBe(true);
    expect(looksLikeNotice('Уважаемые покупатели и арендаторы! Рынок закрыт в понедельник.')).toBe(true);
  });
  it('is none when a sentence runs on past the address', () => {
    expect(looksLikeNotice('Dear passengers were stuck there for an hour, the driver said.')).toBe(false);
  });
});
