// Evidence a quoted block carries itself: a cite="" URL, a <cite> or <figcaption>, a dateline
// ("DAMASCUS (Reuters) -"), a credit line at its end or just after it ("[Engadget]", "— Reuters",
// "(Via CNN)", "Source: AP"). The block's own evidence outranks the lead-in.
import type { OutletLookup } from '../outlets/types';
import { squash, tagOf } from './dom';
import { nameSource, type SourceGuess } from './name-source';

const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,\s*\p{L}[\p{L}.]*\.?(?:\s+\d{1,2})?)?\s*\(([^)]{2,40})\)\s*[-—–:]/u;
const CREDIT = [
  /^\[\s*([^\]]{2,60})\s*\]$/,
  /^[—–-]{1,2}\s*([^—–]{2,60})$/,
  /^\(\s*(?:via|source:?|h\/t|hat tip:?|from)\s+([^)]{2,60})\)$/i,
  /^(?:source|sources|via|credit|h\/t|hat tip)\s*:?\s+(.{2,60})$/i,
];

function hrefs(el: Element): string[] {
  const out: string[] = [];
  if (tagOf(el) === 'A' && el.getAttribute('href')) out.push(el.getAttribute('href')!);
  for (const a of el.querySelectorAll('a[href]')) out.push(a.getAttribute('href')!);
  return out;
}

/** A short line that credits a source: "[Engadget]", "— Reuters", "(Via CNN)", "Source: AP". */
export function readCreditLine(
  text: string,
  element: Element | null,
  outlets: OutletLookup,
): SourceGuess | null {
  const line = squash(text);
  if (!line || line.length > 70) return null;
  for (const pattern of CREDIT) {
    const m = pattern.exec(line);
    if (m) return nameSource(m[1], element ? hrefs(element) : [], 'credit-line', outlets);
  }
  return null;
}

export function readDateline(text: string, outlets: OutletLookup): SourceGuess | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  const mention = outlets.mentions(m[1])[0];
  if (!mention) return null;
  return {
    kind: 'outlet',
    outlet: mention.outlet.name,
    href: null,
    evidence: { type: 'dateline', value: m[0].trim(), source: mention.outlet.name },
  };
}

/** cite="" on the blockquote, <cite> inside it, <figcaption> of its figure. */
export function readCitations(block: Element, outlets: OutletLookup): SourceGuess | null {
  const cite = block.getAttribute('cite');
  if (cite) {
    const outlet = outlets.byHost(cite);
    if (outlet)
      return {
        kind: 'outlet',
        outlet: outlet.name,
        href: cite,
        evidence: { type: 'cite-attribute', value: cite, source: outlet.name },
      };
  }
  const citeEl = block.querySelector('cite');
  if (citeEl) {
    const guess = nameSource(citeEl.textContent ?? '', hrefs(citeEl), 'cite-element', outlets);
    if (guess) return guess;
  }
  const figure = block.parentElement && tagOf(block.parentElement) === 'FIGURE' ? block.parentElement : null;
  const caption = figure?.querySelector('figcaption');
  if (caption) {
    const guess = nameSource(caption.textContent ?? '', hrefs(caption), 'figcaption', outlets);
    if (guess) return guess;
  }
  if (cite && /^https?:/i.test(cite))
    return {
      kind: 'unknown',
      outlet: null,
      href: cite,
      evidence: { type: 'cite-attribute', value: cite, source: null },
    };
  return null;
}
