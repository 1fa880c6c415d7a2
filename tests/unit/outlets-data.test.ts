import { describe, expect, it } from 'vitest';
import { MENTION_CARE, NOT_OUTLET_PHRASES, OUTLETS, SHARED_ALIASES } from '../../utils/outlets/data';
import { outletByHandle, outletByHost, outletByName } from '../../utils/outlets/lookup';
import { isPublicSuffix, nameKey, registrableDomain } from '../../utils/outlets/normalise';
import notPlaceWords from '../../utils/outlets/not-place-words.json';
import { OUTLET_KINDS } from '../../utils/outlets/types';

const KINDS = OUTLET_KINDS;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Lists every value that occurs more than once. */
function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

const allDomains = OUTLETS.flatMap((o) => o.domains);
const domainSet = new Set(allDomains);

describe('the outlets table', () => {
  it('holds at least 420 outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(420);
  });

  it('gives every outlet a distinct canonical name, also after normalisation', () => {
    expect(duplicates(OUTLETS.map((o) => o.name))).toEqual([]);
    expect(duplicates(OUTLETS.map((o) => nameKey(o.name)))).toEqual([]);
  });

  it('uses only known kinds and ISO 3166-1 alpha-2 countries (or INT)', () => {
    const bad = OUTLETS.filter(
      (o) =>
        !KINDS.includes(o.kind) ||
        !(o.country === 'INT' || (/^[A-Z]{2}$/.test(o.country) && regionNames.of(o.country) !== o.country)),
    ).map((o) => `${o.name}: ${o.kind} ${o.country}`);
    expect(bad).toEqual([]);
  });

  it('is sorted by kind, then by name ignoring a leading "The"', () => {
    const sortKey = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/^the\s+/, '');
    const outOfOrder: string[] = [];
    for (let i = 1; i < OUTLETS.length; i++) {
      const a = OUTLETS[i - 1];
      const b = OUTLETS[i];
      const byKind = KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
      if (byKind > 0 || (byKind === 0 && sortKey(a.name) > sortKey(b.name)))
        outOfOrder.push(`${a.name} > ${b.name}`);
    }
    expect(outOfOrder).toEqual([]);
  });

  it('lists each domain once, in lower case, as a host', () => {
    expect(duplicates(allDomains)).toEqual([]);
    const malformed = allDomains.filter(
      (d) => !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(d),
    );
    expect(malformed).toEqual([]);
  });

  it('lists registrable domains: never a public suffix, a www. host, or a subdomain of a listed domain', () => {
    const bad = allDomains.filter((d) => {
      if (isPublicSuffix(d) || /^(www\d*|m|amp|mobile)\./.test(d)) return true;
      const registrable = registrableDomain(d);
      // A subdomain is fine only when its parent is not an outlet (news.ycombinator.com, news.yahoo.com).
      return registrable === null || (registrable !== d && domainSet.has(registrable));
    });
    expect(bad).toEqual([]);
  });

  it('gives every outlet at least one domain, and keeps handles lower-case, without @, and unique', () => {
    expect(OUTLETS.filter((o) => o.domains.length === 0).map((o) => o.name)).toEqual([]);
    const handles = OUTLETS.flatMap((o) => o.handles ?? []);
    expect(handles.filter((h) => !/^[a-z0-9_]{1,15}$/.test(h))).toEqual([]);
    expect(duplicates(handles)).toEqual([]);
  });

  it('writes names, aliases and short names trimmed, non-empty and without repeats within an outlet', () => {
    const bad: string[] = [];
    for (const o of OUTLETS) {
      const written = [o.name, ...o.aliases, ...(o.shortNames ?? [])];
      for (const w of written)
        if (w.trim() !== w || w === '' || /\s{2}/.test(w)) bad.push(`${o.name}: "${w}"`);
      for (const d of duplicates(written)) bad.push(`${o.name}: "${d}" twice`);
    }
    expect(bad).toEqual([]);
  });

  it('gives names by language (Outlet.names) under ISO 639-1 codes, each one of its aliases that finds it', () => {
    const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    const bad: string[] = [];
    for (const o of OUTLETS)
      for (const [language, name] of Object.entries(o.names ?? {})) {
        if (!/^[a-z]{2}$/.test(language) || languageNames.of(language) === language)
          bad.push(`${o.name}: language "${language}"`);
        if (name === o.name || !o.aliases.includes(name)) bad.push(`${o.name}: "${name}" is no alias`);
        // A name another outlet shares finds the one SHARED_ALIASES names, and this one on its country's pages.
        else if (outletByName(name) !== o && !Object.hasOwn(SHARED_ALIASES, name))
          bad.push(`${o.name}: "${name}" finds another outlet`);
      }
    expect(bad).toEqual([]);
    expect(OUTLETS.filter((o) => o.names).length).toBeGreaterThanOrEqual(10);
  });

  it('shares a name or alias between outlets only when SHARED_ALIASES says which one it means', () => {
    const owners = new Map<string, Set<string>>();
    for (const o of OUTLETS) {
      for (const w of [o.name, ...o.aliases]) {
        const key = nameKey(w);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(o.name);
      }
    }
    const sharedKeys = new Map(
      Object.entries(SHARED_ALIASES).map(([alias, winner]) => [nameKey(alias), winner]),
    );
    const unresolved = [...owners]
      .filter(([key, names]) => names.size > 1 && !names.has(sharedKeys.get(key) ?? ''))
      .map(([key, names]) => `${key}: ${[...names].join(' / ')}`);
    expect(unresolved).toEqual([]);
    for (const [alias, winner] of Object.entries(SHARED_ALIASES)) {
      expect(owners.get(nameKey(alias))?.size, `${alias} is really shared`).toBeGreaterThan(1);
      expect(outletByName(alias)?.name).toBe(winner);
    }
  });

  it('keys MENTION_CARE by names, aliases or short names that exist', () => {
    const written = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases, ...(o.shortNames ?? [])]));
    expect(Object.keys(MENTION_CARE).filter((w) => !written.has(w))).toEqual([]);
  });

  it('lists only NOT_OUTLET_PHRASES that contain some outlet name', () => {
    const names = OUTLETS.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase());
    const idle = NOT_OUTLET_PHRASES.filter((phrase) => {
      const p = phrase.toLowerCase();
      const wholeWord = (n: string) =>
        new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(p);
      return !names.some((n) => p.includes(n) && wholeWord(n));
    });
    expect(idle).toEqual([]);
  });

  it('leaves out organisations that are not media (monitors, NGOs, governments)', () => {
    const suspicious = OUTLETS.filter((o) =>
      /observatory|ministry|government|human rights|amnesty|red cross|united nations|white house/i.test(
        o.name,
      ),
    ).map((o) => o.name);
    expect(suspicious).toEqual([]);
    expect(outletByName('Syrian Observatory for Human Rights')).toBeNull();
  });
});

describe('outlets the brief asks for', () => {
  it.each([
    ['Reuters', 'Reuters'],
    ['AP', 'Associated Press'],
    ['AFP', 'Agence France-Presse'],
    ['Bloomberg', 'Bloomberg'],
    ['dpa', 'Deutsche Presse-Agentur'],
    ['ANSA', 'ANSA'],
    ['EFE', 'EFE'],
    ['Kyodo', 'Kyodo News'],
    ['Yonhap', 'Yonhap News Agency'],
    ['Xinhua', 'Xinhua'],
    ['TASS', 'TASS'],
    ['Interfax', 'Interfax'],
    ['PTI', 'Press Trust of India'],
    ['ANI', 'Asian News International'],
    ['BBC', 'BBC'],
    ['CNN', 'CNN'],
    ['Fox News', 'Fox News'],
    ['NBC', 'NBC News'],
    ['CBS', 'CBS News'],
    ['ABC News', 'ABC News'],
    ['NPR', 'NPR'],
    ['PBS', 'PBS'],
    ['Sky News', 'Sky News'],
    ['Al Jazeera', 'Al Jazeera'],
    ['al-Mayadeen', 'Al Mayadeen'],
    ['Al Arabiya', 'Al Arabiya'],
    ['France 24', 'France 24'],
    ['DW', 'Deutsche Welle'],
    ['RFI', 'RFI'],
    ['NHK', 'NHK'],
    ['CBC', 'CBC News'],
    ['ABC Australia', 'ABC (Australia)'],
    ['RT', 'RT'],
    ['CGTN', 'CGTN'],
    ['PressTV', 'PressTV'],
    ['NYT', 'The New York Times'],
    ['WSJ', 'The Wall Street Journal'],
    ['Washington Post', 'The Washington Post'],
    ['FT', 'Financial Times'],
    ['Guardian', 'The Guardian'],
    ['The Times', 'The Times'],
    ['Telegraph', 'The Telegraph'],
    ['Le Monde', 'Le Monde'],
    ['Der Spiegel', 'Der Spiegel'],
    ['FAZ', 'Frankfurter Allgemeine Zeitung'],
    ['El País', 'El País'],
    ['Corriere della Sera', 'Corriere della Sera'],
    ['Asahi Shimbun', 'The Asahi Shimbun'],
    ['Haaretz', 'Haaretz'],
    ['Times of India', 'The Times of India'],
    ['SCMP', 'South China Morning Post'],
    ['Post and Courier', 'The Post and Courier'],
    ['Economist', 'The Economist'],
    ['Time', 'Time'],
    ['Newsweek', 'Newsweek'],
    ['Atlantic', 'The Atlantic'],
    ['New Yorker', 'The New Yorker'],
    ['Politico', 'Politico'],
    ['Foreign Policy', 'Foreign Policy'],
    ['Axios', 'Axios'],
    ['Vox', 'Vox'],
    ['BuzzFeed News', 'BuzzFeed News'],
    ['HuffPost', 'HuffPost'],
    ['Business Insider', 'Business Insider'],
    ['CNBC', 'CNBC'],
    ['MarketWatch', 'MarketWatch'],
    ['TechCrunch', 'TechCrunch'],
    ['The Verge', 'The Verge'],
    ['Engadget', 'Engadget'],
    ['Ars Technica', 'Ars Technica'],
    ['Gizmodo', 'Gizmodo'],
    ['Wired', 'Wired'],
    ['Zero Hedge', 'Zero Hedge'],
    ['Naked Capitalism', 'Naked Capitalism'],
    ['Calculated Risk', 'Calculated Risk'],
    ['Marginal Revolution', 'Marginal Revolution'],
    ['Drudge Report', 'Drudge Report'],
    ['Hot Air', 'Hot Air'],
    ['Instapundit', 'Instapundit'],
    ['Daily Kos', 'Daily Kos'],
    ['Talking Points Memo', 'Talking Points Memo'],
    ['Wolf Street', 'Wolf Street'],
    ['Seeking Alpha', 'Seeking Alpha'],
    ['Breitbart', 'Breitbart News'],
    ['Daily Wire', 'The Daily Wire'],
    ['Gateway Pundit', 'The Gateway Pundit'],
    ['Mediaite', 'Mediaite'],
    ['Boing Boing', 'Boing Boing'],
    ['Slashdot', 'Slashdot'],
    ['Hacker News', 'Hacker News'],
    ['The Free Press', 'The Free Press'],
    ['Popular Information', 'Popular Information'],
    ['Slow Boring', 'Slow Boring'],
    ['Noahpinion', 'Noahpinion'],
    ['Silver Bulletin', 'Silver Bulletin'],
    ['Sinocism', 'Sinocism'],
    ['Platformer', 'Platformer'],
  ])('%s is in the table as %s', (written, canonical) => {
    expect(outletByName(written)?.name).toBe(canonical);
  });

  it('knows Zero Hedge by its spellings, domain and handle', () => {
    const zh = outletByName('Zero Hedge');
    expect(zh?.aliases).toEqual(expect.arrayContaining(['ZeroHedge', 'zerohedge']));
    expect(outletByHost('zerohedge.com')).toBe(zh);
    expect(outletByHandle('zerohedge')).toBe(zh);
  });

  it.each([
    ['reuters', 'Reuters'],
    ['nypost', 'New York Post'],
    ['bbcworld', 'BBC'],
    ['bbcbreaking', 'BBC'],
    ['ap', 'Associated Press'],
    ['cnn', 'CNN'],
    ['cnnbrk', 'CNN'],
    ['nytimes', 'The New York Times'],
    ['washingtonpost', 'The Washington Post'],
    ['zerohedge', 'Zero Hedge'],
  ])('has the handle %s for %s', (handle, canonical) => {
    expect(outletByHandle(handle)?.name).toBe(canonical);
  });

  it('gives "the Times" to both The New York Times and The Times as a short name', () => {
    expect(outletByName('The New York Times')?.shortNames).toContain('the Times');
    expect(outletByName('The Times')?.shortNames).toContain('the Times');
  });
});

describe('not-place-words.json', () => {
  it('lists single title-case words, once each, each in some outlet name', () => {
    expect(notPlaceWords._doc.length).toBeGreaterThan(0);
    const nameWords = new Set(OUTLETS.flatMap((o) => o.name.split(/[\s\u2010\u2011-]+/)));
    expect(notPlaceWords.words.filter((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))).toEqual([]);
    expect(new Set(notPlaceWords.words).size).toBe(notPlaceWords.words.length);
    expect(notPlaceWords.words.filter((w) => !nameWords.has(w))).toEqual([]);
  });
});
