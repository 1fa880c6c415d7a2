import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../utils/outlets/data';
import { findOutletMentions, outletByHost, outletByName } from '../../utils/outlets/lookup';
import { nameKey } from '../../utils/outlets/normalise';
import { serviceInPath, stationShortName, withServices } from '../../utils/outlets/services';
import type { Outlet } from '../../utils/outlets/types';

// An outlet's services (utils/outlets/services.ts): a local station or a nation's service is credited by its own
// name, and belongs to the organisation whose site and accounts it shares.
const network: Outlet = {
  name: 'Northwind Broadcasting',
  aliases: ['NWB'],
  domains: ['northwind.example'],
  kind: 'broadcaster',
  country: 'NZ',
  services: ['NWB Radio Harbour', 'NWB Valley'],
};

describe('withServices', () => {
  it('adds an outlet for each service after the table, of its organisation’s kind and country', () => {
    const all = withServices([network]);
    expect(all.map((o) => o.name)).toEqual(['Northwind Broadcasting', 'NWB Radio Harbour', 'NWB Valley']);
    expect(all[1]).toMatchObject({ kind: 'broadcaster', country: 'NZ', partOf: 'Northwind Broadcasting' });
    expect(all[1].domains).toEqual([]);
  });
  it('leaves a table without services as it is', () => {
    const plain = { ...network, services: undefined };
    expect(withServices([plain])).toEqual([plain]);
  });
});

describe('the shipped table’s services', () => {
  it('credits a local station by its own name, part of its organisation', () => {
    const [m] = findOutletMentions("BBC Radio Cumbria's breakfast show had a farmer on.");
    expect(m.outlet.name).toBe('BBC Radio Cumbria');
    expect(m.outlet.partOf).toBe('BBC');
    expect(outletByName('BBC Scotland')?.partOf).toBe('BBC');
  });
  it('credits a regional arm of a national broadcaster by its own name, not the network’s', () => {
    for (const [text, name] of [
      ['ABC Illawarra spoke to a commuter.', 'ABC Illawarra'],
      ['ABC Radio Illawarra had the figures.', 'ABC Illawarra'],
      ['According to ABC Gippsland, the road is shut.', 'ABC Gippsland'],
      ['The mayor told ABC Far North the jetty would stay.', 'ABC Far North'],
    ]) {
      const [m] = findOutletMentions(text);
      expect([m.outlet.name, m.outlet.partOf], text).toEqual([name, 'ABC (Australia)']);
    }
  });
  it('keeps the organisation’s site and its own names for the organisation', () => {
    expect(outletByHost('https://www.bbc.co.uk/news/uk-england-cumbria-1')?.name).toBe('BBC');
    expect(findOutletMentions('BBC News reported it.')[0].outlet.name).toBe('BBC');
  });
  it('writes each service once, trimmed, and never as another outlet’s name or alias', () => {
    const written = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
    const services = OUTLETS.flatMap((o) => o.services ?? []);
    expect(services.filter((s) => s.trim() !== s || s === '')).toEqual([]);
    expect(services.filter((s, i) => services.indexOf(s) !== i)).toEqual([]);
    expect(services.filter((s) => written.has(nameKey(s)))).toEqual([]);
  });
});

describe('serviceInPath', () => {
  it('finds the service a folder of the address names by its own words, in the first two folders', () => {
    expect(serviceInPath(network, 'https://northwind.example/news/valley/2026-12-04/a-story')).toBe(
      'NWB Valley',
    );
    expect(serviceInPath(network, 'northwind.example/radio-harbour/item')).toBe('NWB Radio Harbour');
  });
  it('finds none deeper in the path, in a slug, or without a path', () => {
    expect(serviceInPath(network, 'https://northwind.example/news/2026/valley/a-story')).toBe(null);
    expect(serviceInPath(network, 'https://northwind.example/news/valley-floods-again')).toBe(null);
    expect(serviceInPath(network, 'https://northwind.example')).toBe(null);
    expect(serviceInPath({ ...network, services: undefined }, 'https://northwind.example/valley/')).toBe(
      null,
    );
  });
  it('credits a regional newsroom’s story on its network’s site to the newsroom', () => {
    expect(outletByHost('https://www.itv.com/news/border/2026-12-04/bridge-shut')?.name).toBe('ITV Border');
    expect(outletByHost('https://www.itv.com/news/tyne-tees/2026-12-04/x')?.name).toBe('ITV Tyne Tees');
    expect(outletByHost('https://www.itv.com/news/2026-12-04/national-story')?.name).toBe('ITV News');
    expect(outletByHost('itv.com')?.name).toBe('ITV News');
  });
});

describe('stationShortName', () => {
  it('leaves the network off a station named "Radio" and a name of its own', () => {
    expect(stationShortName('NWB Radio Harbour', network)).toBe('Radio Harbour');
    expect(stationShortName('Northwind Broadcasting Radio Valley', network)).toBe('Radio Valley');
  });
  it('keeps a service that is no radio station, a numbered one, or one not opening on the network’s name', () => {
    expect(stationShortName('NWB Valley', network)).toBe(null);
    expect(stationShortName('NWB Radio 2', network)).toBe(null);
    expect(stationShortName('Harbour Radio Valley', network)).toBe(null);
  });
  it('gives a station its short name as its one alias, unless the table writes another outlet so', () => {
    const all = withServices([network]);
    expect(all[1].aliases).toEqual(['Radio Harbour']);
    expect(all[2].aliases).toEqual([]);
    const harbour: Outlet = {
      name: 'Radio Harbour',
      aliases: [],
      domains: ['radioharbour.example'],
      kind: 'broadcaster',
      country: 'NZ',
    };
    expect(withServices([network, harbour])[2].aliases).toEqual([]);
  });
});

describe('serviceAliases', () => {
  it('gives a service the other names listed for it', () => {
    const named: Outlet = { ...network, serviceAliases: { 'NWB Valley': ['Valley One'] } };
    const all = withServices([named]);
    expect(all[1].aliases).toEqual(['Radio Harbour']);
    expect(all[2].aliases).toEqual(['Valley One']);
  });
  it('lists, in the shipped table, only an outlet’s own services, never another outlet’s name', () => {
    const written = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
    for (const o of OUTLETS)
      for (const [service, aliases] of Object.entries(o.serviceAliases ?? {})) {
        expect(o.services ?? []).toContain(service);
        for (const alias of aliases) expect(written.has(nameKey(alias)), alias).toBe(false);
      }
  });
  it('credits a regional station named as its listeners say it', () => {
    const [m] = findOutletMentions('NC la 1ère a tendu le micro à un maître-nageur :');
    expect(m.outlet.name).toBe('Nouvelle-Calédonie la 1ère');
    expect(m.outlet.partOf).toBe('franceinfo');
  });
});

describe('the shipped table’s stations by their short names', () => {
  it('credits a station named without its network to the station', () => {
    const [m] = findOutletMentions('Radio Cambridgeshire put it to the river manager, and got this:');
    expect(m.outlet.name).toBe('BBC Radio Cambridgeshire');
    expect(
      findOutletMentions("ABC Radio Brisbane's mornings program talked to a carer:")[0].outlet.name,
    ).toBe('ABC Radio Brisbane');
    expect(outletByName('Radio Hobart')?.name).toBe('ABC Radio Hobart');
  });
});
