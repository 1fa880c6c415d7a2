// A mail's plain text as a list archive shows it in a <pre> (Pipermail): the lines it quotes with ">" and the
// header of a message it forwards. Small and free of the analyser's heavier modules, so that the page's first
// look (utils/highlight/precheck.ts) can read it too.

import { unicodeExpression } from './lead-in-words';

/** The header's opening, as mail programs write it in English, German, French, Spanish and Dutch. */
export const FORWARDED =
  /(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado|Doorgestuurd bericht)\s*-{2,}|Begin forwarded message\s*:)/i;

/** A quoted line of a mail: ">" before words ("> Heard on the radio this morning …"). Made on first use, as
 * expressions over Unicode's properties are in the first look's code (`unicodeExpression`). */
const QUOTED_LINE = unicodeExpression(String.raw`^[ \t]*>[ \t]*[\p{L}"“'‘(]`, 'gmu');
/** What code has and mail prose has not, once the quoting marks are set aside. */
const CODE_MARKS = /[{}();=$#|\\[\]_*]/g;
/** A writer's aside in brackets after a space ("(attached: form.pdf)") and a semicolon before a word in lower case
 * ("empty; checkboxes kept"): prose's marks, not code's ("f(y);"). */
const PROSE_MARKS = /(^|\s)\([^()\n]{1,120}\)|;(?=[ \t]+[a-z])/gm;

/** The words of a line by which a reply attributes what it quotes: a mail's "On Thu, 3 Dec 2026, Dev Marsh wrote:",
 * a bug tracker's "(In reply to Dev Marsh from comment #2)". */
const ATTRIBUTION = String.raw`(?:On\s.{6,120}\swrote:|\(In reply to .{1,80} from comment #?\d+\))`;
/** That line, whole. */
export const REPLY_ATTRIBUTION = new RegExp(`^${ATTRIBUTION}$`);
/** That line, or one handing over with a colon ("The changelog for 24.08 says:"), with a quoted line right under it. */
const ATTRIBUTED_QUOTE = new RegExp(`^[ \\t]*(?:${ATTRIBUTION}|[^\\n]*:)[ \\t]*\\n[ \\t]*>`, 'm');

/** Whether a <pre> is a mail message quoting another in ">" lines or forwarding one under its header (a list
 * archive's message, Pipermail, or a bug tracker's comment): two quoted lines of words or more, or one under the
 * line attributing it or handing over to it, or a forwarded message's header, and prose, not code, once the marks are set aside. Read on
 * its first 20,000 characters. */
export function quotesByLines(pre: Element): boolean {
  const text = (pre.textContent ?? '').slice(0, 20_000);
  const quoted = text.match(QUOTED_LINE())?.length ?? 0;
  if (quoted < 2 && !(quoted === 1 && ATTRIBUTED_QUOTE.test(text)) && !FORWARDED.test(text)) return false;
  const prose = text.replace(/^[ \t]*>+/gm, '').replace(PROSE_MARKS, '$1');
  return (prose.match(CODE_MARKS)?.length ?? 0) <= prose.length * 0.005;
}

/** A mail's header line, or the line that attributes a quotation ("On Thu, 3 Dec 2026, Dev Marsh wrote:"), or
 * its signature's separator: a line of its own. */
const OWN_LINE =
  /^\s*(?:(?:From|To|Cc|Date|Sent|Subject|Von|An|Datum|Betreff|De|Objet|Envoy[ée]|Asunto|Fecha|Para|Van|Aan|Onderwerp)\s*:|--\s*$)|wrote:\s*$/i;
const quotedLine = (line: string) => /^\s*>/.test(line);
const ownLine = (line: string) =>
  OWN_LINE.test(line) || FORWARDED.test(line) || REPLY_ATTRIBUTION.test(line.trim());

/** Where a mail's text breaks into blocks: the offsets of the line breaks after which a new block starts. A
 * paragraph of the writer's stays one block, and so does a stretch of quoted lines; a blank line, a change
 * between quoted lines and the writer's, and a header's or an attribution's line of its own break it. */
export function mailBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  const lines = text.split('\n');
  let offset = 0;
  for (let j = 0; j + 1 < lines.length; j++) {
    offset += lines[j].length;
    const [here, next] = [lines[j], lines[j + 1]];
    if (
      !here.trim() ||
      !next.trim() ||
      quotedLine(here) !== quotedLine(next) ||
      ownLine(here) ||
      ownLine(next)
    )
      breaks.add(offset);
    offset += 1;
  }
  return breaks;
}
