// A forwarded e-mail's header above a passage ("---------- Forwarded message ---------", "From: X <news@x.org>",
// "Date: …", "Subject: …"): the message below is the sender's. A newsroom's newsletter is its outlet's words;
// anyone else's mail is that person's.
import type { OutletLookup } from '../outlets/types';
import type { ArticleWalk } from './article-text';
import { squash } from './dom';
import { FORWARDED } from './mail-lines';
import { looksLikeOutletName, looksLikePersonName, type SourceGuess } from './name-source';

/** The sender line: a name, then the address in angle brackets. */
const SENDER = /(?:From|Von|De|Van)\s*:\s*([^<>\n]{2,60}?)\s*<\s*[^<>@\s]+@([^<>\s]+)\s*>/i;

/** A header's field line: mail programs break the header into lines of its own ("Subject: …"). */
const FIELD =
  /^\s*(?:Subject|Date|Sent|To|Cc|Betreff|Datum|An|Objet|Envoy[ée]|[ÀA]|Asunto|Fecha|Para|Onderwerp|Aan)\s*:/i;
/** Beyond this, the element holding the line is more than a header. */
const HEADER_LIMIT = 600;

/** The sender a forwarded header above a passage names, or null when the words are no such header. `line` is
 * the line right above the passage; when it is one of the header's field lines, the element holding it is read
 * whole (the header's lines are broken with <br>). */
export function readForwardedHeader(
  line: string,
  element: Element,
  outlets: OutletLookup,
): SourceGuess | null {
  let words = squash(line);
  if (!FORWARDED.test(words) && FIELD.test(words)) {
    const raw = element.textContent ?? '';
    if (raw.length <= HEADER_LIMIT * 2) {
      const whole = squash(raw);
      if (whole.length <= HEADER_LIMIT) words = whole;
    }
  }
  if (!FORWARDED.test(words)) return null;
  const sender = SENDER.exec(words);
  if (!sender) return null;
  const name = sender[1].replace(/^["“]|["”]$/g, '').trim();
  const evidence = (source: string | null, type: 'citation-line' | 'person') => ({
    type,
    value: words.slice(0, 200),
    source,
  });
  const outlet = outlets.byHost(sender[2]) ?? outlets.byName(name);
  if (outlet)
    return {
      kind: 'outlet',
      outlet: outlet.name,
      href: null,
      evidence: evidence(outlet.name, 'citation-line'),
    };
  if (looksLikeOutletName(name) && !looksLikePersonName(name))
    return { kind: 'outlet', outlet: name, href: null, evidence: evidence(name, 'citation-line') };
  if (looksLikePersonName(name))
    return { kind: 'person', outlet: null, href: null, evidence: evidence(null, 'person') };
  return null;
}

/** A letter's closing on a line of its own ("Regards,", "Yours sincerely,"): its signature follows. */
const CLOSING_LINE =
  /^\s*(?:kind regards|best regards|warm regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|many thanks|thanks|mit freundlichen grüßen|cordialement|saludos|met vriendelijke groet)[,.!]?\s*$/i;
/** The sender's field line, whatever the address looks like ("From: Parks Office <parks at city.example>"). */
const FROM_FIELD = /^\s*(?:From|Von|De|Van)\s*:/i;
/** A mail's signature separator ("-- "): what follows is the sender's, not the message's. */
const SIGNATURE_SEPARATOR = /^\s*--\s*$/;
/** A forwarded message longer than this many lines is read no further. */
const MAX_FORWARDED_LINES = 80;

/** The lines of a message forwarded inside one element's lines (a mail's <pre> read line by line), when block
 * `index` is its header's opening line ("---------- Forwarded message ---------"): after the header's field
 * lines, the message's lines up to the end of the paragraph that its closing ("Regards,") opens, or to the
 * element's end or a signature separator; null when there are none. */
export function forwardedLines(walk: ArticleWalk, index: number): number[] | null {
  const { blocks, text } = walk;
  const head = blocks[index];
  if (!FORWARDED.test(text.slice(head.start, head.end))) return null;
  const line = (i: number) => text.slice(blocks[i].start, blocks[i].end);
  const sameElement = (i: number) => i < blocks.length && blocks[i].element === head.element;
  let i = index + 1;
  while (sameElement(i) && (FIELD.test(line(i)) || FROM_FIELD.test(line(i)))) i++;
  const members: number[] = [];
  let closed = false;
  for (; sameElement(i) && members.length < MAX_FORWARDED_LINES; i++) {
    if (SIGNATURE_SEPARATOR.test(line(i))) break;
    // After the closing, the signature runs to the next blank line.
    if (closed && /\n[ \t]*\n/.test(text.slice(blocks[i - 1].end, blocks[i].start))) break;
    members.push(i);
    if (CLOSING_LINE.test(line(i).trim().split('\n')[0])) closed = true;
  }
  return members.length > 0 ? members : null;
}

/** A messenger's line over a message passed on from another channel or account ("Forwarded from The
 * Guardian", as a Telegram channel's web view shows it): the message under it is that sender's. */
export const FORWARDED_FROM =
  /^\s*(?:Forwarded from|Reenviado de|Transféré de|Weitergeleitet von)\s+\S.{0,80}$/;
/** A forwarded message's text holds a passage's length at least. */
const FORWARDED_MIN_CHARS = 80;
/** Elements looked at: a channel's page of messages, bounded for a hostile page. */
const MAX_FORWARD_CANDIDATES = 5_000;

/** The elements of `article` holding a forwarded message's text right under the messenger's line naming its
 * sender: passages of that sender, whatever introduces them. Linear in the elements looked at. */
export function forwardedMessages(article: Element): Element[] {
  const found: Element[] = [];
  const all = article.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < MAX_FORWARD_CANDIDATES; i++) {
    const line = all[i];
    const message = line.nextElementSibling;
    if (!message || line.children.length > 2) continue;
    const words = line.textContent ?? '';
    if (words.length > 120 || !FORWARDED_FROM.test(squash(words))) continue;
    if (squash(message.textContent ?? '').length >= FORWARDED_MIN_CHARS) found.push(message);
  }
  return found;
}
