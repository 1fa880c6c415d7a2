import { describe, expect, it } from 'vitest';
import { CHROME, FORMS, NAME_CLASSES, NAMES, topic } from '../../scripts/lib/probe-forms';
import { comparable, outcome, probePage, Tally } from '../../scripts/lib/probe-pages';

const form = FORMS.find((f) => f.id === 'en-source-credit')!;

describe("the probe's pages", () => {
  it('put the name in the lead-in or the credit, and the anchor only when asked', () => {
    const page = probePage(form, 'Oxbow & Drift', true);
    expect(page).toContain('<p>Source: Oxbow &amp; Drift</p>');
    expect(page).toContain(CHROME.en.anchorPassage);
    expect(probePage(form, 'Oxbow Drift', false)).not.toContain(CHROME.en.anchorPassage);
    expect(page.indexOf(CHROME.en.passage)).toBeLessThan(page.indexOf('Source: Oxbow'));
  });

  it('have names of every class and a page language for every form', () => {
    for (const f of FORMS) {
      expect(CHROME[f.lang], f.id).toBeDefined();
      for (const cls of NAME_CLASSES) expect(NAMES[f.lang][cls].length, `${f.id} ${cls}`).toBeGreaterThan(0);
    }
    expect(new Set(FORMS.map((f) => f.id)).size).toBe(FORMS.length);
  });

  it("choose Korean's topic particle by the last syllable", () => {
    expect(topic('서해일보')).toBe('는');
    expect(topic('한빛방송')).toBe('은');
  });
});

describe("the probe's scoring", () => {
  it('counts a name as named without its article or a leading word of its kind', () => {
    expect(comparable('The  Kittiwake FM')).toBe('kittiwake fm');
    expect(outcome('newsroom', 'La Gazette de Sorvèze', 'Gazette de Sorvèze')).toBe('hit');
    expect(outcome('newsroom', 'Radio Hallanby', 'Hallanby')).toBe('hit');
    expect(outcome('newsroom', 'StrideWatch 3', 'StrideWatch')).toBe('other');
    expect(outcome('plain', 'Oxbow Drift', null)).toBe('none');
  });

  it('counts any outlet given to a trap class as false', () => {
    expect(outcome('person', 'Clara Benning', 'Clara Benning')).toBe('false');
    expect(outcome('product', 'Lumora X5', 'Reuters')).toBe('false');
    expect(outcome('organisation', 'Northvale University', null)).toBe('none');
  });

  it('sums hits for outlet classes and false outlets for traps', () => {
    const tally = new Tally();
    tally.add('a', 'plain', 'hit');
    tally.add('b', 'plain', 'none');
    tally.add('a', 'person', 'false');
    tally.add('a', 'person', 'none');
    expect(tally.total('plain')).toEqual({ n: 2, count: 1 });
    expect(tally.total('person')).toEqual({ n: 2, count: 1 });
    expect(tally.cell('a', 'person')).toBe('1/2');
    expect(tally.cell('a', 'product')).toBe('-');
  });
});
