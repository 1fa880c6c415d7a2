// The name a page's footer signs with: "© 2025 The Wattage Weekly, All rights reserved.", "You are receiving
// The Cloakroom Calendar because you signed up". Read from the page's last words only, so a huge page costs
// no more than a small one.

import { textEnd } from './bounded-text';

/** How much of the page's end is read: a footer fits in far less. */
const TAIL_CHARS = 3_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The subscription notice first: a copyright line may name the company behind the publication. */
const SIGNED = [
  /\b[Yy]ou (?:are receiving|received) (?:this (?:e-?mail|message|newsletter) )?(?:from |because you (?:signed up|subscribed) (?:to|for) )?(\p{Lu}[^,.|·•\n]{1,40}?)\s+(?:because|as|since)\b/u,
  /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)(?:by\s+)?(\p{Lu}[^,.|·•\n]{1,40}?)\s*(?:[,.|·•\n]|all rights|$)/iu,
  // The year after the name, as a static site's theme writes it: "© Pearl Street Notes 2026 | RSS".
  /(?:©|\(c\)|\bcopyright\b)\s*(\p{Lu}[^,.|·•\n©\d]{1,40}?)\s+\d{4}\b/iu,
];

/** The last `max` characters of the page's text, skipping scripts and styles. */
function tailText(doc: Document, max: number): string {
  const body = doc.body;
  if (!body) return '';
  const pieces: string[] = [];
  let length = 0;
  let node: Node | null = body;
  while (node?.lastChild) node = node.lastChild;
  for (; node && node !== body && length < max; node = previous(node, body)) {
    if (node.nodeType !== 3 || SKIP.has(node.parentElement?.tagName ?? '')) continue;
    // Of a long text, only as much of its end as the tail can show.
    const text = textEnd(node.nodeValue ?? '', max);
    pieces.push(text);
    length += text.length;
  }
  return pieces.reverse().join(' ').replace(/\s+/g, ' ').slice(-max);
}

/** The node before `node` in document order, within `root`. */
function previous(node: Node, root: Node): Node | null {
  if (node.previousSibling) {
    let last: Node = node.previousSibling;
    while (last.lastChild) last = last.lastChild;
    return last;
  }
  return node.parentNode === root ? null : node.parentNode;
}

/** The links a footer lists after its copyright sign ("© 2026 User Agreement Privacy Policy"), which the
 * tail reads as one line: no name of a publication. */
const LEGAL_LINKS =
  /\b(?:privacy|cookies?|terms|conditions|agreement|policy|legal|disclaimer|imprint|impressum|accessibility|sitemap)\b/i;

/** A platform's credit after the copyright sign ("© 2026 RSS Powered by Ghost"): the site's links and its
 * platform, no name of a publication. */
const PLATFORM_CREDIT =
  /\b(?:powered by|proudly|built with|made with|hosted (?:by|on)|theme by|published with)\b/i;

/** The name a site signs before the sign, as a theme's footer writes it ("Ditch & Gate © 2026"): capitalised
 * words right before it, after no stop or comma. */
const SIGNED_BEFORE = /(?:^|[.,|·•\n]\s*|\s)(\p{Lu}[^,.|·•\n©]{0,40}?)\s*(?:©|\([Cc]\))\s*\d{4}\b/u;

export function footerName(doc: Document): string | null {
  const tail = tailText(doc, TAIL_CHARS);
  for (const pattern of SIGNED) {
    const m = pattern.exec(tail);
    if (!m || LEGAL_LINKS.test(m[1])) continue;
    if (!PLATFORM_CREDIT.test(m[1])) return m[1].trim();
    // What follows the year is the platform's credit: the name, if any, is the one before the sign.
    const before = SIGNED_BEFORE.exec(tail);
    if (before && !PLATFORM_CREDIT.test(before[1])) return before[1].trim();
  }
  return null;
}
