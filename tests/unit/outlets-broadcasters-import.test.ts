import { describe, expect, it } from 'vitest';
import {
  broadcastersFromCsv,
  channelHost,
  isGenericChannelName,
  parseCsv,
} from '../../scripts/lib/broadcasters';

// The import rules of the broadcasters dataset (scripts/lib/broadcasters.ts) on an invented channel list.
const HEADER =
  'id,name,alt_names,network,owners,country,categories,is_nsfw,launched,closed,replaced_by,website';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const NONE = { keys: new Set<string>(), domains: [] };

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
});

describe('channelHost', () => {
  it("files a channel's own site under its host without www", () => {
    expect(channelHost('https://www.valetv.example.org/live')).toBe('valetv.example.org');
  });
  it('refuses platforms, streaming services, public bodies and public suffixes', () => {
    expect(channelHost('https://pluto.tv/live-tv/some-channel')).toBeNull();
    expect(channelHost('https://www.youtube.com/@somechannel')).toBeNull();
    expect(channelHost('https://publicfiles.fcc.gov/tv-profile/kxyz')).toBeNull();
    expect(channelHost('https://tv.example.gov.zz/')).toBeNull();
    expect(channelHost('https://com.br/')).toBeNull();
    expect(channelHost('not a url')).toBeNull();
  });
});

describe('isGenericChannelName', () => {
  it('takes names made only of broadcast words, generic words and figures', () => {
    expect(isGenericChannelName('News 24')).toBe(true);
    expect(isGenericChannelName('Canal 13')).toBe(true);
    expect(isGenericChannelName('TV One HD')).toBe(true);
    expect(isGenericChannelName('Valemar TV')).toBe(false);
  });
});

describe('broadcastersFromCsv', () => {
  it('keeps open news and general channels with a site of their own, grouped by domain', () => {
    const out = broadcastersFromCsv(
      csv(
        'ValemarTV.zz,Valemar TV,Valemar Television;ВТВ Валемар,,,ZZ,general,FALSE,,,,https://valemar.example/',
        'ValemarTVNews.zz,Valemar TV News,,,,ZZ,news,FALSE,,,,https://news.valemar.example/live',
        'Quorra.yy,Quorra Radio News,,,,YY,news,FALSE,,,,https://www.quorra.example/',
      ),
      NONE,
    );
    expect(out).toEqual([
      ['Quorra Radio News', [], ['quorra.example'], 'ZZ'],
      ['Valemar TV', ['Valemar TV News', 'Valemar Television', 'ВТВ Валемар'], ['valemar.example'], 'ZZ'],
    ]);
  });

  it('gives the country most channels give, GB for UK, ZZ for none', () => {
    const out = broadcastersFromCsv(
      csv(
        'Brenlow.uk,Brenlow Vision,,,,UK,general,FALSE,,,,https://brenlow.example/',
        'BrenlowTwo.uk,Brenlow Two,,,,UK,general,FALSE,,,,https://brenlow.example/two',
      ),
      NONE,
    );
    expect(out).toEqual([['Brenlow Two', ['Brenlow Vision'], ['brenlow.example'], 'GB']]);
  });

  it('drops closed, replaced, adult, shopping, religious, parliamentary and other kinds of channels', () => {
    const rows = [
      'A.zz,Alder Hall TV,,,,FR,news,FALSE,,2020-01-01,,https://alder.example/',
      'B.zz,Birchmoor TV,,,,FR,news,FALSE,,,C.zz,https://birch.example/',
      'C.zz,Cedarby TV,,,,FR,news,TRUE,,,,https://cedar.example/',
      'D.zz,Dunmere TV,,,,FR,general;shop,FALSE,,,,https://dun.example/',
      'E.zz,Elmsford TV,,,,FR,general;religious,FALSE,,,,https://elm.example/',
      'F.zz,Fenwick TV,,,,FR,legislative,FALSE,,,,https://fen.example/',
      'G.zz,Gorse Movies,,,,FR,movies,FALSE,,,,https://gorse.example/',
      'H.zz,Hollin TV,,,,FR,,FALSE,,,,https://hollin.example/',
      'I.zz,Ivybridge TV,,,,FR,news,FALSE,,,,',
    ];
    expect(broadcastersFromCsv(csv(...rows), NONE)).toEqual([]);
  });

  it('leaves out names of several words that another domain bears, or made of generic words only', () => {
    const out = broadcastersFromCsv(
      csv(
        'H1.aa,24 Horas,,,,AR,news,FALSE,,,,https://marlo.example/',
        'M1.aa,Marlo 24,,,,AR,news,FALSE,,,,https://marlo.example/',
        'H2.bb,24 Horas,,,,BO,news,FALSE,,,,https://other.example/',
        'N.cc,News 24,,,,CL,news,FALSE,,,,https://tarn.example/',
        'T.cc,Tarn News,,,,CL,news,FALSE,,,,https://tarn.example/',
      ),
      NONE,
    );
    expect(out).toEqual([
      ['Marlo 24', [], ['marlo.example'], 'AR'],
      ['Tarn News', [], ['tarn.example'], 'CL'],
    ]);
  });

  it('names a group by its common network, else its shortest name without a figure', () => {
    const out = broadcastersFromCsv(
      csv(
        'K1.ca,KQRS-DT,,Orrin,,CA,general,FALSE,,,,https://orrin.example/',
        'K2.ca,KQRS-DT-2,,Orrin,,CA,general,FALSE,,,,https://orrin.example/',
        'K3.ca,KQRT-TV,,Orrin,,CA,general,FALSE,,,,https://orrin.example/',
        'P1.pe,Pelmo 2,,,,PE,general,FALSE,,,,https://pelmo.example/',
        'P2.pe,Pelmo Sur,,,,PE,general,FALSE,,,,https://pelmo.example/',
      ),
      NONE,
    );
    expect(out.map(([name]) => name)).toEqual(['Orrin', 'Pelmo Sur']);
  });

  it("drops a site whose many channels share neither network nor first word: an operator's line-up", () => {
    const out = broadcastersFromCsv(
      csv(
        'X1.dd,Alpha Vision,,,,DD,general,FALSE,,,,https://lineup.example/',
        'X2.dd,Bravo Canal,,,,DD,general,FALSE,,,,https://lineup.example/',
        'X3.dd,Charlie Tele,,,,DD,general,FALSE,,,,https://lineup.example/',
      ),
      NONE,
    );
    expect(out).toEqual([]);
  });

  it('leaves out what the known outlets hold, and names that pass for a known outlet', () => {
    const known = { keys: new Set(['korvo', 'saltmere']), domains: ['korvo.example'] };
    const out = broadcastersFromCsv(
      csv(
        'K.zz,Korvo Two,,,,ZZ,general,FALSE,,,,https://www.korvo.example/two',
        'KT.ug,Korvo TV,,,,UG,general,FALSE,,,,https://korvotv.example/',
        'S.zz,Saltmere Nordic,,,,ZZ,general,FALSE,,,,https://saltmere-nordic.example/',
        'S2.zz,Saltmere,,,,ZZ,general,FALSE,,,,https://saltmere2.example/',
        'W.zz,Wendle TV,,,,ZZ,general,FALSE,,,,https://wendle.example/',
      ),
      known,
    );
    expect(out).toEqual([['Wendle TV', [], ['wendle.example'], 'ZZ']]);
  });
});
