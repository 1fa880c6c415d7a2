// A feed reader's entry under the name of the feed it came from: the reader shows that name beside the entry (a
// muted line over it, an item in its list of feeds), and a blog's name is usually what its address spells
// ("Corve Lane Notes" at corvelanenotes.example). Read only on a page a feed reader names itself on.
import { registrableDomain } from '../outlets/normalise';
import { hostOf } from '../url';
import { squash } from './dom';

/** The sites the links under `scope` point at, by their registrable domain's name ("heronlanebooks" for
 * heronlanebooks.co.uk): a feed's entries link to its blog. At most 50 links are read; with `besideText`, only
 * links outside the entries' prose (a toolbar's "Open link", a heading's), not the sources an entry cites. */
export function entrySites(scope: Element | null, besideText = false): Set<string> {
  const out = new Set<string>();
  const links = scope?.querySelectorAll('a[href^="http"]') ?? [];
  for (let i = 0; i < links.length && i < 50; i++) {
    if (besideText && links[i].closest(PROSE)) continue;
    const host = hostOf(links[i].getAttribute('href'));
    const site = host ? (registrableDomain(host) ?? host) : null;
    if (site) out.add(site.split('.')[0]);
  }
  return out;
}

/** An entry's own text, whose links and names are its sources'. */
const PROSE = 'p, blockquote, figure, li, td, dd';
/** Short labels a reader sets the feed's name in. */
const LABELS = 'span, small, label, b, strong, div';

/** The feed's name as a short label outside the entries' prose whose letters spell a site linked from outside it
 * too ("<span>Corve Lane Notes</span>" beside an "Open link" to corvelanenotes.example/…), looked for from the
 * article out, three levels at most and 200 labels a level. */
export function spelledFeedName(article: Element | null): string | null {
  let scope = article;
  for (let up = 0; scope && up < 3; up++, scope = scope.parentElement) {
    const sites = entrySites(scope, true);
    if (sites.size === 0) continue;
    const labels = scope.querySelectorAll(LABELS);
    for (let i = 0; i < labels.length && i < 200; i++) {
      if (labels[i].closest(PROSE)) continue;
      const words = squash(labels[i].textContent ?? '');
      if (words.length < 4 || words.length > 40 || !/\s/.test(words)) continue;
      if (sites.has(words.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))) return words;
    }
  }
  return null;
}
