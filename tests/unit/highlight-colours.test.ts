// Outlet colours: stable per name, distinct on one page, and every badge readable (WCAG AA, 4.5:1).
import { describe, expect, it } from 'vitest';
import {
  assignColours,
  hashName,
  neutralSwatch,
  OWN_WORDS_COLOUR,
  PALETTE,
  paletteIndexOf,
  swatch,
  UNKNOWN_COLOUR,
} from '../../utils/highlight/colours';
import {
  contrastRatio,
  DARK_TEXT,
  LIGHT_TEXT,
  luminance,
  parseHex,
  readableTextOn,
  withAlpha,
} from '../../utils/highlight/contrast';
import { pageColours, sourceSwatch, swatchOf } from '../../utils/highlight/page-colours';

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // A reference pair: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('reads short and long hex, and refuses anything else', () => {
    expect(parseHex('#fa0')).toEqual([255, 170, 0]);
    expect(parseHex('#0b57d0')).toEqual([11, 87, 208]);
    expect(() => parseHex('red')).toThrow();
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(withAlpha('#0b57d0', 0.5)).toBe('rgba(11, 87, 208, 0.5)');
  });

  it('picks the text colour with more contrast', () => {
    expect(readableTextOn('#000000')).toBe(LIGHT_TEXT);
    expect(readableTextOn('#ffffff')).toBe(DARK_TEXT);
    expect(readableTextOn('#f9a825')).toBe(DARK_TEXT);
  });
});

describe('palette', () => {
  it('has sixteen distinct colours', () => {
    expect(PALETTE).toHaveLength(16);
    expect(new Set(PALETTE.map((c) => c.toLowerCase())).size).toBe(16);
  });

  it.each([
    ...PALETTE.map((c, i) => [`palette ${i} ${c}`, c]),
    ['own words', OWN_WORDS_COLOUR],
    ['unknown', UNKNOWN_COLOUR],
  ])('gives %s badge text with at least 4.5:1 contrast', (_name, colour) => {
    const text = readableTextOn(colour);
    expect(contrastRatio(colour, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('builds swatches whose text is the readable one', () => {
    for (let i = 0; i < PALETTE.length; i++) {
      const s = swatch(i);
      expect(s.colour).toBe(PALETTE[i]);
      expect(contrastRatio(s.colour, s.text)).toBeGreaterThanOrEqual(4.5);
      // The passage's tint is its colour, faint (worked out here, not in the page).
      expect(s.tint).toBe(withAlpha(s.colour, 0.07));
    }
    expect(neutralSwatch('own').index).toBe(-1);
    expect(neutralSwatch('own').tint).toBe(withAlpha(neutralSwatch('own').colour, 0.07));
    expect(
      contrastRatio(neutralSwatch('unknown').colour, neutralSwatch('unknown').text),
    ).toBeGreaterThanOrEqual(4.5);
  });
});

describe('colour per source', () => {
  it('hashes names stably, ignoring case and surrounding space', () => {
    expect(hashName('Reuters')).toBe(hashName('  reuters '));
    expect(hashName('Reuters')).not.toBe(hashName('BBC'));
    for (const name of ['Reuters', 'BBC', 'Al Jazeera', 'The New York Times', '']) {
      const i = paletteIndexOf(name);
      expect(Number.isInteger(i) && i >= 0 && i < PALETTE.length).toBe(true);
    }
  });

  it('keeps the hashed colour when nothing on the page competes for it', () => {
    expect(assignColours(['Reuters']).get('Reuters')).toBe(paletteIndexOf('Reuters'));
  });

  it('gives every source on a page its own colour, whatever the page order', () => {
    const names = Array.from({ length: 16 }, (_, i) => `Outlet number ${i}`);
    const forward = assignColours(names);
    const backward = assignColours([...names].reverse());
    expect(new Set(forward.values()).size).toBe(16);
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
  });

  it('colours a page: outlets by name, self-quotes as own words, unnamed sources grey', () => {
    const colours = pageColours([
      { kind: 'outlet', outlet: 'Reuters' },
      { kind: 'outlet', outlet: 'BBC' },
      { kind: 'self', outlet: 'Zero Hedge' },
      { kind: 'unknown', outlet: null },
      { kind: 'social', outlet: null, account: 'someone' },
    ]);
    const reuters = colours.quote({ kind: 'outlet', outlet: 'Reuters' });
    expect(typeof reuters).toBe('number');
    expect(colours.quote({ kind: 'outlet', outlet: 'BBC' })).not.toBe(reuters);
    expect(colours.quote({ kind: 'self', outlet: 'Zero Hedge' })).toBe('own');
    expect(colours.quote({ kind: 'unknown', outlet: null })).toBe('unknown');
    expect(typeof colours.quote({ kind: 'social', outlet: null, account: 'someone' })).toBe('number');
    // The bar's entries match the badges.
    expect(colours.entry({ source: 'Reuters', kind: 'outlet' })).toBe(reuters);
    expect(colours.entry({ source: 'own', kind: 'commentary' })).toBe('own');
    expect(colours.entry({ source: 'Unknown source', kind: 'unknown' })).toBe('unknown');
  });
});

describe('sourceSwatch: one colour per source, page and popup alike', () => {
  const quotes = [
    { kind: 'outlet' as const, outlet: 'Reuters', account: null },
    { kind: 'outlet' as const, outlet: 'BBC', account: null },
    { kind: 'self' as const, outlet: 'Zero Hedge', account: null },
  ];

  it('gives a breakdown row the colour of its passages on the page', () => {
    const colours = pageColours(quotes);
    expect(sourceSwatch({ source: 'Reuters', kind: 'outlet' }, quotes)).toEqual(
      swatchOf(colours.quote(quotes[0])),
    );
    expect(sourceSwatch({ source: 'BBC', kind: 'outlet' }, quotes).colour).not.toBe(
      sourceSwatch({ source: 'Reuters', kind: 'outlet' }, quotes).colour,
    );
  });

  it("gives the publication's own words one grey, however the row names them", () => {
    for (const ref of [
      { source: 'own', kind: 'commentary' as const },
      { source: 'Zero Hedge', kind: 'commentary' as const },
      { source: 'Zero Hedge', kind: 'self' as const },
    ])
      expect(sourceSwatch(ref, quotes).colour).toBe(OWN_WORDS_COLOUR);
    expect(sourceSwatch({ source: 'Unknown source', kind: 'unknown' }, quotes).colour).toBe(UNKNOWN_COLOUR);
  });
});
