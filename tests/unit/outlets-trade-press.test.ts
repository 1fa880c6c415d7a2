import { describe, expect, it } from 'vitest';
import { findOutletMentions, outletByHost, outletByName } from '../../utils/outlets/lookup';

// Trade, specialist and regional outlets whose names are ordinary words, a surname, a demonym or an
// acronym other bodies share: found when a page names them as a source, never in ordinary prose.
const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}→${m.outlet.name}`);

describe('one-word trade names as a source', () => {
  it.each([
    ['Sifted reports: the round closed at €40m.', 'Sifted→Sifted'],
    ['The round closed on Tuesday, according to Sifted, at €40m.', 'Sifted→Sifted'],
    ['According to Recharge, the turbines were never installed.', 'Recharge→Recharge'],
    ['Recharge reported:', 'Recharge→Recharge'],
    ['The operator told Upstream that the field was shut.', 'Upstream→Upstream'],
    ['Platts reported that loadings fell.', 'Platts→Platts'],
    ['Janes reported that the frigate was delayed.', 'Janes→Janes'],
    ['Upstream reported:', 'Upstream→Upstream'],
    ['The buyer told Energy Voice that the deal was off.', 'Energy Voice→Energy Voice'],
    ['The spread widened, NGI reported.', 'NGI→Natural Gas Intelligence'],
    ['— Sifted', 'Sifted→Sifted'],
    ["Recharge's analysis shows the auction failed.", 'Recharge→Recharge'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });
});

describe('the same words in ordinary prose', () => {
  it.each([
    'Recharge the battery before the trip.',
    'You can recharge it overnight.',
    'Sift the flour twice; a sifted flour makes a lighter cake.',
    'Upstream of the dam, the river runs fast.',
    'The fish swam upstream.',
    'Endpoints of the interval are included.',
    'The Offshore Energy Act passed.',
    'Mary Janes and Mr. Platts came along.',
    'Artemis II will fly around the Moon, as the Artemis program planned.',
    'Upstream and Downstream segments both grew; the Upstream segment led.',
    'Campaign finance rules changed in 2010.',
    'He joined the Campaign for Nuclear Disarmament.',
    'Building a house takes time.',
    'Trains were late again this morning.',
    'Payload capacity rose by a third.',
    'Discover what the season has in store.',
    'Governing is harder than campaigning.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('trade outlets by name and domain', () => {
  it.each([
    ['rechargenews.com', 'Recharge'],
    ['https://sifted.eu/articles/x', 'Sifted'],
    ['www.upstreamonline.com', 'Upstream'],
    ['https://www.lloydslist.com/LL1/x', "Lloyd's List"],
    ['news.usni.org', 'USNI News'],
  ])('%s is %s', (host, name) => {
    expect(outletByHost(host)?.name).toBe(name);
  });

  it.each([
    ['Recharge News', 'Recharge'],
    ['Energy Storage News', 'Energy-Storage.news'],
    ['Automotive News Europe', 'Automotive News'],
  ])('%s is %s', (written, name) => {
    expect(outletByName(written)?.name).toBe(name);
  });

  // A label in a tool's output or a transcript ("Drive: NVMe 2TB", "Lawyer: …") is read as a credit by name,
  // so ordinary words that a title shares are left out of the table.
  it.each(['Drive', 'Payload', 'Building', 'Campaign', 'Lawyer', 'Scientist', 'Point', 'Detail', 'Logic'])(
    '"%s" names no outlet',
    (label) => {
      expect(outletByName(label)).toBeNull();
    },
  );
});

describe('regional names as a source', () => {
  it.each([
    ['The Sowetan reported that the clinic closed.', 'Sowetan→Sowetan'],
    ['The Namibian reported:', 'The Namibian→The Namibian'],
    ['The figures, according to New Age, were revised.', 'New Age→New Age'],
    ['Belgrade (N1) - The protest went on.', 'N1→N1'],
    ['Addis Ababa (ENA) - The dam reached its level.', 'ENA→Ethiopian News Agency'],
    ['According to Kazinform, the vote is set for May.', 'Kazinform→Kazinform'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });

  it.each([
    'He moved to a Sowetan township school.',
    'A Namibian court ruled on the case.',
    'Shops sold New Age music and crystals.',
    'The N1 highway was closed near Cape Town.',
    'Unionists across the Province opposed it.',
    'The ENA protocol was updated.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['https://www.inform.kz/en/x', 'Kazinform'],
    ['ena.et', 'Ethiopian News Agency'],
    ['https://www.jamaica-gleaner.com/article/x', 'Jamaica Gleaner'],
    ['www.theedgemarkets.com', 'The Edge Malaysia'],
    ['pobjeda.co.me', 'Pobjeda'],
  ])('%s is %s', (host, name) => {
    expect(outletByHost(host)?.name).toBe(name);
  });

  it.each([
    ['Hobart Mercury', 'The Mercury (Hobart)'],
    ['Dagbladet Børsen', 'Børsen'],
    ['Vancouver Province', 'The Province (Vancouver)'],
  ])('%s is %s', (written, name) => {
    expect(outletByName(written)?.name).toBe(name);
  });
});

describe('the UK bus and coach trade press', () => {
  it.each([
    ['Top of the pile, from routeone:', 'routeone→routeone'],
    ['Coach & Bus Week spoke to a driver trainer:', 'Coach & Bus Week→Coach & Bus Week'],
    ['On enforcement, LTT reports that', 'LTT→Local Transport Today'],
    ['— Passenger Transport', 'Passenger Transport→Passenger Transport'],
    ['— Bus & Coach Buyer', 'Bus & Coach Buyer→Bus & Coach Buyer'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });

  it.each([
    'Rural passenger transport is paid for by the county.',
    'Take route one out of town and turn left at the mill.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['https://www.transportxtra.com/publications/local-transport-today/news/1/', 'Local Transport Today'],
    ['cbwmagazine.com', 'Coach & Bus Week'],
  ])('%s is %s', (host, name) => {
    expect(outletByHost(host)?.name).toBe(name);
  });
});
