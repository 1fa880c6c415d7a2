// One colour per source, the same on every page: the source's name hashed into a palette of distinct hues.
// The blog's own words and unnamed sources get neutral greys so they never look like an outlet.
import { readableTextOn, withAlpha } from './contrast';

/** Sixteen hues far enough apart to tell neighbouring passages apart (light and dark pages alike). */
export const PALETTE: readonly string[] = [
  '#c62828', // red
  '#1565c0', // blue
  '#2e7d32', // green
  '#ef6c00', // orange
  '#6a1b9a', // purple
  '#00838f', // teal
  '#ad1457', // magenta
  '#795548', // brown
  '#9e9d24', // olive
  '#283593', // indigo
  '#f9a825', // gold
  '#4fc3f7', // sky
  '#7cb342', // leaf
  '#ff8a65', // salmon
  '#f06292', // pink
  '#9575cd', // lavender
];

/** The publication's own words (self-quotes). */
export const OWN_WORDS_COLOUR = '#546e7a';
/** A passage whose source could not be named. */
export const UNKNOWN_COLOUR = '#757575';

/** FNV-1a over the lower-cased name: cheap, stable across runs and machines. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  const s = name.trim().toLowerCase();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function paletteIndexOf(name: string): number {
  return hashName(name) % PALETTE.length;
}

/**
 * Palette indices for the sources of one page. Each keeps its hashed colour unless a source earlier in
 * alphabetical order already took it, then it moves to the next free one, so two outlets on one page never
 * share a colour (beyond sixteen, colours repeat). Depends only on the set of names, not on page order.
 */
export function assignColours(names: Iterable<string>): Map<string, number> {
  const unique = [...new Set([...names].map((n) => n.trim()).filter(Boolean))].sort((a, b) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
  );
  const taken = new Set<number>();
  const result = new Map<string, number>();
  for (const name of unique) {
    let index = paletteIndexOf(name);
    if (taken.size < PALETTE.length) {
      while (taken.has(index)) index = (index + 1) % PALETTE.length;
    }
    taken.add(index);
    result.set(name, index);
  }
  return result;
}

const TINT_ALPHA = 0.07;

export interface SwatchStyle {
  /** Solid colour: side rules, badge backgrounds. */
  colour: string;
  /** Badge text colour with at least 4.5:1 contrast on `colour`. */
  text: string;
  /** The passage's faint tint: `colour` at 7% (worked out off-page, so the page never parses colours). */
  tint: string;
  /** Palette index, or -1 for the neutral greys (used to name CSS highlights). */
  index: number;
}

export function swatch(index: number): SwatchStyle {
  const colour = PALETTE[index];
  return { colour, text: readableTextOn(colour), tint: withAlpha(colour, TINT_ALPHA), index };
}

export function neutralSwatch(kind: 'own' | 'unknown'): SwatchStyle {
  const colour = kind === 'own' ? OWN_WORDS_COLOUR : UNKNOWN_COLOUR;
  return { colour, text: readableTextOn(colour), tint: withAlpha(colour, TINT_ALPHA), index: -1 };
}
