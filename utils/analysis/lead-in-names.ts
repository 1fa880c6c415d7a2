// Outlets a lead-in names that the table may not know: by the words around the name ("here's the Tri-Valley
// Bugle with more:", "Feedstuffs, the American trade weekly,") or by a link to a site of the name's own.

import { siteHostOf } from '../url';
import type { LeadInLink } from './lead-in';
import { looksLikeOutletName, NAME } from './name-source';

/** Unknown outlets in attribution phrases: "here's the Tri-Valley Bugle with more:", "X reports that". The
 * name must read as a newsroom unless the phrase itself says it is one ("this week's issue of The Grocer",
 * "Feedstuffs, the American trade weekly,"). */
const UNKNOWN_PATTERNS: ReadonlyArray<{ re: RegExp; saysNewsroom: boolean }> = [
  {
    re: new RegExp(
      `(?:[Hh]ere[’']?s|[Hh]ere is|[Mm]ore from|[Vv]ia|[Aa]ccording to|[Cc]ourtesy of|[Pp]er|[Ff]rom)\\s+(${NAME})(?=[’']s\\b|[\\s,:;.]|$)`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    re: new RegExp(
      `(${NAME})(?:[’']s?)?\\s+(?:(?:has|had|also|just)\\s+)?(?:reports?|reported|writes|wrote|explains|notes|has it|had it|has the (?:numbers|details|story|latest|figures))\\b`,
      'gu',
    ),
    saysNewsroom: false,
  },
  {
    re: new RegExp(
      `(?:[Tt]his (?:week|month|morning)[’']s|[Tt]oday[’']s|[Tt]he latest|[Ll]ast (?:week|month)[’']s|[Tt]he (?:current|new)) (?:print )?(?:issue|edition) of (${NAME})`,
      'gu',
    ),
    saysNewsroom: true,
  },
  {
    re: new RegExp(
      `(${NAME}),\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:weekly|daily|monthly|newspaper|paper|magazine|tabloid|trade (?:journal|press)|news (?:site|agency|service|outlet)|wire service|broadcaster)\\s*[,(]`,
      'gu',
    ),
    saysNewsroom: true,
  },
  {
    // "A terminal operator told The Loadstar.": a capitalised "The" mid-sentence starts a title, and people
    // speak to newsrooms.
    re: /(?:\b[Tt]old|\b[Ss]peaking (?:to|with)|\b[Ii]n an interview with)\s+(The\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})/gu,
    saysNewsroom: true,
  },
  {
    // "The Baltimore Banner's transportation reporter has the numbers:" ("as X's correspondent" is a job, read
    // before this in lead-in.ts).
    re: new RegExp(
      `(?<!\\bas\\s(?:[Tt]he\\s)?)(${NAME})[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:reporters?|correspondents?|editors?|columnists?|newsroom|critics?|staff|writers?|team)\\b`,
      'gu',
    ),
    saysNewsroom: true,
  },
  {
    // A US broadcaster's call sign doing the reporting: "WYPR caught up with…", "KQED reports". Four letters,
    // K or W first, as the FCC assigns them; a reporting verb follows ("KING 5 did a story" is not a lead-in).
    re: /(?<![\p{L}-])((?!WHO\b|WWII\b)[KW][A-Z]{3}(?:-(?:TV|FM|AM))?)\s+(?:\d{1,2}\s+)?(?:(?:has|had|also|just)\s+)?(?:reports?|reported|says|said|writes|wrote|caught up with|talked (?:to|with)|spoke (?:to|with)|interviewed|obtained|found|confirmed|has (?:the|more))\b/gu,
    saysNewsroom: true,
  },
];

export function unknownOutlet(text: string): { name: string; start: number; end: number } | null {
  for (const { re, saysNewsroom } of UNKNOWN_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1].replace(/^[Tt]he\s+/, '').replace(/[’']s$/, '');
      if (saysNewsroom || looksLikeOutletName(name)) {
        const start = m.index + m[0].indexOf(m[1]);
        return { name, start, end: start + m[1].length };
      }
    }
  }
  return null;
}

/** A capitalised name linked to a site of its own name ("<a href=phillyvoice.com>PhillyVoice</a>"): an
 * outlet the table does not know, named in the page's words. */
export function linkedName(
  text: string,
  links: readonly LeadInLink[],
  publicationHost: string | null,
): { name: string; href: string; start: number; end: number } | null {
  for (const link of links) {
    const host = siteHostOf(link.href);
    if (!host || host === publicationHost) continue;
    const words = text.slice(link.start, link.end).trim();
    if (!words || words.length > 60 || !/^(?:[Tt]he\s+)?\p{Lu}/u.test(words)) continue;
    const letters = words
      .replace(/^the\s+/i, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    const labels = host.split('.');
    const site =
      labels.length > 2 && labels[labels.length - 2].length <= 3
        ? labels[labels.length - 3]
        : labels[labels.length - 2];
    // The site's label is the name, or the name's first words ("millbrookcourier.com" for the Millbrook
    // Courier-Press): most of the name, not a word that many names share.
    const prefix = site.length >= 6 && letters.startsWith(site) && site.length >= letters.length * 0.6;
    if (letters.length >= 4 && (site === letters || site === `the${letters}` || prefix))
      return { name: words.replace(/^the\s+/i, ''), href: link.href, start: link.start, end: link.end };
  }
  return null;
}
