// "Belmora National Radio (BNR) reports:", then "BNR adds:": a page that spells out a newsroom's initials names
// that newsroom by them, though the table knows another outlet by the same letters (Bulgarian National Radio).
import type { OutletLookup } from '../outlets/types';
import { looksLikeOutletName } from './name-source';
import type { Evidence } from './types';

/** Small words a name's initials skip ("Voice of the Valley (VV)"). */
const SKIPPED = /^(?:of|and|&|for|the|on|in|de|du|des|la|le|el|del|der|die|das|von|van)$/;

/** The name written right before the initials in parentheses whose capitalised words they spell
 * ("Belmora National Radio (BNR)"), as the page writes it; null when the page spells them out nowhere. */
export function spelledOut(text: string, initials: string): string | null {
  const marker = `(${initials})`;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
    const words = text
      .slice(Math.max(0, at - 120), at)
      .trimEnd()
      .split(/\s+/);
    const kept: string[] = [];
    let letters = '';
    for (let i = words.length - 1; i >= 0 && letters.length < initials.length; i--) {
      const word = words[i];
      if (SKIPPED.test(word) && kept.length > 0) {
        kept.unshift(word);
        continue;
      }
      if (!/^\p{Lu}[\p{L}’'-]*$/u.test(word)) break;
      kept.unshift(word);
      letters = word[0] + letters;
    }
    if (letters === initials && !SKIPPED.test(kept[0])) return kept.join(' ');
  }
  return null;
}

/**
 * The newsroom a page's own initials stand for, where the table read them as another outlet: the lead-in named
 * `outlet` by `said`, capitals only, and the page spells them out as a newsroom's name ("Belmora National Radio
 * (BNR)") that the table knows as no such outlet. The table's name for the spelled-out name when it knows it.
 */
export function pageInitials(
  said: string,
  outlet: string,
  pageText: string,
  outlets: OutletLookup,
  leadIn: string,
): { outlet: string; href: null; evidence: Evidence } | null {
  if (!/^\p{Lu}{2,6}$/u.test(said)) return null;
  const name = spelledOut(pageText, said);
  if (!name || !looksLikeOutletName(name)) return null;
  const known = outlets.byName(name)?.name ?? name;
  if (known === outlet) return null;
  return {
    outlet: known,
    href: null,
    evidence: { type: 'lead-in', value: leadIn.slice(0, 200), source: known },
  };
}
