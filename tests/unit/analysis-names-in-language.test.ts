// Outlets named as the page's language names them (Outlet.names, utils/analysis/names-in-language.ts):
// "Keystone-ATS" on a French or Italian page, "Keystone-SDA" on a German one, whatever name the page wrote.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { nameInLanguage } from '../../utils/analysis/names-in-language';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function reportOf(language: string, article: string, site = 'Carnet du Léman') {
  const doc = document.implementation.createHTMLDocument(site);
  doc.documentElement.setAttribute('lang', language);
  doc.body.innerHTML = `<article><h1>${site}</h1><p>Une semaine tranquille au bord du lac, ou presque.</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://carnetduleman.example/post', outlets: defaultOutlets }).report;
}

const CREDITED = (credit: string) =>
  `<p>Voici la dépêche du jour :</p><blockquote><p>Le conseil municipal a voté mardi un crédit de quatre millions pour rénover le débarcadère du port, fermé depuis l'automne.</p><p>(${credit})</p></blockquote><p>Il était temps.</p>`;

describe('nameInLanguage', () => {
  it("gives an outlet's table name in a language that has a name of its own", () => {
    expect(nameInLanguage('Keystone-SDA', defaultOutlets, 'fr')).toBe('Keystone-ATS');
    expect(nameInLanguage('Keystone-SDA', defaultOutlets, 'it')).toBe('Keystone-ATS');
    expect(nameInLanguage('The Canadian Press', defaultOutlets, 'fr')).toBe('La Presse Canadienne');
    expect(nameInLanguage('STT', defaultOutlets, 'sv')).toBe('FNB');
    expect(nameInLanguage('Kyodo News', defaultOutlets, 'ja')).toBe('共同通信');
  });

  it('keeps the name in other languages, without one, and for names that are no table name', () => {
    expect(nameInLanguage('Keystone-SDA', defaultOutlets, 'de')).toBe('Keystone-SDA');
    expect(nameInLanguage('Keystone-SDA', defaultOutlets, null)).toBe('Keystone-SDA');
    expect(nameInLanguage('ANSA', defaultOutlets, 'fr')).toBe('ANSA');
    // An alias is not the table's name: the page's own words for an outlet are not rewritten.
    expect(nameInLanguage('Canadian Press', defaultOutlets, 'fr')).toBe('Canadian Press');
    expect(nameInLanguage('Le Journal du Quartier', defaultOutlets, 'fr')).toBe('Le Journal du Quartier');
    expect(nameInLanguage(null, defaultOutlets, 'fr')).toBeNull();
  });
});

describe("a report in the page's language", () => {
  it('credits a French page\'s "(Keystone-ATS)" to Keystone-ATS, and a German page\'s to Keystone-SDA', () => {
    const fr = reportOf('fr-CH', CREDITED('Keystone-ATS'));
    expect(fr.quotes.map((q) => q.outlet)).toEqual(['Keystone-ATS']);
    expect(fr.quotes[0].evidence.map((e) => e.source)).toContain('Keystone-ATS');
    expect(fr.breakdown.map((s) => s.source)).toContain('Keystone-ATS');
    const de = reportOf(
      'de-CH',
      '<p>Die Meldung des Tages:</p><blockquote><p>Der Gemeinderat hat am Dienstag einen Kredit von vier Millionen Franken für die Sanierung der Schiffländte bewilligt.</p><p>(Keystone-ATS)</p></blockquote><p>Höchste Zeit.</p>',
      'Seeblog',
    );
    expect(de.quotes.map((q) => q.outlet)).toEqual(['Keystone-SDA']);
  });

  it('names the outlet so however the page wrote it', () => {
    const it_ = reportOf('it', CREDITED('Keystone-SDA'));
    expect(it_.quotes.map((q) => q.outlet)).toEqual(['Keystone-ATS']);
  });

  it("leaves an outlet without a name in the page's language as the table names it", () => {
    expect(reportOf('fr', CREDITED('ANSA')).quotes.map((q) => q.outlet)).toEqual(['ANSA']);
  });
});
