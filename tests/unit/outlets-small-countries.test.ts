import { describe, expect, it } from 'vitest';
import {
  createOutletLookup,
  findOutletMentions,
  outletByHost,
  outletByName,
  shippedOutletTable,
} from '../../utils/outlets/lookup';

// The national agencies, public broadcasters, dailies and news sites of smaller countries and of regions the
// table covered thinly (utils/outlets/data.ts, docs/outlets.md "Smaller countries and regions"): found when a
// page names them as a source, by the initials their datelines carry, and by domain; never in ordinary prose
// that uses the same words or initials.
const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}→${m.outlet.name}`);

describe('agencies by the initials their datelines carry', () => {
  it.each([
    ['RABAT, 4 March (MAP) – The ministry announced the new port.', 'MAP→Maghreb Arab Press'],
    ['LIBREVILLE, 2 mars (AGP) – Le ministre a visité le port.', 'AGP→Agence gabonaise de presse'],
    ['ABUJA (NAN) – The senate passed the bill on Tuesday.', 'NAN→News Agency of Nigeria'],
    ['RIYADH (SPA) – The cabinet met on Monday.', 'SPA→Saudi Press Agency'],
    ['The minister spoke to AIP on Friday.', 'AIP→Agence ivoirienne de presse'],
    ['Bissau, 19 Ago 25 (ANG) – O Governo aprovou o orçamento.', 'ANG→Agência de Notícias da Guiné'],
    ['MONROVIA, April 5 (LINA) – The senate confirmed the minister.', 'LINA→Liberia News Agency'],
    [
      'Bangui, 17 fév. (ACAP) - Le Premier ministre a présidé la réunion.',
      'ACAP→Agence centrafricaine de presse',
    ],
    ['São Tomé, 16 Set. 2025 (STP-Press) – A Presidente visita Cuba.', 'STP-Press→STP-Press'],
    ['Harare (New Ziana) – The council approved the plan.', 'New Ziana→New Ziana'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });
});

describe('outlets of smaller countries named as a source', () => {
  it.each([
    ['The Seychelles Broadcasting Corporation reported the closure.', 'Seychelles Broadcasting Corporation'],
    ['According to Starnieuws, the vote was delayed.', 'Starnieuws'],
    [
      'The council told the Marshall Islands Journal that the road would open.',
      'The Marshall Islands Journal',
    ],
    ['Eyewitness News Bahamas reported the fire.', 'Eyewitness News Bahamas'],
    ['Laut Dolomiten sind die Zahlen gestiegen.', 'Dolomiten'],
    ['Laut Salto wurde der Antrag abgelehnt.', 'Salto.bz'],
    ['La strada resterà chiusa, secondo L’Adige di oggi.', "L'Adige"],
    ['The premier told Koha that the talks would go on.', 'Koha Ditore'],
    ['Le conseil a voté, selon Le Droit.', 'Le Droit'],
    ['The Mast reported that the minister resigned.', 'The Mast'],
    ['Die Vorlage, so Der Bund, sei gescheitert.', 'Der Bund'],
    ['Channel 5 Belize reported the storm.', 'Channel 5 Belize'],
    ['Sin Chew Daily reported the result.', 'Sin Chew Daily'],
    ['据星洲日报报道，选举推迟。', 'Sin Chew Daily'],
    ['CNS notes that the vote was delayed.', 'Cayman News Service'],
    ['According to CNS, the beach plan was deferred.', 'Cayman News Service'],
    ['Cayman Marl Road reported the wall.', 'Cayman Marl Road'],
    ['Kerr Fatou reported the fare rise.', 'Kerr Fatou'],
    ['The Frontier reports that the bids came in high.', 'The Frontier'],
    ['A Székelyhon ma reggel azt írja, hogy bezár a pálya.', 'Székelyhon'],
    ['Ahogy a Maszol írja, a tanács döntött.', 'Maszol'],
    ['A Krónika szerint a város fizet.', 'Krónika'],
    ['Der Bericht von 1FLTV zeigte die Gäste.', '1FLTV'],
    ['Grønlandsposten skrev om det i går.', 'Atuagagdliutit'],
  ])('%s', (text, name) => {
    expect(findOutletMentions(text).map((m) => m.outlet.name)).toEqual([name]);
  });
});

describe('the same words in ordinary prose', () => {
  it.each([
    'Open the MAP view and pick a SPA near the station.',
    'The division gave NAN, so the script stopped.',
    'We spent a week hiking in den Dolomiten, then drove to the Adige valley.',
    'Camminammo lungo l’Adige fino al ponte.',
    'Il fit un salto e poi tornò a casa.',
    'Der Bund zahlt die Hälfte, die Kantone den Rest.',
    'Le droit de vote est un acquis.',
    'They raised the mast and the sails filled.',
    'She crossed to Caledonia and then to Ireland.',
    'Koha is the Albanian word for time.',
    'The Goan fish curry was the best dish.',
    'A Mangalorean family ran the shop.',
    'The island sun was hot, and 24 heures plus tard tout était fini.',
    'The RRB exam results and the CVM filing came out on Monday.',
    'Lina and Mana met atop the hill, and the ANG unit flew home.',
    'Dr Watson said the results were clear.',
    'The students moved to Nanyang last year.',
    'According to the Avesta, fire is sacred.',
    'The scan showed no CNS involvement, and the CNS team agreed.',
    'They pushed the frontier west, and the Frontier Days fair came later.',
    // AG: a company's ending and an attorney general, not Atuagagdliutit; "krónika", a chronicle.
    'Die Bergbahnen Malbun AG rechnet damit, dass die Bahn fährt.',
    'The AG said the lawsuit would proceed.',
    'A spokesman for the state AG told reporters the case was closed.',
    "The AG's office said nothing.",
    'A falu krónikája szerint a templom régebbi.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('outlets of smaller countries by domain and other names', () => {
  it.each([
    ['https://agpgabon.ga/societe/x', 'Agence gabonaise de presse'],
    ['salto.bz', 'Salto.bz'],
    ['https://www.stol.it/artikel/chronik/x', 'Dolomiten'],
    ['srherald.com', 'Suriname Herald'],
    ['https://www.vaticannews.va/en/pope/x', 'Vatican News'],
    ['union.sonapresse.com', "L'Union (Gabon)"],
    ['https://www.sinchew.com.my/news/x', 'Sin Chew Daily'],
    ['kuam.com', 'KUAM'],
    ['channel5belize.com', 'Channel 5 Belize'],
    ['channel5.com', 'Channel 5'],
    ['https://www.caymanmarlroad.com/2026/12/x', 'Cayman Marl Road'],
    ['kerrfatou.com', 'Kerr Fatou'],
    ['https://caymannewsservice.com/2026/12/x', 'Cayman News Service'],
    ['https://www.readfrontier.org/stories/x/', 'The Frontier'],
    ['https://szekelyhon.ro/aktualis/x', 'Székelyhon'],
    ['https://transtelex.ro/kozelet/x', 'Transtelex'],
    ['maszol.ro', 'Maszol'],
    ['kronikaonline.ro', 'Krónika'],
    ['1fl.li', '1FLTV'],
    ['ag.gl', 'Atuagagdliutit'],
  ])('%s is %s', (host, name) => {
    expect(outletByHost(host)?.name).toBe(name);
  });

  it.each([
    ['Maghreb Arabe Presse', 'Maghreb Arab Press'],
    ['Radio Television of Kosovo', 'Radio Television of Kosovo'],
    ['Südtirol Online', 'Dolomiten'],
    ['星洲日報', 'Sin Chew Daily'],
    ['Új Magyar Szó', 'Maszol'],
    ['1 FL TV', '1FLTV'],
    ['Atuagagdliutit/Grønlandsposten', 'Atuagagdliutit'],
  ])('"%s" is %s', (name, canonical) => {
    expect(outletByName(name)?.name).toBe(canonical);
  });

  it('reads "Channel 5" as the British channel, and as Belize’s on a page from Belize', () => {
    expect(outletByName('Channel 5')?.name).toBe('Channel 5');
    const inBelize = createOutletLookup(shippedOutletTable()).inLanguage?.('en', 'BZ');
    expect(inBelize?.byName('Channel 5')?.name).toBe('Channel 5 Belize');
  });
});
