// A forwarded e-mail's header above a passage ("---------- Forwarded message ---------", "From: X <news@x.org>",
// "Date: …", "Subject: …"): the message below is the sender's. A newsroom's newsletter is its outlet's words;
// anyone else's mail is that person's.
import type { OutletLookup } from '../outlets/types';
import { squash } from './dom';
import { looksLikeOutletName, looksLikePersonName, type SourceGuess } from './name-source';

/** The header's opening, as mail programs write it in English, German, French, Spanish and Dutch. */
const FORWARDED =
  /(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado|Doorgestuurd bericht)\s*-{2,}|Begin forwarded message\s*:)/i;
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
